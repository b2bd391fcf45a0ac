"""Kliping deletes only files it wrote, and a restored backup opens as it was (issue 21).

The start-up sweep of ``assets/`` and ``incoming/`` removes orphans a crash left, so it
must never take a lost database, a person's own folder or a stale write-ahead log for
the truth about which files are orphans.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_kit import ROOT, Cli, check_library, one_line_error, serve_article

from reader.core.errors import StorageError
from reader.core.library import Library

pytestmark = pytest.mark.reliability


@pytest.fixture
def saved(http_server, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A library folder with three articles and their image files (closed)."""
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        for n in (1, 2, 3):
            lib.save_url(serve_article(http_server, n))
    assert len(list((folder / "assets").iterdir())) >= 3
    return folder


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("how", ["removed", "emptied"])
def test_a_lost_database_never_costs_the_images(saved: Path, tmp_path: Path, how: str) -> None:
    images = {p.name: p.read_bytes() for p in (saved / "assets").iterdir()}
    db = saved / "library.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(db, backup)
    if how == "removed":
        db.unlink()
    else:
        db.write_bytes(b"")
    cli = Cli(tmp_path, saved)
    for _ in range(2):  # a second run must not delete what the first kept
        line = one_line_error(cli.run("list"))
        assert "is not empty" in line and "assets/ with" in line, line
    assert {p.name: p.read_bytes() for p in (saved / "assets").iterdir()} == images
    shutil.copy(backup, db)  # the reader restores the database: everything is back
    assert len(check_library(saved).articles) == 3


def test_a_folder_of_ones_own_files_is_not_taken_for_a_library(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "assets").mkdir(parents=True)
    (folder / "incoming" / "photos").mkdir(parents=True)
    (folder / "assets" / "logo.png").write_bytes(b"\x89PNG mine")
    (folder / "incoming" / "photos" / "beach.jpg").write_bytes(b"\xff\xd8 mine")
    before = _files(folder)
    result = Cli(tmp_path, folder).run("list")
    line = one_line_error(result)
    assert "assets/ with 1 file" in line and "incoming/ with 1 file" in line, line
    assert _files(folder) == before  # nothing deleted, no database made
    with pytest.raises(StorageError, match="not empty"):
        Library.open(folder)


def test_an_empty_folder_still_becomes_a_library(tmp_path: Path) -> None:
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / ".DS_Store").write_bytes(b"a file manager's note")
    result = Cli(tmp_path, tmp_path / "new").run("list")
    assert result.returncode == 0, result.stderr
    assert "No articles." in result.stderr


def test_the_sweep_keeps_what_kliping_did_not_write(saved: Path, tmp_path: Path) -> None:
    own = saved / "assets" / ("0" * 32 + ".png")  # Kliping's name, no article: an orphan
    own.write_bytes(b"orphan")
    mine = saved / "assets" / "logo.png"
    mine.write_bytes(b"a person's file")
    (saved / "assets" / "drafts").mkdir()
    (saved / "assets" / "drafts" / "note.txt").write_text("keep me")
    dead = saved / "incoming" / "999999999-1"  # a dead process's download folder
    dead.mkdir(parents=True)
    (dead / ("1" * 32 + ".jpg")).write_bytes(b"half a download")
    (dead / "readme.txt").write_text("not Kliping's")
    (saved / "incoming" / "photos").mkdir()
    (saved / "incoming" / "photos" / "beach.jpg").write_bytes(b"mine")
    cli = Cli(tmp_path, saved)
    for args in (["list"], ["show", "1"], ["search", "the"], ["tag", "1", "x"]):
        result = cli.run(*args)
        assert result.returncode == 0, (args, result.stderr)
    assert not own.exists() and not (dead / ("1" * 32 + ".jpg")).exists()
    assert mine.read_bytes() == b"a person's file"
    assert (saved / "assets" / "drafts" / "note.txt").read_text() == "keep me"
    assert (dead / "readme.txt").exists() and (saved / "incoming/photos/beach.jpg").exists()


def test_a_backup_restored_beside_a_stale_log(saved: Path, http_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The reader restores yesterday's database; today's log must not be replayed into it."""
    backup = tmp_path / "backup.sqlite3"
    src = sqlite3.connect(saved / "library.sqlite3")
    dst = sqlite3.connect(backup)
    src.backup(dst)
    src.close()
    dst.close()
    wal = saved / "library.sqlite3-wal"
    stale = tmp_path / "stale-wal"
    with Library.open(saved) as lib:
        for n in (4, 5, 6, 7):
            lib.save_url(serve_article(http_server, n))
        lib.tag([1, 2, 3], ["today"])
        assert wal.stat().st_size > 0
        shutil.copy(wal, stale)  # the log as a crash would leave it
    shutil.copy(backup, saved / "library.sqlite3")  # restore the backup in place
    shutil.copy(stale, wal)
    (saved / "library.sqlite3-shm").unlink(missing_ok=True)
    snap = check_library(saved)  # integrity_check, files, index: all sound
    assert sorted(snap.articles) == [1, 2, 3]
    with Library.open(saved) as lib:
        assert all("today" not in lib.get(i).tags for i in (1, 2, 3))
    kept = list(saved.glob("library.sqlite3-wal.stale-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == stale.read_bytes()  # moved, not deleted


def test_a_crash_keeps_its_log(saved: Path, http_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The log beside the database it was written for is replayed: nothing lost."""
    urls = [serve_article(http_server, n) for n in (4, 5)]
    code = (
        "import os, sys\n"
        "from reader.core.library import Library\n"
        "lib = Library.open(sys.argv[1])\n"
        "for url in sys.argv[2:]:\n"
        "    lib.save_url(url)\n"
        "os._exit(0)  # as if killed: no close, no checkpoint\n"
    )
    cli = Cli(tmp_path, saved)
    done = subprocess.run(
        [sys.executable, "-c", code, str(saved), *urls], env=cli.env, cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (saved / "library.sqlite3-wal").stat().st_size > 0
    assert sorted(check_library(saved).articles) == [1, 2, 3, 4, 5]
    assert not list(saved.glob("*.stale-*"))
