"""The side panel listing the open article's highlights and their notes."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def _elide(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


class HighlightsPanel(QWidget):
    """Highlights of one article, in text order.

    Signals:
        activated(dict): show this highlight in the article.
        edit_note_requested(dict): the person wants to change a note.
        delete_requested(dict): the person wants to remove a highlight.
    """

    activated = Signal(object)
    edit_note_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.empty = QLabel(
            self.tr("Select text in the article and press Ctrl+H to keep a highlight."), self
        )
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Highlights"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        edit = QAction(self.tr("Edit note…"), self.list)
        edit.triggered.connect(self._edit)
        # No Del shortcut here: it would be ambiguous with the window's Delete (articles).
        delete = QAction(self.tr("Delete highlight"), self.list)
        delete.triggered.connect(self._delete)
        self.list.addActions([edit, delete])
        buttons = QHBoxLayout()
        note_button = QPushButton(self.tr("Note…"), self)
        note_button.setAccessibleName(self.tr("Edit the highlight's note"))
        note_button.clicked.connect(self._edit)
        del_button = QPushButton(self.tr("Delete"), self)
        del_button.setAccessibleName(self.tr("Delete the highlight"))
        del_button.clicked.connect(self._delete)
        buttons.addWidget(note_button)
        buttons.addWidget(del_button)
        buttons.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_highlights([])

    def set_highlights(self, highlights: list[dict[str, Any]]) -> None:
        """Show these highlights."""
        self.list.clear()
        for hl in highlights:
            text = self.tr("“{quote}”").format(quote=_elide(str(hl.get("quote", ""))))
            if hl.get("note"):
                text += "\n✎ " + str(hl["note"])
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, hl)
            item.setToolTip(str(hl.get("quote", "")))
        self.empty.setVisible(not highlights)
        self.list.setVisible(bool(highlights))

    def _activated(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(Qt.ItemDataRole.UserRole))

    def count(self) -> int:
        """How many highlights are listed."""
        return self.list.count()

    def _current(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, dict) else None

    def _edit(self) -> None:
        hl = self._current()
        if hl is not None:
            self.edit_note_requested.emit(hl)

    def _delete(self) -> None:
        hl = self._current()
        if hl is not None:
            self.delete_requested.emit(hl)
