"""How errors reach the person: a banner for expected failures, a crash dialog for bugs."""

from __future__ import annotations

from pathlib import Path

from gui_kit import screenshot
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.errors import SearchError
from reader.gui import crash


def test_an_expected_error_shows_in_the_banner_not_a_modal_box(qtbot, window):
    def broken(*args, **kwargs):
        raise SearchError("The search index is damaged; run kliping reindex to rebuild it.")

    window.runner.io(lambda ctx: broken())  # a job without its own error handling
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert window.message_bar.kind == "error"
    assert "run kliping reindex" in window.message_bar.text
    assert QApplication.activeModalWidget() is None
    screenshot(window, "error-banner")
    # The window keeps working.
    qtbot.keyClick(window, "j")
    qtbot.waitUntil(lambda: window.view.article is not None)
    window.message_bar.dismiss()
    assert not window.message_bar.isVisible()


def test_a_bug_opens_the_crash_dialog_with_the_log_location(qtbot, qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        crash.report_bug(type(exc), exc, exc.__traceback__, Path("/tmp/k/kliping.log"))
    (box,) = shown
    assert "/tmp/k/kliping.log" in box.informativeText()
    assert "RuntimeError: a bug" in box.detailedText()
