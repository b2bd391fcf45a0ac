"""Same cleaner, same output: every page of ``../shared/datasets`` through ``extract()``.

A move-and-cut change (issue 18) must not change what the cleaner keeps. Run this on the
commit before the change and on the one after, then compare the two files::

    nice .venv/bin/python tests/bench/identity.py --out before.json    # on the old commit
                                        # (a tree elsewhere: add --datasets ../shared/datasets)
    nice .venv/bin/python tests/bench/identity.py --out after.json     # on the new one
    .venv/bin/python tests/bench/identity.py --compare before.json after.json

Each page (every ``html/*.html.gz`` of every set, with the address the extraction
benchmark gives it) is kept as its cleaned text, HTML, title, authors and date. The
comparison prints how many pages were compared and names each one that differs; it
exits 1 when any does.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extraction import DATASETS  # noqa: E402  (the benchmark's own dataset locator)

from reader.core.extract import extract  # noqa: E402


def _urls(datasets: Path) -> dict[str, str | None]:
    """Each page's address, as tests/bench/extraction.py passes it to the cleaner."""
    urls: dict[str, str | None] = {}
    sh = datasets / "scrapinghub-articles" / "ground-truth.json"
    for key, item in json.loads(sh.read_text(encoding="utf-8")).items():
        urls[f"scrapinghub-articles/{key}"] = item.get("url")
    te = datasets / "trafilatura-eval-dev" / "snippets.json"
    for key, item in json.loads(te.read_text(encoding="utf-8")).items():
        url = item.get("url")
        urls[f"trafilatura-eval-dev/{key}"] = url if url and "::" not in url else None
    for path in (datasets / "wcxb-dev" / "ground-truth").glob("*.json"):
        urls[f"wcxb-dev/{path.stem}"] = json.loads(path.read_text(encoding="utf-8")).get("url")
    return urls


def pages(datasets: Path) -> Iterator[tuple[str, str, str | None]]:
    """(key, html, url) for every page of every set, in a stable order."""
    urls = _urls(datasets)
    for path in sorted(datasets.glob("*/html/*.html.gz")):
        key = f"{path.parent.parent.name}/{path.name.removesuffix('.html.gz')}"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        yield key, html, urls.get(key)


def run(out: Path, datasets: Path) -> None:
    kept: dict[str, dict[str, str]] = {}
    for key, html, url in pages(datasets):
        a = extract(html, url=url)
        kept[key] = {
            "text": a.text,
            "html": a.html,
            "title": a.title,
            "authors": "; ".join(a.authors),
            "published": a.published.isoformat() if a.published else "",
        }
    data = json.dumps(kept, ensure_ascii=False, sort_keys=True).encode("utf-8")
    out.write_bytes(data)
    print(f"{len(kept)} pages -> {out} (sha256 {hashlib.sha256(data).hexdigest()[:16]})")


def compare(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    differ = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
    only = sorted(a.keys() ^ b.keys())
    for key in differ:
        fields = [f for f in a[key] if a[key][f] != b[key].get(f)]
        print(f"differs: {key} ({', '.join(fields)})")
    for key in only:
        print(f"in one run only: {key}")
    print(f"{len(a.keys() & b.keys())} pages compared, {len(differ)} differ, {len(only)} unmatched")
    return 1 if differ or only else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="clean every page and keep the results here")
    group.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--datasets", type=Path, default=DATASETS, help=f"default {DATASETS}")
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    run(args.out, args.datasets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
