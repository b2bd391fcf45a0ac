"""Every command of the window as a QAction: menus, toolbar, shortcuts, accessible names.

Commands live here once, so a menu item, a toolbar button and a shortcut are always
the same action (enabled together, named together for screen readers).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from reader.gui.i18n import translate
from reader.gui.icons import icon
from reader.gui.settings import SORT_LABELS, THEME_LABELS, THEMES

log = logging.getLogger(__name__)

Shortcut = str | QKeySequence.StandardKey | None


class Actions:
    """The window's actions, by name (``actions.add_url``, ``actions.favorite`` …).

    They say what each command is called, its shortcut, icon and tip; the window connects
    each to what it does (:meth:`connect`), so the actions hold no window logic.

    Args:
        owner: The main window the actions (and their shortcuts) belong to.
    """

    def __init__(self, owner: QMainWindow) -> None:
        self._owner = owner
        a = self._make
        self.add_url = a(
            translate("Actions", "Add URL…"),
            "Ctrl+L",
            "add",
            translate("Actions", "Save a web page to the library"),
        )
        self.subscribe = a(
            translate("Actions", "Subscribe…"),
            "Ctrl+Shift+S",
            "feed",
            translate("Actions", "Follow a news site or a feed: its new articles are saved"),
        )
        self.refresh_feeds = a(
            translate("Actions", "Refresh Feeds"),
            "F5",
            "refresh",
            translate("Actions", "Fetch new articles from every feed now"),
        )
        self.import_opml = a(
            translate("Actions", "Import Subscriptions (OPML)…"),
            None,
            None,
            translate("Actions", "Subscribe to the feeds of an OPML file"),
        )
        self.export_opml = a(
            translate("Actions", "Export Subscriptions (OPML)…"),
            None,
            None,
            translate("Actions", "Save every subscription as an OPML file"),
        )
        self.import_ = a(
            translate("Actions", "Import…"),
            None,
            "import",
            translate("Actions", "Import articles from another reader or a backup"),
        )
        self.export = a(
            translate("Actions", "Export…"),
            "Ctrl+E",
            "export",
            translate("Actions", "Export articles as HTML, Markdown, EPUB or JSON"),
        )
        self.preferences = a(translate("Actions", "Preferences…"),
                             QKeySequence.StandardKey.Preferences, "settings")  # fmt: skip
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut("Ctrl+,")
        self.quit = a(translate("Actions", "Quit"), QKeySequence.StandardKey.Quit)
        self.find = a(
            translate("Actions", "Search"),
            QKeySequence.StandardKey.Find,
            "search",
            translate("Actions", "Search every saved article"),
        )
        self.paste = a(
            translate("Actions", "Paste URL"),
            None,
            None,
            translate("Actions", "Save the addresses on the clipboard"),
        )
        self.open_original = a(
            translate("Actions", "Open Original"),
            "B",
            "open-external",
            translate("Actions", "Open the article's page in the web browser"),
        )
        self.saved_page = a(
            translate("Actions", "Show Saved Page"),
            "Ctrl+U",
            "page",
            translate("Actions", "Show the page as it was saved, before cleaning"),
        )
        self.favorite = a(
            translate("Actions", "Favourite"),
            "S",
            "favorite",
            translate("Actions", "Add to or remove from favourites"),
        )
        self.archive = a(
            translate("Actions", "Archive"),
            "E",
            "archive",
            translate("Actions", "Move to or out of the archive"),
        )
        self.read = a(
            translate("Actions", "Mark Read / Unread"),
            "M",
            "read",
            translate("Actions", "Mark as read or unread"),
        )
        self.tags = a(
            translate("Actions", "Tags…"),
            "T",
            "tag",
            translate("Actions", "Add or remove tags"),
        )
        self.note = a(
            translate("Actions", "Note…"),
            "N",
            None,
            translate("Actions", "Write or change your note on the article"),
        )
        self.delete = a(
            translate("Actions", "Delete"),
            QKeySequence.StandardKey.Delete,
            "delete",
            translate("Actions", "Delete the selected articles (undo for a few seconds)"),
        )
        self.refetch = a(
            translate("Actions", "Re-fetch"),
            "Ctrl+R",
            "refresh",
            translate("Actions", "Fetch the page again and clean it anew"),
        )
        self.reclean = a(
            translate("Actions", "Re-clean"),
            "Ctrl+Shift+R",
            "clean",
            translate("Actions", "Clean the saved page again with the current cleaner"),
        )
        self.highlight = a(
            translate("Actions", "Highlight"),
            "Ctrl+H",
            "highlight",
            translate("Actions", "Keep the selected text as a highlight"),
        )
        self.highlight_note = a(
            translate("Actions", "Highlight with Note…"),
            "Ctrl+Shift+H",
            None,
            translate("Actions", "Keep the selection with a note"),
        )
        self.next = a(translate("Actions", "Next Article"), "J")
        self.previous = a(translate("Actions", "Previous Article"), "K")
        self.page_down = a(translate("Actions", "Page Down"), "Space")
        self.page_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # The sidebar's views, by key ("all", "unread", …).
        self.views: dict[str, QAction] = {
            key: a(label, f"Ctrl+{n}")
            for n, (key, label) in enumerate(
                [("all", translate("Actions", "All Articles")),
                 ("unread", translate("Actions", "Unread")),
                 ("favorites", translate("Actions", "Favourites")),
                 ("archived", translate("Actions", "Archive", "the archive, a view"))], start=1)
        }  # fmt: skip
        self.sidebar = a(translate("Actions", "Show Sidebar"), "Ctrl+Shift+B", "sidebar")
        self.sidebar.setCheckable(True)
        self.sidebar.setChecked(True)
        self.highlights_panel = a(
            translate("Actions", "Show Highlights"),
            "Ctrl+Shift+L",
            "highlight",
        )
        self.highlights_panel.setCheckable(True)
        self.bigger = a(
            translate("Actions", "Larger Text"),
            QKeySequence.StandardKey.ZoomIn,
        )
        self.smaller = a(
            translate("Actions", "Smaller Text"),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.syntax = a(translate("Actions", "Search Syntax"), None, "help")
        self.about = a(translate("Actions", "About Kliping"), None)
        self.theme_group = QActionGroup(owner)
        self.themes: dict[str, QAction] = {}
        for name in THEMES:
            label = translate("Settings", THEME_LABELS[name])
            act = a(label, None)
            act.setCheckable(True)
            self.theme_group.addAction(act)
            self.themes[name] = act
        self.sort_group = QActionGroup(owner)
        self.sorts: dict[str, QAction] = {}
        for key, label in SORT_LABELS.items():
            act = a(translate("Settings", label), None)
            act.setCheckable(True)
            self.sort_group.addAction(act)
            self.sorts[key] = act
        # Actions that need an article selected.
        self.on_article = [
            self.open_original, self.saved_page, self.favorite, self.archive, self.read,
            self.tags, self.delete, self.refetch, self.reclean, self.export,
        ]  # fmt: skip

    @staticmethod
    def connect(slots: Iterable[tuple[QAction, Callable[[], object]]]) -> None:
        """Make each action do its command when triggered (menu, toolbar or shortcut)."""
        for act, slot in slots:
            act.triggered.connect(lambda _checked=False, slot=slot: slot())

    def _make(
        self,
        text: str,
        shortcut: Shortcut = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        act = QAction(text, self._owner)
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
        self._owner.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def build_menus(self) -> None:
        """The menu bar."""
        bar = self._owner.menuBar()
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
        view.addActions(list(self.views.values()))
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
        bar = QToolBar(translate("Actions", "Main toolbar"), self._owner)
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
        self._owner.addToolBar(bar)
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
