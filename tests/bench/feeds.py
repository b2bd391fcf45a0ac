"""Benchmark: refresh many feeds from loopback sites, beside a naive peer from the same run.

``--feeds`` RSS feeds of ``--items`` distinct articles each (every article with its own
image) are spread over ``--sites`` loopback servers (a site is a host:port; Kliping asks
at most two things at a time of one site). Every answer waits ``--latency`` ms first, as
a real server on the network would (0 gives loopback speed, where both sides only burn
CPU). Measured, each in its own process:

* first refresh: every item fetched, cleaned and saved with its image (articles/s);
* second refresh: nothing new, the server answers 304 to the conditional requests
  (seconds, and how many article pages were fetched: must be zero);
* peak memory of the refreshing process and its cleaner process (the sum of their
  peaks, VmHWM).

The window's keystroke latency while it refreshes is measured by
``tests/bench/gui.py --refresh``.

The peer: sequential ``feedparser.parse`` of each feed, then each new item fetched,
its image fetched and the page cleaned with Kliping's own cleaner, one at a time, with
nothing stored (no database, no index, no original page).

    nice .venv/bin/python tests/bench/feeds.py [--feeds 200] [--items 20] [--sites 20]
        [--latency 25] [--no-peer]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _cpu_s(own: bool = False) -> float:
    """CPU seconds used so far by this process and the processes it waited for (its
    cleaner workers), or with ``own`` by this process alone."""
    import resource

    mine = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    if own:
        return mine.ru_utime + mine.ru_stime
    return mine.ru_utime + mine.ru_stime + kids.ru_utime + kids.ru_stime


class _TreeMemory:
    """Peak memory of this process and its child processes (the cleaner's workers).

    Every 0.25 s it reads each one's peak resident size (VmHWM); ``peak_mb`` is the sum
    of the peaks, an upper bound of the tree's peak (the peaks need not coincide).
    """

    def __init__(self) -> None:
        import threading

        self._peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @property
    def peak_mb(self) -> float:
        return sum(self._peaks.values()) / 1024

    def __enter__(self) -> _TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._read()

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            self._read()

    def _read(self) -> None:
        import os

        for pid in [os.getpid(), *_children(os.getpid())]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self._peaks[pid] = max(self._peaks.get(pid, 0), int(line.split()[1]))


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found + [g for c in found for g in _children(c)]


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child_kliping(
    library: Path,
    feeds_file: Path,
    subscribe: bool,
    profile: Path | None = None,
    cleaners: int | None = None,
) -> dict[str, float]:
    from reader.core.feeds import Feeds
    from reader.core.feeds.refresh import refresh
    from reader.core.library import Library

    with Library.open(library) as lib:
        feeds = Feeds(lib)
        if subscribe:
            for url in json.loads(feeds_file.read_text()):
                feeds.subscribe(url)
        start, cpu, main_cpu = time.perf_counter(), _cpu_s(), _cpu_s(own=True)
        with _TreeMemory() as tree:
            if profile is not None:
                import cProfile

                with cProfile.Profile() as prof:
                    report = refresh(lib, cleaners=cleaners)
                prof.dump_stats(profile)
            else:
                report = refresh(lib, cleaners=cleaners)
        elapsed, cpu = time.perf_counter() - start, _cpu_s() - cpu
        main_cpu = _cpu_s(own=True) - main_cpu
        assert not report.failed, [f.line for f in report.failed]
        count = lib.count()
        new = report.new
    return {"seconds": elapsed, "new": new, "articles": count, "peak_mb": _peak_mb(),
            "per_s": new / elapsed if elapsed else 0.0, "cpu_s": cpu, "main_cpu_s": main_cpu,
            "tree_mb": max(tree.peak_mb, _peak_mb())}  # fmt: skip


def child_peer(feeds_file: Path) -> dict[str, float]:
    import feedparser
    import httpx

    from reader.core.extract import extract

    start, cpu = time.perf_counter(), _cpu_s()
    done = 0
    with httpx.Client() as client:
        for url in json.loads(feeds_file.read_text()):
            parsed = feedparser.parse(client.get(url).content)
            for entry in parsed.entries:
                page = client.get(entry.link)
                article = extract(page.text, url=entry.link)
                for image in article.images:
                    client.get(image)
                done += 1
    elapsed, cpu = time.perf_counter() - start, _cpu_s() - cpu
    return {"seconds": elapsed, "new": done, "articles": done, "peak_mb": _peak_mb(),
            "per_s": done / elapsed, "cpu_s": cpu}  # fmt: skip


def run_child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if out.returncode:
        sys.exit(f"benchmark child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _slow_servers(latency: float) -> None:
    """Every answer of the loopback servers waits ``latency`` seconds first."""
    import httpserver

    plain = httpserver._Handler._dispatch

    def dispatch(self, path, query):  # type: ignore[no-untyped-def]
        time.sleep(latency)
        plain(self, path, query)

    httpserver._Handler._dispatch = dispatch  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--latency", type=float, default=25.0, help="ms before each answer")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--runs", type=int, default=1, help="repeat, report medians")
    parser.add_argument("--cleaners", type=int,
                        help="cleaner processes (default: the refresh's; 0: none)")  # fmt: skip
    parser.add_argument("--child", choices=["first", "second", "peer"],
                        help=argparse.SUPPRESS)  # fmt: skip
    parser.add_argument("--profile", type=Path,
                        help="write a cProfile of Kliping's first refresh here")  # fmt: skip
    parser.add_argument("--library", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--feeds-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child in ("first", "second"):
        first = args.child == "first"
        profile = args.profile if first else None
        print(json.dumps(child_kliping(args.library, args.feeds_file, first, profile,
                                       args.cleaners)))  # fmt: skip
        return
    if args.child == "peer":
        print(json.dumps(child_peer(args.feeds_file)))
        return

    from feeds_kit import NewsSite
    from httpserver import LoopbackServer

    _slow_servers(args.latency / 1000)
    servers = [LoopbackServer(gzip_static=False).start() for _ in range(args.sites)]
    runs: dict[str, list[dict[str, float]]] = {"first": [], "second": [], "peer": []}
    pages: list[int] = []
    load = os.getloadavg()[0]
    try:
        urls = []
        for n in range(args.feeds):
            site = NewsSite(servers[n % len(servers)], f"feed{n}")
            site.add_stories(args.items)
            urls.append(site.rss(etag=f'"feed{n}-v1"'))
        with tempfile.TemporaryDirectory() as tmp:
            feeds_file = Path(tmp) / "feeds.json"
            feeds_file.write_text(json.dumps(urls))
            for run in range(args.runs):
                lib = str(Path(tmp) / f"lib{run}")
                common = ["--library", lib, "--feeds-file", str(feeds_file)]
                extra = ["--cleaners", str(args.cleaners)] if args.cleaners is not None else []
                if args.profile and not run:
                    extra += ["--profile", str(args.profile.resolve())]
                runs["first"].append(run_child("--child", "first", *common, *extra))
                for server in servers:
                    server.clear()
                runs["second"].append(run_child("--child", "second", *common))
                pages.append(
                    sum(1 for s in servers for r in s.requests if "/articles/" in r)
                )  # article pages fetched by the second refresh
                if not args.no_peer:
                    runs["peer"].append(run_child("--child", "peer", *common))
                shutil.rmtree(lib)
    finally:
        for server in servers:
            server.stop()
    load = max(load, os.getloadavg()[0])
    total = args.feeds * args.items

    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[name])

    print(f"Refreshing {args.feeds} feeds x {args.items} items ({total:,} articles with an "
          f"image) from {args.sites} loopback sites, {args.latency:g} ms per answer; "
          f"median of {args.runs} run(s); load average up to {load:.1f} on "
          f"{os.cpu_count()} cores")  # fmt: skip
    print(f"{'':44}{'articles/s':>11}{'seconds':>9}{'CPU ms/art':>11}{'peak MB':>9}")
    print(f"{'Kliping, first refresh (saved, indexed)':44}{med('first', 'per_s'):>11.1f}"
          f"{med('first', 'seconds'):>9.1f}"
          f"{1000 * med('first', 'cpu_s') / max(1, med('first', 'new')):>11.1f}"
          f"{max(r['tree_mb'] for r in runs['first']):>9.0f}")  # fmt: skip
    own = 1000 * med("first", "main_cpu_s") / max(1, med("first", "new"))
    print(f"{'':44}(CPU per article: {own:.1f} ms in the saving process, the rest in its "
          "cleaner)")  # fmt: skip
    if runs["peer"]:
        print(f"{'peer: feedparser + fetch + clean, 1 at once':44}{med('peer', 'per_s'):>11.1f}"
              f"{med('peer', 'seconds'):>9.1f}"
              f"{1000 * med('peer', 'cpu_s') / max(1, med('peer', 'new')):>11.1f}"
              f"{max(r['peak_mb'] for r in runs['peer']):>9.0f}")  # fmt: skip
        ratios = [f["per_s"] / p["per_s"] for f, p in zip(runs["first"], runs["peer"], strict=True)]
        print(f"Kliping's first refresh runs at {statistics.median(ratios):.2f}x the peer's "
              f"throughput (runs: {', '.join(f'{r:.2f}' for r in ratios)}; the peer stores "
              "nothing). Kliping's peak MB: its process and its cleaner processes.")  # fmt: skip
    print(f"Kliping, second refresh (304 Not Modified): {med('second', 'seconds'):.2f} s for "
          f"{args.feeds} feeds, {max(pages)} article pages fetched, "
          f"{max(r['new'] for r in runs['second']):.0f} new, peak "
          f"{max(r['tree_mb'] for r in runs['second']):.0f} MB")  # fmt: skip
    saved = min(r["articles"] for r in runs["first"])
    print(f"Saved {saved:.0f} of {total} articles (fewest of the runs).")


if __name__ == "__main__":
    main()
