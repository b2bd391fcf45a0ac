"""How a row of the article list looks: unread dot, title, byline, two lines of excerpt."""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.gui.article_list import ArticleListModel, Row
from reader.gui.article_view import LRM, Byline

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
#: Text in the scripts a library holds: a line of any of them is laid out with the font
#: Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list's own.
SCRIPTS = "Ag Éç 漢字 かな カナ 한글 😀 ไทย देवनागरी العربية Ελληνικά Кириллица"


def line_height(font: QFont, text: str = SCRIPTS) -> int:
    """The height of one laid-out line of ``text``: the tallest of the fonts it uses."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return max(QFontMetrics(font).lineSpacing(), int(line.height() + line.leading() + 0.999))


def whole_lines(doc: QTextDocument, height: int) -> int:
    """How much of ``height`` the whole lines of ``doc`` that fit in it take (from the
    top of its text, below the document margin)."""
    doc.size()  # lays the document out
    margin = doc.documentMargin()
    bottom = 0.0
    block = doc.firstBlock()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y() - margin
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            end = top + line.y() + line.height()
            if end > height + 0.5:
                return max(1, int(bottom + 0.999)) if bottom else height
            bottom = end
        block = block.next()
    return height


class ArticleDelegate(QStyledItemDelegate):
    """Draws a row: unread dot, title, site · date · reading time, two lines of excerpt."""

    PAD = 12

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[int, int, str], QTextDocument] = OrderedDict()
        self.accent = QColor("#b5472f")
        self.mark = QColor("#ffd27a")
        self.star = QColor("#e0a100")
        self.mark_text = QColor("#1d1f21")
        self._heights: dict[str, int] = {}

    def set_colors(self, accent: str, mark: str, mark_text: str = "#1d1f21") -> None:
        """Follow the theme."""
        self.accent, self.mark, self.mark_text = QColor(accent), QColor(mark), QColor(mark_text)
        self._docs.clear()
        self._heights.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * 1.08)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        return title, small, small

    def _line(self, font: QFont) -> int:
        """One line of ``font`` or of any font Qt falls back to from it (cached)."""
        key = font.key()
        found = self._heights.get(key)
        if found is None:
            found = self._heights[key] = line_height(font)
        return found

    def heights(self, option: QStyleOptionViewItem) -> tuple[int, int, int]:
        """The heights of the title line, the byline and one excerpt line.

        Every row has the same height (the list lays out 100,000 rows at once), so each
        line is as tall as the tallest font a line of it may be drawn with: a CJK title
        or snippet is never cut.
        """
        title, meta, body = self._fonts(option)
        bold = QFont(title)
        bold.setWeight(QFont.Weight.DemiBold)
        return max(self._line(title), self._line(bold)), self._line(meta), self._line(body)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, meta, body = self.heights(option)
        return QSize(320, title + 2 + meta + 4 + 2 * body + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.data(ArticleListModel.RowRole)
        if row is None:
            return
        painter.save()
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + self.PAD, rect.bottom(), rect.right(), rect.bottom())
        title_font, meta_font, body_font = self._fonts(option)
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        left = rect.left() + self.PAD + 10
        width = rect.width() - (left - rect.left()) - self.PAD
        y = rect.top() + self.PAD
        title_h, meta_h, body_h = self.heights(option)
        if not row.is_read:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.drawEllipse(rect.left() + self.PAD - 3, y + title_h // 2 - 4, 8, 8)
        # A right-to-left article (Arabic, Hebrew …) runs from the right edge, whatever
        # the window's language; its title, excerpt and byline line up there.
        rtl = row.direction == "rtl"
        side = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        text_dir = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        # Title (bold when unread), with a star at the end for favourites.
        title_font.setWeight(QFont.Weight.DemiBold if not row.is_read else QFont.Weight.Normal)
        fm = QFontMetrics(title_font)
        star_w = fm.horizontalAdvance("★ ") if row.is_favorite else 0
        painter.setFont(title_font)
        painter.setPen(text)
        title = fm.elidedText(row.title, Qt.TextElideMode.ElideRight, width - star_w)
        title_x = left + star_w if rtl else left
        painter.setLayoutDirection(text_dir)
        painter.drawText(QRect(title_x, y, width - star_w, title_h),
                         side | Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if row.is_favorite:
            painter.setPen(self.star)
            star_x = left if rtl else left + width - star_w
            star_side = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(QRect(star_x, y, star_w, title_h),
                             star_side | Qt.AlignmentFlag.AlignVCenter, "★")  # fmt: skip
        y += title_h + 2
        # Site · date · reading time.
        painter.setFont(meta_font)
        mfm = QFontMetrics(meta_font)
        n = row.minutes
        minutes = Byline.tr("%Ln min read", "", n) if n else ""
        bits = [row.site, row.date, minutes]
        meta = "  ·  ".join(b + LRM for b in bits if b)
        painter.setPen(self.accent if not selected else text)
        painter.drawText(QRect(left, y, width, meta_h), side | Qt.AlignmentFlag.AlignVCenter,
                         mfm.elidedText(meta, Qt.TextElideMode.ElideRight, width))  # fmt: skip
        y += meta_h + 4
        # Two lines of excerpt, or of the search snippet with its marked words.
        box = QRect(left, y, width, 2 * body_h)
        painter.setClipRect(box)
        if row.snippet_html:
            doc = self._snippet_doc(row, width, body_font, muted)
            # whole lines only: a third, shorter line must not peek in half cut
            painter.setClipRect(QRect(left, y, width, whole_lines(doc, 2 * body_h)))
            painter.translate(left - 4, y - 4)
            doc.drawContents(painter)
        else:
            painter.setLayoutDirection(text_dir)
            self._draw_excerpt(painter, row.excerpt, body_font, muted, box, body_h, side)
        painter.restore()

    @staticmethod
    def _draw_excerpt(
        painter: QPainter,
        text: str,
        font: QFont,
        color: QColor,
        box: QRect,
        line_h: int,
        side: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        """Two wrapped lines of ``text``, each ``line_h`` tall (the second elided)."""
        layout = QTextLayout(" ".join(text.split()), font)
        layout.beginLayout()
        first = layout.createLine()
        if first.isValid():
            first.setLineWidth(box.width())
        layout.endLayout()
        painter.setFont(font)
        painter.setPen(color)
        if not first.isValid():
            return
        start, length = first.textStart(), first.textLength()
        head = layout.text()[start : start + length].rstrip()
        rest = layout.text()[start + length :].strip()
        flags = side | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(box.left(), box.top(), box.width(), line_h), flags, head)
        if rest:
            tail = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(
                QRect(box.left(), box.top() + line_h, box.width(), line_h), flags, tail
            )

    def _snippet_doc(self, row: Row, width: int, font: QFont, color: QColor) -> QTextDocument:
        key = (row.id, width, row.snippet_html)
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(4)
            doc.setTextWidth(width + 4)
            if row.direction == "rtl":
                option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
                doc.setDefaultTextOption(option)
            html = row.snippet_html.replace(
                "<mark>",
                f'<span style="background-color:{self.mark.name()}; '
                f'color:{self.mark_text.name()}">',
            ).replace("</mark>", "</span>")
            doc.setHtml(f'<span style="color:{color.name()}">{html}</span>')
            self._docs[key] = doc
            if len(self._docs) > 300:
                self._docs.popitem(last=False)
        return doc
