"""Reading what a damaged database still holds, row by row.

SQLite stops a query at the first unreadable page; these readers step over it, so one
damaged page costs only the rows it held. Used by ``kliping repair`` and by the reading
commands of a library found damaged (which go on showing what is readable).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

#: Give up on a table after this many unreadable rowids beyond the last one known.
_PROBE_SLACK = 2000

_ERROR = object()


def _probe(db: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> Any:
    """One row, None when there is none, ``_ERROR`` when it cannot be read."""
    try:
        return db.execute(sql, args).fetchone()
    except sqlite3.DatabaseError:  # malformed, not a database, undecodable text
        return _ERROR


def salvage_rows(
    db: sqlite3.Connection, table: str, columns: list[str], known_max: int
) -> tuple[list[dict[str, Any]], int]:
    """Every readable row of ``table`` (columns by name) and how many rowids failed.

    Rows are read in rowid order a block at a time; where a block fails, rowid by
    rowid; a row that fails whole is read column by column (a value that cannot be
    read is left out). Returns (rows, rowids below the last readable one, or below
    ``known_max``, that could not be read at all).
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    rows: list[dict[str, Any]] = []
    failed: list[int] = []
    after = last_good = 0
    while True:
        try:
            block = db.execute(
                f'SELECT rowid, {cols} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 200',
                (after,),
            ).fetchall()
        except sqlite3.DatabaseError:
            block = None
        if block is not None:
            if not block:
                break
            rows.extend(dict(zip(columns, r[1:], strict=True)) for r in block)
            after = last_good = int(block[-1][0])
            continue
        # Something in the next block is unreadable: step over it rowid by rowid.
        nxt = after + 1
        if nxt > max(last_good, known_max) + _PROBE_SLACK:
            break
        row = _probe(db, f'SELECT {cols} FROM "{table}" WHERE rowid = ?', (nxt,))
        if row is _ERROR:
            partial = _by_column(db, table, columns, nxt)
            if partial:
                rows.append(partial)
                last_good = nxt
            else:
                failed.append(nxt)
        elif row is not None:
            rows.append(dict(zip(columns, row, strict=True)))
            last_good = nxt
        after = nxt
    bound = max(last_good, known_max)
    return rows, sum(1 for i in failed if i <= bound)


def _by_column(
    db: sqlite3.Connection, table: str, columns: list[str], rowid: int
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in columns:
        row = _probe(db, f'SELECT "{c}" FROM "{table}" WHERE rowid = ?', (rowid,))
        if row is not _ERROR and row is not None:
            out[c] = row[0]
    return out if len(out) > 1 else {}


def open_plain(path: Path) -> sqlite3.Connection:
    """A read-only connection without Kliping's damage reporting (for stepping over it)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def readable_copy(path: Path, columns: list[str]) -> sqlite3.Connection:
    """An in-memory copy of the readable ``articles`` rows (``columns``) and their tags.

    The same queries run on it as on the library (same table and column names).
    """
    src = open_plain(path)
    mem = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        for table, cols in (
            ("articles", columns),
            ("tags", ["id", "name"]),
            ("article_tags", ["article_id", "tag_id"]),
        ):
            if table == "tags":
                mem.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE)")
            else:
                mem.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
            try:
                rows, _ = salvage_rows(src, table, cols, 0)
            except sqlite3.DatabaseError:  # the schema itself is unreadable
                rows = []
            complete = [r for r in rows if len(r) == len(cols)]
            mem.executemany(
                f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})",
                [[r[c] for c in cols] for r in complete],
            )
    finally:
        src.close()
    return mem
