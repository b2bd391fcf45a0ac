"""User preferences (typed, defaults declared once) and window state, over QSettings.

Preferences are what a person chooses in the Preferences dialog; window state
(geometry, splitter sizes) is what the window remembers by itself. They live in
separate groups of the same settings file so resetting one never loses the other.
The file is ``kliping.ini`` in the user config folder (``KLIPING_CONFIG_DIR``
overrides, which tests use).
"""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from reader.core.store import SORTS
from reader.gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

THEMES = ("system", "light", "sepia", "dark")
# Labels are in English here and translated where they are shown (context "Settings").
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the System"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "sepia": QT_TRANSLATE_NOOP("Settings", "Sepia"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
}
FONT_STYLES = ("serif", "sans")
SORT_LABELS = {
    "saved": QT_TRANSLATE_NOOP("Settings", "Date saved (newest first)"),
    "saved-asc": QT_TRANSLATE_NOOP("Settings", "Date saved (oldest first)"),
    "published": QT_TRANSLATE_NOOP("Settings", "Date published (newest first)"),
    "published-asc": QT_TRANSLATE_NOOP("Settings", "Date published (oldest first)"),
    "title": QT_TRANSLATE_NOOP("Settings", "Title"),
    "site": QT_TRANSLATE_NOOP("Settings", "Site"),
}
assert set(SORT_LABELS) <= set(SORTS)


@dataclass
class Preferences:
    """What a person can choose. Every default is declared here and nowhere else."""

    library_dir: str = ""  # empty: KLIPING_LIBRARY or the platform default
    theme: str = "system"
    font_style: str = "serif"
    font_family: str = ""  # empty: the best installed family for font_style
    font_size: int = 18  # points-ish pixels of body text in the reader
    line_width: int = 40  # em: the reader column's maximum width
    line_height: int = 160  # percent
    default_sort: str = "saved"
    language: str = ""  # empty: the system's language (KLIPING_LANG overrides both)

    def validated(self) -> Preferences:
        """A copy with out-of-range values replaced by their defaults."""
        base = Preferences()
        out = dataclasses.replace(self)
        if out.theme not in THEMES:
            out.theme = base.theme
        if out.font_style not in FONT_STYLES:
            out.font_style = base.font_style
        if out.default_sort not in SORT_LABELS:
            out.default_sort = base.default_sort
        if out.language not in LANGUAGES:
            out.language = base.language
        out.font_size = min(40, max(10, out.font_size))
        out.line_width = min(80, max(20, out.line_width))
        out.line_height = min(250, max(100, out.line_height))
        return out


def settings_path() -> Path:
    """The settings file."""
    env = os.environ.get("KLIPING_CONFIG_DIR")
    folder = Path(env) if env else Path(platformdirs.user_config_dir("Kliping", appauthor=False))
    return folder / "kliping.ini"


def open_settings(path: Path | None = None) -> QSettings:
    """The QSettings object for ``path`` (default :func:`settings_path`)."""
    return QSettings(str(path or settings_path()), QSettings.Format.IniFormat)


def load_preferences(settings: QSettings) -> Preferences:
    """Read preferences, falling back to defaults for anything missing or malformed."""
    values: dict[str, object] = {}
    settings.beginGroup("preferences")
    try:
        for f in fields(Preferences):
            if not settings.contains(f.name):
                continue
            raw = settings.value(f.name)
            try:
                values[f.name] = int(raw) if f.type in ("int", int) else str(raw)
            except (TypeError, ValueError):
                log.warning("ignoring malformed preference %s=%r", f.name, raw)
    finally:
        settings.endGroup()
    return Preferences(**values).validated()  # type: ignore[arg-type]


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    """Write preferences."""
    settings.beginGroup("preferences")
    for f in fields(Preferences):
        settings.setValue(f.name, getattr(prefs, f.name))
    settings.endGroup()
    settings.sync()


def load_state(settings: QSettings, name: str) -> QByteArray | None:
    """A saved window-state blob (geometry, splitter sizes), or None."""
    value = settings.value(f"window/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_state(settings: QSettings, name: str, value: QByteArray) -> None:
    """Remember a window-state blob."""
    settings.setValue(f"window/{name}", value)
