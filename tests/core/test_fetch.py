"""Fetching pages and images from well-behaved and hostile servers (loopback and mocks)."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls

from reader import __version__
from reader.core.errors import (
    FetchCancelledError,
    FetchError,
    HTTPStatusError,
    NotHTMLError,
    TooLargeError,
    UnsupportedURLError,
)
from reader.core.fetch import (
    USER_AGENT,
    FetchedPage,
    Fetcher,
    FetchLimits,
    decode_html,
    sniff_image,
)

DATA = Path(__file__).parent.parent / "data"
ARTICLE = DATA / "fetch" / "article.html"
SMALL = FetchLimits(
    max_bytes=1024 * 1024,
    image_max_bytes=64 * 1024,
    read_timeout=0.5,
    connect_timeout=0.5,
    total_timeout=2.0,
)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(SMALL) as f:
        yield f


def one_line(error: BaseException) -> str:
    message = str(error)
    assert message and "\n" not in message
    return message


# A page, as it should be ----------------------------------------------------------------


def test_fetches_a_page_with_kliping_user_agent_and_gzip(http_server, fetcher) -> None:
    page = fetcher.fetch_page(http_server.url("/fetch/article.html"))

    assert isinstance(page, FetchedPage)
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.headers["content-encoding"] == "gzip"  # it did travel compressed
    assert page.body == ARTICLE.read_bytes()
    assert "Harbour master Ana Lopes said the breakwater had held “better" in page.text
    assert page.encoding == "utf-8"
    assert page.final_url == page.url == http_server.url("/fetch/article.html")
    sent = http_server.request_headers[0]
    assert sent["user-agent"] == USER_AGENT
    assert f"Kliping/{__version__}" in USER_AGENT
    assert "gzip" in sent["accept-encoding"]
    assert "text/html" in sent["accept"]


def test_strips_whitespace_around_the_address(http_server, fetcher) -> None:
    page = fetcher.fetch_page("  " + http_server.url("/fetch/article.html") + "\n")
    assert page.url == http_server.url("/fetch/article.html")


def test_refuses_other_schemes_without_any_request(http_server, fetcher) -> None:
    with pytest.raises(UnsupportedURLError, match="Kliping saves http and https pages"):
        fetcher.fetch_page("ftp://127.0.0.1/file.html")
    with pytest.raises(UnsupportedURLError):
        fetcher.fetch_image("file:///etc/passwd")
    assert http_server.requests == []


# Redirects ----------------------------------------------------------------------------


def test_follows_redirects_and_reports_the_final_address(http_server, fetcher) -> None:
    page = fetcher.fetch_page(http_server.url("/redirect/3"))
    assert page.final_url == http_server.url("/redirect/0")
    assert page.url == http_server.url("/redirect/3")
    assert "Arrived" in page.text
    assert http_server.requests == ["/redirect/3", "/redirect/2", "/redirect/1", "/redirect/0"]


def test_follows_permanent_and_relative_redirects(http_server, fetcher) -> None:
    assert fetcher.fetch_page(http_server.url("/redirect/2?code=308")).final_url.endswith(
        "/redirect/0?code=308"
    )
    target = "//" + http_server.base.removeprefix("http://") + "/fetch/article.html"
    page = fetcher.fetch_page(http_server.url(f"/redirect-to?location={target}&status=301"))
    assert page.final_url == http_server.url("/fetch/article.html")


def test_follows_exactly_max_redirects(http_server) -> None:
    with Fetcher(FetchLimits(max_redirects=10)) as fetcher:
        assert fetcher.fetch_page(http_server.url("/redirect/10")).status == 200
        with pytest.raises(FetchError) as info:
            fetcher.fetch_page(http_server.url("/redirect/11"))
    assert one_line(info.value).endswith("redirected more than 10 times; Kliping stops there.")


def test_stops_a_redirect_loop(http_server, fetcher) -> None:
    with pytest.raises(FetchError, match="redirects in a loop"):
        fetcher.fetch_page(http_server.url("/redirect-loop"))
    assert len(http_server.requests) <= 5


@pytest.mark.parametrize(
    "location",
    ["file:///etc/passwd", "data:text/html,<h1>hi</h1>", "javascript:alert(1)", "ftp://x/y"],
)
def test_refuses_redirects_to_other_schemes(http_server, fetcher, location) -> None:
    with pytest.raises(UnsupportedURLError) as info:
        fetcher.fetch_page(http_server.url(f"/redirect-to?location={location}"))
    assert "which Kliping does not follow" in one_line(info.value)
    assert len(http_server.requests) == 1


def refresh_page(target: str, delay: str = "0") -> str:
    return (
        f'<html><head><meta http-equiv="refresh" content="{delay}; url={target}">'
        "</head><body>Redirecting…</body></html>"
    )


def test_follows_an_html_redirect_page(http_server, fetcher) -> None:
    url = http_server.set("/short/abc", refresh_page("/fetch/article.html"))
    page = fetcher.fetch_page(url)
    assert page.url == url
    assert page.final_url == http_server.url("/fetch/article.html")
    assert "Harbour reopens after storm" in page.text


@pytest.mark.parametrize(
    "html",
    [
        refresh_page("/fetch/article.html", delay="600"),  # a page that reloads itself later
        "<noscript>" + refresh_page("/fetch/article.html") + "</noscript>",
        refresh_page("/stay"),  # refreshes itself
        '<meta http-equiv="refresh" content="30"><p>Live blog</p>',
    ],
)
def test_stays_on_pages_whose_refresh_is_not_a_redirect(http_server, fetcher, html) -> None:
    url = http_server.set("/stay", html)
    page = fetcher.fetch_page(url)
    assert page.final_url == url
    assert http_server.requests == ["/stay"]


def test_html_redirects_obey_the_same_rules(http_server, fetcher) -> None:
    http_server.set("/a", refresh_page("/b"))
    http_server.set("/b", refresh_page("/a"))
    with pytest.raises(FetchError, match="redirects in a loop"):
        fetcher.fetch_page(http_server.url("/a"))
    http_server.set("/js", refresh_page("javascript:alert(1)"))
    with pytest.raises(UnsupportedURLError, match="which Kliping does not follow"):
        fetcher.fetch_page(http_server.url("/js"))
    http_server.set("/hop", refresh_page("/redirect/10"))
    with pytest.raises(FetchError, match="redirected more than 10 times"):
        fetcher.fetch_page(http_server.url("/hop"))


# What is not a page -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/status/404", "answered 404 Not Found."),
        ("/status/410", "answered 410 Gone."),
        ("/status/500", "answered 500 Internal Server Error."),
        ("/status/403", "answered 403 Forbidden."),
    ],
)
def test_http_errors(http_server, fetcher, path, message) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch_page(http_server.url(path))
    assert one_line(info.value).startswith(f"{http_server.url(path)} {message}")
    assert type(info.value) is HTTPStatusError  # a FetchError that keeps the status
    assert info.value.status == int(path.rsplit("/", 1)[1])
    # The facts the window words the failure with, in its own language.
    assert info.value.reason == "http-status"
    assert info.value.facts == {"url": http_server.url(path), "status": int(path[-3:])}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/pdf", "is a PDF document (application/pdf), not a web page."),
        ("/image.png", "is an image (image/png), not a web page."),
        ("/json", "is a JSON document (application/json), not a web page."),
        ("/not-image.jpg", "(image/jpeg), not a web page."),
        ("/lying-type", "says it is a web page but sent a PDF document (application/pdf)."),
        ("/respond?type=text/plain&body=Just+words.", "is a plain text file (text/plain)"),
        ("/respond?type=&body=Just+words.", "sent no Content-Type and no HTML"),
        ("/respond?type=&body=%25PDF-1.4+x", "is a PDF document (application/pdf)"),
    ],
)
def test_not_html(http_server, fetcher, path, message) -> None:
    with pytest.raises(NotHTMLError) as info:
        fetcher.fetch_page(http_server.url(path))
    assert message in one_line(info.value)


@pytest.mark.parametrize(
    "content_type",
    ["", "text/plain", "application/octet-stream", "application/xhtml+xml", "TEXT/HTML; x=y"],
)
def test_html_under_vague_or_xhtml_types_is_a_page(http_server, fetcher, content_type) -> None:
    url = http_server.set(
        "/vague", "<!DOCTYPE html><title>T</title><p>Body text</p>", content_type=content_type
    )
    page = fetcher.fetch_page(url)
    assert "Body text" in page.text
    assert page.content_type == content_type.partition(";")[0].lower()


def test_an_empty_page_is_an_error(http_server, fetcher) -> None:
    with pytest.raises(FetchError, match="sent an empty page"):
        fetcher.fetch_page(http_server.set("/empty", b""))


# Charsets --------------------------------------------------------------------------------


def test_windows_1251_without_any_declaration_is_detected(http_server, fetcher) -> None:
    page = fetcher.fetch_page(http_server.url("/cp1251"))
    assert page.encoding == "cp1251"
    assert "Рубль укрепился на фоне роста цен на нефть" in page.text
    assert "\ufffd" not in page.text


def test_charset_in_meta_only(http_server, fetcher) -> None:
    page = fetcher.fetch_page(http_server.url("/latin1-meta"))
    assert page.encoding == "cp1252"  # what browsers use for "iso-8859-1"
    assert "Le café préféré des Genevois" in page.text
    assert "Straße, Größe, Übermut" in page.text


def test_utf16_with_bom(http_server, fetcher) -> None:
    page = fetcher.fetch_page(http_server.url("/bom-utf16"))
    assert page.encoding.startswith("utf-16")
    assert "日本語のニュース, Ελληνικά" in page.text
    assert not page.text.startswith("\ufeff")


def test_invalid_utf8_is_replaced_not_fatal(http_server, fetcher) -> None:
    page = fetcher.fetch_page(http_server.url("/invalid-utf8"))
    assert page.encoding == "utf-8"
    assert "Valid café then invalid" in page.text
    assert "\ufffd" in page.text


def test_deeply_nested_page_is_fetched(http_server) -> None:
    with Fetcher() as fetcher:  # 1.1 MB, over the small test cap
        page = fetcher.fetch_page(http_server.url("/deep-nesting"))
    assert "Deep inside a hundred thousand divs." in page.text


@pytest.mark.parametrize(
    ("body", "header", "encoding", "text"),
    [
        ("<p>Привет</p>".encode("koi8-r"), "text/html; charset=KOI8-R", "koi8-r", "Привет"),
        # the header wins over <meta>
        (
            b'<meta charset="utf-8"><p>caf\xe9</p>',
            "text/html; charset=windows-1252",
            "cp1252",
            "café",
        ),
        # a BOM wins over the header, as in browsers
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=iso-8859-1", "utf-8", "café"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
            b"<p>\xb3\xf3d\xbc</p>",
            None,
            "iso8859-2",
            "łódź",
        ),
        (
            b'<?xml version="1.0" encoding="windows-1251"?><html><p>\xcc\xe8\xf0</p>',
            None,
            "cp1251",
            "Мир",
        ),
        # an unknown label is ignored, the next clue used
        (
            b'<meta charset="utf-8"><p>caf\xc3\xa9</p>',
            "text/html; charset=x-nonsense",
            "utf-8",
            "café",
        ),
        # a page in ASCII cannot really be UTF-16, whatever its <meta> says
        (b'<meta charset="utf-16"><p>plain</p>', None, "utf-8", "plain"),
        (b"<p>no clue at all, just \xe6\x97\xa5\xe6\x9c\xac</p>", None, "utf-8", "日本"),
        (b"", None, "utf-8", ""),
    ],
)
def test_decode_html(body, header, encoding, text) -> None:
    decoded, chosen = decode_html(body, header)
    assert chosen == encoding
    assert text in decoded


def test_decode_html_prefers_windows_1252_for_western_text() -> None:
    body = (
        "<p>El gobierno español anunció el miércoles nuevas medidas económicas para reducir "
        "la inflación, según informó el ministerio de Economía.</p>"
    ).encode("cp1252")
    text, encoding = decode_html(body, "text/html")
    assert encoding == "cp1252"
    assert "español anunció el miércoles" in text


# Size, time and cancel -----------------------------------------------------------------


def test_declared_size_over_the_cap_stops_before_the_body(http_server) -> None:
    with Fetcher() as fetcher, pytest.raises(TooLargeError) as info:
        fetcher.fetch_page(http_server.url("/big"))
    assert one_line(info.value) == (
        f"{http_server.url('/big')} is larger than 25 MB; Kliping stops there."
    )


@pytest.mark.parametrize("path", ["/big-chunked", "/endless", "/big?mb=3"])
def test_streamed_size_cap(http_server, fetcher, path) -> None:
    with pytest.raises(TooLargeError, match=r"is larger than 1 MB; Kliping stops there\."):
        fetcher.fetch_page(http_server.url(path))


def test_gzip_bomb_stops_at_the_cap_without_filling_memory(http_server, fetcher) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError):
            fetcher.fetch_page(http_server.url("/gzip-bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # the page cap is 1 MB; the bomb is over 1 GB


def test_broken_gzip(http_server, fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch_page(http_server.url("/broken-gzip"))
    assert one_line(info.value) == "127.0.0.1 sent a broken compressed response."
    assert isinstance(info.value.__cause__, zlib.error)


def test_read_timeout(http_server, fetcher) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetcher.fetch_page(http_server.url("/slow?seconds=10"))
    assert one_line(info.value) == "Timed out after 0.5 s waiting for 127.0.0.1."
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert time.monotonic() - started < 2


def test_total_timeout_stops_a_drip(http_server, fetcher) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetcher.fetch_page(http_server.url("/drip?interval=0.1"))
    assert "took longer than 2 s to download; Kliping stops there." in one_line(info.value)
    assert 1.9 < time.monotonic() - started < 4


def test_total_timeout_includes_a_slow_server(http_server) -> None:
    limits = FetchLimits(read_timeout=20, total_timeout=0.5)
    with Fetcher(limits) as fetcher, pytest.raises(FetchError, match=r"took longer than 0\.5 s"):
        fetcher.fetch_page(http_server.url("/slow?seconds=10"))


def test_a_server_that_hangs_up_early(http_server, fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch_page(http_server.url("/truncated"))
    assert one_line(info.value).startswith("127.0.0.1 broke off the answer")
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_one_fetcher_serves_many_threads(http_server) -> None:
    paths = ["/fetch/article.html", "/cp1251", "/redirect/2", "/latin1-meta"] * 4
    with Fetcher() as fetcher, ThreadPoolExecutor(max_workers=8) as pool:
        pages = list(pool.map(lambda p: fetcher.fetch_page(http_server.url(p)), paths))
    assert [p.url for p in pages] == [http_server.url(p) for p in paths]
    assert all(p.status == 200 and p.text for p in pages)
    assert "Рубль укрепился" in pages[1].text


def test_connection_refused(fetcher) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError) as info:
        fetcher.fetch_page(f"http://127.0.0.1:{port}/")
    assert one_line(info.value) == "127.0.0.1 refused the connection."
    assert (info.value.reason, info.value.facts) == ("refused", {"host": "127.0.0.1"})
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_cancel_before_start(http_server, fetcher) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(FetchCancelledError, match="was cancelled"):
        fetcher.fetch_page(http_server.url("/fetch/article.html"), cancel)
    assert http_server.requests == []


def test_cancel_while_downloading(http_server) -> None:
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    started = time.monotonic()
    timer.start()
    try:
        with Fetcher() as fetcher, pytest.raises(FetchCancelledError) as info:
            fetcher.fetch_page(http_server.url("/drip?interval=0.05"), cancel)
    finally:
        timer.cancel()
        timer.join()
    assert time.monotonic() - started < 1.5
    assert isinstance(info.value, FetchError)


def test_cancel_while_the_server_says_nothing(http_server) -> None:
    """Cancel does not wait for the read timeout (20 s by default) to notice."""
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    started = time.monotonic()
    timer.start()
    try:
        with Fetcher() as fetcher, pytest.raises(FetchCancelledError):
            fetcher.fetch_page(http_server.url("/slow?seconds=30"), cancel)
    finally:
        timer.cancel()
        timer.join()
    assert time.monotonic() - started < 1.5


def test_a_fetcher_still_works_after_a_cancel(http_server) -> None:
    with Fetcher() as fetcher:
        cancel = threading.Event()
        timer = threading.Timer(0.2, cancel.set)
        timer.start()
        with pytest.raises(FetchCancelledError):
            fetcher.fetch_page(http_server.url("/slow?seconds=30"), cancel)
        timer.join()
        page = fetcher.fetch_page(http_server.url("/fetch/article.html"), threading.Event())
    assert "Harbour reopens" in page.text


def test_https_with_a_certificate_it_trusts(https_server, monkeypatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(https_server.tls[0]))
    with Fetcher(SMALL) as fetcher:
        page = fetcher.fetch_page(https_server.url("/fetch/article.html"))
        assert page.final_url.startswith("https://127.0.0.1:")
        assert "Harbour reopens after storm" in page.text
        cancel = threading.Event()
        timer = threading.Timer(0.3, cancel.set)
        timer.start()
        try:  # cancel also works on a silent TLS connection
            with pytest.raises(FetchCancelledError):
                fetcher.fetch_page(https_server.url("/slow?seconds=30"), cancel)
        finally:
            timer.join()


def test_https_with_an_untrusted_certificate(https_server, monkeypatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with Fetcher(SMALL) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch_page(https_server.url("/fetch/article.html"))
    message = one_line(info.value)
    assert message.startswith("The secure connection to 127.0.0.1 failed:")
    assert "certificate verify failed" in message
    assert isinstance(info.value.__cause__, httpx.ConnectError)


# Images --------------------------------------------------------------------------------------


def test_fetch_image(http_server, fetcher) -> None:
    data, mime = fetcher.fetch_image(http_server.url("/image.png"), referer="http://x.test/a")
    assert mime == "image/png"
    assert data.startswith(b"\x89PNG")
    assert http_server.request_headers[0]["referer"] == "http://x.test/a"
    assert "image/" in http_server.request_headers[0]["accept"]


def test_fetch_image_refuses_html_in_disguise(http_server, fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch_image(http_server.url("/not-image.jpg"))
    assert one_line(info.value).endswith("/not-image.jpg is not an image (image/jpeg).")


def test_fetch_image_has_its_own_cap(http_server, fetcher) -> None:
    with pytest.raises(TooLargeError, match="is larger than 64 KB"):
        fetcher.fetch_image(http_server.url("/big-chunked?mb=1"))


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\x89PNG\r\n\x1a\n....", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x1cftypavif\x00", "image/avif"),
        (b"BM\x36\x00\x00\x00", "image/bmp"),
        (b"\x00\x00\x01\x00\x01\x00", "image/x-icon"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- x -->\n<svg width="1">', "image/svg+xml"),
        (b"<!DOCTYPE html><html><body><svg></svg>", None),
        (b"%PDF-1.4", None),
        (b"", None),
    ],
)
def test_sniff_image(data, mime) -> None:
    assert sniff_image(data) == mime


# httpx.MockTransport: what a loopback server cannot easily do ---------------------------


class Chunks(httpx.SyncByteStream):
    """A response body that arrives as a real stream, in chunks, as from a network."""

    def __init__(self, data: bytes, size: int = 1000) -> None:
        self.data = data
        self.size = size

    def __iter__(self) -> Iterator[bytes]:
        for i in range(0, len(self.data), self.size):
            yield self.data[i : i + self.size]


def mock_fetcher(handler, limits: FetchLimits | None = None) -> Fetcher:
    return Fetcher(limits, transport=httpx.MockTransport(handler))


def test_mock_transport_page() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["user-agent"] == USER_AGENT
        return httpx.Response(
            200, headers={"Content-Type": "text/html; charset=utf-8"}, content="<p>Hallo Welt</p>"
        )

    with mock_fetcher(handler) as fetcher:
        page = fetcher.fetch_page("https://example.com/a")
    assert page.text == "<p>Hallo Welt</p>"
    assert page.final_url == "https://example.com/a"
    assert page.headers["content-type"] == "text/html; charset=utf-8"


def test_cookies_last_for_one_fetch_only() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        if "consent=yes" not in request.headers.get("cookie", ""):
            return httpx.Response(
                302, headers={"Location": str(request.url), "Set-Cookie": "consent=yes; Path=/"}
            )
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>In</p>")

    with mock_fetcher(handler) as fetcher:
        assert fetcher.fetch_page("https://news.example/story").text == "<p>In</p>"
        fetcher.fetch_page("https://news.example/story")
    assert seen == [None, "consent=yes", None, "consent=yes"]


@pytest.mark.parametrize(
    "compress",
    [zlib.compress, lambda data: zlib.compress(data)[2:-4]],  # zlib-wrapped and raw deflate
    ids=["zlib", "raw"],
)
def test_deflate(compress) -> None:
    html = b"<html><body><p>" + b"deflated words " * 500 + b"</p></body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "text/html", "Content-Encoding": "deflate"}
        return httpx.Response(200, headers=headers, stream=Chunks(compress(html)))

    with mock_fetcher(handler) as fetcher:
        assert fetcher.fetch_page("http://example.com/").body == html


def test_unknown_content_encoding() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "text/html", "Content-Encoding": "br"}
        return httpx.Response(200, headers=headers, stream=Chunks(b"\x0b\x02\x80hello\x03"))

    with mock_fetcher(handler) as fetcher, pytest.raises(FetchError, match="compressed as 'br'"):
        fetcher.fetch_page("http://example.com/")


def test_gzip_served_twice_is_refused_clearly() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = gzip.compress(gzip.compress(b"<p>"))
        headers = {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}
        return httpx.Response(200, headers=headers, stream=Chunks(body))

    with mock_fetcher(handler) as fetcher, pytest.raises(FetchError, match="cannot read"):
        fetcher.fetch_page("http://example.com/")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (
            httpx.ConnectError("[Errno -2] Name or service not known"),
            "Could not find the server nowhere.example; check the address and your connection.",
        ),
        (
            httpx.ConnectError(
                "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed"
            ),
            "The secure connection to nowhere.example failed: [SSL: CERTIFICATE_VERIFY_FAILED] "
            "certificate verify failed: self-signed.",
        ),
        (httpx.ConnectTimeout("timed out"), "Timed out after 10 s connecting to nowhere.example."),
        (httpx.ReadTimeout("timed out"), "Timed out after 20 s waiting for nowhere.example."),
        (
            httpx.RemoteProtocolError("Server disconnected."),
            "nowhere.example broke off the answer (Server disconnected).",
        ),
        (
            httpx.ReadError("connection reset"),
            "Fetching https://nowhere.example/x failed: connection reset.",
        ),
    ],
)
def test_network_errors_become_one_line_fetch_errors(error, message) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with mock_fetcher(handler) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch_page("https://nowhere.example/x")
    assert one_line(info.value) == message
    assert info.value.__cause__ is error


def test_echo_headers_show_what_a_server_sees(http_server, fetcher) -> None:
    with pytest.raises(NotHTMLError):
        fetcher.fetch_page(http_server.url("/echo-headers"))
    with httpx.Client() as client:
        echoed = json.loads(client.get(http_server.url("/echo-headers")).text)
    assert echoed["host"] == http_server.base.removeprefix("http://")
    assert http_server.request_headers[0]["user-agent"] == USER_AGENT


# Limits from the environment ----------------------------------------------------------------


def test_limits_from_env(monkeypatch) -> None:
    monkeypatch.setenv("KLIPING_MAX_BYTES", "1000")
    monkeypatch.setenv("KLIPING_READ_TIMEOUT", "0.25")
    monkeypatch.setenv("KLIPING_TOTAL_TIMEOUT", "not a number")
    monkeypatch.setenv("KLIPING_CONNECT_TIMEOUT", "-1")
    limits = FetchLimits.from_env()
    assert limits == FetchLimits(max_bytes=1000, read_timeout=0.25)


def test_limits_from_env_apply(http_server, monkeypatch) -> None:
    monkeypatch.setenv("KLIPING_MAX_BYTES", "500")
    with Fetcher(FetchLimits.from_env()) as fetcher, pytest.raises(TooLargeError):
        fetcher.fetch_page(http_server.url("/fetch/article.html"))


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    url=st.one_of(
        urls(),
        st.text(max_size=40),
        st.builds(lambda s: "http://" + s, st.text(max_size=30)),
        st.builds(lambda s: "https://example.com/" + s, st.text(max_size=30)),
    ),
    location=st.one_of(st.none(), st.text(max_size=40), urls()),
)
@example(url="http://a.example/", location="//[")
@example(url="0\n0", location=None)
@example(url="https://a.example/", location="javascript:alert(1)")
@example(url="https://a.example/", location="\x80")
def test_any_address_or_redirect_gives_a_page_or_a_fetch_error(url, location) -> None:
    """Whatever the address and wherever it redirects, no exception but FetchError escapes."""

    def handler(request: httpx.Request) -> httpx.Response:
        if location is not None and not request.url.path.endswith("/landed"):
            # Raw bytes, as a real server may send them (UTF-8, control characters …).
            return httpx.Response(302, headers=[(b"Location", location.encode())])
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>ok</p>")

    with mock_fetcher(handler) as fetcher:
        try:
            page = fetcher.fetch_page(url)
        except FetchError as error:
            one_line(error)
        else:
            assert page.text == "<p>ok</p>"


# Feeds: any resource, conditional requests, redirects that move it ------------------------


def test_fetch_resource_sends_validators_and_answers_304_without_a_body(
    http_server, fetcher
) -> None:
    validators = {"ETag": '"abc"', "Last-Modified": "Mon, 07 Dec 2026 10:00:00 GMT"}
    url = http_server.set("/feed.xml", "<rss/>", content_type="application/rss+xml",
                          headers=validators)  # fmt: skip
    first = fetcher.fetch_resource(url)
    assert (first.status, first.body, first.content_type) == (200, b"<rss/>", "application/rss+xml")
    assert first.headers["etag"] == '"abc"' and first.moved_to is None
    again = fetcher.fetch_resource(url, etag='"abc"', last_modified=first.headers["last-modified"])
    assert again.status == 304 and again.body == b""
    assert http_server.request_headers[-1]["if-none-match"] == '"abc"'


def test_fetch_resource_reports_a_move_only_when_every_redirect_is_permanent(
    http_server, fetcher
) -> None:
    target = http_server.set("/new.xml", "<rss/>", content_type="application/rss+xml")
    http_server.set("/old.xml", "", status=301, headers={"Location": "/new.xml"})
    http_server.set("/temp.xml", "", status=302, headers={"Location": "/old.xml"})
    assert fetcher.fetch_resource(http_server.url("/old.xml")).moved_to == target
    assert fetcher.fetch_resource(http_server.url("/temp.xml")).moved_to is None


def test_fetch_resource_keeps_the_status_and_retry_after(http_server, fetcher) -> None:
    url = http_server.set("/busy", "wait", status=429, headers={"Retry-After": "120"})
    with pytest.raises(HTTPStatusError) as info:
        fetcher.fetch_resource(url)
    assert info.value.status == 429 and info.value.retry_after == 120.0
    assert "limiting requests" in str(info.value)
