"""Reliability tests: crash safety, hostile input, concurrency and privacy (issue 6).

Every test module here carries ``pytestmark = pytest.mark.reliability``; they run in CI
with everything else. The shared machinery is in ``reliability_kit.py`` so the
benchmark (tests/bench/reliability.py) can run it with bigger counts.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that tries to reach beyond 127.0.0.0/8, as in tests/core."""
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
    yield
