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

from reader.core.errors import LibraryBusyError, SearchError
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

    def sync(self) -> int:
        """Apply pending changes to the search index. Returns how many were applied.

        Safe to repeat: each change is an upsert or delete by id, and a change leaves the
        outbox only after the index has committed it. When another process holds the
        index, the changes wait for the next call.
        """
        if self.home.read_only:
            return 0
        st = self.home.store
        index_dir = self.home.index_dir
        fresh = not index_dir.exists()
        try:
            if (fresh and st.count()) or (not fresh and self.home.index.needs_rebuild()):
                self.reindex()
                return st.count()
            applied = 0
            while True:
                with self.home.write_lock():
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
        except LibraryBusyError as exc:
            log.info("index catch-up postponed: %s", exc)
            return 0
        except SearchError as exc:
            # The articles are safe in the database and the outbox keeps the changes,
            # so the next change or the next open catches the index up.
            log.warning("index catch-up postponed: %s", exc)
            return 0

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search index from the database. Returns the article count."""
        st = self.home.store
        with self.home.write_lock(timeout=60):
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
