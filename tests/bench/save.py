"""Benchmark: save 200 shipped pages from a loopback server.

Prints pages per second and peak memory (RSS) for Kliping's full save (fetch, clean,
download images, store, index) and, as the peer measured in the same run, a bare
httpx + trafilatura loop that fetches and extracts the same pages and stores nothing.
Each run is its own process so the peak memory is that run's; the median of three runs
is reported.

    .venv/bin/python tests/bench/save.py [--pages 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def serve_pages(server, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Register n distinct articles (each page with its own canonical URL)."""
    pages = sorted((ROOT / "tests" / "data" / "pages").glob("*.html"))
    urls = []
    for i in range(n):
        src = pages[i % len(pages)].read_text(encoding="utf-8")
        src = re.sub(r'(rel="canonical" href="[^"]+?)/?"', rf'\1-{i}/"', src)
        src = re.sub(r'(property="og:url" content="[^"]+?)/?"', rf'\1-{i}/"', src)
        urls.append(server.set(f"/bench/{i}/{pages[i % len(pages)].name}", src))
    return urls


def run_one(kind: str, n: int) -> dict[str, float]:
    from httpserver import LoopbackServer

    with LoopbackServer() as server, tempfile.TemporaryDirectory() as tmp:
        urls = serve_pages(server, n)
        start = time.perf_counter()
        if kind in ("kliping", "kliping-batch"):
            import contextlib

            from reader.core.library import Library

            with Library.open(Path(tmp) / "lib") as lib:
                # "kliping-batch" is `kliping add` with many URLs, or an import: the
                # search index is caught up every 50 articles instead of after each one.
                batch = lib.index_batch(every=50) if kind == "kliping-batch" else None
                with batch or contextlib.nullcontext():
                    for url in urls:
                        lib.save_url(url)
                assert lib.count() == n, lib.count()
                assert lib.search("the OR de OR la").total > 0
        else:
            import httpx
            import trafilatura

            with httpx.Client() as client:
                for url in urls:
                    html = client.get(url).text
                    trafilatura.extract(html, url=url)
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages_per_s": n / elapsed, "peak_mb": peak_mb, "seconds": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--child", choices=["kliping", "kliping-batch", "peer"], help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.pages)))
        return
    results: dict[str, list[dict[str, float]]] = {"kliping": [], "kliping-batch": [], "peer": []}
    for _ in range(args.runs):
        for kind in results:  # interleaved, so machine noise hits both alike
            out = subprocess.run(
                [sys.executable, __file__, "--child", kind, "--pages", str(args.pages)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            results[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"Saving {args.pages} pages from a loopback server, median of {args.runs} runs")
    print(f"{'':34}{'pages/s':>10}{'peak MB':>10}{'seconds':>10}")
    med = {}
    labels = (
        ("kliping", "Kliping, one at a time (+index)"),
        ("kliping-batch", "Kliping, many at once (+index)"),
        ("peer", "httpx+trafilatura only"),
    )
    for kind, label in labels:
        rows = results[kind]
        med[kind] = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
        m = med[kind]
        print(f"{label:34}{m['pages_per_s']:>10.1f}{m['peak_mb']:>10.0f}{m['seconds']:>10.1f}")
    for kind, label in labels[:2]:
        ratio = med[kind]["pages_per_s"] / med["peer"]["pages_per_s"]
        print(f"{label}: {ratio:.2f}x the peer's rate (the peer stores nothing).")


if __name__ == "__main__":
    main()
