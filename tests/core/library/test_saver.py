"""Saving, against a loopback server: clean article, images and original kept; duplicates,
refreshes, failures that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_kit import DATA, PAGE, PAGES, expected, snapshot

from reader.core.errors import FetchError, KlipingError, NotHTMLError
from reader.core.library import Library, SaveOptions


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
    assert "--refresh" not in again.message  # the command line adds its own words
    # Another address whose page names the same canonical URL (on its own site) is the
    # same article.
    page = (DATA / "pages" / f"{PAGE}.html").read_text(encoding="utf-8")
    canonical = http_server.url("/2024/05/17/council-approves-floating-solar-farm/")
    page = page.replace(
        "https://harbourledger.com/2024/05/17/council-approves-floating-solar-farm-on-reservoir/",
        canonical,
    )
    second = lib.save_url(
        http_server.set("/2024/05/17/council-approves-floating-solar-farm/", page)
    )
    other = lib.save_url(http_server.set("/amp/solar", page))
    assert other.status == "duplicate" and other.id == second.id
    # (the first copy names harbourledger.com, another site than the one it came from:
    # that canonical URL is not believed, so the second address made an article of its own)
    assert lib.count() == 2


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
