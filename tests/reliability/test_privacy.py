"""Privacy while reading offline: no request when reading, no telemetry, a private folder,
exports without local paths.

Reading is tested with a recording server behind every address in the articles: each
fixture page is saved (images are fetched then, and only then), every absolute URL in
the saved article and in the kept original page is rewritten to point at a recording
loopback server, and both are shown in the window's reader widgets (offscreen). The
recording server must see nothing.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import ast
import dataclasses
import re
import socket
import stat
import subprocess
import sys
import urllib.parse
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability_kit import PAGES, ROOT, Cli, serve_article

from reader.core.library import Library

try:
    from tests.httpserver import LoopbackServer
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer  # type: ignore[no-redef]

pytestmark = pytest.mark.reliability

_ABSOLUTE = re.compile(r"""(?:https?:)?//[^\s"'<>()]+""")


def point_at(recorder: LoopbackServer, html: str) -> tuple[str, int]:
    """Every absolute (or protocol-relative) URL in ``html`` now leads to ``recorder``."""
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return recorder.url("/seen/" + urllib.parse.quote(match.group(0), safe=""))

    return _ABSOLUTE.sub(swap, html), count


@pytest.fixture
def saved_library(http_server, tmp_path: Path) -> Iterator[Library]:
    """Every fixture page saved from the loopback server."""
    lib = Library.open(tmp_path / "lib")
    for n in range(len(PAGES)):
        lib.save_url(serve_article(http_server, n))
    yield lib
    lib.close()


def test_reading_every_article_makes_no_request(saved_library: Library, http_server, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.gui.article_view import ArticleView, SavedPageView, sanitize_page

    lib = saved_library
    images_at_save = [r for r in http_server.requests if "/images/" in r or "/own/" in r]
    assert images_at_save, "remote images are fetched when an article is saved"
    http_server.clear()
    rewritten = 0
    with LoopbackServer() as recorder:
        view = ArticleView(lib.folder)
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        for summary in lib.list():
            rec = lib.get(summary.id)
            html, n = point_at(recorder, rec.html)
            lead = point_at(recorder, rec.lead_image or "")[0] or None
            view.show_article(dataclasses.replace(rec, html=html, lead_image=lead))
            view.page(1)
            QApplication.processEvents()
            original, m = point_at(recorder, lib.original_html(rec.id) or "")
            page = SavedPageView(rec.title, sanitize_page(original))
            qtbot.addWidget(page)
            page.show()
            QApplication.processEvents()
            page.close()
            rewritten += n + m
        qtbot.wait(300)  # time for anything asynchronous to go out
        assert recorder.requests == []
    assert http_server.requests == []
    assert rewritten > 100  # the pages really were full of addresses


def test_the_core_opens_no_connection_while_reading(
    saved_library: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Listing, reading, searching, re-cleaning and exporting connect to nothing at all."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def record(self: socket.socket, address: Any) -> Any:
        attempts.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", record)
    lib = saved_library
    lib.close()
    with Library.open(lib.folder) as again:
        for summary in again.list():
            again.get(summary.id)
            again.original_html(summary.id)
            again.highlights(summary.id)
        again.search("the OR la OR der")
        again.reindex()
        again.reclean(1)
        exported = _export_all(again, tmp_path / "out")
    assert exported
    assert attempts == []


def _export_all(lib: Library, folder: Path) -> list[Path]:
    try:
        from reader.core.exporters import FORMATS, export
    except ImportError:
        return [Path("no exporters yet")]
    files: list[Path] = []
    for fmt in FORMATS:
        dest = folder / fmt
        dest.mkdir(parents=True)
        files += export(lib, None, fmt, dest / "export")
    return files


def test_only_the_fetcher_can_reach_the_network() -> None:
    """No telemetry: nothing but the fetcher (fetch.py, transport.py) imports a network
    client, and the fetcher is called only to save (tested above: reading connects to
    nothing)."""
    network = {"httpx", "httpcore", "requests", "urllib.request", "http.client", "aiohttp",
               "urllib3", "socket", "ssl", "ftplib", "smtplib", "PySide6.QtWebEngineCore",
               "PySide6.QtWebEngineWidgets"}  # fmt: skip
    local_only = {"QLocalServer", "QLocalSocket", "QAbstractSocket"}  # single instance
    offenders = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6.QtNetwork":
                    if {a.name for a in node.names} - local_only:
                        offenders.append(f"{path.name}: QtNetwork beyond local sockets")
                    continue
                names = [node.module]
            for name in names:
                if name in network or any(name.startswith(n + ".") for n in network):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    # fetch.py, the modules behind it and its private transport; the self-check builds an
    # SSL context offline.
    allowed = {
        "reader/core/fetch.py", "reader/core/fetch_body.py", "reader/core/fetch_errors.py",
        "reader/core/transport.py", "reader/selfcheck.py: ssl",
    }  # fmt: skip
    unexpected = [o for o in offenders if o not in allowed and o.split(":")[0] not in allowed]
    assert "reader/core/fetch.py: httpx" in offenders
    assert unexpected == [], unexpected


def test_the_library_folder_is_private(http_server, tmp_path: Path) -> None:
    with Library.open(tmp_path / "fresh" / "lib"):
        pass
    assert stat.S_IMODE((tmp_path / "fresh" / "lib").stat().st_mode) == 0o700
    # The real command in a fresh home, no --library: the default folder is private too.
    cli = Cli(tmp_path, tmp_path / "unused")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "add", serve_article(http_server, 0)],
        env=cli.env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    made = [p for p in (tmp_path / "home").rglob("library.sqlite3")]
    assert len(made) == 1, made
    assert stat.S_IMODE(made[0].parent.stat().st_mode) == 0o700, made[0].parent


def test_exports_carry_no_local_paths(saved_library: Library, tmp_path: Path) -> None:
    lib = saved_library
    page = tmp_path / "saved page.html"
    page.write_text((PAGES[2]).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "images").mkdir()
    for image in (ROOT / "tests" / "data" / "images").glob("*.png"):
        (tmp_path / "images" / image.name).write_bytes(image.read_bytes())
    from_disk = lib.save_file(page)  # a file: URL and images read from beside it
    assert from_disk.url.startswith(("file:", "http"))
    files = _export_all(lib, tmp_path / "exports")
    forbidden = [str(tmp_path), str(Path.home()) + os.sep, os.fsdecode(lib.folder)]
    # A page saved from disk keeps only a placeholder address, file:///local/HASH/NAME.
    local_url = re.compile(r"file:(?!///local/[0-9a-f]{10}/)", re.IGNORECASE)
    checked = 0
    for root in (tmp_path / "exports").iterdir():
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            for name, data in _contents(path):
                text = data.decode("utf-8", "replace")
                for bad in forbidden:
                    assert bad not in text, f"{path.name}:{name} contains {bad!r}"
                leak = local_url.search(text)
                assert not leak, f"{path.name}:{name}: {text[leak.start() : leak.start() + 80]}"
                checked += 1
    assert files and checked >= len(files)


def _contents(path: Path) -> Iterator[tuple[str, bytes]]:
    """A file's bytes, or every member of it when it is an EPUB/ZIP."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                yield info.filename, zf.read(info)
    else:
        yield path.name, path.read_bytes()
