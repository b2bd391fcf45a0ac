"""The reader: one saved article in a QTextBrowser, with no network at all.

Images come only from the library's ``assets/`` folder; anything else (a missing
image's remote address, a ``file:`` URL, a tracking pixel) is drawn as a placeholder.
Links open in the system browser. Highlights and searched words are drawn as extra
selections, so the article's HTML is never rewritten to show them.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.library import ArticleRecord
from reader.core.textdir import article_direction
from reader.gui.formatting import display_date
from reader.gui.i18n import QT_TRANSLATE_NOOP, Context, translate
from reader.gui.settings import Preferences
from reader.gui.themes import Theme, reader_css, reader_font

log = logging.getLogger(__name__)

PLACEHOLDER_URL = "kliping:placeholder"
#: The words around an article: its byline in the reader and its row in the list.
Byline = Context("Byline")
# After each piece of a byline (an Arabic author's name, a Hebrew site's): the next
# piece starts again left to right, so "By سلمى الحداد · 15 July" keeps its order.
LRM = "\u200e"
_UNSAFE = re.compile(
    r"<(script|style|iframe|object|embed|noscript|template)\b.*?</\1\s*>|<(link|meta|base)\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)


def locate(text: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``, whatever the whitespace between its words."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(text, start)
    return (m.start(), m.end()) if m else None


def sanitize_page(page: str) -> str:
    """The saved original page without scripts, styles, frames or remote stylesheets."""
    return _UNSAFE.sub("", page)


#: Said above an article saved from its feed's text because its page could not be fetched.
FEED_TEXT_NOTE = QT_TRANSLATE_NOOP(
    "Byline",
    "The page could not be fetched when this article was saved; this is the text its feed "
    "carried (Article ▸ Re-fetch tries the page again).",
)


def article_html(rec: ArticleRecord) -> str:
    """The reader's HTML for an article: site, headline, byline, lead image, body."""
    meta = []
    if rec.authors:
        authors = QLocale().createSeparatedList([html.escape(a) + LRM for a in rec.authors])
        meta.append(Byline.tr("By {authors}").format(authors=authors))
    date = display_date(rec.published, long=True) or display_date(rec.saved_at, long=True)
    if date:
        meta.append(date)
    if rec.reading_minutes:
        n = rec.reading_minutes
        meta.append(Byline.tr("%Ln min read", "", n))
    parts = []
    if rec.display_site:
        parts.append(f'<p class="kl-site">{html.escape(rec.display_site)}</p>')
    parts.append(f"<h1>{html.escape(rec.title or rec.url)}</h1>")
    if rec.tags:
        tags = ", ".join(html.escape(t) for t in rec.tags)
        meta.append(Byline.tr("Tags: {tags}").format(tags=tags))
    direction = article_direction(rec.language, rec.title, rec.text[:400])
    if meta:
        # The byline is in the window's language: its own direction, on the article's side.
        side = ' dir="ltr" align="right"' if direction == "rtl" else ""
        parts.append(
            f'<p class="kl-meta"{side}>{" &nbsp;·&nbsp; ".join(m + LRM for m in meta)}</p>'
        )
    if rec.status == "feed-text":
        note = Byline.tr(FEED_TEXT_NOTE)
        parts.append(f'<p class="kl-meta"><i>{html.escape(note)}</i></p>')
    if rec.note.strip():  # the reader's own note (a page note, a bookmark's description)
        note = "<br>".join(html.escape(line) for line in rec.note.strip().splitlines())
        label = html.escape(Byline.tr("Note:"))
        parts.append(f'<p class="kl-meta kl-note"><i>{label}</i> {note}</p>')
    lead = rec.lead_image or ""
    if lead.startswith("assets/") and lead not in rec.html:
        parts.append(f'<p><img src="{html.escape(lead)}"></p>')
    parts.append(qt_friendly(rec.html) or f"<p>{html.escape(rec.excerpt or '')}</p>")
    if direction == "rtl":
        lang = f' lang="{html.escape(rec.language)}"' if rec.language else ""
        return f'<div dir="rtl"{lang}>\n' + "\n".join(parts) + "\n</div>"
    return "\n".join(parts)


_FIGURE = re.compile(r"<(/?)(figure|figcaption|picture)\b([^>]*)>", re.IGNORECASE)


def qt_friendly(body: str) -> str:
    """HTML5 elements Qt's rich text does not know, as blocks it lays out well.

    A ``<figure>`` is unknown to Qt, which would run its image into the paragraph
    before it; it becomes a centred block, and its caption a small paragraph.
    """

    def swap(m: re.Match[str]) -> str:
        closing, tag = m.group(1), m.group(2).lower()
        if tag == "figure":
            return "</div>" if closing else '<div class="kl-figure" align="center">'
        if tag == "figcaption":
            return "</p>" if closing else '<p class="caption" align="center">'
        return ""  # <picture>: its <img> is what Qt can show

    return _FIGURE.sub(swap, body)


class ArticleView(QTextBrowser):
    """Shows one article. Keyboard: Space / Shift+Space page down / up.

    Signals:
        position_changed(int, float): the article id and how far it has been read (0–1),
            after scrolling settles.
        highlight_clicked(int): a highlight id (from the side panel's point of view).
    """

    position_changed = Signal(int, float)

    def __init__(self, library_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._open_link)
        self._assets = (library_folder / "assets").resolve()
        self._images: dict[tuple[str, int], QImage] = {}
        self._article: ArticleRecord | None = None
        self._highlights: list[dict[str, Any]] = []
        self._terms: list[str] = []
        self._restore: float | None = None
        self._theme: Theme | None = None
        self._prefs = Preferences()
        self._column = 680
        self._settle = QTimer(self, singleShot=True, interval=700)
        self._settle.timeout.connect(self._report_position)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._settle.start())
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    # -- appearance -----------------------------------------------------------------------

    def set_style(self, theme: Theme, prefs: Preferences) -> None:
        """Apply a theme and the typography preferences (keeps the article shown)."""
        self._theme, self._prefs = theme, prefs
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(theme.base))
        pal.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        pal.setColor(QPalette.ColorRole.Highlight, QColor(theme.highlight))
        pal.setColor(QPalette.ColorRole.HighlightedText, QColor(theme.text))
        self.setPalette(pal)
        self.document().setDefaultStyleSheet(reader_css(theme, prefs))
        font = reader_font(prefs)
        self.document().setDefaultFont(font)
        self._column = int(prefs.line_width * font.pixelSize() * 0.95)
        self._images.clear()
        if self._article is not None:
            self._render(keep_position=True)
        self._apply_margins()

    @property
    def theme(self) -> Theme | None:
        """The theme in use."""
        return self._theme

    def _apply_margins(self) -> None:
        avail = self.viewport().width()
        side = max(24, (avail - self._column) // 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(36)
        fmt.setBottomMargin(64)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_margins()

    # -- content --------------------------------------------------------------------------

    @property
    def article(self) -> ArticleRecord | None:
        """The article shown, if any."""
        return self._article

    def show_article(
        self, rec: ArticleRecord, highlights: Sequence[dict[str, Any]] = (),
        terms: Sequence[str] = (),
    ) -> None:  # fmt: skip
        """Show an article, at its remembered position (or the first searched word)."""
        self._leave()
        self._article = rec
        self._highlights = list(highlights)
        self._terms = [t for t in terms if t.strip()]
        self._restore = rec.read_position if rec.read_position > 0.001 else None
        self._render(keep_position=False)

    def show_message(self, title: str, text: str) -> None:
        """Show a calm message instead of an article (empty library, nothing selected)."""
        self._leave()
        self._article = None
        self._highlights, self._terms = [], []
        self.setHtml(
            f'<div style="margin-top:80px" align="center"><h2>{html.escape(title)}</h2>'
            f'<p class="kl-meta">{html.escape(text)}</p></div>'
        )
        self._apply_margins()

    def _render(self, keep_position: bool) -> None:
        assert self._article is not None
        value = self.verticalScrollBar().value()
        restore, self._restore = self._restore, None  # not while the HTML is replaced
        self.setHtml(article_html(self._article))
        self._apply_margins()
        self._draw_marks()
        if keep_position:
            self.verticalScrollBar().setValue(value)
        elif self._terms and restore is None:
            self._scroll_to_first_term()
        elif restore is not None:
            self._restore = restore  # applied now, or once the layout has a height
            self._range_changed(0, self.verticalScrollBar().maximum())
        else:
            self.verticalScrollBar().setValue(0)
        self._settle.stop()  # showing an article is not reading it

    def _leave(self) -> None:
        if self._article is not None and self._settle.isActive():
            self._settle.stop()
            self._report_position()

    def _range_changed(self, _low: int, high: int) -> None:
        if self._restore is not None and high > 0:
            self.verticalScrollBar().setValue(round(self._restore * high))
            self._restore = None
            self._settle.stop()  # restoring is not reading

    def _report_position(self) -> None:
        if self._article is None:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        if abs(fraction - self._article.read_position) > 0.005:
            self._article.read_position = fraction
            self.position_changed.emit(self._article.id, fraction)

    # -- marks: highlights and searched words -------------------------------------------

    def set_highlights(self, highlights: Sequence[dict[str, Any]]) -> None:
        """Redraw the article's highlights."""
        self._highlights = list(highlights)
        self._draw_marks()

    def set_terms(self, terms: Sequence[str]) -> None:
        """Mark searched words in the article (empty to clear)."""
        self._terms = [t for t in terms if t.strip()]
        self._draw_marks()

    def highlight_range(self, quote: str) -> tuple[int, int] | None:
        """Where a highlight's quote is in the document (document positions)."""
        return locate(self.document().toRawText(), quote)

    def _selection(self, start: int, end: int, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        sel.format = fmt
        return sel

    def _draw_marks(self) -> None:
        theme = self._theme
        marker = theme.marker if theme else "#fbe7a1"
        search = theme.search_mark if theme else "#ffd27a"
        text = self.document().toRawText()
        selections = []
        for hl in self._highlights:
            where = locate(text, str(hl.get("quote", "")))
            if where:
                selections.append(self._selection(*where, marker))
        for start, end in self._term_spans(text):
            selections.append(self._selection(start, end, search))
        self.setExtraSelections(selections)

    def _term_spans(self, text: str) -> list[tuple[int, int]]:
        if not self._terms:
            return []
        words = sorted({t.strip("*~\"'") for t in self._terms if t.strip("*~\"'")}, key=len)
        pattern = "|".join(re.escape(w) for w in reversed(words))
        if not pattern:
            return []
        # A searched stem marks the whole word it starts ("harbour" marks "harbours").
        rx = re.compile(rf"(?<!\w)(?:{pattern})\w*", re.IGNORECASE)
        return [(m.start(), m.end()) for m in rx.finditer(text)][:2000]

    def _scroll_to_first_term(self) -> None:
        spans = self._term_spans(self.document().toRawText())
        # Skip the headline: the first mark in the body is the one worth jumping to.
        if spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(spans[min(1, len(spans) - 1)][0])
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.clearSelection()

    # -- selection -> highlight ------------------------------------------------------------

    def selected_quote(self) -> str:
        """The selected text, paragraphs joined by blank lines ('' when none)."""
        text = self.textCursor().selectedText()
        text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\ufffc", "")
        return text.strip()

    # -- resources: the library's assets only ------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind != QTextDocument.ResourceType.ImageResource.value and kind != (
            QTextDocument.ResourceType.ImageResource
        ):
            return None
        return self.image_for(QUrl(url) if isinstance(url, str) else url)

    def image_for(self, url: QUrl) -> QImage:
        """The image for ``url``: a library asset, or the placeholder (never the network)."""
        width = max(200, self._column)
        key = (url.toString(), width)
        cached = self._images.get(key)
        if cached is not None:
            return cached
        image = QImage()
        if not url.scheme() and url.path().startswith("assets/"):
            path = (self._assets.parent / url.path()).resolve()
            if path.is_relative_to(self._assets) and path.is_file():
                image = QImage(str(path))
        if image.isNull():
            image = placeholder(min(width, 480), self._theme)
        elif image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self._images[key] = image
        return image

    # -- links and keys -------------------------------------------------------------------

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())
        else:
            log.info("not opening link %s", url.toString())

    def page(self, direction: int) -> None:
        """Scroll one screen down (1) or up (-1)."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + direction * int(bar.pageStep() * 0.9))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
        ):  # fmt: skip
            shift = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            self.page(-1 if shift else 1)
            return
        super().keyPressEvent(event)


def placeholder(width: int, theme: Theme | None) -> QImage:
    """A quiet box standing in for an image that was not saved."""
    height = max(60, width * 9 // 32)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bg = QColor(theme.code_bg if theme else "#f1f1ee")
    fg = QColor(theme.muted if theme else "#6b6f76")
    painter.setPen(QColor(theme.rule if theme else "#dcdcd8"))
    painter.setBrush(bg)
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 8, 8)
    painter.setPen(fg)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    painter.drawText(
        image.rect(), Qt.AlignmentFlag.AlignCenter, translate("ArticleView", "Image not saved")
    )
    painter.end()
    return image


class SavedPageView(QTextBrowser):
    """The page as it was saved, without scripts, styles or network (a second window)."""

    def __init__(self, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Saved page — {title}").format(title=title))
        self.setAccessibleName(self.tr("Saved page"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(
            lambda url: QDesktopServices.openUrl(url) if url.scheme() in ("http", "https") else None
        )
        self.resize(900, 700)
        self.setHtml(page)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind in (QTextDocument.ResourceType.ImageResource,
                    QTextDocument.ResourceType.ImageResource.value):  # fmt: skip
            return placeholder(320, None)
        return None
