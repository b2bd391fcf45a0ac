"""The SQLite database: the library's source of truth (the search index and the
assets folder are derived from it).

Public API::

    Store              one connection to ``library.sqlite3``: articles, tags, highlights
    ArticleRecord      one saved article, as stored
    ArticleSummary     the columns the article list shows
    ArticleFilter      which articles a listing or an export takes
    SORTS              the orders a listing can take
    ARTICLE_COLUMNS    the ``articles`` table's columns
    SCHEMA_VERSION     the schema this code writes (migrations in :mod:`.schema`)
    utcnow             the timestamp every stored time uses

Behind the face: :mod:`.database` (the ``Store``: articles, listings, the outbox), its
table groups :mod:`.annotations` (tags, highlights) and :mod:`.pages` (kept pages,
images) over :mod:`.rows`, :mod:`.guard` (a damaged file noticed, sqlite3 errors worded),
:mod:`.schema` (tables and migrations), :mod:`.records` (the plain values it returns)
and :mod:`.salvage` (reading what a damaged file still holds).
"""

from reader.core.store.database import SORTS, Store
from reader.core.store.records import ArticleFilter, ArticleRecord, ArticleSummary, utcnow
from reader.core.store.schema import ARTICLE_COLUMNS, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "ARTICLE_COLUMNS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SORTS",
    "ArticleFilter",
    "ArticleRecord",
    "ArticleSummary",
    "Store",
    "utcnow",
]
