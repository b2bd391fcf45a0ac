"""The one door for messages to the person: an inline banner above the article list.

Expected failures (:class:`~reader.core.errors.KlipingError`) are shown here, never in a
modal box, and written to the log; so are confirmations that offer an action (Undo).
Bugs go to the crash dialog instead (see :mod:`reader.gui.crash`).

The core words its errors in English for the command line and the log, and carries
their facts (``reason`` and ``facts``); :func:`describe` words them in the window's
language, so no translation has to be glued from English pieces.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from reader.core.errors import (
    ExtractError,
    FetchError,
    ImportExportError,
    KlipingError,
    LibraryBusyError,
    NotFoundError,
    SearchError,
    StorageError,
)
from reader.gui import i18n
from reader.gui.i18n import QT_TRANSLATE_NOOP, Context, translate
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
        self.setAccessibleName(self.tr("Message"))
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
        close.setAccessibleName(self.tr("Close message"))
        close.setToolTip(self.tr("Close"))
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


Messages = Context("Messages")

#: Core failures by ``reason``, worded with their ``facts`` (context "Messages").
REASONS = {
    "unknown-host": QT_TRANSLATE_NOOP(
        "Messages", "Could not find the server {host}; check the address and your connection."
    ),
    "refused": QT_TRANSLATE_NOOP("Messages", "{host} refused the connection."),
    "connect": QT_TRANSLATE_NOOP("Messages", "Could not connect to {host}."),
    "tls": QT_TRANSLATE_NOOP("Messages", "The secure connection to {host} failed."),
    "timeout": QT_TRANSLATE_NOOP("Messages", "{host} did not answer in time; try again later."),
    "too-slow": QT_TRANSLATE_NOOP(
        "Messages", "{url} took too long to download; Kliping stops there."
    ),
    "not-html": QT_TRANSLATE_NOOP("Messages", "{url} is not a web page ({type})."),
    "empty-page": QT_TRANSLATE_NOOP("Messages", "{url} sent an empty page."),
    "too-large": QT_TRANSLATE_NOOP("Messages", "{url} is larger than {size}; Kliping stops there."),
    "invalid-url": QT_TRANSLATE_NOOP("Messages", "“{url}” is not a valid web address."),
    "no-article": QT_TRANSLATE_NOOP("Messages", "No article text found at {url}."),
    "busy": QT_TRANSLATE_NOOP(
        "Messages", "Another Kliping is writing to this library; try again shortly."
    ),
    "disk-full": QT_TRANSLATE_NOOP("Messages", "The disk is full. Free some space and try again."),
    "no-such-article": QT_TRANSLATE_NOOP("Messages", "There is no article {id} in this library."),
    "write-failed": QT_TRANSLATE_NOOP("Messages", "Could not write {file}."),
    "feed-password": QT_TRANSLATE_NOOP(
        "Messages",
        "Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} "
        "opens without a password, subscribe to that address.",
    ),
}
#: An HTTP error answer, by kind of status.
STATUS = {
    "login": QT_TRANSLATE_NOOP(
        "Messages",
        "{url} answered {status}: the site may need a login or may refuse automated readers.",
    ),
    "limited": QT_TRANSLATE_NOOP(
        "Messages", "{url} answered {status}: the site is limiting requests; try again later."
    ),
    "server": QT_TRANSLATE_NOOP(
        "Messages", "{url} answered {status}: the site has a problem; try again later."
    ),
    "other": QT_TRANSLATE_NOOP("Messages", "{url} answered {status}."),
}
#: What to say when a failure has no reason the window knows, by its kind.
GENERIC = (
    (LibraryBusyError, REASONS["busy"]),
    (FetchError, QT_TRANSLATE_NOOP("Messages", "The page could not be fetched.")),
    (ExtractError, QT_TRANSLATE_NOOP("Messages", "The page holds no readable article.")),
    (StorageError, QT_TRANSLATE_NOOP("Messages", "The library could not be read or written.")),
    (NotFoundError, QT_TRANSLATE_NOOP("Messages", "That article is no longer in the library.")),
    (SearchError, QT_TRANSLATE_NOOP("Messages", "The search index failed; try again.")),
    (
        ImportExportError,
        QT_TRANSLATE_NOOP(
            "Messages", "The file could not be imported or exported; the log says why."
        ),
    ),
)


def describe(exc: BaseException) -> str:
    """A failure in the window's language: from its reason and facts where the core gave
    them, else the core's own (English) words in English, else what kind of failure it is.
    """
    if not isinstance(exc, KlipingError):
        return translate("Messages", "Something went wrong inside Kliping (see the log).")
    facts: dict[str, Any] = {
        k: QLocale().toString(v) if isinstance(v, int) else v for k, v in exc.facts.items()
    }
    template = REASONS.get(exc.reason)
    if exc.reason == "http-status":
        status = int(exc.facts.get("status", 0))
        kind = (
            "login"
            if status in (401, 403)
            else "limited"
            if status == 429
            else "server"
            if status >= 500
            else "other"
        )
        template = STATUS[kind]
        facts["status"] = str(status)
    if template is not None:
        try:
            return translate("Messages", template).format(**facts)
        except (KeyError, IndexError, ValueError):
            log.warning("the %r message lacks a fact: %r", exc.reason, exc.facts)
    if i18n.current_language() == i18n.SOURCE_LANGUAGE:
        return str(exc)
    for kind_, text in GENERIC:
        if isinstance(exc, kind_):
            return translate("Messages", text)
    return translate("Messages", "That did not work; the log says why.")


def import_summary(report: Any) -> tuple[str, str, str]:
    """An import report as (the counts line, the banner text, the full report for a
    tooltip), in the window's language."""
    from pathlib import Path

    name = Path(report.source).name or report.source
    total, saved, duplicates = report.total, report.saved, report.duplicates
    links, lost, left = report.link_only, report.lost, report.total - report.done
    head = Messages.tr("Import of {file}: %n entries.", "", total).format(file=name)
    counts = [
        Messages.tr("%Ln saved", "", saved),
        Messages.tr("%Ln already in the library", "", duplicates),
    ]
    if links:
        counts.append(Messages.tr("%Ln kept as links only", "", links))
    if lost:
        counts.append(Messages.tr("%Ln not imported", "", lost))
    line = QLocale().createSeparatedList(counts)
    banner = [head, line]
    missing = report.missing_images
    if missing and report.format == "kliping-json":
        banner.append(
            Messages.tr(
                "%n image(s) of the backup were not found: put the {folder} folder back beside "
                "the .json file and run the same import again.",
                "",
                missing,
            ).format(folder=f"{Path(report.source).stem}_images")
        )
    elif missing and not report.fetched:
        banner.append(
            Messages.tr(
                "%n image(s) were not fetched: they stay links to the web; Re-fetch fetches "
                "an article's images.",
                "",
                missing,
            )
        )
    elif missing:
        banner.append(Messages.tr("%n image(s) could not be saved.", "", missing))
    if report.cancelled:
        banner.append(
            Messages.tr(
                "Cancelled with %n entries left; run the same import again to "
                "continue (nothing is saved twice).",
                "",
                left,
            )
        )
    full = list(banner)
    if report.renamed:
        full += ["", Messages.tr("Already in the library under another title (check them):")]
        full += [f"  {where}: {note}" for where, note in report.renamed[:40]]
    if report.failed:
        full += ["", Messages.tr("Could not be saved:")]
        full += [f"  {where}: {reason}" for where, reason in report.failed[:40]]
        full += [
            "",
            Messages.tr("To retry, run the same import again: what is saved is skipped."),
        ]
    return line, " ".join(banner), "\n".join(full)
