"""Reading: keyboard navigation, position remembered, marked read, highlights, themes,
no network, links to the system browser."""

from __future__ import annotations

from gui_kit import make_window, screenshot
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.library import ArticleFilter
from reader.gui.article_view import qt_friendly


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.runner.pending == 0 and not window.model.loading)


def _open_first(qtbot, window):
    qtbot.keyClick(window, "j")  # J with nothing open: the first article
    window.list.setFocus()
    qtbot.waitUntil(lambda: window.view.article is not None)
    _settle(qtbot, window)
    return window.view.article


def test_j_and_k_move_through_articles_and_mark_them_read(qtbot, window):
    first = _open_first(qtbot, window)
    assert first.id == window.model.row_at(0).id
    qtbot.keyClick(window.list, "j")
    qtbot.waitUntil(lambda: window.view.article.id == window.model.row_at(1).id)
    qtbot.keyClick(window.list, "k")
    qtbot.waitUntil(lambda: window.view.article.id == first.id)
    _settle(qtbot, window)
    assert window.lib.count(ArticleFilter(is_read=True)) == 2
    assert window.model.row_at(0).is_read and window.model.row_at(1).is_read
    qtbot.waitUntil(lambda: window.sidebar._items["unread"].text(1) == "4")


def test_space_pages_down_and_the_position_is_remembered(qtbot, window):
    window.resize(1000, 520)  # a short window, so the article is several screens long
    article = _open_first(qtbot, window)
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(window.list, " ")  # Space in the list pages the article
    assert bar.value() > 0
    window.view.setFocus()
    qtbot.keyClick(window.view, " ")
    fraction = bar.value() / bar.maximum()
    assert 0.1 < fraction <= 1
    qtbot.keyClick(window.list, "j")  # leaving the article records where it was
    _settle(qtbot, window)
    assert abs(window.lib.get(article.id).read_position - fraction) < 0.02
    qtbot.keyClick(window.list, "k")
    qtbot.waitUntil(lambda: window.view.article.id == article.id)
    qtbot.waitUntil(lambda: abs(bar.value() / bar.maximum() - fraction) < 0.02)


def test_highlight_the_selection_with_a_note(qtbot, window, monkeypatch):
    article = _open_first(qtbot, window)
    text = window.view.document().toRawText()
    phrase = article.text.split(".")[0].split("\n")[-1].strip()[:60]
    start = text.index(phrase)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    monkeypatch.setattr(
        "reader.gui.operations.QInputDialog.getMultiLineText",
        lambda *a, **k: ("Check the figures", True),
    )
    window.actions_.highlight_note.trigger()  # Ctrl+Shift+H: highlight with a note
    _settle(qtbot, window)
    stored = window.lib.highlights(article.id)
    assert [(h["quote"], h["note"]) for h in stored] == [(phrase, "Check the figures")]
    assert stored[0]["start"] is not None  # anchored in the article's text
    # Drawn in the article and listed in the side panel.
    drawn = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert phrase in drawn
    qtbot.waitUntil(lambda: window.highlights.count() == 1)
    assert window.highlights_dock.isVisible()
    assert "Check the figures" in window.highlights.list.item(0).text()
    screenshot(window, "highlight")
    # Coming back to the article draws it again.
    qtbot.keyClick(window.list, "j")
    qtbot.keyClick(window.list, "k")
    qtbot.waitUntil(lambda: window.view.article.id == article.id)
    assert phrase in [s.cursor.selectedText() for s in window.view.extraSelections()]


def test_highlight_without_a_selection_explains_what_to_do(qtbot, window):
    _open_first(qtbot, window)
    window.actions_.highlight.trigger()
    assert "Select some text" in window.message_bar.text
    assert QApplication.activeModalWidget() is None


def test_themes_switch_the_whole_window(qtbot, window):
    _open_first(qtbot, window)
    base = window.view.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() > 200  # the system (offscreen: light) scheme
    window.actions_.themes["dark"].trigger()
    dark = window.view.palette().color(QPalette.ColorRole.Base)
    assert dark.lightness() < 50
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    screenshot(window, "theme-dark")
    window.actions_.themes["sepia"].trigger()
    sepia = window.view.palette().color(QPalette.ColorRole.Base)
    assert sepia == QColor("#f8f1e3")
    screenshot(window, "theme-sepia")
    assert window.prefs.theme == "sepia"
    # Remembered for next time.
    from reader.gui.settings import load_preferences

    assert load_preferences(window.settings).theme == "sepia"


def test_the_reader_never_touches_the_network(qtbot, window, http_server, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    article = _open_first(qtbot, window)
    view = window.view
    http_server.clear()
    remote = view.image_for(QUrl(http_server.url("/image.png")))
    escape = view.image_for(QUrl("assets/../library.sqlite3"))
    local = view.image_for(QUrl(article.lead_image or "assets/none.png"))
    assert http_server.requests == []  # nothing fetched
    assert remote.size() == escape.size()  # both the placeholder
    assert not local.isNull()
    view.anchorClicked.emit(QUrl("https://example.org/elsewhere"))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/elsewhere"]


def test_figures_become_blocks_qt_can_lay_out():
    html = qt_friendly('<figure><img src="assets/a.png"><figcaption>Hi</figcaption></figure>')
    assert html == ('<div class="kl-figure" align="center"><img src="assets/a.png">'
                    '<p class="caption" align="center">Hi</p></div>')  # fmt: skip


def test_sepia_with_a_sans_font_from_the_preferences(qtbot, library, tmp_path):
    win = make_window(qtbot, library, tmp_path, theme="sepia", font_style="sans", font_size=20)
    _open_first(qtbot, win)
    assert win.view.document().defaultFont().pixelSize() == 20
    assert "Sans" in win.view.document().defaultFont().family()


def test_system_theme_follows_the_desktop(qtbot, window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    assert window.prefs.theme == "system"
    assert window.view.theme is not None and not window.view.theme.dark
    # The offscreen platform cannot switch schemes: stand in for the desktop.
    monkeypatch.setattr("reader.gui.themes.system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.view.theme.dark
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 50


def test_views_from_the_keyboard(qtbot, window):
    from PySide6.QtCore import Qt

    window.lib.mark([window.model.row_at(0).id], favorite=True)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    assert window.sidebar.current_key() == "favorites"
    assert window.model.rowCount() == 1 and window.list_header.text() == "Favourites"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    assert window.model.rowCount() == 6


def test_the_readers_note_is_shown_with_the_article(qtbot, window):
    window.lib.set_note(
        window.model.row_at(0).id, "Imported from Omnivore:\nread the second half again"
    )
    _open_first(qtbot, window)
    text = window.view.toPlainText()
    assert "Note: Imported from Omnivore:" in text and "read the second half again" in text


def test_n_writes_a_note_on_the_open_article(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    article = _open_first(qtbot, window)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Ask Ana about the pontoons", True)
    )
    window.view.setFocus()
    qtbot.keyClick(window.view, "n")
    qtbot.waitUntil(lambda: "Ask Ana about the pontoons" in window.view.toPlainText())
    assert window.lib.get(article.id).note == "Ask Ana about the pontoons"
