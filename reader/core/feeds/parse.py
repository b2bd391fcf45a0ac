"""Reading a feed: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with feedparser, JSON Feed 1.0/1.1
with :mod:`json`, all into the same :class:`ParsedFeed` of :class:`FeedItem`.

feedparser is given bytes only (never an address: it would fetch it itself), with the
feed's address as its base, so relative links resolve against the feed and ``xml:base``.
It keeps the items of a malformed or truncated document that parse (its loose parser
takes over), drops entity declarations other than character references (so an entity
expansion bomb expands to nothing) and reads no external entity.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import re
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from reader.core.errors import FeedError
from reader.core.urls import shorten_url

log = logging.getLogger(__name__)

#: Media types of a JSON Feed; a body that starts with "{" is also tried.
JSON_TYPES = frozenset({"application/feed+json", "application/json"})
#: Enclosure and link types that are not web pages (never fetched as articles).
_MEDIA_PREFIXES = ("audio/", "video/", "image/")
_DOCUMENT_TYPES = frozenset({"application/pdf", "application/epub+zip", "application/zip"})
_FILE_ENDINGS = (
    ".mp3", ".m4a", ".ogg", ".opus", ".wav", ".flac", ".aac", ".mp4", ".m4v", ".webm",
    ".mov", ".pdf", ".epub", ".zip", ".jpg", ".jpeg", ".png", ".gif", ".webp",
)  # fmt: skip
#: A date more than this far ahead is a feed's mistake, not a publication date.
_FUTURE_SLACK = dt.timedelta(days=1)


@dataclass
class FeedItem:
    """One entry of a feed, whatever its format.

    Attributes:
        guid: The feed's own id for the entry (RSS guid, Atom id, JSON Feed id).
        link: The article's absolute http(s) address, or None.
        title: The entry's title (plain text).
        content_html: The fullest HTML the feed carries for it (content:encoded,
            Atom content, content_html), else the summary; may be empty.
        full_content: True when ``content_html`` is the entry's content, not a summary.
        published: ISO 8601 UTC time, or None when missing or in the future.
        authors: Author names.
        enclosures: (url, media type) of attached files.
    """

    guid: str | None
    link: str | None
    title: str
    content_html: str = ""
    full_content: bool = False
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    enclosures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def link_is_file(self) -> bool:
        """True when the link is an audio, video, image or PDF file, not a web page."""
        if self.link is None:
            return False
        types = {u: t for u, t in self.enclosures}
        kind = types.get(self.link, "")
        if kind.startswith(_MEDIA_PREFIXES) or kind in _DOCUMENT_TYPES:
            return True
        path = urllib.parse.urlsplit(self.link).path.lower()
        return path.endswith(_FILE_ENDINGS)


@dataclass
class ParsedFeed:
    """A feed's title, site and items, and what was wrong with it if anything.

    Attributes:
        format: "rss", "atom", "json" (or "unknown" for feedparser's guess).
        title: The feed's title.
        site_url: The site it belongs to (its ``<link>``/``home_page_url``).
        items: Entries in the feed's order.
        problem: A one-line description of a malformed feed whose readable items were
            kept; None when the feed was well formed.
    """

    format: str
    title: str
    site_url: str | None
    items: list[FeedItem]
    problem: str | None = None


def looks_like_feed(body: bytes, content_type: str) -> bool:
    """A cheap test: is this body a feed rather than a web page?"""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if content_type in JSON_TYPES or head.startswith(b"{"):
        return b"jsonfeed.org" in body[:4096].lower()
    if "rss" in content_type or "atom" in content_type or "rdf" in content_type:
        return True
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return any(tag in body[:8192].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    return False


def parse_feed(
    body: bytes, url: str, content_type: str = "", charset: str | None = None
) -> ParsedFeed:
    """Parse a feed's bytes fetched from ``url``.

    Raises:
        FeedError: The body is not a feed at all (an HTML page, garbage, an empty body).
    """
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if content_type in JSON_TYPES or head.startswith(b"{"):
        return _parse_json(body, url)
    return _parse_xml(body, url, content_type, charset)


# XML (feedparser) ------------------------------------------------------------------------


#: A DOCTYPE with an internal subset that declares entities (in the prolog).
_ENTITY_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*\[[^\]]*<!ENTITY.*?\]\s*>", re.S | re.I)


def _without_entities(body: bytes) -> tuple[bytes, bool]:
    """Drop a DOCTYPE that declares entities: real feeds do not, and an entity expansion
    bomb or an external entity does (expat would spend seconds on a bomb before its
    amplification limit stops it)."""
    head = body[:65536]
    match = _ENTITY_DOCTYPE.search(head)
    if match is None:
        return body, False
    return body[: match.start()] + body[match.end() :], True


def _parse_xml(body: bytes, url: str, content_type: str, charset: str | None) -> ParsedFeed:
    import feedparser

    body, dropped = _without_entities(body)

    header = content_type or "application/xml"
    if charset:
        header += f"; charset={charset}"
    parsed = feedparser.parse(
        body,
        response_headers={"content-type": header, "content-location": url},
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    version = str(parsed.get("version") or "")
    entries = parsed.get("entries") or []
    if not version and not entries:
        why = _bozo_reason(parsed)
        raise FeedError(f"{shorten_url(url)} is not a feed" + (f" ({why})." if why else "."))
    feed = parsed.get("feed") or {}
    items = [_item_from_entry(e, url) for e in entries]
    problem = "entity declarations ignored" if dropped else None
    if parsed.get("bozo") and not _harmless(parsed.get("bozo_exception")):
        problem = f"the feed is malformed ({_bozo_reason(parsed)}); {len(items)} items read"
        log.info("feed %s: %s", url, problem)
    fmt = "atom" if version.startswith("atom") else "rss" if version else "unknown"
    return ParsedFeed(
        format=fmt,
        title=_text(feed.get("title")) or "",
        site_url=_http(feed.get("link"), url),
        items=[i for i in items if i is not None],
        problem=problem,
    )


def _harmless(exc: object) -> bool:
    # A charset the server named wrongly, which feedparser worked around.
    name = type(exc).__name__
    return name in ("CharacterEncodingOverride", "NonXMLContentType")


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return ""
    text = " ".join(str(getattr(exc, "getMessage", lambda: exc)()).split())
    return text[:120] or type(exc).__name__


def _item_from_entry(entry: Any, base: str) -> FeedItem | None:
    enclosures = [
        (str(link.get("href")), str(link.get("type") or ""))
        for link in entry.get("links") or []
        if link.get("rel") == "enclosure" and link.get("href")
    ]
    link = _http(entry.get("link"), base)
    guid = str(entry.get("id") or "").strip() or None
    if link is None and guid and entry.get("guidislink", False):
        link = _http(guid, base)
    content = ""
    full = False
    for part in entry.get("content") or []:
        value = str(part.get("value") or "")
        if len(value) > len(content):
            content, full = value, True
    summary = str(entry.get("summary") or "")
    if not content or (len(summary) > len(content) * 2 and not full):
        content, full = summary, False
    published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    authors = [str(a.get("name")) for a in entry.get("authors") or [] if a.get("name")]
    return FeedItem(
        guid=guid,
        link=link,
        title=_text(entry.get("title")) or "",
        content_html=content,
        full_content=full,
        published=published,
        authors=authors,
        enclosures=enclosures,
    )


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None
    return _iso(when)


# JSON Feed ---------------------------------------------------------------------------------


def _parse_json(body: bytes, url: str) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8-sig", "replace"))
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"{shorten_url(url)} is not a readable JSON Feed ({exc}).") from exc
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FeedError(f"{shorten_url(url)} is JSON, but not a JSON Feed.")
    base = url
    home = _http(data.get("home_page_url"), url)
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raw_items = []
    items: list[FeedItem] = []
    for raw in raw_items:
        if not isinstance(raw, dict):
            continue
        link = _http(raw.get("url"), base) or _http(raw.get("external_url"), base)
        html = raw.get("content_html")
        text = raw.get("content_text")
        summary = raw.get("summary")
        content, full = "", False
        if isinstance(html, str) and html.strip():
            content, full = html, True
        elif isinstance(text, str) and text.strip():
            content, full = _text_to_html(text), True
        elif isinstance(summary, str):
            content = _text_to_html(summary)
        authors = raw.get("authors")
        if not isinstance(authors, list):
            authors = [raw["author"]] if isinstance(raw.get("author"), dict) else []
        names = [str(a["name"]) for a in authors if isinstance(a, dict) and a.get("name")]
        attachments = raw.get("attachments")
        if not isinstance(attachments, list):
            attachments = []
        enclosures = [
            (u, str(a.get("mime_type") or ""))
            for a in attachments
            if isinstance(a, dict) and (u := _http(a.get("url"), base))
        ]
        guid = raw.get("id")
        items.append(
            FeedItem(
                guid=(str(guid).strip() or None) if guid is not None else None,
                link=link,
                title=" ".join(str(raw.get("title") or "").split()),
                content_html=content,
                full_content=full,
                published=_json_date(raw.get("date_published") or raw.get("date_modified")),
                authors=names,
                enclosures=enclosures,
            )
        )
    return ParsedFeed(
        format="json",
        title=" ".join(str(data.get("title") or "").split()),
        site_url=home,
        items=items,
    )


def _json_date(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return _iso(when)


def _text_to_html(text: str) -> str:
    import html

    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


# Shared --------------------------------------------------------------------------------------


def _iso(when: dt.datetime) -> str | None:
    if when > dt.datetime.now(dt.UTC) + _FUTURE_SLACK:
        return None  # a date in the future is a mistake; the saved time stands in
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _text(value: object) -> str:
    if not value:
        return ""
    import html as _html

    from lxml import etree
    from lxml import html as lxml_html

    text = str(value)
    if "<" in text:
        try:
            text = str(lxml_html.fromstring(text).text_content())
        except (ValueError, etree.LxmlError):
            text = _html.unescape(text)
    return " ".join(text.split())


def _http(value: object, base: str) -> str | None:
    """An absolute http(s) address from a possibly relative link, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        absolute = urllib.parse.urljoin(base, value.strip())
    except ValueError:
        return None
    if urllib.parse.urlsplit(absolute).scheme.lower() not in ("http", "https"):
        return None
    return absolute
