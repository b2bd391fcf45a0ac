"""Extraction benchmark: Kliping's cleaner and trafilatura (defaults), side by side.

Run on demand (it takes minutes; use ``nice`` and ``--limit`` while iterating)::

    nice .venv/bin/python tests/bench/extraction.py [--limit N] [--no-stress]

It reads the development sets in ``../shared/datasets`` (relative to the repository) and
prints the measures defined in that folder's README, computed the same way for both
extractors in the same run:

- ScrapingHub articles: 4-gram shingle F1 (per page tp/fp/fn over ``\\w+`` shingles;
  precision and recall averaged over pages; F1 of the two means);
- WCXB dev, per page type (article, documentation, forum): word-bag F1 averaged over
  pages, share of ``with`` snippets kept, share of ``without`` snippets removed;
- WCXB title / author / date accuracy against the ground-truth fields;
- median milliseconds per page.

Then it checks that hostile pages finish within a bound: a 20 MB page, 10,000-deep
nesting and 100,000 links.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.extract import extract  # noqa: E402

DATASETS = (ROOT / ".." / "shared" / "datasets").resolve()
WORD = re.compile(r"\w+")
TYPES = ("article", "documentation", "forum")


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower())


def joined(text: str) -> str:
    return " ".join(tokens(text))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    t = tokens(text)
    return Counter(tuple(t[i : i + n]) for i in range(max(0, len(t) - n + 1)))


def shingle_pr(truth: str, pred: str) -> tuple[float, float]:
    """Precision and recall of one page, from tp/fp/fn normalised by their sum."""
    a, b = shingles(truth), shingles(pred)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    if total == 0 or (fp == 0 and fn == 0):
        return 1.0, 1.0
    tp_n, fp_n, fn_n = tp / total, fp / total, fn / total
    if tp == 0:
        return 0.0, 0.0
    return tp_n / (tp_n + fp_n), tp_n / (tp_n + fn_n)


def word_f1(truth: str, pred: str) -> float:
    a, b = Counter(tokens(truth)), Counter(tokens(pred))
    if not a and not b:
        return 1.0
    tp = sum((a & b).values())
    if tp == 0:
        return 0.0
    p, r = tp / sum(b.values()), tp / sum(a.values())
    return 2 * p * r / (p + r)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- the two extractors ------------------------------------------------------------------


def run_kliping(html: str, url: str | None) -> tuple[str, dict[str, str]]:
    a = extract(html, url)
    meta = {
        "title": a.title,
        "author": "; ".join(a.authors),
        "date": a.published.isoformat() if a.published else "",
    }
    return a.text, meta


def run_trafilatura(html: str, url: str | None) -> tuple[str, dict[str, str]]:
    import trafilatura

    return trafilatura.extract(html, url=url) or "", {}


def trafilatura_meta(html: str, url: str | None) -> dict[str, str]:
    """trafilatura's metadata (not timed: its defaults do not extract metadata)."""
    import trafilatura

    m = trafilatura.extract_metadata(html, default_url=url)
    if m is None:
        return {"title": "", "author": "", "date": ""}
    return {"title": m.title or "", "author": m.author or "", "date": m.date or ""}


Extractor = Callable[[str, str | None], tuple[str, dict[str, str]]]
EXTRACTORS: dict[str, Extractor] = {"kliping": run_kliping, "trafilatura": run_trafilatura}


def timed(fn: Extractor, html: str, url: str | None) -> tuple[str, dict[str, str], float]:
    t0 = time.perf_counter()
    text, meta = fn(html, url)
    return text, meta, (time.perf_counter() - t0) * 1000


# --- the datasets ------------------------------------------------------------------------


def bench_scrapinghub(limit: int | None, times: dict[str, list[float]]) -> dict[str, float]:
    base = DATASETS / "scrapinghub-articles"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    pr: dict[str, list[tuple[float, float]]] = {name: [] for name in EXTRACTORS}
    for key in keys:
        html = gzip.decompress((base / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        url = truth[key].get("url")
        for name, fn in EXTRACTORS.items():
            text, _, ms = timed(fn, html, url)
            times[name].append(ms)
            pr[name].append(shingle_pr(truth[key]["articleBody"], text))
    out = {}
    for name, values in pr.items():
        p = statistics.fmean(v[0] for v in values)
        r = statistics.fmean(v[1] for v in values)
        out[name] = f1(p, r)
        out[name + " P"] = p
        out[name + " R"] = r
    out["pages"] = len(keys)
    return out


def _meta_ok(field: str, want: str, got: str) -> bool:
    if field == "date":
        return got[:10] == want[:10]
    if field == "author":
        w = joined(want)
        g = joined(got)
        return bool(g) and (w == g or w in g or g in w)
    return joined(want) == joined(got)


def bench_wcxb(
    limit: int | None, times: dict[str, list[float]]
) -> dict[str, dict[str, dict[str, float]]]:
    base = DATASETS / "wcxb-dev"
    files = json.loads((base / "metadata.json").read_text(encoding="utf-8"))["files"]
    ids = sorted(i for i, f in files.items() if f["page_type"] in TYPES)
    if limit:
        per_type: dict[str, list[str]] = {}
        for i in ids:
            per_type.setdefault(files[i]["page_type"], []).append(i)
        ids = sorted(
            j
            for t, lst in per_type.items()
            for j in lst[: limit if t == "article" else max(1, limit // 3)]
        )
    acc: dict[str, dict[str, dict[str, list[float]]]] = {}
    for i in ids:
        gt = json.loads((base / "ground-truth" / f"{i}.json").read_text(encoding="utf-8"))
        g = gt["ground_truth"]
        html = gzip.decompress((base / "html" / f"{i}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        ptype = files[i]["page_type"]
        for name, fn in EXTRACTORS.items():
            text, meta, ms = timed(fn, html, gt.get("url"))
            if name == "trafilatura":
                meta = trafilatura_meta(html, gt.get("url"))
            if ptype == "article":
                times[name].append(ms)
            d = acc.setdefault(name, {}).setdefault(ptype, {})
            d.setdefault("f1", []).append(word_f1(g.get("main_content") or "", text))
            jt = joined(text)
            for s in g.get("with") or []:
                d.setdefault("with", []).append(float(joined(s) in jt))
            for s in g.get("without") or []:
                js = joined(s)
                if js:
                    d.setdefault("without", []).append(float(js not in jt))
            for field, key in (("title", "title"), ("author", "author"), ("date", "publish_date")):
                want = g.get(key)
                if isinstance(want, list):
                    want = "; ".join(str(w) for w in want)
                if want:
                    d.setdefault(field, []).append(
                        float(_meta_ok(field, str(want), meta.get(field, "")))
                    )
    return {
        name: {
            t: {k: statistics.fmean(v) for k, v in d.items()} | {"pages": len(d["f1"])}
            for t, d in types.items()
        }
        for name, types in acc.items()
    }


# --- hostile pages -----------------------------------------------------------------------


def stress() -> None:
    def para(i: int) -> str:
        return f"<p>Paragraph {i}: " + "Lorem ipsum dolor sit amet, consectetur elit. " * 8 + "</p>"

    body = "".join(para(i) for i in range(40))
    filler = "".join(para(i) for i in range(40, 50_000))[:20_000_000]
    pages = {
        "20 MB page": f"<html><body><article>{body}</article><div>{filler}</div></body></html>",
        "10,000-deep nesting": "<html><body>"
        + "<div>" * 10_000
        + body
        + "</div>" * 10_000
        + "</body></html>",
        "100,000 links": f"<html><body><article>{body}<ul>"
        + "".join(f'<li><a href="/l/{i}">link {i}</a></li>' for i in range(100_000))
        + "</ul></article></body></html>",
    }
    bound_s = 30.0
    print(f"\nHostile pages (bound {bound_s:.0f} s each):")
    for name, html in pages.items():
        t0 = time.perf_counter()
        a = extract(html, "https://example.org/x")
        s = time.perf_counter() - t0
        verdict = "ok" if s <= bound_s else "TOO SLOW"
        print(
            f"  {name:22} {s:6.2f} s  {len(a.text.split()):7d} words  "
            f"reason={a.reason!r}  {verdict}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--limit", type=int, default=None, help="pages per set (WCXB: per page type)"
    )
    parser.add_argument("--no-stress", action="store_true", help="skip the hostile-page timings")
    args = parser.parse_args()
    if not DATASETS.is_dir():
        print(f"datasets not found at {DATASETS}: skipping the dataset measures")
    else:
        times: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
        # long enough for the language identifier to load its model before the clock starts
        warm = "Warm up the language model and the imports before timing. " * 3
        extract(f"<html><body><p>{warm}</p></body></html>")
        sh = bench_scrapinghub(args.limit, times)
        wc = bench_wcxb(args.limit, times)
        names = list(EXTRACTORS)
        print(f"\n{'measure':44}" + "".join(f"{n:>14}" for n in names))
        print(
            f"{'ScrapingHub shingle F1 (' + str(sh['pages']) + ' pages)':44}"
            + "".join(f"{sh[n]:14.3f}" for n in names)
        )
        print(
            f"{'  precision / recall':44}"
            + "".join(f"{sh[n + ' P']:7.3f}/{sh[n + ' R']:.3f}" for n in names)
        )
        for t in TYPES:
            pages = wc[names[0]].get(t, {}).get("pages", 0)
            for k, label in (
                ("f1", "word F1"),
                ("with", "with kept"),
                ("without", "without removed"),
                ("title", "title accuracy"),
                ("author", "author accuracy"),
                ("date", "date accuracy"),
            ):
                vals = [wc[n].get(t, {}).get(k) for n in names]
                if any(v is not None for v in vals):
                    print(
                        f"{f'WCXB {t} ({pages}) {label}':44}"
                        + "".join(f"{v:14.3f}" if v is not None else f"{'-':>14}" for v in vals)
                    )
        med = {n: statistics.median(times[n]) for n in names}
        print(f"{'median ms/page (articles)':44}" + "".join(f"{med[n]:14.1f}" for n in names))
        print(f"{'time ratio kliping / trafilatura':44}{med['kliping'] / med['trafilatura']:14.2f}")
    if not args.no_stress:
        stress()
    return 0


if __name__ == "__main__":
    sys.exit(main())
