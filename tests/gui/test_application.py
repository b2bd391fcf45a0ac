"""Starting the window: library folder choice, command-line items saved, clean exit."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.core.library import Library
from reader.gui.application import library_folder, run
from reader.gui.main_window import MainWindow
from reader.gui.settings import Preferences


def test_library_folder_precedence(monkeypatch):
    prefs = Preferences(library_dir="/from/preferences")
    assert library_folder("/explicit", prefs) == "/explicit"
    monkeypatch.setenv("KLIPING_LIBRARY", "/from/env")
    assert library_folder(None, prefs) is None  # resolve_library_dir reads the variable
    monkeypatch.delenv("KLIPING_LIBRARY")
    assert library_folder(None, prefs) == "/from/preferences"
    assert library_folder(None, Preferences()) is None


def test_run_opens_the_window_saves_the_items_and_exits_cleanly(
    qapp, tmp_path, http_server, monkeypatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash hook
    folder = tmp_path / "lib"
    url = http_server.url("/pages/en-harbourledger-solar.html")
    seen: dict[str, object] = {}

    def close_when_saved() -> None:
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        rows = wins[0].save_panel.rows if wins else []
        if rows and all(r.finished for r in rows):
            seen["title"] = wins[0].windowTitle()
            seen["states"] = [r.state for r in rows]
            wins[0].close()
        else:
            QTimer.singleShot(100, close_when_saved)

    QTimer.singleShot(100, close_when_saved)
    try:
        code = run(library=str(folder), items=[url], verbose=False)
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_kliping", False)]:
            root.removeHandler(handler)
            handler.close()
    assert code == 0
    assert seen["states"] == ["saved"]
    with Library.open(folder) as lib:
        assert lib.count() == 1
    assert (tmp_path / "log" / "kliping.log").is_file()
    assert (tmp_path / "config" / "kliping.ini").is_file()  # window geometry kept


def test_window_geometry_is_restored_apart_from_preferences(qtbot, library, tmp_path):
    from reader.gui.settings import load_preferences, open_settings

    settings = open_settings(tmp_path / "config" / "kliping.ini")
    first = MainWindow(library, settings, Preferences())
    first.show()
    first.resize(760, 560)  # within the offscreen screen, which clamps
    qtbot.waitUntil(lambda: first.runner.pending == 0)
    first.close()
    second = MainWindow(library, settings, Preferences())
    try:
        assert (second.width(), second.height()) == (760, 560)
        assert "window" in settings.childGroups()
        assert load_preferences(settings) == Preferences()  # geometry is not a preference
    finally:
        second.close()
