"""The window on a damaged library: a banner that stays, and a search index rebuilt in
the background, saying so (issue 21)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from gui_kit import make_window, screenshot

from reader.core.library import Library

PAGE = 4096


def _readable(con: sqlite3.Connection) -> int:
    n = 0
    for i in range(1, 10):
        try:
            n += con.execute("SELECT 1 FROM articles WHERE id = ?", (i,)).fetchone() is not None
        except sqlite3.DatabaseError:
            pass
    return n


def _damage_the_article_table(db: Path) -> None:
    """Overwrite the first page whose loss makes listing fail but leaves some articles."""
    original = db.read_bytes()
    for page in range(2, len(original) // PAGE + 1):
        data = bytearray(original)
        data[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
        db.write_bytes(bytes(data))
        con = sqlite3.connect(db)
        try:
            con.execute("SELECT id, title, site_name, status FROM articles").fetchall()
        except sqlite3.DatabaseError:
            if 0 < _readable(con) < 6:
                return
        finally:
            con.close()
    raise AssertionError("no page of the articles table found")


def test_a_damaged_database_gets_a_lasting_banner(
    qtbot, tmp_path: Path, _built_library: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "library"
    shutil.copytree(_built_library, folder)
    _damage_the_article_table(folder / "library.sqlite3")
    lib = Library.open(folder)
    try:
        win = make_window(qtbot, lib, tmp_path)
        qtbot.waitUntil(lambda: "damaged" in win.message_bar.text)
        assert "kliping repair" in win.message_bar.text
        assert win.message_bar.kind == "error"
        assert 0 < win.model.rowCount() < 6  # what is readable is listed
        qtbot.wait(300)
        assert "damaged" in win.message_bar.text  # it stays
        screenshot(win, "damaged-library")
    finally:
        from gui_kit import _windows

        for w in _windows.pop(id(lib), []):
            w.close()
        lib.close()


def test_a_damaged_index_is_rebuilt_in_the_background(
    qtbot, tmp_path: Path, _built_library: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "library"
    shutil.copytree(_built_library, folder)
    with Library.open(folder) as lib:
        before = lib.search("the", limit=50).total
    assert before
    for toc in (folder / "index").glob("*.toc"):
        toc.unlink()
    lib = Library.open(folder, catch_up_index=False)  # as the window opens it
    try:
        win = make_window(qtbot, lib, tmp_path)  # waits for the background work
        qtbot.waitUntil(lambda: "rebuilt" in win.message_bar.text)
        assert lib.search("the", limit=50).total == before
    finally:
        from gui_kit import _windows

        for w in _windows.pop(id(lib), []):
            w.close()
        lib.close()
