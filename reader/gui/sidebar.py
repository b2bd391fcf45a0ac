"""The sidebar: All, Unread, Favourites, Archive, then Feeds (folders and feeds with
their unread counts and error marks), Tags and Sites, with counts."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from reader.core.feeds import Feed, Feeds
from reader.core.library import ArticleFilter, Library
from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.icons import icon

log = logging.getLogger(__name__)

VIEWS = (
    ("all", QT_TRANSLATE_NOOP("Sidebar", "All articles"), "inbox", ArticleFilter()),
    ("unread", QT_TRANSLATE_NOOP("Sidebar", "Unread"), "unread", ArticleFilter(is_read=False)),
    (
        "favorites",
        QT_TRANSLATE_NOOP("Sidebar", "Favourites"),
        "favorite",
        ArticleFilter(is_favorite=True),
    ),
    (
        "archived",
        QT_TRANSLATE_NOOP("Sidebar", "Archive"),
        "archive",
        ArticleFilter(is_archived=True),
    ),
)


@dataclass(frozen=True)
class SidebarData:
    """Counts, tags and sites, read on a worker thread."""

    counts: dict[str, int]
    tags: list[tuple[str, int]]
    sites: list[tuple[str, int]]
    feeds: list[Feed] = field(default_factory=list)


def load_sidebar(lib: Library) -> SidebarData:
    """Worker job: everything the sidebar shows."""
    return SidebarData(lib.counts(), lib.tags(), lib.sites(), Feeds(lib).list())


class Sidebar(QTreeWidget):
    """Views of the library. Selecting one shows its articles.

    Signals:
        view_selected(str, ArticleFilter): the key ("all", "tag:x", "site:y", "feed:3",
            "folder:Tech") and filter.
        feed_menu_requested(str, QPoint): a right click on a feed or folder ("feed:3",
            "folder:Tech", or "feeds" for the section), at a global position.
    """

    view_selected = Signal(str, object)
    feed_menu_requested = Signal(str, QPoint)

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Library views"))
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._filters: dict[str, ArticleFilter] = {}
        for key, label, icon_name, flt in VIEWS:
            item = QTreeWidgetItem(self, [translate("Sidebar", label), ""])
            item.setIcon(0, icon(icon_name))
            self._add(item, key, flt)
        self._feeds = self._section(self.tr("Feeds"))
        self._feeds.setData(0, self.KeyRole, None)
        self._feeds.setHidden(True)
        self._tags = self._section(self.tr("Tags"))
        self._sites = self._section(self.tr("Sites"))
        self.setCurrentItem(self._items["all"])
        self.currentItemChanged.connect(self._changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.feeds: dict[int, Feed] = {}

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [QLocale().toUpper(title), ""])
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setExpanded(True)
        return item

    def _add(self, item: QTreeWidgetItem, key: str, flt: ArticleFilter) -> None:
        item.setData(0, self.KeyRole, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, QColor("#8a8e95"))
        self._items[key] = item
        self._filters[key] = flt

    def set_data(self, data: SidebarData) -> None:
        """Show fresh counts, tags and sites (keeping the current view)."""
        current = self.current_key()
        for key, *_ in VIEWS:
            self._items[key].setText(1, QLocale().toString(data.counts.get(key, 0)))
        self.blockSignals(True)
        try:
            self._set_feeds(data.feeds)
            for section, kind, entries, icon_name in (
                (self._tags, "tag", data.tags, "tag"),
                (self._sites, "site", data.sites[:200], "globe"),
            ):
                for child in section.takeChildren():
                    self._items.pop(str(child.data(0, self.KeyRole)), None)
                for name, count in entries:
                    child = QTreeWidgetItem(section, [name, QLocale().toString(count)])
                    child.setIcon(0, icon(icon_name))
                    flt = ArticleFilter(tag=name) if kind == "tag" else ArticleFilter(site=name)
                    self._add(child, f"{kind}:{name}", flt)
                section.setHidden(not entries)
            self.setCurrentItem(self._items.get(current) or self._items["all"])
        finally:
            self.blockSignals(False)
        if current not in self._items:
            self._changed(self._items["all"], None)

    def _set_feeds(self, feeds: list[Feed]) -> None:
        self.feeds = {f.id: f for f in feeds}
        for child in self._feeds.takeChildren():
            for n in range(-1, child.childCount()):
                item = child if n < 0 else child.child(n)
                if item is not None:
                    self._items.pop(str(item.data(0, self.KeyRole)), None)
        folders: dict[str, QTreeWidgetItem] = {}
        for feed in feeds:
            parent = self._feeds
            if feed.folder:
                parent = folders.get(feed.folder) or self._folder_item(feed.folder, feeds)
                folders[feed.folder] = parent
            item = QTreeWidgetItem(parent, [feed.display_title, _count(feed.unread)])
            tip = feed.url + ("\nA page watch: new links on the page that look like articles"
                              if feed.is_watch else "")  # fmt: skip
            if feed.error:
                item.setIcon(0, icon("warning"))
                tip = f"{feed.error}\n{tip}"
            else:
                item.setIcon(0, icon("globe" if feed.is_watch else "feed"))
            item.setToolTip(0, tip)
            unread = feed.unread
            spoken = self.tr("{feed}, %Ln unread", "", unread).format(feed=feed.display_title)
            if feed.error:
                spoken = self.tr("{feed}, error: {reason}").format(feed=spoken, reason=feed.error)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
            self._add(item, f"feed:{feed.id}", ArticleFilter(feed=feed.id))
        for item in folders.values():
            item.setExpanded(True)
        self._feeds.setHidden(not feeds)

    def _folder_item(self, name: str, feeds: list[Feed]) -> QTreeWidgetItem:
        unread = sum(f.unread for f in feeds if f.folder == name)
        item = QTreeWidgetItem(self._feeds, [name, _count(unread)])
        item.setIcon(0, icon("folder"))
        failing = [f.display_title for f in feeds if f.folder == name and f.error]
        if failing:
            item.setToolTip(0, self.tr("Feeds in error: {feeds}").format(feeds=", ".join(failing)))
        self._add(item, f"folder:{name}", ArticleFilter(folder=name))
        return item

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        key = item.data(0, self.KeyRole)
        if item is self._feeds:
            key = "feeds"
        if key and str(key).startswith(("feed:", "folder:", "feeds")):
            self.feed_menu_requested.emit(str(key), self.viewport().mapToGlobal(pos))

    def current_key(self) -> str:
        """The key of the selected view."""
        item = self.currentItem()
        key = item.data(0, self.KeyRole) if item is not None else None
        return str(key) if key else "all"

    def current_filter(self) -> ArticleFilter:
        """The filter of the selected view."""
        return self._filters.get(self.current_key(), ArticleFilter())

    def select(self, key: str) -> None:
        """Select a view by key ("all", "unread", "tag:x", …)."""
        item = self._items.get(key)
        if item is not None:
            self.setCurrentItem(item)

    def label_of(self, key: str) -> str:
        """The visible name of a view."""
        item = self._items.get(key)
        return item.text(0) if item is not None else ""

    def _changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(0, self.KeyRole)
        if key:
            self.view_selected.emit(str(key), self._filters[str(key)])


def _count(n: int) -> str:
    return QLocale().toString(n) if n else ""
