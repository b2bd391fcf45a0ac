"""The article list model: a correct Qt model that loads pages as the list scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import ArticleFilter, Library
from reader.core.store import utcnow
from reader.gui.article_list import PAGE, ArticleListModel
from reader.gui.tasks import TaskRunner


def fill(lib: Library, n: int) -> None:
    """Insert ``n`` small articles straight into the store (no fetching)."""
    st = lib.store
    with lib.write_lock(), st.transaction():
        for i in range(n):
            st.insert_article({
                "url": f"https://news.example/{i}", "final_url": f"https://news.example/{i}",
                "norm_url": f"https://news.example/{i}", "title": f"Article number {i}",
                "site_name": "News Example", "excerpt": f"Excerpt {i}", "text": f"Text {i}",
                "html": f"<p>Text {i}</p>", "saved_at": f"2025-01-01T00:{i // 60 % 60:02}:"
                f"{i % 60:02}Z", "updated_at": utcnow(), "reading_minutes": 1,
                "is_read": i % 3 == 0,
            })  # fmt: skip


@pytest.fixture
def big(tmp_path: Path):
    lib = Library.open(tmp_path / "big")
    fill(lib, PAGE * 2 + 50)
    yield lib
    lib.close()


def test_pages_load_as_the_view_asks_and_the_model_stays_valid(qtbot, qtmodeltester, big):
    runner = TaskRunner()
    model = ArticleListModel(runner, big)
    try:
        with qtbot.waitSignal(model.loaded):
            model.show_library(ArticleFilter(), "saved")
        assert model.rowCount() == PAGE and model.canFetchMore()
        qtmodeltester.check(model)
        with qtbot.waitSignal(model.loaded):
            model.fetchMore()
        with qtbot.waitSignal(model.loaded):
            model.fetchMore()
        assert model.rowCount() == PAGE * 2 + 50
        assert not model.canFetchMore()
        ids = [model.row_at(i).id for i in range(model.rowCount())]
        assert len(set(ids)) == len(ids)  # no row twice across pages
        # A filter shows its own rows, newest first.
        with qtbot.waitSignal(model.loaded):
            model.show_library(ArticleFilter(is_read=True), "saved")
        assert model.rowCount() == (PAGE * 2 + 50 + 2) // 3
        assert all(model.row_at(i).is_read for i in range(model.rowCount()))
    finally:
        runner.shutdown()


def test_hidden_rows_come_back_in_place(qtbot, big):
    runner = TaskRunner()
    model = ArticleListModel(runner, big)
    try:
        with qtbot.waitSignal(model.loaded):
            model.show_library(ArticleFilter(), "title")
        before = [model.row_at(i).id for i in range(6)]
        removed = model.hide([before[1], before[4]])
        assert [model.row_at(i).id for i in range(4)] == [before[0], before[2], before[3],
                                                          before[5]]  # fmt: skip
        model.unhide(removed)
        assert [model.row_at(i).id for i in range(6)] == before
    finally:
        runner.shutdown()


def _row_geometry(window, row):
    """(the snippet document, the height its two lines are given) for a list row."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    delegate = window.delegate
    option = QStyleOptionViewItem()
    option.initFrom(window.list)
    option.font = window.list.font()
    _title, _meta, body = delegate.heights(option)
    width = window.list.viewport().width() - 2 * delegate.PAD - 10
    doc = delegate._snippet_doc(
        row, width, delegate._fonts(option)[2], window.palette().text().color()
    )
    return doc, 2 * body, delegate.sizeHint(option, window.model.index(0, 0)).height()


def test_cjk_snippets_get_the_height_of_the_fonts_they_are_drawn_with(qtbot, window):
    from reader.gui.article_list import Row

    text = "江南数字经济发展迅速，<mark>人工智能</mark>产业园区吸引了大量企业入驻，" * 4
    row = Row(id=9999, title="江南数字经济 🚀", site="jiangnan.example", date="2024-05-01",
              minutes=3, excerpt=text, is_read=False, is_favorite=True, is_archived=False,
              url="https://jiangnan.example/a", snippet_html=text)  # fmt: skip
    doc, box, row_height = _row_geometry(window, row)
    doc.size()  # lays the document out, as drawing it does
    layout = doc.firstBlock().layout()
    assert layout.lineCount() >= 2
    second = layout.lineAt(1)
    bottom = second.y() + second.height() - doc.documentMargin()
    assert bottom <= box  # the second line is drawn whole, not cut in half
    assert row_height >= box + 2 * window.delegate.PAD


def test_a_cjk_search_result_shows_both_snippet_lines(qtbot, window, http_server):
    from gui_kit import screenshot

    window.lib.save_url(http_server.url("/pages/zh-jiangnan-shuzi.html"))
    window.lib.sync_index()
    with qtbot.waitSignal(
        window.model.search_answered, timeout=5000, check_params_cb=lambda p: p.query == "数字孪生"
    ):
        window.model.show_search("数字孪生")
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1)
    row = window.model.row_at(0)
    assert row.snippet_html and "<mark>" in row.snippet_html.lower()
    doc, box, _height = _row_geometry(window, row)
    doc.size()
    layout = doc.firstBlock().layout()
    if layout.lineCount() >= 2:
        second = layout.lineAt(1)
        assert second.y() + second.height() - doc.documentMargin() <= box
    screenshot(window.list, "article-list-cjk-snippet")


def test_a_latin_snippet_shows_two_whole_lines_and_no_cut_third(qtbot, window):
    from reader.gui.article_delegate import whole_lines
    from reader.gui.article_list import Row

    text = "a floating solar farm over the <mark>reservoir</mark> ends a long argument " * 6
    row = Row(id=9998, title="Solar", site="example.org", date="2024-05-01", minutes=2,
              excerpt=text, is_read=True, is_favorite=False, is_archived=False,
              url="https://example.org/s", snippet_html=text)  # fmt: skip
    doc, box, _height = _row_geometry(window, row)
    shown = whole_lines(doc, box)
    layout = doc.firstBlock().layout()
    assert layout.lineCount() >= 3
    second, third = layout.lineAt(1), layout.lineAt(2)
    top = layout.position().y() - doc.documentMargin()  # lines are placed from here
    assert shown >= top + second.y() + second.height() - 1  # two lines whole
    assert shown <= top + third.y() + 1  # and nothing of the third
