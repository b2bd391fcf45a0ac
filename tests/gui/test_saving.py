"""Saving from the window: Ctrl+L, paste, drop; progress per item; duplicates; failures."""

from __future__ import annotations

from pathlib import Path

from gui_kit import make_window, screenshot
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

DATA = Path(__file__).resolve().parents[1] / "data" / "pages"


def test_add_url_shows_progress_then_the_article(qtbot, empty_library, tmp_path, http_server):
    win = make_window(qtbot, empty_library, tmp_path)
    screenshot(win, "empty-library")
    assert "empty" in win.view.toPlainText().lower()
    url = http_server.url("/pages/en-harbourledger-solar.html")
    QGuiApplication.clipboard().setText(f"Look at this: {url}")

    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = win.add_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.urls() == [url]  # pre-filled from the clipboard
    stages: list[str] = []
    dialog.accept()
    row = win.save_panel.rows[0]
    assert row.state == "queued" and row.status.text() == "Waiting…"
    row.state_changed.connect(stages.append)
    qtbot.waitUntil(lambda: row.finished, timeout=20000)
    assert row.state == "saved", row.status.text()
    assert "Saved" in row.status.text()
    assert stages == ["fetching", "cleaning", "images", "saving", "saved"]
    assert row.name.text().startswith("Council approves floating solar farm")
    # The new article is selected and shown, and the window's list has it.
    qtbot.waitUntil(lambda: win.view.article is not None, timeout=5000)
    assert win.view.article.title.startswith("Council approves")
    assert "Millbrook reservoir" in win.view.toPlainText()
    assert win.model.rowCount() == 1
    screenshot(win, "saved-article")


def test_a_duplicate_is_reported_not_saved_twice(qtbot, window, http_server):
    url = window.model.row_at(0).url  # already in the library
    window.save_items([url])
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.finished, timeout=10000)
    assert row.state == "duplicate"
    assert "Already in the library" in row.status.text()
    assert row.open_button.isVisible()
    assert window.lib.count() == 6


def test_a_failed_save_shows_its_reason_without_a_modal_box(qtbot, window, http_server):
    window.save_items([http_server.url("/status/404")])
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.finished, timeout=10000)
    assert row.state == "failed"
    assert "404" in row.status.text()
    assert QApplication.activeModalWidget() is None
    screenshot(window, "save-failed")
    # Something that is neither a URL nor a page is refused in the banner, not a box.
    window.save_items(["not a link"])
    assert window.message_bar.kind == "error"
    assert "Not a web address" in window.message_bar.text
    assert QApplication.activeModalWidget() is None


def test_a_save_can_be_cancelled(qtbot, window, http_server):
    window.save_items([http_server.url("/slow?seconds=30")])
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.state == "fetching", timeout=5000)
    row.cancel_button.click()
    qtbot.waitUntil(lambda: row.finished, timeout=10000)
    assert row.state == "cancelled"
    assert window.lib.count() == 6


def test_paste_and_drop_save_links_and_files(qtbot, window, http_server, tmp_path):
    url = http_server.url("/pages/ja-hokuriku-sake.html")
    QGuiApplication.clipboard().setText(url)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = window.save_panel.rows[-1]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "ru-severvestnik-veter.html"))])
    drop = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    dropped = window.save_panel.rows[-1]
    assert dropped is not pasted
    qtbot.waitUntil(lambda: pasted.finished and dropped.finished, timeout=20000)
    assert (pasted.state, dropped.state) == ("saved", "saved"), (
        pasted.status.text(), dropped.status.text())  # fmt: skip
    assert window.lib.count() == 8


def test_quitting_during_a_save_cancels_it_quickly(qtbot, window, http_server):
    import time

    window.save_items([http_server.url("/slow?seconds=30")])
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.state == "fetching", timeout=5000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5
    assert window.lib.count() == 6


def test_a_save_finishing_does_not_pull_the_reader_away(qtbot, window, http_server):
    window.list.setCurrentIndex(window.model.index(2))
    qtbot.waitUntil(lambda: window.view.article is not None)
    reading = window.view.article.id
    window.save_items([http_server.url("/pages/zh-jiangnan-shuzi.html")])
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.finished, timeout=20000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 7 and not window.model.loading)
    assert window.view.article.id == reading
    assert window.current_id() == reading


def test_an_address_with_non_ascii_characters_is_saved(qtbot, window, http_server):
    # issue 21 item 3: the images' Referer was not encodable and the save reached the
    # crash dialog
    page = (DATA / "en-harbourledger-solar.html").read_text(encoding="utf-8")
    http_server.set("/a/b%C3%BCcher", page.replace("harbourledger.com", "bücher.example"))
    window.save_items([http_server.url("/a/bücher")])
    row = window.save_panel.rows[-1]
    qtbot.waitUntil(lambda: row.finished, timeout=20000)
    assert row.state == "saved", row.status.text()
    assert window.lib.count() == 7
