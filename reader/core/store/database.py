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
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.core.errors import LibraryBusyError, NotFoundError, StorageError
from reader.core.store.records import (
    ArticleFilter,
    ArticleRecord,
    ArticleSummary,
    SavedUnder,
    utcnow,
)
from reader.core.store.schema import ARTICLE_COLUMNS, MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

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


class Store:
    """The library database. Not thread-safe: one Store per thread.

    Args:
        path: The database file; created (with its schema) when absent.
        read_only: Open without writing (a second window on a busy library).
        busy_timeout: Seconds to wait for another process's write lock.
    """

    def __init__(self, path: Path, *, read_only: bool = False, busy_timeout: float = 5.0) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if read_only:
                uri = f"file:{path}?mode=ro"
                # Used by one thread, but Library.close() closes it from another.
                self.db = sqlite3.connect(
                    uri, uri=True, timeout=busy_timeout, check_same_thread=False
                )
            else:
                self.db = sqlite3.connect(
                    path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
                )
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.Error as exc:
            raise translate(exc, f"open the library database {path}") from exc

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.db.close()

    # -- schema -------------------------------------------------------------------------

    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
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
            if isinstance(exc, sqlite3.Error) and _is_environmental(exc):
                raise translate(exc, "write to the library") from exc
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise translate(exc, "write to the library") from exc

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

    def queue_index(self, article_id: int, op: str) -> None:
        """Record that the search index must catch up with this article."""
        self.db.execute(
            "INSERT INTO index_outbox(article_id, op) VALUES (?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET op = excluded.op",
            (article_id, op),
        )

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
        for chunk in _chunks(list(ids), 500):
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
        rows = self.db.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM articles{where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*args, limit, offset),
        ).fetchall()
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
        return int(self.db.execute(f"SELECT COUNT(*) FROM articles{where}", args).fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Counts for the sidebar: all, unread, favorites, archived."""
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(is_read = 0), 0), COALESCE(SUM(is_favorite), 0), "
            "COALESCE(SUM(is_archived), 0) FROM articles"
        ).fetchone()
        return {"all": row[0], "unread": row[1], "favorites": row[2], "archived": row[3]}

    def sites(self) -> list[tuple[str, int]]:
        """Site names with their article counts, most articles first."""
        rows = self.db.execute(
            "SELECT site_name, COUNT(*) FROM articles WHERE site_name != '' "
            "GROUP BY site_name COLLATE NOCASE ORDER BY COUNT(*) DESC, site_name"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    # -- tags ---------------------------------------------------------------------------

    def tags_of(self, article_id: int) -> list[str]:
        """One article's tags, alphabetically."""
        rows = self.db.execute(
            "SELECT name FROM tags JOIN article_tags ON tags.id = tag_id "
            "WHERE article_id = ? ORDER BY name COLLATE NOCASE",
            (article_id,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def tags_of_many(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """The tags of each of these articles, by name (articles without any are absent)."""
        out: dict[int, list[str]] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT at.article_id, t.name FROM article_tags at JOIN tags t "
                f"ON t.id = at.tag_id WHERE at.article_id IN ({marks}) "
                "ORDER BY t.name COLLATE NOCASE",
                chunk,
            ):
                out.setdefault(int(row[0]), []).append(str(row[1]))
        return out

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag with its article count, alphabetically."""
        rows = self.db.execute(
            "SELECT name, COUNT(article_id) FROM tags LEFT JOIN article_tags ON tags.id = tag_id "
            "GROUP BY tags.id ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def add_tags(self, article_id: int, tags: Sequence[str]) -> None:
        """Tag an article (inside a transaction)."""
        for tag in tags:
            self.db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (tag,))
            self.db.execute(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                "SELECT ?, id FROM tags WHERE name = ?",
                (article_id, tag),
            )
        self.queue_index(article_id, "upsert")

    def remove_tags(self, article_id: int, tags: Sequence[str]) -> None:
        """Untag an article (inside a transaction); unused tags disappear."""
        for tag in tags:
            self.db.execute(
                "DELETE FROM article_tags WHERE article_id = ? AND "
                "tag_id = (SELECT id FROM tags WHERE name = ?)",
                (article_id, tag),
            )
        self.db.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM article_tags)"
        )
        self.queue_index(article_id, "upsert")

    # -- originals, images, highlights --------------------------------------------------

    def put_original(self, article_id: int, html: bytes, encoding: str, content_type: str) -> None:
        """Keep the page as fetched, compressed (inside a transaction)."""
        self.db.execute(
            "INSERT INTO originals(article_id, content, encoding, content_type, fetched_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "content = excluded.content, encoding = excluded.encoding, "
            "content_type = excluded.content_type, fetched_at = excluded.fetched_at",
            (article_id, zlib.compress(html, 6), encoding, content_type, utcnow()),
        )

    def get_original(self, article_id: int) -> tuple[bytes, str] | None:
        """The page as fetched and its encoding, or None when not kept."""
        row = self.db.execute(
            "SELECT content, encoding FROM originals WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return zlib.decompress(row[0]), str(row[1])

    def set_images(self, article_id: int, images: Sequence[dict[str, Any]]) -> list[str]:
        """Replace an article's image rows (inside a transaction).

        Returns the asset paths the article used before and no longer uses.
        """
        old = {
            str(r[0])
            for r in self.db.execute(
                "SELECT path FROM images WHERE article_id = ? AND path IS NOT NULL", (article_id,)
            )
        }
        self.db.execute("DELETE FROM images WHERE article_id = ?", (article_id,))
        for img in images:
            self.db.execute(
                "INSERT OR IGNORE INTO images(article_id, url, path, mime, size, status, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, img["url"], img.get("path"), img.get("mime"), img.get("size", 0),
                 img["status"], img.get("error")),
            )  # fmt: skip
        new = {str(img["path"]) for img in images if img.get("path")}
        gone = old - new
        if gone:
            used = {
                str(r[0])
                for r in self.db.execute("SELECT DISTINCT path FROM images WHERE path IS NOT NULL")
            }
            gone -= used
        return sorted(gone)

    def images_of(self, article_id: int) -> list[dict[str, Any]]:
        """An article's images: url, path (None when missing), mime, size, status, error."""
        rows = self.db.execute(
            "SELECT url, path, mime, size, status, error FROM images WHERE article_id = ? "
            "ORDER BY id",
            (article_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def asset_paths(self) -> set[str]:
        """Every asset path some article refers to."""
        return {
            str(r[0]) for r in self.db.execute("SELECT path FROM images WHERE path IS NOT NULL")
        }

    def add_highlight(
        self,
        article_id: int,
        quote: str,
        note: str = "",
        start: int | None = None,
        end: int | None = None,
        created_at: str | None = None,
        labels: Sequence[str] = (),
    ) -> int:
        """Store a highlight (inside a transaction)."""
        cur = self.db.execute(
            "INSERT INTO highlights(article_id, quote, note, start, end, created_at, labels) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, quote, note, start, end, created_at or utcnow(),
             json.dumps([str(x) for x in labels], ensure_ascii=False)),
        )  # fmt: skip
        return int(cur.lastrowid or 0)

    def highlights_of(self, article_id: int) -> list[dict[str, Any]]:
        """An article's highlights in text order (then creation order)."""
        rows = self.db.execute(
            "SELECT id, quote, note, start, end, created_at, labels FROM highlights "
            "WHERE article_id = ? ORDER BY COALESCE(start, 1e18), id",
            (article_id,),
        ).fetchall()
        return [_highlight(r) for r in rows]

    def highlight_counts(self, ids: Sequence[int]) -> dict[int, int]:
        """How many highlights each of these articles has (absent: none)."""
        out: dict[int, int] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT article_id, COUNT(*) FROM highlights WHERE article_id IN ({marks}) "
                "GROUP BY article_id",
                chunk,
            ):
                out[int(row[0])] = int(row[1])
        return out

    def all_highlights(self) -> list[dict[str, Any]]:
        """Every highlight of the library, by article then text order."""
        rows = self.db.execute(
            "SELECT id, article_id, quote, note, start, end, created_at, labels FROM highlights "
            "ORDER BY article_id, COALESCE(start, 1e18), id"
        ).fetchall()
        return [_highlight(r) for r in rows]

    def highlight_article(self, highlight_id: int) -> int | None:
        """The article a highlight belongs to, or None when there is no such highlight."""
        row = self.db.execute(
            "SELECT article_id FROM highlights WHERE id = ?", (highlight_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def update_highlight(self, highlight_id: int, **values: Any) -> None:
        """Change a highlight's note, start or end (inside a transaction)."""
        allowed = {k: v for k, v in values.items() if k in ("note", "start", "end", "quote")}
        if allowed:
            sets = ", ".join(f"{k} = ?" for k in allowed)
            self.db.execute(
                f"UPDATE highlights SET {sets} WHERE id = ?", (*allowed.values(), highlight_id)
            )

    def delete_highlight(self, highlight_id: int) -> None:
        """Remove a highlight (inside a transaction)."""
        self.db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))

    def integrity_check(self) -> str:
        """SQLite's own check: 'ok' when the file is sound."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])


def _highlight(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    try:
        labels = json.loads(data.get("labels") or "[]")
    except ValueError:
        labels = []
    data["labels"] = [str(x) for x in labels] if isinstance(labels, list) else []
    return data


def _to_sql(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


#: Primary result codes that come from the machine, not from a bug: busy, locked,
#: read-only, I/O error, corrupt, full, cannot open, not a database.
_ENVIRONMENTAL = frozenset({5, 6, 8, 10, 11, 13, 14, 26})


def _is_environmental(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _ENVIRONMENTAL


def translate(exc: sqlite3.Error, doing: str) -> StorageError:
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
    if "malformed" in text or "not a database" in text:
        return StorageError(
            f"Could not {doing}: the library database is damaged ({exc}). Restore it from a backup."
        )
    return StorageError(f"Could not {doing}: {exc}.")


__all__ = [
    "ARTICLE_COLUMNS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SORTS",
    "ArticleFilter",
    "ArticleRecord",
    "ArticleSummary",
    "Store",
    "translate",
    "utcnow",
]
