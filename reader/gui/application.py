"""The window's composition root: logging, the crash hook, the library, the window.

:func:`run` starts things in a readable order; each step is one call.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_NAME, __version__
from reader.core.errors import KlipingError
from reader.core.library import Library
from reader.core.paths import resolve_library_dir
from reader.gui import crash, i18n
from reader.gui.i18n import translate
from reader.gui.main_window import MainWindow
from reader.gui.messages import describe
from reader.gui.settings import Preferences, load_preferences, open_settings
from reader.gui.single_instance import SingleInstance, show_and_save
from reader.logs import setup_logging

log = logging.getLogger(__name__)


def library_folder(explicit: str | None, prefs: Preferences) -> str | None:
    """``--library`` wins, then ``KLIPING_LIBRARY``, then the preference, then the default."""
    if explicit:
        return explicit
    if os.environ.get("KLIPING_LIBRARY"):
        return None  # resolve_library_dir reads it
    return prefs.library_dir or None


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, named so settings and the desktop know it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or [sys.argv[0]]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.kliping.Kliping")  # resources/linux/<this>.desktop
    app.setStyle("Fusion")  # one look on every desktop; the themes set its palette
    app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    from importlib import resources

    folder = resources.files("reader.resources") / "icons"
    for name in ("kliping.svg", "kliping.png"):
        path = folder / name
        if path.is_file():
            return QIcon(str(path))
    return QIcon()


def open_window(folder: Path, settings: QSettings, log_file: Path | None = None) -> MainWindow:
    """Open the library in ``folder`` and a window on it (KlipingError when it cannot)."""
    lib = Library.open(folder)
    log.info("library %s", lib.folder)
    return MainWindow(lib, settings, load_preferences(settings), log_file=log_file)


def run(library: str | None, items: list[str], verbose: bool) -> int:
    """Start the window; save ``items`` (URLs, HTML files) given on the command line."""
    log_file = setup_logging(verbose)
    log.info("Kliping %s starting", __version__)
    app = make_app()
    crash.install(log_file)
    settings = open_settings()
    prefs = load_preferences(settings)
    i18n.install(i18n.choose_language(prefs.language), app)
    folder = resolve_library_dir(library_folder(library, prefs))
    instance = SingleInstance(folder, app)
    if instance.start(items):
        return 0  # the window already open on this library took the items
    try:
        window = open_window(folder, settings, log_file)
    except KlipingError as exc:
        # The one modal error box: without a library there is no window to show it in.
        log.error("cannot open the library: %s", exc)
        QMessageBox.critical(None, translate("Application", "Kliping cannot start"), describe(exc))
        return 1
    window.show()
    instance.items_received.connect(lambda received: show_and_save(window, received))
    if items:
        window.save_items(items)
    code = app.exec()
    instance.close()
    window.lib.close()
    log.info("Kliping stopped (%d)", code)
    return int(code)
