"""Fixtures shared by every test suite."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:
    from tests.httpserver import LoopbackServer, make_certificate
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer, make_certificate  # type: ignore[no-redef]


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    """A loopback HTTP server serving tests/data plus hostile endpoints (tests/httpserver.py).

    Function-scoped: starting one takes about a millisecond, and each test gets a fresh
    request log. Teardown closes open connections and joins every handler thread.
    """
    with LoopbackServer() as server:
        yield server


@pytest.fixture(scope="session")
def tls_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed (certificate, key) for 127.0.0.1; skips when openssl is missing."""
    made = make_certificate(tmp_path_factory.mktemp("tls"))
    if made is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    return made


@pytest.fixture
def https_server(tls_certificate: tuple[Path, Path]) -> Iterator[LoopbackServer]:
    """The same server as ``http_server`` over https, with a self-signed certificate.

    Clients trust it only if told to (``SSL_CERT_FILE`` = ``server.tls[0]``).
    """
    with LoopbackServer(tls=tls_certificate) as server:
        yield server


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that tries to reach beyond 127.0.0.0/8 (tests never touch the internet)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            try:
                ok = ipaddress.ip_address(host).is_loopback
            except ValueError:
                ok = host == "localhost"
            if not ok:
                raise AssertionError(f"test tried to connect to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)

    real_getaddrinfo = socket.getaddrinfo

    def guarded_dns(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in ("localhost", "127.0.0.1", "::1") and not name.startswith("127."):
            raise socket.gaierror(socket.EAI_NONAME, f"test tried to resolve {name}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_dns)
    yield
