"""Fixtures for the feed tests: a library and a news site on the loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.feeds import Feeds
from reader.core.fetch import Fetcher, FetchLimits
from reader.core.library import Library

try:
    from tests.feeds_kit import NewsSite
except ImportError:  # tests/ is not a package
    from feeds_kit import NewsSite  # type: ignore[no-redef]


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=2_000_000, read_timeout=2.0, total_timeout=5.0)
    library = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield library
    library.close()


@pytest.fixture
def feeds(lib: Library) -> Feeds:
    return Feeds(lib)


@pytest.fixture
def site(http_server) -> NewsSite:
    return NewsSite(http_server, "news")
