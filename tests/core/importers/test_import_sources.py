"""Exports as the services write them: nothing the export holds is lost or invented.

The samples follow each service's own exporter (cited in tests/data/exports/README.md):
Omnivore's ``highlightToMarkdown``, linkding's and Firefox's Netscape files, Firefox's
JSON backup, Chromium's ``Bookmarks``, Pinboard, Raindrop.io, Karakeep, Linkwarden and
Readeck.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from data.exports import builders

from reader.core.fetch import Fetcher, FetchLimits
from reader.core.importers import detect_format, import_path
from reader.core.importers.formats import omnivore_highlights
from reader.core.library import Library

FAST = {"host_delay": 0.0}


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=2_000_000, read_timeout=1.0, total_timeout=3.0)
    library = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield library
    library.close()


def by_url(lib: Library) -> dict[str, object]:
    return {r.url: r for r in lib.get_many(lib.store.all_ids())}


def in_order(lib: Library) -> list[str]:
    return [r.url for r in lib.get_many(lib.store.all_ids())]


# -- Omnivore, as its exporter writes highlights/SLUG.md --------------------------------


def omnivore_md(*parts: tuple[str, ...]) -> str:
    """What Omnivore's ``highlightToMarkdown`` writes, joined by blank lines as its
    export job does: ("HIGHLIGHT", quote, labels, note) or ("NOTE", text)."""
    out = []
    for part in parts:
        if part[0] == "NOTE":
            out.append(f"{part[1]}\n\n")
            continue
        _, quote, labels, note = part
        # formatHighlightQuote: each empty line of the quote becomes "> "
        lines = quote.split("\n")
        quote = "\n".join("> " if (not ln and i) else ln for i, ln in enumerate(lines))
        tags = " ".join(f"#{x}" for x in labels.split()) if labels else ""
        out.append(
            f"> {quote} " + (f"\n\n{tags}" if tags else "") + (f"\n\n{note}" if note else "")
        )
    return "\n\n".join(out)


def test_omnivore_quotes_of_several_paragraphs_labels_notes_and_page_notes():
    md = omnivore_md(
        ("NOTE", "Why I kept this: the part on reservoirs."),
        ("HIGHLIGHT", "First paragraph of the quote.\n\nSecond paragraph, still quoted.",
         "energy water", "My note\n\nin two paragraphs"),
        ("HIGHLIGHT", "A quote without a note", "", ""),
        ("NOTE", "Later thought on the whole page."),
        ("HIGHLIGHT", "Last quote", "misc", "last note"),
    )  # fmt: skip
    marks, page_note = omnivore_highlights(md)
    assert [(h["quote"], h["labels"], h["note"]) for h in marks] == [
        ("First paragraph of the quote.\n\nSecond paragraph, still quoted.",
         ["energy", "water"], "My note\n\nin two paragraphs"),
        ("A quote without a note", [], ""),
        ("Last quote", ["misc"], "last note"),
    ]  # fmt: skip
    assert (
        page_note == "Why I kept this: the part on reservoirs.\n\nLater thought on the whole page."
    )


def test_omnivore_page_note_at_the_end_is_not_the_last_highlights_note():
    md = omnivore_md(("HIGHLIGHT", "Only quote", "", ""), ("NOTE", "A page note"))
    marks, page_note = omnivore_highlights(md)
    assert [(h["quote"], h["note"]) for h in marks] == [("Only quote", "")]
    assert page_note == "A page note"


def test_omnivore_zip_keeps_labels_page_note_and_the_exports_title(lib, http_server, tmp_path):
    name = "en-harbourledger-solar"
    quote = str(builders.page_facts(name)["must"][0])
    url = http_server.url(f"/pages/{name}.html")
    export = tmp_path / "omnivore.zip"
    meta = [{"id": "1", "slug": "solar", "title": "Solar farms,\n my title", "url": url,
             "labels": ["energy"], "state": "Succeeded", "savedAt": "2024-03-01T10:00:00.000Z",
             "author": "Ana Lima", "publishedAt": "2024-02-28T08:00:00.000Z"}]  # fmt: skip
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("metadata_0_to_1.json", json.dumps(meta))
        zf.writestr("content/solar.html", builders.article_fragment(name))
        zf.writestr(
            "highlights/solar.md",
            omnivore_md(("HIGHLIGHT", quote, "key", "why"), ("NOTE", "Read again in May")),
        )

    report = import_path(lib, export, fetch=False)

    assert (report.saved, report.failed) == (1, [])
    rec = by_url(lib)[url]
    assert rec.title == "Solar farms, my title"  # the reader's title, on one line
    assert rec.cleaned_title is None  # the carried copy names no other title
    assert rec.note == "Read again in May"
    (mark,) = lib.highlights(rec.id)
    assert (mark["quote"], mark["note"], mark["labels"]) == (quote, "why", ["key"])


def test_no_fetch_fetches_no_images_and_refetch_fetches_them_later(lib, http_server, tmp_path):
    name = "en-harbourledger-solar"
    sample = builders.odd_samples(http_server.url, [name])[0]
    sample.content = builders.article_fragment(name)
    assert "<img" in sample.content
    export = builders.wallabag_json(tmp_path / "wallabag.json", [sample])
    http_server.clear()

    report = import_path(lib, export, fetch=False)

    assert http_server.requests == []  # not the page, not one image
    rec = by_url(lib)[sample.url]
    images = lib.images(rec.id)
    assert images and all(i["status"] == "missing" and i["path"] is None for i in images)
    assert 'data-missing="1"' in rec.html and "assets/" not in rec.html
    assert "images were not fetched (--no-fetch)" in report.summary()

    lib.refetch(rec.id)

    assert [i["status"] for i in lib.images(rec.id)] == ["ok"] * len(images)
    assert lib.get(rec.id).title == " ".join(sample.title.split())  # still the reader's


def test_no_fetch_with_images_fetches_only_the_images(lib, http_server, tmp_path):
    name = "en-harbourledger-solar"
    sample = builders.odd_samples(http_server.url, [name])[0]
    sample.content = builders.article_fragment(name)
    export = builders.wallabag_json(tmp_path / "wallabag.json", [sample])
    http_server.clear()

    import_path(lib, export, fetch=False, images=True)

    assert http_server.requests and not any(r.startswith("/pages/") for r in http_server.requests)
    rec = by_url(lib)[sample.url]
    assert all(i["status"] == "ok" for i in lib.images(rec.id))


# -- Netscape bookmark files ------------------------------------------------------------


def test_netscape_descriptions_toread_linkding_archive_and_microsecond_dates(lib, tmp_path):
    # linkding's exporter (bookmarks/services/exporter.py) and Firefox's bookmarks.html
    export = tmp_path / "bookmarks.html"
    export.write_text(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n'
        "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n"
        '<DT><A HREF="https://example.org/unread" ADD_DATE="1700000000" LAST_MODIFIED="1700000001"'
        ' PRIVATE="1" TOREAD="1" TAGS="python,web">Unread one</A>\n'
        "<DD>What it is about &amp; why[linkding-notes]My own notes[/linkding-notes]\n"
        '<DT><A HREF="https://example.org/read" ADD_DATE="1700000000" TOREAD="0"'
        ' TAGS="linkding:bookmarks.archived,old">Read and archived</A>\n'
        '<DT><A HREF="https://example.org/firefox" ADD_DATE="1700000000000000">Micro</A>\n'
        '<DT><A HREF="https://example.org/ms" ADD_DATE="1700000000000">Milli</A>\n'
        "<DD>Second line\n"
        "</DL><p>\n",
        encoding="utf-8",
    )
    assert detect_format(export) == "bookmarks-html"

    import_path(lib, export, fetch=False)

    saved = by_url(lib)
    unread, read, micro, milli = (saved[f"https://example.org/{k}"]
                                  for k in ("unread", "read", "firefox", "ms"))  # fmt: skip
    assert unread.note == "What it is about & why\n\nMy own notes"
    assert not unread.is_read and sorted(unread.tags) == ["python", "web"]
    assert read.is_read and read.is_archived and read.tags == ["old"] and read.note == ""
    assert micro.saved_at == milli.saved_at == "2023-11-14T22:13:20Z"
    assert milli.note == "Second line"
    assert in_order(lib) == [
        f"https://example.org/{k}" for k in ("unread", "read", "firefox", "ms")
    ]


def test_link_only_entries_keep_author_and_date_and_invent_none(lib, http_server, tmp_path):
    gone = http_server.url("/status/404")
    export = tmp_path / "wallabag.json"
    export.write_text(json.dumps([
        {"url": gone, "title": "Tails -\nTails 2.0.1 is out", "is_archived": 0, "is_starred": 0,
         "published_by": ["Tails developers"], "published_at": "2016-02-13T00:00:00+0100",
         "created_at": "2016-02-15T10:00:00+01:00", "tags": [], "content": ""},
        {"url": http_server.url("/status/410"), "title": "Undated", "is_archived": 0,
         "is_starred": 0, "created_at": "2016-02-15T10:00:00+01:00", "content": ""},
    ]), encoding="utf-8")  # fmt: skip

    import_path(lib, export, fetch=False)

    dated, undated = (by_url(lib)[u] for u in (gone, http_server.url("/status/410")))
    assert dated.status == "link-only" and dated.title == "Tails - Tails 2.0.1 is out"
    assert dated.authors == ["Tails developers"] and dated.published == "2016-02-12T23:00:00Z"
    assert undated.published is None  # no date invented


def test_entries_are_saved_in_the_files_order(lib, tmp_path):
    urls = [f"https://example.org/{n}" for n in (5, 3, 9, 1, 7, 2, 8)]
    export = builders.url_list(tmp_path / "urls.txt", urls)
    import_path(lib, export, fetch=False, concurrency=4)
    assert in_order(lib) == urls


# -- more sources -----------------------------------------------------------------------


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_firefox_json_backup(lib, tmp_path):
    # Firefox: Library → Import and Backup → Backup… (bookmarks-YYYY-MM-DD.json)
    def place(n: int, title: str, uri: str, **more: object) -> dict[str, object]:
        return {"guid": f"guid{n}", "title": title, "index": 0, "dateAdded": 1700000000000000,
                "lastModified": 1700000000000000, "id": n, "typeCode": 1,
                "type": "text/x-moz-place", "uri": uri, **more}  # fmt: skip

    backup = {
        "guid": "root________", "title": "", "index": 0, "id": 1, "typeCode": 2,
        "type": "text/x-moz-place-container", "root": "placesRoot", "children": [
            {"guid": "toolbar_____", "title": "toolbar", "id": 3, "typeCode": 2,
             "type": "text/x-moz-place-container", "root": "toolbarFolder", "children": [
                 {"guid": "f1", "title": "Recherche, 2024", "id": 10, "typeCode": 2,
                  "type": "text/x-moz-place-container", "children": [
                      place(11, "Bibliothèques 📚", "https://example.org/a",
                            tags="lecture,long read",
                            annos=[{"name": "bookmarkProperties/description", "flags": 0,
                                    "expires": 4, "value": "Une note"}]),
                      {"guid": "sep", "type": "text/x-moz-place-separator", "typeCode": 3},
                  ]},
                 place(12, "Smart", "place:sort=8&maxResults=10"),
             ]},
            {"guid": "unfiled_____", "title": "unfiled", "id": 5, "typeCode": 2,
             "type": "text/x-moz-place-container", "root": "unfiledBookmarksFolder",
             "children": [place(13, "Loose", "https://example.org/b")]},
        ],
    }  # fmt: skip
    export = write(tmp_path / "bookmarks-2024-05-01.json", backup)
    assert detect_format(export) == "firefox-json"

    report = import_path(lib, export, fetch=False)

    assert report.total == 2
    a, b = (by_url(lib)[f"https://example.org/{k}"] for k in "ab")
    assert a.title == "Bibliothèques 📚" and a.note == "Une note"
    assert sorted(a.tags) == ["Recherche, 2024", "lecture", "long read"]
    assert a.saved_at == "2023-11-14T22:13:20Z" and b.tags == []


def test_chrome_bookmarks_file(lib, tmp_path):
    # Chromium's profile file "Bookmarks" (no extension); times in µs since 1601
    def url(n: int, name: str, href: str) -> dict[str, object]:
        return {"date_added": "13345000000000000", "date_last_used": "0", "guid": f"g{n}",
                "id": str(n), "name": name, "type": "url", "url": href}  # fmt: skip

    data = {
        "checksum": "0123456789abcdef", "version": 1, "roots": {
            "bookmark_bar": {"children": [
                {"children": [url(4, "Nested 日本", "https://example.org/c")],
                 "date_added": "13345000000000000", "date_modified": "0", "guid": "f",
                 "id": "3", "name": "Reading", "type": "folder"},
                url(5, "Top", "https://example.org/d"),
            ], "date_added": "0", "date_modified": "0", "guid": "b", "id": "1",
               "name": "Bookmarks bar", "type": "folder"},
            "other": {"children": [], "id": "2", "name": "Other bookmarks", "type": "folder"},
            "synced": {"children": [], "id": "6", "name": "Mobile bookmarks", "type": "folder"},
        },
    }  # fmt: skip
    export = write(tmp_path / "Bookmarks", data)
    assert detect_format(export) == "chrome-json"

    import_path(lib, export, fetch=False)

    c, d = (by_url(lib)[f"https://example.org/{k}"] for k in "cd")
    assert c.title == "Nested 日本" and c.tags == ["Reading"] and d.tags == []
    assert c.saved_at == "2023-11-21T00:26:40Z"  # 13,345,000,000 s after 1601


def test_pinboard_json(lib, tmp_path):
    # https://pinboard.in/export/format:json/ (as the API's posts/all)
    posts = [
        {"href": "https://example.org/p1", "description": "Title one", "extended": "My words",
         "meta": "m", "hash": "h", "time": "2021-03-04T05:06:07Z", "shared": "no",
         "toread": "yes", "tags": "python web-dev"},
        {"href": "https://example.org/p2", "description": "Two", "extended": "", "meta": "m",
         "hash": "h2", "time": "2021-03-05T05:06:07Z", "shared": "yes", "toread": "no",
         "tags": ""},
    ]  # fmt: skip
    export = write(tmp_path / "pinboard_export.json", posts)
    assert detect_format(export) == "pinboard-json"

    import_path(lib, export, fetch=False)

    one, two = (by_url(lib)[f"https://example.org/p{n}"] for n in (1, 2))
    assert one.title == "Title one" and one.note == "My words" and not one.is_read
    assert sorted(one.tags) == ["python", "web-dev"] and one.saved_at == "2021-03-04T05:06:07Z"
    assert two.is_read


def test_raindrop_csv(lib, tmp_path):
    # Raindrop.io: Settings → Backups → CSV
    export = tmp_path / "raindrop.csv"
    export.write_text(
        "id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n"
        '1,"Drops, and rain",My note,An excerpt,https://example.org/r1,Reading/Longform,'
        '"tag one, tag2",2022-05-06T07:08:09.000Z,,"Highlight: the quoted words\nNote: why",true\n'
        "2,Plain,,,https://example.org/r2,Unsorted,,2022-05-07T07:08:09.000Z,,,false\n",
        encoding="utf-8",
    )
    assert detect_format(export) == "raindrop-csv"

    import_path(lib, export, fetch=False)

    r1, r2 = (by_url(lib)[f"https://example.org/r{n}"] for n in (1, 2))
    assert r1.title == "Drops, and rain" and r1.note == "My note" and r1.is_favorite
    assert sorted(r1.tags) == ["Longform", "Reading", "tag one", "tag2"]
    assert [(h["quote"], h["note"]) for h in lib.highlights(r1.id)] == [("the quoted words", "why")]
    assert r2.tags == [] and not r2.is_favorite


def test_karakeep_json(lib, tmp_path):
    # Karakeep (Hoarder): Settings → Import/Export → Export (zExportSchema)
    data = {
        "bookmarks": [
            {"id": "b1", "createdAt": 1700000000, "title": "Kept", "tags": ["ai", "notes"],
             "lists": ["l1"], "content": {"type": "link", "url": "https://example.org/k1",
                                          "author": "Ann"},
             "note": "Worth it", "archived": True, "favourited": True},
            {"createdAt": 1700000100, "title": None, "tags": [], "content":
                {"type": "text", "text": "just a thought"}, "note": None},
        ],
        "lists": [{"id": "l1", "name": "Weekend", "description": None, "icon": "📚",
                   "type": "manual", "query": None, "parentId": None}],
    }  # fmt: skip
    export = write(tmp_path / "karakeep-export.json", data)
    assert detect_format(export) == "karakeep-json"

    report = import_path(lib, export, fetch=False)

    k1 = by_url(lib)["https://example.org/k1"]
    assert sorted(k1.tags) == ["Weekend", "ai", "notes"] and k1.note == "Worth it"
    assert k1.is_archived and k1.is_favorite and k1.authors == ["Ann"]
    assert report.lost == 1 and "a text note, not a web page" in report.summary()


def test_linkwarden_json(lib, tmp_path):
    # Linkwarden: Settings → Data → Export (the Backup that importFromLinkwarden reads)
    data = {
        "id": 1, "name": "me", "username": "me",
        "collections": [
            {"id": 1, "name": "Research", "description": "", "color": "#0ea5e9",
             "parentId": None, "links": [
                 {"id": 7, "name": "Link seven", "type": "url", "description": "About it",
                  "url": "https://example.org/l7", "createdAt": "2023-04-05T06:07:08.000Z",
                  "tags": [{"id": 1, "name": "deep"}]}]},
            {"id": 2, "name": "Papers", "parentId": 1, "links": [
                {"id": 8, "name": "Eight", "url": "https://example.org/l8", "description": "",
                 "createdAt": "2023-04-06T06:07:08.000Z", "tags": []}]},
        ],
        "pinnedLinks": [{"url": "https://example.org/l8"}],
    }  # fmt: skip
    export = write(tmp_path / "linkwarden_export.json", data)
    assert detect_format(export) == "linkwarden-json"

    import_path(lib, export, fetch=False)

    l7, l8 = (by_url(lib)[f"https://example.org/l{n}"] for n in (7, 8))
    assert sorted(l7.tags) == ["Research", "deep"] and l7.note == "About it"
    assert l8.tags == ["Research/Papers"] and l8.is_favorite
    assert l7.saved_at == "2023-04-05T06:07:08Z"


def test_readeck_export_zip(lib, tmp_path):
    # Readeck: `readeck export` (data.json + bookmarks/UID/info.json)
    info = {"ID": 3, "UID": "abc", "Created": "2024-01-02T03:04:05Z", "URL": "https://example.org/rd",
            "Title": "Readeck one", "Published": "2023-12-31T00:00:00Z", "Authors": ["Bo"],
            "Labels": ["tech", "later"], "IsMarked": True, "IsArchived": False,
            "ReadProgress": 40, "Description": "A summary",
            "Annotations": [{"ID": "a1", "Text": "a marked sentence", "Note": "mine",
                             "Color": "yellow", "Created": "2024-01-03T00:00:00Z"}]}  # fmt: skip
    export = tmp_path / "readeck-export.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("data.json", json.dumps({"Users": [{"ID": 1, "Username": "me"}]}))
        zf.writestr("bookmarks/abc/info.json", json.dumps(info))
    assert detect_format(export) == "readeck-zip"

    import_path(lib, export, fetch=False)

    rec = by_url(lib)["https://example.org/rd"]
    assert (rec.title, rec.is_favorite, rec.is_read) == ("Readeck one", True, False)
    assert sorted(rec.tags) == ["later", "tech"] and rec.authors == ["Bo"]
    assert rec.published == "2023-12-31T00:00:00Z" and rec.note == "A summary"
    assert [(h["quote"], h["note"]) for h in lib.highlights(rec.id)] == [
        ("a marked sentence", "mine")
    ]
