"""The images folder: a failing image leaves the article saved, orphans from a crash go."""

from __future__ import annotations

from pathlib import Path

from library_kit import PAGE, PAGES

from reader.core.library import Library


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


def test_orphan_assets_from_a_crash_are_swept_at_open(tmp_path: Path, http_server) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        result = lib.save_url(http_server.url(f"/pages/{PAGE}.html"))
        kept = [i["path"] for i in lib.images(result.id)]
    # Named as Kliping names what it writes (a content hash): a crash's leftovers.
    orphan = folder / "assets" / ("deadbeef" * 4 + ".png")
    orphan.write_bytes(b"\x89PNG\r\n\x1a\n")
    stale = folder / "incoming" / "999999999-1"
    stale.mkdir(parents=True)
    (stale / ("0badf00d" * 4 + ".png")).write_bytes(b"x")
    with Library.open(folder) as lib:
        assert not orphan.exists() and not stale.exists()
        assert all(lib.asset_path(p).exists() for p in kept)


def test_rewrite_images_touches_only_the_saved_img_tags() -> None:
    from bs4 import BeautifulSoup

    from reader.core.library.assets import ImageResult, rewrite_images

    html = (
        '<p>Fish &amp; chips <a href="https://x.test/?a=1&amp;b=2">link</a></p>'
        '<figure><img src="https://x.test/a.png?w=1&amp;h=2" alt="a > b, &quot;c&quot;">'
        "<figcaption>Cap</figcaption></figure>"
        "<p><IMG alt='it\"s' SRC='https://x.test/b.png' width=40></p>"
        '<p><img src="https://x.test/other.png" alt="not saved here"></p>'
    )
    results = [
        ImageResult("https://x.test/a.png?w=1&h=2", "ok", "assets/ab/a.png"),
        ImageResult("https://x.test/b.png", "missing", None, error="404"),
    ]
    out = rewrite_images(html, results)
    imgs = BeautifulSoup(out, "html.parser").find_all("img")
    assert [i.attrs for i in imgs] == [
        {"src": "assets/ab/a.png", "alt": 'a > b, "c"',
         "data-original-src": "https://x.test/a.png?w=1&h=2"},
        {"alt": 'it"s', "src": "https://x.test/b.png", "width": "40",
         "data-original-src": "https://x.test/b.png", "data-missing": "1"},
        {"src": "https://x.test/other.png", "alt": "not saved here"},
    ]  # fmt: skip
    # everything but the two rewritten tags is left as the cleaner wrote it
    assert out.startswith(html[: html.index("<img")])
    assert '<img src="https://x.test/other.png" alt="not saved here">' in out
    assert rewrite_images(html, []) == html
