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

from reader.gui.i18n import translate
from reader.gui.icons import icon
from reader.gui.settings import SORT_LABELS, THEME_LABELS, THEMES

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
        self.add_url = a(
            translate("Actions", "Add URL…"),
            win.ask_for_urls,
            "Ctrl+L",
            "add",
            translate("Actions", "Save a web page to the library"),
        )
        self.subscribe = a(
            translate("Actions", "Subscribe…"),
            win.feeds.subscribe,
            "Ctrl+Shift+S",
            "feed",
            translate("Actions", "Follow a news site or a feed: its new articles are saved"),
        )
        self.refresh_feeds = a(
            translate("Actions", "Refresh Feeds"),
            win.feeds.refresh_all,
            "F5",
            "refresh",
            translate("Actions", "Fetch new articles from every feed now"),
        )
        self.import_opml = a(
            translate("Actions", "Import Subscriptions (OPML)…"),
            win.feeds.import_opml,
            None,
            None,
            translate("Actions", "Subscribe to the feeds of an OPML file"),
        )
        self.export_opml = a(
            translate("Actions", "Export Subscriptions (OPML)…"),
            win.feeds.export_opml,
            None,
            None,
            translate("Actions", "Save every subscription as an OPML file"),
        )
        self.import_ = a(
            translate("Actions", "Import…"),
            ops.import_file,
            None,
            "import",
            translate("Actions", "Import articles from another reader or a backup"),
        )
        self.export = a(
            translate("Actions", "Export…"),
            ops.export,
            "Ctrl+E",
            "export",
            translate("Actions", "Export articles as HTML, Markdown, EPUB or JSON"),
        )
        self.preferences = a(translate("Actions", "Preferences…"), win.edit_preferences,
                             QKeySequence.StandardKey.Preferences, "settings")  # fmt: skip
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut("Ctrl+,")
        self.quit = a(translate("Actions", "Quit"), win.close, QKeySequence.StandardKey.Quit)
        self.find = a(
            translate("Actions", "Search"),
            win.focus_search,
            QKeySequence.StandardKey.Find,
            "search",
            translate("Actions", "Search every saved article"),
        )
        self.paste = a(
            translate("Actions", "Paste URL"),
            ops.paste_urls,
            None,
            None,
            translate("Actions", "Save the addresses on the clipboard"),
        )
        self.open_original = a(
            translate("Actions", "Open Original"),
            win.open_original,
            "B",
            "open-external",
            translate("Actions", "Open the article's page in the web browser"),
        )
        self.saved_page = a(
            translate("Actions", "Show Saved Page"),
            win.show_saved_page,
            "Ctrl+U",
            "page",
            translate("Actions", "Show the page as it was saved, before cleaning"),
        )
        self.favorite = a(
            translate("Actions", "Favourite"),
            ops.toggle_favorite,
            "S",
            "favorite",
            translate("Actions", "Add to or remove from favourites"),
        )
        self.archive = a(
            translate("Actions", "Archive"),
            ops.toggle_archived,
            "E",
            "archive",
            translate("Actions", "Move to or out of the archive"),
        )
        self.read = a(
            translate("Actions", "Mark Read / Unread"),
            ops.toggle_read,
            "M",
            "read",
            translate("Actions", "Mark as read or unread"),
        )
        self.tags = a(
            translate("Actions", "Tags…"),
            ops.edit_tags,
            "T",
            "tag",
            translate("Actions", "Add or remove tags"),
        )
        self.note = a(
            translate("Actions", "Note…"),
            ops.edit_article_note,
            "N",
            None,
            translate("Actions", "Write or change your note on the article"),
        )
        self.delete = a(
            translate("Actions", "Delete"),
            ops.delete_selected,
            QKeySequence.StandardKey.Delete,
            "delete",
            translate("Actions", "Delete the selected articles (undo for a few seconds)"),
        )
        self.refetch = a(
            translate("Actions", "Re-fetch"),
            ops.refetch,
            "Ctrl+R",
            "refresh",
            translate("Actions", "Fetch the page again and clean it anew"),
        )
        self.reclean = a(
            translate("Actions", "Re-clean"),
            ops.reclean,
            "Ctrl+Shift+R",
            "clean",
            translate("Actions", "Clean the saved page again with the current cleaner"),
        )
        self.highlight = a(
            translate("Actions", "Highlight"),
            ops.highlight,
            "Ctrl+H",
            "highlight",
            translate("Actions", "Keep the selected text as a highlight"),
        )
        self.highlight_note = a(
            translate("Actions", "Highlight with Note…"),
            lambda: ops.highlight(with_note=True),
            "Ctrl+Shift+H",
            None,
            translate("Actions", "Keep the selection with a note"),
        )
        self.next = a(translate("Actions", "Next Article"), lambda: win.step(1), "J", None)
        self.previous = a(translate("Actions", "Previous Article"), lambda: win.step(-1), "K")
        self.page_down = a(translate("Actions", "Page Down"), lambda: win.view.page(1), "Space")
        self.page_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.views = [
            a(label, partial(win.sidebar.select, key), f"Ctrl+{n}")
            for n, (key, label) in enumerate(
                [("all", translate("Actions", "All Articles")),
                 ("unread", translate("Actions", "Unread")),
                 ("favorites", translate("Actions", "Favourites")),
                 ("archived", translate("Actions", "Archive", "the archive, a view"))], start=1)
        ]  # fmt: skip
        self.sidebar = a(
            translate("Actions", "Show Sidebar"), win.toggle_sidebar, "Ctrl+Shift+B", "sidebar"
        )
        self.sidebar.setCheckable(True)
        self.sidebar.setChecked(True)
        self.highlights_panel = a(
            translate("Actions", "Show Highlights"),
            win.toggle_highlights,
            "Ctrl+Shift+L",
            "highlight",
        )
        self.highlights_panel.setCheckable(True)
        self.bigger = a(
            translate("Actions", "Larger Text"),
            lambda: win.zoom(1),
            QKeySequence.StandardKey.ZoomIn,
        )
        self.smaller = a(
            translate("Actions", "Smaller Text"),
            lambda: win.zoom(-1),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.syntax = a(translate("Actions", "Search Syntax"), win.search.show_help, None, "help")
        self.about = a(translate("Actions", "About Kliping"), win.show_about, None)
        self.theme_group = QActionGroup(win)
        self.themes: dict[str, QAction] = {}
        for name in THEMES:
            label = translate("Settings", THEME_LABELS[name])
            act = a(label, partial(win.set_theme, name), None)
            act.setCheckable(True)
            self.theme_group.addAction(act)
            self.themes[name] = act
        self.sort_group = QActionGroup(win)
        self.sorts: dict[str, QAction] = {}
        for key, label in SORT_LABELS.items():
            act = a(translate("Settings", label), partial(win.set_sort, key), None)
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
        shortcut: Shortcut = None,
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
        act.setToolTip(
            translate("Actions", "{tip} ({keys})", "a tooltip and its shortcut").format(
                tip=tip or plain, keys=keys
            )
            if keys
            else (tip or plain)
        )
        act.setStatusTip(tip or plain)
        act.triggered.connect(lambda _checked=False: slot())
        self._win.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def build_menus(self) -> None:
        """The menu bar."""
        bar = self._win.menuBar()
        file = bar.addMenu(translate("Actions", "&File"))
        file.addActions([self.add_url, self.import_, self.export])
        file.addSeparator()
        file.addAction(self.preferences)
        file.addSeparator()
        file.addAction(self.quit)
        feeds = bar.addMenu(translate("Actions", "Fee&ds"))
        feeds.addActions([self.subscribe, self.refresh_feeds])
        feeds.addSeparator()
        feeds.addActions([self.import_opml, self.export_opml])
        edit = bar.addMenu(translate("Actions", "&Edit"))
        edit.addActions([self.find, self.paste])
        edit.addSeparator()
        edit.addActions([self.highlight, self.highlight_note])
        article = bar.addMenu(translate("Actions", "&Article"))
        article.addActions([self.next, self.previous])
        article.addSeparator()
        article.addActions([self.favorite, self.archive, self.read, self.tags, self.note])
        article.addSeparator()
        article.addActions([self.open_original, self.saved_page, self.refetch, self.reclean])
        article.addSeparator()
        article.addAction(self.delete)
        view = bar.addMenu(translate("Actions", "&View"))
        view.addActions(self.views)
        view.addSeparator()
        view.addActions([self.sidebar, self.highlights_panel])
        view.addSeparator()
        sort = view.addMenu(translate("Actions", "&Sort By"))
        sort.addActions(list(self.sorts.values()))
        theme = view.addMenu(translate("Actions", "&Theme"))
        theme.addActions(list(self.themes.values()))
        view.addSeparator()
        view.addActions([self.bigger, self.smaller])
        help_menu = bar.addMenu(translate("Actions", "&Help"))
        help_menu.addActions([self.syntax, self.about])

    def build_toolbar(self, search: QWidget) -> QToolBar:
        """The toolbar: add, the search field, then article commands."""
        bar = QToolBar(translate("Actions", "Main toolbar"), self._win)
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
