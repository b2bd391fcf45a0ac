"""The façade the command line and the window call: one library folder, end to end.

Data flows one way: URL → fetch → extract → store → index. This module translates
httpx, sqlite3, OSError and Whoosh failures into :mod:`reader.core.errors`; callers see
only ``KlipingError`` subclasses (or bugs).

The save pipeline lives in :mod:`reader.core.library.saving` and the index catch-up in
:mod:`reader.core.library.indexing`; this class holds the folder, the locks and the
connections, and answers the questions the window and the command line ask.

A ``Library`` may be used from several threads: each thread gets its own SQLite
connection. Writes from any thread or process are serialised by the library's write
lock (a lock file), so the search index and the assets folder never disagree with the
database for longer than one open.
"""

from __future__ import annotations

import builtins
import logging
import os
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import (
    IndexDamagedError,
    LibraryBusyError,
    LibraryDamagedError,
    NotFoundError,
    SearchError,
)
from reader.core.extract import EXTRACTOR_VERSION
from reader.core.library.assets import ImageResult
from reader.core.library.folder import LibraryFolder
from reader.core.library.indexing import IndexSync
from reader.core.library.options import Progress, SaveOptions, SaveResult, clean_tags
from reader.core.library.saving import Saver
from reader.core.paths import resolve_library_dir
from reader.core.store import ArticleFilter, ArticleRecord, ArticleSummary, Store
from reader.core.store.database import damage_message

if TYPE_CHECKING:
    from reader.core.cleaning import CleaningPool
    from reader.core.fetch import Fetcher
    from reader.core.search import SearchIndex, SearchResults

log = logging.getLogger(__name__)


class Library:
    """One library folder: database, assets, original pages and search index.

    Args:
        folder: The library folder; created (private to the user) when absent.
        read_only: Open without writing (a second window on a library in use).
        fetcher: The HTTP fetcher to use (tests pass one with a mock transport).
    """

    def __init__(
        self, folder: Path, *, read_only: bool = False, fetcher: Fetcher | None = None
    ) -> None:
        self.home = LibraryFolder(folder, read_only=read_only, fetcher=fetcher)
        self.folder = folder
        self.read_only = read_only
        self.assets = self.home.assets
        self._sync = IndexSync(self.home)
        # through the façade at call time, so whatever wraps Library.changed sees each write
        self._saver = Saver(self.home, changed=lambda: self.changed())
        self.home.open_database()  # now, not on first use

    @classmethod
    def open(
        cls,
        folder: str | os.PathLike[str] | None = None,
        *,
        catch_up_index: bool = True,
        **kwargs: Any,
    ) -> Library:
        """Open a library and catch up on anything a crash left behind.

        Args:
            catch_up_index: Check and catch up the search index now (the window does it
                in the background instead: see :meth:`index_problem`).
        """
        lib = cls(resolve_library_dir(folder), **kwargs)
        if not lib.read_only:
            lib.recover(catch_up_index=catch_up_index)
        return lib

    @property
    def damaged(self) -> str | None:
        """What SQLite said when it found the database damaged (None while sound)."""
        return self.home.damaged

    @property
    def created(self) -> bool:
        """Whether this run created the database (a new library)."""
        return self.home.created

    # -- plumbing (the folder's parts: reader.core.library.folder) ----------------------

    @property
    def store(self) -> Store:
        """This thread's connection to the database."""
        return self.home.store

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP fetcher (created on first use)."""
        return self.home.fetcher

    @property
    def index(self) -> SearchIndex:
        """The search index (opened on first use)."""
        return self.home.index

    def close(self) -> None:
        """Close the database connections, the index and the fetcher."""
        self.home.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write_lock(self, timeout: float = 15.0) -> AbstractContextManager[None]:
        """Hold the library's write lock, shared by every thread and process (re-entrant
        within a thread)."""
        return self.home.write_lock(timeout)

    def release_thread(self) -> None:
        """Close this thread's database connection (call before a worker thread ends)."""
        self.home.release_thread()

    def recover(self, *, catch_up_index: bool = True) -> None:
        """Repair what a crash can leave: orphan asset files and index lag.

        Never waits for another writer (it will catch the index up itself), never
        sweeps in the run that created the database (no file can be an orphan of a
        database that did not exist) nor in a damaged one.
        """
        if self.damaged is not None:
            return
        try:
            if not self.created:
                with self.write_lock(timeout=0):
                    self.assets.sweep(self.store.asset_paths())
        except LibraryBusyError:
            log.info("library busy; orphan sweep skipped")
        except LibraryDamagedError:
            return  # noted; reading goes on with what is readable
        if catch_up_index:
            self._sync.sync(wait=False, check=True)

    # -- saving (the pipeline is reader.core.library.saving) --------------------------------------

    def save_url(
        self,
        url: str,
        *,
        refresh: bool = False,
        options: SaveOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SaveResult:
        """Fetch a page, clean it, keep it and its images. See :class:`SaveResult`."""
        return self._saver.save_url(
            url, refresh=refresh, options=options, progress=progress, cancel=cancel
        )

    def save_file(
        self,
        path: str | os.PathLike[str],
        *,
        refresh: bool = False,
        options: SaveOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SaveResult:
        """Save a page kept on disk (by a browser or SingleFile)."""
        return self._saver.save_file(
            path, refresh=refresh, options=options, progress=progress, cancel=cancel
        )

    def save_html(
        self,
        html: str,
        url: str,
        *,
        refresh: bool = False,
        options: SaveOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SaveResult:
        """Save a page whose HTML is already known (an export that carries content)."""
        return self._saver.save_html(
            html, url, refresh=refresh, options=options, progress=progress, cancel=cancel
        )

    def save_link(self, url: str, *, options: SaveOptions | None = None) -> SaveResult:
        """Keep an entry whose page could not be fetched: title, URL, tags, highlights."""
        return self._saver.save_link(url, options=options)

    def restore(
        self,
        values: dict[str, Any],
        images: builtins.list[ImageResult],
        *,
        tags: Sequence[str] = (),
        highlights: Sequence[dict[str, Any]] = (),
        original: tuple[bytes, str, str] | None = None,
    ) -> int:
        """Put back an article exactly as a Kliping backup holds it (see
        :meth:`Saver.restore <reader.core.library.saving.Saver.restore>`); the index
        catches up at once. Returns its id."""
        article_id = self._saver.restore(
            values, images, tags=tags, highlights=highlights, original=original
        )
        self.sync_index()
        return article_id

    def reclean(self, article_id: int) -> SaveResult:
        """Run the current cleaner again on the kept original page (no network)."""
        return self._saver.reclean(article_id)

    def outdated_ids(self) -> list[int]:
        """Articles an older cleaner cleaned whose page is kept: ``reclean`` can redo them."""
        return self.store.outdated_ids(EXTRACTOR_VERSION)

    def refetch(self, article_id: int, **kwargs: Any) -> SaveResult:
        """Fetch an article's page again and clean it anew (keeping its state)."""
        return self._saver.refetch(article_id, **kwargs)

    # -- reading ------------------------------------------------------------------------

    def get(self, article_id: int) -> ArticleRecord:
        """One article; NotFoundError when absent."""
        return self.store.get_article(article_id)

    def get_many(self, ids: Sequence[int]) -> list[ArticleRecord]:
        """Several articles in the given order (missing ids skipped)."""
        return self.store.get_articles(ids)

    def list(
        self,
        flt: ArticleFilter | None = None,
        *,
        sort: str = "saved",
        offset: int = 0,
        limit: int = -1,
    ) -> builtins.list[ArticleSummary]:
        """Summaries of the articles matching ``flt`` (see :data:`store.SORTS`)."""
        return self.store.list_articles(flt, sort=sort, offset=offset, limit=limit)

    def count(self, flt: ArticleFilter | None = None) -> int:
        """How many articles match ``flt``."""
        return self.store.count(flt)

    def counts(self) -> dict[str, int]:
        """Sidebar counts: all, unread, favorites, archived."""
        return self.store.counts()

    def sites(self) -> builtins.list[tuple[str, int]]:
        """Sites with their article counts."""
        return self.store.sites()

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Tags with their article counts."""
        return self.store.all_tags()

    def original_html(self, article_id: int) -> str | None:
        """The page as it was saved, or None when not kept."""
        original = self.store.get_original(article_id)
        if original is None:
            return None
        raw, encoding = original
        return raw.decode(encoding, "replace")

    def images(self, article_id: int) -> builtins.list[dict[str, Any]]:
        """An article's images and where they are on disk."""
        return self.store.images_of(article_id)

    def asset_path(self, relative: str) -> Path:
        """The absolute path of an asset referenced as ``assets/…``."""
        return self.folder / relative

    def highlights(self, article_id: int) -> builtins.list[dict[str, Any]]:
        """An article's highlights, in text order."""
        return self.store.highlights_of(article_id)

    # -- changing -----------------------------------------------------------------------

    def _change(self, ids: Sequence[int], fn: Callable[[Store, int], None]) -> None:
        self._require(ids)
        with self.write_lock(), self.store.transaction():
            for article_id in ids:
                fn(self.store, article_id)
        self.changed()

    def delete(self, ids: Sequence[int]) -> int:
        """Delete articles, their images and highlights. Returns how many went."""
        found = [a for a in ids if self.store.count(ArticleFilter(ids=[a]))]
        if not found:
            return 0
        with self.write_lock():
            with self.store.transaction():
                gone = self.store.delete_articles(found)
            self.assets.remove(gone)
        self.changed()
        return len(found)

    def tag(self, ids: Sequence[int], tags: Sequence[str]) -> None:
        """Add tags to articles."""
        clean = clean_tags(tags)
        self._change(ids, lambda st, i: st.add_tags(i, clean))

    def untag(self, ids: Sequence[int], tags: Sequence[str]) -> None:
        """Remove tags from articles."""
        clean = clean_tags(tags)
        self._change(ids, lambda st, i: st.remove_tags(i, clean))

    def mark(
        self,
        ids: Sequence[int],
        *,
        read: bool | None = None,
        favorite: bool | None = None,
        archived: bool | None = None,
    ) -> None:
        """Set read, favourite and archived states."""
        values = {
            k: v
            for k, v in (("is_read", read), ("is_favorite", favorite), ("is_archived", archived))
            if v is not None
        }
        if values:
            self._change(ids, lambda st, i: st.update_article(i, values))

    def set_position(self, article_id: int, position: float) -> None:
        """Remember how far the article has been read (0–1). Not indexed."""
        with self.write_lock(), self.store.transaction():
            self.store.update_article(
                article_id, {"read_position": max(0.0, min(1.0, position))}, reindex=False
            )

    def add_highlight(
        self,
        article_id: int,
        quote: str,
        note: str = "",
        start: int | None = None,
        end: int | None = None,
        labels: Sequence[str] = (),
    ) -> int:
        """Keep a highlight; returns its id."""
        self._require([article_id])
        with self.write_lock(), self.store.transaction():
            return self.store.add_highlight(article_id, quote, note, start, end, labels=labels)

    def highlight_counts(self, ids: Sequence[int]) -> dict[int, int]:
        """How many highlights each article has (articles without any are absent)."""
        return self.store.highlight_counts(ids)

    def tags_of_many(self, ids: Sequence[int]) -> dict[int, builtins.list[str]]:
        """The tags of each article (articles without any are absent)."""
        return self.store.tags_of_many(ids)

    def all_highlights(self) -> builtins.list[dict[str, Any]]:
        """Every highlight of the library (each with its ``article_id``)."""
        return self.store.all_highlights()

    def set_note(self, article_id: int, note: str) -> None:
        """Replace the reader's own note on an article ("" removes it)."""
        self._require([article_id])
        with self.write_lock(), self.store.transaction():
            self.store.update_article(article_id, {"note": note.strip()})
        self.changed()

    def update_highlight(self, highlight_id: int, note: str) -> None:
        """Change a highlight's note."""
        with self.write_lock(), self.store.transaction():
            self.store.update_highlight(highlight_id, note=note)

    def delete_highlight(self, highlight_id: int) -> None:
        """Remove a highlight.

        Raises:
            NotFoundError: There is no such highlight.
        """
        if self.store.highlight_article(highlight_id) is None:
            raise NotFoundError(f"There is no highlight {highlight_id} in this library.")
        with self.write_lock(), self.store.transaction():
            self.store.delete_highlight(highlight_id)

    def _require(self, ids: Sequence[int]) -> None:
        missing = [i for i in ids if not self.store.count(ArticleFilter(ids=[i]))]
        if missing:
            raise NotFoundError(
                f"There is no article {', '.join(map(str, missing))} in this library."
            )

    # -- search -------------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, sort: str = "relevance"
    ) -> SearchResults:
        """Search every saved article; snippets come from the text in the database."""
        try:
            return self.index.search(
                query, limit=limit, offset=offset, sort=sort, text_of=self.store.text_of
            )
        except IndexDamagedError as exc:
            if self.read_only or self.damaged is not None:
                raise
            # The index is a cache of the database: rebuild it, say so, search again.
            self._sync.rebuild_damaged(f"The search index is damaged ({exc})")
            return self.index.search(
                query, limit=limit, offset=offset, sort=sort, text_of=self.store.text_of
            )

    def check(self) -> builtins.list[str]:
        """Read the whole database (SQLite's integrity check) and test the index.

        Returns what is wrong, a line each (empty when the library is sound). Damage
        found is noted as anywhere else: writing stops until ``kliping repair``.
        """
        problems: builtins.list[str] = []
        if self.damaged is None:
            try:
                result = self.store.integrity_check()
            except LibraryDamagedError:
                pass  # noted by the store
            else:
                if result != "ok":
                    self.home.found_damage(f"integrity check: {result}")
        if self.damaged is not None:
            problems.append(damage_message(self.damaged))
            return problems
        try:
            problem = self.index_problem(deep=True)
        except SearchError as exc:
            problem = f"The search index is damaged ({exc})"
        if problem:
            self._sync.rebuild_damaged(problem)
            problems.append(f"{problem}; it was rebuilt from the library")
        return problems

    def index_problem(self, *, deep: bool = False) -> str | None:
        """Why the search index cannot be trusted now (missing, damaged, old), or None.

        Cheap (file sizes, a count and one read; ``deep`` reads every index file);
        :meth:`sync_index` rebuilds what it finds.
        """
        if self.read_only or self.damaged is not None:
            return None
        try:
            return self._sync.structural_problem() or self._sync.index_problem(deep=deep)
        except SearchError as exc:
            return f"The search index is damaged ({exc})"

    @property
    def index_rebuilt(self) -> str | None:
        """Why the search index was found damaged and rebuilt in this run (or None)."""
        return self._sync.rebuilt

    def sync_index(self, *, check: bool = False) -> int:
        """Apply pending changes to the search index. Returns how many were applied.

        With ``check``, also test the index for damage and rebuild it if so.
        """
        return self._sync.sync(check=check)

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search index from the database. Returns the article count."""
        return self._sync.reindex(progress)

    def index_batch(self, every: int = 200) -> AbstractContextManager[None]:
        """Catch the index up every ``every`` changes, and at the end (bulk saves)."""
        return self._sync.index_batch(every)

    def cleaning_with(self, pool: CleaningPool) -> AbstractContextManager[None]:
        """Pages saved meanwhile (from any thread) are cleaned by ``pool``'s workers."""
        return self._saver.cleaning_with(pool.clean)

    def changed(self) -> None:
        """After a write: catch the index up now, or later inside an index batch."""
        self._sync.changed()


__all__ = [
    "ArticleFilter",
    "ArticleRecord",
    "ArticleSummary",
    "Library",
    "SaveOptions",
    "SaveResult",
]
