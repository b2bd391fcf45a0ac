"""One search hit as the list shows it, and the query's words marked in an article.

Both mark words the way they were indexed: a hit's title and snippet
(:func:`make_hit`) and an opened article's text (:func:`text_marks`), so
``processors`` marks "processor" as well.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from whoosh.searching import Searcher

from reader.core.search import snippets
from reader.core.search.analysis import fold
from reader.core.search.compiling import Compiled, analyzer_cached, query_terms
from reader.core.search.schema import Hit, language_key


def make_hit(
    searcher: Searcher,
    compiled: Compiled,
    docnum: int,
    score: float,
    text_of: Callable[[int], str] | None,
    spans: dict[int, list[tuple[int, int]]],
) -> Hit:
    """The hit for ``docnum``: its id and score, its title with the query's words marked
    and, given ``text_of``, a snippet of its text around the ``spans`` that matched."""
    stored = searcher.stored_fields(docnum)
    doc_id = int(stored["id"])
    key = language_key(stored.get("lang"))
    title = stored.get("title", "")
    title_marks = compiled.marks.get(f"title_{key}", set()) | compiled.marks.get(
        f"body_{key}", set()
    )
    title_spans = [
        (t.startchar, t.endchar)
        for t in analyzer_cached(key)(title, chars=True)
        if t.text in title_marks
    ]
    title_html, _ = snippets.mark_all(title, title_spans)
    snippet_html = snippet_text = ""
    if text_of is not None:
        text = text_of(doc_id)
        snippet_html, snippet_text = snippets.snippet(text, spans.get(docnum, []))
    return Hit(doc_id, score, snippet_html, snippet_text, title_html)


def text_marks(text: str, terms: Sequence[str], language: str | None) -> list[tuple[int, int]]:
    """Character spans in ``text`` matching the query ``terms`` (SearchResults.terms).

    For marking words in an opened article: the text is analysed the way it was
    indexed, so ``processors`` marks "processor" as well.
    """
    analyzer = analyzer_cached(language_key(language))
    wanted: set[str] = set()
    prefixes: list[str] = []
    for term in terms:
        if term.endswith("*"):
            prefixes.append(fold(term[:-1].lower()))
        else:
            wanted.update(query_terms(analyzer, term))
    return snippets.merge_spans(
        [
            (t.startchar, t.endchar)
            for t in analyzer(text, chars=True)
            if t.text in wanted or any(t.text.startswith(p) for p in prefixes)
        ]
    )
