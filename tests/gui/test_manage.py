"""Favourite, archive, read state, tags with completion, delete with undo, multi-select."""

from __future__ import annotations

from gui_kit import screenshot
from PySide6.QtCore import QItemSelectionModel, Qt

from reader.core.library import ArticleFilter


def _select_rows(window, rows: list[int]) -> list[int]:
    sel = window.list.selectionModel()
    sel.clearSelection()
    for i, r in enumerate(rows):
        flags = QItemSelectionModel.SelectionFlag.Select
        if i == 0:
            sel.setCurrentIndex(window.model.index(r), flags)
        else:
            sel.select(window.model.index(r), flags)
    return [window.model.row_at(r).id for r in rows]


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.runner.pending == 0 and not window.model.loading)


def test_favourite_and_archive_several_articles_from_the_keyboard(qtbot, window):
    ids = _select_rows(window, [0, 2])
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_S)
    _settle(qtbot, window)
    assert {r.id for r in window.lib.list(ArticleFilter(is_favorite=True))} == set(ids)
    assert window.model.row_at(0).is_favorite and window.model.row_at(2).is_favorite
    qtbot.waitUntil(lambda: window.sidebar._items["favorites"].text(1) == "2")
    screenshot(window, "favourites")
    qtbot.keyClick(window.list, Qt.Key.Key_E)
    _settle(qtbot, window)
    assert window.lib.count(ArticleFilter(is_archived=True)) == 2
    # Pressing S again on articles that are all favourites takes the star away.
    qtbot.keyClick(window.list, Qt.Key.Key_S)
    _settle(qtbot, window)
    assert window.lib.count(ArticleFilter(is_favorite=True)) == 0
    # The Favourites view lists what is starred.
    window.sidebar.select("archived")
    _settle(qtbot, window)
    assert {window.model.row_at(i).id for i in range(window.model.rowCount())} == set(ids)


def test_mark_unread_again(qtbot, window):
    window.list.setCurrentIndex(window.model.index(1))
    _settle(qtbot, window)
    article_id = window.current_id()
    assert window.lib.get(article_id).is_read  # opening marks it read
    qtbot.keyClick(window.list, Qt.Key.Key_M)
    _settle(qtbot, window)
    assert not window.lib.get(article_id).is_read
    assert not window.model.row_at(1).is_read


def test_tags_are_added_with_completion_and_removed(qtbot, window):
    window.lib.tag([window.model.row_at(3).id], ["energy"])
    ids = _select_rows(window, [0, 1])
    window.actions_.tags.trigger()
    qtbot.waitUntil(lambda: window.tags_dialog is not None and window.tags_dialog.isVisible())
    dialog = window.tags_dialog
    completer = dialog.edit.completer()
    qtbot.keyClicks(dialog.edit, "coffee, ene")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "coffee, energy, "  # completes the last tag
    dialog.edit.setText(completer.currentCompletion())
    dialog.accept()
    _settle(qtbot, window)
    for article_id in ids:
        assert set(window.lib.get(article_id).tags) == {"energy", "coffee"}
    qtbot.waitUntil(lambda: "tag:coffee" in window.sidebar._items)
    assert window.sidebar._items["tag:energy"].text(1) == "3"
    # Untick a tag to remove it.
    window.actions_.tags.trigger()
    qtbot.waitUntil(lambda: window.tags_dialog is not dialog and window.tags_dialog.isVisible())
    dialog = window.tags_dialog
    box = next(b for b in dialog.boxes if b.text() == "coffee")
    box.setChecked(False)
    dialog.accept()
    _settle(qtbot, window)
    assert window.lib.get(ids[0]).tags == ["energy"]


def test_delete_can_be_undone_then_happens(qtbot, window):
    window.ops.undo_ms = 400
    ids = _select_rows(window, [0, 1])
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 4  # gone from the list at once
    assert "Deleted 2 articles" in window.message_bar.text
    screenshot(window, "delete-undo")
    window.message_bar.button.click()  # Undo
    assert window.model.rowCount() == 6
    assert [window.model.row_at(i).id for i in (0, 1)] == ids
    qtbot.wait(600)
    _settle(qtbot, window)
    assert window.lib.count() == 6  # undone: nothing was deleted
    _select_rows(window, [0])
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.lib.count() == 5, timeout=3000)  # after the undo window
    assert window.model.rowCount() == 5


def test_a_pending_delete_is_written_when_the_window_closes(qtbot, window):
    window.ops.undo_ms = 60_000
    _select_rows(window, [0])
    window.actions_.delete.trigger()
    assert window.lib.count() == 6
    window.close()
    assert window.lib.count() == 5


def test_sort_by_title(qtbot, window):
    window.actions_.sorts["title"].trigger()
    _settle(qtbot, window)
    titles = [window.model.row_at(i).title for i in range(window.model.rowCount())]
    assert titles == sorted(titles, key=str.lower)
