"""One library folder's shared parts: the database connection of each thread, the write
lock, the assets folder, the search index and the fetcher.

The façade (:class:`reader.core.library.Library`), the save pipeline
(:mod:`.saving`) and the index catch-up (:mod:`.indexing`) are all handed this object;
none of them imports the others' callers.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import LibraryBusyError, LibraryDamagedError, StorageError
from reader.core.library import dbfiles
from reader.core.library.assets import Assets
from reader.core.library.dbfiles import BUSY_MESSAGE, DB_NAME, LOCK_NAME
from reader.core.store import Store
from reader.core.store.database import WAL_BYTES, damage_message

if TYPE_CHECKING:
    from reader.core.fetch import Fetcher
    from reader.core.search import SearchIndex

log = logging.getLogger(__name__)

__all__ = ["BUSY_MESSAGE", "DB_NAME", "LOCK_NAME", "LibraryFolder"]


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
        if not read_only:
            dbfiles.check_folder(path)
        #: What SQLite said when it found the database damaged (None while sound).
        self.damaged: str | None = dbfiles.damaged_note(path)
        #: True when this run created the database: nothing on disk is an orphan yet.
        self.created = False
        self._wal = dbfiles.WalOwner(path)
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

    def open_database(self) -> None:
        """Open (and migrate) the database, first moving aside a log that is not its own."""
        if not self.read_only:
            try:
                with self.write_lock(timeout=0):
                    self._wal.settle()
            except LibraryBusyError:
                pass  # another Kliping has the library open: the log is its log
            except OSError as exc:
                raise StorageError(f"Could not open the library database: {exc}") from exc
        self.created = self.store.created
        if not self.read_only and self.created:
            self._wal.remember()

    def found_damage(self, reason: str) -> None:
        """SQLite reported the database damaged: stop writing, here and in later runs."""
        if self.damaged is None:
            log.info("the library database is damaged: %s", reason)
            self.damaged = reason
            dbfiles.note_damage(self.path, reason)

    @property
    def store(self) -> Store:
        """This thread's connection to the database."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            self._check_open()
            st = Store(self.path / DB_NAME, read_only=self.read_only, on_damage=self.found_damage)
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
        if not self._closed and not self.read_only and self.damaged is None:
            self._checkpoint("PASSIVE")
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
        if self.damaged is not None:
            raise LibraryDamagedError(damage_message(self.damaged))
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
                    try:
                        self._checkpoint_if_big()
                    finally:
                        self._held.depth = 0
        finally:
            self._thread_lock.release()

    def _lock_file(self, deadline: float) -> AbstractContextManager[None]:
        return dbfiles.hold_write_lock(self.path, max(0.0, deadline - time.monotonic()))

    def _checkpoint_if_big(self) -> None:
        try:
            big = (self.path / (DB_NAME + "-wal")).stat().st_size > WAL_BYTES
        except OSError:
            return
        if big and not self._closed and self.damaged is None:
            self._checkpoint("PASSIVE")

    def _checkpoint(self, mode: str) -> None:
        """Copy the log into the database, recording the file's identity (dbfiles.WalOwner).

        Only under the write lock: nobody else writes the database file meanwhile.
        """
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            with self._stores_lock:
                st = self._stores[0] if self._stores else None
        if st is None:
            return
        try:
            with self.write_lock(timeout=0):
                self._wal.begin_checkpoint()
                st.checkpoint(mode)
                self._wal.remember()
        except StorageError as exc:
            log.info("checkpoint postponed: %s", exc)
        except (sqlite3.Error, OSError) as exc:  # busy readers, or no room for the note
            log.info("checkpoint postponed: %s", exc)

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
