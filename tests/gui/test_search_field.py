"""Search as you type, stale answers, opening a result with the words marked."""

from __future__ import annotations

from gui_kit import screenshot
from PySide6.QtCore import Qt

from reader.gui.article_list import ArticleListModel


def _titles(window) -> list[str]:
    return [window.model.row_at(i).title for i in range(window.model.rowCount())]


def test_search_as_you_type_shows_marked_snippets(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    with qtbot.waitSignal(
        window.model.search_answered, timeout=5000, check_params_cb=lambda p: p.query == "reservoir"
    ) as answered:
        qtbot.keyClicks(window.search, "reservoir")  # the first key searches at once for "r"
    page = answered.args[0]
    assert page.query == "reservoir"
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.model.row_at(0)
    assert row.title.startswith("Council approves floating solar farm")
    assert "<mark>" in row.snippet_html.lower()
    assert window.list_header.text().startswith("1 result for")
    # Clearing the field goes back to the whole library.
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6 and not window.model.query)
    assert window.list_header.text() == "All articles"


def test_only_the_answer_to_the_last_query_is_shown(qtbot, window):
    window.search.setFocus()
    # Typed faster than the debounce: one search, for the whole word.
    qtbot.keyClicks(window.search, "bibliot*")
    qtbot.waitUntil(lambda: window.model.query == "bibliot*" and not window.model.loading)
    shown = set(_titles(window))
    assert shown and all(t.startswith(("Bologna", "À Lyon")) for t in shown), (
        shown
    )  # Italian and French library articles only
    # Two queries raced: the stale one is dropped even if it answers last.
    window.model.show_search("reservoir")
    window.model.show_search("Hamburg")
    qtbot.waitUntil(lambda: not window.model.loading and window.runner.pending == 0)
    assert window.model.query == "Hamburg"
    assert [t[:9] for t in _titles(window)] == ["Bahnstrec"]


def test_opening_a_result_marks_the_words_in_the_article(qtbot, window):
    window.search.setFocus()
    with qtbot.waitSignal(
        window.model.search_answered, timeout=5000, check_params_cb=lambda p: p.query == "pontoons"
    ):
        qtbot.keyClicks(window.search, "pontoons")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # into the results
    qtbot.waitUntil(lambda: window.view.article is not None, timeout=5000)
    assert window.view.article.title.startswith("Council approves")
    marks = [s.cursor.selectedText().lower() for s in window.view.extraSelections()]
    assert marks and all(m.startswith("pontoon") for m in marks)
    screenshot(window, "search-result")
    assert window.list.currentIndex().data(ArticleListModel.IdRole) == window.view.article.id


def test_a_query_with_no_answer_says_so(qtbot, window):
    window.search.setFocus()
    with qtbot.waitSignal(
        window.model.search_answered, timeout=5000, check_params_cb=lambda p: p.query == "zyzzyvaxq"
    ):
        qtbot.keyClicks(window.search, "zyzzyvaxq")
    assert window.model.rowCount() == 0
    assert window.list_header.text().startswith("0 results")
    assert "Nothing found" in window.view.toPlainText()


def test_an_answer_with_hits_clears_an_earlier_nothing_found(qtbot, window):
    def answer(query: str) -> None:
        with qtbot.waitSignal(
            window.model.search_answered, timeout=5000, check_params_cb=lambda p: p.query == query
        ):
            window.model.show_search(query)

    answer("reservoirq")  # on the way to the word, nothing matches yet
    assert "Nothing found" in window.view.toPlainText()
    answer("reservoir")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert "Nothing found" not in window.view.toPlainText()
    assert window.list_header.text().startswith("1 result for")
    screenshot(window, "search-after-a-no-hit-keystroke")
