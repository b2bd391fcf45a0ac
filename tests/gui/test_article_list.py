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
