"""The command line shows what it knows and refuses what makes no sense: ``kliping``'s
own entry point (reader.app.main), run in this process against a library in tmp_path."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from reader.app import main
from reader.cli import display_width
from reader.core.library import Library, SaveOptions


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("KLIPING_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("KLIPING_LIBRARY", raising=False)
    # one process runs many commands here: no log file handler per command
    monkeypatch.setattr("reader.logs.setup_logging", lambda verbose=False: None)
    return tmp_path


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Stands in for the window: records each time ``kliping`` would have opened it."""
    opened: list[dict[str, object]] = []
    fake = types.ModuleType("reader.gui.application")
    fake.run = lambda **kwargs: opened.append(kwargs) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reader.gui.application", fake)
    return opened


@pytest.fixture
def library(home: Path) -> Path:
    folder = home / "lib"
    lib = Library.open(folder)
    try:
        lib.save_link(
            "https://example.org/sake",
            options=SaveOptions(title="富山の酒蔵、新酒 🍶 の季節", tags=["日本", "酒"],
                                saved_at="2024-03-01T00:00:00Z"),
        )  # fmt: skip
        lib.save_link(
            "https://example.org/plain",
            options=SaveOptions(title="Plain", published="2023-05-06T00:00:00Z",
                                saved_at="2024-03-02T00:00:00Z", note="why I kept it"),
        )  # fmt: skip
        rec = lib.store.find_duplicate("https://example.org/plain", None)
        assert rec is not None
        lib.add_highlight(rec, "a quoted line", "my note")
    finally:
        lib.close()
    return folder


def run(library: Path, *args: str) -> int:
    return main(["--library", str(library), *args])


def test_a_mistyped_command_says_so_and_never_opens_the_window(home, window, capsys):
    assert main(["lst"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == "kliping: unknown command 'lst' (did you mean 'list'?)"
    assert main(["--library", str(home / "lib"), "serch", "x"]) == 2
    assert "did you mean 'search'?" in capsys.readouterr().err
    assert window == []


def test_addresses_and_files_still_open_the_window(home, window):
    page = home / "page.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    assert main(["https://example.org/story"]) == 0
    assert main([str(page)]) == 0
    assert [w["items"] for w in window] == [["https://example.org/story"], [str(page)]]


def test_list_json_carries_tags_language_words_and_highlights(library, window, capsys):
    assert run(library, "list", "--json") == 0
    rows = {r["url"]: r for r in json.loads(capsys.readouterr().out)}
    sake, plain = rows["https://example.org/sake"], rows["https://example.org/plain"]
    assert sake["tags"] == ["日本", "酒"] and sake["highlights"] == 0
    assert plain["highlights"] == 1 and plain["tags"] == []
    assert {"language", "word_count"} <= set(plain)
    assert plain["feed"] is None and "feed_id" not in plain  # saved by hand, not from a feed


def test_search_json_hits_carry_the_same_fields_and_the_snippet(library, capsys):
    assert run(library, "search", "--json", "Plain") == 0
    out = json.loads(capsys.readouterr().out)
    (hit,) = out["hits"]
    assert hit["url"] == "https://example.org/plain" and hit["highlights"] == 1
    assert {"tags", "language", "word_count", "snippet", "score"} <= set(hit)


def test_list_columns_say_which_date_and_stay_aligned_with_cjk(library, capsys):
    assert run(library, "list") == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["ID", "saved", "site"]
    assert "2024-03-01" in lines[1] and "2023-05-06" not in "".join(lines)
    starts = {display_width(line[: line.index("link")]) for line in lines}
    assert len(starts) == 1  # the time column starts in the same cell on every row
    assert run(library, "list", "--sort", "published") == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split()[1] == "published"
    assert "2023-05-06" in lines[0] and "unknown" in lines[1]


def test_show_prints_tags_note_and_highlights(library, capsys):
    assert run(library, "show", "2") == 0
    text = capsys.readouterr().out
    assert "Note:\n  why I kept it" in text
    assert text.rstrip().endswith("“a quoted line”\n    note: my note")
    assert run(library, "show", "1") == 0
    assert "Tags: 日本, 酒" in capsys.readouterr().out
    assert run(library, "show", "2", "--format", "markdown") == 0
    assert "## Highlights\n\n> a quoted line\n\nmy note" in capsys.readouterr().out


def test_highlights_list_add_and_remove(library, http_server, capsys):
    lib = Library.open(library)
    try:
        page = lib.save_url(http_server.url("/pages/en-harbourledger-solar.html")).id
        quote = lib.get(page).text.split(".")[0].strip()
    finally:
        lib.close()
    assert run(library, "highlights", str(page), "--add", quote, "--note", "key") == 0
    assert capsys.readouterr().out.startswith("Added highlight ")
    assert run(library, "highlights", str(page), "--json") == 0
    (mark,) = json.loads(capsys.readouterr().out)
    assert (mark["quote"], mark["note"], mark["start"] is not None) == (quote, "key", True)
    assert run(library, "highlights", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 2  # every article's
    assert run(library, "highlights", str(page), "--add", "words that are not in it") == 1
    assert "does not contain that quote" in capsys.readouterr().err
    assert run(library, "highlights", "--remove", str(mark["id"])) == 0
    assert run(library, "highlights", "--remove", str(mark["id"])) == 1
    assert f"There is no highlight {mark['id']}" in capsys.readouterr().err


def test_refusals_say_what_is_wrong(library, capsys):
    assert run(library, "add", "missing.html") == 1
    err = capsys.readouterr().err
    assert "The file missing.html does not exist." in err and "did you mean" not in err
    with pytest.raises(SystemExit) as caught:
        run(library, "mark", "1", "--read", "--unread")
    assert caught.value.code == 2
    assert "not allowed with argument --read" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(library, "list", "--limit", "-1")
    assert "-1 is not a number of articles" in capsys.readouterr().err
    assert run(library, "untag", "1", "酒", "nope") == 1
    captured = capsys.readouterr()
    assert "Article 1 has no tag 'nope'." in captured.err and "1: 日本" in captured.out
