"""Reliability report: the machinery of tests/reliability with bigger counts.

Prints crash cycles survived, articles lost (must be 0), inputs fuzzed with the time
each took (the time bound is measured here, never asserted in a timed test), hostile
endpoints handled, the real command's peak memory against a 200 MB body and a
gzip bomb, and damage: random 4 KB pages of the database and random index files
overwritten, truncated or deleted, with what was detected, repaired and recovered.

    nice .venv/bin/python tests/bench/reliability.py [--cycles 300] [--fuzz 2000]
        [--damage 30] [--seed N] [--only damage]

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


# -- damage ------------------------------------------------------------------------------

PAGE = 4096


def _damage_base(server, folder: Path, count: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """A closed library of ``count`` articles (tags, highlights, images) plus a person's
    own files beside Kliping's; returns id -> sha256 of the text."""
    import hashlib

    from reliability_kit import serve_article

    from reader.core.library import Library

    with Library.open(folder) as lib, lib.index_batch():
        for n in range(count):
            lib.save_url(serve_article(server, n))
        lib.tag([1, 2, 3], ["kept"])
        lib.add_highlight(2, lib.get(2).text[:30], "a note")
    (folder / "assets" / "my-logo.png").write_bytes(b"a person's own file")
    (folder / "notes.txt").write_text("a person's own notes")
    with Library.open(folder) as lib:
        records = lib.get_many(lib.store.all_ids())
        return {r.id: hashlib.sha256(r.text.encode()).hexdigest() for r in records}


def _readable_articles(db: Path) -> dict[int, str]:
    """Articles whose row and kept page read back whole from a damaged file."""
    import hashlib
    import sqlite3
    import zlib

    out: dict[int, str] = {}
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    for i in range(1, 10_000):
        try:
            row = con.execute("SELECT text FROM articles WHERE id = ?", (i,)).fetchone()
            page = con.execute(
                "SELECT content FROM originals WHERE article_id = ?", (i,)
            ).fetchone()
            if row is None:
                continue
            if page is not None:
                zlib.decompress(page[0])
        except (sqlite3.DatabaseError, zlib.error):
            continue
        out[i] = hashlib.sha256(row[0].encode()).hexdigest()
        if len(out) > 5000:
            break
    con.close()
    return out


def _use(folder: Path) -> tuple[bool, list[str]]:
    """Use the library as a reader would; (damage reported?, bugs met)."""
    from reader.core.errors import KlipingError, LibraryDamagedError
    from reader.core.library import Library

    bugs: list[str] = []
    reported = False
    try:
        with Library.open(folder) as lib:
            steps = [lambda: lib.list(), lambda: lib.counts(), lambda: lib.search("the")]
            steps += [lambda i=i: lib.get(i) for i in range(1, 40)]
            steps += [lambda i=i: lib.original_html(i) for i in range(1, 40)]
            steps += [lambda: lib.tag([1], ["used"]), lambda: lib.check()]
            for step in steps:
                try:
                    step()
                except LibraryDamagedError:
                    reported = True
                except KlipingError:
                    pass
                except Exception as exc:
                    bugs.append(f"{type(exc).__name__}: {exc}"[:120])
            reported = reported or lib.damaged is not None
    except LibraryDamagedError:
        reported = True
    except Exception as exc:
        bugs.append(f"open: {type(exc).__name__}: {exc}"[:120])
    return reported, bugs


def damage_database(server, trials: int, seed: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    import shutil

    from reliability_kit import check_library

    from reader.core.library.repair import repair

    rng = random.Random(seed)
    stats: dict[str, object] = {"trials": 0, "harmless": 0, "detected": 0, "repaired": 0,
                                "lost_readable": 0, "held": 0, "held_back": 0, "as_links": 0,
                                "pages_lost": 0, "files_deleted": 0, "bugs": []}  # fmt: skip
    bugs: list[str] = stats["bugs"]  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        truth = _damage_base(server, base, 24)
        files = {p.relative_to(base) for p in base.rglob("*") if p.is_file()}
        mine = [p for p in files if "my-logo" in str(p) or p.name == "notes.txt"]
        images = [p for p in files if str(p).startswith("assets/")]
        pages = (base / "library.sqlite3").stat().st_size // PAGE
        for trial in range(trials):
            folder = Path(tmp) / f"t{trial}"
            shutil.copytree(base, folder)
            db = folder / "library.sqlite3"
            page = rng.randint(1, pages)
            start = (page - 1) * PAGE + (100 if page == 1 else 0)  # never the header
            with db.open("r+b") as f:
                f.seek(start)
                f.write(rng.randbytes(page * PAGE - start))
            readable = _readable_articles(db)
            stats["trials"] += 1  # type: ignore[operator]
            if readable == truth and _sound(db):
                stats["harmless"] += 1  # type: ignore[operator]
                shutil.rmtree(folder)
                continue
            reported, found = _use(folder)
            bugs.extend(found)
            stats["detected"] += reported  # type: ignore[operator]
            try:
                report = repair(folder)
                snap = check_library(folder, pages_lost=report.pages_lost)
                stats["repaired"] += 1  # type: ignore[operator]
            except Exception as exc:
                bugs.append(f"repair: {type(exc).__name__}: {exc}"[:160])
                shutil.rmtree(folder)
                continue
            whole = {i for i, h in snap.articles.items() if truth.get(i) == h}
            stats["lost_readable"] += len(set(readable) - whole)  # type: ignore[operator]
            held = set(truth) - set(readable)
            stats["held"] += len(held)  # type: ignore[operator]
            stats["held_back"] += len(held & whole)  # type: ignore[operator]
            stats["as_links"] += len(report.as_links)  # type: ignore[operator]
            stats["pages_lost"] += len(report.pages_lost)  # type: ignore[operator]
            stats["files_deleted"] += sum(not (folder / p).exists() for p in [*mine, *images])  # type: ignore[operator]
            shutil.rmtree(folder)
    return stats


def _sound(db: Path) -> bool:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def damage_index(server, trials: int, seed: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    import shutil

    from reader.core.library import Library

    rng = random.Random(seed + 1)
    kinds = ["toc deleted", "segment truncated", "segment deleted", "segment overwritten"]
    words = ["the", "council", "de", "la", "solar", "biblioteca", "bahn", "2024", "city"]
    stats: dict[str, object] = {"trials": 0, "detected": 0, "complete": 0, "by_kind": {},
                                "silently_short": 0, "bugs": []}  # fmt: skip
    bugs: list[str] = stats["bugs"]  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        _damage_base(server, base, 24)
        with Library.open(base) as lib:
            answers = {w: {h.id for h in lib.search(w, limit=100).hits} for w in words}
        for trial in range(trials):
            folder = Path(tmp) / f"t{trial}"
            shutil.copytree(base, folder)
            kind = rng.choice(kinds)
            index = folder / "index"
            segments = sorted(index.glob("*.seg"))
            target = rng.choice(segments)
            if kind == "toc deleted":
                for toc in index.glob("*.toc"):
                    toc.unlink()
            elif kind == "segment truncated":
                with target.open("r+b") as f:
                    f.truncate(rng.randrange(target.stat().st_size))
            elif kind == "segment deleted":
                target.unlink()
            else:
                with target.open("r+b") as f:
                    f.seek(rng.randrange(max(1, target.stat().st_size - PAGE)))
                    f.write(rng.randbytes(PAGE))
            by_kind: dict[str, int] = stats["by_kind"]  # type: ignore[assignment]
            by_kind[kind] = by_kind.get(kind, 0) + 1
            stats["trials"] += 1  # type: ignore[operator]
            try:
                with Library.open(folder) as lib:
                    got = {w: {h.id for h in lib.search(w, limit=100).hits} for w in words}
                    detected = lib.index_rebuilt is not None
            except Exception as exc:
                bugs.append(f"{kind}: {type(exc).__name__}: {exc}"[:160])
                shutil.rmtree(folder)
                continue
            stats["detected"] += detected  # type: ignore[operator]
            complete = got == answers
            stats["complete"] += complete  # type: ignore[operator]
            stats["silently_short"] += not complete and not detected  # type: ignore[operator]
            shutil.rmtree(folder)
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--fuzz", type=int, default=2000)
    parser.add_argument("--damage", type=int, default=30, help="database and index trials")
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--only", choices=["damage"], help="run only this section")
    args = parser.parse_args()

    from httpserver import LoopbackServer

    failed = False
    with LoopbackServer() as server:
        failed |= report_damage(server, args.damage, args.seed)
        if args.only == "damage":
            return 1 if failed else 0
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


def report_damage(server, trials: int, seed: int) -> bool:  # type: ignore[no-untyped-def]
    """Print the damage section; True if a target was missed."""
    start = time.monotonic()
    d = damage_database(server, trials, seed)
    harmful = int(d["trials"]) - int(d["harmless"])  # type: ignore[call-overload]
    print(f"Damage: {d['trials']} random 4 KB page overwrites of a 24-article database "
          f"({d['harmless']} hit nothing a reader has, e.g. free pages)")  # fmt: skip
    print(f"  detected {d['detected']} of {harmful}; repaired {d['repaired']} of {harmful}; "
          f"readable articles lost in repair: {d['lost_readable']}")  # fmt: skip
    print(f"  articles on the damaged pages: {d['held']}, of which {d['held_back']} came back "
          f"whole (from their kept page); {d['as_links']} kept as links; "
          f"{d['pages_lost']} kept their text but lost their saved page")  # fmt: skip
    print(f"  files deleted (images, a person's own files): {d['files_deleted']}; "
          f"bugs: {len(d['bugs'])}")  # type: ignore[arg-type]  # fmt: skip
    for b in d["bugs"][:5]:  # type: ignore[index]
        print(f"    {b}")
    i = damage_index(server, trials, seed)
    print(f"Damage: {i['trials']} search index corruptions {i['by_kind']}")
    print(f"  detected and rebuilt {i['detected']}; every search answered as before "
          f"{i['complete']}; silently finding less: {i['silently_short']}; "
          f"bugs: {len(i['bugs'])}  ({time.monotonic() - start:.0f} s)")  # type: ignore[arg-type]  # fmt: skip
    for b in i["bugs"][:5]:  # type: ignore[index]
        print(f"    {b}")
    return bool(
        d["detected"] != harmful
        or d["repaired"] != harmful
        or d["lost_readable"]
        or d["files_deleted"]
        or d["bugs"]
        or i["silently_short"]
        or i["bugs"]
    )


if __name__ == "__main__":
    sys.exit(main())
