"""Which documents match, and their BM25F scores, read from the posting blocks."""

from __future__ import annotations

import collections
import heapq
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher

from reader.core.search.schema import language_key
from reader.core.search.writing import BYTE_TO_LENGTH, column_ints

logger = logging.getLogger(__name__)

_CACHED_TERM_DOCS = 2000  # a term in this many articles keeps its document set …
_CACHED_TERMS = 48  # … for this many such terms


class DocSets:
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
        docs = term_docs(reader, fieldname, text)
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


def term_docs(reader: Any, fieldname: str, text: Any) -> set[int]:
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


def weighted_terms(query: wq.Query, boost: float) -> list[tuple[str, Any, float]]:
    """The terms a ranking query scores, each with the product of the boosts above it."""
    if isinstance(query, wq.Term):
        return [(query.fieldname, query.text, boost * query.boost)]
    if isinstance(query, wq.And | wq.Or):
        found: list[tuple[str, Any, float]] = []
        for sub in query.subqueries:
            found.extend(weighted_terms(sub, boost * query.boost))
        return found
    return []  # nothing else is ranked (see Compiled.rankable)


def term_postings(
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


class SegmentColumns:
    """Per-segment columns, read once and kept (a segment never changes)."""

    def __init__(self) -> None:
        self._saved: dict[str, list[int]] = {}
        self._lengths: dict[tuple[str, str], bytes] = {}

    def clear(self) -> None:
        self._saved.clear()
        self._lengths.clear()

    def lengths(self, reader: Any, segid: str, fieldname: str) -> bytes:
        """One field's length bytes for a whole segment (segments never change)."""
        key = (segid, fieldname)
        lengths = self._lengths.get(key)
        if lengths is None:
            column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            lengths = b"" if column is None else column._dbfile.get(column._basepos, column._count)
            self._lengths[key] = lengths
        return lengths

    def saved(self, searcher: Searcher) -> list[int]:
        """Each document's saved time as a sortable integer, by global document number.

        Read once per segment (segments never change) and kept.
        """
        values: list[int] = []
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            segid = reader.segment().segment_id()
            column = self._saved.get(segid)
            if column is None:
                column = column_ints(reader.column_reader("saved", translate=False))
                self._saved[segid] = column
            values.extend(column)
        return values


def rank(
    searcher: Searcher,
    columns: SegmentColumns,
    ranking: wq.Query,
    matching: set[int],
    wanted: int,
) -> list[tuple[int, float]]:
    """The ``wanted`` best of ``matching`` by BM25F, newer first among equals.

    Whoosh's own scoring walks a tree of matchers with several Python calls per
    candidate document; here each ranking term's postings are read block by block
    (ids and frequencies only, see :class:`SplitBlockCodec`) and scored with the
    same formula and statistics as Whoosh's BM25F. Matching articles that hold
    none of the ranking words follow, newest first, so every page of a total is
    reachable.
    """
    weighted = weighted_terms(ranking, 1.0)
    saved = columns.saved(searcher)
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
                lengths = columns.lengths(reader, segid, fieldname)
                for docnum, tf in term_postings(reader, fieldname, text, local):
                    fl = BYTE_TO_LENGTH[lengths[docnum]] if docnum < len(lengths) else 1
                    key = docnum + offset
                    scores[key] = scores.get(key, 0.0) + factor * tf / (tf + base + per_length * fl)
    top: list[tuple[int, float]] = heapq.nsmallest(
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


def term_spans(
    searcher: Searcher, marks: dict[str, set[str]], docnums: list[int]
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
        for term in marks.get(fieldname, ()):
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
