"""One library folder's shared parts: the database connection of each thread, the write
lock, the assets folder, the search index and the fetcher.

The façade (:class:`reader.core.library.Library`), the save pipeline
(:mod:`.saving`) and the index catch-up (:mod:`.indexing`) are all handed this object;
none of them imports the others' callers.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import LibraryBusyError, StorageError
from reader.core.library.assets import Assets
from reader.core.store import Store

if TYPE_CHECKING:
    from reader.core.fetch import Fetcher
    from reader.core.search import SearchIndex

log = logging.getLogger(__name__)

DB_NAME = "library.sqlite3"
LOCK_NAME = "write.lock"
BUSY_MESSAGE = "Another Kliping is writing to this library; try again shortly."


class LibraryFolder:
    """The resources of one library folder, safe to share between threads.

    Args:
        path: The library folder; created (private to the user) when absent.
        read_only: Open without writing (a second window on a library in use).
        fetcher: The HTTP fetcher to use (tests pass one with a mock transport).
    """

    def __init__(self, path: Path, *, read_only: bool = False, fetcher: Fetcher | None = None):
        self.path = path
        self.read_only = read_only
        try:
            if not path.exists():
                path.mkdir(parents=True, mode=0o700)
                os.chmod(path, 0o700)
            elif not path.is_dir():
                raise StorageError(f"{path} is a file, not a library folder.")
        except OSError as exc:
            raise StorageError(f"Could not create the library folder {path}: {exc}") from exc
        self.assets = Assets(path)
        self._fetcher = fetcher
        self._local = threading.local()
        self._stores: list[Store] = []
        self._stores_lock = threading.Lock()
        self._index: SearchIndex | None = None
        #: Held around every use of the index writer (one writer per index).
        self.index_lock = threading.RLock()
        self._closed = False
        self._thread_lock = threading.Lock()
        self._held = threading.local()

    @property
    def store(self) -> Store:
        """This thread's connection to the database."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            self._check_open()
            st = Store(self.path / DB_NAME, read_only=self.read_only)
            self._local.store = st
            with self._stores_lock:
                self._stores.append(st)
        return st

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP fetcher (created on first use)."""
        if self._fetcher is None:
            from reader.core.fetch import Fetcher, FetchLimits

            self._fetcher = Fetcher(FetchLimits.from_env())
        return self._fetcher

    @property
    def index_dir(self) -> Path:
        """Where the search index lives."""
        return self.path / "index"

    @property
    def index(self) -> SearchIndex:
        """The search index (opened on first use)."""
        with self.index_lock:
            if self._index is None:
                self._check_open()
                from reader.core.search import SearchIndex

                self._index = SearchIndex(self.index_dir)
            return self._index

    def _check_open(self) -> None:
        # A worker finishing after close() must not reopen files nobody will close.
        if self._closed:
            raise StorageError("The library was closed.")

    def close(self) -> None:
        """Close the database connections, the index and the fetcher."""
        self._closed = True
        with self.index_lock:
            if self._index is not None:
                self._index.close()
                self._index = None
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None
        with self._stores_lock:
            for st in self._stores:
                st.close()
            self._stores.clear()
        self._local = threading.local()

    @contextmanager
    def write_lock(self, timeout: float = 15.0) -> Iterator[None]:
        """Hold the library's write lock, shared by every thread and process.

        Threads of this process queue on an in-process lock first (no polling among
        themselves); the holder then takes the lock file that other processes share.
        Re-entrant within a thread.
        """
        if self.read_only:
            raise StorageError("This library is open read-only; changes are not saved.")
        depth = getattr(self._held, "depth", 0)
        if depth:
            self._held.depth = depth + 1
            try:
                yield
            finally:
                self._held.depth = depth
            return
        deadline = time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=max(timeout, 0.01)):
            raise LibraryBusyError(BUSY_MESSAGE, reason="busy")
        try:
            with self._lock_file(deadline):
                self._held.depth = 1
                try:
                    yield
                finally:
                    self._held.depth = 0
        finally:
            self._thread_lock.release()

    @contextmanager
    def _lock_file(self, deadline: float) -> Iterator[None]:
        try:
            import fcntl
        except ImportError:  # Windows: SQLite's own locking is all we have
            yield
            return
        path = self.path / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"Could not open the library lock {path}: {exc}") from exc
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise LibraryBusyError(BUSY_MESSAGE, reason="busy") from None
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def release_thread(self) -> None:
        """Close this thread's database connection (call before a worker thread ends)."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            return
        self._local.store = None
        with self._stores_lock:
            if st in self._stores:
                self._stores.remove(st)
        st.close()
