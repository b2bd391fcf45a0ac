"""Light, sepia and dark themes: the application palette and the reader's stylesheet.

"system" follows the desktop's colour scheme (Qt's ``styleHints().colorScheme()``)
and changes with it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from reader.gui.settings import Preferences

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Theme:
    """The colours of one theme."""

    name: str
    window: str
    base: str  # list and reader background
    alt_base: str
    text: str
    muted: str
    accent: str
    link: str
    rule: str
    code_bg: str
    highlight: str  # selection
    marker: str  # a kept highlight in the article
    search_mark: str  # a searched word in the article
    dark: bool = False


THEMES: dict[str, Theme] = {
    "light": Theme(
        "light", window="#f3f3f1", base="#ffffff", alt_base="#f7f7f5", text="#1d1f21",
        muted="#6b6f76", accent="#b5472f", link="#1f5fa8", rule="#dcdcd8", code_bg="#f1f1ee",
        highlight="#cfe0f7", marker="#fbe7a1", search_mark="#ffd27a",
    ),
    "sepia": Theme(
        "sepia", window="#efe6d3", base="#f8f1e3", alt_base="#f1e8d6", text="#3b2f20",
        muted="#7a6a55", accent="#9c4a22", link="#7a4b12", rule="#dccfb6", code_bg="#efe5d0",
        highlight="#e6d3a8", marker="#f3d98b", search_mark="#f0b860",
    ),
    "dark": Theme(
        "dark", window="#202124", base="#17181a", alt_base="#1e1f22", text="#dcdcdc",
        muted="#9a9ea5", accent="#e0876a", link="#8ab4f8", rule="#3a3c40", code_bg="#25262a",
        highlight="#304a6e", marker="#6b5a1e", search_mark="#8a6a12", dark=True,
    ),
}  # fmt: skip


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> Theme:
    """The theme for a preference value ("system" picks light or dark)."""
    if name == "system":
        return THEMES["dark" if system_is_dark() else "light"]
    return THEMES.get(name, THEMES["light"])


def palette(theme: Theme) -> QPalette:
    """A full application palette for ``theme``."""
    pal = QPalette()
    role = QPalette.ColorRole
    text = QColor(theme.text)
    for r, color in (
        (role.Window, theme.window), (role.WindowText, theme.text), (role.Base, theme.base),
        (role.AlternateBase, theme.alt_base), (role.Text, theme.text),
        (role.Button, theme.window), (role.ButtonText, theme.text),
        (role.ToolTipBase, theme.base), (role.ToolTipText, theme.text),
        (role.Highlight, theme.highlight), (role.HighlightedText, theme.text),
        (role.Link, theme.link), (role.PlaceholderText, theme.muted), (role.Mid, theme.rule),
        (role.Midlight, theme.alt_base), (role.Light, theme.base), (role.Dark, theme.rule),
        (role.Shadow, theme.rule), (role.BrightText, theme.accent),
    ):  # fmt: skip
        pal.setColor(r, QColor(color))
    disabled = QColor(theme.muted)
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    pal.setColor(QPalette.ColorGroup.Inactive, role.Highlight, QColor(theme.highlight))
    pal.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, text)
    return pal


@cache
def _css_template() -> Template:
    path = resources.files("reader.resources") / "styles" / "reader.css"
    return Template(path.read_text(encoding="utf-8"))


SERIF_FAMILIES = ("Charter", "Source Serif 4", "Georgia", "Noto Serif", "DejaVu Serif", "serif")
SANS_FAMILIES = ("Inter", "Source Sans 3", "Noto Sans", "Segoe UI", "DejaVu Sans", "sans-serif")


def font_family(prefs: Preferences) -> str:
    """The reader's body font: the chosen family, else the best installed one."""
    if prefs.font_family:
        return prefs.font_family
    installed = set(QFontDatabase.families())
    wanted = SERIF_FAMILIES if prefs.font_style == "serif" else SANS_FAMILIES
    return next((f for f in wanted if f in installed), wanted[-1])


def reader_css(theme: Theme, prefs: Preferences) -> str:
    """The reader stylesheet for a theme and the typography preferences."""
    size = prefs.font_size
    family = font_family(prefs)
    ui = QGuiApplication.font().family() if QGuiApplication.instance() else "sans-serif"
    return _css_template().substitute(
        font_family=f'"{family}"', ui_family=f'"{ui}"', font_size=size,
        line_height=prefs.line_height, para_gap=round(size * 0.9),
        h1_size=round(size * 1.6), h2_size=round(size * 1.3), h3_size=round(size * 1.12),
        code_size=round(size * 0.8), small_size=max(11, round(size * 0.72)),
        text=theme.text, muted=theme.muted, link=theme.link, accent=theme.accent,
        rule=theme.rule, code_bg=theme.code_bg,
    )  # fmt: skip


def reader_font(prefs: Preferences) -> QFont:
    """The QFont matching the reader's body text (used to size the column)."""
    font = QFont(font_family(prefs))
    font.setPixelSize(prefs.font_size)
    return font


@cache
def _qss_template() -> Template:
    path = resources.files("reader.resources") / "styles" / "app.qss"
    return Template(path.read_text(encoding="utf-8"))


def app_stylesheet(theme: Theme) -> str:
    """The window's style sheet for ``theme``."""
    error_bg, error_fg, ok_fg = (
        ("#3a2222", "#ff9b8a", "#8fd19e") if theme.dark else ("#fdecea", "#a4281b", "#2e7d32")
    )
    return _qss_template().substitute(
        window=theme.window, base=theme.base, alt_base=theme.alt_base, text=theme.text,
        muted=theme.muted, accent=theme.accent, rule=theme.rule, highlight=theme.highlight,
        error_bg=error_bg, error_fg=error_fg, ok_fg=ok_fg,
    )  # fmt: skip
