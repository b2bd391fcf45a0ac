"""Benchmark: import a 2,000-entry Pocket export against loopback servers.

The shipped test pages are served under 2,000 distinct URLs (each with its own
canonical address) spread over 40 loopback "sites" (one server per port, since the
importer is polite per host: at most 2 fetches at once and 0.5 s between starts).
Prints articles per second, peak memory (RSS of the importing process) and the time
until the first article is readable, next to the peer measured in the same run: a bare
loop that reads the same CSV, fetches each page with httpx and extracts it with
trafilatura, storing nothing. Each measurement runs in its own process.

    nice .venv/bin/python tests/bench/import.py [--entries 2000] [--sites 40] [--no-peer]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def serve(servers: list, n: int) -> list[str]:  # type: ignore[type-arg]
    """Register n distinct articles round-robin over the servers; returns their URLs."""
    pages = sorted((ROOT / "tests" / "data" / "pages").glob("*.html"))
    urls = []
    for i in range(n):
        page = pages[i % len(pages)]
        src = page.read_text(encoding="utf-8")
        src = re.sub(r'(rel="canonical" href="[^"]+?)/?"', rf'\1-{i}/"', src)
        src = re.sub(r'(property="og:url" content="[^"]+?)/?"', rf'\1-{i}/"', src)
        urls.append(servers[i % len(servers)].set(f"/read/{i}/{page.name}", src))
    return urls


def child_import(export: Path, library: Path) -> dict[str, float]:
    from reader.core.importers import ImportProgress, import_path
    from reader.core.library import Library

    first: dict[str, float] = {}
    with Library.open(library) as lib:
        start = time.perf_counter()

        def progress(p: ImportProgress) -> None:
            if "readable" not in first and p.done - p.failed >= 1:
                newest = lib.list(limit=1)
                if newest and lib.get(newest[0].id).text:
                    first["readable"] = time.perf_counter() - start

        report = import_path(lib, export, progress=progress)
        elapsed = time.perf_counter() - start
        assert report.saved == report.total and not report.failed, report.summary()
        count = lib.count()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"per_s": count / elapsed, "peak_mb": peak, "seconds": elapsed,
            "first_s": first.get("readable", float("nan"))}  # fmt: skip


def child_peer(export: Path) -> dict[str, float]:
    import csv
    import io
    import zipfile

    import httpx
    import trafilatura

    start = time.perf_counter()
    first = float("nan")
    with zipfile.ZipFile(export) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("part_000000.csv").decode("utf-8"))))
    with httpx.Client() as client:
        for n, row in enumerate(rows):
            html = client.get(row["url"]).text
            trafilatura.extract(html, url=row["url"])
            if n == 0:
                first = time.perf_counter() - start
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"per_s": len(rows) / elapsed, "peak_mb": peak, "seconds": elapsed, "first_s": first}


def run_child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if out.returncode:
        sys.exit(f"benchmark child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--no-peer", action="store_true", help="skip the peer loop")
    parser.add_argument("--child", choices=["kliping", "peer"], help=argparse.SUPPRESS)
    parser.add_argument("--export", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--library", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "kliping":
        print(json.dumps(child_import(args.export, args.library)))
        return
    if args.child == "peer":
        print(json.dumps(child_peer(args.export)))
        return

    from data.exports.builders import Sample, pocket_zip
    from httpserver import LoopbackServer

    servers = [LoopbackServer(gzip_static=False).start() for _ in range(args.sites)]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            urls = serve(servers, args.entries)
            samples = [
                Sample(url, f"Entry {i}, \"quoted\" ✓", tags=["bench", f"t{i % 7}"],
                       saved=1_600_000_000 + i, archived=i % 3 == 0)
                for i, url in enumerate(urls)
            ]  # fmt: skip
            export = pocket_zip(Path(tmp) / "pocket.zip", samples)
            results = {"kliping": run_child("--child", "kliping", "--export", str(export),
                                            "--library", str(Path(tmp) / "lib"))}  # fmt: skip
            if not args.no_peer:
                results["peer"] = run_child("--child", "peer", "--export", str(export))
    finally:
        for server in servers:
            server.stop()
    print(f"Importing a {args.entries}-entry Pocket export from {args.sites} loopback sites")
    print(f"{'':36}{'articles/s':>11}{'peak MB':>9}{'seconds':>9}{'first readable s':>18}")
    labels = {"kliping": "Kliping import (4 at once, polite)",
              "peer": "peer: httpx+trafilatura, 1 at once"}  # fmt: skip
    for kind, m in results.items():
        print(f"{labels[kind]:36}{m['per_s']:>11.1f}{m['peak_mb']:>9.0f}{m['seconds']:>9.1f}"
              f"{m['first_s']:>18.2f}")  # fmt: skip
    if "peer" in results:
        ratio = results["kliping"]["per_s"] / results["peer"]["per_s"]
        print(
            f"Kliping imports at {ratio:.2f}x the peer's rate (the peer stores nothing: no "
            "images, database, search index or original page)."
        )


if __name__ == "__main__":
    main()
