"""Every command of the window as a QAction: menus, toolbar, shortcuts, accessible names.

Commands live here once, so a menu item, a toolbar button and a shortcut are always
the same action (enabled together, named together for screen readers).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from reader.gui.icons import icon
from reader.gui.settings import SORT_LABELS, THEMES

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

log = logging.getLogger(__name__)

Shortcut = str | QKeySequence.StandardKey | None


class Actions:
    """The window's actions, by name (``actions.add_url``, ``actions.favorite`` …)."""

    def __init__(self, win: MainWindow) -> None:
        self._win = win
        ops = win.ops
        a = self._make
        self.add_url = a("Add URL…", win.ask_for_urls, "Ctrl+L", "add",
                         "Save a web page to the library")  # fmt: skip
        self.subscribe = a("Subscribe…", win.feeds.subscribe, "Ctrl+Shift+S", "feed",
                           "Follow a news site or a feed: its new articles are saved")  # fmt: skip
        self.refresh_feeds = a("Refresh Feeds", win.feeds.refresh_all, "F5", "refresh",
                               "Fetch new articles from every feed now")  # fmt: skip
        self.import_opml = a("Import Subscriptions (OPML)…", win.feeds.import_opml, None, None,
                             "Subscribe to the feeds of an OPML file")  # fmt: skip
        self.export_opml = a("Export Subscriptions (OPML)…", win.feeds.export_opml, None, None,
                             "Save every subscription as an OPML file")  # fmt: skip
        self.import_ = a("Import…", ops.import_file, None, "import",
                         "Import articles from another reader or a backup")  # fmt: skip
        self.export = a("Export…", ops.export, "Ctrl+E", "export",
                        "Export articles as HTML, Markdown, EPUB or JSON")  # fmt: skip
        self.preferences = a("Preferences…", win.edit_preferences,
                             QKeySequence.StandardKey.Preferences, "settings")  # fmt: skip
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut("Ctrl+,")
        self.quit = a("Quit", win.close, QKeySequence.StandardKey.Quit)
        self.find = a("Search", win.focus_search, QKeySequence.StandardKey.Find, "search",
                      "Search every saved article")  # fmt: skip
        self.paste = a("Paste URL", ops.paste_urls, None, None,
                       "Save the addresses on the clipboard")  # fmt: skip
        self.open_original = a("Open Original", win.open_original, "B", "open-external",
                               "Open the article's page in the web browser")  # fmt: skip
        self.saved_page = a("Show Saved Page", win.show_saved_page, "Ctrl+U", "page",
                            "Show the page as it was saved, before cleaning")  # fmt: skip
        self.favorite = a("Favourite", ops.toggle_favorite, "S", "favorite",
                          "Add to or remove from favourites")  # fmt: skip
        self.archive = a("Archive", ops.toggle_archived, "E", "archive",
                         "Move to or out of the archive")  # fmt: skip
        self.read = a("Mark Read / Unread", ops.toggle_read, "M", "read",
                      "Mark as read or unread")  # fmt: skip
        self.tags = a("Tags…", ops.edit_tags, "T", "tag", "Add or remove tags")
        self.delete = a("Delete", ops.delete_selected, QKeySequence.StandardKey.Delete, "delete",
                        "Delete the selected articles (undo for a few seconds)")  # fmt: skip
        self.refetch = a("Re-fetch", ops.refetch, "Ctrl+R", "refresh",
                         "Fetch the page again and clean it anew")  # fmt: skip
        self.reclean = a("Re-clean", ops.reclean, "Ctrl+Shift+R", "clean",
                         "Clean the saved page again with the current cleaner")  # fmt: skip
        self.highlight = a("Highlight", ops.highlight, "Ctrl+H", "highlight",
                           "Keep the selected text as a highlight")  # fmt: skip
        self.highlight_note = a("Highlight with Note…", lambda: ops.highlight(with_note=True),
                                "Ctrl+Shift+H", None, "Keep the selection with a note")  # fmt: skip
        self.next = a("Next Article", lambda: win.step(1), "J", None)
        self.previous = a("Previous Article", lambda: win.step(-1), "K", None)
        self.page_down = a("Page Down", lambda: win.view.page(1), "Space", None)
        self.page_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.views = [
            a(label, partial(win.sidebar.select, key), f"Ctrl+{n}")
            for n, (key, label) in enumerate(
                [("all", "All Articles"), ("unread", "Unread"), ("favorites", "Favourites"),
                 ("archived", "Archive")], start=1)
        ]  # fmt: skip
        self.sidebar = a("Show Sidebar", win.toggle_sidebar, "Ctrl+Shift+B", "sidebar")
        self.sidebar.setCheckable(True)
        self.sidebar.setChecked(True)
        self.highlights_panel = a("Show Highlights", win.toggle_highlights, "Ctrl+Shift+L",
                                  "highlight")  # fmt: skip
        self.highlights_panel.setCheckable(True)
        self.bigger = a("Larger Text", lambda: win.zoom(1), QKeySequence.StandardKey.ZoomIn)
        self.smaller = a("Smaller Text", lambda: win.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        self.syntax = a("Search Syntax", win.search.show_help, None, "help")
        self.about = a("About Kliping", win.show_about, None)
        self.theme_group = QActionGroup(win)
        self.themes: dict[str, QAction] = {}
        for name in THEMES:
            label = "Follow the System" if name == "system" else name.capitalize()
            act = a(label, partial(win.set_theme, name), None)
            act.setCheckable(True)
            self.theme_group.addAction(act)
            self.themes[name] = act
        self.sort_group = QActionGroup(win)
        self.sorts: dict[str, QAction] = {}
        for key, label in SORT_LABELS.items():
            act = a(label, partial(win.set_sort, key), None)
            act.setCheckable(True)
            self.sort_group.addAction(act)
            self.sorts[key] = act
        # Actions that need an article selected.
        self.on_article = [
            self.open_original, self.saved_page, self.favorite, self.archive, self.read,
            self.tags, self.delete, self.refetch, self.reclean, self.export,
        ]  # fmt: skip

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: Shortcut,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        act = QAction(text, self._win)
        act.setObjectName(text)
        if shortcut is not None:
            act.setShortcut(shortcut if isinstance(shortcut, str) else QKeySequence(shortcut))
        if icon_name:
            act.setIcon(icon(icon_name))
        plain = text.replace("…", "").replace("&", "")
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{tip or plain} ({keys})" if keys else (tip or plain))
        act.setStatusTip(tip or plain)
        act.triggered.connect(lambda _checked=False: slot())
        self._win.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def build_menus(self) -> None:
        """The menu bar."""
        bar = self._win.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.add_url, self.import_, self.export])
        file.addSeparator()
        file.addAction(self.preferences)
        file.addSeparator()
        file.addAction(self.quit)
        feeds = bar.addMenu("Fee&ds")
        feeds.addActions([self.subscribe, self.refresh_feeds])
        feeds.addSeparator()
        feeds.addActions([self.import_opml, self.export_opml])
        edit = bar.addMenu("&Edit")
        edit.addActions([self.find, self.paste])
        edit.addSeparator()
        edit.addActions([self.highlight, self.highlight_note])
        article = bar.addMenu("&Article")
        article.addActions([self.next, self.previous])
        article.addSeparator()
        article.addActions([self.favorite, self.archive, self.read, self.tags])
        article.addSeparator()
        article.addActions([self.open_original, self.saved_page, self.refetch, self.reclean])
        article.addSeparator()
        article.addAction(self.delete)
        view = bar.addMenu("&View")
        view.addActions(self.views)
        view.addSeparator()
        view.addActions([self.sidebar, self.highlights_panel])
        view.addSeparator()
        sort = view.addMenu("&Sort By")
        sort.addActions(list(self.sorts.values()))
        theme = view.addMenu("&Theme")
        theme.addActions(list(self.themes.values()))
        view.addSeparator()
        view.addActions([self.bigger, self.smaller])
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.syntax, self.about])

    def build_toolbar(self, search: QWidget) -> QToolBar:
        """The toolbar: add, the search field, then article commands."""
        bar = QToolBar("Main toolbar", self._win)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addAction(self.sidebar)
        bar.addAction(self.add_url)
        bar.addAction(self.subscribe)
        bar.addAction(self.refresh_feeds)
        bar.addWidget(search)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions([self.favorite, self.archive, self.read, self.tags, self.highlight])
        bar.addSeparator()
        bar.addActions([self.open_original, self.delete])
        self._win.addToolBar(bar)
        return bar

    def list_menu(self, parent: QWidget) -> QMenu:
        """The article list's context menu."""
        menu = QMenu(parent)
        menu.addActions([self.favorite, self.archive, self.read, self.tags])
        menu.addSeparator()
        menu.addActions([self.open_original, self.saved_page, self.refetch, self.reclean])
        menu.addSeparator()
        menu.addAction(self.export)
        menu.addAction(self.delete)
        return menu
