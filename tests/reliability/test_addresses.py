"""Odd addresses a reader pastes: non-ASCII ones, ones with a password, pages that
send the reader elsewhere with ``<meta>`` refresh (issue 21, items 3, 7 and 11).

Addresses are IRIs: they reach HTTP encoded (IDNA host, UTF-8 percent-escapes) and are
shown decoded. A password in an address opens the page and its own images, and is kept
or shown nowhere: not in the database, the list, ``show``, the log or an export.
"""

from __future__ import annotations

import base64
import gzip
import json
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from article_kit import article_page
from reliability_kit import Cli

from reader.core import urls
from reader.core.errors import FetchError, UnsupportedURLError
from reader.core.fetch import Fetcher
from reader.core.library import Library

try:
    from tests.httpserver import LoopbackServer, tiny_png
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer, tiny_png  # type: ignore[no-redef]

pytestmark = pytest.mark.reliability

_FIGURE = (
    '<figure><img src="{src}" alt="The northern pier"><figcaption>The pier</figcaption></figure>'
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close()


def _with_image(server: LoopbackServer, title: str, src: str = "/img/pier.png") -> str:
    server.set("/img/pier.png", tiny_png(), content_type="image/png")
    return article_page(title, body=_FIGURE.format(src=src))


# -- 3: non-ASCII addresses ----------------------------------------------------------------


def test_to_uri_encodes_hosts_paths_and_queries() -> None:
    assert urls.to_uri("http://bücher.example/a/bücher?q=ü#teil-ü") == (
        "http://xn--bcher-kva.example/a/b%C3%BCcher?q=%C3%BC#teil-%C3%BC"
    )
    # full-width and ideographic dots are dots; existing escapes stay as they are
    assert urls.to_uri("https://bücher\uff0eexample\u3002/x%20y z") == (
        "https://xn--bcher-kva.example./x%20y%20z"
    )
    assert urls.to_uri("http://example.com/plain?a=1") == "http://example.com/plain?a=1"
    with pytest.raises(UnsupportedURLError, match="not a valid international name"):
        urls.to_uri("http://ex\u2024ample\u0000.com/")


def test_display_url_decodes_what_to_uri_encodes() -> None:
    assert urls.display_url("http://xn--bcher-kva.example/a/b%C3%BCcher?q=%C3%BC") == (
        "http://bücher.example/a/bücher?q=ü"
    )
    # escaped ASCII keeps its meaning, and invisible characters stay escaped
    assert urls.display_url("http://example.com/a%2Fb%20c%E2%80%8Bd") == (
        "http://example.com/a%2Fb%20c%E2%80%8Bd"
    )
    assert urls.normalize_url("http://host/a/bücher") == urls.normalize_url(
        "http://host/a/b%C3%BCcher"
    )


@pytest.mark.parametrize("path", ["/a/bücher", "/suche?q=ü", "/新闻/文章"])
def test_a_non_ascii_address_is_saved_with_its_images(
    library: Library, http_server: LoopbackServer, path: str
) -> None:
    page = _with_image(http_server, "Bücher in the harbour library")
    http_server.set(urls.to_uri(path).split("?")[0], page)
    result = library.save_url(http_server.url(path))
    assert result.status == "saved" and result.missing_images == 0
    rec = library.get(result.id)
    assert urls.display_url(rec.url) == http_server.url(path)
    assert [img["status"] for img in library.images(result.id)] == ["ok"]
    headers = http_server.request_headers[-1]
    assert headers["referer"] == urls.to_uri(http_server.url(path))


def test_non_ascii_addresses_through_add_show_and_import(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    http_server.set("/a/b%C3%BCcher", _with_image(http_server, "Bücher im Hafen"))
    http_server.set("/a/caf%C3%A9", _with_image(http_server, "Café at the pier"))
    cli = Cli(tmp_path, tmp_path / "lib")
    added = cli.run("add", http_server.url("/a/bücher"))
    assert added.returncode == 0, added.stderr
    shown = cli.run("show", "1")
    assert http_server.url("/a/bücher") in shown.stdout.splitlines()
    urls = tmp_path / "urls.txt"
    urls.write_text(http_server.url("/a/café") + "\n", encoding="utf-8")
    imported = cli.run("import", str(urls))
    assert imported.returncode == 0, imported.stderr
    assert "Traceback" not in imported.stderr
    assert "1 saved" in imported.stdout, imported.stdout
    listed = json.loads(cli.run("list", "--json").stdout)
    assert sorted(r["title"] for r in listed) == ["Bücher im Hafen", "Café at the pier"]


def _mock_fetcher(seen: list[httpx.Request]) -> Fetcher:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith(".png"):
            return httpx.Response(200, content=tiny_png(), headers={"content-type": "image/png"})
        page = article_page("Bücher", body=_FIGURE.format(src="/bilder/möwe.png"))
        return httpx.Response(200, text=page, headers={"content-type": "text/html"})

    return Fetcher(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("host", ["bücher.example", "bücher\uff0eexample", "BÜCHER\u3002example"])
def test_an_international_host_is_asked_for_in_its_idna_form(tmp_path: Path, host: str) -> None:
    seen: list[httpx.Request] = []
    with Library.open(tmp_path / "lib", fetcher=_mock_fetcher(seen)) as lib:
        result = lib.save_url(f"http://{host}/seite/über")
        assert result.status == "saved" and result.missing_images == 0
        assert urls.display_url(lib.get(result.id).url) == "http://bücher.example/seite/über"
    assert [r.url.raw_host for r in seen] == [b"xn--bcher-kva.example"] * 2
    assert seen[0].url.raw_path == b"/seite/%C3%BCber"
    assert seen[1].url.raw_path == b"/bilder/m%C3%B6we.png"
    assert seen[1].headers["referer"] == "http://xn--bcher-kva.example/seite/%C3%BCber"


def test_an_international_host_that_cannot_be_reached_is_one_clear_line(
    library: Library, tmp_path: Path
) -> None:
    with pytest.raises(FetchError, match=r"bücher\.example"):
        library.save_url("http://bücher.example/a/bücher")
    cli = Cli(tmp_path, tmp_path / "cli-lib")
    failed = cli.run("add", "http://bücher.example/a/bücher")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr, failed.stderr
    urls = tmp_path / "urls.txt"
    urls.write_text("http://bücher.example/a/bücher\n", encoding="utf-8")
    imported = cli.run("import", str(urls))
    assert "Traceback" not in imported.stderr and "internal error" not in imported.stdout
    assert "1 kept as links only" in imported.stdout, imported.stdout


# -- 7: passwords in addresses ---------------------------------------------------------------


def _secret_places(folder: Path, secret: str) -> list[str]:
    """Every table and column of the library database that holds ``secret``."""
    found: list[str] = []
    db = sqlite3.connect(folder / "library.sqlite3")
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    if isinstance(value, bytes):
                        for unpack in (zlib.decompress, gzip.decompress, lambda b: b):
                            try:
                                value = unpack(value).decode("utf-8", "replace")
                                break
                            except Exception:  # not that kind of blob
                                continue
                    if secret in str(value):
                        found.append(f"{table}.{name}")
    finally:
        db.close()
    return sorted(set(found))


def test_a_password_in_an_address_opens_the_page_and_is_kept_nowhere(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    with LoopbackServer() as elsewhere:
        elsewhere.set("/ad.png", tiny_png() + b"ad", content_type="image/png")
        body = _FIGURE.format(src="/img/pier.png") + _FIGURE.format(src=elsewhere.url("/ad.png"))
        http_server.set("/img/pier.png", tiny_png(), content_type="image/png")
        http_server.set("/a/900", article_page("Members only", body=body))
        secret_url = http_server.url("/a/900").replace("://", "://alice:s3cret@")
        cli = Cli(tmp_path, tmp_path / "lib")
        added = cli.run("add", secret_url, "--verbose")
        assert added.returncode == 0, added.stderr
        # the page and its own images were asked for with the password, other sites never
        auth = "Basic " + base64.b64encode(b"alice:s3cret").decode()
        assert [h.get("authorization") for h in http_server.request_headers] == [auth, auth]
        assert [h.get("authorization") for h in elsewhere.request_headers] == [None]
        assert "s3cret" not in elsewhere.request_headers[0]["referer"]
    outputs = {
        "add": added.stdout + added.stderr,
        "list": cli.run("list").stdout,
        "list --json": cli.run("list", "--json").stdout,
        "show": cli.run("show", "1").stdout,
        "show --format json": cli.run("show", "1", "--format", "json").stdout,
    }
    for fmt, name in (("json", "x.json"), ("html", "x.html"), ("markdown", "x.md")):
        out = tmp_path / name
        exported = cli.run("export", "--format", fmt, "--all", "-o", str(out))
        assert exported.returncode == 0, exported.stderr
        outputs[f"export {fmt}"] = out.read_text(encoding="utf-8")
    outputs["log"] = "".join(p.read_text("utf-8") for p in (tmp_path / "logs").glob("*.log*"))
    assert "Members only" in outputs["list"] and outputs["log"]
    for secret in ("s3cret", "alice:"):
        assert [k for k, v in outputs.items() if secret in v] == [], secret
        assert _secret_places(tmp_path / "lib", secret) == [], secret


# -- 11: <meta> refresh ----------------------------------------------------------------------


def _refresh(target: str) -> str:
    return f'<meta http-equiv="refresh" content="0; url={target}">'


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "target",
    [
        "http://unreachable.example/promo",  # another site, which cannot be resolved
        "http://localhost:{port}/elsewhere",  # another site that answers: not asked
        "/gone-for-good",  # this site, 404
        "http://127.0.0.1:{closed}/down",  # this site, nobody listening
        "javascript:location.reload()",
    ],
)
def test_a_readable_page_that_refreshes_somewhere_else_is_saved_as_it_is(
    library: Library, http_server: LoopbackServer, target: str
) -> None:
    target = target.format(port=http_server.base.rsplit(":", 1)[1], closed=_closed_port())
    page = _with_image(http_server, "Storm closes the harbour")
    page = page.replace("</head>", _refresh(target) + "</head>")
    url = http_server.set("/news/storm", page)
    result = library.save_url(url)
    assert result.status == "saved", result.message
    rec = library.get(result.id)
    assert rec.title == "Storm closes the harbour" and rec.final_url == url
    assert "/elsewhere" not in "".join(http_server.requests)


def test_refreshes_within_the_site_and_redirect_pages_are_still_followed(
    library: Library, http_server: LoopbackServer
) -> None:
    article = http_server.set("/news/ferry", _with_image(http_server, "Ferry timetable"))
    moved = _with_image(http_server, "Old address").replace(
        "</head>", _refresh("/news/ferry") + "</head>"
    )
    first = library.save_url(http_server.set("/old/ferry", moved))
    assert library.get(first.id).final_url == article
    # a page that is only a redirect (a link shortener) goes wherever it points
    elsewhere = article.replace("127.0.0.1", "localhost")
    stub = f"<html><head>{_refresh(elsewhere)}</head><body>Redirecting…</body></html>"
    short = library.save_url(http_server.set("/s/abc", stub))
    assert library.get(short.id).final_url == elsewhere


def test_add_and_import_agree_on_a_page_with_a_foreign_refresh(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    page = article_page("Storm closes the harbour", head=_refresh("http://ads.example/x"))
    url = http_server.set("/news/storm", page)
    saved_file = tmp_path / "storm.html"
    saved_file.write_text(page, encoding="utf-8")
    by_url = Cli(tmp_path, tmp_path / "one").run("add", url)
    by_file = Cli(tmp_path, tmp_path / "two").run("import", str(saved_file))
    assert by_url.returncode == 0, by_url.stderr
    assert by_file.returncode == 0 and "1 saved" in by_file.stdout, by_file.stdout
