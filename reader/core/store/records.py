"""What the store hands out: articles, list rows and list filters (plain data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from reader.core.urls import display_host


def utcnow() -> str:
    """The current time as an ISO 8601 UTC string (second precision)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def site_or_host(site_name: str, url: str) -> str:
    """What to call an article's source: its site name, else its URL's host (as its
    readers write it: ``bücher.example``, never a user name or password)."""
    return site_name or display_host(urlsplit(url).hostname or "")


@dataclass
class ArticleRecord:
    """One saved article, as the library returns it."""

    id: int
    url: str
    final_url: str
    canonical_url: str | None
    norm_url: str
    title: str
    authors: list[str]
    published: str | None
    site_name: str
    language: str | None
    lead_image: str | None
    excerpt: str
    word_count: int
    reading_minutes: int
    html: str
    text: str
    saved_at: str
    updated_at: str
    is_read: bool
    is_favorite: bool
    is_archived: bool
    read_position: float
    extractor_version: str
    status: str
    source: str
    tags: list[str] = field(default_factory=list)
    note: str = ""  # the reader's own note (a page note, a bookmark's description)
    cleaned_title: str | None = None  # the cleaner's title, when the kept one differs
    feed_id: int | None = None  # the feed it came from
    feed_title: str | None = None
    feed_folder: str | None = None

    @property
    def display_site(self) -> str:
        """The site name, or the host when the page named none."""
        return site_or_host(self.site_name, self.final_url or self.url)


@dataclass
class ArticleSummary:
    """The small part of an article a list shows (no body)."""

    id: int
    title: str
    url: str
    site_name: str
    published: str | None
    saved_at: str
    reading_minutes: int
    excerpt: str
    is_read: bool
    is_favorite: bool
    is_archived: bool
    status: str
    feed_id: int | None = None
    language: str | None = None
    word_count: int = 0

    @property
    def display_site(self) -> str:
        """The site name, or the host when the page named none."""
        return site_or_host(self.site_name, self.url)


@dataclass(frozen=True)
class SavedUnder:
    """An article found under an address key: enough to tell whether a new page is it."""

    id: int
    norm_url: str
    title: str
    text: str  # the start of it


@dataclass
class ArticleFilter:
    """Which articles a list shows. ``None`` means "either"."""

    is_read: bool | None = None
    is_favorite: bool | None = None
    is_archived: bool | None = None
    tag: str | None = None
    site: str | None = None
    ids: Sequence[int] | None = None
    feed: int | None = None  # articles that came from this feed
    folder: str | None = None  # articles from the feeds in this folder
