"""A parsed query (:mod:`reader.core.search.query`) turned into Whoosh queries."""

from __future__ import annotations

import collections
import datetime
import logging
from itertools import islice

from whoosh import query as wq
from whoosh.searching import Searcher

from reader.core.search import query as kq
from reader.core.search.analysis import (
    CJK_LANGUAGES,
    SNOWBALL,
    CJKAnalyzer,
    WordAnalyzer,
    fold,
)
from reader.core.search.schema import (
    AUTHOR_BOOST,
    FOLDER_KEY,
    LANGUAGE_KEYS,
    TITLE_BOOST,
    analyzer_for,
    language_key,
)

logger = logging.getLogger(__name__)

_MAX_EXPANSION = 32  # terms a prefix or fuzzy word may expand to, per field
# A word in more than this share of the articles ranks nothing ("the", "и", "的"):
# it still has to match, but is not scored, so it never forces scoring most of the
# index. Small libraries score everything.
_COMMON_SHARE = 0.12
_COMMON_MIN_DOCS = 2000
_WIDE_OR = 12  # an OR this wide is scored with Whoosh's array matcher


class Compiled:
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
                analyzer = analyzer_cached(key)
                for fieldname, boost in self._fields(word.field, key):
                    subs.extend(self._word_in(word, fieldname, analyzer, boost))
        if word.field in (None, "author"):
            subs.extend(self._word_in(word, "author", analyzer_cached("xx"), AUTHOR_BOOST))
        return any_of(subs)

    def rankable(self, query: wq.Query) -> wq.Query | None:
        """The query for ranking: a phrase becomes its uncommon words (AND).

        Which documents hold the phrase is settled by :class:`DocSets`; scoring its
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
            return any_of([p for p in parts if p is not None])
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
                stem = next(iter(query_terms(analyzer, word.text)), text)
                prefix = 2 if len(stem) > 4 else 1
                within = self.reader.terms_within(fieldname, stem, word.fuzzy, prefix=prefix)
                terms = list(islice(within, _MAX_EXPANSION))
            self.marks[fieldname].update(terms)
            return [wq.Term(fieldname, t, boost=boost) for t in terms]
        terms = query_terms(analyzer, word.text)
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
            terms = query_terms(analyzer_cached(key), phrase.text)
            if not terms or not all(self._exists(fieldname, t) for t in terms):
                continue
            self.marks[fieldname].update(terms)
            if len(terms) == 1:
                subs.append(wq.Term(fieldname, terms[0], boost=boost))
            else:
                subs.append(wq.Phrase(fieldname, terms, boost=boost))
        return any_of(subs)

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
        if node.field == "folder":  # folders are among the feed keys
            return wq.Term("feed", FOLDER_KEY + " ".join(node.value.split()))
        if node.field == "feed":
            return wq.Term("feed", " ".join(node.value.split()))
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
            matching = any_of([m for m, _ in parts]) or wq.NullQuery
            # An alternative that ranks nothing (a filter, a common word) would be
            # missing from a ranked search: rank none of them then.
            if any(r is None for _, r in parts):
                return matching, None
            return matching, any_of([r for _, r in parts if r is not None])
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
        result = all_of(required) if required else wq.Every()
        if excluded:
            result = wq.AndNot(result, any_of(excluded) or wq.NullQuery)
        return result, (all_of(ranking) if ranking else None)


_ANALYZERS: dict[str, WordAnalyzer | CJKAnalyzer] = {}


def analyzer_cached(key: str) -> WordAnalyzer | CJKAnalyzer:
    analyzer = _ANALYZERS.get(key)
    if analyzer is None:
        analyzer = _ANALYZERS[key] = analyzer_for(key)
    return analyzer


def query_terms(analyzer: WordAnalyzer | CJKAnalyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text, mode="query")]


def any_of(subs: list[wq.Query]) -> wq.Query | None:
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


def all_of(subs: list[wq.Query]) -> wq.Query:
    if any(s is wq.NullQuery for s in subs):
        return wq.NullQuery
    return subs[0] if len(subs) == 1 else wq.And(subs)
