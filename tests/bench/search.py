"""Search benchmark: Kliping's Whoosh index against SQLite FTS5 on the same corpus.

Generates a multilingual corpus (``--n`` articles of about 800 words, default
100,000: Zipf-distributed vocabularies with inflected word forms in 14 languages,
CJK without spaces), indexes it with :class:`reader.core.search.SearchIndex` and
with SQLite FTS5 in the same run, then runs the same queries against both, each in
a fresh process so peak memory is the search process's own. Prints both side by
side with the targets of issue 8.

    .venv/bin/python tests/bench/search.py --n 10000
    nice .venv/bin/python tests/bench/search.py            # 100,000: a long run

``--dir`` keeps the corpus and the indexes for another run with ``--reuse``.
``--results FILE`` writes what Kliping answered to each query (totals, ids and scores of
the top 20, ids, titles and snippets of the top 10) as JSON, so that two commits' answers
can be compared byte for byte (``cmp a.json b.json``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.search import IndexDoc, SearchIndex  # noqa: E402

# language: (share of corpus, syllables, suffixes (inflections), function words)
LANGUAGES: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "en": (
        0.36,
        [
            "pro",
            "ces",
            "sor",
            "com",
            "pu",
            "ter",
            "mar",
            "ket",
            "gov",
            "ern",
            "ment",
            "in",
            "ter",
            "na",
            "tion",
            "al",
            "sta",
            "tion",
            "re",
            "port",
        ],
        ["", "", "", "s", "ed", "ing", "er", "ers", "ly", "ation"],
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "a",
            "is",
            "that",
            "for",
            "it",
            "as",
            "was",
            "with",
            "be",
            "by",
            "on",
            "not",
            "he",
            "this",
            "are",
        ],
    ),
    "id": (
        0.09,
        [
            "pro",
            "se",
            "sor",
            "ke",
            "ma",
            "syara",
            "kat",
            "pe",
            "me",
            "rin",
            "tah",
            "da",
            "ba",
            "ru",
            "la",
            "ngan",
            "ka",
            "ta",
            "ha",
            "ri",
        ],
        ["", "", "kan", "an", "nya", "i", "lah"],
        [
            "yang",
            "dan",
            "di",
            "itu",
            "dengan",
            "untuk",
            "tidak",
            "ini",
            "dari",
            "dalam",
            "akan",
            "pada",
            "juga",
            "ke",
        ],
    ),
    "ru": (
        0.08,
        [
            "про",
            "цес",
            "сор",
            "ком",
            "пью",
            "тер",
            "пра",
            "ви",
            "тель",
            "ст",
            "во",
            "ры",
            "нок",
            "ра",
            "бо",
            "та",
            "но",
            "вост",
        ],
        ["", "", "ов", "ами", "ы", "ой", "ого", "ая", "ые", "ах", "ом"],
        [
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "как",
            "это",
            "он",
            "к",
            "но",
            "из",
            "за",
            "для",
            "от",
        ],
    ),
    "de": (
        0.07,
        [
            "ver",
            "ar",
            "bei",
            "tung",
            "re",
            "gie",
            "rung",
            "wirt",
            "schaft",
            "zei",
            "tung",
            "rech",
            "ner",
            "ge",
            "setz",
        ],
        ["", "", "en", "ung", "er", "ern", "es", "ungen", "lich"],
        [
            "der",
            "die",
            "und",
            "in",
            "den",
            "von",
            "zu",
            "das",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "ist",
            "im",
            "nicht",
        ],
    ),
    "fr": (
        0.06,
        [
            "pro",
            "ces",
            "seur",
            "gou",
            "ver",
            "ne",
            "ment",
            "mar",
            "ché",
            "tra",
            "vail",
            "é",
            "co",
            "no",
            "mie",
        ],
        ["", "", "s", "es", "ement", "é", "ées", "ait", "ions"],
        [
            "de",
            "la",
            "le",
            "et",
            "les",
            "des",
            "en",
            "un",
            "du",
            "une",
            "que",
            "est",
            "pour",
            "qui",
            "dans",
        ],
    ),
    "es": (
        0.06,
        [
            "pro",
            "ce",
            "sa",
            "dor",
            "go",
            "bier",
            "no",
            "mer",
            "ca",
            "do",
            "tra",
            "ba",
            "jo",
            "e",
            "co",
            "no",
            "mí",
            "a",
        ],
        ["", "", "s", "es", "ando", "ado", "ción", "mente", "aron"],
        [
            "de",
            "la",
            "que",
            "el",
            "en",
            "y",
            "a",
            "los",
            "del",
            "se",
            "las",
            "por",
            "un",
            "para",
            "con",
            "no",
        ],
    ),
    "pt": (
        0.04,
        [
            "pro",
            "ces",
            "sa",
            "dor",
            "go",
            "ver",
            "no",
            "mer",
            "ca",
            "do",
            "tra",
            "ba",
            "lho",
            "e",
            "co",
            "no",
            "mi",
            "a",
        ],
        ["", "", "s", "es", "ando", "ado", "ção", "mente", "aram"],
        [
            "de",
            "a",
            "o",
            "que",
            "e",
            "do",
            "da",
            "em",
            "um",
            "para",
            "é",
            "com",
            "não",
            "uma",
            "os",
            "no",
        ],
    ),
    "it": (
        0.03,
        [
            "pro",
            "ces",
            "so",
            "re",
            "go",
            "ver",
            "no",
            "mer",
            "ca",
            "to",
            "la",
            "vo",
            "ro",
            "e",
            "co",
            "no",
            "mi",
            "a",
        ],
        ["", "", "i", "e", "ando", "ato", "zione", "mente", "ati"],
        [
            "di",
            "e",
            "il",
            "la",
            "che",
            "in",
            "a",
            "per",
            "un",
            "è",
            "non",
            "con",
            "del",
            "le",
            "si",
        ],
    ),
    "nl": (
        0.03,
        [
            "ver",
            "wer",
            "king",
            "re",
            "ge",
            "ring",
            "eco",
            "no",
            "mie",
            "kran",
            "ten",
            "re",
            "ke",
            "naar",
        ],
        ["", "", "en", "ing", "er", "s", "de", "ingen"],
        [
            "de",
            "van",
            "een",
            "het",
            "en",
            "in",
            "is",
            "dat",
            "op",
            "te",
            "zijn",
            "voor",
            "met",
            "die",
        ],
    ),
    "sv": (
        0.02,
        ["be", "hand", "la", "re", "ge", "ring", "e", "ko", "no", "mi", "tid", "ning", "da", "tor"],
        ["", "", "en", "ar", "er", "na", "ade", "ningen"],
        ["och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den"],
    ),
    "tr": (
        0.02,
        [
            "iş",
            "lem",
            "ci",
            "hü",
            "kü",
            "met",
            "e",
            "ko",
            "no",
            "mi",
            "ga",
            "ze",
            "te",
            "bil",
            "gi",
            "sa",
            "yar",
        ],
        ["", "", "ler", "lar", "de", "da", "in", "ını", "ları"],
        ["bir", "ve", "bu", "da", "için", "ile", "de", "çok", "daha", "gibi", "olarak", "ama"],
    ),
    "zh": (0.09, [], [], []),
    "ja": (0.03, [], [], []),
    "ko": (0.02, [], [], []),
}
CJK_RANGES = {"zh": (0x4E00, 0x62FF), "ja": (0x3041, 0x3096), "ko": (0xAC00, 0xB7A3)}
VOCAB = 20_000
WORDS_PER_ARTICLE = 800
START = datetime.datetime(2021, 1, 1)


class Corpus:
    """A deterministic synthetic corpus: article ``i`` is the same in every run."""

    def __init__(self, seed: int = 8) -> None:
        rng = random.Random(seed)
        self.langs = list(LANGUAGES)
        self.lang_weights = [LANGUAGES[code][0] for code in self.langs]
        self.vocab: dict[str, list[str]] = {}
        self.weights: dict[str, list[float]] = {}
        for code, (_share, syllables, _suffixes, function) in LANGUAGES.items():
            if code in CJK_RANGES:
                low, high = CJK_RANGES[code]
                chars = [chr(c) for c in range(low, high)]
                rng.shuffle(chars)
                words = chars[:3000]
            else:
                seen: set[str] = set(function)
                words = list(function)
                while len(words) < VOCAB:
                    stem = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
                    if stem not in seen:
                        seen.add(stem)
                        words.append(stem)
            self.vocab[code] = words
            # Zipf: the n-th word is 1/n^1.07 as frequent as the first
            self.weights[code] = list(_cumulative([1 / (n + 1) ** 1.07 for n in range(len(words))]))

    def article(self, i: int) -> IndexDoc:
        rng = random.Random(i * 7919 + 13)
        code = rng.choices(self.langs, cum_weights=list(_cumulative(self.lang_weights)))[0]
        if code in CJK_RANGES:
            chars = rng.choices(self.vocab[code], cum_weights=self.weights[code], k=1600)
            sentences = ["".join(chars[k : k + 40]) for k in range(0, len(chars), 40)]
            text = "。\n".join(sentences) + "。"
            title = "".join(chars[:12])
        else:
            suffixes = LANGUAGES[code][2]
            stems = rng.choices(
                self.vocab[code], cum_weights=self.weights[code], k=WORDS_PER_ARTICLE
            )
            words = [s + rng.choice(suffixes) if len(s) > 3 else s for s in stems]
            paragraphs = []
            for k in range(0, len(words), 80):
                sentence = " ".join(words[k : k + 80])
                paragraphs.append(sentence[:1].upper() + sentence[1:] + ".")
            text = "\n\n".join(paragraphs)
            title = " ".join(words[3:10]).capitalize()
        saved = START + datetime.timedelta(minutes=i * 13 + rng.randint(0, 12))
        return IndexDoc(
            id=i + 1,
            title=title,
            text=text,
            authors=[f"Author {rng.randint(1, 500)}"],
            site=f"site{rng.randint(1, 300)}.example",
            tags=[f"tag{rng.randint(1, 40)}"],
            language=code,
            url=f"https://site{rng.randint(1, 300)}.example/{i}",
            saved=saved,
            published=saved.date() - datetime.timedelta(days=rng.randint(0, 30)),
            is_read=rng.random() < 0.6,
            is_favorite=rng.random() < 0.05,
            is_archived=rng.random() < 0.3,
        )

    def queries(self, count: int, seed: int = 99) -> list[tuple[str, str]]:
        """(kliping query, fts5 query) pairs: words, common words, phrases, prefixes."""
        rng = random.Random(seed)
        out: list[tuple[str, str]] = []
        while len(out) < count:
            code = rng.choices(self.langs, weights=self.lang_weights)[0]
            vocab = self.vocab[code]
            kind = rng.random()
            if code in CJK_RANGES:
                sample = self.article(rng.randrange(1000)).text
                start = rng.randrange(0, 200)
                word = sample[start : start + rng.choice([2, 3, 4])]
                if "。" in word or "\n" in word:
                    continue
                out.append((word, f'"{word}"'))
                continue
            suffixes = LANGUAGES[code][2]
            if kind < 0.45:  # one or two mid-frequency words, inflected
                words = [
                    rng.choice(vocab[50:3000]) + rng.choice(suffixes)
                    for _ in range(rng.randint(1, 2))
                ]
            elif kind < 0.65:  # a very common word with a rarer one
                words = [rng.choice(vocab[:20]), rng.choice(vocab[200:5000])]
            elif kind < 0.75:  # very common words only: the worst case
                words = [rng.choice(vocab[:20]) for _ in range(rng.randint(1, 2))]
            elif kind < 0.87:  # a phrase taken from an article
                doc = self.article(rng.randrange(1000))
                if doc.language != code:
                    continue
                tokens = doc.text.split()
                k = rng.randrange(len(tokens) - 3)
                phrase = " ".join(t.strip(".").lower() for t in tokens[k : k + 2])
                out.append((f'"{phrase}"', f'"{phrase}"'))
                continue
            else:  # a prefix
                stem = rng.choice(vocab[30:2000])[:5]
                out.append((f"{stem}*", f'"{stem}"*'))
                continue
            out.append((" ".join(words), " ".join(f'"{w}"' for w in words)))
        return out


def _cumulative(values: list[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, reset by exec)."""
    try:
        for line in pathlib.Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- building -------------------------------------------------------------------------


def build_texts(corpus: Corpus, n: int, path: pathlib.Path) -> None:
    """The article texts in SQLite, as Kliping keeps them (snippets read them from here)."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS article (id INTEGER PRIMARY KEY, text TEXT)")
    with db:
        db.executemany(
            "INSERT OR REPLACE INTO article VALUES (?, ?)",
            ((doc.id, doc.text) for doc in (corpus.article(i) for i in range(n))),
        )
    db.close()


class _Timed:
    """Yields the corpus's articles, keeping the wall and CPU time spent generating them."""

    def __init__(self, corpus: Corpus, n: int) -> None:
        self.corpus, self.n = corpus, n
        self.wall = self.cpu = 0.0

    def __iter__(self) -> Iterator[IndexDoc]:
        for i in range(self.n):
            wall, cpu = time.perf_counter(), time.process_time()
            doc = self.corpus.article(i)
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu
            yield doc


def build_whoosh(corpus: Corpus, n: int, folder: pathlib.Path) -> dict[str, float]:
    index = SearchIndex(folder)
    start = time.perf_counter()
    last = [start]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 30:
            last[0] = time.perf_counter()
            rate = done / (last[0] - start)
            print(f"  whoosh: {done}/{total} ({rate:.0f}/s)", file=sys.stderr, flush=True)

    docs = _Timed(corpus, n)
    load = os.getloadavg()[0]
    cpu = time.process_time()
    index.rebuild(iter(docs), n, progress)
    cpu = time.process_time() - cpu - docs.cpu  # not counting corpus generation
    elapsed = time.perf_counter() - start - docs.wall
    load = max(load, os.getloadavg()[0])
    index.close()
    size = sum(f.stat().st_size for f in folder.iterdir()) / 2**20
    return {
        "rate": n / elapsed,
        "cpu_rate": n / cpu,
        "load": load,
        "seconds": elapsed,
        "size_mb": size,
        "peak_mb": _peak_mb(),
    }


def build_fts5(corpus: Corpus, n: int, path: pathlib.Path) -> dict[str, float]:
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    docs = _Timed(corpus, n)
    start, cpu = time.perf_counter(), time.process_time()
    with db:
        for doc in docs:
            db.execute(
                "INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)",
                (doc.id, doc.title, doc.text),
            )
    elapsed = time.perf_counter() - start - docs.wall
    cpu = time.process_time() - cpu - docs.cpu
    db.close()
    return {
        "rate": n / elapsed,
        "cpu_rate": n / cpu,
        "seconds": elapsed,
        "size_mb": path.stat().st_size / 2**20,
    }


# -- querying (each in a fresh process) -----------------------------------------------


def query_whoosh(
    work: pathlib.Path,
    queries: list[str],
    n: int,
    corpus: Corpus,
    results_file: pathlib.Path | None = None,
) -> dict[str, float]:
    texts = sqlite3.connect(work / "texts.sqlite", check_same_thread=False)

    def text_of(doc_id: int) -> str:
        row = texts.execute("SELECT text FROM article WHERE id = ?", (doc_id,)).fetchone()
        return str(row[0]) if row else ""

    start = time.perf_counter()
    index = SearchIndex(work / "whoosh")
    index.search(queries[0])
    open_first = time.perf_counter() - start
    ranked, with_snippets, totals = [], [], []
    answers: list[dict[str, object]] = []
    for q in queries[1:]:
        t = time.perf_counter()
        results = index.search(q, limit=20)
        ranked.append(time.perf_counter() - t)
        totals.append(results.total)
        top = [(h.id, h.score) for h in results.hits]
        answers.append({"query": q, "total": results.total, "top20": top})
    index.close()
    index = SearchIndex(work / "whoosh")  # fresh caches for the snippet pass
    for q, answer in zip(queries[1:], answers, strict=True):
        t = time.perf_counter()
        results = index.search(q, limit=10, text_of=text_of)
        with_snippets.append(time.perf_counter() - t)
        answer["top10"] = [(h.id, h.title_html, h.snippet_html) for h in results.hits]
    if results_file is not None:
        results_file.write_text(json.dumps(answers, ensure_ascii=False, indent=0))
    # one article saved → findable
    doc = corpus.article(n + 17)
    doc.text += " zyxwvutsrq"
    t = time.perf_counter()
    index.update([doc])
    found = index.search("zyxwvutsrq").total
    saved_findable = time.perf_counter() - t
    index.delete([doc.id])
    index.close()
    return {
        "open_first": open_first,
        "p50": statistics.median(ranked),
        "p95": _pct(ranked, 95),
        "max": max(ranked),
        "snip_p50": statistics.median(with_snippets),
        "snip_p95": _pct(with_snippets, 95),
        "saved_findable": saved_findable if found == 1 else float("nan"),
        "mean_total": statistics.mean(totals),
        "peak_mb": _peak_mb(),
    }


def query_fts5(work: pathlib.Path, queries: list[str]) -> dict[str, float]:
    start = time.perf_counter()
    db = sqlite3.connect(work / "fts5.sqlite")
    top = "SELECT rowid, rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20"
    count = "SELECT count(*) FROM fts WHERE fts MATCH ?"
    snip = (
        "SELECT rowid, snippet(fts, 1, '<mark>', '</mark>', '…', 24) FROM fts "
        "WHERE fts MATCH ? ORDER BY rank LIMIT 10"
    )
    db.execute(top, (queries[0],)).fetchall()
    open_first = time.perf_counter() - start
    ranked, with_snippets = [], []
    for q in queries[1:]:
        t = time.perf_counter()
        db.execute(top, (q,)).fetchall()
        db.execute(count, (q,)).fetchone()
        ranked.append(time.perf_counter() - t)
    for q in queries[1:]:
        t = time.perf_counter()
        db.execute(snip, (q,)).fetchall()
        db.execute(count, (q,)).fetchone()
        with_snippets.append(time.perf_counter() - t)
    t = time.perf_counter()
    with db:
        db.execute(
            "INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", (10**9, "x", "zyxwvutsrq")
        )
    db.execute(top, ("zyxwvutsrq",)).fetchall()
    saved_findable = time.perf_counter() - t
    with db:
        db.execute("DELETE FROM fts WHERE rowid = ?", (10**9,))
    db.close()
    return {
        "open_first": open_first,
        "p50": statistics.median(ranked),
        "p95": _pct(ranked, 95),
        "max": max(ranked),
        "snip_p50": statistics.median(with_snippets),
        "snip_p95": _pct(with_snippets, 95),
        "saved_findable": saved_findable,
        "peak_mb": _peak_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--dir", type=pathlib.Path, help="keep the corpus and indexes here")
    parser.add_argument("--reuse", action="store_true", help="skip building (needs --dir)")
    parser.add_argument("--phase", choices=["whoosh", "fts5"], help=argparse.SUPPRESS)
    parser.add_argument(
        "--results", type=pathlib.Path, help="write Kliping's answer to each query here (JSON)"
    )
    args = parser.parse_args()
    corpus = Corpus()
    pairs = corpus.queries(args.queries)

    if args.phase:  # a child process: run the queries, print JSON
        work = args.dir
        if args.phase == "whoosh":
            result = query_whoosh(work, [k for k, _ in pairs], args.n, corpus, args.results)
        else:
            result = query_fts5(work, [f for _, f in pairs])
        print(json.dumps(result))
        return

    work = args.dir or pathlib.Path(tempfile.mkdtemp(prefix="kliping-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    build: dict[str, dict[str, float]] = {}
    if not args.reuse:
        print(f"generating {args.n:,} articles into {work}", file=sys.stderr, flush=True)
        build_texts(corpus, args.n, work / "texts.sqlite")
        print("indexing with Whoosh …", file=sys.stderr, flush=True)
        build["whoosh"] = build_whoosh(corpus, args.n, work / "whoosh")
        print("indexing with FTS5 …", file=sys.stderr, flush=True)
        (work / "fts5.sqlite").unlink(missing_ok=True)
        build["fts5"] = build_fts5(corpus, args.n, work / "fts5.sqlite")
        (work / "build.json").write_text(json.dumps(build))
    else:
        build = json.loads((work / "build.json").read_text())

    runs = {}
    for phase in ("whoosh", "fts5"):
        print(f"querying {phase} …", file=sys.stderr, flush=True)
        results = ["--results", str(args.results.resolve())] if args.results else []
        out = subprocess.run(
            [sys.executable, __file__, "--phase", phase, "--dir", str(work), "--n", str(args.n),
             "--queries", str(args.queries), *(results if phase == "whoosh" else [])],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        runs[phase] = json.loads(out.stdout.strip().splitlines()[-1])

    w, f = runs["whoosh"], runs["fts5"]
    ms = 1000.0
    rows = [
        ("ranked top-20 p50 (ms)", w["p50"] * ms, f["p50"] * ms, "≤ 30"),
        ("ranked top-20 p95 (ms)", w["p95"] * ms, f["p95"] * ms, "≤ 100"),
        ("ranked top-20 max (ms)", w["max"] * ms, f["max"] * ms, ""),
        ("snippets top-10 p50 (ms)", w["snip_p50"] * ms, f["snip_p50"] * ms, ""),
        ("snippets top-10 p95 (ms)", w["snip_p95"] * ms, f["snip_p95"] * ms, "≤ 150"),
        ("open + first query (ms)", w["open_first"] * ms, f["open_first"] * ms, "≤ 500"),
        ("bulk indexing (articles/s)", build["whoosh"]["rate"], build["fts5"]["rate"], "≥ 150"),
        (
            "  per CPU-second",
            build["whoosh"].get("cpu_rate", 0),
            build["fts5"].get("cpu_rate", 0),
            "",
        ),
        ("saved → findable (ms)", w["saved_findable"] * ms, f["saved_findable"] * ms, "≤ 1000"),
        ("search process peak (MB)", w["peak_mb"], f["peak_mb"], "≤ 400"),
        ("indexing process peak (MB)", build["whoosh"].get("peak_mb", 0), 0, ""),
        ("index size (MB)", build["whoosh"]["size_mb"], build["fts5"]["size_mb"], ""),
    ]
    print(
        f"\n{args.n:,} articles, {args.queries - 1} queries (mean total {w['mean_total']:.0f} hits)"
    )
    if "load" in build["whoosh"]:
        load = build["whoosh"]["load"]
        print(f"(load average while indexing: up to {load:.1f} on {os.cpu_count()} CPUs)")
    print(f"{'measure':30} {'Kliping':>10} {'FTS5':>10} {'ratio':>7}  target")
    for name, mine, peer, target in rows:
        ratio = f"{mine / peer:.1f}×" if peer else ""
        print(f"{name:30} {mine:10.1f} {peer:10.1f} {ratio:>7}  {target}")


if __name__ == "__main__":
    main()
