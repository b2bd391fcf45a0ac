"""The library façade end to end against a loopback server: save, dedupe, images, failures."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import FetchError, KlipingError, NotHTMLError, StorageError
from reader.core.fetch import Fetcher, FetchLimits
from reader.core.library import Library, SaveOptions
from reader.core.store import ArticleFilter

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"
PAGE = "en-harbourledger-solar"


def expected(name: str) -> dict[str, object]:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=2_000_000, read_timeout=1.0, total_timeout=3.0)
    library = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield library
    library.close()


def snapshot(lib: Library) -> tuple[int, list[str], list[tuple[int, str]]]:
    """What a failed save must leave unchanged: articles, asset files, pending index work."""
    assets = sorted(p.name for p in (lib.folder / "assets").glob("*"))
    return lib.count(), assets, lib.store.outbox()


def test_library_folder_is_private_and_has_its_parts(lib: Library) -> None:
    mode = stat.S_IMODE(os.stat(lib.folder).st_mode)
    assert mode == 0o700
    assert (lib.folder / "library.sqlite3").is_file()


def test_save_url_keeps_clean_article_images_and_original(lib: Library, http_server) -> None:
    url = http_server.url(f"/pages/{PAGE}.html")
    want = expected(PAGE)
    result = lib.save_url(url)
    assert result.status == "saved"
    rec = lib.get(result.id)
    assert rec.title == want["title"]
    assert rec.site_name == want["site_name"]
    assert rec.published == want["published"]
    assert rec.language == "en"
    assert rec.url == url and rec.final_url == url
    assert rec.word_count > 150 and rec.reading_minutes >= 1
    assert rec.excerpt
    for snippet in want["must"]:
        assert snippet in rec.text
    # Images are on disk and the HTML points at them, not at the web.
    images = lib.images(result.id)
    assert images and all(img["status"] == "ok" for img in images)
    for img in images:
        assert lib.asset_path(img["path"]).is_file()
        assert f'src="{img["path"]}"' in rec.html
    assert "127.0.0.1" not in rec.html.split("data-original-src")[0].split("<img")[-1]
    # The page as fetched is kept for re-cleaning.
    original = lib.original_html(result.id)
    assert original is not None and "<html" in original.lower()
    assert rec.extractor_version


def test_same_article_twice_is_not_duplicated(lib: Library, http_server) -> None:
    url = http_server.url(f"/pages/{PAGE}.html")
    first = lib.save_url(url)
    again = lib.save_url(url + "?utm_source=newsletter&fbclid=abc#comments")
    assert again.status == "duplicate" and again.id == first.id
    assert "Already saved" in again.message
    # Another address whose page names the same canonical URL is the same article.
    other = lib.save_url(url + "?from=homepage")
    assert other.status == "duplicate" and other.id == first.id
    assert lib.count() == 1


def test_refresh_refetches_and_keeps_state(lib: Library, http_server) -> None:
    url = http_server.url(f"/pages/{PAGE}.html")
    first = lib.save_url(url)
    lib.mark([first.id], read=True, favorite=True)
    lib.tag([first.id], ["energy"])
    refreshed = lib.save_url(url, refresh=True)
    assert refreshed.status == "refreshed" and refreshed.id == first.id
    rec = lib.get(first.id)
    assert rec.is_read and rec.is_favorite and rec.tags == ["energy"]
    assert lib.count() == 1


def test_failing_image_leaves_article_saved_and_image_marked_missing(
    lib: Library, http_server
) -> None:
    page = (PAGES / f"{PAGE}.html").read_text(encoding="utf-8")
    page = page.replace("/images/en-reservoir.png", "/status/404")
    url = http_server.set("/broken-image.html", page)
    result = lib.save_url(url)
    assert result.status == "saved" and result.missing_images >= 1
    rows = lib.images(result.id)
    missing = [r for r in rows if r["status"] == "missing"]
    assert missing and missing[0]["path"] is None and "404" in missing[0]["error"]
    assert 'data-missing="1"' in lib.get(result.id).html


@pytest.mark.parametrize(
    ("path", "error", "words"),
    [
        ("/status/404", FetchError, "404"),
        ("/status/500", FetchError, "500"),
        ("/pdf", NotHTMLError, "PDF"),
        ("/image.png", NotHTMLError, "image"),
        ("/json", NotHTMLError, "JSON"),
        ("/redirect-loop", FetchError, "redirect"),
        ("/big", FetchError, "larger"),
        ("/slow?seconds=5", FetchError, "Timed out"),
        ("/broken-gzip", FetchError, "compress"),
    ],
)
def test_misbehaving_endpoints_fail_clearly_and_change_nothing(
    lib: Library, http_server, path: str, error: type[Exception], words: str
) -> None:
    lib.save_url(http_server.url(f"/pages/{PAGE}.html"))
    before = snapshot(lib)
    with pytest.raises(error) as info:
        lib.save_url(http_server.url(path))
    message = str(info.value)
    assert words.lower() in message.lower()
    assert "\n" not in message and "Traceback" not in message
    assert snapshot(lib) == before


def test_non_http_urls_are_refused(lib: Library) -> None:
    for url in ("ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "nonsense"):
        with pytest.raises(KlipingError):
            lib.save_url(url)
    assert lib.count() == 0


def test_cp1251_page_without_charset_is_read_correctly(lib: Library, http_server) -> None:
    result = lib.save_url(http_server.url("/cp1251"))
    text = lib.get(result.id).text
    assert any("а" <= ch <= "я" for ch in text), text[:200]
    assert "\ufffd" not in text


def test_save_local_file_takes_its_url_from_the_page(lib: Library, tmp_path: Path) -> None:
    page = tmp_path / "saved" / "page.html"
    page.parent.mkdir()
    page.write_bytes((PAGES / f"{PAGE}.html").read_bytes())
    result = lib.save_file(page)
    rec = lib.get(result.id)
    assert rec.url.startswith("https://harbourledger.com/")
    assert rec.title == expected(PAGE)["title"]
    again = lib.save_file(page)
    assert again.status == "duplicate"


def test_tag_mark_delete_and_assets_follow(lib: Library, http_server) -> None:
    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    b = lib.save_url(http_server.url("/pages/de-elberundschau-bahn.html")).id
    lib.tag([a, b], ["Reading", "reading", " later "])
    assert lib.get(a).tags == ["later", "Reading"]
    lib.untag([a], ["later"])
    assert lib.get(a).tags == ["Reading"]
    lib.mark([b], archived=True, read=True)
    assert lib.count(ArticleFilter(is_archived=True)) == 1
    assert lib.counts()["unread"] == 1
    files = [lib.asset_path(i["path"]) for i in lib.images(a) if i["path"]]
    assert files and all(f.exists() for f in files)
    assert lib.delete([a]) == 1
    assert not any(f.exists() for f in files)
    assert [r.id for r in lib.list()] == [b]


def test_link_only_entry_keeps_what_the_export_had(lib: Library) -> None:
    opts = SaveOptions(title="Gone page", tags=["old"], is_read=True,
                       highlights=[{"quote": "lost words", "note": "n"}])  # fmt: skip
    result = lib.save_link("https://example.invalid/gone", options=opts)
    rec = lib.get(result.id)
    assert (rec.title, rec.tags, rec.is_read, rec.status) == (
        "Gone page",
        ["old"],
        True,
        "link-only",
    )
    assert lib.highlights(result.id)[0]["quote"] == "lost words"


def test_orphan_assets_from_a_crash_are_swept_at_open(tmp_path: Path, http_server) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        result = lib.save_url(http_server.url(f"/pages/{PAGE}.html"))
        kept = [i["path"] for i in lib.images(result.id)]
    orphan = folder / "assets" / "deadbeef.png"
    orphan.write_bytes(b"\x89PNG\r\n\x1a\n")
    stale = folder / "incoming" / "999999999-1"
    stale.mkdir(parents=True)
    (stale / "x.png").write_bytes(b"x")
    with Library.open(folder) as lib:
        assert not orphan.exists() and not stale.exists()
        assert all(lib.asset_path(p).exists() for p in kept)


def test_saved_article_is_searchable_and_delete_removes_it(lib: Library, http_server) -> None:
    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    assert [h.id for h in lib.search("reservoir").hits] == [a]
    assert lib.store.outbox() == []
    lib.delete([a])
    assert lib.search("reservoir").total == 0


def test_index_catches_up_after_a_crash_between_database_and_index(
    tmp_path: Path, http_server
) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
        # Simulate a crash after the database commit but before the index caught up.
        with lib.store.transaction():
            lib.store.update_article(a, {"title": "Renamed pelican headline"})
    with Library.open(folder) as lib:
        assert [h.id for h in lib.search("pelican").hits] == [a]


def test_index_folder_lost_is_rebuilt_at_open(tmp_path: Path, http_server) -> None:
    import shutil

    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    shutil.rmtree(folder / "index")
    with Library.open(folder) as lib:
        assert [h.id for h in lib.search("reservoir").hits] == [a]


def test_read_only_library_refuses_changes(tmp_path: Path, http_server) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    with Library.open(folder, read_only=True) as ro:
        assert ro.get(a).title
        with pytest.raises(StorageError, match="read-only"):
            ro.mark([a], read=True)


def test_reclean_uses_the_kept_page_and_keeps_highlights(lib: Library, http_server) -> None:
    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    quote = expected(PAGE)["must"][0]
    lib.add_highlight(a, quote, "important")
    http_server.clear()
    result = lib.reclean(a)
    assert result.status == "refreshed"
    assert http_server.requests == []  # no network
    hl = lib.highlights(a)
    assert hl[0]["quote"] == quote and hl[0]["start"] is not None


def test_index_batch_defers_index_work_until_it_ends(lib: Library, http_server) -> None:
    with lib.index_batch(every=100):
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
        b = lib.save_url(http_server.url("/pages/de-elberundschau-bahn.html")).id
        assert {i for i, _ in lib.store.outbox()} == {a, b}  # the database has them already
        assert lib.get(a).title
    assert lib.store.outbox() == []
    assert [h.id for h in lib.search("reservoir").hits] == [a]


def test_threads_writing_at_once_queue_instead_of_failing(lib: Library, http_server) -> None:
    import threading

    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    errors: list[Exception] = []

    def worker(n: int) -> None:
        try:
            for k in range(15):
                lib.tag([a], [f"t{n}-{k}"])
                lib.mark([a], read=bool(k % 2))
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)
        finally:
            lib.release_thread()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(lib.get(a).tags) == 6 * 15  # no lost write
    assert lib.search("tag:t3-14").total == 1
