"""The subscription store: feeds, page watches, folders and the items each has seen.

Tables ``feeds`` and ``feed_seen`` live in the library database (see
:mod:`reader.core.store.schema`); articles point at their feed with ``articles.feed_id``.
A feed remembers every item it has handed to the library, by GUID (within the feed)
and by normalised address (across feeds), so an article deleted by the reader does not
come back at the next refresh, and a story two feeds carry is saved once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.core.errors import FeedError, NotFoundError
from reader.core.store.records import utcnow

if TYPE_CHECKING:
    from reader.core.store import Store

#: Minutes between two refreshes of a feed unless it says otherwise.
DEFAULT_INTERVAL = 60
#: How many of a new feed's items its first refresh saves (the newest).
DEFAULT_FIRST_ITEMS = 30
_INTERVAL_KEY = "feeds.interval_minutes"
_FIRST_KEY = "feeds.first_items"

#: Columns ``update_feed`` may set.
FEED_COLUMNS = (
    "url", "kind", "title", "site_url", "folder", "full_text", "interval_minutes",
    "keep_days", "etag", "last_modified", "last_refresh", "last_success", "next_due",
    "failures", "error", "gone",
)  # fmt: skip


@dataclass
class Feed:
    """One subscription: a feed, or a page watch (``kind == "watch"``).

    Attributes:
        unread: Unread articles from it (filled by :func:`list_feeds`).
        total: All its articles still in the library.
    """

    id: int
    url: str
    kind: str
    title: str
    site_url: str | None
    folder: str
    full_text: bool
    interval_minutes: int | None
    keep_days: int | None
    etag: str | None
    last_modified: str | None
    added_at: str
    last_refresh: str | None
    last_success: str | None
    next_due: str | None
    failures: int
    error: str | None
    gone: bool
    unread: int = 0
    total: int = 0

    @property
    def is_watch(self) -> bool:
        """True for a page watch (a page followed for new links; not a feed)."""
        return self.kind == "watch"

    @property
    def display_title(self) -> str:
        """The title, or the address when the feed has none."""
        return self.title or self.url

    def as_json(self) -> dict[str, Any]:
        """What ``kliping feeds list --json`` prints for it."""
        return {
            "id": self.id, "title": self.display_title, "url": self.url,
            "site_url": self.site_url, "folder": self.folder or None,
            "kind": self.kind, "unread": self.unread, "articles": self.total,
            "last_refresh": self.last_refresh, "error": self.error,
            "full_text_in_feed": self.full_text, "interval": self.interval_minutes,
            "keep_days": self.keep_days, "gone": self.gone,
        }  # fmt: skip


def _feed(row: sqlite3.Row) -> Feed:
    data = dict(row)
    data["full_text"] = bool(data["full_text"])
    data["gone"] = bool(data["gone"])
    return Feed(**data)


_LIST_SQL = """
SELECT f.*,
    (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id AND a.is_read = 0) AS unread,
    (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS total
FROM feeds f
"""


def list_feeds(st: Store, ids: Sequence[int] | None = None) -> list[Feed]:
    """Feeds with their unread counts, by folder then title."""
    where, args = "", []
    if ids is not None:
        marks = ",".join("?" * len(ids)) or "NULL"
        where, args = f" WHERE f.id IN ({marks})", list(ids)
    rows = st.db.execute(
        _LIST_SQL + where + " ORDER BY f.folder COLLATE NOCASE, f.title COLLATE NOCASE, f.id",
        args,
    ).fetchall()
    return [_feed(r) for r in rows]


def get_feed(st: Store, feed_id: int) -> Feed:
    """One feed; NotFoundError when there is none with that id."""
    found = list_feeds(st, [feed_id])
    if not found:
        raise NotFoundError(f"There is no feed {feed_id}; `kliping feeds list` shows them.")
    return found[0]


def feed_by_url(st: Store, url: str) -> Feed | None:
    """The feed subscribed under exactly this address, if any."""
    row = st.db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
    return get_feed(st, int(row[0])) if row else None


def insert_feed(
    st: Store,
    url: str,
    *,
    kind: str = "feed",
    title: str = "",
    site_url: str | None = None,
    folder: str = "",
    full_text: bool = False,
) -> int:
    """Add a subscription (inside a transaction). FeedError when already subscribed."""
    existing = feed_by_url(st, url)
    if existing is not None:
        raise FeedError(
            f"Already subscribed to {url} as feed {existing.id} ({existing.display_title})."
        )
    cur = st.db.execute(
        "INSERT INTO feeds(url, kind, title, site_url, folder, full_text, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (url, kind, title, site_url, clean_folder(folder), int(full_text), utcnow()),
    )
    return int(cur.lastrowid or 0)


def update_feed(st: Store, feed_id: int, values: dict[str, Any]) -> None:
    """Set columns of one feed (inside a transaction)."""
    cols = [c for c in values if c in FEED_COLUMNS]
    if not cols:
        return
    sets = ", ".join(f"{c} = ?" for c in cols)
    args = [int(v) if isinstance(v, bool) else v for v in (values[c] for c in cols)]
    cur = st.db.execute(f"UPDATE feeds SET {sets} WHERE id = ?", [*args, feed_id])
    if cur.rowcount == 0:
        raise NotFoundError(f"There is no feed {feed_id}; `kliping feeds list` shows them.")
    if "title" in values or "folder" in values:  # the index knows their feed's name, folder
        for (article_id,) in st.db.execute("SELECT id FROM articles WHERE feed_id = ?", (feed_id,)):
            st.queue_index(int(article_id), "upsert")


def delete_feeds(st: Store, ids: Sequence[int]) -> None:
    """Remove subscriptions (inside a transaction); their articles stay."""
    for feed_id in ids:
        rows = st.db.execute("SELECT id FROM articles WHERE feed_id = ?", (feed_id,)).fetchall()
        st.db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
        for (article_id,) in rows:
            st.queue_index(int(article_id), "upsert")


def folders(st: Store) -> list[str]:
    """Folder names in use, alphabetically."""
    rows = st.db.execute(
        "SELECT DISTINCT folder FROM feeds WHERE folder != '' ORDER BY folder COLLATE NOCASE"
    ).fetchall()
    return [str(r[0]) for r in rows]


def clean_folder(name: str | None) -> str:
    """A folder name as stored: whitespace collapsed ('' is no folder)."""
    return " ".join(str(name or "").split())


# Items seen ------------------------------------------------------------------------------


def is_seen(st: Store, feed_id: int, keys: Sequence[str]) -> bool:
    """True when this feed has seen the item's GUID, or any feed has seen its address."""
    guid_keys = [k for k in keys if k.startswith("guid:")]
    url_keys = [k for k in keys if k.startswith("url:")]
    if guid_keys:
        marks = ",".join("?" * len(guid_keys))
        if st.db.execute(
            f"SELECT 1 FROM feed_seen WHERE feed_id = ? AND key IN ({marks}) LIMIT 1",
            (feed_id, *guid_keys),
        ).fetchone():
            return True
    if url_keys:
        marks = ",".join("?" * len(url_keys))
        if st.db.execute(
            f"SELECT 1 FROM feed_seen WHERE key IN ({marks}) LIMIT 1", url_keys
        ).fetchone():
            return True
    return False


def mark_seen(st: Store, feed_id: int, keys: Iterable[str], article_id: int | None) -> None:
    """Remember an item (inside a transaction)."""
    now = utcnow()
    for key in keys:
        st.db.execute(
            "INSERT INTO feed_seen(feed_id, key, article_id, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(feed_id, key) DO UPDATE SET "
            "article_id = COALESCE(excluded.article_id, feed_seen.article_id)",
            (feed_id, key, article_id, now),
        )


def expirable(st: Store, feed_id: int, days: int) -> list[int]:
    """Read articles of a feed saved more than ``days`` ago that nobody kept on purpose:
    not favourites, not tagged, not highlighted."""
    cutoff = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).replace(microsecond=0)
    rows = st.db.execute(
        "SELECT id FROM articles a WHERE feed_id = ? AND is_read = 1 AND is_favorite = 0 "
        "AND saved_at < ? "
        "AND NOT EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id) "
        "AND NOT EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id) ORDER BY id",
        (feed_id, cutoff.isoformat().replace("+00:00", "Z")),
    ).fetchall()
    return [int(r[0]) for r in rows]


# Settings ----------------------------------------------------------------------------------


@dataclass
class FeedSettings:
    """Library-wide feed settings (kept in the library's ``meta`` table).

    Attributes:
        interval_minutes: Minutes between refreshes of a feed without its own.
        first_items: How many of a new feed's newest items its first refresh saves.
    """

    interval_minutes: int = DEFAULT_INTERVAL
    first_items: int = DEFAULT_FIRST_ITEMS

    @classmethod
    def load(cls, st: Store) -> FeedSettings:
        """The settings of a library (defaults for what was never set)."""
        return cls(
            interval_minutes=_int(st.get_meta(_INTERVAL_KEY), DEFAULT_INTERVAL),
            first_items=_int(st.get_meta(_FIRST_KEY), DEFAULT_FIRST_ITEMS),
        )

    def save(self, st: Store) -> None:
        """Keep them in the library."""
        st.set_meta(_INTERVAL_KEY, str(max(1, self.interval_minutes)))
        st.set_meta(_FIRST_KEY, str(max(0, self.first_items)))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
