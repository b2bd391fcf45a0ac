"""What a save is asked and what it answers: :class:`SaveOptions`, :class:`SaveResult`,
the progress callback, and the keys the library finds an article and a tag by."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core.urls import is_http, normalize_url

if TYPE_CHECKING:
    from reader.core.store import Store

#: Called with a stage name: "fetching", "cleaning", "images", "saving".
Progress = Callable[[str], None]


@dataclass
class SaveOptions:
    """What an import knows about an entry beyond its page (all optional)."""

    tags: Sequence[str] = ()
    saved_at: str | None = None
    is_read: bool | None = None
    is_favorite: bool | None = None
    is_archived: bool | None = None
    highlights: Sequence[dict[str, Any]] = ()  # {"quote", "note", "created_at", "labels"}
    #: The title the reader kept in another service: it wins over the cleaner's (which is
    #: kept as ``cleaned_title`` when it differs).
    title: str | None = None
    source: str = "url"
    authors: Sequence[str] = ()  # the export's byline, when the page gives none
    published: str | None = None  # the export's publication date, when the page has none
    note: str = ""  # the reader's own note on the article
    #: False keeps the page's images as remote links marked missing (``--no-fetch``);
    #: ``refetch`` fetches them later.
    fetch_images: bool = True
    status: str = "ok"  # "feed-text": saved from a feed's own content, not the page
    feed_id: int | None = None  # the feed the article came from
    #: Called inside the transaction that inserts the article, with the store and the
    #: new id, so what the caller records about it (a feed's seen items) is written
    #: together with the article or not at all.
    on_insert: Callable[[Store, int], None] | None = None


@dataclass
class SaveResult:
    """The outcome of one save."""

    id: int
    status: str  # "saved", "refreshed", "duplicate" or "link-only"
    title: str
    url: str
    missing_images: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        """One line for the person who asked."""
        title = self.title or self.url
        if self.status == "duplicate":
            notes = f" ({'; '.join(self.warnings)})" if self.warnings else ""
            return f"Already saved as {self.id}: {title}{notes}"
        verb = {"refreshed": "Refreshed", "link-only": "Kept the link"}.get(self.status, "Saved")
        extra = f" ({self.missing_images} images missing)" if self.missing_images else ""
        return f"{verb} {self.id}: {title}{extra}"


def url_key(url: str | None) -> str:
    """The key under which the library finds an article by its URL (normalised if http)."""
    if not url:
        return ""
    return normalize_url(url) if is_http(url) else url


def one_line(text: str) -> str:
    """A title on one line: newlines and runs of spaces become one space."""
    return " ".join(str(text or "").split())


def clean_tags(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        t = " ".join(str(tag).split()).strip()
        if t and t.lower() not in (x.lower() for x in out):
            out.append(t)
    return out
