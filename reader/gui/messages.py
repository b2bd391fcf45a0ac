"""The one door for messages to the person: an inline banner above the article list.

Expected failures (:class:`~reader.core.errors.KlipingError`) are shown here, never in a
modal box, and written to the log; so are confirmations that offer an action (Undo).
Bugs go to the crash dialog instead (see :mod:`reader.gui.crash`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from reader.gui.icons import icon

log = logging.getLogger(__name__)


class MessageBar(QFrame):
    """A non-blocking banner: text, an optional action button, a close button.

    Signals:
        closed(): the banner went away (timeout, close button or action).
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName("Message")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.hide()
        close = QToolButton(self)
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setAccessibleName("Close message")
        close.setToolTip("Close")
        close.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.dismiss)
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._act)
        self.kind = ""
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        kind: str = "info",
        action: tuple[str, Callable[[], None]] | None = None,
        timeout_ms: int = 8000,
    ) -> None:
        """Show ``text``; ``kind`` is "info" or "error" (styles the banner)."""
        self.kind = kind
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        if action is not None:
            self.button.setText(action[0])
            self.button.setAccessibleName(action[0])
            self._action = action[1]
            self.button.show()
        else:
            self._action = None
            self.button.hide()
        self.show()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    @property
    def text(self) -> str:
        """The message shown ('' when hidden)."""
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        """Hide the banner."""
        self._timer.stop()
        was_visible = self.isVisible()
        self.hide()
        self._action = None
        if was_visible:
            self.closed.emit()

    def _act(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()
