"""Bugs: logged with their traceback and shown in a crash dialog naming the log file.

:func:`install` makes this ``sys.excepthook``; the task runner hands bugs from worker
threads to the same hook on the GUI thread, so every bug reaches the person the same way.
Expected failures never come here (see :mod:`reader.gui.messages`).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from reader.gui.i18n import translate

log = logging.getLogger(__name__)

_showing = False


def report_bug(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None,
    log_file: Path | None,
) -> None:  # fmt: skip
    """Log a bug and, when a window can be shown, say so in a crash dialog."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.critical("unexpected error", exc_info=(kind, exc, tb))
    if _showing or QApplication.instance() is None:
        return  # never stack dialogs (a bug while the dialog is up)
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Crash", "Kliping hit a bug"))
        box.setText(
            translate("Crash", "Something went wrong inside Kliping. Your library is safe; "
                      "what you were doing may not have finished.")
        )  # fmt: skip
        where = (translate("Crash", "The details are in the log:\n{file}").format(file=log_file)
                 if log_file else "")  # fmt: skip
        box.setInformativeText(
            where
            + "\n\n"
            + translate("Crash", "Please report it, with the log, so it can be fixed.")
        )
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()
    finally:
        _showing = False


def install(log_file: Path | None) -> None:
    """Make :func:`report_bug` the handler for uncaught exceptions."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        report_bug(kind, exc, tb, log_file)

    sys.excepthook = hook
