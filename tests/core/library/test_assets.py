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
