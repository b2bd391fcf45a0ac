"""Reading never waits for a writer; bulk re-cleaning commits the index in batches (issue 21)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from reliability_kit import Cli, check_library, serve_article

from reader import cli
from reader.core.library import Library
from reader.core.search import SearchIndex

pytestmark = pytest.mark.reliability


@pytest.fixture
def saved(http_server, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A library folder with three articles (closed)."""
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        for n in (1, 2, 3):
            lib.save_url(serve_article(http_server, n))
    return folder


def test_reading_does_not_wait_for_a_writer(saved: Path, tmp_path: Path) -> None:
    """`kliping list` while another Kliping holds the write lock answers at once."""
    holder = Library.open(saved)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with holder.write_lock():
            held.set()
            release.wait(60)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert held.wait(10)
        cli = Cli(tmp_path, saved)
        # The lock is held throughout: a reader that queued for it would wait 15 s and
        # then time out here.
        result = cli.run("list", timeout=12)
        assert result.returncode == 0, result.stderr
        rows = [ln for ln in result.stdout.splitlines() if ln.split()[0].isdigit()]
        assert len(rows) == 3
        assert "busy" not in result.stderr
    finally:
        release.set()
        thread.join()
        holder.close()


def test_recleaning_many_articles_commits_the_index_in_a_batch(
    saved: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(saved) as lib:
        with lib.write_lock(), lib.store.transaction():
            lib.store.db.execute("UPDATE articles SET extractor_version = 'old'")
        lib.sync_index()
        assert len(lib.outdated_ids()) == 3
    commits: list[int] = []
    update = SearchIndex.update
    monkeypatch.setattr(
        SearchIndex, "update", lambda self, docs: (commits.append(len(docs)), update(self, docs))
    )
    assert cli.main(["--library", str(saved), "reclean", "--outdated"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3  # a line per article
    assert commits == [3]  # one index commit for the three, not one each
    with Library.open(saved) as lib:
        assert not lib.outdated_ids()
    check_library(saved)
