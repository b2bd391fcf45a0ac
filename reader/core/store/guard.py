"""The guarded connection: a damaged database noticed wherever SQLite finds it, and
sqlite3's errors put in words a person can act on.

Every :class:`~reader.core.store.database.Store` connection is a
:class:`GuardedConnection`: a statement or a fetch that meets SQLite's "corrupt" or "not a
database" (or text that is not UTF-8, or a kept page that no longer inflates) reports it
through the connection's ``on_damage`` and raises :class:`LibraryDamagedError`.
:func:`translate` turns the other sqlite3 errors into :class:`StorageError` kinds.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from reader.core.errors import LibraryBusyError, LibraryDamagedError, StorageError

#: SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
DAMAGE_CODES = frozenset({11, 26})


def is_damage(exc: BaseException) -> bool:
    """Whether a sqlite3 error says the database file is damaged.

    Besides SQLite's own codes: text that is not UTF-8 (Kliping writes only UTF-8, so a
    page overwritten under a value shows this way) and a kept page that no longer
    inflates.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in DAMAGE_CODES:
        return True
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text
        or "not a database" in text
        or "could not decode to utf-8" in text
        or text.startswith("kept page ")
    )


def raise_damage(conn: sqlite3.Connection, exc: sqlite3.Error) -> None:
    """Raise LibraryDamagedError (after reporting it) if ``exc`` says the file is damaged."""
    if not is_damage(exc):
        return
    reason = _reason(exc)
    report = getattr(conn, "on_damage", None)
    if report is not None:
        report(reason)
    raise LibraryDamagedError(damage_message(reason)) from exc


def _reason(exc: BaseException) -> str:
    """SQLite's words, short, and without the undecodable bytes a damaged value holds."""
    text = str(exc)
    column = re.match(r"Could not decode to UTF-8 column '([^']*)'", text)
    if column:
        return f"unreadable text in column {column.group(1)}"
    return text if len(text) <= 100 else text[:99] + "…"


def damage_message(reason: str) -> str:
    """The one line a person reads about a damaged database."""
    return (
        f"The library database is damaged ({reason}); Kliping will not write to it. "
        "Run `kliping repair` to recover what can be read."
    )


class GuardedCursor(sqlite3.Cursor):
    """A cursor that reports a damaged database wherever SQLite finds it."""

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        try:
            super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise_damage(self.connection, exc)
            raise
        return self

    def executemany(self, sql: str, parameters: Any, /) -> GuardedCursor:
        try:
            super().executemany(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise_damage(self.connection, exc)
            raise
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as exc:
            raise_damage(self.connection, exc)
            raise

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.DatabaseError as exc:
            raise_damage(self.connection, exc)
            raise

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as exc:
            raise_damage(self.connection, exc)
            raise

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.DatabaseError as exc:
            raise_damage(self.connection, exc)
            raise


class GuardedConnection(sqlite3.Connection):
    """A connection whose statements report a damaged database (see GuardedCursor)."""

    on_damage: Callable[[str], None] | None = None

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        cur: GuardedCursor = self.cursor()
        return cur.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> GuardedCursor:
        cur: GuardedCursor = self.cursor()
        return cur.executemany(sql, parameters)


#: Primary result codes that come from the machine, not from a bug: busy, locked,
#: read-only, I/O error, corrupt, full, cannot open, not a database.
_ENVIRONMENTAL = frozenset({5, 6, 8, 10, 11, 13, 14, 26})


def is_environmental(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _ENVIRONMENTAL


def translate(exc: sqlite3.Error | LibraryDamagedError, doing: str) -> StorageError:
    """Turn a sqlite3 error into a StorageError a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LibraryBusyError(
            f"Could not {doing}: another Kliping is writing to this library; try again shortly.",
            reason="busy",
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            f"Could not {doing}: the disk is full. Free some space and retry.", reason="disk-full"
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(f"Could not {doing}: the library is read-only here.")
    if isinstance(exc, LibraryDamagedError):
        return exc
    if is_damage(exc):
        return LibraryDamagedError(damage_message(_reason(exc)))
    return StorageError(f"Could not {doing}: {exc}.")
