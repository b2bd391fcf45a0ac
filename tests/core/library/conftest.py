"""A library on a fresh folder, with a fetcher that gives up quickly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.fetch import Fetcher, FetchLimits
from reader.core.library import Library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    limits = FetchLimits(max_bytes=2_000_000, read_timeout=1.0, total_timeout=3.0)
    library = Library.open(tmp_path / "lib", fetcher=Fetcher(limits))
    yield library
    library.close()
