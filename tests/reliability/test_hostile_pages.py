"""Servers that misbehave, through ``Library.save_url`` and the real command.

Each hostile endpoint of the loopback server must end in one clear line (a KlipingError)
with the library unchanged; the 200 MB body and the gzip bomb must not balloon memory;
images that are not images or that would decode to gigabytes are marked missing and
never decoded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_kit import HOSTILE_PAGES, Cli, check_library, peak_memory_mb, png_bomb

from reader.core.errors import (
    FetchError,
    KlipingError,
    NotHTMLError,
    TooLargeError,
    UnsupportedURLError,
)
from reader.core.fetch import Fetcher, FetchLimits
from reader.core.library import Library

pytestmark = pytest.mark.reliability

#: What each endpoint must raise, and a word the message must contain.
EXPECTED: dict[str, tuple[type[KlipingError], str]] = {
    "endless": (TooLargeError, "larger than"),
    "drip": (FetchError, "longer than"),
    "slow-read": (FetchError, "Timed out"),
    "big-200mb": (TooLargeError, "larger than"),
    "big-chunked": (TooLargeError, "larger than"),
    "gzip-bomb": (TooLargeError, "larger than"),
    "broken-gzip": (FetchError, "broken compressed"),
    "redirect-loop": (FetchError, "loop"),
    "redirect-hops": (FetchError, "redirected more than"),
    "redirect-file": (UnsupportedURLError, "file:"),
    "redirect-data": (UnsupportedURLError, "data:"),
    "redirect-javascript": (UnsupportedURLError, "javascript:"),
    "lying-type": (NotHTMLError, "PDF"),
    "pdf": (NotHTMLError, "PDF"),
    "json": (NotHTMLError, "JSON"),
    "image": (NotHTMLError, "image"),
    "not-found": (FetchError, "404"),
    "server-error": (FetchError, "500"),
    "empty": (FetchError, "empty"),
}


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=3_000_000, read_timeout=1.0, total_timeout=2.5)
    lib = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield lib
    lib.close()


def test_every_hostile_endpoint_is_known() -> None:
    assert set(EXPECTED) == set(HOSTILE_PAGES)


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_hostile_server_gives_one_clear_line_and_changes_nothing(
    library: Library, http_server, name: str
) -> None:
    kind, word = EXPECTED[name]
    with pytest.raises(KlipingError) as err:
        library.save_url(http_server.url(HOSTILE_PAGES[name]))
    assert isinstance(err.value, kind), repr(err.value)
    message = str(err.value)
    assert word in message and "\n" not in message and len(message) < 240, message
    assert library.count() == 0
    folder = library.folder
    library.close()
    snap = check_library(folder)
    assert snap.articles == {} and snap.asset_files == 0


def test_deep_nesting_and_invalid_utf8(library: Library, http_server) -> None:
    deep = library.save_url(http_server.url("/deep-nesting"))  # 100,000 nested divs
    assert "Deep inside a hundred thousand divs." in library.get(deep.id).text
    saved = library.save_url(http_server.url("/invalid-utf8"))
    text = library.get(saved.id).text
    assert "Valid café then invalid" in text and "more text" in text
    folder = library.folder
    library.close()
    assert sorted(check_library(folder).articles) == [deep.id, saved.id]


PAGE = Path(__file__).parents[1] / "data" / "pages" / "en-harbourledger-solar.html"
FIGURE = "/images/en-reservoir.png"  # the article's figure and its og:image


@pytest.mark.parametrize("kind", ["bomb", "not-image", "data-bomb", "good"])
def test_bad_images_are_marked_missing_and_never_kept(
    library: Library, http_server, kind: str
) -> None:
    http_server.set("/bomb.png", png_bomb(), content_type="image/png")
    src = {
        "bomb": "/bomb.png",
        "not-image": "/not-image.jpg",
        "data-bomb": "data:image/png;base64," + _b64(png_bomb(50_000, 50_000)),
        "good": FIGURE,
    }[kind]
    page = PAGE.read_text(encoding="utf-8").replace(FIGURE, src)
    saved = library.save_url(http_server.set(f"/{kind}.html", page))
    images = [img for img in library.images(saved.id) if img["url"].endswith(src[-12:])]
    html = library.get(saved.id).html
    if kind == "data-bomb" and not images:
        assert "data:image" not in html  # the cleaner drops data: images: nothing to decode
    elif kind == "good":
        assert len(images) == 1, library.images(saved.id)
        assert images[0]["status"] == "ok" and images[0]["path"] in html
    else:
        assert len(images) == 1, library.images(saved.id)
        assert images[0]["status"] == "missing" and images[0]["path"] is None, images[0]
        assert saved.missing_images >= 1 and 'data-missing="1"' in html
        if "bomb" in kind:
            assert "too large" in images[0]["error"]
    folder = library.folder
    library.close()
    # On disk: the good image only (the page's other images are fetched as usual).
    files = (
        {p.name for p in (folder / "assets").iterdir()} if (folder / "assets").is_dir() else set()
    )
    assert check_library(folder).asset_files == len(files)
    assert not any((folder / "assets" / f).read_bytes().startswith(png_bomb()[:24]) for f in files)


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_huge_bodies_do_not_balloon_memory(http_server, tmp_path: Path) -> None:
    """The real command, default 25 MB cap: a 200 MB body and a 1 GB gzip bomb."""
    cli = Cli(tmp_path, tmp_path / "lib", KLIPING_TOTAL_TIMEOUT="30")
    base, result = peak_memory_mb(cli, "add", http_server.url("/pages/" + PAGE.name))
    assert result.returncode == 0, result.stderr
    hostile = [http_server.url(p) for p in ("/big-chunked?mb=200", "/gzip-bomb", "/endless")]
    peak, result = peak_memory_mb(cli, "add", *hostile)
    assert result.stderr.count("is larger than 25 MB") == 3, result.stderr
    assert "Traceback" not in result.stderr
    # Saving a page loads the cleaner and its language model; refusing a huge body
    # holds at most the 25 MB cap (and a copy). 200 MB or 1 GB would show.
    assert peak < base + 80, (base, peak)
    assert list(check_library(cli.library).articles) == [1]
