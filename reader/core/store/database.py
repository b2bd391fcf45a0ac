"""SQLite: the source of truth for a library.

One database file per library. WAL journal, foreign keys on, the schema version in
``PRAGMA user_version`` with forward migrations. Every change to an article also writes
a row into ``index_outbox`` in the same transaction, so the search index (a derived
cache) can always be caught up after a crash.

This module knows SQL and nothing about HTTP, HTML or Whoosh.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.core.errors import LibraryDamagedError, NotFoundError, StorageError
from reader.core.store.annotations import Annotations
from reader.core.store.guard import (
    GuardedConnection,
    damage_message,
    is_damage,
    is_environmental,
    translate,
)
from reader.core.store.pages import Pages
from reader.core.store.records import (
    ArticleFilter,
    ArticleRecord,
    ArticleSummary,
    SavedUnder,
    utcnow,
)
from reader.core.store.rows import chunks
from reader.core.store.schema import ARTICLE_COLUMNS, MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

#: A checkpoint copies the write-ahead log into the database once it is this big (the
#: library checks after each write); a restarted log is cut back to this size.
WAL_BYTES = 4 * 1024 * 1024

SORTS = {
    "saved": "saved_at DESC, id DESC",
    "saved-asc": "saved_at ASC, id ASC",
    "published": "COALESCE(published, '') DESC, id DESC",
    "published-asc": "COALESCE(published, '9999') ASC, id ASC",
    "title": "title COLLATE NOCASE ASC, id ASC",
    "site": "site_name COLLATE NOCASE ASC, saved_at DESC",
}

SUMMARY_COLUMNS = (
    "id, title, url, site_name, published, saved_at, reading_minutes, excerpt, "
    "is_read, is_favorite, is_archived, status, feed_id, language, word_count"
)


#: An article row with the title of the feed it came from.
_SELECT_ARTICLE = (
    "SELECT a.*, f.title AS feed_title, f.folder AS feed_folder "
    "FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id"
)


class Store(Annotations, Pages):
    """The library database. Not thread-safe: one Store per thread.

    The articles, the listing, the schema and the outbox are here; tags and highlights
    in :class:`~reader.core.store.annotations.Annotations`, the kept page and images in
    :class:`~reader.core.store.pages.Pages`.

    Args:
        path: The database file; created (with its schema) when absent.
        read_only: Open without writing (a second window on a busy library).
        busy_timeout: Seconds to wait for another process's write lock.
        on_damage: Called with SQLite's words when it reports the file damaged
            (SQLITE_CORRUPT, SQLITE_NOTADB), wherever that surfaces; the error is then
            raised as :class:`LibraryDamagedError`.
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        busy_timeout: float = 5.0,
        on_damage: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        #: True when this connection created the database (a new, empty library).
        self.created = False
        self._salvaged: sqlite3.Connection | None = None
        try:
            if read_only:
                uri = f"file:{path}?mode=ro"
                # Used by one thread, but Library.close() closes it from another.
                self.db = sqlite3.connect(
                    uri, uri=True, timeout=busy_timeout, check_same_thread=False,
                    factory=GuardedConnection,
                )  # fmt: skip
            else:
                self.db = sqlite3.connect(
                    path, timeout=busy_timeout, isolation_level=None, check_same_thread=False,
                    factory=GuardedConnection,
                )  # fmt: skip
            assert isinstance(self.db, GuardedConnection)
            self.db.on_damage = on_damage
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                # The library checkpoints itself, recording the database file's identity
                # each time (reader.core.library.dbfiles.WalOwner).
                self.db.execute("PRAGMA wal_autocheckpoint = 0")
                # SQLite reuses the log file after a checkpoint without shrinking it; the
                # limit cuts it back to this size when it restarts, so the library's "the
                # log is big: checkpoint" test (its size) measures what was written since.
                self.db.execute(f"PRAGMA journal_size_limit = {WAL_BYTES}")
                self._migrate()
        except sqlite3.Error as exc:
            raise translate(exc, f"open the library database {path}") from exc

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.db.close()
        if self._salvaged is not None:
            self._salvaged.close()

    # -- schema -------------------------------------------------------------------------

    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        self.created = (
            version == 0
            and not self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'articles'"
            ).fetchone()
        )
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"This library was written by a newer Kliping (schema {version}); "
                "update Kliping to open it."
            )
        for i in range(version, SCHEMA_VERSION):
            log.info("migrating library schema %d -> %d", i, i + 1)
            with self.transaction():
                for statement in MIGRATIONS[i].split(";\n"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {i + 1}")

    @property
    def schema_version(self) -> int:
        """The database's ``PRAGMA user_version``."""
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on error)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, "start writing to the library") from exc
        try:
            yield self.db
        except BaseException as exc:
            # SQLite rolls back by itself after some errors (a full disk, an I/O error);
            # a second ROLLBACK would then hide the real error behind another one.
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and is_environmental(exc):
                raise translate(exc, "write to the library") from exc
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise translate(exc, "write to the library") from exc

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see one state of the database (a read transaction)."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.in_transaction:
                self.db.execute("COMMIT")

    # -- meta ---------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the ``meta`` table."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the ``meta`` table (its own transaction)."""
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- articles -----------------------------------------------------------------------

    def find_duplicate(self, norm_url: str, canonical_norm: str | None) -> int | None:
        """The id of an article saved at the normalised address ``norm_url``, or under
        ``canonical_norm`` (as its address or its canonical URL) when one is given.

        An article that only names ``norm_url`` as its canonical URL is not found: pages
        lie about their canonical URL, and only their content tells (see
        :meth:`saved_under` and :mod:`reader.core.sameness`).
        """
        keys = [k for k in (norm_url, canonical_norm) if k]
        if not keys:
            return None
        sql = f"SELECT id FROM articles WHERE norm_url IN ({','.join('?' * len(keys))})"
        if canonical_norm:
            sql += " OR canonical_norm = ?"
            keys.append(canonical_norm)
        row = self.db.execute(sql + " ORDER BY id LIMIT 1", keys).fetchone()
        return int(row[0]) if row else None

    def saved_under(self, key: str) -> list[SavedUnder]:
        """The articles saved under ``key``, as their address or their canonical URL, with
        what tells two pages that share a canonical URL apart (title, start of the text)."""
        rows = self.db.execute(
            "SELECT id, norm_url, title, substr(text, 1, 6000) FROM articles "
            "WHERE norm_url = ? OR canonical_norm = ? ORDER BY id",
            (key, key),
        ).fetchall()
        return [SavedUnder(int(r[0]), str(r[1]), str(r[2] or ""), str(r[3] or "")) for r in rows]

    def insert_article(self, values: dict[str, Any]) -> int:
        """Insert an article row (inside a transaction) and queue it for the index."""
        cols = [c for c in values if c in ARTICLE_COLUMNS]
        cur = self.db.execute(
            f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [_to_sql(values[c]) for c in cols],
        )
        article_id = int(cur.lastrowid or 0)
        self.queue_index(article_id, "upsert")
        return article_id

    def update_article(
        self, article_id: int, values: dict[str, Any], *, reindex: bool = True
    ) -> None:
        """Update columns of one article (inside a transaction)."""
        cols = [c for c in values if c in ARTICLE_COLUMNS]
        if not cols:
            return
        sets = ", ".join(f"{c} = ?" for c in cols)
        cur = self.db.execute(
            f"UPDATE articles SET {sets} WHERE id = ?",
            [*(_to_sql(values[c]) for c in cols), article_id],
        )
        if cur.rowcount == 0:
            raise NotFoundError(
                f"There is no article {article_id} in this library.",
                reason="no-such-article",
                id=article_id,
            )
        if reindex:
            self.queue_index(article_id, "upsert")

    def delete_articles(self, ids: Sequence[int]) -> list[str]:
        """Delete articles (inside a transaction). Returns asset paths no longer used."""
        paths: list[str] = []
        for article_id in ids:
            rows = self.db.execute(
                "SELECT path FROM images WHERE article_id = ? AND path IS NOT NULL", (article_id,)
            ).fetchall()
            paths.extend(str(r[0]) for r in rows)
            self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self.queue_index(article_id, "delete")
        self.db.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM article_tags)"
        )
        still_used = {
            str(r[0])
            for r in self.db.execute("SELECT DISTINCT path FROM images WHERE path IS NOT NULL")
        }
        return [p for p in paths if p not in still_used]

    def outbox(self, limit: int = 500) -> list[tuple[int, str]]:
        """Pending index changes, oldest first."""
        rows = self.db.execute(
            "SELECT article_id, op FROM index_outbox ORDER BY rowid LIMIT ?", (limit,)
        ).fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    def clear_outbox(self, items: Sequence[tuple[int, str]]) -> None:
        """Forget index changes that have been applied (only if not changed since)."""
        with self.transaction():
            self.db.executemany(
                "DELETE FROM index_outbox WHERE article_id = ? AND op = ?", list(items)
            )

    def get_article(self, article_id: int) -> ArticleRecord:
        """One article with its tags; NotFoundError if absent."""
        row = self.db.execute(f"{_SELECT_ARTICLE} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                f"There is no article {article_id} in this library.",
                reason="no-such-article",
                id=article_id,
            )
        return self._record(row)

    def get_articles(self, ids: Sequence[int]) -> list[ArticleRecord]:
        """Articles with these ids (missing ones are skipped), in the given order."""
        out: dict[int, ArticleRecord] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"{_SELECT_ARTICLE} WHERE a.id IN ({marks})", chunk):
                out[int(row["id"])] = self._record(row)
        return [out[i] for i in ids if i in out]

    def _record(self, row: sqlite3.Row) -> ArticleRecord:
        data = dict(row)
        data.pop("canonical_norm", None)
        data["authors"] = json.loads(data["authors"] or "[]")
        for flag in ("is_read", "is_favorite", "is_archived"):
            data[flag] = bool(data[flag])
        data["tags"] = self.tags_of(int(row["id"]))
        return ArticleRecord(**data)

    def text_of(self, article_id: int) -> str:
        """The plain text of one article ('' when absent)."""
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else ""

    def all_ids(self) -> list[int]:
        """Every article id, ascending."""
        return [int(r[0]) for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def outdated_ids(self, version: str) -> list[int]:
        """Articles with a kept page that another cleaner version cleaned, ascending."""
        rows = self.db.execute(
            "SELECT a.id FROM articles a JOIN originals o ON o.article_id = a.id "
            "WHERE a.extractor_version != ? ORDER BY a.id",
            (version,),
        )
        return [int(r[0]) for r in rows]

    def _read_all(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        """Rows of a listing query; in a damaged database, of the rows still readable."""
        try:
            return self.db.execute(sql, args).fetchall()
        except LibraryDamagedError:
            if self._salvaged is None:
                from reader.core.store.salvage import readable_copy

                log.info("listing the readable articles of a damaged database")
                self._salvaged = readable_copy(
                    self.path, [c.strip() for c in SUMMARY_COLUMNS.split(",")]
                )
            return self._salvaged.execute(sql, args).fetchall()

    def _where(self, flt: ArticleFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        for col in ("is_read", "is_favorite", "is_archived"):
            value = getattr(flt, col)
            if value is not None:
                clauses.append(f"{col} = ?")
                args.append(int(value))
        if flt.tag:
            clauses.append(
                "id IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = tag_id "
                "WHERE tags.name = ?)"
            )
            args.append(flt.tag)
        if flt.site:
            clauses.append("site_name = ? COLLATE NOCASE")
            args.append(flt.site)
        if flt.feed is not None:
            clauses.append("feed_id = ?")
            args.append(flt.feed)
        if flt.folder is not None:
            clauses.append("feed_id IN (SELECT id FROM feeds WHERE folder = ?)")
            args.append(flt.folder)
        if flt.ids is not None:
            ids = list(flt.ids) or [-1]
            clauses.append(f"id IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def list_articles(
        self,
        flt: ArticleFilter | None = None,
        *,
        sort: str = "saved",
        offset: int = 0,
        limit: int = -1,
    ) -> list[ArticleSummary]:
        """Article summaries matching a filter, sorted, one page at a time."""
        where, args = self._where(flt or ArticleFilter())
        order = SORTS.get(sort)
        if order is None:
            raise ValueError(f"unknown sort {sort!r}")
        rows = self._read_all(
            f"SELECT {SUMMARY_COLUMNS} FROM articles{where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        return [
            ArticleSummary(
                id=int(r[0]), title=r[1], url=r[2], site_name=r[3], published=r[4],
                saved_at=r[5], reading_minutes=int(r[6]), excerpt=r[7], is_read=bool(r[8]),
                is_favorite=bool(r[9]), is_archived=bool(r[10]), status=r[11], feed_id=r[12],
                language=r[13], word_count=int(r[14] or 0),
            )
            for r in rows
        ]  # fmt: skip

    def count(self, flt: ArticleFilter | None = None) -> int:
        """How many articles match a filter."""
        where, args = self._where(flt or ArticleFilter())
        return int(self._read_all(f"SELECT COUNT(*) FROM articles{where}", args)[0][0])

    def counts(self) -> dict[str, int]:
        """Counts for the sidebar: all, unread, favorites, archived."""
        row = self._read_all(
            "SELECT COUNT(*), COALESCE(SUM(is_read = 0), 0), COALESCE(SUM(is_favorite), 0), "
            "COALESCE(SUM(is_archived), 0) FROM articles"
        )[0]
        return {"all": row[0], "unread": row[1], "favorites": row[2], "archived": row[3]}

    def sites(self) -> list[tuple[str, int]]:
        """Site names with their article counts, most articles first."""
        rows = self.db.execute(
            "SELECT site_name, COUNT(*) FROM articles WHERE site_name != '' "
            "GROUP BY site_name COLLATE NOCASE ORDER BY COUNT(*) DESC, site_name"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def integrity_check(self) -> str:
        """SQLite's own check: 'ok' when the file is sound."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def checkpoint(self, mode: str = "PASSIVE") -> bool:
        """Copy the write-ahead log into the database file; True when all of it went."""
        row = self.db.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        return row is not None and int(row[0]) == 0 and int(row[1]) == int(row[2])


def _to_sql(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


__all__ = [
    "ARTICLE_COLUMNS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SORTS",
    "ArticleFilter",
    "ArticleRecord",
    "ArticleSummary",
    "Store",
    "damage_message",
    "is_damage",
    "translate",
    "utcnow",
]
