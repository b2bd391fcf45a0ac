"""Reliability report: the machinery of tests/reliability with bigger counts.

Prints crash cycles survived, articles lost (must be 0), inputs fuzzed with the time
each took (the time bound is measured here, never asserted in a timed test), hostile
endpoints handled and the real command's peak memory against a 200 MB body and a
gzip bomb.

    nice .venv/bin/python tests/bench/reliability.py [--cycles 300] [--fuzz 2000] [--seed N]

Exit status 1 if any article was lost or any check failed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "reliability")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def summary(times: Iterable[float]) -> str:
    ts = sorted(times)
    if not ts:
        return "-"
    p99 = ts[min(len(ts) - 1, int(len(ts) * 0.99))]
    return (
        f"median {statistics.median(ts) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
        f"max {ts[-1] * 1000:.0f} ms"
    )


def crash(server, cycles: int, seed: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from reliability_kit import CrashHarness

    ops = ["add", "add", "add", "refresh", "delete", "reindex", "reindex", "import", "import"]
    with tempfile.TemporaryDirectory() as tmp:
        harness = CrashHarness(server, Path(tmp), seed=seed, ops=ops)
        start = time.monotonic()
        broken = ""
        try:
            stats = harness.run(cycles)
        except AssertionError as exc:
            broken = str(exc).splitlines()[0][:300]
            print(f"  CHECK FAILED after {harness.stats.cycles} cycles: {exc}")
            print(f"  last operations: {harness.log[-5:]}")
            stats = harness.stats
            stats.seconds = time.monotonic() - start
    return {
        "cycles": stats.cycles, "killed": stats.killed, "finished": stats.finished,
        "lost": stats.articles_lost, "articles": stats.articles, "by_op": stats.by_op,
        "seconds": stats.seconds, "broken": broken,
    }  # fmt: skip


def fuzz_extract(count: int, seed: int) -> tuple[int, list[float], list[str]]:
    import logging

    from reliability_kit import mutated_pages

    from reader.core.extract import extract

    swallowed: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.exc_info:
                swallowed.append(repr(record.exc_info[1]))

    logging.getLogger("reader.core.extract").addHandler(Catch(logging.ERROR))
    times = []
    for name, data in mutated_pages(seed, count):
        times.append(timed(lambda d=data, n=name: extract(d, url=f"https://example.org/{n}")))
    deep = "<html><body>" + "<div>" * 100_000 + "<p>Deep inside.</p>" + "</div>" * 100_000
    times.append(timed(lambda: extract(deep)))
    return count + 1, times, swallowed


def fuzz_importers(count: int, seed: int) -> tuple[int, list[float], list[str]]:
    try:
        import test_hostile_input as T
    except ImportError:
        return 0, [], []
    if T.builders is None:
        return 0, [], []
    from reliability_kit import mutate

    rng = random.Random(seed)
    bugs: list[str] = []
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "orig").mkdir()
        originals = sorted(T._exports(folder / "orig").items())
        for i in range(count):
            name, path = rng.choice(originals)
            data = path.read_bytes()
            if name.endswith(".zip") and rng.random() < 0.6:
                data = T._mutate_zip(data, rng)
            else:
                data = mutate(data, rng)
            target = folder / f"{i}-{name}"
            target.write_bytes(data)
            start = time.perf_counter()
            try:
                T.parse_export(target)
            except Exception:
                bugs.append(f"{name}: {traceback.format_exc().splitlines()[-1]}")
            times.append(time.perf_counter() - start)
            target.unlink()
    return count, times, bugs


def hostile(server) -> tuple[int, int, list[str], list[float]]:  # type: ignore[no-untyped-def]
    from reliability_kit import HOSTILE_PAGES, check_library, png_bomb

    from reader.core.errors import KlipingError
    from reader.core.fetch import Fetcher, FetchLimits
    from reader.core.library import Library

    handled, problems, times = 0, [], []
    server.set("/bomb.png", png_bomb(), content_type="image/png")
    page = (ROOT / "tests/data/pages/en-harbourledger-solar.html").read_text(encoding="utf-8")
    server.set("/bomb-page.html", page.replace("/images/en-reservoir.png", "/bomb.png"))
    server.set("/fake-page.html", page.replace("/images/en-reservoir.png", "/not-image.jpg"))
    cases = [(n, p, "refuse") for n, p in HOSTILE_PAGES.items()] + [
        ("deep-nesting", "/deep-nesting", "save"), ("invalid-utf8", "/invalid-utf8", "save"),
        ("image-bomb", "/bomb-page.html", "save"), ("not-an-image", "/fake-page.html", "save"),
    ]  # fmt: skip
    limits = FetchLimits(max_bytes=25 * 1024 * 1024, read_timeout=1.0, total_timeout=3.0)
    for name, path, want in cases:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "lib"
            start = time.perf_counter()
            try:
                with Library.open(folder, fetcher=Fetcher(limits)) as lib:
                    try:
                        result = lib.save_url(server.url(path))
                        ok = want == "save" and (
                            name in ("invalid-utf8", "deep-nesting") or result.missing_images >= 1
                        )
                    except KlipingError as exc:
                        ok = want == "refuse" and "\n" not in str(exc)
                check_library(folder)
            except Exception as exc:
                ok = False
                problems.append(f"{name}: {exc!r}")
            times.append(time.perf_counter() - start)
            handled += ok
            if not ok and not problems[-1:]:
                problems.append(f"{name}: not handled as expected")
    return handled, len(cases), problems, times


def memory(server) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    from reliability_kit import Cli, peak_memory_mb

    with tempfile.TemporaryDirectory() as tmp:
        cli = Cli(Path(tmp), Path(tmp) / "lib", KLIPING_TOTAL_TIMEOUT="60")
        base, _ = peak_memory_mb(cli, "add", server.url("/pages/en-harbourledger-solar.html"))
        worst, _ = peak_memory_mb(
            cli, "add", server.url("/big?mb=200"), server.url("/big-chunked?mb=200"),
            server.url("/gzip-bomb"), server.url("/endless"),
        )  # fmt: skip
    return base, worst


def queries() -> tuple[int, list[float], list[str]]:
    import test_queries as Q
    from httpserver import LoopbackServer
    from reliability_kit import serve_article

    from reader.core.errors import SearchError
    from reader.core.library import Library

    bugs: list[str] = []
    times = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        LoopbackServer() as server,
        Library.open(Path(tmp) / "lib") as lib,
    ):
        for n in range(6):
            lib.save_url(serve_article(server, n))
        for query in Q.hostile_queries():
            start = time.perf_counter()
            try:
                lib.search(query, limit=10)
            except SearchError:
                pass
            except Exception as exc:
                bugs.append(f"{query[:40]!r}: {exc!r}")
            times.append(time.perf_counter() - start)
    return len(times), times, bugs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--fuzz", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261124)
    args = parser.parse_args()

    from httpserver import LoopbackServer

    failed = False
    with LoopbackServer() as server:
        ops = "add, refresh, delete, reindex, import"
        print(f"Crash safety: SIGKILL during {ops} ({args.cycles} cycles)")
        c = crash(server, args.cycles, args.seed)
        print(f"  crash cycles survived: {c['cycles']} (killed mid-operation {c['killed']}, "
              f"finished first {c['finished']}); by operation {c['by_op']}")  # fmt: skip
        print(f"  articles lost: {c['lost']} (library ended with {c['articles']} articles); "
              f"{c['seconds']:.0f} s")  # fmt: skip
        if c["broken"]:
            print(f"  a check failed (not a lost article): {c['broken']}")
        failed |= bool(c["lost"] or c["broken"]) or c["cycles"] < args.cycles

        n, times, bugs = fuzz_extract(args.fuzz, args.seed)
        print(f"Fuzzing extract(): {n} mutated pages; {summary(times)}; "
              f"swallowed exceptions: {len(bugs)}")  # fmt: skip
        for b in bugs[:5]:
            print(f"  {b}")
        m, itimes, ibugs = fuzz_importers(args.fuzz, args.seed)
        print(f"Fuzzing the importers' parsers: {m} mutated exports; {summary(itimes)}; "
              f"exceptions other than ImportExportError: {len(ibugs)}")  # fmt: skip
        for b in ibugs[:5]:
            print(f"  {b}")
        q, qtimes, qbugs = queries()
        print(f"Hostile queries: {q} through Library.search; {summary(qtimes)}; "
              f"tracebacks: {len(qbugs)}")  # fmt: skip
        failed |= bool(bugs or ibugs or qbugs)

        handled, total, problems, htimes = hostile(server)
        print(f"Hostile endpoints handled: {handled}/{total}; {summary(htimes)}")
        for p in problems:
            print(f"  {p}")
        base, worst = memory(server)
        print(
            f"Peak memory of `kliping add` (VmHWM): a normal page {base:.0f} MB; a 200 MB body, "
            f"a 200 MB chunked body, a 1 GB gzip bomb and an endless stream {worst:.0f} MB"
        )
        failed |= handled < total
        print(f"Inputs fuzzed in total: {n + m + q}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
