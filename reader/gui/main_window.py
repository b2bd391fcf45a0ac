"""The main window: sidebar, article list, reader, highlights panel, saving panel.

It wires the parts together: the commands (:mod:`reader.gui.actions`) to what they do
to the library (:mod:`reader.gui.operations`), and what an operation changed
(:class:`~reader.gui.changes.Changes`) to the parts that show it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import LibraryDamagedError
from reader.core.library import ArticleFilter, Library
from reader.core.store.database import damage_message
from reader.gui import themes
from reader.gui.actions import Actions
from reader.gui.article_delegate import ArticleDelegate
from reader.gui.article_list import ArticleListModel, Row, SearchPage, selected_ids
from reader.gui.article_view import ArticleView, SavedPageView, sanitize_page
from reader.gui.changes import Changes, Notice
from reader.gui.dialogs import AddUrlDialog, PreferencesDialog, about, urls_in
from reader.gui.feeds import FeedsController
from reader.gui.highlights_panel import HighlightsPanel
from reader.gui.i18n import translate
from reader.gui.icons import icon, set_theme_color
from reader.gui.messages import MessageBar, describe
from reader.gui.operations import PAGE_SUFFIXES, Operations
from reader.gui.save_panel import SavePanel
from reader.gui.search_field import SearchField
from reader.gui.settings import (
    Preferences,
    load_state,
    save_preferences,
    save_state,
)
from reader.gui.sidebar import Sidebar, SidebarData, load_sidebar
from reader.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Kliping's window on one library."""

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        prefs: Preferences,
        *,
        runner: TaskRunner | None = None,
        log_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.lib = library
        self.settings = settings
        self.prefs = prefs
        self.log_file = log_file
        self.runner = runner or TaskRunner(parent=self)
        self.runner.error_reported.connect(self.show_error)
        self.sort = prefs.default_sort
        self.terms: list[str] = []
        self.preferences_dialog: QDialog | None = None
        self.add_dialog: AddUrlDialog | None = None
        self._select_after_load: int | None = None
        self._closed = False
        self._damage_shown = False
        self.setWindowTitle("Kliping")
        self.setAcceptDrops(True)
        self.resize(1320, 840)
        self._build()
        self.ops = Operations(
            library, self.runner, self.save_panel, parent=self,
            selection=self.selected_ids, rows=self.model.rows_for,
        )  # fmt: skip
        # The list model follows a change first: the window's parts then read its rows.
        self.ops.changed.connect(self.model.apply_changes)
        self.ops.changed.connect(self._apply_changes)
        self.ops.failed.connect(self.show_error)
        self.ops.noticed.connect(self._notice)
        self.feeds = FeedsController(
            library, self.runner, parent=self, subscriptions=lambda: self.sidebar.feeds
        )
        self.feeds.changed.connect(self.model.apply_changes)
        self.feeds.changed.connect(self._apply_changes)
        self.feeds.failed.connect(self.show_error)
        self.feeds.noticed.connect(self._notice)
        self.feeds.status.connect(self._feeds_status)
        self.sidebar.feed_menu_requested.connect(self.feeds.menu)
        self.actions_ = Actions(self)
        self._connect_actions()
        self.actions_.build_menus()
        self.actions_.build_toolbar(self.search)
        self.list.addAction(self.actions_.page_down)
        self.list.addAction(self.actions_.paste)
        self.actions_.paste.setShortcut("Ctrl+V")
        self.actions_.paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(
            lambda pos: self.actions_.list_menu(self).exec(self.list.viewport().mapToGlobal(pos))
        )
        self.actions_.sorts[self.sort].setChecked(True)
        self.actions_.themes[prefs.theme].setChecked(True)
        self._counts_timer = QTimer(self, singleShot=True, interval=250)
        self._counts_timer.timeout.connect(self.refresh_sidebar)
        # A bound method (not a lambda): Qt drops the connection when the window goes.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self._restore_state()
        self.apply_theme()
        self.update_actions()
        self.view.show_message(
            self.tr("No article open"), self.tr("Choose one from the list, or press J.")
        )
        self.model.show_library(ArticleFilter(), self.sort)
        self.refresh_sidebar()
        self.feeds.start()
        self._check_library()

    def _check_library(self) -> None:
        """A damaged database gets a banner; a damaged index is rebuilt in the background."""
        if self._show_damage():
            return

        def checked(problem: str | None) -> None:
            if problem and "damaged" in problem:
                self.show_message(
                    f"{problem}; rebuilding it in the background. Search finds everything "
                    "again when it is done.",
                    timeout_ms=0,
                )
            self.runner.write(lambda ctx: self.lib.sync_index(check=True), done=rebuilt)

        def rebuilt(_count: int) -> None:
            if self.lib.index_rebuilt and not self._show_damage():
                self.show_message("The search index was rebuilt from the library.")

        self.runner.io(lambda ctx: self.lib.index_problem(), done=checked)

    def _show_damage(self) -> bool:
        """The banner for a damaged database (once; it stays until closed)."""
        if self.lib.damaged is None:
            return False
        if not self._damage_shown:
            self._damage_shown = True
            self.show_error(LibraryDamagedError(damage_message(self.lib.damaged)))
        return True

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.sidebar = Sidebar(self)
        self.sidebar.view_selected.connect(self._view_selected)
        self.model = ArticleListModel(self.runner, self.lib)
        self.model.loaded.connect(self._page_loaded)
        self.model.search_answered.connect(self._search_answered)
        for sig in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            sig.connect(self._update_status)
        self.list = QListView(self)
        self.list.setObjectName("articleList")
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.setModel(self.model)
        self.delegate = ArticleDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumWidth(300)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.list_header = QLabel(self.tr("All articles"), self)
        self.list_header.setObjectName("listHeader")
        self.list_notice = QLabel(self)
        self.list_notice.setObjectName("listNotice")
        self.list_notice.setWordWrap(True)
        self.list_notice.hide()
        self.save_panel = SavePanel(self)
        self.save_panel.open_requested.connect(self.select_id)
        column = QWidget(self)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        parts: list[QWidget] = [self.list_header, self.list_notice, self.list, self.save_panel]
        for part in parts:
            col.addWidget(part, 1 if part is self.list else 0)
        self.view = ArticleView(self.lib.folder, self)
        self.view.position_changed.connect(self._position_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.sidebar, column, self.view):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([210, 400, 710])
        self.message_bar = MessageBar(self)
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.search = SearchField(self)
        self.search.search_requested.connect(self._search)
        self.search.move_requested.connect(self.step)
        self.search.accepted.connect(lambda: self.list.setFocus())
        self.highlights = HighlightsPanel(self)
        self.highlights.activated.connect(self._show_highlight)
        self.highlights.edit_note_requested.connect(
            lambda hl: self.ops.edit_note(hl, self.current_id())
        )
        self.highlights.delete_requested.connect(
            lambda hl: self.ops.delete_highlight(hl, self.current_id())
        )
        self.highlights_dock = QDockWidget(self.tr("Highlights"), self)
        self.highlights_dock.setObjectName("highlightsDock")
        self.highlights_dock.setWidget(self.highlights)
        self.highlights_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.highlights_dock)
        self.highlights_dock.hide()
        self.highlights_dock.visibilityChanged.connect(
            lambda v: self.actions_.highlights_panel.setChecked(v)
        )
        self.statusBar().setSizeGripEnabled(False)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

    def _connect_actions(self) -> None:
        a, ops = self.actions_, self.ops
        a.connect([
            (a.add_url, self.ask_for_urls), (a.import_, ops.import_file), (a.export, ops.export),
            (a.subscribe, self.feeds.subscribe), (a.refresh_feeds, self.feeds.refresh_all),
            (a.import_opml, self.feeds.import_opml), (a.export_opml, self.feeds.export_opml),
            (a.preferences, self.edit_preferences), (a.quit, self.close),
            (a.find, self.focus_search), (a.paste, ops.paste_urls),
            (a.open_original, self.open_original), (a.saved_page, self.show_saved_page),
            (a.favorite, ops.toggle_favorite), (a.archive, ops.toggle_archived),
            (a.read, ops.toggle_read), (a.tags, ops.edit_tags),
            (a.note, lambda: ops.edit_article_note(self.view.article)),
            (a.delete, ops.delete_selected),
            (a.refetch, ops.refetch), (a.reclean, ops.reclean),
            (a.highlight, self.highlight), (a.highlight_note, partial(self.highlight, True)),
            (a.next, partial(self.step, 1)), (a.previous, partial(self.step, -1)),
            (a.page_down, partial(self.view.page, 1)),
            (a.sidebar, self.toggle_sidebar), (a.highlights_panel, self.toggle_highlights),
            (a.bigger, partial(self.zoom, 1)), (a.smaller, partial(self.zoom, -1)),
            (a.syntax, self.search.show_help), (a.about, self.show_about),
            *((act, partial(self.sidebar.select, key)) for key, act in a.views.items()),
            *((act, partial(self.set_theme, name)) for name, act in a.themes.items()),
            *((act, partial(self.set_sort, key)) for key, act in a.sorts.items()),
        ])  # fmt: skip

    @property
    def tags_dialog(self) -> QDialog | None:
        """The Tags dialog the last Tags… command opened (tests reach it here)."""
        return self.ops.tags_dialog

    def _restore_state(self) -> None:
        geometry = load_state(self.settings, "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = load_state(self.settings, "state")
        if state is not None:
            self.restoreState(state)
        sizes = load_state(self.settings, "splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.actions_.sidebar.setChecked(self.sidebar.isVisibleTo(self) or geometry is None)

    # -- messages: the one door -----------------------------------------------------------

    def show_error(self, exc: BaseException | str) -> None:
        """An expected failure: an inline banner (and the log), never a modal box.

        ``exc`` is a core error (worded here, in the window's language) or a message
        the window already worded. A damaged library's banner stays until closed: it is
        not a passing failure.
        """
        log.warning("shown to the user: %s", exc)
        text = exc if isinstance(exc, str) else describe(exc)
        lasting = isinstance(exc, LibraryDamagedError)
        self._damage_shown = self._damage_shown or lasting
        self.message_bar.show_message(text, kind="error", timeout_ms=0 if lasting else 12000)

    def show_message(
        self, text: str, *, action: tuple[str, Callable[[], None]] | None = None,
        timeout_ms: int = 6000,
    ) -> None:  # fmt: skip
        """A confirmation or hint, optionally with an action (Undo)."""
        self.message_bar.show_message(text, kind="info", action=action, timeout_ms=timeout_ms)

    def _notice(self, notice: Notice) -> None:
        self.show_message(notice.text, action=notice.action, timeout_ms=notice.timeout_ms)

    # -- views and search -----------------------------------------------------------------

    def _view_selected(self, key: str, flt: ArticleFilter) -> None:
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.terms = []
        self.list_notice.hide()
        self.list_header.setText(self.sidebar.label_of(key) or self.tr("Articles"))
        self.model.show_library(flt, self.sort)

    def set_sort(self, key: str) -> None:
        """Sort the list (this window only; the default is a preference)."""
        self.sort = key
        if not self.model.query:
            self.model.show_library(self.sidebar.current_filter(), key)

    def _search(self, query: str) -> None:
        if self._closed:  # the search field's pause ended after the window closed
            return
        if not query:
            self._view_selected(self.sidebar.current_key(), self.sidebar.current_filter())
            return
        self.list_header.setText(self.tr("Searching…"))
        self.model.show_search(self._scoped(query))

    def _scoped(self, query: str) -> str:
        """Searching while a feed or folder is chosen searches its articles only."""
        kind, _, name = self.sidebar.current_key().partition(":")
        if kind == "feed":
            return f"feed:{name} ({query})"
        if kind == "folder":
            return f'folder:"{name}" ({query})'
        return query

    def _search_answered(self, page: SearchPage) -> None:
        self.terms = page.terms
        n = page.total
        typed = self.search.text().strip()
        if typed and page.query != typed and page.query == self._scoped(typed):
            self.list_header.setText(
                self.tr("%Ln result(s) for “{query}” in {view}", "", n).format(
                    query=typed, view=self.sidebar.label_of(self.sidebar.current_key())
                )
            )
        else:
            self.list_header.setText(
                self.tr("%Ln result(s) for “{query}”", "", n).format(query=page.query)
            )
        self.list_notice.setText(page.notice)
        self.list_notice.setVisible(bool(page.notice))
        if not n:
            self.view.show_message(
                self.tr("Nothing found"),
                self.tr(
                    "Try fewer words, or a word's beginning followed by * (harb*). "
                    "Help ▸ Search Syntax has more."
                ),
            )
        elif self.view.article is None:
            # The pane reflects this answer only: an earlier query's "Nothing found"
            # (typed on the way to this one) must not stay beside these results.
            self.view.show_message(
                self.tr("No article open"), self.tr("Choose one from the list, or press J.")
            )

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _page_loaded(self) -> None:
        self._show_damage()  # found while listing (the readable articles are shown)
        if self._select_after_load is not None:
            index = self.model.index_of(self._select_after_load)
            if index.isValid():
                self._select_after_load = None
                self.list.setCurrentIndex(index)
        if not self.model.query and self.model.rowCount() == 0 and not self.model.loading:
            key = self.sidebar.current_key()
            if key == "all":
                self.view.show_message(
                    self.tr("Your library is empty"),
                    self.tr("Press Ctrl+L to save a page, or drop a link or an HTML file here."),
                )
            else:
                self.view.show_message(
                    self.tr("Nothing here"), self.tr("No article is in this view yet.")
                )
        self._update_status()
        # A page that arrives while the list sits at its bottom: the view will not ask
        # again until it is scrolled, so ask for the next page now.
        bar = self.list.verticalScrollBar()
        if self.model.canFetchMore() and bar.value() >= bar.maximum() - bar.pageStep():
            QTimer.singleShot(0, lambda: self.model.fetchMore(QModelIndex()))

    def _update_status(self, *_args: object) -> None:
        n, more = self.model.rowCount(), self.model.canFetchMore()
        if self.model.query:
            self.status_label.setText(self.tr("%Ln found", "", self.model.total))
        elif more:
            self.status_label.setText(self.tr("%Ln+ article(s)", "", n))
        else:
            self.status_label.setText(self.tr("%Ln article(s)", "", n))

    # -- the open article ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_article(int(current.data(ArticleListModel.IdRole)))

    def open_article(self, article_id: int) -> None:
        """Show an article (read on the I/O pool), marking searched words if searching."""
        terms = list(self.terms) if self.model.query else []
        lib = self.lib
        self.runner.io(
            lambda ctx: (lib.get(article_id), lib.highlights(article_id)),
            done=lambda pair: self._show_article(pair[0], pair[1], terms), key="open",
        )  # fmt: skip

    def _show_article(self, rec: Any, highlights: list[dict[str, Any]], terms: list[str]) -> None:
        if self.current_id() != rec.id:
            return  # the person has moved on
        self.view.show_article(rec, highlights, terms)
        self.highlights.set_highlights(highlights)
        self.setWindowTitle(f"{rec.title or rec.url} — Kliping")
        if not rec.is_read:
            rec.is_read = True
            self.ops.mark_read(rec.id)
        self.update_actions()

    def current_id(self) -> int | None:
        """The id of the current (focused) article in the list."""
        index = self.list.currentIndex()
        return int(index.data(ArticleListModel.IdRole)) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The selected articles (the current one when nothing is selected)."""
        ids = selected_ids(self.list.selectionModel().selectedIndexes())
        if not ids and (current := self.current_id()) is not None:
            ids = [current]
        return ids

    def select_id(self, article_id: int) -> None:
        """Make an article current (once its row is loaded)."""
        index = self.model.index_of(article_id)
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        else:
            self._select_after_load = article_id

    def step(self, delta: int) -> None:
        """Next (1) or previous (-1) article: j / k."""
        row = self.list.currentIndex().row()
        target = 0 if row < 0 else row + delta
        if target >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore(QModelIndex())
        if 0 <= target < self.model.rowCount():
            index = self.model.index(target)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)

    def _position_changed(self, article_id: int, fraction: float) -> None:
        self.runner.write(lambda ctx: self.lib.set_position(article_id, fraction))

    def _show_highlight(self, hl: dict[str, Any]) -> None:
        where = self.view.highlight_range(str(hl.get("quote", "")))
        if where:
            cursor = self.view.textCursor()
            cursor.setPosition(where[0])
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()

    def open_original(self) -> None:
        """Open the article's page in the system browser."""
        rec = self.view.article
        if rec is not None and rec.url.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(rec.url))

    def show_saved_page(self) -> None:
        """Show the page as it was saved, without scripts or network."""
        rec = self.view.article
        if rec is None:
            return

        def job(ctx: Any) -> str | None:
            page = self.lib.original_html(rec.id)
            return sanitize_page(page) if page is not None else None

        def done(page: str | None) -> None:
            if page is None:
                self.show_error(self.tr("This article has no saved page to show."))
                return
            self.saved_page_window = SavedPageView(rec.title, page, self)
            self.saved_page_window.show()

        self.runner.io(job, done=done)

    # -- keeping in step with the library -----------------------------------------------

    def _apply_changes(self, changes: Changes) -> None:
        """The window's parts follow what an operation changed (the list model follows by
        itself, first: see ``__init__``)."""
        if changes.saved is not None:
            # Show the new article only when nothing is being read: a batch of saves
            # finishing must not pull the reader away from the article in front of them.
            self.library_changed(select=changes.saved if self.view.article is None else None)
        elif changes.added:
            self.library_changed()
        elif changes.counts:
            self.counts_changed()
        if changes.flags:
            self.update_actions()
        if changes.highlights:
            for article_id in changes.articles:
                self.highlights_changed(article_id)
        if changes.note:
            for article_id in changes.articles:
                if self.view.article is not None and self.view.article.id == article_id:
                    self.open_article(article_id)
        if changes.hidden:
            self.article_removed(list(changes.articles), self.model.parked_row(changes.articles))
        if changes.restored and changes.articles:
            self.select_id(changes.articles[0])
        if changes.arrived:
            self.articles_arrived(list(changes.articles))
        if any(self.sidebar.current_key() == f"feed:{i}" for i in changes.feeds_gone):
            self.sidebar.select("all")
        if changes.feeds:
            self.refresh_sidebar()

    def _feeds_status(self, text: str) -> None:
        """A feed refresh's progress in the status bar, the article count again after."""
        if text:
            self.status_label.setText(text)
        else:
            self._update_status()

    def highlight(self, with_note: bool = False) -> None:
        """Keep the reader's selection as a highlight (optionally asking for a note)."""
        if self.ops.highlight(self.view.article, self.view.selected_quote(), with_note):
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)

    def library_changed(self, select: int | None = None) -> None:
        """Something was saved: refresh the list (keeping the current article)."""
        keep = select if select is not None else self.current_id()
        if not self.model.query:
            self._select_after_load = keep
            self.model.reload()
        self.counts_changed()

    def articles_arrived(self, ids: list[int]) -> None:
        """A refresh saved new articles: they join the list without moving the reader's
        place (the rows in view stay where they are) or closing the open article."""
        if self._closed:
            return
        self.counts_changed()
        if self.model.query or not ids:
            return
        if self.model.sort_key != "saved":
            n = len(ids)
            self.show_message(
                self.tr("%Ln new article(s) from your feeds.", "", n),
                action=(self.tr("Show"), self.library_changed),
            )
            return
        view = self.model.filter
        flt = dataclasses.replace(view, ids=ids)
        lib, sort = self.lib, self.model.sort_key

        def job(ctx: Any) -> list[Row]:
            return [Row.from_summary(s) for s in lib.list(flt, sort=sort)]

        def done(rows: list[Row]) -> None:
            if self.model.query or self.model.filter is not view or self.model.sort_key != sort:
                return  # the person moved to another view meanwhile
            bar = self.list.verticalScrollBar()
            before = bar.value()
            keep = before > 0 or self.current_id() is not None
            added = self.model.prepend(rows)
            if added and keep:
                bar.setValue(before + added * max(1, self.list.sizeHintForRow(0)))
            if added and self.view.article is None:  # not "Your library is empty" any more
                self.view.show_message(
                    self.tr("No article open"), self.tr("Choose one from the list, or press J.")
                )

        self.runner.io(job, done=done)

    @property
    def closing(self) -> bool:
        """True once the window has begun to close (no new work is started)."""
        return self._closed

    def counts_changed(self) -> None:
        """Flags, tags or articles changed: refresh the sidebar soon."""
        self._counts_timer.start()

    def highlights_changed(self, article_id: int) -> None:
        """Re-read an article's highlights and draw them."""

        def done(hls: list[dict[str, Any]]) -> None:
            if self.view.article is not None and self.view.article.id == article_id:
                self.view.set_highlights(hls)
                self.highlights.set_highlights(hls)
                if hls and not self.highlights_dock.isVisible():
                    self.highlights_dock.show()

        self.runner.io(lambda ctx: self.lib.highlights(article_id), done=done)

    def article_removed(self, ids: list[int], first_row: int) -> None:
        """Articles left the list (deleted): go on to the next one, like a mail client."""
        if self.view.article is not None and self.view.article.id in ids:
            self.view.show_message(
                self.tr("Deleted"), self.tr("Choose another article from the list.")
            )
            self.highlights.set_highlights([])
            self.setWindowTitle("Kliping")
        row = min(first_row, self.model.rowCount() - 1)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.update_actions()

    def refresh_sidebar(self) -> None:
        """Read counts, tags and sites again."""
        if self._closed:
            return
        self.runner.io(lambda ctx: load_sidebar(self.lib), done=self._sidebar_loaded,
                       key="sidebar")  # fmt: skip

    def _sidebar_loaded(self, data: SidebarData) -> None:
        self.sidebar.set_data(data)

    def update_actions(self) -> None:
        """Enable the article commands when an article is selected."""
        has = bool(self.selected_ids())
        for act in self.actions_.on_article:
            act.setEnabled(has)
        self.actions_.export.setEnabled(True)
        current = self.model.row_at(self.list.currentIndex().row())
        fav = current is not None and current.is_favorite
        self.actions_.favorite.setIcon(icon("favorite-on" if fav else "favorite"))
        self.actions_.favorite.setText(
            translate("Actions", "Unfavourite") if fav else translate("Actions", "Favourite")
        )

    # -- appearance -----------------------------------------------------------------------

    def apply_theme(self) -> None:
        """Apply the theme preference (following the system when asked) everywhere."""
        theme = themes.resolve(self.prefs.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(themes.palette(theme))
            app.setStyleSheet(themes.app_stylesheet(theme))
        set_theme_color(QColor(theme.muted if theme.dark else "#4a4f57"))
        self.delegate.set_colors(theme.accent, theme.search_mark, theme.text)
        self.view.set_style(theme, self.prefs)
        self.list.viewport().update()
        self.update_actions()

    def _scheme_changed(self, _scheme: object) -> None:
        if self.prefs.theme == "system":
            self.apply_theme()

    def set_theme(self, name: str) -> None:
        """Choose a theme (remembered)."""
        self.prefs.theme = name
        save_preferences(self.settings, self.prefs)
        self.actions_.themes[name].setChecked(True)
        self.apply_theme()

    def zoom(self, step: int) -> None:
        """Larger (1) or smaller (-1) reading text (remembered)."""
        self.prefs.font_size = max(10, min(40, self.prefs.font_size + step))
        save_preferences(self.settings, self.prefs)
        self.view.set_style(themes.resolve(self.prefs.theme), self.prefs)

    def edit_preferences(self) -> None:
        """The Preferences dialog (applied when accepted)."""
        dialog = PreferencesDialog(self.prefs, self.lib.folder, self)
        self.preferences_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_preferences(self, prefs: Preferences) -> None:
        """Use and remember new preferences."""
        moved = prefs.library_dir != self.prefs.library_dir
        relanguage = prefs.language != self.prefs.language
        self.prefs = prefs
        save_preferences(self.settings, prefs)
        self.actions_.themes[prefs.theme].setChecked(True)
        self.apply_theme()
        if moved:
            self.show_message(
                self.tr("The new library folder is used the next time Kliping starts.")
            )
        elif relanguage:
            self.show_message(self.tr("The new language is used the next time Kliping starts."))

    def show_about(self) -> None:
        """Version, library location, log location."""
        about(self, self.lib.folder, self.log_file)

    def toggle_sidebar(self) -> None:
        """Show or hide the sidebar."""
        self.sidebar.setVisible(not self.sidebar.isVisible())
        self.actions_.sidebar.setChecked(self.sidebar.isVisible())

    def toggle_highlights(self) -> None:
        """Show or hide the highlights panel."""
        self.highlights_dock.setVisible(not self.highlights_dock.isVisible())

    # -- saving: dialog, drops ------------------------------------------------------------

    def ask_for_urls(self) -> None:
        """Ctrl+L: ask for addresses (pre-filled from the clipboard) and save them."""
        dialog = AddUrlDialog(self)
        self.add_dialog = dialog
        dialog.accepted.connect(lambda: self.ops.save_items(dialog.urls()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_items(self, items: list[str]) -> None:
        """Save URLs and HTML files (command line, drops, paste)."""
        self.ops.save_items(items)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_items(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        items = _dropped_items(event.mimeData())
        if items:
            event.acceptProposedAction()
            self.ops.save_items(items)

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            save_state(self.settings, "geometry", self.saveGeometry())
            save_state(self.settings, "state", self.saveState())
            save_state(self.settings, "splitter", self.splitter.saveState())
            self.settings.sync()
            self.view.show_message("", "")  # reports the reading position
            self.ops.commit_delete()
            self.feeds.stop()
            self.runner.shutdown()
        super().closeEvent(event)


def _dropped_items(mime: Any) -> list[str]:
    items: list[str] = []
    for url in mime.urls():
        if url.scheme() in ("http", "https"):
            items.append(url.toString())
        elif url.isLocalFile() and url.toLocalFile().lower().endswith(PAGE_SUFFIXES):
            items.append(url.toLocalFile())
    if not items and mime.hasText():
        items = urls_in(mime.text())
    return items
