"""SVG action icons, drawn at any size in the palette's text colour.

The SVG files (``resources/icons/actions``) are drawn in black; they are recoloured
when rendered so the same file suits light, sepia and dark themes, and rendered at the
requested size so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)


@cache
def _svg_source(name: str) -> str:
    path = resources.files("reader.resources") / "icons" / "actions" / f"{name}.svg"
    return path.read_text(encoding="utf-8")


_theme_color = QColor("#4a4f57")


def set_theme_color(color: QColor) -> None:
    """The colour of icons made without one; they follow it when next painted."""
    global _theme_color
    _theme_color = QColor(color)


def _disabled(color: QColor) -> QColor:
    # SVG colours have no alpha: disabled is the colour halfway to a neutral grey.
    grey = QColor("#9a9ea5")
    return QColor(
        (color.red() + grey.red()) // 2,
        (color.green() + grey.green()) // 2,
        (color.blue() + grey.blue()) // 2,
    )


class SvgIconEngine(QIconEngine):
    """Renders one SVG, recoloured for the mode (normal, disabled)."""

    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._color = color  # None: follow the theme

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        base = self._color or _theme_color
        color = (_disabled(base) if mode == QIcon.Mode.Disabled else base).name()
        data = _svg_source(self._name).replace("#000000", color)
        return QSvgRenderer(QByteArray(data.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._color)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The action icon ``name`` in ``color`` (default: the theme's icon colour)."""
    return QIcon(SvgIconEngine(name, color))
