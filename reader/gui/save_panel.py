"""Saving in progress: one row per URL or file (queued, fetching, cleaning, saved, failed).

The panel only shows state; the main window starts the jobs (through the task runner)
and tells each row what happened. Every row can be cancelled while it runs.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.icons import icon

log = logging.getLogger(__name__)

STAGES = {
    "queued": QT_TRANSLATE_NOOP("SaveRow", "Waiting…"),
    "fetching": QT_TRANSLATE_NOOP("SaveRow", "Fetching the page…"),
    "cleaning": QT_TRANSLATE_NOOP("SaveRow", "Cleaning…"),
    "images": QT_TRANSLATE_NOOP("SaveRow", "Saving images…"),
    "saving": QT_TRANSLATE_NOOP("SaveRow", "Saving…"),
    "reading": QT_TRANSLATE_NOOP("SaveRow", "Reading…"),
    "exporting": QT_TRANSLATE_NOOP("SaveRow", "Exporting…"),
}
DONE_STATES = ("saved", "duplicate", "failed", "cancelled", "done")


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with … instead of widening the panel."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             self.width())  # fmt: skip
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), int(align), text)


class SaveRow(QFrame):
    """One item being saved.

    Signals:
        state_changed(str): a new stage or the final state.
        cancel_requested(): the person pressed the row's cancel button.
        open_requested(int): the person asked to open the saved article.
    """

    state_changed = Signal(str)
    cancel_requested = Signal()
    open_requested = Signal(int)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveRow")
        self.state = "queued"
        self.article_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.name = ElidedLabel(label, self)
        self.name.setToolTip(label)
        self.status = ElidedLabel(translate("SaveRow", STAGES["queued"]), self)
        self.status.setObjectName("saveStatus")
        small = self.status.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.status.setFont(small)
        text.addWidget(self.name)
        text.addWidget(self.status)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setFixedWidth(60)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open {item}").format(item=label))
        self.open_button.hide()
        self.open_button.clicked.connect(
            lambda: self.article_id is not None and self.open_requested.emit(self.article_id)
        )
        self.cancel_button = QToolButton(self)
        self.cancel_button.setIcon(icon("close"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setToolTip(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel saving {item}").format(item=label))
        self.cancel_button.clicked.connect(self._cancel)
        layout.addLayout(text, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.open_button)
        layout.addWidget(self.cancel_button)

    @property
    def finished(self) -> bool:
        """True once saved, failed or cancelled."""
        return self.state in DONE_STATES

    def set_stage(self, stage: str) -> None:
        """A progress report from the job ("fetching", "cleaning", …)."""
        if self.finished:
            return
        self.state = stage
        self.status.setText(translate("SaveRow", STAGES[stage]) if stage in STAGES else str(stage))
        self.state_changed.emit(stage)

    def set_done(self, state: str, text: str, article_id: int | None = None) -> None:
        """The job ended: "saved", "duplicate", "failed", "cancelled" or "done"."""
        self.state = state
        self.setProperty("state", state)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.update()
        self.bar.hide()
        self.cancel_button.hide()
        self.article_id = article_id
        self.open_button.setVisible(article_id is not None)
        self.state_changed.emit(state)

    def set_title(self, title: str) -> None:
        """Replace the URL shown with the article's title."""
        if title:
            self.name.setText(title)

    def _cancel(self) -> None:
        if not self.finished:
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()


class SavePanel(QFrame):
    """Rows of saves in progress and recently finished, with "Clear finished".

    Signals:
        open_requested(int): open a saved article.
    """

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savePanel")
        self.setAccessibleName(self.tr("Saving"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        head = QHBoxLayout()
        head.setContentsMargins(10, 0, 6, 0)
        self.title = QLabel("<b>" + self.tr("Saving") + "</b>", self)
        clear = QPushButton(self.tr("Clear finished"), self)
        clear.setFlat(True)
        clear.clicked.connect(self.clear_finished)
        head.addWidget(self.title, 1)
        head.addWidget(clear)
        outer.addLayout(head)
        self._area = QScrollArea(self)
        self._area.setWidgetResizable(True)
        self._area.setFrameShape(QFrame.Shape.NoFrame)
        self._area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._area.setMaximumHeight(150)
        inner = QWidget(self._area)
        self._rows_layout = QVBoxLayout(inner)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        self._rows_layout.addStretch(1)
        self._area.setWidget(inner)
        outer.addWidget(self._area)
        self.rows: list[SaveRow] = []
        self.hide()

    def add(self, label: str) -> SaveRow:
        """A new row, queued."""
        row = SaveRow(label, self)
        row.open_requested.connect(self.open_requested)
        self._rows_layout.insertWidget(self._rows_layout.count() - 1, row)
        self.rows.append(row)
        self.show()
        self._update_title()
        return row

    def row_finished(self) -> None:
        """Refresh the heading after a row ended."""
        self._update_title()

    def _update_title(self) -> None:
        running = sum(1 for r in self.rows if not r.finished)
        text = (self.tr("Saving {running} of %n", "", len(self.rows)).format(
                    running=QLocale().toString(running)) if running
                else self.tr("Finished (%Ln)", "", len(self.rows)))  # fmt: skip
        self.title.setText(f"<b>{html.escape(text)}</b>")

    def clear_finished(self) -> None:
        """Remove the rows that are done; hide the panel when nothing is left."""
        for row in [r for r in self.rows if r.finished]:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        self._update_title()
        if not self.rows:
            self.hide()
