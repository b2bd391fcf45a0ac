"""What goes into the index: fields per language, the codec, documents and results.

Changing anything here that reaches the disk means bumping
``SearchIndex.SCHEMA_VERSION`` (see :mod:`reader.core.search.index`).
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
from typing import Any

from whoosh import fields
from whoosh.codec.whoosh3 import W3TermInfo

from reader.core import langid
from reader.core.search.analysis import (
    CJK_LANGUAGES,
    SNOWBALL,
    CJKAnalyzer,
    FastCharacters,
    WordAnalyzer,
)
from reader.core.search.codec import SplitBlockCodec

logger = logging.getLogger(__name__)

#: Field keys: one per stemming language, "cjk" for bigrams, "xx" for everything else.
_ALIASES = {"nb": "no", "nn": "no"}
LANGUAGE_KEYS: tuple[str, ...] = (
    *sorted({_ALIASES.get(code, code) for code in SNOWBALL}),
    "cjk",
    "xx",
)
TITLE_BOOST = 2.5
AUTHOR_BOOST = 1.5


def codec() -> SplitBlockCodec:
    # Posting lists of up to three documents go inline into the term dictionary:
    # most terms are that rare, and writing each as its own compressed block was
    # the largest single cost of a commit.
    if not hasattr(W3TermInfo, "set_inline"):
        # whoosh-reloaded 2.7.5 calls set_inline() but defines set_inlined(); the
        # reading side (is_inlined/inlined_postings) is intact. Only writers need it.
        W3TermInfo.set_inline = _set_inline
    return SplitBlockCodec(inlinelimit=4)


def _set_inline(self: W3TermInfo, ids: Any, weights: Any, values: Any) -> None:
    # The postings writer keeps only non-empty values, so the postings of a field
    # without values (id, site, tags) arrive with none; reading them back must give b""
    # per posting, or merging such a segment fails (AssertionError: vbytes='').
    if ids and not values:
        values = (b"",) * len(ids)
    self.set_inlined(ids, weights, values)


@dataclasses.dataclass
class IndexDoc:
    """One article as the index sees it."""

    id: int
    title: str
    text: str
    authors: list[str]
    site: str
    tags: list[str]
    language: str | None
    url: str
    saved: datetime.datetime
    published: datetime.date | None
    is_read: bool
    is_favorite: bool
    is_archived: bool
    feed: str = ""  # the title of the feed it came from
    feed_id: int | None = None
    feed_folder: str = ""  # that feed's folder


@dataclasses.dataclass
class Hit:
    """One search result."""

    id: int
    score: float
    snippet_html: str
    snippet_text: str
    title_html: str


@dataclasses.dataclass
class SearchResults:
    """One page of results, carrying the query it answers."""

    query: str
    total: int
    hits: list[Hit]
    notice: str | None
    terms: list[str]


def language_key(code: str | None) -> str:
    """The field key for an article language (``"pt-BR"`` → ``"pt"``, ``"zh-Hant"`` → ``"cjk"``)."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    base = _ALIASES.get(base, base)
    if base in CJK_LANGUAGES:
        return "cjk"
    return base if base in SNOWBALL else "xx"


def analyzer_for(key: str) -> WordAnalyzer | CJKAnalyzer:
    return CJKAnalyzer() if key == "cjk" else WordAnalyzer(key)


def make_schema() -> fields.Schema:
    """The index schema (changing it means bumping ``SearchIndex.SCHEMA_VERSION``)."""
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        lang=fields.ID(stored=True),
        title=fields.STORED(),
        author=fields.TEXT(analyzer=WordAnalyzer("xx"), phrase=True),
        site=fields.KEYWORD(commas=True, lowercase=True),
        tag=fields.KEYWORD(commas=True, lowercase=True),
        feed=fields.KEYWORD(commas=True, lowercase=True),
        url=fields.ID(),
        saved=fields.DATETIME(sortable=True),
        published=fields.DATETIME(),
        flag=fields.KEYWORD(),
    )
    for key in LANGUAGE_KEYS:
        analyzer = analyzer_for(key)
        schema.add(f"title_{key}", fields.TEXT(analyzer=analyzer, phrase=True))
        body = fields.TEXT(analyzer=analyzer, phrase=True, chars=True)
        body.format = FastCharacters(field_boost=body.format.field_boost)
        schema.add(f"body_{key}", body)
    return schema


def _naive_utc(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC).replace(tzinfo=None)
    return moment


def _site_keys(site: str, url: str) -> str:
    """``news.bbc.co.uk`` → news.bbc.co.uk, bbc.co.uk, co.uk (so site:bbc.co.uk matches)."""
    keys: list[str] = []
    host = url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":")[0].lower()
    for name in (host, site.strip().lower()):
        name = name.removeprefix("www.")
        parts = name.split(".")
        for i in range(len(parts) - 1 if len(parts) > 1 else 1):
            key = ".".join(parts[i:])
            if key and key not in keys:
                keys.append(key)
    return ",".join(k.replace(",", " ") for k in keys)


#: Marks a folder's key among the feed keys (``folder:Ekonomi`` looks for it).
FOLDER_KEY = "folder:"


def _feed_keys(title: str, feed_id: int | None, folder: str = "") -> str:
    """A feed's title (whitespace collapsed), its id and its folder: ``feed:"Warta
    Ekonomi"``, ``feed:3``, ``folder:Ekonomi``."""
    if feed_id is None:
        return ""
    keys = [" ".join(title.split()).lower(), str(feed_id)]
    if folder.strip():
        keys.append(FOLDER_KEY + " ".join(folder.split()).lower())
    return ",".join(k.replace(",", " ") for k in keys if k)


def fields_of(doc: IndexDoc) -> dict[str, Any]:
    code = doc.language or langid.detect_language(doc.text, 3000, min_chars=1, normalized=False)[0]
    key = language_key(code)
    flags = [
        "read" if doc.is_read else "unread",
        "archived" if doc.is_archived else "unarchived",
    ]
    if doc.is_favorite:
        flags.append("favorite")
    values: dict[str, Any] = {
        "id": str(doc.id),
        "lang": (code or "").lower().split("-")[0] or "xx",
        "title": doc.title,
        f"title_{key}": doc.title,
        f"body_{key}": doc.text,
        "author": " , ".join(doc.authors),
        "site": _site_keys(doc.site, doc.url),
        "tag": ",".join(t.strip().lower().replace(",", " ") for t in doc.tags if t.strip()),
        "feed": _feed_keys(doc.feed, doc.feed_id, doc.feed_folder),
        "url": doc.url,
        "saved": _naive_utc(doc.saved),
        "flag": " ".join(flags),
    }
    if doc.published is not None:
        values["published"] = datetime.datetime.combine(doc.published, datetime.time())
    return {name: value for name, value in values.items() if value != ""}
