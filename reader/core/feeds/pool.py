"""A small pool that runs work in parallel across sites and politely within one.

The thread that calls :meth:`HostPool.run` schedules: it hands a job to a worker only
when the job's site has fewer than ``per_host`` jobs running, taking turns between
sites, and it receives every result itself (so results may add more jobs, and whatever
they write happens on one thread). Workers release their library connection when they
end.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reader.core.errors import KlipingError

log = logging.getLogger(__name__)

#: The site key of jobs that make no request (no per-site limit).
LOCAL = ""


@dataclass
class JobResult:
    """What a job returned, or the expected failure it raised."""

    tag: Any
    value: Any = None
    error: KlipingError | None = None


class HostPool:
    """Runs jobs on ``workers`` threads, at most ``per_host`` at once per site.

    Args:
        workers: Threads.
        per_host: Jobs running at once for one site.
        cancel: When set, queued jobs are dropped; running ones finish.
        on_thread_exit: Called by each worker as it ends (closes its connections).
    """

    def __init__(
        self,
        workers: int,
        per_host: int,
        cancel: threading.Event,
        on_thread_exit: Callable[[], None] | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.per_host = max(1, per_host)
        self.cancel = cancel
        self._exit = on_thread_exit
        self._queues: OrderedDict[str, deque[tuple[Any, Callable[[], Any]]]] = OrderedDict()
        self._busy: dict[str, int] = {}

    def submit(self, host: str, tag: Any, job: Callable[[], Any]) -> None:
        """Queue a job for a site (call from the scheduling thread)."""
        self._queues.setdefault(host, deque()).append((tag, job))

    def run(self, on_done: Callable[[JobResult], None]) -> None:
        """Run every job (and the jobs ``on_done`` submits) until none is left."""
        tasks: queue.SimpleQueue[tuple[str, Any, Callable[[], Any]] | None] = queue.SimpleQueue()
        results: queue.SimpleQueue[tuple[str, JobResult]] = queue.SimpleQueue()
        threads = [
            threading.Thread(
                target=self._work, args=(tasks, results), name=f"kliping-feeds-{n}", daemon=True
            )
            for n in range(self.workers)
        ]
        for thread in threads:
            thread.start()
        running = 0
        try:
            while True:
                while running < self.workers and not self.cancel.is_set():
                    picked = self._next()
                    if picked is None:
                        break
                    tasks.put(picked)
                    running += 1
                if not running:
                    break
                host, result = results.get()
                running -= 1
                self._busy[host] -= 1
                on_done(result)
        finally:
            for _ in threads:
                tasks.put(None)
            for thread in threads:
                thread.join()

    def _next(self) -> tuple[str, Any, Callable[[], Any]] | None:
        for host, waiting in self._queues.items():
            if host != LOCAL and self._busy.get(host, 0) >= self.per_host:
                continue
            tag, job = waiting.popleft()
            if waiting:
                self._queues.move_to_end(host)  # take turns between sites
            else:
                del self._queues[host]
            self._busy[host] = self._busy.get(host, 0) + 1
            return host, tag, job
        return None

    def _work(
        self,
        tasks: queue.SimpleQueue[tuple[str, Any, Callable[[], Any]] | None],
        results: queue.SimpleQueue[tuple[str, JobResult]],
    ) -> None:
        try:
            while (task := tasks.get()) is not None:
                host, tag, job = task
                try:
                    result = JobResult(tag, value=job())
                except KlipingError as exc:
                    result = JobResult(tag, error=exc)
                except Exception as exc:  # a bug: logged with its traceback, work goes on
                    log.exception("feeds: bug in a refresh job")
                    why = f"internal error ({type(exc).__name__}; see the log)"
                    result = JobResult(tag, error=KlipingError(why))
                results.put((host, result))
        finally:
            if self._exit is not None:
                self._exit()
