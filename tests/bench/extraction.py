"""Extraction benchmark: Kliping's cleaner and trafilatura (defaults), side by side.

Run on demand (it takes minutes; use ``nice`` and ``--limit`` while iterating)::

    nice .venv/bin/python tests/bench/extraction.py [--sets sh,wcxb,te] [--limit N]
        [--no-peer] [--save texts.json] [--no-stress]

It reads the development sets in ``../shared/datasets`` (relative to the repository) and
prints the measures defined in that folder's README, computed the same way for both
extractors in the same run:

- ScrapingHub articles: 4-gram shingle F1 (per page tp/fp/fn over ``\\w+`` shingles;
  precision and recall averaged over pages; F1 of the two means);
- WCXB dev, per page type (article, documentation, forum): word-bag F1 averaged over
  pages, share of ``with`` snippets kept, share of ``without`` snippets removed;
- WCXB title / author / date accuracy against the ground-truth fields;
- trafilatura-eval-dev: share of must-have snippets kept, of must-not snippets removed;
- median milliseconds per page (WCXB articles, and every page), and the time ratio.

Every figure is given for half A and half B of the sites and for all pages: each page's
site (its registrable domain) falls in one half by a stable hash. A rule or threshold is
chosen on half A; its effect on half B, which it was not chosen on, says whether it
generalises (the gap between the halves is visible in every run).

Then it checks that hostile pages finish within a bound: a 20 MB page, 10,000-deep
nesting and 100,000 links.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

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


# --- site halves --------------------------------------------------------------------------

#: Second-level labels under which a country code's domains are registered ("bbc.co.uk").
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"))


def site_of(url: str | None) -> str:
    """The site a page belongs to: its registrable domain ("bbc.co.uk"), from the URL (or,
    for trafilatura's pages named after their file, "hard::dw.com.colonial.html", from the
    name)."""
    url = url or ""
    if "::" in url:  # trafilatura-eval's file names: "<domain>-<slug>.html"
        host = url.split("::", 1)[1].split("-", 1)[0]
        labels = host.lower().split(".")[:2]
        return ".".join(labels)
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def half_of(url: str | None) -> str:
    """ "A" or "B": the half of the sites a page's site falls in, by a stable hash (every
    page of a site in the same half, the same half in every run and on every machine)."""
    digest = hashlib.sha256(site_of(url).encode("utf-8")).digest()
    return "AB"[digest[0] & 1]


HALVES = ("A", "B", "all")


class Scores:
    """Per-page figures of one extractor, kept by half so each measure is given for half A,
    half B and all pages."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], list[float]] = {}

    def add(self, half: str, key: str, value: float) -> None:
        for h in (half, "all"):
            self.values.setdefault((h, key), []).append(value)

    def mean(self, half: str, key: str) -> float | None:
        v = self.values.get((half, key))
        return statistics.fmean(v) if v else None

    def count(self, half: str, key: str) -> int:
        return len(self.values.get((half, key), ()))


# --- the datasets ------------------------------------------------------------------------


def _gz(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def _snippets(s: Scores, half: str, prefix: str, text: str, keep: list[str], drop: list[str]):
    jt = joined(text)
    for snip in keep or []:
        js = joined(snip)
        if js:
            s.add(half, prefix + "with", float(js in jt))
    for snip in drop or []:
        js = joined(snip)
        if js:
            s.add(half, prefix + "without", float(js not in jt))


def bench_scrapinghub(limit: int | None, run: Runner) -> None:
    base = DATASETS / "scrapinghub-articles"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    for key in keys:
        html = _gz(base / "html" / f"{key}.html.gz")
        url = truth[key].get("url")
        half = half_of(url)
        for name, text, _ in run(f"sh:{key}", html, url, half):
            p, r = shingle_pr(truth[key]["articleBody"], text)
            run.scores[name].add(half, "sh P", p)
            run.scores[name].add(half, "sh R", r)


def bench_trafilatura_eval(limit: int | None, run: Runner) -> None:
    base = DATASETS / "trafilatura-eval-dev"
    snippets = json.loads((base / "snippets.json").read_text(encoding="utf-8"))
    keys = sorted(snippets)[:limit] if limit else sorted(snippets)
    for key in keys:
        path = base / "html" / f"{key}.html.gz"
        if not path.exists():
            continue
        item = snippets[key]
        url = item.get("url")
        html = _gz(path)
        half = half_of(url)
        page_url = url if url and "::" not in url else None
        for name, text, _ in run(f"te:{key}", html, page_url, half):
            _snippets(run.scores[name], half, "te ", text, item.get("with"), item.get("without"))


def _meta_ok(field: str, want: str, got: str) -> bool:
    if field == "date":
        return got[:10] == want[:10]
    if field == "author":
        w = joined(want)
        g = joined(got)
        return bool(g) and (w == g or w in g or g in w)
    return joined(want) == joined(got)


def bench_wcxb(limit: int | None, run: Runner) -> None:
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
    for i in ids:
        gt = json.loads((base / "ground-truth" / f"{i}.json").read_text(encoding="utf-8"))
        g = gt["ground_truth"]
        html = _gz(base / "html" / f"{i}.html.gz")
        ptype = files[i]["page_type"]
        url = gt.get("url")
        half = half_of(url)
        for name, text, meta in run(f"wcxb:{i}", html, url, half, timed=ptype == "article"):
            if name == "trafilatura":
                meta = trafilatura_meta(html, url)
            s = run.scores[name]
            s.add(half, f"{ptype} f1", word_f1(g.get("main_content") or "", text))
            _snippets(s, half, f"{ptype} ", text, g.get("with"), g.get("without"))
            for field, key in (("title", "title"), ("author", "author"), ("date", "publish_date")):
                want = g.get(key)
                if isinstance(want, list):
                    want = "; ".join(str(w) for w in want)
                if want:
                    ok = _meta_ok(field, str(want), meta.get(field, ""))
                    s.add(half, f"{ptype} {field}", float(ok))


class Runner:
    """Runs every extractor on a page, times it, keeps the scores, and (with ``--save``)
    each page's Kliping text, so two runs can be compared page by page."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.scores = {n: Scores() for n in names}
        self.times: dict[str, dict[str, list[float]]] = {n: {} for n in names}
        self.texts: dict[str, str] = {}

    def __call__(
        self, key: str, html: str, url: str | None, half: str, timed: bool = True
    ) -> list[tuple[str, str, dict[str, str]]]:
        out = []
        for name in self.names:
            t0 = time.perf_counter()
            text, meta = EXTRACTORS[name](html, url)
            ms = (time.perf_counter() - t0) * 1000
            sets = ("articles", "all") if timed else ("all",)
            for which in sets:
                self.times[name].setdefault(which, []).append(ms)
            if name == "kliping":
                self.texts[key] = text
            out.append((name, text, meta))
        return out


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


SETS = {"sh": bench_scrapinghub, "wcxb": bench_wcxb, "te": bench_trafilatura_eval}


def _row(label: str, run: Runner, value: Callable[[Scores, str], float | None]) -> None:
    cells = []
    for name in run.names:
        for h in HALVES:
            v = value(run.scores[name], h)
            cells.append(f"{v:9.3f}" if v is not None else f"{'-':>9}")
        cells.append("  ")
    print(f"{label:40}" + "".join(cells))


def report(run: Runner) -> None:
    head = "".join("".join(f"{n[:5] + ' ' + h:>9}" for h in HALVES) + "  " for n in run.names)
    print(f"\n{'measure (site halves A, B, all)':40}{head}")
    s0 = run.scores[run.names[0]]
    if s0.count("all", "sh P"):

        def sh_f1(s: Scores, h: str) -> float | None:
            p, r = s.mean(h, "sh P"), s.mean(h, "sh R")
            return f1(p, r) if p is not None and r is not None else None

        n = [s0.count(h, "sh P") for h in HALVES]
        _row(f"ScrapingHub shingle F1 ({n[0]}/{n[1]}/{n[2]})", run, sh_f1)
        _row("  precision", run, lambda s, h: s.mean(h, "sh P"))
        _row("  recall", run, lambda s, h: s.mean(h, "sh R"))
    for t in TYPES:
        if not s0.count("all", f"{t} f1"):
            continue
        n = [s0.count(h, f"{t} f1") for h in HALVES]
        print(f"WCXB {t} pages {n[0]}/{n[1]}/{n[2]}")
        for k, label in (
            ("f1", "word F1"),
            ("with", "with kept"),
            ("without", "without removed"),
            ("title", "title accuracy"),
            ("author", "author accuracy"),
            ("date", "date accuracy"),
        ):
            _row(f"  WCXB {t} {label}", run, lambda s, h, key=f"{t} {k}": s.mean(h, key))
    if s0.count("all", "te with"):
        n = [s0.count(h, "te with") for h in HALVES]
        print(f"trafilatura-eval-dev (with snippets {n[0]}/{n[1]}/{n[2]})")
        _row("  must-have kept", run, lambda s, h: s.mean(h, "te with"))
        _row("  must-not removed", run, lambda s, h: s.mean(h, "te without"))
    for which in ("articles", "all"):
        med = {n: statistics.median(t[which]) for n, t in run.times.items() if t.get(which)}
        cells = "".join(f"{n} {v:.1f}  " for n, v in med.items())
        print(f"{'median ms/page (' + which + ')':40}{cells}")
        if "trafilatura" in med and "kliping" in med:
            ratio = med["kliping"] / med["trafilatura"]
            print(f"{'  time ratio kliping / trafilatura':40}{ratio:8.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--limit", type=int, default=None, help="pages per set (WCXB: per page type)"
    )
    parser.add_argument(
        "--sets",
        default="sh,wcxb,te",
        help="comma-separated: sh (ScrapingHub), wcxb, te (trafilatura-eval-dev); default all",
    )
    parser.add_argument("--no-peer", action="store_true", help="Kliping only (iteration)")
    parser.add_argument("--save", type=Path, help="write each page's Kliping text (JSON)")
    parser.add_argument("--no-stress", action="store_true", help="skip the hostile-page timings")
    args = parser.parse_args()
    if not DATASETS.is_dir():
        print(f"datasets not found at {DATASETS}: skipping the dataset measures")
    else:
        names = ["kliping"] if args.no_peer else list(EXTRACTORS)
        run = Runner(names)
        # long enough for the language identifier to load its model before the clock starts
        warm = "Warm up the language model and the imports before timing. " * 3
        extract(f"<html><body><p>{warm}</p></body></html>")
        if not args.no_peer:
            run_trafilatura(f"<html><body><p>{warm}</p></body></html>", None)
        for key in args.sets.split(","):
            SETS[key.strip()](args.limit, run)
        report(run)
        if args.save:
            args.save.write_text(json.dumps(run.texts, ensure_ascii=False), encoding="utf-8")
    if not args.no_stress:
        stress()
    return 0


if __name__ == "__main__":
    sys.exit(main())
