"""Bad and hostile import files: a clear error naming the file and line, nothing half
imported, and archives that try to escape or explode refused before anything is read."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ImportExportError
from reader.core.fetch import Fetcher, FetchLimits
from reader.core.importers import detect_format, import_path
from reader.core.importers.archive import Archive
from reader.core.library import Library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=2_000_000, read_timeout=1.0, total_timeout=3.0)
    library = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield library
    library.close()


def refused(lib: Library, path: Path, *, fmt: str | None = None) -> str:
    """Import ``path``, expect ImportExportError and an untouched library; the message."""
    with pytest.raises(ImportExportError) as caught:
        import_path(lib, path, fmt=fmt)
    assert lib.count() == 0
    return str(caught.value)


def test_broken_csv_quoting_names_file_and_line(lib, tmp_path):
    export = tmp_path / "part_000000.csv"
    export.write_text(
        "title,url,time_added,tags,status\n"
        "Fine,https://example.org/a,1700000000,,unread\n"
        'Also fine,https://example.org/b,1700000000,"x|y",archive\n'
        '"Broken "quote",https://example.org/c,1700000000,,unread\n',
        encoding="utf-8",
    )
    message = refused(lib, export)
    assert "part_000000.csv line 4" in message


def test_unterminated_quote_at_end_of_instapaper_csv(lib, tmp_path):
    export = tmp_path / "instapaper.csv"
    export.write_text(
        'URL,Title,Selection,Folder,Timestamp\nhttps://example.org/a,"Never closed,,Unread,1\n',
        encoding="utf-8",
    )
    assert "instapaper.csv line 2" in refused(lib, export)


def test_csv_without_a_url_column(lib, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("title,time_added,status\nx,1,unread\n", encoding="utf-8")
    with pytest.raises(ImportExportError, match=r"export\.csv line 1"):
        detect_format(export)
    assert "line 1" in refused(lib, export, fmt="pocket-zip")


def test_csv_that_is_not_utf8_names_the_line(lib, tmp_path):
    export = tmp_path / "part_000000.csv"
    export.write_bytes(
        b"title,url,time_added,tags,status\n"
        b"ok,https://example.org/a,1,,unread\n"
        b"caf\xe9,https://example.org/b,1,,unread\n"
    )
    assert "part_000000.csv line 3" in refused(lib, export)


def test_truncated_json_names_file_and_line(lib, tmp_path):
    export = tmp_path / "wallabag.json"
    text = json.dumps([{"url": "https://example.org/a", "is_archived": 0, "content": ""}], indent=2)
    export.write_text(text[:-10], encoding="utf-8")
    message = refused(lib, export)
    assert "wallabag.json line" in message


def test_broken_json_inside_a_pocket_zip_names_the_member(lib, tmp_path):
    export = tmp_path / "pocket.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("part_000000.csv", "title,url,time_added,tags,status\n")
        zf.writestr("annotations/part_000000.json", '[\n  {"url": "https://x.org",\n  oops\n]')
    message = refused(lib, export)
    assert "pocket.zip:annotations/part_000000.json line 3" in message


def test_kliping_json_from_the_future_is_refused(lib, tmp_path):
    export = tmp_path / "backup.json"
    export.write_text('{"format": "kliping", "version": 99, "articles": []}', encoding="utf-8")
    assert "newer Kliping" in refused(lib, export)


def test_corrupt_zip(lib, tmp_path):
    export = tmp_path / "pocket.zip"
    export.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)
    assert "pocket.zip" in refused(lib, export)


def test_zip_that_is_not_an_export(lib, tmp_path):
    export = tmp_path / "photos.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8\xff")
    assert "not an export Kliping knows" in refused(lib, export)


@pytest.mark.parametrize("name", ["../part_000000.csv", "/tmp/part_000001.csv",
                                  "annotations/../../evil.json", "C:/part_000002.csv",
                                  "a\\..\\..\\part_000003.csv"])  # fmt: skip
def test_zip_slip_is_refused_and_nothing_is_written(lib, tmp_path, name):
    export = tmp_path / "inner" / "pocket.zip"
    export.parent.mkdir()
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("part_000000.csv", "title,url,time_added,tags,status\nx,https://x.org/,1,,\n")
        zf.writestr(name, "title,url\n")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    message = refused(lib, export)
    assert "zip-slip" in message and "nothing was imported" in message
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_zip_bomb_is_refused_before_it_is_unpacked(lib, tmp_path):
    export = tmp_path / "pocket.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("part_000000.csv", "title,url,time_added,tags,status\n")
        zf.writestr("annotations/part_000000.json", b" " * (40 * 1024 * 1024))
    assert export.stat().st_size < 200_000
    message = refused(lib, export)
    assert "zip bomb" in message and "annotations/part_000000.json" in message


def test_member_bigger_than_its_header_says_is_refused(tmp_path):
    export = tmp_path / "pocket.zip"
    csv_text = b"title,url,time_added,tags,status\n" + b"x,https://x.org/,1,,\n" * 50
    with zipfile.ZipFile(export, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("part_000000.csv", csv_text)
    data = bytearray(export.read_bytes())
    # Shrink the declared size in the central directory only: the reader must not trust
    # it to bound what it reads, and must not hand back a silently cut file either.
    central = data.rfind(b"PK\x01\x02")
    size_at = central + 24
    data[size_at : size_at + 4] = (10).to_bytes(4, "little")
    export.write_bytes(bytes(data))
    with Archive(export) as archive, pytest.raises(ImportExportError, match=r"refused|could not"):
        archive.read("part_000000.csv")


def test_unknown_file_format(lib, tmp_path):
    export = tmp_path / "notes.txt"
    export.write_text("Just some notes, not links.\n", encoding="utf-8")
    assert "does not know the format" in refused(lib, export)


def test_missing_file(lib, tmp_path):
    assert "no file or folder" in refused(lib, tmp_path / "nowhere.zip")


def test_entries_without_url_are_reported_not_fatal(lib, tmp_path, http_server):
    good = http_server.url("/pages/en-harbourledger-solar.html")
    export = tmp_path / "part_000000.csv"
    export.write_text(
        f"title,url,time_added,tags,status,unknown\nNo address,,1,,unread,?\n"
        f'"Good, one",{good},1,,unread,?\n',
        encoding="utf-8",
    )
    report = import_path(lib, export, fetch=False)
    assert (report.total, report.link_only, report.lost) == (2, 1, 1)
    assert "part_000000.csv line 2" in report.failed[0][0]


def test_an_empty_file_says_it_is_empty(lib, tmp_path):
    export = tmp_path / "pocket.csv"
    export.write_bytes(b"")
    message = refused(lib, export)
    assert message == "pocket.csv is empty (0 bytes): there is nothing to import."


def test_a_binary_file_named_csv_is_named_and_its_bytes_are_not_shown(lib, tmp_path):
    export = tmp_path / "export.csv"
    export.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    message = refused(lib, export)
    assert message.startswith("export.csv is not a text file")
    assert "\n" not in message and "PNG" not in message and "IHDR" not in message


def test_a_csv_header_without_url_does_not_echo_the_file(lib, tmp_path):
    export = tmp_path / "notes.csv"
    export.write_text("secret-token-123,other\n1,2\n", encoding="utf-8")
    message = refused(lib, export)
    assert "notes.csv line 1" in message and "secret-token-123" not in message


def test_a_utf16_csv_with_its_byte_order_mark_is_read(lib, tmp_path):
    export = tmp_path / "instapaper.csv"
    text = (
        "URL,Title,Selection,Folder,Timestamp\n"
        "https://example.org/u16,Ünïcode ✓,,Unread,1700000000\n"
    )
    export.write_bytes(text.encode("utf-16"))  # with its BOM, as spreadsheets save it
    report = import_path(lib, export, fetch=False)
    assert report.link_only == 1
    assert lib.get(lib.store.all_ids()[0]).title == "Ünïcode ✓"


def test_a_utf16_csv_without_a_byte_order_mark_says_so(lib, tmp_path):
    export = tmp_path / "instapaper.csv"
    export.write_bytes("URL,Title\nhttps://example.org/a,A title\n".encode("utf-16-le"))
    assert refused(lib, export) == (
        "instapaper.csv is UTF-16 text without a byte-order mark; save it as UTF-8 and import "
        "it again."
    )


def test_a_zip_of_only_macos_metadata_names_what_it_holds(lib, tmp_path):
    export = tmp_path / "Archive.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("__MACOSX/._notes.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
        zf.writestr("notes.txt", "no URLs here")
    message = refused(lib, export)
    assert message.startswith("Archive.zip is a ZIP archive but not an export Kliping knows")
    assert "notes.txt" in message and "__MACOSX" not in message and "Mac OS X" not in message
