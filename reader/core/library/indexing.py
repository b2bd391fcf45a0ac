"""Keeping the search index in step with the database.

SQLite is the truth; the Whoosh index is a derived cache. Every article change writes an
``index_outbox`` row in the same transaction as the change, and :class:`IndexSync`
drains the outbox into the index: each change is an upsert or delete by id, and a row
leaves the outbox only after the index has committed it, so a replay after a crash is
harmless. A lost or outdated index (schema version) is rebuilt from the database.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from reader.core.errors import IndexDamagedError, LibraryBusyError, SearchError
from reader.core.store import ArticleRecord

if TYPE_CHECKING:
    from reader.core.library.folder import LibraryFolder

log = logging.getLogger(__name__)


class IndexSync:
    """Catches one library's search index up with its database."""

    def __init__(self, home: LibraryFolder) -> None:
        self.home = home
        self._batch_lock = threading.Lock()
        self._batch_depth = 0
        self._batch_every = 200
        self._batch_changes = 0
        #: Why the index was last found damaged and rebuilt (None when it was not).
        self.rebuilt: str | None = None

    @contextmanager
    def index_batch(self, every: int = 200) -> Iterator[None]:
        """Catch the search index up every ``every`` changes instead of after each one.

        For imports and other bulk saves: one index commit per article is most of their
        time. The database stays the truth throughout (the outbox holds what the index
        lacks), and the index is caught up when the outermost batch ends.
        """
        with self._batch_lock:
            self._batch_depth += 1
            self._batch_every = every
        try:
            yield
        finally:
            with self._batch_lock:
                self._batch_depth -= 1
                last = self._batch_depth == 0
                if last:
                    self._batch_changes = 0
            if last:
                self.sync()

    def changed(self) -> None:
        """After a write: catch the index up now, or later when inside a batch."""
        with self._batch_lock:
            if self._batch_depth:
                self._batch_changes += 1
                if self._batch_changes < self._batch_every:
                    return
                self._batch_changes = 0
        self.sync()

    def sync(self, *, wait: bool = True, check: bool = False) -> int:
        """Apply pending changes to the search index. Returns how many were applied.

        Safe to repeat: each change is an upsert or delete by id, and a change leaves the
        outbox only after the index has committed it. When another process holds the
        index, the changes wait for the next call. The write lock is taken only when
        there is work: with nothing pending, reading never waits for a writer.

        Args:
            wait: Wait for another writer's lock (up to 15 s); with False, leave the
                work to that writer (it catches the index up after its own change).
            check: Also test the index for damage (:meth:`index_problem`): when the
                library opens, not after every change.
        """
        if self.home.read_only or self.home.damaged is not None:
            return 0
        timeout = 15.0 if wait else 0.0
        try:
            problem = self.structural_problem()
            if problem:
                return self.rebuild_damaged(problem, timeout=timeout)
            applied = self._drain(timeout)
            problem = self.index_problem() if check else None
            if problem:
                return self.rebuild_damaged(problem, timeout=timeout)
            return applied
        except LibraryBusyError as exc:
            log.info("index catch-up postponed: %s", exc)
            return 0
        except SearchError as exc:
            # The articles are safe in the database and the outbox keeps the changes,
            # so the next change or the next open catches the index up.
            log.warning("index catch-up postponed: %s", exc)
            return 0

    def structural_problem(self) -> str | None:
        """Why the index must be rebuilt before anything else (missing, unreadable, old)."""
        if not self.home.index_dir.exists():
            return "The search index is missing" if self.home.store.count() else None
        if self.home.index.needs_rebuild():
            return "The search index is unreadable or from another version"
        return None

    def _drain(self, timeout: float) -> int:
        st = self.home.store
        applied = 0
        while True:
            if not st.outbox(limit=1):  # read without the lock: usually nothing to do
                return applied
            with self.home.write_lock(timeout=timeout):
                pending = st.outbox()
                if not pending:
                    return applied
                ups = [i for i, op in pending if op == "upsert"]
                dels = [i for i, op in pending if op == "delete"]
                records = st.get_articles(ups)
                dels += sorted(set(ups) - {r.id for r in records})
                with self.home.index_lock:
                    if records:
                        self.home.index.update([to_index_doc(r) for r in records])
                    if dels:
                        self.home.index.delete(dels)
                st.clear_outbox(pending)
                applied += len(pending)

    def rebuild_damaged(self, problem: str, *, timeout: float = 60.0) -> int:
        """Rebuild an index found damaged, remembering why (the caller says so).

        A missing or outdated index is simply built (nothing to report).
        """
        log.info("%s; rebuilding it from the library", problem)
        n = self.reindex(timeout=timeout)
        if "damaged" in problem:
            self.rebuilt = problem
        return n

    def index_problem(self, *, deep: bool = False) -> str | None:
        """Why the index cannot be trusted to find what the library holds, or None.

        Checks that no index file changed since it was written (sizes and times; with
        ``deep``, checksums), compares the index's article count with the database's
        (read together with the outbox in one snapshot: while changes are pending the
        counts may differ) and reads the index once; a read that fails means damage.
        """
        st = self.home.store
        with st.snapshot():
            if st.outbox(limit=1):
                return None
            expected = st.count()
        changed = self.home.index.changed_files(deep=deep)
        if changed:
            return f"The search index is damaged ({changed})"
        try:
            found = self.home.index.doc_count()
        except IndexDamagedError as exc:
            return f"The search index is damaged ({exc})"
        if found != expected:
            return (
                f"The search index is damaged (it holds {found} of the library's "
                f"{expected} articles)"
            )
        return None

    def reindex(
        self, progress: Callable[[int, int], None] | None = None, *, timeout: float = 60.0
    ) -> int:
        """Rebuild the search index from the database. Returns the article count."""
        st = self.home.store
        with self.home.write_lock(timeout=timeout):
            ids = st.all_ids()
            pending = st.outbox(limit=10**9)

            def docs() -> Iterator[Any]:
                for start in range(0, len(ids), 200):
                    for rec in st.get_articles(ids[start : start + 200]):
                        yield to_index_doc(rec)

            with self.home.index_lock:
                self.home.index.rebuild(docs(), len(ids), progress)
            st.clear_outbox(pending)
        return len(ids)


def to_index_doc(rec: ArticleRecord) -> Any:
    """The search index's view of an article."""
    from reader.core.search import IndexDoc

    published = None
    if rec.published:
        try:
            published = dt.date.fromisoformat(rec.published[:10])
        except ValueError:
            published = None
    saved = dt.datetime.fromisoformat(rec.saved_at.replace("Z", "+00:00"))
    return IndexDoc(
        id=rec.id, title=rec.title, text=rec.text, authors=rec.authors, site=rec.display_site,
        tags=rec.tags, language=rec.language, url=rec.url, saved=saved, published=published,
        is_read=rec.is_read, is_favorite=rec.is_favorite, is_archived=rec.is_archived,
        feed=rec.feed_title or "", feed_id=rec.feed_id, feed_folder=rec.feed_folder or "",
    )  # fmt: skip
