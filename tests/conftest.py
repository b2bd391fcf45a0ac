"""Fixtures shared by every test suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

try:
    from tests.httpserver import LoopbackServer
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer  # type: ignore[no-redef]


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    """A loopback HTTP server serving tests/data plus hostile endpoints (tests/httpserver.py).

    Function-scoped: starting one takes about a millisecond, and each test gets a fresh
    request log. Teardown closes open connections and joins every handler thread.
    """
    with LoopbackServer() as server:
        yield server
