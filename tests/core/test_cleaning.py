"""Cleaning pages in worker processes: the same articles, and a crash or a hang fails
only its own page."""

from __future__ import annotations

import logging
import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from reader.core.cleaning import CleanerBug, CleaningPool
from reader.core.errors import ExtractError
from reader.core.extract import Article, extract

try:
    from tests.feeds_kit import article_html, story
except ImportError:  # tests/ is not a package
    from feeds_kit import article_html, story  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[2]
HERE = __name__  # the workers import the cleaners below by this module's name

if os.environ.get("KLIPING_TEST_WORKERS_FAIL") and multiprocessing.parent_process():
    raise ImportError("this worker cannot import its cleaner")  # as a broken install would


def page(n: int, marker: str = "") -> str:
    return article_html(story(n), "https://news.test/img.png").replace("<main>", f"<main>{marker}")


# Cleaners the workers run in the tests (module-level: a worker imports them by name).


def crashing(html: str, url: str) -> object:
    if "CRASH" in html:
        os._exit(7)  # as a segfault in a C library would end it: no exception, no reply
    return extract(html, url=url)


def hanging(html: str, url: str) -> object:
    if "HANG" in html:
        time.sleep(60)
    return extract(html, url=url)


def failing(html: str, url: str) -> object:
    if "EXPECTED" in html:
        raise ExtractError(f"No article text found at {url}.", reason="no-article")
    if "LOG" in html:
        logging.getLogger("reader.core.extract.test").warning("odd page at %s", url)
        return extract(html, url=url)
    raise ValueError("a bug in the cleaner")


def whose(html: str, url: str) -> Article:
    return Article(title=str(os.getpid()), text="x")


def test_workers_clean_pages_as_the_cleaner_does_from_many_threads() -> None:
    pages = [(page(n), f"https://news.test/a/{n}") for n in range(12)]
    with CleaningPool(2) as pool:
        pool.start()
        assert pool.running
        results: dict[int, object] = {}

        def work(n: int) -> None:
            results[n] = pool.clean(*pages[n])

        threads = [threading.Thread(target=work, args=(n,)) for n in range(len(pages))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for n, (html, url) in enumerate(pages):
        assert results[n] == extract(html, url=url)  # every field, images included
    assert not pool.running


def test_a_crash_fails_only_its_page_and_the_worker_is_replaced() -> None:
    with CleaningPool(1, cleaner=f"{HERE}:crashing") as pool:
        pool.start()
        first = pool._all[0].process
        with pytest.raises(ExtractError, match="stopped unexpectedly while cleaning") as err:
            pool.clean(page(1, "CRASH"), "https://news.test/a/1")
        assert "https://news.test/a/1" in str(err.value) and "code 7" in str(err.value)
        assert err.value.reason == "cleaner-crashed"
        article = pool.clean(page(2), "https://news.test/a/2")  # a new worker, same pool
        assert "part 0.0" in article.text
        assert pool._all[0].process is not first and not first.is_alive()


def test_a_page_that_hangs_the_cleaner_is_stopped_after_the_timeout() -> None:
    with CleaningPool(1, cleaner=f"{HERE}:hanging", timeout=8) as pool:
        pool.start()
        assert "part 0.0" in pool.clean(page(0), "https://news.test/a/0").text
        started = time.monotonic()
        with pytest.raises(ExtractError, match="took longer than 8 s"):
            pool.clean(page(1, "HANG"), "https://news.test/a/1")
        assert time.monotonic() - started < 30
        assert "part 0.0" in pool.clean(page(2), "https://news.test/a/2").text


def test_expected_errors_bugs_and_logged_warnings_come_back_to_the_caller(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with CleaningPool(1, cleaner=f"{HERE}:failing") as pool:
        pool.start()
        with pytest.raises(ExtractError, match="No article text found at") as err:
            pool.clean(page(1, "EXPECTED"), "https://news.test/a/1")
        assert err.value.reason == "no-article"
        with pytest.raises(CleanerBug, match="ValueError: a bug in the cleaner"):
            pool.clean(page(2), "https://news.test/a/2")
        with caplog.at_level(logging.WARNING):
            pool.clean(page(3, "LOG"), "https://news.test/a/3")
    logged = [r for r in caplog.records if r.name == "reader.core.extract.test"]
    assert [r.getMessage() for r in logged] == ["odd page at https://news.test/a/3"]


def test_before_start_and_after_close_pages_are_cleaned_in_this_process() -> None:
    pool = CleaningPool(1, cleaner=f"{HERE}:whose")
    assert not pool.running
    assert pool.clean(page(1), "https://news.test/a/1").title == str(os.getpid())
    pool.start()
    workers = [w.process for w in pool._all]
    assert pool.clean(page(2), "https://news.test/a/2").title == str(workers[0].pid)
    pool.close()
    assert workers and not any(p.is_alive() for p in workers)
    assert pool.clean(page(3), "https://news.test/a/3").title == str(os.getpid())


def test_workers_that_cannot_start_leave_the_cleaning_to_this_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("KLIPING_TEST_WORKERS_FAIL", "1")
    with CleaningPool(1, cleaner=f"{HERE}:whose") as pool:
        pool.start()
        titles = set()

        def work(n: int) -> None:
            titles.add(pool.clean(page(n), f"https://news.test/a/{n}").title)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not any(t.is_alive() for t in threads), "a thread waits for a dead worker"
        assert titles == {str(os.getpid())} and not pool.running
    assert "a cleaner process could not start" in caplog.text


def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from reader.core.cleaning import CleaningPool
        pool = CleaningPool(2)
        pool.start()
        pool.clean("<html><body><article><p>{"word " * 80}</p></article></body></html>",
                   "https://news.test/a")
        print(" ".join(str(w.process.pid) for w in pool._all), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # no close(), no atexit: as a crash would
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert out.returncode == -9, out.stderr
    pids = [int(p) for p in out.stdout.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_running(p) for p in pids):
        time.sleep(0.1)
    assert not any(_running(p) for p in pids), "cleaner processes outlived their parent"


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")
