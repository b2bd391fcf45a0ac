"""The search index in one folder: open, write, rebuild and search."""

from __future__ import annotations

import collections
import contextlib
import heapq
import json
import logging
import os
import pathlib
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from whoosh import index
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from reader.core.errors import IndexDamagedError, LibraryBusyError, SearchError
from reader.core.search import query as kq
from reader.core.search.compiling import Compiled
from reader.core.search.health import READ_FAILURES, damage, record_files, verify_files
from reader.core.search.hits import make_hit, text_marks
from reader.core.search.matching import DocSets, SegmentColumns, rank, term_spans
from reader.core.search.schema import (
    IndexDoc,
    SearchResults,
    codec,
    fields_of,
    make_schema,
)
from reader.core.search.swap import folder_id, recover_swap, settle, swap_lock, wait_for_swap
from reader.core.search.writing import (
    WRITER_MB,
    cancel,
    merge_small,
    tune,
)

logger = logging.getLogger(__name__)

_VERSION_FILE = "kliping-index.json"
_OPEN_ATTEMPTS = 3  # a rebuild's swap under an open or a read: try again this often
_T = TypeVar("_T")
_BUSY = "The search index is being written by another Kliping; try again in a moment."


class SearchIndex:
    """Kliping's search index in one folder.

    Reading (:meth:`search`, :meth:`doc_ids`) is safe from several threads (searches
    are serialized internally); writing (:meth:`update`, :meth:`delete`,
    :meth:`rebuild`) belongs to one writer thread. Another *process* writing the index
    at the same time gives :class:`LibraryBusyError`.
    """

    SCHEMA_VERSION = 4  # 3: the feed field (feed:); 4: feed folders in it (folder:)

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
        self._opened_id: int | None = None
        self._problem: str | None = None
        self._columns = SegmentColumns()
        self._term_sets: collections.OrderedDict[tuple[str, str, Any], frozenset[int]] = (
            collections.OrderedDict()
        )
        recover_swap(self.folder)
        self._open()

    # -- opening ---------------------------------------------------------------------

    def _open(self) -> None:
        # A rebuild in another process may swap the folder while it is being opened;
        # then the folder is different afterwards, and opening again reads the new one.
        for attempt in range(_OPEN_ATTEMPTS):
            last = attempt == _OPEN_ATTEMPTS - 1
            wait_for_swap(self.folder)
            before = folder_id(self.folder)
            try:
                storage = FileStorage(str(self.folder), supports_mmap=False)
                if self.folder.exists() and index.exists(storage):
                    self._ix = storage.open_index()
                else:
                    self._ix = self._create()
                self._opened_id = folder_id(self.folder)
                self._problem = None
                return
            except OSError as exc:
                if not last and folder_id(self.folder) != before:
                    settle(self.folder)
                    continue
                msg = f"Could not open the search index in {self.folder}: {exc}"
                raise SearchError(msg) from exc
            except Exception as exc:  # any unreadable cache (bad pickle, torn file) means "rebuild"
                if not last and folder_id(self.folder) != before:
                    settle(self.folder)
                    continue
                logger.warning("search index in %s is unreadable: %r", self.folder, exc)
                self._ix = None
                self._problem = (
                    f"The search index is unreadable ({type(exc).__name__}); rebuild it."
                )
                return

    def _reading(self, read: Callable[[Searcher], _T]) -> _T:
        """Runs ``read`` with the current searcher, under the lock.

        Another process's rebuild swaps a new folder in; a searcher opened on the old one
        can then fail half-way (Whoosh opens files lazily). If the folder changed under
        the read, the index is opened again and the read repeated; any other failure is
        raised as it is.
        """
        for attempt in range(_OPEN_ATTEMPTS):
            with self._lock:
                opened = self._opened_id
                try:
                    return read(self._current_searcher())
                except Exception:
                    if attempt == _OPEN_ATTEMPTS - 1:
                        raise
                    settle(self.folder)
                    if folder_id(self.folder) == opened:
                        raise
                    logger.info("the search index was rebuilt by another process; reopening")
                    self._close_index()
                    self._open()
        raise AssertionError("unreachable")  # pragma: no cover

    def _create(self) -> index.FileIndex:
        # Under the swap lock: a folder created in the middle of another process's swap
        # would make its rename fail.
        swap = swap_lock(self.folder)
        deadline = time.monotonic() + 10.0
        while not swap.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise LibraryBusyError(_BUSY, reason="busy")
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

    def changed_files(self, *, deep: bool = False) -> str | None:
        """A file of the index that changed or went since it was written, or None.

        Whoosh never rewrites a segment's files; Kliping records each one's size, time
        and checksum when it is written. The quick check compares sizes and times; with
        ``deep`` the contents are read and their checksums compared too.
        """
        return verify_files(self.folder, deep=deep)

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
            return tune(
                ix.writer(timeout=self.lock_timeout, delay=0.05, limitmb=WRITER_MB, codec=codec())
            )
        except index.LockError as exc:
            raise LibraryBusyError(_BUSY, reason="busy") from exc
        except OSError as exc:
            raise SearchError(f"Could not write the search index: {exc}") from exc

    @contextlib.contextmanager
    def _commit(self) -> Iterator[Any]:
        """A writer whose changes are committed together, or abandoned on any error."""
        writer = self._writer(self._index())
        try:
            yield writer
            writer.commit(mergetype=merge_small)
        except BaseException as exc:
            cancel(writer)
            if isinstance(exc, OSError):
                raise SearchError(f"Could not write the search index: {exc}") from exc
            raise
        record_files(self.folder)
        self._changed()

    def update(self, docs: Sequence[IndexDoc]) -> None:
        """Adds or replaces articles (by id) in one commit."""
        if not docs:
            return
        latest = {doc.id: doc for doc in docs}  # a batch may carry one id twice
        with self._commit() as writer:
            for doc in latest.values():
                writer.update_document(**fields_of(doc))

    def delete(self, ids: Sequence[int]) -> None:
        """Removes articles by id in one commit (unknown ids are ignored)."""
        if not ids:
            return
        with self._commit() as writer:
            for doc_id in ids:
                writer.delete_by_term("id", str(doc_id))

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
        swap = swap_lock(self.folder)
        start = time.monotonic()
        while not swap.acquire(blocking=False):
            if time.monotonic() - start > self.lock_timeout:
                raise LibraryBusyError(_BUSY, reason="busy")
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
            writer = tune(ix.writer(limitmb=WRITER_MB, compound=False, codec=codec()))
            done = 0
            try:
                for doc in docs:
                    writer.add_document(**fields_of(doc))
                    done += 1
                    if progress is not None and done % 200 == 0:
                        progress(done, total)
                writer.commit(merge=False)
            except BaseException:
                writer.cancel()
                raise
            ix.close()
            self._write_version(new)
            record_files(new)
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
                raise LibraryBusyError(_BUSY, reason="busy")
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

    def doc_count(self) -> int:
        """How many articles the index holds (reading it: a damaged index raises).

        Raises:
            IndexDamagedError: The index's files could not be read.
        """
        try:
            return self._reading(lambda searcher: int(searcher.doc_count()))
        except LibraryBusyError:
            raise
        except Exception as exc:  # any failure to read the files is damage: rebuild
            raise IndexDamagedError(damage(exc)) from exc

    def doc_ids(self) -> set[int]:
        """The ids of every article in the index."""

        def read(searcher: Searcher) -> set[int]:
            reader = searcher.reader()
            if reader.doc_count_all() == 0:
                return set()  # an empty index's reader has no columns at all
            ids = reader.column_reader("id")
            return {int(ids[docnum]) for docnum in reader.all_doc_ids()}

        return self._reading(read)

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        text_of: Callable[[int], str] | None = None,
    ) -> SearchResults:
        """Runs a query (see :mod:`reader.core.search.query`); never raises on a malformed query.

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
        node = parsed.node

        def read(searcher: Searcher) -> SearchResults:
            if searcher.doc_count() == 0:
                return SearchResults(query, 0, [], notice, words)
            try:
                compiled = Compiled(searcher)
                matching, ranking = compiled.compile(node)
                total, top = self._run(searcher, matching, ranking, sort, offset + limit, query)
                page = top[offset : offset + limit]
                docnums = [d for d, _ in page]
                spans = term_spans(searcher, compiled.marks, docnums) if text_of else {}
                hits = [make_hit(searcher, compiled, d, s, text_of, spans) for d, s in page]
            except OSError as exc:
                raise SearchError(f"Could not read the search index: {exc}") from exc
            return SearchResults(query, total, hits, notice, words)

        try:
            return self._reading(read)
        except (LibraryBusyError, IndexDamagedError):
            raise
        except SearchError as exc:  # the files could not be read, or not opened
            raise IndexDamagedError(str(exc)) from exc
        except READ_FAILURES as exc:  # what Whoosh raises reading a torn or missing file
            raise IndexDamagedError(damage(exc)) from exc

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
        matching = DocSets(searcher, self._term_sets).docs(matching_query)
        total = len(matching)
        if sort in ("newest", "oldest") or ranking_query is None:
            saved = self._columns.saved(searcher)
            pick = heapq.nsmallest if sort == "oldest" else heapq.nlargest
            top = [(docnum, 0.0) for docnum in pick(wanted, matching, key=saved.__getitem__)]
        elif not matching:
            top = []
        else:
            top = rank(searcher, self._columns, ranking_query, matching, wanted)
        answer = (total, top)
        self._cache[key] = answer
        if len(self._cache) > 64:
            self._cache.popitem(last=False)
        return answer

    def marks(self, text: str, terms: Sequence[str], language: str | None) -> list[tuple[int, int]]:
        """Character spans in ``text`` matching the query ``terms`` (SearchResults.terms).

        For marking words in an opened article: the text is analysed the way it was
        indexed, so ``processors`` marks "processor" as well.
        """
        return text_marks(text, terms, language)

    # -- closing ---------------------------------------------------------------------

    def _close_index(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None
        self._cache.clear()
        self._columns.clear()
        self._term_sets.clear()

    def close(self) -> None:
        """Closes the searcher and the index files."""
        with self._lock:
            self._close_index()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
