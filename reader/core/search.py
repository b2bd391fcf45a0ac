"""The full-text search index (Whoosh): the only module that imports whoosh.

The index is a derived cache of the SQLite library: it stores only ids and small
fields, and can always be rebuilt. Each article's title and body go into the fields
of its language (``title_en``/``body_en``, ``title_ru``/``body_ru`` …, CJK bigrams in
``title_cjk``/``body_cjk``, unstemmed ``*_xx`` for the rest), each analysed its own
way; a query word is analysed once per language present in the index and looked up
in each, so ``prosesor`` finds Indonesian articles and ``процессоров`` Russian ones
without the reader saying which language they mean.

Performance notes (measured at 100,000 articles, see tests/bench/search.py):
``FileStorage(supports_mmap=False)`` (mmap made Whoosh copy whole segments into
memory); bodies indexed with character offsets so snippets come from the postings
instead of re-analysing text; one writer, never ``procs>1``; merges limited to small
segments (never optimize a large index); the searcher is kept open and refreshed
only when the index changed; results are cached per index generation.
"""

from __future__ import annotations

import array
import collections
import dataclasses
import datetime
import heapq
import json
import logging
import os
import pathlib
import pickle
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from whoosh import columns, fields, index
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3TermInfo, _lenfield
from whoosh.filedb.filestore import FileStorage
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool

from reader.core import langid, snippets
from reader.core import query as kq
from reader.core.analysis import (
    CJK_LANGUAGES,
    SNOWBALL,
    CJKAnalyzer,
    FastCharacters,
    SplitBlockCodec,
    WordAnalyzer,
    fold,
)
from reader.core.errors import LibraryBusyError, SearchError

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
_VERSION_FILE = "kliping-index.json"
_BUSY = "The search index is being written by another Kliping; try again in a moment."
_MAX_EXPANSION = 32  # terms a prefix or fuzzy word may expand to, per field
# A word in more than this share of the articles ranks nothing ("the", "и", "的"):
# it still has to match, but is not scored, so it never forces scoring most of the
# index. Small libraries score everything.
_COMMON_SHARE = 0.12
_COMMON_MIN_DOCS = 2000
_WIDE_OR = 12  # an OR this wide is scored with Whoosh's array matcher
_CACHED_TERM_DOCS = 2000  # a term in this many articles keeps its document set …
_CACHED_TERMS = 48  # … for this many such terms
_WRITER_MB = 128


def _codec() -> SplitBlockCodec:
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


def _analyzer(key: str) -> WordAnalyzer | CJKAnalyzer:
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
        url=fields.ID(),
        saved=fields.DATETIME(sortable=True),
        published=fields.DATETIME(),
        flag=fields.KEYWORD(),
    )
    for key in LANGUAGE_KEYS:
        analyzer = _analyzer(key)
        schema.add(f"title_{key}", fields.TEXT(analyzer=analyzer, phrase=True))
        body = fields.TEXT(analyzer=analyzer, phrase=True, chars=True)
        body.format = FastCharacters(field_boost=body.format.field_boost)
        schema.add(f"body_{key}", body)
    return schema


def detect_language(text: str) -> str | None:
    """Guesses an article's language from its text (py3langid's model), or None."""
    sample = text[:3000]
    if not sample.strip():
        return None
    code, _score = langid.classify(sample)
    return code


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


def _fields_of(doc: IndexDoc) -> dict[str, Any]:
    code = doc.language or detect_language(doc.text)
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
        "url": doc.url,
        "saved": _naive_utc(doc.saved),
        "flag": " ".join(flags),
    }
    if doc.published is not None:
        values["published"] = datetime.datetime.combine(doc.published, datetime.time())
    return {name: value for name, value in values.items() if value != ""}


def _cancel(writer: Any) -> None:
    """Abandons a failed index write, releasing its lock even if the clean-up fails."""
    try:
        writer.cancel()
    except Exception as exc:  # a full disk fails the clean-up too; the first error counts
        logger.warning("could not cancel the index write cleanly: %r", exc)
        lock = getattr(writer, "writelock", None)
        try:
            if lock is not None:
                lock.release()
        except Exception:  # already released by the clean-up before it failed
            pass


class _ChunkedPool(PostingPool):  # type: ignore[misc]
    """Whoosh's posting pool, spilling sorted runs in chunks of postings.

    Whoosh pickles each posting on its own when a run spills to disk and unpickles
    them one by one when merging: at 100,000 articles that was a third of a full
    rebuild's time. A chunk is one pickle call for thousands of postings.
    """

    CHUNK = 20_000

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        # Whoosh's add() asserts types and sums nine terms per posting; this is the
        # same size estimate, cheaper.
        self.fieldnames.add(item[0])
        self.currentsize += 150 + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: Any, items: list[Any]) -> None:
        for start in range(0, len(items), self.CHUNK):
            pickle.dump(items[start : start + self.CHUNK], f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def _column_ints(column: Any) -> list[int]:
    """All values of a numeric column, read as one block (not a call per document)."""
    if not isinstance(column, columns.NumericColumn.Reader) or column._typecode not in "qQ":
        return list(column)
    raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
    values = array.array(column._typecode)
    values.frombytes(raw)
    if sys.byteorder == "little":  # Whoosh writes numbers big-endian ("!")
        values.byteswap()
    out = values.tolist()
    out.extend([column._default] * (column._doccount - column._count))
    return out


_BYTE_TO_LENGTH = [byte_to_length(b) for b in range(256)]


class _FieldLengths:
    """Document field lengths for a commit, read a whole field at a time.

    Whoosh asks for the length of the document's field once per *posting* while
    writing a segment (for block statistics), each a seek and a read: a fifth of
    the commit. Postings arrive field by field, so one field's length bytes are
    read at once and looked up in memory.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._field: str | None = None
        self._bytes = b""

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname != self._field:
            self._field = fieldname
            column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is None:
                self._bytes = b""
            else:
                self._bytes = column._dbfile.get(column._basepos, column._count)
        lengths = self._bytes
        return _BYTE_TO_LENGTH[lengths[docnum]] if docnum < len(lengths) else default

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def _tune(writer: Any) -> Any:
    """Swaps faster parts into a Whoosh writer (same files on disk)."""
    writer.pool = _ChunkedPool(writer._tempstorage, writer.newsegment, limitmb=_WRITER_MB)
    per_document_reader = writer.per_document_reader
    writer.per_document_reader = lambda: _FieldLengths(per_document_reader())
    return writer


def _merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy: fold small segments together, never touch large ones.

    Whoosh's default can end up merging everything (one merge of a 100,000-article
    index peaked at 6.9 GB); here only segments under 20,000 documents are merged,
    and only once ten of them have piled up.
    """
    small = [s for s in segments if s.doc_count_all() < 20_000]
    if len(small) < 10:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in small]


class _Compiled:
    """A parsed query turned into Whoosh queries, plus the terms to mark per field."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.keys = [k for k in LANGUAGE_KEYS if self.reader.field_length(f"body_{k}") > 0] or [
            k for k in LANGUAGE_KEYS if self.reader.field_length(f"title_{k}") > 0
        ]
        self.marks: dict[str, set[str]] = collections.defaultdict(set)

    def _fields(self, field: str | None, key: str) -> list[tuple[str, float]]:
        if field == "title":
            return [(f"title_{key}", 1.0)]
        return [(f"body_{key}", 1.0), (f"title_{key}", TITLE_BOOST)]

    def _exists(self, fieldname: str, term: str) -> bool:
        return (fieldname, term) in self.reader

    def word(self, word: kq.Word) -> wq.Query | None:
        subs: list[wq.Query] = []
        if word.field != "author":
            for key in self.keys:
                analyzer = _analyzer_cached(key)
                for fieldname, boost in self._fields(word.field, key):
                    subs.extend(self._word_in(word, fieldname, analyzer, boost))
        if word.field in (None, "author"):
            subs.extend(self._word_in(word, "author", _analyzer_cached("xx"), AUTHOR_BOOST))
        return _or(subs)

    def rankable(self, query: wq.Query) -> wq.Query | None:
        """The query for ranking: a phrase becomes its uncommon words (AND).

        Which documents hold the phrase is settled by :class:`_DocSets`; scoring its
        words is as good a ranking and avoids Whoosh's span matching, which builds an
        object per position of every word ("the" …) in every candidate document.
        """
        if isinstance(query, wq.Phrase):
            words = [w for w in query.words if not self._common_term(query.fieldname, w)]
            if not words:
                return None
            terms: list[wq.Query] = [wq.Term(query.fieldname, w) for w in words]
            return terms[0] if len(terms) == 1 else wq.And(terms, boost=query.boost)
        if isinstance(query, wq.Or):
            parts = [self.rankable(sub) for sub in query.subqueries]
            return _or([p for p in parts if p is not None])
        return query

    def _common_term(self, fieldname: str, text: str) -> bool:
        total = self.searcher.doc_count_all()
        if total < _COMMON_MIN_DOCS:
            return False
        return bool(self.reader.doc_frequency(fieldname, text) > _COMMON_SHARE * total)

    def is_stopword(self, query: wq.Query) -> bool:
        """Whether a word's query matches most articles of a language it is in."""
        if not self.is_common(query):
            return False
        terms = [query] if isinstance(query, wq.Term) else getattr(query, "subqueries", [])
        for term in terms:
            if not isinstance(term, wq.Term) or not term.fieldname.startswith("body_"):
                continue
            key = term.fieldname.removeprefix("body_")
            articles = self._articles_in(key)
            if articles and self.reader.doc_frequency(term.fieldname, term.text) >= 0.5 * articles:
                return True
        return False

    def _articles_in(self, key: str) -> int:
        """How many articles are indexed under a language key."""
        codes = [c for c in (*SNOWBALL, *CJK_LANGUAGES, "xx") if language_key(c) == key]
        return sum(int(self.reader.doc_frequency("lang", code)) for code in codes)

    def is_common(self, query: wq.Query | None) -> bool:
        """Whether a word's query matches so many articles that scoring it is waste."""
        total = self.searcher.doc_count_all()
        if query is None or total < _COMMON_MIN_DOCS:
            return False
        terms = [query] if isinstance(query, wq.Term) else getattr(query, "subqueries", [])
        if not terms or not all(isinstance(t, wq.Term) for t in terms):
            return False
        frequency = sum(self.reader.doc_frequency(t.fieldname, t.text) for t in terms)
        return bool(frequency > _COMMON_SHARE * total)

    def _word_in(
        self, word: kq.Word, fieldname: str, analyzer: WordAnalyzer | CJKAnalyzer, boost: float
    ) -> list[wq.Query]:
        if word.prefix or word.fuzzy:
            text = fold(word.text.lower())
            if word.prefix:
                found = list(islice(self.reader.expand_prefix(fieldname, text), _MAX_EXPANSION))
                terms = [self.reader.schema[fieldname].from_bytes(t) for t in found]
            else:
                stem = next(iter(_terms(analyzer, word.text)), text)
                prefix = 2 if len(stem) > 4 else 1
                within = self.reader.terms_within(fieldname, stem, word.fuzzy, prefix=prefix)
                terms = list(islice(within, _MAX_EXPANSION))
            self.marks[fieldname].update(terms)
            return [wq.Term(fieldname, t, boost=boost) for t in terms]
        terms = _terms(analyzer, word.text)
        if not terms or not all(self._exists(fieldname, t) for t in terms):
            return []
        self.marks[fieldname].update(terms)
        if len(terms) == 1:
            return [wq.Term(fieldname, terms[0], boost=boost)]
        return [wq.Phrase(fieldname, terms, boost=boost)]

    def phrase(self, phrase: kq.Phrase) -> wq.Query | None:
        if phrase.field == "author":
            targets = [("author", "xx", AUTHOR_BOOST)]
        else:
            targets = [(f, k, b) for k in self.keys for f, b in self._fields(phrase.field, k)]
            if phrase.field is None:
                targets.append(("author", "xx", AUTHOR_BOOST))
        subs: list[wq.Query] = []
        for fieldname, key, boost in targets:
            terms = _terms(_analyzer_cached(key), phrase.text)
            if not terms or not all(self._exists(fieldname, t) for t in terms):
                continue
            self.marks[fieldname].update(terms)
            if len(terms) == 1:
                subs.append(wq.Term(fieldname, terms[0], boost=boost))
            else:
                subs.append(wq.Phrase(fieldname, terms, boost=boost))
        return _or(subs)

    def filter(self, node: kq.Filter | kq.DateRange) -> wq.Query:
        if isinstance(node, kq.DateRange):
            start = datetime.datetime.combine(node.start, datetime.time()) if node.start else None
            end = None
            if node.end:
                end = datetime.datetime.combine(node.end, datetime.time())
                end -= datetime.timedelta(microseconds=1)
            return wq.DateRange(node.field, start, end)
        if node.field == "is":
            return wq.Term("flag", node.value)
        if node.field == "lang":
            return wq.Term("lang", node.value.split("-")[0])
        return wq.Term(node.field, node.value)

    def compile(self, node: kq.Node) -> tuple[wq.Query, wq.Query | None]:
        """Returns (what must match, what ranks the matches).

        Filters, negations and very common words only decide what matches; the
        ranking query holds the rest (None: nothing to rank, newest first). Whoosh
        scores the ranking query restricted to the matching set, so it never runs
        the filters itself.
        """
        if isinstance(node, kq.Word):
            query = self.word(node) or wq.NullQuery
            return query, None if self.is_common(query) else self.rankable(query)
        if isinstance(node, kq.Phrase):
            query = self.phrase(node) or wq.NullQuery
            return query, self.rankable(query)
        if isinstance(node, kq.Filter | kq.DateRange):
            return self.filter(node), None
        if isinstance(node, kq.Not):
            inner, _ = self.compile(node.child)
            return wq.AndNot(wq.Every(), inner), None
        if isinstance(node, kq.Or):
            parts = [self.compile(child) for child in node.children]
            matching = _or([m for m, _ in parts]) or wq.NullQuery
            # An alternative that ranks nothing (a filter, a common word) would be
            # missing from a ranked search: rank none of them then.
            if any(r is None for _, r in parts):
                return matching, None
            return matching, _or([r for _, r in parts if r is not None])
        required: list[wq.Query] = []
        ranking: list[wq.Query] = []
        excluded: list[wq.Query] = []
        compiled = [(c, self.compile(c)) for c in node.children if not isinstance(c, kq.Not)]
        # Next to other words, a word found in most articles of its language ("the",
        # "и", "de") decides nothing and costs the most to check: it is skipped.
        stop = {
            id(child)
            for child, (matching, _) in compiled
            if isinstance(child, kq.Word) and self.is_stopword(matching)
        }
        if len(stop) == len(compiled):
            stop = set()
        for child in node.children:
            if isinstance(child, kq.Not):
                excluded.append(self.compile(child.child)[0])
        for child, (matching, ranks) in compiled:
            if id(child) in stop:
                continue
            required.append(matching)
            if ranks is not None:
                ranking.append(ranks)
        result = _and(required) if required else wq.Every()
        if excluded:
            result = wq.AndNot(result, _or(excluded) or wq.NullQuery)
        return result, (_and(ranking) if ranking else None)


_ANALYZERS: dict[str, WordAnalyzer | CJKAnalyzer] = {}


def _analyzer_cached(key: str) -> WordAnalyzer | CJKAnalyzer:
    analyzer = _ANALYZERS.get(key)
    if analyzer is None:
        analyzer = _ANALYZERS[key] = _analyzer(key)
    return analyzer


def _terms(analyzer: WordAnalyzer | CJKAnalyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text, mode="query")]


def _or(subs: list[wq.Query]) -> wq.Query | None:
    subs = [s for s in subs if s is not wq.NullQuery]
    if not subs:
        return None
    if len(subs) == 1:
        return subs[0]
    query = wq.Or(subs)
    if len(subs) > _WIDE_OR:
        # A prefix or fuzzy word over many terms: a binary tree of union matchers
        # costs Python calls per document per level; the array matcher adds scores
        # block by block.
        query.matcher_type = wq.Or.ARRAY_MATCHER
    return query


class _DocSets:
    """Exact sets of matching documents, from posting blocks and set algebra.

    Counting by walking Whoosh matchers costs Python calls per matching document
    (and Whoosh walks them all again after a top-N search that skipped blocks);
    reading whole blocks of ids into sets and combining them runs at C speed.
    """

    def __init__(
        self,
        searcher: Searcher,
        cache: collections.OrderedDict[tuple[str, str, Any], frozenset[int]] | None = None,
    ) -> None:
        self.leaves = searcher.leaf_searchers()
        self.cache = cache if cache is not None else collections.OrderedDict()

    def _term(self, reader: Any, fieldname: str, text: Any) -> set[int] | frozenset[int]:
        """One term's documents; those of very common terms are kept (segments never change)."""
        if (fieldname, text) not in reader:
            return frozenset()
        key = (reader.segment().segment_id(), fieldname, text)
        cached = self.cache.get(key)
        if cached is not None:
            self.cache.move_to_end(key)
            return cached
        docs = _term_docs(reader, fieldname, text)
        if len(docs) >= _CACHED_TERM_DOCS:
            self.cache[key] = frozenset(docs)
            while len(self.cache) > _CACHED_TERMS:
                self.cache.popitem(last=False)
        return docs

    def docs(self, query: wq.Query) -> set[int]:
        """Global document numbers matching ``query`` (deleted documents excluded)."""
        found: set[int] = set()
        for leaf, offset in self.leaves:
            reader = leaf.reader()
            local = self._eval(query, leaf, reader)
            if local and reader.has_deletions():
                local -= reader.deleted_docs_set
            found.update({docnum + offset for docnum in local} if offset else local)
        return found

    def _eval(self, query: wq.Query, leaf: Searcher, reader: Any) -> set[int]:
        if isinstance(query, wq.Term):
            return set(self._term(reader, query.fieldname, query.text))
        if isinstance(query, wq.Or):
            found: set[int] = set()
            for sub in query.subqueries:
                found |= self._eval(sub, leaf, reader)
            return found
        if isinstance(query, wq.And):
            # Smallest first; a much larger part (a common word) is not read in
            # full but probed for the few candidates left.
            subs = sorted(query.subqueries, key=lambda q: _estimate(q, reader))
            result = self._eval(subs[0], leaf, reader)
            for sub in subs[1:]:
                if not result:
                    break
                if _estimate(sub, reader) > 8 * len(result):
                    result = self._probe(sub, leaf, reader, result)
                else:
                    result &= self._eval(sub, leaf, reader)
            return result
        if isinstance(query, wq.AndNot):
            positive = self._eval(query.a, leaf, reader)
            return positive - self._eval(query.b, leaf, reader) if positive else positive
        if isinstance(query, wq.Require):
            positive = self._eval(query.a, leaf, reader)
            return positive & self._eval(query.b, leaf, reader) if positive else positive
        if isinstance(query, wq.Every):
            return set(range(reader.doc_count_all()))
        if query is wq.NullQuery:
            return set()
        if isinstance(query, wq.Phrase):
            terms = [wq.Term(query.fieldname, w) for w in query.words]
            candidates = self._eval(wq.And(terms), leaf, reader)
            return _phrase_docs(reader, query.fieldname, query.words, candidates)
        if isinstance(query, wq.NumericRange):
            simpler = query.simplify(reader)
            if simpler is not query and not isinstance(simpler, wq.NumericRange):
                return self._eval(simpler, leaf, reader)
        return set(query.docs(leaf))

    def _probe(
        self, query: wq.Query, leaf: Searcher, reader: Any, candidates: set[int]
    ) -> set[int]:
        """The candidates that match ``query``, checked one by one (skipping blocks)."""
        if isinstance(query, wq.Term):
            if (query.fieldname, query.text) not in reader:
                return set()
            return _probe_term(reader.postings(query.fieldname, query.text), candidates)
        if isinstance(query, wq.Or):
            found: set[int] = set()
            for sub in query.subqueries:
                found |= self._probe(sub, leaf, reader, candidates - found)
            return found
        if isinstance(query, wq.And):
            for sub in query.subqueries:
                candidates = self._probe(sub, leaf, reader, candidates)
            return candidates
        if isinstance(query, wq.Phrase):
            terms = wq.And([wq.Term(query.fieldname, w) for w in query.words])
            holding = self._probe(terms, leaf, reader, candidates)
            return _phrase_docs(reader, query.fieldname, query.words, holding)
        return candidates & self._eval(query, leaf, reader)


def _estimate(query: wq.Query, reader: Any) -> int:
    """An upper bound on the matches of ``query`` in one segment (from term counts)."""
    if isinstance(query, wq.Term):
        if (query.fieldname, query.text) not in reader:
            return 0
        return int(reader.doc_frequency(query.fieldname, query.text))
    if isinstance(query, wq.Phrase):
        return min(_estimate(wq.Term(query.fieldname, w), reader) for w in query.words)
    if isinstance(query, wq.Or):
        return sum(_estimate(sub, reader) for sub in query.subqueries)
    if isinstance(query, wq.And):
        return min(_estimate(sub, reader) for sub in query.subqueries)
    if isinstance(query, wq.AndNot):
        return _estimate(query.a, reader)
    if query is wq.NullQuery:
        return 0
    return int(reader.doc_count_all())


def _probe_term(matcher: Any, candidates: set[int]) -> set[int]:
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    found: set[int] = set()
    for docnum in sorted(candidates):
        if not matcher.is_active():
            break
        matcher.skip_to(docnum)
        if matcher.is_active() and matcher.id() == docnum:
            found.add(docnum)
    return found


def _phrase_docs(
    reader: Any, fieldname: str, words: Sequence[str], candidates: set[int]
) -> set[int]:
    """The candidates (holding every word) where the words follow each other."""
    if not candidates or not all((fieldname, w) in reader for w in words):
        return set()
    matchers = []
    for word in words:
        matcher = reader.postings(fieldname, word)
        matchers.append(matcher.child if isinstance(matcher, FilterMatcher) else matcher)
    confirmed: set[int] = set()
    for docnum in sorted(candidates):
        starts: set[int] | None = None
        for offset, matcher in enumerate(matchers):
            matcher.skip_to(docnum)
            shifted = {pos - offset for pos in matcher.value_as("positions")}
            starts = shifted if starts is None else starts & shifted
            if not starts:
                break
        if starts:
            confirmed.add(docnum)
    return confirmed


def _term_docs(reader: Any, fieldname: str, text: Any) -> set[int]:
    """Every document number in one term's posting list (deletions not removed)."""
    if (fieldname, text) not in reader:
        return set()
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher):
        # Block by block: one array of ids per block instead of a call per posting.
        found: set[int] = set()
        while matcher.is_active():
            matcher._read_ids()
            found.update(matcher._ids)
            matcher._next_block()
        return found
    return set(matcher.all_ids())


def _weighted_terms(query: wq.Query, boost: float) -> list[tuple[str, Any, float]]:
    """The terms a ranking query scores, each with the product of the boosts above it."""
    if isinstance(query, wq.Term):
        return [(query.fieldname, query.text, boost * query.boost)]
    if isinstance(query, wq.And | wq.Or):
        found: list[tuple[str, Any, float]] = []
        for sub in query.subqueries:
            found.extend(_weighted_terms(sub, boost * query.boost))
        return found
    return []  # nothing else is ranked (see _Compiled.rankable)


def _postings(
    reader: Any, fieldname: str, text: Any, wanted: set[int]
) -> Iterator[tuple[int, float]]:
    """(docnum, weight) of one term's postings, for the documents in ``wanted``."""
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            for docnum, weight in zip(matcher._ids, matcher._weights, strict=True):
                if docnum in wanted:
                    yield docnum, weight
            matcher._next_block()
        return
    while matcher.is_active():
        docnum = matcher.id()
        if docnum in wanted:
            yield docnum, matcher.weight()
        matcher.next()


def _and(subs: list[wq.Query]) -> wq.Query:
    if any(s is wq.NullQuery for s in subs):
        return wq.NullQuery
    return subs[0] if len(subs) == 1 else wq.And(subs)


class SearchIndex:
    """Kliping's search index in one folder.

    Reading (:meth:`search`, :meth:`doc_ids`) is safe from several threads (searches
    are serialized internally); writing (:meth:`update`, :meth:`delete`,
    :meth:`rebuild`) belongs to one writer thread. Another *process* writing the index
    at the same time gives :class:`LibraryBusyError`.
    """

    SCHEMA_VERSION = 2

    def __init__(self, folder: pathlib.Path, *, lock_timeout: float = 2.0) -> None:
        """Opens the index in ``folder``, creating it if absent (cheap: no search yet)."""
        self.folder = pathlib.Path(folder)
        self.lock_timeout = lock_timeout
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._cache: collections.OrderedDict[tuple[Any, ...], tuple[int, list[Any]]] = (
            collections.OrderedDict()
        )
        self._ix: index.FileIndex | None = None
        self._problem: str | None = None
        self._saved_by_segment: dict[str, list[int]] = {}
        self._lengths_by_segment: dict[tuple[str, str], bytes] = {}
        self._term_sets: collections.OrderedDict[tuple[str, str, Any], frozenset[int]] = (
            collections.OrderedDict()
        )
        self._recover_swap()
        self._open()

    # -- opening ---------------------------------------------------------------------

    def _swap_lock(self) -> Any:
        """The lock a rebuild holds from its start to its swap.

        Its file sits beside the index folder (``index.swap``), so unlike the locks
        inside the folder it never moves while folders are renamed. Only its holder may
        repair, create or swap the folder.
        """
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        return FileStorage(str(self.folder.parent)).lock(self.folder.name + ".swap")

    def _recover_swap(self) -> None:
        """Undoes a rebuild swap that a crash interrupted (when no rebuild is running)."""
        old = self.folder.with_name(self.folder.name + ".old")
        new = self.folder.with_name(self.folder.name + ".new")
        if not (old.exists() or new.exists()):
            return
        swap = self._swap_lock()
        if not swap.acquire(blocking=False):
            return  # a rebuild is running: its folders are not leftovers
        try:
            if not self.folder.exists() and old.exists():
                logger.warning("restoring the search index from an interrupted rebuild")
                old.rename(self.folder)
            shutil.rmtree(old, ignore_errors=True)
            shutil.rmtree(new, ignore_errors=True)
        except OSError as exc:
            logger.warning("could not tidy an interrupted rebuild: %r", exc)
        finally:
            swap.release()

    def _wait_for_swap(self) -> None:
        # A rebuild moves the index aside and its replacement in within milliseconds.
        deadline = time.monotonic() + 10.0
        while not self.folder.exists() and time.monotonic() < deadline:
            swap = self._swap_lock()
            if swap.acquire(blocking=False):
                swap.release()
                return  # nobody is swapping: the folder is simply absent
            time.sleep(0.02)

    def _open(self) -> None:
        self._wait_for_swap()
        try:
            storage = FileStorage(str(self.folder), supports_mmap=False)
            if self.folder.exists() and index.exists(storage):
                self._ix = storage.open_index()
            else:
                self._ix = self._create()
            self._problem = None
        except OSError as exc:
            raise SearchError(f"Could not open the search index in {self.folder}: {exc}") from exc
        except Exception as exc:  # any unreadable cache (bad pickle, torn file) means "rebuild"
            logger.warning("search index in %s is unreadable: %r", self.folder, exc)
            self._ix = None
            self._problem = f"The search index is unreadable ({type(exc).__name__}); rebuild it."

    def _create(self) -> index.FileIndex:
        # Under the swap lock: a folder created in the middle of another process's swap
        # would make its rename fail.
        swap = self._swap_lock()
        deadline = time.monotonic() + 10.0
        while not swap.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise LibraryBusyError(_BUSY)
            time.sleep(0.02)
        try:
            storage = FileStorage(str(self.folder), supports_mmap=False)
            if self.folder.exists() and index.exists(storage):
                return storage.open_index()  # the swap we waited for brought one
            self.folder.mkdir(parents=True, exist_ok=True)
            ix = storage.create_index(make_schema())
            self._write_version(self.folder)
            return ix
        finally:
            swap.release()

    def _write_version(self, folder: pathlib.Path) -> None:
        (folder / _VERSION_FILE).write_text(json.dumps({"schema": self.SCHEMA_VERSION}))

    def needs_rebuild(self) -> bool:
        """True if the index is unreadable or was built with another schema version."""
        if self._ix is None:
            return True
        try:
            data = json.loads((self.folder / _VERSION_FILE).read_text())
        except (OSError, ValueError):
            return True
        return bool(data.get("schema") != self.SCHEMA_VERSION)

    def _index(self) -> index.FileIndex:
        if self._ix is None:
            raise SearchError(self._problem or "The search index is closed.")
        return self._ix

    # -- writing ---------------------------------------------------------------------

    def _writer(self, ix: index.FileIndex) -> Any:
        try:
            return _tune(
                ix.writer(timeout=self.lock_timeout, delay=0.05, limitmb=_WRITER_MB, codec=_codec())
            )
        except index.LockError as exc:
            raise LibraryBusyError(_BUSY) from exc
        except OSError as exc:
            raise SearchError(f"Could not write the search index: {exc}") from exc

    def update(self, docs: Sequence[IndexDoc]) -> None:
        """Adds or replaces articles (by id) in one commit."""
        if not docs:
            return
        latest = {doc.id: doc for doc in docs}  # a batch may carry one id twice
        writer = self._writer(self._index())
        try:
            for doc in latest.values():
                writer.update_document(**_fields_of(doc))
            writer.commit(mergetype=_merge_small)
        except BaseException as exc:
            _cancel(writer)
            if isinstance(exc, OSError):
                raise SearchError(f"Could not write the search index: {exc}") from exc
            raise
        self._changed()

    def delete(self, ids: Sequence[int]) -> None:
        """Removes articles by id in one commit (unknown ids are ignored)."""
        if not ids:
            return
        writer = self._writer(self._index())
        try:
            for doc_id in ids:
                writer.delete_by_term("id", str(doc_id))
            writer.commit(mergetype=_merge_small)
        except BaseException as exc:
            _cancel(writer)
            if isinstance(exc, OSError):
                raise SearchError(f"Could not write the search index: {exc}") from exc
            raise
        self._changed()

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        total: int,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Indexes ``docs`` from scratch into a new folder, then swaps it in.

        The current index stays searchable (and locked against other writers) until
        the swap; a crash before the swap leaves it untouched.
        """
        new = self.folder.with_name(self.folder.name + ".new")
        old = self.folder.with_name(self.folder.name + ".old")
        swap = self._swap_lock()
        start = time.monotonic()
        while not swap.acquire(blocking=False):
            if time.monotonic() - start > self.lock_timeout:
                raise LibraryBusyError(_BUSY)
            time.sleep(0.05)
        try:
            self._rebuild(docs, total, progress, new, old)
        finally:
            swap.release()

    def _rebuild(
        self,
        docs: Iterable[IndexDoc],
        total: int,
        progress: Callable[[int, int], None] | None,
        new: pathlib.Path,
        old: pathlib.Path,
    ) -> None:
        held = self._hold_lock()
        try:
            shutil.rmtree(new, ignore_errors=True)
            new.mkdir(parents=True)
            storage = FileStorage(str(new), supports_mmap=False)
            ix = storage.create_index(make_schema())
            # One writer, one segment: the fastest to search. compound=False skips
            # copying the whole segment into one file at the end.
            writer = _tune(ix.writer(limitmb=_WRITER_MB, compound=False, codec=_codec()))
            done = 0
            try:
                for doc in docs:
                    writer.add_document(**_fields_of(doc))
                    done += 1
                    if progress is not None and done % 200 == 0:
                        progress(done, total)
                writer.commit(merge=False)
            except BaseException:
                writer.cancel()
                raise
            ix.close()
            self._write_version(new)
            if progress is not None:
                progress(done, total)
            with self._lock:
                self._close_index()
                if held is not None and os.name == "nt":  # no renaming a folder in use
                    held.release()
                    held = None
                if self.folder.exists():
                    self.folder.rename(old)
                new.rename(self.folder)
                if held is not None:
                    # Held through the swap (the lock file moved into .old), so that
                    # no other process takes .new for a crashed rebuild's leftover.
                    held.release()
                    held = None
                shutil.rmtree(old, ignore_errors=True)
                self._open()
                self._changed()
        except OSError as exc:
            raise SearchError(f"Could not rebuild the search index: {exc}") from exc
        finally:
            if held is not None:
                held.release()
            shutil.rmtree(new, ignore_errors=True)

    def _hold_lock(self) -> Any:
        """Takes the current index's write lock for the length of a rebuild."""
        if self._ix is None:
            return None
        lock = self._ix.lock("WRITELOCK")
        start = time.monotonic()
        while not lock.acquire(blocking=False):
            if time.monotonic() - start > self.lock_timeout:
                raise LibraryBusyError(_BUSY)
            time.sleep(0.05)
        return lock

    def _changed(self) -> None:
        with self._lock:
            self._cache.clear()

    # -- reading ---------------------------------------------------------------------

    def _current_searcher(self) -> Searcher:
        """The open searcher, refreshed if the index changed (here or in another process)."""
        ix = self._index()
        try:
            if self._searcher is None:
                self._searcher = ix.searcher(weighting=BM25F())
            elif not self._searcher.up_to_date():
                # Not Searcher.refresh(): it reuses segment readers, which keep the
                # deletions they were opened with, so deleted articles would still match.
                self._searcher.close()
                self._searcher = ix.searcher(weighting=BM25F())
                self._cache.clear()
        except OSError as exc:
            raise SearchError(f"Could not read the search index: {exc}") from exc
        return self._searcher

    def doc_ids(self) -> set[int]:
        """The ids of every article in the index."""
        with self._lock:
            searcher = self._current_searcher()
            reader = searcher.reader()
            if reader.doc_count_all() == 0:
                return set()  # an empty index's reader has no columns at all
            ids = reader.column_reader("id")
            return {int(ids[docnum]) for docnum in reader.all_doc_ids()}

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        text_of: Callable[[int], str] | None = None,
    ) -> SearchResults:
        """Runs a query (see :mod:`reader.core.query`); never raises on a malformed query.

        Args:
            query: what the person typed.
            limit: hits per page.
            offset: hits to skip (paging).
            sort: "relevance" (BM25F, newer first among equals), "newest" or "oldest".
            text_of: gives an article's text by id, for snippets; the text must be the
                one that was indexed (snippets use the indexed character offsets).
        """
        parsed = kq.parse(query)
        notice = " ".join(parsed.notices) or None
        words = parsed.words()
        if parsed.node is None:
            return SearchResults(query, 0, [], notice, words)
        with self._lock:
            searcher = self._current_searcher()
            if searcher.doc_count() == 0:
                return SearchResults(query, 0, [], notice, words)
            try:
                compiled = _Compiled(searcher)
                matching, ranking = compiled.compile(parsed.node)
                total, top = self._run(searcher, matching, ranking, sort, offset + limit, query)
                page = top[offset : offset + limit]
                spans = self._spans(searcher, compiled, [d for d, _ in page]) if text_of else {}
                hits = [self._hit(searcher, compiled, d, s, text_of, spans) for d, s in page]
            except OSError as exc:
                raise SearchError(f"Could not read the search index: {exc}") from exc
        return SearchResults(query, total, hits, notice, words)

    def _run(
        self,
        searcher: Searcher,
        matching_query: wq.Query,
        ranking_query: wq.Query | None,
        sort: str,
        wanted: int,
        cache_key: str,
    ) -> tuple[int, list[tuple[int, float]]]:
        """Returns (total, [(docnum, score)…]) for the first ``wanted`` hits."""
        key = (cache_key, sort, wanted)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        matching = _DocSets(searcher, self._term_sets).docs(matching_query)
        total = len(matching)
        if sort in ("newest", "oldest") or ranking_query is None:
            saved = self._saved(searcher)
            pick = heapq.nsmallest if sort == "oldest" else heapq.nlargest
            top = [(docnum, 0.0) for docnum in pick(wanted, matching, key=saved.__getitem__)]
        elif not matching:
            top = []
        else:
            top = self._ranked(searcher, ranking_query, matching, wanted)
        answer = (total, top)
        self._cache[key] = answer
        if len(self._cache) > 64:
            self._cache.popitem(last=False)
        return answer

    def _ranked(
        self, searcher: Searcher, ranking: wq.Query, matching: set[int], wanted: int
    ) -> list[tuple[int, float]]:
        """The ``wanted`` best of ``matching`` by BM25F, newer first among equals.

        Whoosh's own scoring walks a tree of matchers with several Python calls per
        candidate document; here each ranking term's postings are read block by block
        (ids and frequencies only, see :class:`SplitBlockCodec`) and scored with the
        same formula and statistics as Whoosh's BM25F. Matching articles that hold
        none of the ranking words follow, newest first, so every page of a total is
        reachable.
        """
        weighted = _weighted_terms(ranking, 1.0)
        saved = self._saved(searcher)
        scores: dict[int, float] = {}
        if weighted:
            weighting = searcher.weighting
            k1 = weighting.K1
            for leaf, offset in searcher.leaf_searchers():
                reader = leaf.reader()
                size = reader.doc_count_all()
                local = matching
                if offset or size < searcher.doc_count_all():
                    local = {d - offset for d in matching if offset <= d < offset + size}
                if not local:
                    continue
                segid = reader.segment().segment_id()
                for fieldname, text, boost in weighted:
                    if (fieldname, text) not in reader:
                        continue
                    b = weighting._field_B.get(fieldname, weighting.B)
                    avgfl = searcher.avg_field_length(fieldname) or 1
                    # bm25 = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * fl / avgfl))
                    factor = boost * searcher.idf(fieldname, text) * (k1 + 1)
                    base = k1 * (1 - b)
                    per_length = k1 * b / avgfl
                    lengths = self._lengths(reader, segid, fieldname)
                    for docnum, tf in _postings(reader, fieldname, text, local):
                        fl = _BYTE_TO_LENGTH[lengths[docnum]] if docnum < len(lengths) else 1
                        key = docnum + offset
                        scores[key] = scores.get(key, 0.0) + factor * tf / (
                            tf + base + per_length * fl
                        )
        top = heapq.nsmallest(
            wanted, scores.items(), key=lambda item: (-round(item[1], 6), -saved[item[0]])
        )
        if len(top) < wanted:
            rest = heapq.nlargest(
                wanted - len(top),
                (d for d in matching if d not in scores),
                key=saved.__getitem__,
            )
            top.extend((docnum, 0.0) for docnum in rest)
        return top

    def _lengths(self, reader: Any, segid: str, fieldname: str) -> bytes:
        """One field's length bytes for a whole segment (segments never change)."""
        key = (segid, fieldname)
        lengths = self._lengths_by_segment.get(key)
        if lengths is None:
            column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            lengths = b"" if column is None else column._dbfile.get(column._basepos, column._count)
            self._lengths_by_segment[key] = lengths
        return lengths

    def _saved(self, searcher: Searcher) -> list[int]:
        """Each document's saved time as a sortable integer, by global document number.

        Read once per segment (segments never change) and kept.
        """
        values: list[int] = []
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            segid = reader.segment().segment_id()
            column = self._saved_by_segment.get(segid)
            if column is None:
                column = _column_ints(reader.column_reader("saved", translate=False))
                self._saved_by_segment[segid] = column
            values.extend(column)
        return values

    def _hit(
        self,
        searcher: Searcher,
        compiled: _Compiled,
        docnum: int,
        score: float,
        text_of: Callable[[int], str] | None,
        spans: dict[int, list[tuple[int, int]]],
    ) -> Hit:
        stored = searcher.stored_fields(docnum)
        doc_id = int(stored["id"])
        key = language_key(stored.get("lang"))
        title = stored.get("title", "")
        title_marks = compiled.marks.get(f"title_{key}", set()) | compiled.marks.get(
            f"body_{key}", set()
        )
        title_spans = [
            (t.startchar, t.endchar)
            for t in _analyzer_cached(key)(title, chars=True)
            if t.text in title_marks
        ]
        title_html, _ = snippets.mark_all(title, title_spans)
        snippet_html = snippet_text = ""
        if text_of is not None:
            text = text_of(doc_id)
            snippet_html, snippet_text = snippets.snippet(text, spans.get(docnum, []))
        return Hit(doc_id, score, snippet_html, snippet_text, title_html)

    @staticmethod
    def _spans(
        searcher: Searcher, compiled: _Compiled, docnums: list[int]
    ) -> dict[int, list[tuple[int, int]]]:
        """Character spans of the query's terms in each document, from the postings.

        Each term's posting list is opened once and walked forward through the
        page's documents in order.
        """
        reader = searcher.reader()
        by_field: dict[str, list[int]] = collections.defaultdict(list)
        for docnum in sorted(docnums):
            key = language_key(searcher.stored_fields(docnum).get("lang"))
            by_field[f"body_{key}"].append(docnum)
        found: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)
        for fieldname, wanted in by_field.items():
            for term in compiled.marks.get(fieldname, ()):
                if (fieldname, term) not in reader:
                    continue
                matcher = reader.postings(fieldname, term)
                for docnum in wanted:
                    if not matcher.is_active():
                        break
                    matcher.skip_to(docnum)
                    if matcher.is_active() and matcher.id() == docnum:
                        found[docnum].extend(
                            (start, end) for _pos, start, end in matcher.value_as("characters")
                        )
        return found

    def marks(self, text: str, terms: Sequence[str], language: str | None) -> list[tuple[int, int]]:
        """Character spans in ``text`` matching the query ``terms`` (SearchResults.terms).

        For marking words in an opened article: the text is analysed the way it was
        indexed, so ``processors`` marks "processor" as well.
        """
        analyzer = _analyzer_cached(language_key(language))
        wanted: set[str] = set()
        prefixes: list[str] = []
        for term in terms:
            if term.endswith("*"):
                prefixes.append(fold(term[:-1].lower()))
            else:
                wanted.update(_terms(analyzer, term))
        return snippets.merge_spans(
            [
                (t.startchar, t.endchar)
                for t in analyzer(text, chars=True)
                if t.text in wanted or any(t.text.startswith(p) for p in prefixes)
            ]
        )

    # -- closing ---------------------------------------------------------------------

    def _close_index(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None
        self._cache.clear()
        self._saved_by_segment.clear()
        self._term_sets.clear()

    def close(self) -> None:
        """Closes the searcher and the index files."""
        with self._lock:
            self._close_index()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "Hit",
    "IndexDoc",
    "SearchIndex",
    "SearchResults",
    "detect_language",
    "language_key",
    "make_schema",
]
