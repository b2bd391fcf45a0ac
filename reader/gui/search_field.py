"""The search field: search as you type (debounced), with a short syntax help."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.icons import icon

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150

#: The syntax help: examples (the syntax itself is not translated) and what they mean.
SYNTAX_ROWS = (
    ("<code>solar harbour</code>", QT_TRANSLATE_NOOP("SearchField", "both words")),
    ("<code>\"port authority\"</code>", QT_TRANSLATE_NOOP("SearchField", "the exact phrase")),
    ("<code>solar OR wind</code>", QT_TRANSLATE_NOOP("SearchField", "either word")),
    ("<code>-opinion</code>", QT_TRANSLATE_NOOP("SearchField", "without a word")),
    ("<code>harb*</code> &nbsp; <code>recieve~</code>",
     QT_TRANSLATE_NOOP("SearchField", "prefix, spelling mistakes")),
    ("<code>title:energy</code> <code>author:lima</code>",
     QT_TRANSLATE_NOOP("SearchField", "title, author")),
    ("<code>site:example.org</code> <code>tag:work</code>",
     QT_TRANSLATE_NOOP("SearchField", "one site, one tag")),
    ("<code>saved:2025-01..2025-06</code>",
     QT_TRANSLATE_NOOP("SearchField", "saved in a date range")),
    ("<code>is:unread</code> <code>is:favorite</code>",
     QT_TRANSLATE_NOOP("SearchField", "read state, favourites")),
)  # fmt: skip


def syntax_help() -> str:
    """The syntax help, in the window's language."""
    rows = "".join(
        f"<tr><td>{example}</td><td>{html.escape(translate('SearchField', meaning))}</td></tr>"
        for example, meaning in SYNTAX_ROWS
    )
    title = html.escape(translate("SearchField", "Search syntax"))
    return f'<b>{title}</b>\n<table cellspacing="4">{rows}</table>'


class SearchField(QLineEdit):
    """Emits :attr:`search_requested` once typing pauses; Escape clears.

    Signals:
        search_requested(str): the query to show ('' to go back to the library).
        move_requested(int): Down/Up pressed: move in the result list (+1 / -1).
        accepted(): Enter pressed: open the current result.
    """

    search_requested = Signal(str)
    move_requested = Signal(int)
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setAccessibleName(self.tr("Search"))
        self.setPlaceholderText(self.tr("Search everything you saved  (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(560)
        lead = self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        lead.setText(self.tr("Search"))
        lead.triggered.connect(lambda: self.search_requested.emit(self.text().strip()))
        help_action = QAction(icon("help"), self.tr("Search syntax"), self)
        help_action.setToolTip(self.tr("Search syntax"))
        help_action.triggered.connect(self.show_help)
        self.addAction(help_action, QLineEdit.ActionPosition.TrailingPosition)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        self._since_fire = QElapsedTimer()
        self.textChanged.connect(self._typed)
        self.returnPressed.connect(self._enter)
        self._help: QLabel | None = None

    def _typed(self, _text: str) -> None:
        # Leading and trailing edge: a keystroke after a pause searches at once; while
        # typing on, one search runs when the typing pauses (answers in between would
        # be stale anyway).
        idle = not self._since_fire.isValid() or self._since_fire.elapsed() >= DEBOUNCE_MS
        if idle and not self._timer.isActive():
            self._fire()
        else:
            self._timer.start()

    def _fire(self) -> None:
        self._since_fire.start()
        self.search_requested.emit(self.text().strip())

    def _enter(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fire()
        self.accepted.emit()

    def show_help(self) -> None:
        """Show the syntax help under the field."""
        if self._help is None:
            self._help = QLabel(syntax_help(), self, Qt.WindowType.ToolTip)
            self._help.setObjectName("searchHelp")
            self._help.setMargin(10)
        self._help.adjustSize()
        self._help.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._help.show()
        QTimer.singleShot(12000, self._help.hide)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self._help is not None and self._help.isVisible():
                self._help.hide()
            elif self.text():
                self.clear()
            else:
                self.clearFocus()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_requested.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._help is not None:
            self._help.hide()
        super().focusOutEvent(event)
