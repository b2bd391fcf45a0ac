"""Exports a reader leaves Kliping with: one-file backups, bookmarks and CSV for other
tools, Obsidian-ready Markdown tags, and re-exports that replace their own files."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.exporters import export
from reader.core.importers import detect_format, import_path
from reader.core.library import Library, SaveOptions

PAGE = "/pages/en-harbourledger-solar.html"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


@pytest.fixture
def shelf(lib: Library, http_server) -> dict[str, int]:
    """A saved page with images and a highlight, and two links with notes and tags."""
    page = lib.save_url(http_server.url(PAGE), options=SaveOptions(tags=["long read", "2024"]))
    quote = lib.get(page.id).text.split(".")[0]
    lib.add_highlight(page.id, quote, "a note", labels=["key point"])
    lib.set_note(page.id, "Read it twice.")
    read = lib.save_link(
        "https://example.org/read",
        options=SaveOptions(title="Read, \"quoted\" & done", tags=["a, b", "x"], is_read=True,
                            saved_at="2021-01-02T03:04:05Z", note="line one\nline two"),
    )  # fmt: skip
    formula = lib.save_link(
        "https://example.org/formula",
        options=SaveOptions(title='=HYPERLINK("evil")', is_archived=True, is_favorite=True),
    )
    return {"page": page.id, "read": read.id, "formula": formula.id}


def test_json_backup_is_one_file_and_restores_images_notes_and_labels(lib, shelf, tmp_path):
    out = tmp_path / "out"
    (backup,) = export(lib, None, "json", out / "backup.json")
    assert sorted(p.name for p in out.iterdir()) == ["backup.json"]
    moved = tmp_path / "elsewhere" / "backup.json"
    moved.parent.mkdir()
    backup.rename(moved)  # alone, far from where it was written

    fresh = Library.open(tmp_path / "fresh")
    try:
        report = import_path(fresh, moved)
        assert (report.saved, report.missing_images) == (3, 0)
        page = next(r for r in fresh.get_many(fresh.store.all_ids()) if r.status == "ok")
        images = fresh.images(page.id)
        assert images and all(i["status"] == "ok" for i in images)
        assert all(fresh.asset_path(i["path"]).is_file() for i in images)
        assert page.note == "Read it twice."
        assert [h["labels"] for h in fresh.highlights(page.id)] == [["key point"]]
    finally:
        fresh.close()


def test_an_older_backup_without_its_images_folder_says_how_many_are_missing(lib, shelf, tmp_path):
    (backup,) = export(lib, None, "json", tmp_path / "backup.json")
    data = json.loads(backup.read_text(encoding="utf-8"))
    data["version"] = 1  # as Kliping wrote it before: images in backup_images/ beside it
    wanted = 0
    for art in data["articles"]:
        for img in art["images"]:
            if img.pop("data", None) is not None:
                wanted += 1
    assert wanted >= 1
    old = tmp_path / "old" / "backup.json"
    old.parent.mkdir()
    old.write_text(json.dumps(data), encoding="utf-8")

    fresh = Library.open(tmp_path / "fresh")
    try:
        report = import_path(fresh, old)
    finally:
        fresh.close()
    assert report.saved == 3 and report.missing_images == wanted
    assert f"{wanted} images of the backup were not found" in report.summary()
    assert "backup_images/" in report.summary()


def test_bookmarks_export_reads_back_with_states_tags_and_notes(lib, shelf, tmp_path):
    (path,) = export(lib, None, "bookmarks", tmp_path / "bookmarks.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")
    assert 'TAGS="a  b,x"' not in text and 'TAGS="a b,x"' in text
    assert "&quot;quoted&quot; &amp; done" not in text  # only <, > and & are escaped
    assert 'Read, "quoted" &amp; done' in text
    assert detect_format(path) == "bookmarks-html"

    fresh = Library.open(tmp_path / "fresh")
    try:
        import_path(fresh, path, fetch=False)
        got = {r.url: r for r in fresh.get_many(fresh.store.all_ids())}
    finally:
        fresh.close()
    read = got["https://example.org/read"]
    assert read.title == 'Read, "quoted" & done' and read.is_read
    assert sorted(read.tags) == ["a b", "x"] and read.note == "line one\nline two"
    assert read.saved_at == "2021-01-02T03:04:05Z"
    assert not got["https://example.org/formula"].is_read
    assert len(got) == 3


def test_csv_export_opens_in_a_spreadsheet_and_reads_back(lib, shelf, tmp_path):
    (path,) = export(lib, None, "csv", tmp_path / "reading.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == ["url", "title", "tags", "state", "favorite", "saved_at",
                             "published", "authors", "site", "note"]  # fmt: skip
    by_url = {r["url"]: r for r in rows}
    assert by_url["https://example.org/read"]["tags"] == "a, b|x"
    assert by_url["https://example.org/read"]["state"] == "read"
    assert by_url["https://example.org/formula"]["title"].startswith("'=")  # not a formula
    assert by_url["https://example.org/formula"]["state"] == "archived"
    assert detect_format(path) == "kliping-csv"

    fresh = Library.open(tmp_path / "fresh")
    try:
        import_path(fresh, path, fetch=False)
        got = {r.url: r for r in fresh.get_many(fresh.store.all_ids())}
    finally:
        fresh.close()
    assert got["https://example.org/formula"].title == '=HYPERLINK("evil")'
    assert got["https://example.org/formula"].is_archived
    assert got["https://example.org/read"].tags == ["a, b", "x"]
    assert got["https://example.org/read"].note == "line one\nline two"


def test_markdown_tags_are_obsidian_tags(lib, shelf, tmp_path):
    (one,) = export(lib, [shelf["page"]], "markdown", tmp_path / "one.md")
    front = one.read_text(encoding="utf-8").split("---")[1]
    assert 'tags: ["_2024", "long-read"]' in front
    (both,) = export(lib, [shelf["page"], shelf["read"]], "markdown", tmp_path / "both.md")
    text = both.read_text(encoding="utf-8")
    assert "Tags: #_2024 #long-read" in text and "Tags: #a-b #x" in text
    assert "## Note\n\nRead it twice." in text and "#key-point\n\na note" in text


def test_separate_export_into_the_same_folder_replaces_its_own_files(lib, shelf, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    mine = out / "My own notes.md"
    mine.write_text("not Kliping's", encoding="utf-8")
    first = export(lib, None, "markdown", out, one_file=False)
    clash = out / first[0].name
    lib.tag([shelf["read"]], ["new"])

    second = export(lib, None, "markdown", out, one_file=False)

    assert [p.name for p in second] == [p.name for p in first]
    assert not any("(2)" in p.name or "(3)" in p.name for p in out.iterdir())
    assert mine.read_text(encoding="utf-8") == "not Kliping's"  # never touched
    assert clash.exists()
    assert '"new"' in next(p for p in second if "Read" in p.name).read_text(encoding="utf-8")


def test_separate_export_never_overwrites_a_file_it_did_not_write(lib, shelf, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    title = lib.get(shelf["read"]).title
    taken = out / f"{title}.md"
    taken.write_text("the reader's own file", encoding="utf-8")
    written = export(lib, [shelf["read"]], "markdown", out, one_file=False)
    assert written[0].name != taken.name
    assert taken.read_text(encoding="utf-8") == "the reader's own file"


def test_a_zip_backup_holds_the_json_and_the_images_and_restores_them(lib, shelf, tmp_path):
    import zipfile

    (backup,) = export(lib, None, "json", tmp_path / "backup.zip")
    with zipfile.ZipFile(backup) as zf:
        names = zf.namelist()
        data = json.loads(zf.read("kliping.json"))
    images = [n for n in names if n.startswith("images/")]
    assert "kliping.json" in names and images
    assert all("data" not in img for art in data["articles"] for img in art["images"])
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["backup.zip"]
    assert detect_format(backup) == "kliping-json"

    fresh = Library.open(tmp_path / "fresh")
    try:
        report = import_path(fresh, backup)
        assert (report.saved, report.missing_images) == (3, 0)
        page = next(r for r in fresh.get_many(fresh.store.all_ids()) if r.status == "ok")
        restored = fresh.images(page.id)
        assert restored and all(fresh.asset_path(i["path"]).is_file() for i in restored)
    finally:
        fresh.close()
