"""Preferences, About, the saved page, open original, re-clean, accessible toolbar."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from reader.gui.settings import load_preferences


def _open_first(qtbot, window):
    qtbot.keyClick(window, "j")
    qtbot.waitUntil(lambda: window.view.article is not None)
    qtbot.waitUntil(lambda: window.runner.pending == 0)
    return window.view.article


def test_preferences_change_the_reader_and_are_kept(qtbot, window):
    _open_first(qtbot, window)
    window.actions_.preferences.trigger()
    dialog = window.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.font_size.setValue(24)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.sort.setCurrentIndex(dialog.sort.findData("title"))
    dialog.folder.setText(str(window.lib.folder.parent / "elsewhere"))
    dialog.accept()
    assert window.view.document().defaultFont().pixelSize() == 24
    assert window.view.theme is not None and window.view.theme.name == "dark"
    kept = load_preferences(window.settings)
    assert (kept.font_size, kept.theme, kept.default_sort) == (24, "dark", "title")
    assert "next time Kliping starts" in window.message_bar.text


def test_about_names_the_version_and_the_library(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.actions_.about.trigger()
    assert "Kliping 0." in shown[0] and str(window.lib.folder) in shown[0]


def test_saved_page_and_original(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    article = _open_first(qtbot, window)
    window.actions_.open_original.trigger()
    assert opened == [article.url]
    window.actions_.saved_page.trigger()
    qtbot.waitUntil(lambda: getattr(window, "saved_page_window", None) is not None)
    page = window.saved_page_window
    text = page.toPlainText()
    assert article.title.split()[0] in text
    # The saved page still has its chrome (what cleaning removed) but no scripts.
    assert len(text) > len(window.view.toPlainText()) * 0.8
    assert "<script" not in page.toHtml()
    page.close()


def test_reclean_keeps_the_article_and_its_highlight(qtbot, window):
    article = _open_first(qtbot, window)
    quote = article.text.split(".")[0].split("\n")[-1].strip()[:40]
    window.lib.add_highlight(article.id, quote)
    window.actions_.reclean.trigger()
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.finished, timeout=20000)
    assert row.state == "saved" and row.status.text().startswith("Saved again")
    assert [h["quote"] for h in window.lib.highlights(article.id)] == [quote]


def test_every_toolbar_button_has_a_name_and_a_tooltip(window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    buttons = [b for b in toolbar.findChildren(QToolButton)
               if b.defaultAction() in window.actions()]  # fmt: skip
    assert len(buttons) >= 9  # the search field's own clear button is Qt's
    for button in buttons:
        action = button.defaultAction()
        assert action.text() and action.toolTip() and not action.icon().isNull()
