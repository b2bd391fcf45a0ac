"""The article list: a lazily loaded Qt model (its rows are drawn by article_delegate).

The model asks the library for one page of summaries at a time (``fetchMore``), on
the I/O pool, so a library of 100,000 articles opens at once and scrolls smoothly:
only what has been scrolled past is ever loaded. The same model shows search results
(with their marked snippets) while the search field has text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reader.core.library import ArticleFilter, Library
from reader.core.textdir import article_direction
from reader.gui.changes import Changes
from reader.gui.formatting import display_date
from reader.gui.i18n import translate
from reader.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

PAGE = 300
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """What one list row shows (a plain value, built on a worker thread)."""

    id: int
    title: str
    site: str
    date: str
    minutes: int
    excerpt: str
    is_read: bool
    is_favorite: bool
    is_archived: bool
    url: str
    snippet_html: str = ""  # search results only: the excerpt with <mark>ed words
    direction: str = "ltr"  # "rtl" for Arabic, Hebrew, Persian, Urdu … titles

    @classmethod
    def from_summary(cls, s: Any, snippet_html: str = "") -> Row:
        """A row from an :class:`~reader.core.store.ArticleSummary`."""
        return cls(
            id=s.id, title=s.title or s.url, site=s.display_site,
            date=display_date(s.published or s.saved_at), minutes=s.reading_minutes,
            excerpt=s.excerpt, is_read=s.is_read, is_favorite=s.is_favorite,
            is_archived=s.is_archived, url=s.url, snippet_html=snippet_html,
            direction=article_direction(getattr(s, "language", None), s.title, s.excerpt),
        )  # fmt: skip


@dataclass(frozen=True)
class SearchPage:
    """One page of search answers, with the query it answers."""

    query: str
    total: int
    notice: str
    terms: list[str]
    rows: list[Row]
    offset: int


def load_page(lib: Library, flt: ArticleFilter, sort: str, offset: int) -> list[Row]:
    """Worker job: one page of the library list."""
    return [Row.from_summary(s) for s in lib.list(flt, sort=sort, offset=offset, limit=PAGE)]


def search_page(lib: Library, query: str, offset: int, limit: int = 60) -> SearchPage:
    """Worker job: one page of search answers with their list rows."""
    res = lib.search(query, limit=limit, offset=offset)
    ids = [h.id for h in res.hits]
    summaries = {s.id: s for s in lib.list(ArticleFilter(ids=ids))} if ids else {}
    rows = [
        Row.from_summary(summaries[h.id], snippet_html=h.snippet_html or "")
        for h in res.hits
        if h.id in summaries
    ]
    return SearchPage(
        query, int(res.total), str(res.notice or ""), list(res.terms or ()), rows, offset
    )


class ArticleListModel(QAbstractListModel):
    """Articles of the current view (a sidebar filter, or a search), loaded page by page.

    Signals:
        loaded(): a page arrived (tests and the window wait on it).
        search_answered(SearchPage): the first page of a search arrived.
    """

    loaded = Signal()
    search_answered = Signal(object)

    RowRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, runner: TaskRunner, library: Library) -> None:
        super().__init__()
        self._runner = runner
        self._lib = library
        self._rows: list[Row] = []
        self._hidden: set[int] = set()
        self._parked: list[tuple[int, Row]] = []  # rows hidden for a delete, for undo
        self._generation = 0
        self._fetched = 0  # rows read from the library so far (hidden ones included)
        self._exhausted = True
        self._loading = False
        self._filter = ArticleFilter()
        self._sort = "saved"
        self._query = ""
        self._total = 0

    # -- what to show -------------------------------------------------------------------

    @property
    def query(self) -> str:
        """The search being shown ('' when the library list is)."""
        return self._query

    @property
    def total(self) -> int:
        """Search results in all (library view: rows loaded so far)."""
        return self._total if self._query else len(self._rows)

    def show_library(self, flt: ArticleFilter, sort: str) -> None:
        """Show the articles matching ``flt``, sorted."""
        self._filter, self._sort, self._query = flt, sort, ""
        self._restart()

    def show_search(self, query: str) -> None:
        """Show the answers to ``query`` (asked on the I/O pool, stale answers dropped)."""
        self._query = query
        self._restart()

    def reload(self) -> None:
        """Ask the library again for the current view."""
        self._restart()

    def _restart(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._fetched = 0
        self._total = 0
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    # -- lazy loading ---------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._loading = True
        generation, offset, lib = self._generation, self._fetched, self._lib
        if self._query:
            query = self._query

            def job(ctx: TaskContext) -> SearchPage:
                return search_page(lib, query, offset)

            self._runner.io(
                job, done=lambda page: self._add_search(generation, page),
                failed=lambda exc: self._failed(generation), key="list",
            )  # fmt: skip
        else:
            flt, sort = self._filter, self._sort
            self._runner.io(
                lambda ctx: load_page(lib, flt, sort, offset),
                done=lambda rows: self._add(generation, rows, len(rows) < PAGE),
                failed=lambda exc: self._failed(generation), key="list",
            )  # fmt: skip

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.loaded.emit()

    def _add_search(self, generation: int, page: SearchPage) -> None:
        if generation != self._generation or page.query != self._query:
            return  # a stale answer: the person has typed on
        self._total = page.total
        self._add(generation, page.rows, page.offset + len(page.rows) >= page.total
                  or not page.rows, fetched=len(page.rows))  # fmt: skip
        if page.offset == 0:
            self.search_answered.emit(page)

    def _add(
        self, generation: int, rows: list[Row], last: bool, fetched: int | None = None
    ) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._fetched += len(rows) if fetched is None else fetched
        self._exhausted = last
        fresh = [r for r in rows if r.id not in self._hidden]
        known = {r.id for r in self._rows}
        fresh = [r for r in fresh if r.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self.loaded.emit()

    @property
    def loading(self) -> bool:
        """True while a page is on its way."""
        return self._loading

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.url}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = ", ".join(
                s
                for s, on in (
                    (translate("ArticleListModel", "unread"), not row.is_read),
                    (translate("ArticleListModel", "favourite"), row.is_favorite),
                )
                if on
            )
            return f"{row.title}, {row.site}, {row.date}" + (f", {state}" if state else "")
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- rows -----------------------------------------------------------------------------

    def prepend(self, rows: Sequence[Row]) -> int:
        """Put new articles at the top (a feed brought them); returns how many joined.

        Only for the library list sorted newest first: they are newer than every row.
        """
        known = {r.id for r in self._rows} | self._hidden
        fresh = [r for r in rows if r.id not in known]
        if not fresh or self._query:
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._rows[0:0] = fresh
        self._fetched += len(fresh)  # the next page starts that much further down
        self.endInsertRows()
        return len(fresh)

    @property
    def sort_key(self) -> str:
        """The library list's order."""
        return self._sort

    @property
    def filter(self) -> ArticleFilter:
        """The library list's filter."""
        return self._filter

    def row_at(self, i: int) -> Row | None:
        """The row at position ``i``, if loaded."""
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def index_of(self, article_id: int) -> QModelIndex:
        """The index showing ``article_id`` (invalid when not loaded)."""
        for i, r in enumerate(self._rows):
            if r.id == article_id:
                return self.index(i)
        return QModelIndex()

    def rows_for(self, ids: Iterable[int]) -> list[Row]:
        """The loaded rows of these articles (one pass over the list)."""
        wanted = set(ids)
        return [r for r in self._rows if r.id in wanted]

    def update_rows(self, ids: Iterable[int], **changes: Any) -> None:
        """Change loaded rows in place (after a flag change was written)."""
        wanted = set(ids)
        for i, r in enumerate(self._rows):
            if r.id in wanted:
                self._rows[i] = replace(r, **changes)
                idx = self.index(i)
                self.dataChanged.emit(idx, idx)

    def hide(self, ids: Sequence[int]) -> list[tuple[int, Row]]:
        """Take rows out of the list (a delete waiting for its undo window)."""
        self._hidden.update(ids)
        removed: list[tuple[int, Row]] = []
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id in self._hidden:
                self.beginRemoveRows(QModelIndex(), i, i)
                removed.append((i, self._rows.pop(i)))
                self.endRemoveRows()
        return sorted(removed, key=lambda pair: pair[0])

    def unhide(self, removed: list[tuple[int, Row]]) -> None:
        """Put back rows taken out by :meth:`hide` (undo)."""
        for i, row in removed:
            self._hidden.discard(row.id)
            at = min(i, len(self._rows))
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self.endInsertRows()

    def forget_hidden(self, ids: Iterable[int]) -> None:
        """The hidden rows are gone for good."""
        self._hidden.difference_update(ids)

    def apply_changes(self, changes: Changes) -> None:
        """Follow what an operation changed: new flags at once, rows taken out for a delete
        (and put back on undo), everything read again after a failed write."""
        ids = set(changes.articles)
        if changes.flags:
            self.update_rows(ids, **changes.flags)
        if changes.stale:
            self.reload()
        if changes.hidden:
            self._parked.extend(self.hide(changes.articles))
        if changes.restored or changes.deleted:
            back = [pair for pair in self._parked if pair[1].id in ids]
            self._parked = [pair for pair in self._parked if pair[1].id not in ids]
            if changes.restored:
                self.unhide(back)
            else:
                self.forget_hidden(ids)

    def parked_row(self, ids: Iterable[int]) -> int:
        """Where the first of these hidden articles was in the list (0 when none was)."""
        wanted = set(ids)
        return min((i for i, row in self._parked if row.id in wanted), default=0)


def selected_ids(selection: Iterable[QModelIndex]) -> list[int]:
    """Article ids of selected indexes, in list order."""
    rows = sorted(selection, key=lambda i: i.row())
    return [int(i.data(ArticleListModel.IdRole)) for i in rows if i.isValid()]


__all__ = ["ArticleListModel", "Row", "SearchPage", "selected_ids"]
