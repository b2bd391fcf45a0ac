"""A loopback HTTP server for tests: static files from tests/data plus hostile endpoints.

Every test that needs "the web" uses this server on 127.0.0.1 (never the internet).
It serves ``tests/data`` statically (``tests/data/pages/foo.html`` is ``/pages/foo.html``)
and a set of misbehaving endpoints generated in code, so nothing large sits on disk:

==========================  ===========================================================
``/status/N``               answers status N with a small HTML body
``/slow?seconds=N``         sleeps N seconds, then answers a small page
``/drip?interval=S``        a page that sends one byte every S (default 1) seconds, forever
``/endless``                a chunked HTML stream that never ends
``/big?mb=N``               an N MB (default 200) HTML body with a correct Content-Length
``/big-chunked?mb=N``       the same without Content-Length (chunked)
``/redirect-loop``          redirects to ``/redirect-loop?again=1``, which redirects back
``/redirect/N``             N redirect hops (``?code=301`` to pick the status), then a page
``/redirect-to?location=X`` one redirect to any Location (``file:///etc/passwd``, ``data:``…)
``/pdf``                    a tiny real PDF (application/pdf)
``/image.png``              a real 1×1 PNG
``/json``                   a JSON document
``/cp1251``                 a Russian article in windows-1251, no charset anywhere
``/latin1-meta``            an ISO-8859-1 page whose charset is only in ``<meta>``
``/bom-utf16``              a UTF-16 page with a byte order mark and no charset
``/broken-gzip``            ``Content-Encoding: gzip`` with corrupt data
``/gzip-bomb``              ~1 MB of gzip that expands to more than 1 GB, made lazily
``/lying-type``             says text/html, sends a PDF
``/not-image.jpg``          says image/jpeg, sends HTML
``/deep-nesting``           100,000 nested ``<div>`` then text
``/invalid-utf8``           says utf-8, contains bytes that are not
``/truncated``              promises 10,000 bytes, sends 100 and hangs up
``/echo-headers``           the request headers as JSON
``/respond?…``              ``status``, ``type`` (empty: no Content-Type) and ``body``
``/set?path=P&body=B``      registers B as the HTML page at P (see also :meth:`set`;
                            a page set with an ``ETag`` or ``Last-Modified`` header
                            answers a matching conditional GET with 304)
==========================  ===========================================================

Handlers stop when the client goes away or the server stops, and :meth:`stop` joins
them, so a test that abandons ``/drip`` or ``/endless`` leaves no thread behind.

With ``tls=`` it serves https (the ``https_server`` fixture, with a self-signed
certificate from :func:`make_certificate`).

Use it through the ``http_server`` fixture (tests/conftest.py), or directly::

    with LoopbackServer() as server:
        httpx.get(server.url("/pages/foo.html"))
"""

from __future__ import annotations

import gzip
import http
import json
import logging
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"

#: Content types by extension; explicit so the answer does not depend on /etc/mime.types.
CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".bmp": "image/bmp",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
    ".mp4": "video/mp4",
    ".epub": "application/epub+zip",
    ".zip": "application/zip",
}
#: Types worth gzipping when the client accepts it.
COMPRESSIBLE = ("text/", "application/xhtml", "application/json", "application/xml", "image/svg")

_CHUNK = 64 * 1024
_MB = 1024 * 1024


def tiny_png() -> bytes:
    """A valid 1×1 red PNG, built by hand so no image library is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1×1, 8-bit RGB
    pixels = zlib.compress(b"\x00\xff\x00\x00")  # filter byte, then one red pixel
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

RUSSIAN_ARTICLE = """<!DOCTYPE html>
<html lang="ru"><head><title>Новости экономики: рубль укрепился</title></head>
<body><article>
<h1>Рубль укрепился на фоне роста цен на нефть</h1>
<p>Курс рубля по отношению к доллару и евро вырос в ходе торгов на Московской бирже.
Аналитики связывают это с подорожанием нефти и налоговым периодом, когда экспортёры
продают валютную выручку для уплаты налогов.</p>
<p>По словам экономистов, в ближайшие недели национальная валюта может сохранить
устойчивость, однако многое будет зависеть от решения Центрального банка по ключевой
ставке, которое ожидается в пятницу.</p>
<p>Министерство финансов сообщило, что продолжит покупку иностранной валюты в рамках
бюджетного правила. Объём операций в следующем месяце составит несколько миллиардов рублей.</p>
<p>Эксперты также отмечают, что спрос на импорт остаётся высоким, а это ограничивает
потенциал дальнейшего укрепления рубля до конца года.</p>
</article></body></html>
"""

LATIN1_ARTICLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="iso-8859-1"><title>Café à Genève</title></head>
<body><article><h1>Le café préféré des Genevois</h1>
<p>À deux pas du lac, ce café célèbre sert des crêpes et des gâteaux façon grand-mère.
Les habitués y déjeunent été comme hiver ; « c'est notre deuxième maison », dit Zoé.</p>
<p>Straße, Größe, Übermut: même les touristes allemands s'y sentent chez eux.</p>
</article></body></html>
"""

UTF16_ARTICLE = """<!DOCTYPE html>
<html><head><title>Ünïcödé ✓ 日本語</title></head>
<body><p>UTF-16 with a byte order mark: 日本語のニュース, Ελληνικά, ✓.</p></body></html>
"""


@dataclass
class Route:
    """A page registered with :meth:`LoopbackServer.set`."""

    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, owner: LoopbackServer) -> None:
        self.owner = owner
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._handler_threads: list[threading.Thread] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        if owner.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*owner.tls)
            # The handshake happens in the handler thread, not in the accept loop.
            self.socket = context.wrap_socket(
                self.socket, server_side=True, do_handshake_on_connect=False
            )

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._process, args=(request, client_address), daemon=True, name="loopback-http"
        )
        with self._lock:
            self._connections.add(request)
            self._handler_threads = [t for t in self._handler_threads if t.is_alive()]
            self._handler_threads.append(thread)
        thread.start()

    def _process(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._connections.discard(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-answer is what most of these endpoints are for.
        log.debug("loopback handler error", exc_info=True)

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        self.shutdown()
        with self._lock:
            connections = list(self._connections)
            threads = list(self._handler_threads)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.server_close()
        deadline = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        alive = [t for t in threads if t.is_alive()]
        if alive:
            raise RuntimeError(f"{len(alive)} loopback HTTP handler thread(s) did not stop")


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with an ephemeral port.

    Attributes:
        base: ``http://127.0.0.1:PORT`` (no trailing slash).
        root: The folder served statically.
        gzip_static: Gzip text files when the client sends ``Accept-Encoding: gzip``.
        tls: (certificate, key) files to serve https instead (see make_certificate).
    """

    def __init__(
        self,
        root: Path = DATA_DIR,
        *,
        gzip_static: bool = True,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.root = root.resolve()
        self.tls = tls
        self.gzip_static = gzip_static
        self._requests: list[str] = []
        self._headers: list[dict[str, str]] = []
        self._routes: dict[str, Route] = {}
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.base = ""

    # Life cycle -------------------------------------------------------------------------

    def start(self) -> LoopbackServer:
        """Start serving in a background thread; returns self."""
        self._server = _Server(self)
        port = self._server.server_address[1]
        scheme = "https" if self.tls else "http"
        self.base = f"{scheme}://127.0.0.1:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name="loopback-http-server",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close every open connection and join every handler thread."""
        if self._server is None:
            return
        server, self._server = self._server, None
        server.stop()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def stopping(self) -> threading.Event:
        assert self._server is not None
        return self._server.stopping

    # What tests use ---------------------------------------------------------------------

    def url(self, path: str = "/") -> str:
        """The full URL of ``path`` on this server."""
        if not path.startswith("/"):
            path = "/" + path
        return self.base + path

    @property
    def requests(self) -> list[str]:
        """Request paths received so far (with their query strings), oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def request_headers(self) -> list[dict[str, str]]:
        """The headers of each request in :attr:`requests`, lower-case names."""
        with self._lock:
            return [dict(h) for h in self._headers]

    def clear(self) -> None:
        """Forget the requests received so far (registered pages stay)."""
        with self._lock:
            self._requests.clear()
            self._headers.clear()

    def set(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str | None = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        """Serve ``body`` at ``path`` (before static files); returns its full URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        with self._lock:
            self._routes[path] = Route(body, content_type, status, dict(headers or {}))
        return self.url(path)

    # Used by the handler -----------------------------------------------------------------

    def _record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self._requests.append(path)
            self._headers.append(headers)

    def _route(self, path: str) -> Route | None:
        with self._lock:
            return self._routes.get(path)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    server_version = "KlipingTestServer/1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("loopback: " + format, *args)

    # Helpers --------------------------------------------------------------------------

    @property
    def owner(self) -> LoopbackServer:
        return self.server.owner

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self.wfile.write(body)

    def _start_stream(
        self, content_type: str = "text/html; charset=utf-8", **headers: str | None
    ) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            if value is not None:
                self.send_header(name.replace("_", "-"), value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _stream(self, chunks: Iterator[bytes], *, chunked: bool, delay: float = 0.0) -> None:
        """Write ``chunks`` until they end, the client goes or the server stops."""
        try:
            for chunk in chunks:
                if self.server.stopping.is_set():
                    return
                if chunked:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                else:
                    self.wfile.write(chunk)
                self.wfile.flush()
                if delay and self.server.stopping.wait(delay):
                    return
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client hung up: exactly what the test wanted
            return

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", headers={"Location": location})

    def _page(self, title: str, text: str) -> bytes:
        return (
            f"<!DOCTYPE html><html><head><title>{title}</title></head>"
            f"<body><h1>{title}</h1><p>{text}</p></body></html>"
        ).encode()

    # Dispatch -------------------------------------------------------------------------

    def do_GET(self) -> None:
        parsed = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(parsed.query, keep_blank_values=True))
        path = parsed.path
        self.owner._record(self.path, {k.lower(): v for k, v in self.headers.items()})
        try:
            self._dispatch(path, query)
        except OSError:
            self.close_connection = True

    def do_HEAD(self) -> None:
        self.do_GET()

    def _dispatch(self, path: str, query: dict[str, str]) -> None:
        route = self.owner._route(path)
        if route is not None:
            if self._not_modified(route):
                self._send(304, b"", None, {"ETag": route.headers.get("ETag", "")})
                return
            self._send(route.status, route.body, route.content_type, route.headers)
            return
        endpoint = _ENDPOINTS.get(path)
        if endpoint is not None:
            endpoint(self, query)
            return
        for prefix, handler in _PREFIX_ENDPOINTS:
            if path.startswith(prefix):
                handler(self, path[len(prefix) :], query)
                return
        self._static(path)

    def _not_modified(self, route: Route) -> bool:
        """A conditional GET of a page registered with an ETag or Last-Modified."""
        etag = route.headers.get("ETag")
        modified = route.headers.get("Last-Modified")
        if etag and self.headers.get("If-None-Match") == etag:
            return True
        return bool(modified) and self.headers.get("If-Modified-Since") == modified

    def _static(self, path: str) -> None:
        relative = urllib.parse.unquote(path).lstrip("/")
        target = (self.owner.root / relative).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_relative_to(self.owner.root) or not target.is_file():
            self._send(404, self._page("404 Not Found", f"No file at {path}."))
            return
        body = target.read_bytes()
        content_type = CONTENT_TYPES.get(target.suffix.lower(), "application/octet-stream")
        headers = {}
        accepts = self.headers.get("Accept-Encoding", "")
        if self.owner.gzip_static and "gzip" in accepts and content_type.startswith(COMPRESSIBLE):
            body = gzip.compress(body, mtime=0)
            headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        self._send(200, body, content_type, headers)

    # Endpoints ------------------------------------------------------------------------

    def status(self, code: str, query: dict[str, str]) -> None:
        try:
            status = int(code)
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            status, phrase = 400, "Bad Request"
        self._send(status, self._page(f"{status} {phrase}", "A test status page."))

    def slow(self, query: dict[str, str]) -> None:
        if self.server.stopping.wait(float(query.get("seconds", "5"))):
            return
        self._send(200, self._page("Slow page", "This page took its time."))

    def drip(self, query: dict[str, str]) -> None:
        interval = float(query.get("interval", "1"))
        self._start_stream()

        def chunks() -> Iterator[bytes]:
            yield b"<!DOCTYPE html><html><body><p>"
            while True:
                yield b"."

        self._stream(chunks(), chunked=False, delay=interval)

    def endless(self, query: dict[str, str]) -> None:
        self._start_stream(Transfer_Encoding="chunked")
        paragraph = (
            b"<p>This stream never ends. " + b"Lorem ipsum dolor sit amet. " * 20 + b"</p>\n"
        )
        block = b"<!DOCTYPE html><html><body>" + paragraph * (_CHUNK // len(paragraph))

        def chunks() -> Iterator[bytes]:
            while True:
                yield block

        self._stream(chunks(), chunked=True)

    def _big_chunks(self, total: int) -> Iterator[bytes]:
        head = b"<!DOCTYPE html><html><body>"
        filler = (b"<p>" + b"big " * 1000 + b"</p>\n") * 16
        yield head
        sent = len(head)
        while sent < total:
            chunk = filler[: min(len(filler), total - sent)]
            sent += len(chunk)
            yield chunk

    def big(self, query: dict[str, str]) -> None:
        total = int(float(query.get("mb", "200")) * _MB)
        self._start_stream(Content_Length=str(total))
        self._stream(self._big_chunks(total), chunked=False)

    def big_chunked(self, query: dict[str, str]) -> None:
        total = int(float(query.get("mb", "200")) * _MB)
        self._start_stream(Transfer_Encoding="chunked")
        self._stream(self._big_chunks(total), chunked=True)

    def redirect_loop(self, query: dict[str, str]) -> None:
        self._redirect("/redirect-loop" if "again" in query else "/redirect-loop?again=1")

    def redirect_hops(self, rest: str, query: dict[str, str]) -> None:
        hops = int(rest or "0")
        if hops <= 0:
            self._send(200, self._page("Arrived", "You followed every redirect."))
            return
        code = int(query.get("code", "302"))
        suffix = f"?code={code}" if "code" in query else ""
        self._redirect(f"/redirect/{hops - 1}{suffix}", code)

    def redirect_to(self, query: dict[str, str]) -> None:
        self._redirect(query.get("location", "/"), int(query.get("status", "302")))

    def pdf(self, query: dict[str, str]) -> None:
        self._send(200, TINY_PDF, "application/pdf")

    def image_png(self, query: dict[str, str]) -> None:
        self._send(200, tiny_png(), "image/png")

    def json_doc(self, query: dict[str, str]) -> None:
        self._send(200, b'{"title": "Not a page", "items": [1, 2, 3]}', "application/json")

    def cp1251(self, query: dict[str, str]) -> None:
        self._send(200, RUSSIAN_ARTICLE.encode("windows-1251"), "text/html")

    def latin1_meta(self, query: dict[str, str]) -> None:
        self._send(200, LATIN1_ARTICLE.encode("iso-8859-1"), "text/html")

    def bom_utf16(self, query: dict[str, str]) -> None:
        # Python's "utf-16" codec writes a BOM first.
        self._send(200, UTF16_ARTICLE.encode("utf-16"), "text/html")

    def broken_gzip(self, query: dict[str, str]) -> None:
        good = gzip.compress(self._page("Broken", "x" * 2000), mtime=0)
        corrupt = good[:12] + bytes(b ^ 0x5A for b in good[12:200]) + good[200:]
        self._send(200, corrupt, "text/html", {"Content-Encoding": "gzip"})

    def gzip_bomb(self, query: dict[str, str]) -> None:
        self._start_stream("text/html", Content_Encoding="gzip", Transfer_Encoding="chunked")
        self._stream(gzip_bomb_chunks(int(query.get("mb", "1100"))), chunked=True)

    def lying_type(self, query: dict[str, str]) -> None:
        self._send(200, TINY_PDF, "text/html; charset=utf-8")

    def not_image(self, query: dict[str, str]) -> None:
        self._send(200, self._page("Not an image", "An HTML page in disguise."), "image/jpeg")

    def deep_nesting(self, query: dict[str, str]) -> None:
        depth = int(query.get("depth", "100000"))
        body = (
            b"<!DOCTYPE html><html><head><title>Deep</title></head><body>"
            + b"<div>" * depth
            + b"<p>Deep inside a hundred thousand divs.</p>"
            + b"</div>" * depth
            + b"</body></html>"
        )
        self._send(200, body, "text/html; charset=utf-8")

    def invalid_utf8(self, query: dict[str, str]) -> None:
        body = (
            b"<!DOCTYPE html><html><head><title>Broken bytes</title></head><body>"
            b"<p>Valid caf\xc3\xa9 then invalid \xff\xfe\xc3( bytes, then more text.</p>"
            b"</body></html>"
        )
        self._send(200, body, "text/html; charset=utf-8")

    def truncated(self, query: dict[str, str]) -> None:
        self._start_stream(Content_Length="10000")
        self._stream(iter([b"<!DOCTYPE html><html><body><p>" + b"x" * 69]), chunked=False)

    def echo_headers(self, query: dict[str, str]) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self._send(200, json.dumps(headers).encode(), "application/json")

    def respond(self, query: dict[str, str]) -> None:
        content_type = query.get("type", "text/html; charset=utf-8") or None
        body = query.get("body", "").encode("utf-8")
        self._send(int(query.get("status", "200")), body, content_type)

    def set_page(self, query: dict[str, str]) -> None:
        url = self.owner.set(query.get("path", "/"), query.get("body", ""))
        self._send(200, url.encode(), "text/plain; charset=utf-8")


def make_certificate(folder: Path) -> tuple[Path, Path] | None:
    """A self-signed certificate for 127.0.0.1 made with the openssl command, as
    (certificate, key) in ``folder``; None when openssl is not installed."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def gzip_bomb_chunks(megabytes: int) -> Iterator[bytes]:
    """A gzip stream of ``megabytes`` MB of zeros, made lazily (about 1 KB per MB).

    Each MB is deflated once with a full flush, which resets the compressor, so the same
    compressed block can be repeated; the CRC and length trailer stay correct.
    """
    zeros = bytes(_MB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressor.compress(zeros)
    compressor.flush(zlib.Z_FULL_FLUSH)  # warm up: later blocks are identical
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    yield b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip header, no name, mtime 0
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
        yield block
    yield compressor.flush() + struct.pack("<II", crc, (megabytes * _MB) & 0xFFFFFFFF)


_ENDPOINTS = {
    "/slow": _Handler.slow,
    "/drip": _Handler.drip,
    "/endless": _Handler.endless,
    "/big": _Handler.big,
    "/big-chunked": _Handler.big_chunked,
    "/redirect-loop": _Handler.redirect_loop,
    "/redirect-to": _Handler.redirect_to,
    "/pdf": _Handler.pdf,
    "/image.png": _Handler.image_png,
    "/json": _Handler.json_doc,
    "/cp1251": _Handler.cp1251,
    "/latin1-meta": _Handler.latin1_meta,
    "/bom-utf16": _Handler.bom_utf16,
    "/broken-gzip": _Handler.broken_gzip,
    "/gzip-bomb": _Handler.gzip_bomb,
    "/lying-type": _Handler.lying_type,
    "/not-image.jpg": _Handler.not_image,
    "/deep-nesting": _Handler.deep_nesting,
    "/invalid-utf8": _Handler.invalid_utf8,
    "/truncated": _Handler.truncated,
    "/echo-headers": _Handler.echo_headers,
    "/respond": _Handler.respond,
    "/set": _Handler.set_page,
}
_PREFIX_ENDPOINTS = [
    ("/status/", _Handler.status),
    ("/redirect/", _Handler.redirect_hops),
]
