"""When two pages are one article: which canonical URL to believe, and whether a page
says what the article already saved under that URL says.

Pages lie about themselves. A ``<link rel=canonical>`` or ``og:url`` may name the site's
home page, a section, or another article (a template bug repeated on every page), and a
``<base href>`` is only where relative links start (the cleaner never takes it for the
page's address). :func:`plausible_canonical` keeps a canonical URL only when it could be
this page's own address; :func:`same_article` is asked before a page is taken for an
article saved under the same canonical URL.
"""

from __future__ import annotations

import re
import urllib.parse

from reader.core.urls import normalize_url

__all__ = ["plausible_canonical", "same_article", "same_site"]

#: Path segments that name a list of articles, not one (``/tag/climate``, ``/page/2``).
LISTING_SEGMENTS = frozenset(
    {
        "archive", "archives", "author", "authors", "categories", "category", "feed",
        "label", "page", "rss", "search", "section", "sections", "tag", "tags", "topic",
        "topics",
    }
)  # fmt: skip
#: A site's home page under another name, or in one of its languages (``/en/``, ``/pt-br``).
_HOME_SEGMENT = re.compile(
    r"(?:index|default|home)(?:\.\w+)?|[a-z]{2}(?:[-_](?:[a-z]{2}|hans|hant))?", re.I
)
#: Host prefixes of the same site's other editions.
_EDITIONS = ("www.", "m.", "mobile.", "amp.")
_WORD = re.compile(r"\w+")
#: Shingles of this many words; pages agreeing on this share of them are one text.
_SHINGLE = 5
_SAME_TEXT = 0.5
_COMPARED_WORDS = 400


def _host(url: str) -> str:
    host = (urllib.parse.urlsplit(normalize_url(url)).hostname or "").lower()
    for prefix in _EDITIONS:
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix) :]
    return host


def same_site(a: str, b: str) -> bool:
    """True when two http(s) addresses are on one site: the same host, give or take a
    ``www.``/``m.``/``amp.`` edition, or one host a sub-domain of the other."""
    ha, hb = _host(a), _host(b)
    if not ha or not hb:
        return False
    if ha == hb:
        return True
    short, long = sorted((ha, hb), key=len)
    return short.count(".") >= 1 and long.endswith("." + short)


def _segments(url: str) -> list[str]:
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    return [s for s in path.split("/") if s]


def plausible_canonical(canonical: str, page_url: str | None) -> bool:
    """Whether ``canonical`` may be the address of the page found at ``page_url``.

    It must be on the same site (when the page came from the web: ``page_url`` is None or
    a ``file:`` URL for a page saved to disk), not the site's home page, not a list of
    articles (a ``/tag/…``, ``/category/…``, ``/page/2`` address, or a folder above the
    page's own address).
    """
    if not canonical.lower().startswith(("http://", "https://")):
        return False
    web_page = bool(page_url) and str(page_url).lower().startswith(("http://", "https://"))
    if web_page and normalize_url(canonical) == normalize_url(str(page_url)):
        return True  # the page names itself: nothing new is believed
    if web_page and not same_site(canonical, str(page_url)):
        return False
    parts = urllib.parse.urlsplit(canonical)
    segments = _segments(canonical)
    if not parts.query and (
        not segments or (len(segments) == 1 and _HOME_SEGMENT.fullmatch(segments[0]))
    ):
        return False
    if any(s.lower() in LISTING_SEGMENTS for s in segments):
        return False
    if web_page and not parts.query:
        own = _segments(str(page_url))
        if len(segments) < len(own) and own[: len(segments)] == segments:
            return False  # a folder above the page: its section
    return True


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())[:_COMPARED_WORDS]


def _title_key(title: str) -> str:
    return " ".join(_WORD.findall(title.casefold()))


def same_article(title_a: str, text_a: str, title_b: str, text_b: str) -> bool:
    """Whether two pages are one article: their titles agree (equal, or one holds the
    other, as when a site name is added), or the start of their texts mostly does (the
    headline was changed, the text was not)."""
    ka, kb = _title_key(title_a), _title_key(title_b)
    if ka and kb and (ka == kb or ka in kb or kb in ka):
        return True
    wa, wb = _words(text_a), _words(text_b)
    if not wa or not wb:
        return False
    n = min(_SHINGLE, len(wa), len(wb))
    sa = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    sb = {tuple(wb[i : i + n]) for i in range(len(wb) - n + 1)}
    return len(sa & sb) / len(sa | sb) >= _SAME_TEXT
