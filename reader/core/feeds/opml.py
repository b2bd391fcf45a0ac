"""OPML in and out: the subscription lists of RSS Guard, NetNewsWire, Feedly, Inoreader,
FreshRSS, Miniflux and Thunderbird, folders kept.

Reading never resolves entities, reads no DTD and fetches nothing. An ``<outline>``
with an ``xmlUrl`` is a feed; one without, holding others, is a folder (nested folders
are named by their path, ``News / Tech``). Page watches are written as ``type="link"``
outlines (other readers skip them; Kliping reads them back as page watches).
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from reader import __version__
from reader.core.errors import ImportExportError
from reader.core.feeds.subscriptions import Feed

MAX_OPML_BYTES = 20 * 1024 * 1024
_WATCH = "kliping-page-watch"


@dataclass
class OpmlEntry:
    """One subscription read from an OPML file."""

    url: str
    title: str
    folder: str
    site_url: str | None
    kind: str = "feed"


def read_opml(data: bytes, name: str = "the OPML file") -> list[OpmlEntry]:
    """The subscriptions in an OPML document, in order.

    Raises:
        ImportExportError: Not OPML, malformed, or too large.
    """
    from lxml import etree

    if len(data) > MAX_OPML_BYTES:
        raise ImportExportError(f"{name} is larger than 20 MB; it is not a subscription list.")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportExportError(f"{name} is not readable OPML: {exc}.") from exc
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise ImportExportError(f"{name} is XML, but not OPML (no <opml> element).")
    body = next((el for el in root if etree.QName(el).localname.lower() == "body"), None)
    if body is None:
        raise ImportExportError(f"{name} has no <body>: it lists no subscriptions.")
    entries: list[OpmlEntry] = []
    _walk(body, [], entries)
    return entries


def _walk(parent: object, path: list[str], out: list[OpmlEntry]) -> None:
    from lxml import etree

    for el in parent:  # type: ignore[attr-defined]
        if not isinstance(el.tag, str) or etree.QName(el).localname.lower() != "outline":
            continue
        attrs = {str(k).lower(): str(v) for k, v in el.attrib.items()}
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
        feed_url = _http(attrs.get("xmlurl"))
        if feed_url:
            out.append(OpmlEntry(feed_url, title, " / ".join(path), _http(attrs.get("htmlurl"))))
        elif attrs.get("type") == "link" and _WATCH in attrs.get("category", ""):
            page = _http(attrs.get("url"))
            if page:
                out.append(OpmlEntry(page, title, " / ".join(path), page, kind="watch"))
        elif len(el):
            _walk(el, [*path, title] if title else path, out)


def _http(value: str | None) -> str | None:
    value = (value or "").strip()
    try:
        scheme = urllib.parse.urlsplit(value).scheme.lower()
    except ValueError:
        return None
    return value if scheme in ("http", "https") else None


def write_opml(feeds: list[Feed]) -> str:
    """An OPML 2.0 document of the subscriptions, folders as outlines."""
    now = dt.datetime.now(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        "    <title>Kliping subscriptions</title>",
        f"    <dateCreated>{now}</dateCreated>",
        f"    <docs>http://opml.org/spec2.opml</docs><!-- Kliping {__version__} -->",
        "  </head>",
        "  <body>",
    ]
    by_folder: dict[str, list[Feed]] = {}
    for feed in feeds:
        by_folder.setdefault(feed.folder, []).append(feed)
    for folder in sorted(by_folder, key=lambda f: (f != "", f.lower())):
        indent = "    "
        if folder:
            lines.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
            indent = "      "
        for feed in by_folder[folder]:
            lines.append(indent + _outline(feed))
        if folder:
            lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _outline(feed: Feed) -> str:
    title = quoteattr(feed.display_title)
    if feed.is_watch:
        return (
            f'<outline type="link" text={title} title={title} url={quoteattr(feed.url)} '
            f'category="{_WATCH}"/>'
        )
    site = f" htmlUrl={quoteattr(feed.site_url)}" if feed.site_url else ""
    return f'<outline type="rss" text={title} title={title} xmlUrl={quoteattr(feed.url)}{site}/>'
