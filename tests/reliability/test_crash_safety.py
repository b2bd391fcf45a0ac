"""Pull the plug: SIGKILL the real ``kliping`` command mid-save, mid-import, mid-reindex.

Each cycle starts one operation against the loopback server, kills it after a seeded
random delay, reopens the library (``Library.open`` runs recovery) and checks that the
database is sound, every article is fully there or absent, the search index agrees with
the database, nothing reported saved was lost and no orphan file remains.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reliability_kit import CrashHarness

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

SEED = int(os.environ.get("KLIPING_CRASH_SEED", "20261124"))


def test_sigkill_at_random_moments_never_loses_or_breaks_an_article(
    http_server, tmp_path: Path
) -> None:
    ops = ["add", "add", "add", "refresh", "delete", "reindex", "reindex", "import", "import"]
    harness = CrashHarness(http_server, tmp_path, seed=SEED, ops=ops)
    stats = harness.run(cycles=52)
    assert stats.cycles == 52
    assert stats.articles_lost == 0
    # Most cycles must really interrupt the command, or the test proves nothing.
    assert stats.killed >= 35, (stats, harness.log)
    assert stats.articles >= 20, stats
    for op in set(ops):
        assert stats.by_op.get(op, 0) >= 3, stats.by_op
