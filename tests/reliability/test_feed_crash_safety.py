"""Pull the plug on ``kliping feeds refresh``: nothing half-saved, nothing saved twice.

Each cycle publishes new stories on a loopback news site (in an RSS and a JSON feed
that carry the same stories, and a second site's feed), starts the real command,
SIGKILLs it at a seeded random moment, reopens the library (recovery) and checks the
library's invariants (:func:`reliability_kit.check_library`). After the last cycle a
refresh runs to its end: every story is then in the library exactly once, from the
feed it came from, and an article the reader deleted between cycles never came back.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from reliability_kit import Cli, check_library

try:
    from tests.feeds_kit import NewsSite
except ImportError:  # tests/ is not a package
    from feeds_kit import NewsSite  # type: ignore[no-redef]

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

SEED = int(os.environ.get("KLIPING_CRASH_SEED", "20261207"))
CYCLES = int(os.environ.get("KLIPING_FEED_CRASH_CYCLES", "10"))


def _titles(folder: Path) -> list[str]:
    from reader.core.library import Library

    with Library.open(folder) as lib:
        return [a.title for a in lib.list()]


def test_a_refresh_killed_at_any_moment_leaves_nothing_half_saved_or_twice(
    http_server, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    library = tmp_path / "library"
    cli = Cli(tmp_path, library)
    one, two = NewsSite(http_server, "one"), NewsSite(http_server, "two")
    published = {"one": 0, "two": 0}

    def publish() -> None:
        for site in (one, two):
            count = rng.randint(2, 4)
            site.add_stories(count, start=published[site.prefix])
            published[site.prefix] += count
            site.rss()
        one.json_feed()

    publish()
    for url in (one.rss(), one.json_feed(), two.rss()):
        assert cli.run("feeds", "add", url).returncode == 0
    start = time.monotonic()
    assert cli.run("feeds", "refresh").returncode == 0
    expected = time.monotonic() - start
    startup = expected / 3
    deleted: set[str] = set()
    killed = 0
    for cycle in range(CYCLES):
        publish()
        delay = rng.uniform(startup * 0.6, expected * 1.05)
        proc = cli.start("feeds", "refresh")
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        _, err = proc.communicate(timeout=30)
        assert "Traceback" not in err, err
        try:
            check_library(library)
        except AssertionError as exc:
            where = f"after cycle {cycle} (killed after {delay:.2f}s)"
            raise AssertionError(f"{where}: {exc}") from None
        titles = _titles(library)
        assert len(titles) == len(set(titles)), f"cycle {cycle}: saved twice"
        assert not deleted & set(titles), f"cycle {cycle}: a deleted article came back"
        if titles and rng.random() < 0.5:  # the reader deletes one between refreshes
            from reader.core.library import Library

            with Library.open(library) as lib:
                victim = lib.list()[rng.randrange(len(titles))]
                lib.delete([victim.id])
                deleted.add(victim.title)
    assert killed >= CYCLES // 2, f"only {killed} of {CYCLES} refreshes were interrupted"

    final = cli.run("feeds", "refresh")
    assert final.returncode == 0, final.stderr
    check_library(library)
    titles = _titles(library)
    assert len(titles) == len(set(titles))
    stories = {s.title for s in one.stories + two.stories}
    assert set(titles) == stories - deleted
