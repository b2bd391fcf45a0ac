"""A page watch: a page without a feed, followed for new links that look like articles.

This is not a feed: the page names no articles, so Kliping guesses from its links. A
link counts as an article when it stays on the page's site, its path looks like a story
(a long slug of words, or an id or a date in it; not a menu, tag, category, author,
search, login or pagination page, nor a file) and it is not the page itself.
"""

from __future__ import annotations

import re
import urllib.parse

from reader.core.feeds.parse import FeedItem, ParsedFeed
from reader.core.urls import normalize_url

_NOT_ARTICLES = re.compile(
    r"/(tag|tags|topic|topics|category|categories|kategori|rubrik|section|author|authors|"
    r"penulis|user|users|profile|search|cari|login|signin|sign-in|register|signup|"
    r"subscribe|newsletter|about|contact|kontak|privacy|terms|advertise|iklan|redaksi|"
    r"page|halaman|feed|rss|amp|index|indeks|video|videos|foto|photo|photos|gallery|"
    r"galeri|live|cdn-cgi|wp-admin|wp-login\.php)(/|$)",
    re.I,
)
_PAGINATION = re.compile(r"([?&](page|p|start|offset)=\d+)|(/page/\d+)", re.I)
_FILE = re.compile(r"\.(jpe?g|png|gif|webp|svg|pdf|mp3|mp4|zip|css|js|xml|json)$", re.I)
_DATE = re.compile(r"/(19|20)\d\d/[01]?\d(/|$)|/(19|20)\d\d-\d\d-\d\d")
_ID = re.compile(r"\d{4,}")
_MAX_ITEMS = 200


def _site(host: str) -> str:
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def looks_like_article(url: str, page_url: str, text: str) -> bool:
    """Whether a link found on ``page_url`` looks like a link to an article."""
    try:
        parts = urllib.parse.urlsplit(url)
        page = urllib.parse.urlsplit(page_url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or _site(parts.hostname or "") != _site(
        page.hostname or ""
    ):
        return False
    path = parts.path or "/"
    if path.rstrip("/") == (page.path or "/").rstrip("/") and parts.query == page.query:
        return False
    if _NOT_ARTICLES.search(path) or _PAGINATION.search(url) or _FILE.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    slug_words = [w for w in re.split(r"[-_]+", re.sub(r"\.\w+$", "", last)) if w]
    words = len(text.split())
    if len(slug_words) >= 4:
        return True
    if (_DATE.search(path) or _ID.search(path)) and words >= 3:
        return True
    return len(slug_words) >= 3 and words >= 4


def page_links(html: str, page_url: str) -> ParsedFeed:
    """The article-like links on a page, as feed items in page order."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, etree.LxmlError):
        return ParsedFeed("watch", "", page_url, [])
    base = page_url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urllib.parse.urljoin(page_url, str(base_el.get("href") or "").strip())
    title_el = root.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    for bad in root.xpath("//nav|//header|//footer|//aside|//script|//style"):
        bad.drop_tree()
    items: list[FeedItem] = []
    seen: set[str] = set()
    for link in root.iter("a"):
        href = str(link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        try:
            url = urllib.parse.urljoin(base, href)
            key = normalize_url(url)
        except ValueError:
            continue
        text = " ".join(link.text_content().split())
        if key in seen or not looks_like_article(url, page_url, text):
            continue
        seen.add(key)
        items.append(FeedItem(guid=None, link=url.split("#", 1)[0], title=text))
        if len(items) >= _MAX_ITEMS:
            break
    return ParsedFeed("watch", title, page_url, items)
