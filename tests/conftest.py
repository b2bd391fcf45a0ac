"""Fixtures shared by every test suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
