"""The cleaner's output on every development page, saved and compared page by page.

A change meant to make the cleaner faster must not change what it gives; this is how
that is checked (run on demand, it takes minutes; use ``nice``)::

    nice .venv/bin/python tests/bench/outputs.py save before.json.gz   # on the old commit
    nice .venv/bin/python tests/bench/outputs.py save after.json.gz    # on the new one
    .venv/bin/python tests/bench/outputs.py compare before.json.gz after.json.gz

``save`` runs :func:`reader.core.extract.extract` on every page of ``../shared/datasets``
(all of ScrapingHub, every WCXB page type, trafilatura-eval-dev) and writes, per page, the
article's ``text`` and ``html`` and its metadata. ``compare`` prints "N pages, M differ"
for text+html and for the metadata, then the first pages that differ.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.extract import extract  # noqa: E402

# ../shared/datasets beside the repository (a worktree in ../wt/NAME looks two levels up)
DATASETS = next(
    (
        d.resolve()
        for d in (ROOT / ".." / "shared" / "datasets", ROOT / ".." / ".." / "shared" / "datasets")
        if d.is_dir()
    ),
    (ROOT / ".." / "shared" / "datasets").resolve(),
)


def pages() -> list[tuple[str, Path, str | None]]:
    """Every development page: its key, its file and its URL."""
    out: list[tuple[str, Path, str | None]] = []
    sh = DATASETS / "scrapinghub-articles"
    truth = json.loads((sh / "ground-truth.json").read_text(encoding="utf-8"))
    out += [(f"sh:{k}", sh / "html" / f"{k}.html.gz", truth[k].get("url")) for k in sorted(truth)]
    wcxb = DATASETS / "wcxb-dev"
    for path in sorted((wcxb / "html").glob("*.html.gz")):
        i = path.name.removesuffix(".html.gz")
        gt = json.loads((wcxb / "ground-truth" / f"{i}.json").read_text(encoding="utf-8"))
        out.append((f"wcxb:{i}", path, gt.get("url")))
    te = DATASETS / "trafilatura-eval-dev"
    snippets = json.loads((te / "snippets.json").read_text(encoding="utf-8"))
    for key in sorted(snippets):
        path = te / "html" / f"{key}.html.gz"
        url = snippets[key].get("url")
        if path.exists():
            out.append((f"te:{key}", path, url if url and "::" not in url else None))
    return out


def save(target: Path) -> None:
    result: dict[str, dict[str, object]] = {}
    for key, path, url in pages():
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        a = extract(html, url)
        result[key] = {
            "text": a.text,
            "html": a.html,
            "meta": [
                a.title,
                a.authors,
                a.published.isoformat() if a.published else None,
                a.site_name,
                a.language,
                a.lead_image,
                a.canonical_url,
                a.description,
                a.images,
                a.reason,
            ],
        }
    target.write_bytes(gzip.compress(json.dumps(result, ensure_ascii=False).encode("utf-8")))
    print(f"{len(result)} pages saved to {target}")


def compare(old: Path, new: Path) -> int:
    a = json.loads(gzip.decompress(old.read_bytes()))
    b = json.loads(gzip.decompress(new.read_bytes()))
    keys = sorted(set(a) | set(b))
    body = [
        k
        for k in keys
        if (a.get(k) or {}).get("text") != (b.get(k) or {}).get("text")
        or (a.get(k) or {}).get("html") != (b.get(k) or {}).get("html")
    ]
    meta = [k for k in keys if (a.get(k) or {}).get("meta") != (b.get(k) or {}).get("meta")]
    print(f"text+html: {len(keys)} pages, {len(body)} differ")
    print(f"metadata:  {len(keys)} pages, {len(meta)} differ")
    for k in (body + meta)[:20]:
        print("  ", k)
    return 1 if body or meta else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("save").add_argument("target", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "save":
        save(args.target)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
