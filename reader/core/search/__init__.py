"""The full-text search index (Whoosh): with :mod:`reader.core.search.analysis`, the only
code that imports whoosh.

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
only when the index changed; results are cached per index generation; a posting
block keeps its ids apart from its positions (:class:`~reader.core.search.codec.SplitBlockCodec`),
so matching and ranking a common word never decode its positions.

Modules: :mod:`~reader.core.search.schema` (fields, codec, documents and results),
:mod:`~reader.core.search.compiling` (query → Whoosh queries),
:mod:`~reader.core.search.matching` (matching sets, BM25F ranking, snippet spans),
:mod:`~reader.core.search.hits` (a hit's marked title and snippet, an article's marks),
:mod:`~reader.core.search.writing` (faster writer parts, merge policy),
:mod:`~reader.core.search.swap` (a rebuild's folder swap, as other readers see it),
:mod:`~reader.core.search.health` (the files' notes and checks, damage) and
:mod:`~reader.core.search.index` (:class:`SearchIndex`, which ties them together).
"""

from reader.core.search.index import SearchIndex
from reader.core.search.schema import (
    LANGUAGE_KEYS,
    Hit,
    IndexDoc,
    SearchResults,
    language_key,
    make_schema,
)

__all__ = [
    "LANGUAGE_KEYS",
    "Hit",
    "IndexDoc",
    "SearchIndex",
    "SearchResults",
    "language_key",
    "make_schema",
]
