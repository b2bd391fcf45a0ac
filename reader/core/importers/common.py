"""What every import format turns into: a list of :class:`Entry`, plus small parsers."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import ImportExportError
from reader.core.library import SaveOptions
from reader.core.library.options import url_key
from reader.core.urls import display_url

log = logging.getLogger(__name__)

Highlight = dict[str, Any]  # {"quote", "note", "created_at"}
_WHOLE_PAGE = re.compile(r"<(html|body|head)[\s>]", re.IGNORECASE)


@dataclass
class Entry:
    """One thing to import: a URL with what the export knows about it.

    Attributes:
        url: The article's address (http, https; file: for local pages).
        where: Where it was found ("part_000000.csv line 7"), for messages.
        content: Returns the HTML the export carries (Omnivore, wallabag), if any.
        path: A page on disk to save (local ``.html`` files).
        record: A whole article from a Kliping JSON export (saved as is).
        error: Why this entry cannot be imported (found while reading the export).
    """

    url: str
    where: str
    title: str = ""
    author: str = ""
    published: str = ""
    tags: list[str] = field(default_factory=list)
    saved_at: str | None = None
    is_read: bool | None = None
    is_favorite: bool | None = None
    is_archived: bool | None = None
    highlights: list[Highlight] = field(default_factory=list)
    source: str = "import"
    content: Callable[[], str] | None = None
    path: Path | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    note: str = ""
    files: Callable[[str], bytes] | None = None  # reads the export's other files (a ZIP's)

    @property
    def label(self) -> str:
        """How the entry is shown in progress and failure lines (never with a password)."""
        return display_url(self.url) if self.url else self.where

    def options(self, *, fetch_images: bool = True) -> SaveOptions:
        """The library's view of what this entry keeps.

        The export's title is the reader's and wins over the cleaner's; a page saved
        from disk has only its file name, which does not.
        """
        authors = [a.strip() for a in self.author.split(",") if a.strip()]
        return SaveOptions(
            tags=list(self.tags), saved_at=self.saved_at, is_read=self.is_read,
            is_favorite=self.is_favorite, is_archived=self.is_archived,
            highlights=list(self.highlights),
            title=(" ".join(self.title.split()) or None) if self.path is None else None,
            source=self.source, authors=authors, published=to_utc(self.published),
            note=self.note, fetch_images=fetch_images,
        )  # fmt: skip

    def merge(self, other: Entry) -> None:
        """Fold a repeat of the same URL into this entry (nothing of either is lost)."""
        self.title = self.title or other.title
        self.author = self.author or other.author
        self.published = self.published or other.published
        if other.note and other.note not in self.note:
            self.note = f"{self.note}\n\n{other.note}".strip()
        self.tags = _unique([*self.tags, *other.tags])
        for flag in ("is_read", "is_favorite", "is_archived"):
            mine, theirs = getattr(self, flag), getattr(other, flag)
            if theirs is not None:
                setattr(self, flag, bool(mine) or theirs)
        if other.saved_at and (not self.saved_at or other.saved_at < self.saved_at):
            self.saved_at = other.saved_at
        quotes = {h["quote"] for h in self.highlights}
        self.highlights += [h for h in other.highlights if h["quote"] not in quotes]
        self.content = self.content or other.content


def as_page(content: str, entry: Entry) -> str:
    """The HTML an export carries, as a whole page the cleaner can read.

    Omnivore and wallabag keep only the article's body (a fragment); the cleaner needs a
    document, so the fragment is wrapped with what the export knows: title, address,
    author and date. Whole pages are left as they are.
    """
    if _WHOLE_PAGE.search(content[:4096]):
        return content
    head = [
        '<meta charset="utf-8">',
        f"<title>{html.escape(entry.title)}</title>",
        f'<meta property="og:title" content="{html.escape(entry.title)}">',
        f'<link rel="canonical" href="{html.escape(entry.url)}">',
    ]
    if entry.author:
        head.append(f'<meta name="author" content="{html.escape(entry.author)}">')
    if entry.published:
        published = html.escape(entry.published)
        head.append(f'<meta property="article:published_time" content="{published}">')
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
        f"<article>\n{content}\n</article>\n</body>\n</html>\n"
    )


def dedupe(entries: Iterable[Entry]) -> list[Entry]:
    """Merge entries that name the same article, keeping first-seen order."""
    out: dict[str, Entry] = {}
    for entry in entries:
        if entry.error or entry.path is not None:
            out[f"\x00{len(out)}"] = entry
            continue
        key = url_key(entry.url)
        if key in out:
            out[key].merge(entry)
        else:
            out[key] = entry
    return list(out.values())


def to_utc(value: Any) -> str | None:
    """A time from an export as ``YYYY-MM-DDTHH:MM:SSZ``, or None when absent or odd.

    Accepts Unix seconds (or milliseconds, or microseconds), ISO 8601 with or without an
    offset (naive times are taken as UTC) and RFC 2822 dates.
    """
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text:
        return None
    moment: dt.datetime | None = None
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        if number <= 0:
            return None
        if number > 1e14:  # microseconds (Firefox's bookmark times, some ADD_DATEs)
            number /= 1_000_000
        elif number > 1e11:  # milliseconds
            number /= 1000
        try:
            moment = dt.datetime.fromtimestamp(number, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    else:
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            try:
                moment = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC).replace(microsecond=0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def split_tags(value: Any, separators: str = ",") -> list[str]:
    """Tags from a cell: a JSON list, or text split on any of ``separators``."""
    if value is None:
        return []
    if isinstance(value, list):
        items: list[Any] = value
    else:
        text = str(value).strip()
        if not text:
            return []
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return split_tags(parsed, separators)
        for sep in separators[1:]:
            text = text.replace(sep, separators[0])
        items = text.split(separators[0])
    names = []
    for item in items:
        name = item.get("label") or item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str | int | float) and str(name).strip():
            names.append(" ".join(str(name).split()))
    return _unique(names)


def truthy(value: Any) -> bool:
    """A flag from an export: 1, "1", true, "true", "yes"."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y")
    return bool(value)


def highlight(
    quote: Any, note: Any = "", created_at: Any = None, labels: Sequence[str] = ()
) -> Highlight | None:
    """A highlight for :class:`SaveOptions`, or None when it has no text."""
    text = str(quote or "").strip()
    if not text:
        return None
    return {
        "quote": text, "note": str(note or "").strip(), "created_at": to_utc(created_at),
        "labels": [str(x) for x in labels if str(x).strip()],
    }  # fmt: skip


def decode_text(data: bytes, label: str) -> str:
    """Text from an export file (UTF-8 with or without BOM, or UTF-16 with its BOM, as
    spreadsheets save "Unicode text"); an error names the line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportExportError(
                f"{label}: broken UTF-16 text; save the file as UTF-8 and import again."
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportExportError(
            f"{label} line {line}: not UTF-8 text; save the file as UTF-8 and import again."
        ) from exc


def parse_json(data: bytes, label: str) -> Any:
    """JSON from an export file; an error names the file and line."""
    text = decode_text(data, label)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportExportError(
            f"{label} line {exc.lineno}: broken JSON ({exc.msg}); the export may be "
            "truncated, download it again."
        ) from exc


def _unique(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out
