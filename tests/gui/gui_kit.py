"""Helpers the window's tests import (``from gui_kit import …``).

Kept out of conftest.py: several conftest modules exist, and which one ``import
conftest`` finds depends on the order pytest collected them in.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Library
from reader.gui.main_window import MainWindow
from reader.gui.settings import Preferences, open_settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"

#: Windows opened on each library (by id), closed before the library is.
_windows: dict[int, list[MainWindow]] = {}


def make_window(qtbot: object, lib: Library, tmp_path: Path, **prefs: object) -> MainWindow:
    """A shown window on ``lib`` whose first page of articles has arrived."""
    from reader.gui.application import make_app

    make_app()
    settings = open_settings(tmp_path / "config" / "kliping.ini")
    win = MainWindow(lib, settings, Preferences(**prefs))  # type: ignore[arg-type]
    _windows.setdefault(id(lib), []).append(win)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not win.model.loading and win.runner.pending == 0)  # type: ignore[attr-defined]
    return win


def screenshot(widget: object, name: str) -> Path:
    """Save a PNG of ``widget`` into tests/artifacts/screenshots (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path
