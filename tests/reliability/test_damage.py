"""A damaged database or search index is reported and repaired, never a bug (issue 21).

Damage is made the way a failing disk or a bad copy makes it: a 4 KB page of the
database overwritten with random bytes, the index's table of contents deleted, a
segment truncated or missing. What a reader must see: one line saying what is damaged,
reading that goes on, no write into a damaged file, and ``kliping repair`` bringing
back every article the damaged page did not hold.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from reliability_kit import Cli, check_library, one_line_error, serve_article

from reader.core.library import Library

pytestmark = pytest.mark.reliability

PAGE = 4096


@pytest.fixture
def saved(http_server, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A library folder with eight articles, tags and a highlight (closed)."""
    folder = tmp_path / "lib"
    with Library.open(folder) as lib, lib.index_batch():
        for n in range(1, 9):
            lib.save_url(serve_article(http_server, n))
        lib.tag([1, 2], ["keep"])
        lib.add_highlight(2, lib.get(2).text[:40], "a note")
    return folder


def _texts(folder: Path) -> dict[int, str]:
    db = sqlite3.connect(folder / "library.sqlite3")
    rows = db.execute("SELECT id, text FROM articles").fetchall()
    db.close()
    return {int(i): hashlib.sha256(t.encode()).hexdigest() for i, t in rows}


def _overwrite(db: Path, page: int, seed: int) -> None:
    with db.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(random.Random(seed).randbytes(PAGE))


def _readable(db: Path) -> dict[int, str]:
    """Articles whose row reads back whole from ``db`` (rowid by rowid)."""
    out: dict[int, str] = {}
    con = sqlite3.connect(db)
    for i in range(1, 20):
        try:
            row = con.execute("SELECT text FROM articles WHERE id = ?", (i,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            out[i] = hashlib.sha256(row[0].encode()).hexdigest()
    con.close()
    return out


def _page_of_the_article_table(folder: Path, tmp_path: Path) -> int:
    """A page holding some articles' rows: its damage makes listing them fail.

    Found by trying each page on a copy; the first whose loss leaves some but not all
    articles readable.
    """
    db = folder / "library.sqlite3"
    everything = set(_readable(db))
    for page in range(2, db.stat().st_size // PAGE + 1):
        trial = tmp_path / "trial.sqlite3"
        shutil.copy(db, trial)
        _overwrite(trial, page, page)
        con = sqlite3.connect(trial)
        try:
            con.execute("SELECT id, title, site_name, status FROM articles").fetchall()
            continue
        except sqlite3.DatabaseError:
            pass
        finally:
            con.close()
        if 0 < len(_readable(trial)) < len(everything):
            return page
    raise AssertionError("no page of the articles table found")


def test_a_damaged_page_is_reported_writing_stops_and_repair_recovers(
    saved: Path, tmp_path: Path
) -> None:
    before = _texts(saved)
    page = _page_of_the_article_table(saved, tmp_path)
    db = saved / "library.sqlite3"
    _overwrite(db, page, page)
    readable = _readable(db)
    assert readable and set(readable) < set(before)  # the page held some articles
    cli = Cli(tmp_path, saved)

    listed = cli.run("list")  # reading goes on with what is readable, and says why
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr and "internal error" not in listed.stderr
    assert "damaged" in listed.stderr and "kliping repair" in listed.stderr
    shown = {int(w[0]) for w in map(str.split, listed.stdout.splitlines()) if w[0].isdigit()}
    assert shown == set(readable)

    damaged_bytes = db.read_bytes()
    line = one_line_error(cli.run("tag", str(min(readable)), "more"))
    assert "damaged" in line and "kliping repair" in line, line
    assert db.read_bytes() == damaged_bytes  # nothing written into the damaged file

    help_text = cli.run("repair", "--help").stdout
    assert "damaged" in help_text
    repaired = cli.run("repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "Recovered" in repaired.stdout and "rebuilt" in repaired.stdout
    kept = list(saved.glob("library-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # kept aside, unchanged

    snap = check_library(saved)  # sound file, images on disk, index agrees
    for article_id, digest in readable.items():
        assert snap.articles[article_id] == digest  # every readable article, whole
    # The articles the damaged page held come back too: their page was kept, and
    # the search index still knew their address and title.
    assert set(snap.articles) == set(before)
    with Library.open(saved) as lib:
        assert lib.damaged is None
        lib.tag([1], ["after-repair"])  # writing works again
        assert "keep" in lib.get(1).tags and "after-repair" in lib.get(1).tags
        assert lib.highlights(2) and lib.highlights(2)[0]["note"] == "a note"
        assert lib.search("the").total >= 1


def test_repair_without_the_search_index_still_keeps_every_readable_article(
    saved: Path, tmp_path: Path
) -> None:
    page = _page_of_the_article_table(saved, tmp_path)
    _overwrite(saved / "library.sqlite3", page, page)
    readable = _readable(saved / "library.sqlite3")
    shutil.rmtree(saved / "index")
    result = Cli(tmp_path, saved).run("repair")
    assert result.returncode == 0, result.stderr
    snap = check_library(saved)
    assert {i: snap.articles[i] for i in readable} == readable


@pytest.mark.parametrize(
    "damage", ["toc-deleted", "segment-truncated", "segment-missing", "segment-overwritten"]
)
def test_a_damaged_search_index_is_rebuilt_and_finds_everything(
    saved: Path, tmp_path: Path, damage: str
) -> None:
    cli = Cli(tmp_path, saved)
    words = ["the", "council", "harbour", "solar", "de"]
    expected = {w: cli.run("search", w, "--limit", "100").stdout for w in words}
    assert any(expected.values())
    index = saved / "index"
    segments = sorted(index.glob("*.seg"), key=lambda p: p.stat().st_size)
    if damage == "toc-deleted":
        for toc in index.glob("*.toc"):
            toc.unlink()
    elif damage == "segment-truncated":
        with segments[-1].open("r+b") as f:
            f.truncate(segments[-1].stat().st_size // 2)
    elif damage == "segment-missing":
        segments[-1].unlink()
    else:  # 4 KB of the largest segment overwritten in the middle
        with segments[-1].open("r+b") as f:
            f.seek(segments[-1].stat().st_size // 2)
            f.write(random.Random(7).randbytes(PAGE))
    first = cli.run("search", words[0], "--limit", "100")
    assert first.returncode == 0, first.stderr
    assert "search index is damaged" in first.stderr and "rebuilt" in first.stderr
    assert first.stdout == expected[words[0]]
    for word in words[1:]:
        again = cli.run("search", word, "--limit", "100")
        assert again.returncode == 0 and "damaged" not in again.stderr, again.stderr
        assert again.stdout == expected[word]


def test_check_reads_what_ordinary_use_does_not(saved: Path, tmp_path: Path) -> None:
    """Damage in a kept page (read by nothing but a re-clean) is found by `kliping check`."""
    cli = Cli(tmp_path, saved)
    sound = cli.run("check")
    assert sound.returncode == 0 and "sound" in sound.stdout, sound.stderr
    db = saved / "library.sqlite3"
    con = sqlite3.connect(db)
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'originals'").fetchone()
    con.close()
    _overwrite(db, int(root), 1)
    assert cli.run("list").returncode == 0  # listing never reads the kept pages
    line = one_line_error(cli.run("check"))
    assert "damaged" in line and "kliping repair" in line, line
    assert "damaged" in one_line_error(cli.run("tag", "1", "x"))  # and writing stops
