"""The sidebar: All, Unread, Favourites, Archive, then Tags and Sites, with counts."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

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


def load_sidebar(lib: Library) -> SidebarData:
    """Worker job: everything the sidebar shows."""
    return SidebarData(lib.counts(), lib.tags(), lib.sites())


class Sidebar(QTreeWidget):
    """Views of the library. Selecting one shows its articles.

    Signals:
        view_selected(str, ArticleFilter): the key ("all", "tag:x", "site:y") and filter.
    """

    view_selected = Signal(str, object)

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
        self._tags = self._section(self.tr("Tags"))
        self._sites = self._section(self.tr("Sites"))
        self.setCurrentItem(self._items["all"])
        self.currentItemChanged.connect(self._changed)

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
