"""Fixtures for the window's tests: offscreen Qt, a library per test, screenshots.

Every test gets its own library folder and settings file in ``tmp_path``. Libraries
with articles are built once per session from the loopback server's realistic pages
and copied for each test, so a test starts from a real library in milliseconds.
Any Qt warning fails the test.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_kit import _windows, make_window

from reader.core.library import Library
from reader.gui.main_window import MainWindow

try:
    from tests.httpserver import LoopbackServer
except ImportError:
    from httpserver import LoopbackServer  # type: ignore[no-redef]

#: Said by the offscreen platform plugin about what it cannot do (raise a window, grab
#: the keyboard for a popup…), not about anything Kliping does wrong.
PLATFORM_NOISE = "This plugin does not support "
PAGES = [
    "en-harbourledger-solar",
    "fr-courrier-bibliotheques",
    "de-elberundschau-bahn",
    "es-diarioturia-alerta",
    "it-cronaca-biblioteca",
    "pt-gazetalitoral-cafe",
]


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does reaches $HOME: config, logs and library go to tmp_path."""
    monkeypatch.setenv("KLIPING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KLIPING_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("KLIPING_LIBRARY", str(tmp_path / "default-library"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _english_window(qapp: object) -> None:
    """Each test starts with the window in English, as ``application.run`` installs it:
    the English file holds the plural forms ("1 result", "2 results"), and a test that
    switched languages must not leave its language to the next one."""
    from reader.gui import i18n

    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog: object) -> Iterator[None]:
    """Any Qt warning fails the test (as in qutebrowser)."""
    yield
    from PySide6.QtCore import QtMsgType

    bad = [
        r.message
        for r in qtlog.records  # type: ignore[attr-defined]
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not r.message.startswith(PLATFORM_NOISE)
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture(scope="session")
def _built_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of the realistic test pages, saved once through the real pipeline."""
    folder = tmp_path_factory.mktemp("built") / "library"
    with LoopbackServer() as server, Library.open(folder) as lib:
        for name in PAGES:
            lib.save_url(server.url(f"/pages/{name}.html"))
    return folder


def _close(lib: Library) -> None:
    # Windows first: closing one drains its writer, so nothing touches the library
    # (or reopens its index) after it is closed.
    for win in _windows.pop(id(lib), []):
        win.close()
    lib.close()


@pytest.fixture
def library(tmp_path: Path, _built_library: Path) -> Iterator[Library]:
    """This test's own copy of the built library."""
    folder = tmp_path / "library"
    shutil.copytree(_built_library, folder)
    lib = Library.open(folder)
    yield lib
    _close(lib)


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    """A new, empty library in tmp_path."""
    lib = Library.open(tmp_path / "empty-library")
    yield lib
    _close(lib)


@pytest.fixture
def window(qtbot: object, library: Library, tmp_path: Path) -> MainWindow:
    """A window on a library of six real articles."""
    return make_window(qtbot, library, tmp_path)
