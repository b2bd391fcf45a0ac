"""Cleaning pages in worker processes, so a bulk save (a feed refresh) uses every core.

The cleaner is pure Python: on threads it holds the interpreter lock, so a refresh that
saves thousands of pages on several threads cleans them one at a time and leaves the
other cores idle. :class:`CleaningPool` runs the cleaner in ``workers`` processes (the
``spawn`` start method everywhere, so the frozen app, the window and the command line
behave alike); each imports the cleaner once and cleans one page at a time, and a saving
thread hands its page to an idle worker and waits for the :class:`Article`.

Why not ``concurrent.futures.ProcessPoolExecutor``: one worker that crashes breaks that
pool and every page queued in it without saying which page crashed it, a hung worker
cannot be stopped alone, and its workers outlive a parent killed with SIGKILL. Here
each worker has its own pipe and one page at a time, so:

* a worker that dies (a crash in a C library, the OOM killer) fails exactly the page it
  was cleaning, with an :class:`~reader.core.errors.ExtractError` that says so, and is
  replaced for the next page; one that takes longer than ``timeout`` is stopped likewise;
* a worker whose parent dies, however, reads end-of-file on its pipe and exits;
* workers ignore Ctrl-C (the parent stops them in :meth:`CleaningPool.close`).

Warnings and errors the cleaner logs in a worker are logged again in the parent, under
the same logger names, so they reach the log file (and the self-check).

Until :meth:`CleaningPool.start`, and when no worker could be started, pages are
cleaned in the calling thread, with the same result.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from reader.core.errors import ExtractError, KlipingError
from reader.core.extract import Article
from reader.core.urls import shorten_url

log = logging.getLogger(__name__)

#: The cleaner workers run: "module:function", called as ``function(html, url=url)``.
CLEANER = "reader.core.extract:extract"
#: Longest a worker may take over one page before it is stopped (seconds).
TIMEOUT = 120.0
#: Longest a new worker may take to import the cleaner (seconds).
BOOT_TIMEOUT = 120.0


def default_workers() -> int:
    """Worker processes for this machine: one, when there is a core to spare for it
    (the saving process keeps one: it fetches, stores and indexes); 0 on one core.

    Not more: a worker holds the cleaner and its language model (~160 MB), and with
    two a refresh outgrows its 400 MB; on 2 cores a second one is slower, too.
    """
    return 1 if (os.cpu_count() or 1) > 1 else 0


class CleanerBug(Exception):
    """The cleaner raised an unexpected exception in a worker (a bug, with its traceback)."""


class CleaningPool:
    """Cleaner processes shared by the threads of one bulk save. Thread-safe.

    Args:
        workers: Processes to run (0: clean in the calling thread).
        cleaner: The function to run, as "module:function" (default :data:`CLEANER`).
        timeout: Seconds a worker may spend on one page (default :data:`TIMEOUT`).
    """

    def __init__(
        self, workers: int, *, cleaner: str | None = None, timeout: float | None = None
    ) -> None:
        self.workers = max(0, workers)
        self.cleaner = cleaner or CLEANER
        self.timeout = TIMEOUT if timeout is None else timeout
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self._local: Callable[..., Article] | None = None

    @property
    def running(self) -> bool:
        """Whether pages go to worker processes (started, not closed, workers alive)."""
        return self._started and not self._closed and bool(self._all)

    def start(self) -> None:
        """Start the workers (they import the cleaner meanwhile). Idempotent."""
        with self._lock:
            if self._started or self._closed:
                return
            self._started = True
            for n in range(self.workers):
                worker = self._spawn(n)
                if worker is None:
                    break
                self._all.append(worker)
                self._idle.put(worker)

    def clean(self, html: str, url: str) -> Article:
        """Clean one page: in a worker when the pool runs, else in this thread.

        Raises:
            ExtractError: The worker cleaning this page died or took too long (the page
                is not saved; other pages are not affected).
            CleanerBug: The cleaner raised an unexpected exception.
        """
        if not self.running:
            return self._clean_here(html, url)
        worker = self._idle.get()
        if worker.closed:  # the pool closed or lost its workers while this thread waited
            self._idle.put(worker)  # and the next waiting thread learns it too
            return self._clean_here(html, url)
        try:
            return worker.clean(html, url, self.timeout)
        except _BootFailed as exc:
            self._drop(worker, str(exc))
            return self._clean_here(html, url)
        finally:
            self._give_back(worker)

    def close(self) -> None:
        """Stop every worker (waits a moment for each; kills stragglers). Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers, self._all = self._all, []
        for worker in workers:
            worker.stop()
        for _ in workers:  # wake threads waiting for an idle worker: they clean in-thread
            self._idle.put(_Worker.finished())

    def __enter__(self) -> CleaningPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inside -------------------------------------------------------------------------

    def _clean_here(self, html: str, url: str) -> Article:
        if self._local is None:
            self._local = _load(self.cleaner)
        return self._local(html, url=url)

    def _drop(self, worker: _Worker, why: str) -> None:
        """A worker that could not start is not replaced (the next would fail alike)."""
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
        log.warning("a cleaner process could not start (%s): cleaning in this process", why)

    def _give_back(self, worker: _Worker) -> None:
        if worker.alive:
            self._idle.put(worker)
            return
        if worker not in self._all:  # dropped
            self._idle.put(_Worker.finished())
            return
        with self._lock:  # a worker that died is replaced, so the pool keeps its size
            if self._closed:
                self._idle.put(_Worker.finished())
                return
            index = self._all.index(worker)
            fresh = self._spawn(index)
            if fresh is None:
                del self._all[index]
                if not self._all:
                    log.warning("no cleaner process could be started: cleaning in-process")
                return
            self._all[index] = fresh
        self._idle.put(fresh)

    def _spawn(self, n: int) -> _Worker | None:
        ctx = multiprocessing.get_context("spawn")
        mine, theirs = ctx.Pipe()
        level = logging.getLogger().getEffectiveLevel()
        process = ctx.Process(
            target=serve, args=(theirs, self.cleaner, level), name=f"kliping-cleaner-{n}",
            daemon=True,
        )  # fmt: skip
        try:
            process.start()
        except OSError as exc:  # no processes left, no memory: clean in-process instead
            log.warning("could not start a cleaner process: %s", exc)
            mine.close()
            return None
        finally:
            theirs.close()
        return _Worker(process, mine)


class _BootFailed(Exception):
    """A worker process ended (or stayed silent) before its cleaner was loaded."""


class _Worker:
    """One cleaner process and the parent's end of its pipe."""

    def __init__(self, process: Any, conn: Connection | None) -> None:
        self.process = process
        self.conn = conn
        self.closed = conn is None
        self.ready = False

    @classmethod
    def finished(cls) -> _Worker:
        """A stand-in handed to threads still waiting when the pool closes."""
        return cls(None, None)

    @property
    def alive(self) -> bool:
        return not self.closed and self.process.is_alive()

    def clean(self, html: str, url: str, timeout: float) -> Article:
        assert self.conn is not None
        where = shorten_url(url)
        try:
            if not self.ready:
                self._boot()
            self.conn.send((html, url))
            if not self.conn.poll(timeout):
                self.kill()
                raise ExtractError(
                    f"Cleaning {where} took longer than {timeout:g} s; the cleaner was "
                    "stopped and the page was not saved.",
                    reason="cleaner-timeout", url=where,
                )  # fmt: skip
            reply = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.process.join(1)
            code = self.process.exitcode
            self.kill()
            raise ExtractError(
                f"The cleaner stopped unexpectedly while cleaning {where} (its process "
                f"ended{f' with code {code}' if code is not None else ''}); the page was "
                "not saved.",
                reason="cleaner-crashed", url=where,
            ) from exc  # fmt: skip
        kind, value, records = reply
        for record in records:
            logging.getLogger(record.name).handle(record)
        if kind == "ok":
            article: Article = value
            return article
        if kind == "expected":
            raise value
        raise CleanerBug(f"the cleaner failed on {where}:\n{value}")

    def _boot(self) -> None:
        """Wait for the worker's "ready" (its start-up is not the page's time)."""
        assert self.conn is not None
        try:
            if self.conn.poll(BOOT_TIMEOUT) and self.conn.recv() == "ready":
                self.ready = True
                return
            why = f"no answer in {BOOT_TIMEOUT:g} s"
        except (EOFError, OSError):
            self.process.join(1)
            why = f"it ended with code {self.process.exitcode}"
        self.kill()
        raise _BootFailed(why)

    def kill(self) -> None:
        self.closed = True
        if self.conn is not None:
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)

    def stop(self) -> None:
        if self.closed:
            return
        self.closed = True
        assert self.conn is not None
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


def _load(cleaner: str) -> Callable[..., Article]:
    module, _, name = cleaner.partition(":")
    function: Callable[..., Article] = getattr(importlib.import_module(module), name)
    return function


class _Collect(logging.Handler):
    """Keeps the records a worker logs while it cleans one page."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info))
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)


def serve(conn: Connection, cleaner: str, level: int) -> None:
    """A worker's life: clean each page the parent sends until it sends None or goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    root = logging.getLogger()
    root.setLevel(level)
    collect = _Collect()
    root.addHandler(collect)
    clean = _load(cleaner)
    try:
        conn.send("ready")
    except OSError:
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if job is None:
            return
        html, url = job
        reply: tuple[str, Any, list[logging.LogRecord]]
        try:
            reply = ("ok", clean(html, url=url), collect.records)
        except KlipingError as exc:
            try:  # the parent must be able to rebuild it
                pickle.loads(pickle.dumps(exc))
            except Exception:
                exc = ExtractError(str(exc), reason=exc.reason)
            reply = ("expected", exc, collect.records)
        except Exception:
            reply = ("bug", traceback.format_exc(), collect.records)
        try:
            data = pickle.dumps(reply)
        except Exception:
            data = pickle.dumps(("bug", traceback.format_exc(), []))
        collect.records = []
        try:
            conn.send_bytes(data)
        except OSError:
            return


__all__ = ["CLEANER", "CleanerBug", "CleaningPool", "default_workers", "serve"]
