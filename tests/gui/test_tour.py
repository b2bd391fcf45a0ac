"""A tour of the main states, saved as screenshots (docs/screenshot.png comes from here)."""

from __future__ import annotations

from gui_kit import screenshot


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.runner.pending == 0 and not window.model.loading)


def test_tour(qtbot, window):
    lib = window.lib
    rows = {window.model.row_at(i).title[:12]: window.model.row_at(i).id
            for i in range(window.model.rowCount())}  # fmt: skip
    harbour = rows["Council appr"]
    lib.tag([harbour, rows["Bahnstrecke "]], ["energy & transport"])
    lib.tag([rows["Bologna, la "], rows["À Lyon, les "]], ["libraries"])
    lib.mark([rows["Porto de San"]], favorite=True, read=True)
    lib.mark([rows["Valencia est"]], read=True)
    window.library_changed(select=harbour)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: window.view.article is not None and window.view.article.id == harbour)
    article = window.view.article
    sentence = next(p for p in article.text.split("\n\n") if len(p) > 150).split(". ")[0]
    lib.add_highlight(article.id, sentence, "Nine to three: check the minutes.")
    window.highlights_changed(article.id)
    _settle(qtbot, window)
    window.highlights_dock.hide()
    window.counts_changed()
    qtbot.wait(400)
    _settle(qtbot, window)
    assert window.sidebar._items["unread"].text(1) == "3"
    assert window.sidebar._items["tag:libraries"].text(1) == "2"
    screenshot(window, "tour-light")
    window.set_theme("dark")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "bibliot*")
    qtbot.waitUntil(lambda: window.model.query == "bibliot*" and not window.model.loading)
    window.list.setCurrentIndex(window.model.index(0))
    qtbot.waitUntil(lambda: window.view.article is not None
                    and window.view.article.id == window.model.row_at(0).id)  # fmt: skip
    _settle(qtbot, window)
    screenshot(window, "tour-dark-search")
