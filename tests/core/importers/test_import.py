"""Importing exports from Pocket, Instapaper, Omnivore, wallabag, browsers and URL lists,
against the loopback server: what a person moving their reading to Kliping would check."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from data.exports import builders
from data.exports.builders import Sample

from reader.core.fetch import Fetcher, FetchLimits
from reader.core.importers import ImportProgress, detect_format, import_path
from reader.core.library import Library
from reader.core.store import ArticleFilter

FAST = {"host_delay": 0.0}


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=2_000_000, read_timeout=1.0, total_timeout=3.0)
    library = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield library
    library.close()


def by_url(lib: Library) -> dict[str, object]:
    return {r.url: r for r in lib.get_many(lib.store.all_ids())}


def page_requests(server) -> list[str]:
    return [r for r in server.requests if r.startswith("/pages/")]


def test_pocket_zip_keeps_titles_tags_states_times_and_highlights(lib, http_server, tmp_path):
    samples = builders.odd_samples(http_server.url)
    export = builders.pocket_zip(tmp_path / "pocket.zip", samples)
    assert detect_format(export) == "pocket-zip"

    report = import_path(lib, export, **FAST)

    assert (report.total, report.saved, report.failed, report.cancelled) == (3, 3, [], False)
    saved = by_url(lib)
    for s in samples:
        rec = saved[s.url]
        facts = builders.page_facts(s.url.rsplit("/", 1)[1].removesuffix(".html"))
        assert rec.title == " ".join(s.title.split())  # the title the reader kept wins
        assert rec.cleaned_title == facts["title"]  # the cleaner's is kept beside it
        assert sorted(rec.tags) == sorted(s.tags)
        assert rec.saved_at == s.saved_iso
        assert (rec.is_read, rec.is_archived) == (s.archived, s.archived)
        marks = lib.highlights(rec.id)
        assert [m["quote"] for m in marks] == [s.highlights[0][0]]
        assert marks[0]["start"] is not None  # found in the article's text
        assert marks[0]["created_at"] == builders.Sample("", "", saved=s.saved + 60).saved_iso


def test_unfetchable_entry_is_kept_as_a_link_with_everything_the_export_knew(
    lib, http_server, tmp_path
):
    gone = Sample(http_server.url("/status/404"), 'Gone, "but" kept ✓', tags=["lost & found"],
                  archived=True, highlights=[("a sentence worth keeping", "")])  # fmt: skip
    export = builders.pocket_zip(tmp_path / "pocket.zip", [gone])

    report = import_path(lib, export, **FAST)

    assert (report.saved, report.link_only) == (0, 1)
    assert report.failed and report.failed[0][0] == gone.url and "404" in report.failed[0][1]
    rec = by_url(lib)[gone.url]
    assert rec.status == "link-only"
    assert rec.title == gone.title and rec.tags == ["lost & found"] and rec.is_archived
    assert [h["quote"] for h in lib.highlights(rec.id)] == ["a sentence worth keeping"]
    summary = report.summary()
    assert gone.url in summary and "404" in summary
    assert "run the same import again" in summary and f"kliping refetch {rec.id}" in summary


def test_running_the_import_again_retries_links_and_duplicates_nothing(lib, http_server, tmp_path):
    samples = builders.odd_samples(http_server.url, ["en-harbourledger-solar"])
    late = Sample(http_server.url("/late/page.html"), "Not there yet", tags=["later"])
    export = builders.pocket_zip(tmp_path / "pocket.zip", [*samples, late])
    first = import_path(lib, export, **FAST)
    assert (first.saved, first.link_only) == (1, 1)

    http_server.set("/late/page.html", builders.page_html("de-elberundschau-bahn"))
    http_server.clear()
    second = import_path(lib, export, **FAST)

    assert (second.saved, second.duplicates, second.link_only, second.failed) == (1, 1, 0, [])
    assert lib.count() == 2
    rec = by_url(lib)[late.url]
    assert rec.status == "ok" and rec.tags == ["later"]
    assert page_requests(http_server) == []  # the article already saved was not fetched


def test_cancelled_import_resumes_without_duplicates(lib, http_server, tmp_path):
    names = ["en-harbourledger-solar", "fr-courrier-bibliotheques", "ja-hokuriku-sake",
             "de-elberundschau-bahn", "es-diarioturia-alerta"]  # fmt: skip
    samples = builders.odd_samples(http_server.url, names)
    export = builders.pocket_zip(tmp_path / "pocket.zip", samples)
    cancel = threading.Event()
    seen: list[ImportProgress] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p)
        if p.done >= 1:
            cancel.set()

    first = import_path(lib, export, concurrency=1, progress=progress, cancel=cancel, **FAST)

    assert first.cancelled and 1 <= first.saved < len(samples)
    assert "run the same import again to continue" in first.summary()
    assert seen[0].done == 0 and seen[0].total == len(samples)
    assert lib.count() == first.saved + first.link_only

    second = import_path(lib, export, **FAST)

    assert not second.cancelled
    assert second.duplicates == first.saved and second.saved == len(samples) - first.saved
    assert lib.count() == len(samples)
    assert sorted(by_url(lib)) == sorted(s.url for s in samples)
    assert all(len(lib.highlights(r.id)) == 1 for r in lib.get_many(lib.store.all_ids()))


def test_duplicates_get_the_exports_tags_states_and_highlights_merged(lib, http_server, tmp_path):
    url = http_server.url("/pages/en-harbourledger-solar.html")
    first = lib.save_url(url)
    lib.tag([first.id], ["mine"])
    lib.mark([first.id], read=True)
    quote = str(builders.page_facts("en-harbourledger-solar")["must"][1])
    sample = Sample(url, "x", tags=["Pocket tag"], favorite=True, highlights=[(quote, "")])
    export = builders.wallabag_json(tmp_path / "wallabag.json", [sample])  # unread there
    http_server.clear()

    report = import_path(lib, export, **FAST)

    assert (report.duplicates, report.saved) == (1, 0)
    rec = lib.get(first.id)
    assert sorted(rec.tags) == ["Pocket tag", "mine"]
    assert rec.is_favorite and rec.is_read  # merged in, and never turned off
    assert [h["quote"] for h in lib.highlights(first.id)] == [quote]
    assert page_requests(http_server) == []
    assert lib.count() == 1


def test_pocket_html_export(lib, http_server, tmp_path):
    samples = builders.odd_samples(
        http_server.url, ["en-harbourledger-solar", "it-cronaca-biblioteca"]
    )
    export = builders.pocket_html(tmp_path / "ril_export.html", samples)
    assert detect_format(export) == "pocket-html"

    report = import_path(lib, export, fetch=False)

    assert (report.total, report.link_only, report.failed) == (2, 2, [])
    for s in samples:
        rec = by_url(lib)[s.url]
        assert rec.title == s.title and sorted(rec.tags) == sorted(s.tags)
        assert rec.is_archived == s.archived and rec.saved_at == s.saved_iso
    assert page_requests(http_server) == []  # --no-fetch fetches nothing


def test_instapaper_csv_folders_tags_selection_and_unknown_columns(lib, http_server, tmp_path):
    samples = builders.odd_samples(http_server.url)
    export = builders.instapaper_csv(tmp_path / "instapaper-export.csv", samples)
    assert detect_format(export) == "instapaper-csv"

    report = import_path(lib, export, fetch=False)

    assert (report.total, report.link_only, report.failed) == (3, 3, [])
    saved = by_url(lib)
    starred, archived, own_folder = (saved[s.url] for s in samples)
    assert starred.is_favorite and not starred.is_archived
    assert archived.is_archived and archived.is_read
    assert "Recherche, 2024" in own_folder.tags  # a folder of one's own becomes a tag
    for s in samples:
        rec = saved[s.url]
        assert set(s.tags) <= set(rec.tags) and rec.title == s.title
        assert rec.saved_at == s.saved_iso
        assert [h["quote"] for h in lib.highlights(rec.id)] == [s.highlights[0][0]]


def test_instapaper_csv_without_optional_columns(lib, http_server, tmp_path):
    url = http_server.url("/pages/en-harbourledger-solar.html")
    export = tmp_path / "instapaper.csv"
    export.write_text(f"URL,Title,Folder\n{url},Just a title,Archive\n", encoding="utf-8")

    report = import_path(lib, export, fetch=False)

    assert (report.link_only, report.failed) == (1, [])
    rec = by_url(lib)[url]
    assert rec.title == "Just a title" and rec.is_archived and rec.tags == []


def test_omnivore_zip_uses_its_content_and_fetches_only_what_is_missing(lib, http_server, tmp_path):
    names = ["en-harbourledger-solar", "fr-courrier-bibliotheques"]
    samples = builders.odd_samples(http_server.url, names)
    # The export's copy of the article body, under a URL the server does not know.
    samples[0].content = builders.article_fragment(names[0])
    samples[0].url = http_server.url("/gone-from-the-web/solar.html")
    export = builders.omnivore_zip(tmp_path / "omnivore.zip", samples)
    assert detect_format(export) == "omnivore-zip"

    report = import_path(lib, export, **FAST)

    assert (report.saved, report.failed) == (2, [])
    carried = by_url(lib)[samples[0].url]
    assert carried.status == "ok"
    assert str(builders.page_facts(names[0])["must"][0]) in carried.text
    assert sorted(carried.tags) == sorted(samples[0].tags)
    assert lib.highlights(carried.id)[0]["note"] == samples[0].highlights[0][1]
    assert [i["status"] for i in lib.images(carried.id)] == ["ok"]  # images still saved
    assert "/gone-from-the-web/solar.html" not in http_server.requests
    assert page_requests(http_server) == [f"/pages/{names[1]}.html"]
    fetched = by_url(lib)[samples[1].url]
    assert fetched.is_archived and fetched.is_read


def test_omnivore_highlight_notes_and_labels_lines(lib, tmp_path):
    from reader.core.importers.formats import omnivore_highlights

    md = (
        "> First quote, with “marks” \n\n#label #other\n\nMy note on it\n\n"
        "> Second quote \n\n> Third, \n> over two lines \n\nLast note"
    )
    found, page_note = omnivore_highlights(md)
    assert [(h["quote"], h["note"], h["labels"]) for h in found] == [
        ("First quote, with “marks”", "My note on it", ["label", "other"]),
        ("Second quote", "", []),
        ("Third,\nover two lines", "Last note", []),
    ]
    assert page_note == ""


def test_wallabag_json_content_annotations_and_states(lib, http_server, tmp_path):
    name = "ru-severvestnik-veter"
    sample = builders.odd_samples(http_server.url, [name])[0]
    sample.content = builders.article_fragment(name)
    sample.url = http_server.url("/archived-elsewhere/veter.html")
    sample.favorite, sample.archived = True, True
    export = builders.wallabag_json(tmp_path / "wallabag.json", [sample])
    assert detect_format(export) == "wallabag-json"

    report = import_path(lib, export, **FAST)

    assert (report.saved, report.failed) == (1, [])
    rec = by_url(lib)[sample.url]
    assert rec.is_favorite and rec.is_archived and rec.is_read
    assert rec.title == sample.title  # the export's title: the body alone has none
    assert str(builders.page_facts(name)["must"][0]) in rec.text
    assert rec.saved_at == sample.saved_iso  # +02:00 in the export, UTC here
    marks = lib.highlights(rec.id)
    assert [(h["quote"], h["note"]) for h in marks] == sample.highlights
    assert "/archived-elsewhere/veter.html" not in http_server.requests


def test_unusable_exported_copy_is_fetched_instead(lib, http_server, tmp_path):
    sample = builders.odd_samples(http_server.url, ["it-cronaca-biblioteca"])[0]
    sample.content = "<div><p></p></div>"  # an export that lost the text
    export = builders.wallabag_json(tmp_path / "wallabag.json", [sample])

    report = import_path(lib, export, **FAST)

    assert (report.saved, report.failed) == (1, [])
    assert page_requests(http_server) == ["/pages/it-cronaca-biblioteca.html"]
    rec = by_url(lib)[sample.url]
    assert str(builders.page_facts("it-cronaca-biblioteca")["must"][0]) in rec.text


def test_bookmarks_folders_become_tags(lib, http_server, tmp_path):
    solar, sake, lyon = builders.odd_samples(http_server.url)
    export = builders.bookmarks_html(
        tmp_path / "bookmarks.html",
        {"": [solar], "Reading": [sake], "Reading/Recherche, 2024": [lyon]},
        extra='<DT><A HREF="place:sort=8&maxResults=10">Recent Tags</A>\n'
        '<DT><A HREF="javascript:alert(1)">Bookmarklet</A>',
    )
    assert detect_format(export) == "bookmarks-html"

    report = import_path(lib, export, fetch=False)

    assert (report.total, report.link_only, report.failed) == (3, 3, [])
    saved = by_url(lib)
    assert saved[solar.url].tags == []  # the toolbar is where it sat, not what it is about
    assert saved[sake.url].tags == ["Reading"]
    assert sorted(saved[lyon.url].tags) == ["Reading", "Recherche, 2024"]
    assert saved[lyon.url].title == lyon.title


def test_url_list_reports_bad_lines_by_number(lib, http_server, tmp_path):
    good = http_server.url("/pages/es-diarioturia-alerta.html")
    export = builders.url_list(tmp_path / "reading.txt", [good, "ftp://example.org/file", good])
    assert detect_format(export) == "url-list"

    report = import_path(lib, export, **FAST)

    assert (report.total, report.saved, report.lost) == (2, 1, 1)
    ((where, reason),) = report.failed
    assert where == "ftp://example.org/file"
    assert "not a web address" in reason and "reading.txt line 4" in reason
    assert lib.count() == 1


def test_saved_pages_folder(lib, tmp_path):
    folder = tmp_path / "saved"
    (folder / "Page_files").mkdir(parents=True)
    for name in ["en-harbourledger-solar", "zh-jiangnan-shuzi"]:
        shutil.copy(builders.PAGES / f"{name}.html", folder / f"{name}.html")
    (folder / "Page_files" / "frame.html").write_text("<p>a frame</p>", encoding="utf-8")
    assert detect_format(folder) == "html-files"

    report = import_path(lib, folder)

    assert (report.total, report.saved, report.failed) == (2, 2, [])
    titles = {r.title for r in lib.get_many(lib.store.all_ids())}
    assert titles == {builders.page_facts(n)["title"] for n in
                      ["en-harbourledger-solar", "zh-jiangnan-shuzi"]}  # fmt: skip


def test_at_most_two_fetches_at_once_per_host(lib, http_server, tmp_path):
    urls = [http_server.url(f"/slow?seconds=0.4&n={n}") for n in range(6)]
    export = builders.url_list(tmp_path / "slow.txt", urls)
    start = time.monotonic()

    report = import_path(lib, export, concurrency=6, per_host=2, host_delay=0.0)

    assert report.done == 6
    assert time.monotonic() - start >= 3 * 0.4  # six slow pages, two at a time


def test_progress_reaches_the_total_with_failures_counted(lib, http_server, tmp_path):
    urls = [http_server.url("/pages/en-harbourledger-solar.html"), "notaurl"]
    export = builders.url_list(tmp_path / "list.txt", urls, comment=False)
    seen: list[ImportProgress] = []

    import_path(lib, export, progress=seen.append, **FAST)

    assert seen[-1].done == seen[-1].total == 2 and seen[-1].failed == 1
    assert [p.done for p in seen] == sorted(p.done for p in seen)


def test_link_only_entries_are_not_fetched_with_no_fetch(lib, http_server, tmp_path):
    samples = builders.odd_samples(http_server.url)
    export = builders.pocket_zip(tmp_path / "pocket.zip", samples)

    report = import_path(lib, export, fetch=False)

    assert (report.link_only, report.failed) == (3, [])  # a choice, not a failure
    assert page_requests(http_server) == []
    assert lib.count(ArticleFilter(is_archived=True)) == 1
