"""The library database's files on disk, and what Kliping knows about them.

Three questions are answered here, before SQLite opens anything:

- Is this folder a library? A folder with things in it but no database (or an empty
  one) is refused: opening it as a new library would make the start-up sweep treat the
  images of a lost database, or a person's own files, as orphans.
- Does the ``-wal`` beside the database belong to it? SQLite's write-ahead log does not
  record which database file it was written for, so a backup restored beside a stale log
  would have the log replayed into it (corrupting it). Kliping records the database
  file's identity whenever the database file itself is written (a checkpoint), and moves
  a log aside when the database is no longer the file it was written for.
- Is the database known to be damaged? A ``library.damaged`` note, written when SQLite
  reports a damaged file, keeps every later run from writing into it until
  ``kliping repair`` has made a sound copy.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import LibraryBusyError, StorageError

log = logging.getLogger(__name__)

DB_NAME = "library.sqlite3"
LOCK_NAME = "write.lock"
OWNER_NAME = "library.wal-owner"
DAMAGED_NAME = "library.damaged"
BUSY_MESSAGE = "Another Kliping is writing to this library; try again shortly."
#: What SQLite keeps beside a database (the log, its index, a rollback journal).
SIDE_FILES = ("-wal", "-shm", "-journal")
#: The files a library has before its first article: nothing worth keeping.
_BOOKKEEPING = {LOCK_NAME, OWNER_NAME, *(DB_NAME + s for s in SIDE_FILES)}
#: What file managers leave in any folder they show.
_OS_LITTER = {".DS_Store", "Thumbs.db", "desktop.ini", ".directory", ".localized"}


def check_folder(folder: Path) -> None:
    """Refuse to start a new library in a folder that already holds other things.

    Raises:
        StorageError: ``folder`` has no database (or an empty one) but holds files:
            one line naming what was found.
    """
    db = folder / DB_NAME
    try:
        if db.is_file() and db.stat().st_size > 0:
            return
        found = [p for p in sorted(folder.iterdir()) if not _harmless(p)]
    except OSError as exc:
        raise StorageError(f"Could not read the library folder {folder}: {exc}") from exc
    if not found:
        return
    what = ", ".join(_describe(p) for p in found[:4]) + (", …" if len(found) > 4 else "")
    state = "an empty library database" if db.exists() else "no library database"
    raise StorageError(
        f"{folder} holds {state} but is not empty ({what}); nothing was changed. "
        f"Restore {DB_NAME} from a backup, or choose an empty folder for a new library."
    )


def _harmless(path: Path) -> bool:
    if path.name in _BOOKKEEPING or path.name == DB_NAME or path.name in _OS_LITTER:
        return True
    # Folders Kliping makes as it starts, while still empty.
    return path.name in ("assets", "incoming") and path.is_dir() and not any(path.iterdir())


def _describe(path: Path) -> str:
    if path.is_dir():
        n = sum(1 for p in path.rglob("*") if p.is_file())
        return f"{path.name}/ with {n} file{'s' if n != 1 else ''}"
    return path.name


@contextmanager
def hold_write_lock(folder: Path, timeout: float) -> Iterator[None]:
    """Hold the library's lock file, which every Kliping process takes to write.

    Raises:
        LibraryBusyError: Another process held it for ``timeout`` seconds.
    """
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own locking is all we have
        yield
        return
    deadline = time.monotonic() + timeout
    path = folder / LOCK_NAME
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


# -- the write-ahead log's owner -------------------------------------------------------


@dataclass(frozen=True)
class FileIdentity:
    """A database file as it was when Kliping last wrote it itself."""

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class WalOwner:
    """Records which database file the ``-wal`` beside it belongs to.

    Kliping's connections never checkpoint by themselves (``wal_autocheckpoint = 0``);
    :meth:`checkpointing` wraps each checkpoint so the record always names the database
    file as the last checkpoint left it. Until the next checkpoint, only the log
    changes, so a database file that no longer matches the record was put there by
    someone else (a restored backup), and the log is not its log.
    """

    def __init__(self, folder: Path) -> None:
        self.db = folder / DB_NAME
        self.record = folder / OWNER_NAME

    def _read(self) -> dict[str, object] | None:
        try:
            data = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _write(self, data: dict[str, object]) -> None:
        tmp = self.record.with_name(self.record.name + ".tmp")
        try:
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.record)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise

    def remember(self) -> None:
        """Record the database file as it is now (after a checkpoint or an open)."""
        ident = FileIdentity.of(self.db)
        if ident is None:
            return
        try:
            self._write({"database": ident.__dict__})
        except OSError as exc:  # the record still says "checkpointing": the log is trusted
            log.info("could not record the database's identity: %s", exc)

    def begin_checkpoint(self) -> None:
        """Say a checkpoint is writing the database (a crash now proves nothing).

        Raises:
            OSError: The note could not be written: do not checkpoint now.
        """
        data = self._read() or {}
        data["checkpointing"] = True
        self._write(data)

    def settle(self) -> Path | None:
        """Before opening: move a log that is not this database's aside.

        Call with no connection open and under the library's write lock. Returns where
        the stale log went, or None when the log (if any) belongs to the database.
        """
        wal = self.db.with_name(DB_NAME + "-wal")
        try:
            has_log = wal.stat().st_size > 0
        except OSError:
            has_log = False
        data = self._read()
        if not has_log or data is None or data.get("checkpointing"):
            # No log to replay; or no record (a library from before this check, or a
            # crash during a checkpoint): SQLite's own reading of the log stands.
            return None
        recorded = data.get("database")
        now = FileIdentity.of(self.db)
        if now is None or not isinstance(recorded, dict) or FileIdentity(**recorded) == now:
            return None
        if not _sound_alone(self.db):
            # Not a whole database without its log (a checkpoint cut short?): the log
            # may hold what it lacks, so it stays.
            log.warning("%s changed since Kliping last wrote it; its log is kept", self.db)
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        aside = wal.with_name(f"{wal.name}.stale-{stamp}")
        os.replace(wal, aside)
        shm = self.db.with_name(DB_NAME + "-shm")
        shm.unlink(missing_ok=True)  # SQLite's index of that log: rebuilt from the log
        log.warning(
            "%s is not the database its log was written for (restored from a backup?); "
            "the log was moved aside to %s",
            self.db,
            aside.name,
        )
        return aside


def _sound_alone(db: Path) -> bool:
    """Whether the database file is a sound database by itself (its log ignored)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        return bool(con.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        con.close()


# -- the damaged note -------------------------------------------------------------------


def damaged_note(folder: Path) -> str | None:
    """What SQLite said when it found the database damaged, or None."""
    try:
        return (folder / DAMAGED_NAME).read_text(encoding="utf-8").strip() or "damaged"
    except OSError:
        return None


def note_damage(folder: Path, reason: str) -> None:
    """Remember that the database is damaged, so no later run writes into it."""
    path = folder / DAMAGED_NAME
    if path.exists():
        return
    try:
        path.write_text(reason + "\n", encoding="utf-8")
    except OSError as exc:
        log.warning("could not note the damage in %s: %s", path, exc)


def clear_damage(folder: Path) -> None:
    """Forget the damage (after ``kliping repair`` put a sound database in place)."""
    (folder / DAMAGED_NAME).unlink(missing_ok=True)
