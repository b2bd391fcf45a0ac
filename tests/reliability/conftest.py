"""Reliability tests: crash safety, hostile input, concurrency and privacy (issue 6).

Every test module here carries ``pytestmark = pytest.mark.reliability``; they run in CI
with everything else. The shared machinery is in ``reliability_kit.py`` so the
benchmark (tests/bench/reliability.py) can run it with bigger counts.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _loopback_only(loopback_only: None) -> None:
    """Every test here fails if it reaches beyond loopback (tests/conftest.py)."""
