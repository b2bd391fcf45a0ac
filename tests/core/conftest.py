"""Core tests: plain pytest, no Qt, and no network beyond loopback."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _loopback_only(loopback_only: None) -> None:
    """Every test here fails if it reaches beyond loopback (tests/conftest.py)."""
