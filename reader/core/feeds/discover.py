"""Finding a site's feeds from its address (or a feed's own address).

A feed's address is recognised as a feed. A page's feeds are its ``<link
rel="alternate">`` of RSS, Atom and JSON Feed types; when it names none, the common
paths (``/feed``, ``/rss``, ``/atom.xml``, ``/index.xml``, ``/feed.xml``) of its site
are tried. Every candidate is fetched and parsed before it is offered, so the reader
picks among feeds that work.
"""

from __future__ import annotations

import logging
import threading
import urllib.parse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.errors import FeedError, FetchError
from reader.core.feeds.parse import ParsedFeed, looks_like_feed, parse_feed
from reader.core.urls import check_http_url, normalize_url, shorten_url

if TYPE_CHECKING:
    from reader.core.fetch import FetchedResource, Fetcher

log = logging.getLogger(__name__)

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/rdf+xml",
        "application/json",
        "application/xml",
        "text/xml",
    }
)
COMMON_PATHS = ("/feed", "/rss", "/atom.xml", "/index.xml", "/feed.xml", "/rss.xml", "/feed/")
_MAX_CANDIDATES = 8


@dataclass
class FoundFeed:
    """A feed found at or for an address.

    Attributes:
        url: The feed's address (after permanent redirects).
        title: Its title (the page's link title when the feed has none).
        format: "rss", "atom" or "json".
        items: How many entries it holds now.
        site_url: The site it belongs to.
    """

    url: str
    title: str
    format: str
    items: int
    site_url: str | None


@dataclass
class Discovery:
    """What an address holds: feeds, and the page itself (for a page watch).

    Attributes:
        url: The address asked about.
        page_url: The HTML page's final address when the address was a page, else None.
        page_title: The page's ``<title>``.
        feeds: The working feeds found, the page's own order first.
    """

    url: str
    page_url: str | None
    page_title: str
    feeds: list[FoundFeed] = field(default_factory=list)


def discover(fetcher: Fetcher, url: str, cancel: threading.Event | None = None) -> Discovery:
    """Find the feeds at ``url`` (a feed's address or a site's page).

    Raises:
        FetchError: The address itself could not be fetched.
        FeedError: It answered with something that is neither a feed nor a web page.
    """
    url = check_http_url(url)
    res = fetcher.fetch_resource(url, cancel)
    if looks_like_feed(res.body, res.content_type):
        parsed = parse_feed(res.body, res.final_url, res.content_type, _charset(res))
        return Discovery(url, None, parsed.title, [_found(res, parsed, parsed.title)])
    from reader.core.fetch import decode_html

    text, _ = decode_html(res.body, res.headers.get("content-type"))
    if not _is_html(res.content_type, text):
        kind = res.content_type or "no type"
        raise FeedError(f"{shorten_url(url)} is neither a feed nor a web page ({kind}).")
    title, links = feed_links(text, res.final_url)
    found: list[FoundFeed] = []
    seen: set[str] = set()
    for link, link_title in links[:_MAX_CANDIDATES]:
        feed = _try(fetcher, link, link_title, cancel)
        if feed is not None and normalize_url(feed.url) not in seen:
            seen.add(normalize_url(feed.url))
            found.append(feed)
    if not found:
        origin = _origin(res.final_url)
        for path in COMMON_PATHS:
            feed = _try(fetcher, origin + path, "", cancel)
            if feed is not None and normalize_url(feed.url) not in seen:
                seen.add(normalize_url(feed.url))
                found.append(feed)
                break  # the common paths usually name one feed several ways
    return Discovery(url, res.final_url, title, found)


def feed_links(html: str, base: str) -> tuple[str, list[tuple[str, str]]]:
    """A page's title and its ``<link rel="alternate">`` feeds as (address, title)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, etree.LxmlError):
        return "", []
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urllib.parse.urljoin(base, str(base_el.get("href") or "").strip())
    title_el = root.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    links: list[tuple[str, str]] = []
    for el in root.iter("link"):
        rel = str(el.get("rel") or "").lower().split()
        kind = str(el.get("type") or "").split(";")[0].strip().lower()
        href = str(el.get("href") or "").strip()
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        try:
            absolute = urllib.parse.urljoin(base, href)
        except ValueError:
            continue
        if urllib.parse.urlsplit(absolute).scheme in ("http", "https"):
            links.append((absolute, " ".join(str(el.get("title") or "").split())))
    # Comment feeds come last: a reader subscribes to the articles.
    links.sort(key=lambda pair: "comment" in (pair[0] + pair[1]).lower())
    return title, links


def _try(
    fetcher: Fetcher, url: str, title: str, cancel: threading.Event | None
) -> FoundFeed | None:
    try:
        res = fetcher.fetch_resource(url, cancel)
        if not looks_like_feed(res.body, res.content_type):
            return None
        parsed = parse_feed(res.body, res.final_url, res.content_type, _charset(res))
    except (FetchError, FeedError) as exc:
        log.info("discovery: %s is not a working feed: %s", url, exc)
        return None
    return _found(res, parsed, title)


def _found(res: FetchedResource, parsed: ParsedFeed, fallback_title: str) -> FoundFeed:
    return FoundFeed(
        url=res.moved_to or res.url,
        title=parsed.title or fallback_title or urllib.parse.urlsplit(res.url).netloc,
        format=parsed.format,
        items=len(parsed.items),
        site_url=parsed.site_url,
    )


def _charset(res: FetchedResource) -> str | None:
    header = res.headers.get("content-type", "")
    for part in header.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _is_html(content_type: str, text: str) -> bool:
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<head" in head


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
