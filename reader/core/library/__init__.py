"""The library: the façade the command line and the window call, over one library folder.

Public API::

    Library        one library folder, end to end (save, read, tag, search, delete)
    SaveOptions    how a save treats a page already in the library
    SaveResult     what a save did
    Progress       a save's progress callback type

Behind the face: :mod:`.facade` (the ``Library`` class), :mod:`.saving` (fetch → extract
→ assets → store, the save pipeline), :mod:`.columns` (the row a save writes),
:mod:`.indexing` (the search index kept in step with the database) and :mod:`.assets`
(the images folder).
"""

from reader.core.library.facade import Library
from reader.core.library.options import Progress, SaveOptions, SaveResult
from reader.core.store import ArticleFilter, ArticleRecord, ArticleSummary

__all__ = [
    "ArticleFilter",
    "ArticleRecord",
    "ArticleSummary",
    "Library",
    "Progress",
    "SaveOptions",
    "SaveResult",
]
