"""The one way the window runs work off the GUI thread.

Two executors, as in Anki's task manager: an I/O pool for anything that waits
(fetching, reading the database, searching) and a single writer for small changes to
the library (flags, tags, highlights, deletions), so writes happen one at a time in the
order they were asked for. ``save_url`` runs on the I/O pool because it mostly waits
on the network; the library serialises its own writes with its write lock.

Workers never touch widgets and create no QObjects: a job is a plain function that
gets a :class:`TaskContext` (progress callback and cancel flag) and returns a plain
value. Results, errors and progress come back to the GUI thread through one
``Signal`` on the :class:`TaskRunner` and are handed to the callbacks given when the
job was started.

A job started with a ``key`` replaces any earlier job with the same key: the earlier
one is cancelled and its answer dropped (search as you type, list pages). Expected failures
(:class:`~reader.core.errors.KlipingError`) go to the job's ``failed`` callback, or to
:attr:`TaskRunner.error_reported`; anything else is a bug and goes to
``sys.excepthook`` on the GUI thread (the crash dialog).
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from reader.core.errors import KlipingError

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Answer:
    """Carries a job's value across threads.

    PySide6 6.12 drops a reference when a bare ``True``/``False`` travels through a
    queued ``Signal(object)`` (the interpreter later aborts in bool_dealloc); any
    ordinary object is counted correctly, so every value travels inside one of these.
    """

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


class Cancelled(KlipingError):
    """A job was cancelled before it finished (never shown as an error)."""


@dataclass
class TaskContext:
    """What a job sees: a way to report progress and a cancel flag.

    Attributes:
        cancel: Set when the job should stop; pass it to library calls that take one.
    """

    _report: Callable[[Any], None]
    cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, value: Any) -> None:
        """Report progress (a stage name, a count…); delivered on the GUI thread."""
        if not self.cancel.is_set():
            self._report(value)

    def check(self) -> None:
        """Raise :class:`Cancelled` when the job has been cancelled."""
        if self.cancel.is_set():
            raise Cancelled("Cancelled.")


@dataclass
class Task:
    """A handle on a started job."""

    id: int
    key: str | None
    context: TaskContext
    done: Callback | None
    failed: Callback | None
    progressed: Callback | None
    writer: bool = False
    superseded: bool = False  # replaced by a newer job with the same key: answer dropped
    future: Future[Any] | None = None

    def cancel(self) -> None:
        """Ask the job to stop (it answers with :class:`Cancelled` if it had not started)."""
        # The future is left to run: a job cancelled before it starts answers at once
        # with Cancelled, so every task answers exactly once and ``pending`` stays true.
        self.context.cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self.context.cancel.is_set()


class TaskRunner(QObject):
    """Runs jobs on an I/O pool or the single writer; answers on the GUI thread.

    Signals:
        error_reported(KlipingError): an expected failure no callback handled.
    """

    error_reported = Signal(object)
    _delivered = Signal(int, str, object)  # task id, kind ("done"/"failed"/"progress"), value

    def __init__(self, io_workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._io = ThreadPoolExecutor(io_workers, thread_name_prefix="kliping-io")
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="kliping-writer")
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._keys: dict[str, Task] = {}
        self._closed = False
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- starting -----------------------------------------------------------------------

    def io(
        self,
        job: Callable[[TaskContext], Any],
        *,
        done: Callback | None = None,
        failed: Callback | None = None,
        progress: Callback | None = None,
        key: str | None = None,
    ) -> Task:
        """Run ``job(context)`` on the I/O pool (network, reads, search)."""
        return self._start(self._io, job, done, failed, progress, key)

    def write(
        self,
        job: Callable[[TaskContext], Any],
        *,
        done: Callback | None = None,
        failed: Callback | None = None,
        progress: Callback | None = None,
    ) -> Task:
        """Run ``job(context)`` on the single writer, after every write asked before it."""
        return self._start(self._writer, job, done, failed, progress, None)

    def _start(
        self,
        executor: ThreadPoolExecutor,
        job: Callable[[TaskContext], Any],
        done: Callback | None,
        failed: Callback | None,
        progress: Callback | None,
        key: str | None,
    ) -> Task:
        if self._closed:
            raise RuntimeError("the task runner has shut down")
        task_id = next(self._ids)
        emit = self._delivered.emit
        context = TaskContext(lambda value: emit(task_id, "progress", _Answer(value)))
        task = Task(task_id, key, context, done, failed, progress, executor is self._writer)
        if key is not None:
            previous = self._keys.get(key)
            if previous is not None:
                previous.superseded = True
                previous.cancel()
            self._keys[key] = task
        self._tasks[task_id] = task
        task.future = executor.submit(self._run, task_id, job, context)
        return task

    def _run(self, task_id: int, job: Callable[[TaskContext], Any], ctx: TaskContext) -> None:
        # Runs on a worker thread: only plain values leave it, through the signal.
        try:
            if ctx.cancel.is_set():
                raise Cancelled("Cancelled.")
            result = job(ctx)
        except BaseException as exc:  # delivered to the GUI thread, re-raised there if a bug
            if not isinstance(exc, KlipingError):
                log.debug("job %d raised a bug", task_id, exc_info=exc)
            self._delivered.emit(task_id, "failed", _Answer(exc))
        else:
            self._delivered.emit(task_id, "done", _Answer(result))

    # -- answering (GUI thread) ---------------------------------------------------------

    @Slot(int, str, object)
    def _deliver(self, task_id: int, kind: str, answer: _Answer) -> None:
        value = answer.value
        task = self._tasks.get(task_id)
        if task is None:
            return
        if kind == "progress":
            if not task.superseded and task.progressed is not None:
                task.progressed(value)
            return
        del self._tasks[task_id]
        if task.key is not None and self._keys.get(task.key) is task:
            del self._keys[task.key]
        self._finish(task, kind, value)

    def _finish(self, task: Task, kind: str, value: object) -> None:
        if task.superseded:
            log.debug("job %d superseded; answer dropped", task.id)
            return
        if kind == "done":
            if task.done is not None:
                task.done(value)
            return
        exc = value
        assert isinstance(exc, BaseException)
        if isinstance(exc, KlipingError):
            log.info("job %d: %s", task.id, exc)
            if task.failed is not None:
                task.failed(exc)
            elif not (isinstance(exc, Cancelled) or task.cancelled):
                self.error_reported.emit(exc)
            return
        if task.failed is not None:
            task.failed(exc)  # lets the caller tidy up (a progress row); still a bug below
        # A bug: never swallowed. The crash dialog (sys.excepthook) shows it.
        sys.excepthook(type(exc), exc, exc.__traceback__)

    # -- state and shutdown ---------------------------------------------------------------

    @property
    def pending(self) -> int:
        """How many jobs have not answered yet."""
        return len(self._tasks)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Cancel I/O jobs and wait for the writer to finish everything it was given.

        Called on quit: changes already asked for (flags, a pending delete) are written
        before the process exits; fetches and searches are cancelled.
        """
        if self._closed:
            return
        self._closed = True
        for task in list(self._tasks.values()):
            if not task.writer:
                task.cancel()
        self._writer.shutdown(wait=True)
        self._io.shutdown(wait=True, cancel_futures=True)
        self._tasks.clear()
        self._keys.clear()
        log.debug("task runner stopped")
