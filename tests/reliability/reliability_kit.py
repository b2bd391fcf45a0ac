"""Machinery shared by the reliability tests and ``tests/bench/reliability.py``.

The crash harness runs the real ``kliping`` command (``python -m reader``) against a
loopback server, kills it with SIGKILL after a seeded random delay, reopens the library
in this process (``Library.open`` runs the crash recovery) and checks what a reader would
notice: the database is sound, every article is either fully there (text, original page,
image files, search index entry) or absent, nothing that was reported saved is lost, and
no orphan file is left in ``assets/`` or ``incoming/``.

Nothing here is a test by itself; the tests and the benchmark decide the counts.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PAGES = sorted((DATA / "pages").glob("*.html"))

_CANONICAL = re.compile(r'(rel="canonical" href="[^"]+?)/?"')
_OG_URL = re.compile(r'(property="og:url" content="[^"]+?)/?"')
_LD_PAGE = re.compile(r'("mainEntityOfPage": "[^"]+?)/?"')
_IMAGE_REF = re.compile(r"/images/([\w-]+)\.png")


# -- articles on the loopback server -------------------------------------------------------


def unique_png(n: int, name: str) -> bytes:
    """A real PNG from tests/data/images with bytes of its own (so its own asset file).

    Bytes after IEND are ignored by every decoder, so the image still shows.
    """
    return (DATA / "images" / f"{name}.png").read_bytes() + f"kliping-{n}".encode()


def serve_article(server: object, n: int) -> str:
    """Register the n-th distinct article (a fixture page with its own canonical URL).

    Odd-numbered articles get their own copy of each image, even-numbered ones share
    the fixture's images with every other even article, so both the "new file" and the
    "file already there" paths of the assets folder are exercised.
    """
    page = PAGES[n % len(PAGES)]
    src = page.read_text(encoding="utf-8")
    for pattern in (_CANONICAL, _OG_URL, _LD_PAGE):
        src = pattern.sub(rf'\1-copy-{n}/"', src)
    if n % 2:
        for name in set(_IMAGE_REF.findall(src)):
            path = f"/own/{n}/{name}.png"
            server.set(path, unique_png(n, name), content_type="image/png")  # type: ignore[attr-defined]
            src = src.replace(f"/images/{name}.png", path)
    return server.set(f"/art/{n}/{page.name}", src)  # type: ignore[attr-defined]


# -- the real command ---------------------------------------------------------------------


class Cli:
    """Runs ``python -m reader --library L …`` with a private HOME and log folder."""

    def __init__(self, tmp: Path, library: Path, **env: str) -> None:
        self.library = library
        self.env = {
            **os.environ,
            "HOME": str(tmp / "home"),
            "XDG_DATA_HOME": str(tmp / "home" / "data"),
            "XDG_CONFIG_HOME": str(tmp / "home" / "config"),
            "KLIPING_LOG_DIR": str(tmp / "logs"),
            "KLIPING_READ_TIMEOUT": "5",
            "KLIPING_TOTAL_TIMEOUT": "20",
            "PYTHONUNBUFFERED": "1",  # what was printed before a kill reaches us
            "QT_QPA_PLATFORM": "offscreen",
            **env,
        }
        self.env.pop("KLIPING_LIBRARY", None)

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "reader", "--library", str(self.library), *args]

    def start(self, *args: str, **kwargs: object) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.argv(*args), env=self.env, cwd=ROOT, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs,  # type: ignore[call-overload]
        )  # fmt: skip

    def run(
        self, *args: str, timeout: float = 120, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # type: ignore[call-overload,no-any-return]
            self.argv(*args), env=self.env, cwd=ROOT, text=True, capture_output=True,
            timeout=timeout, **kwargs,
        )  # fmt: skip


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The error a person sees: exit 1 and one ``kliping:`` line, never a traceback."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith(("kliping:", "  failed:"))]
    assert lines, result.stderr
    return lines[-1]


# -- what a sound library looks like ----------------------------------------------------------


@dataclass
class Snapshot:
    """A library's articles after recovery: id -> sha256 of the article text."""

    articles: dict[int, str]
    asset_files: int

    def ids(self) -> set[int]:
        return set(self.articles)


def check_library(folder: Path, *, pages_lost: Collection[int] = ()) -> Snapshot:
    """Open ``folder`` (running crash recovery) and assert every invariant a reader relies on.

    ``pages_lost``: articles known to have lost their kept page (a repair reported it).

    Raises:
        AssertionError: naming the first broken invariant.
    """
    from reader.core.library import Library

    with Library.open(folder) as lib:
        st = lib.store
        assert st.integrity_check() == "ok", st.integrity_check()
        fk = st.db.execute("PRAGMA foreign_key_check").fetchall()
        assert not fk, f"dangling rows: {[tuple(r) for r in fk]}"
        ids = st.all_ids()
        referenced: set[str] = set()
        articles: dict[int, str] = {}
        for rec in st.get_articles(ids):
            if rec.status == "ok":
                assert rec.text.strip(), f"article {rec.id} has no text"
                kept = st.get_original(rec.id) is not None
                assert kept or rec.id in pages_lost, f"article {rec.id} lost its page"
            for img in st.images_of(rec.id):
                if img["status"] != "ok":
                    continue
                path = folder / img["path"]
                assert path.is_file(), f"article {rec.id}: {img['path']} is missing"
                data = path.read_bytes()
                assert len(data) == img["size"], f"article {rec.id}: {img['path']} is torn"
                assert hashlib.sha256(data).hexdigest()[:32] == path.stem, f"{path.name} damaged"
                referenced.add(img["path"])
            for src in re.findall(r'src="(assets/[^"]+)"', rec.html):
                assert (folder / src).is_file(), f"article {rec.id} shows a missing {src}"
            articles[rec.id] = hashlib.sha256(rec.text.encode()).hexdigest()
        assert not st.outbox(), f"index catch-up left {st.outbox()} pending"
        indexed = lib.index.doc_ids()
        assert indexed == set(ids), (
            f"index and database disagree: only indexed {sorted(indexed - set(ids))}, "
            f"not indexed {sorted(set(ids) - indexed)}"
        )
    from reader.core.library.assets import is_own_asset

    assets = folder / "assets"
    # Only files named by Kliping's scheme can be its orphans; a person's own are theirs.
    own = [p for p in assets.iterdir() if is_own_asset(p)] if assets.is_dir() else []
    files = {f"assets/{p.name}" for p in own}
    assert files <= referenced, f"orphan asset files: {sorted(files - referenced)}"
    incoming = folder / "incoming"
    left = list(incoming.iterdir()) if incoming.is_dir() else []
    assert not left, f"orphan downloads: {left}"
    for stray in ("index.new", "index.old"):
        assert not (folder / stray).exists(), f"{stray} left behind"
    return Snapshot(articles, len(files))


# -- the crash harness ---------------------------------------------------------------------


@dataclass
class CrashStats:
    """What a run of crash cycles did."""

    cycles: int = 0
    killed: int = 0  # cycles where the process was still running when killed
    finished: int = 0  # cycles where it finished before the kill came
    articles_lost: int = 0
    by_op: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    articles: int = 0


_SAVED = re.compile(r"^\s*(?:Saved|Refreshed) (\d+):", re.MULTILINE)


class CrashHarness:
    """Kill ``kliping`` at random moments, reopen, check; repeat.

    Args:
        server: A running LoopbackServer.
        tmp: A private folder (HOME, logs and the library live below it).
        seed: Makes the sequence of operations and kill delays reproducible.
        ops: Operation names to draw from (see :meth:`operation`); ``import`` is used
            only when the importers exist.
        batch: URLs per ``add``.
    """

    def __init__(
        self, server: object, tmp: Path, *, seed: int, ops: list[str], batch: int = 4
    ) -> None:
        self.server = server
        self.tmp = tmp
        self.library = tmp / "library"
        self.cli = Cli(tmp, self.library)
        self.rng = random.Random(seed)
        self.ops = ops
        self.batch = batch
        self.next_article = 0
        self.durations: dict[str, float] = {}
        self.known: dict[int, str] = {}  # articles seen after a recovery: must stay
        self.stats = CrashStats()
        self.log: list[str] = []
        self.startup = self._measure_startup()

    def _measure_startup(self) -> float:
        start = time.monotonic()
        self.cli.run("list")
        return time.monotonic() - start

    def new_urls(self, n: int) -> list[str]:
        urls = [serve_article(self.server, self.next_article + i) for i in range(n)]
        self.next_article += n
        return urls

    def operation(self, op: str) -> list[str]:
        """The command line for one operation."""
        if op == "add":
            return ["add", *self.new_urls(self.batch)]
        if op == "refresh":
            old = [serve_article(self.server, n) for n in self._sample_saved(2)]
            return ["add", "--refresh", *old, *self.new_urls(1)]
        if op == "delete":
            ids = sorted(self.rng.sample(sorted(self.known), min(2, len(self.known))))
            return ["delete", *map(str, ids)] if ids else ["add", *self.new_urls(1)]
        if op == "reindex":
            return ["reindex"]
        if op == "import":
            listing = self.tmp / f"import-{self.stats.cycles}.txt"
            listing.write_text("\n".join(self.new_urls(self.batch)) + "\n", encoding="utf-8")
            return ["import", str(listing)]
        raise ValueError(op)

    def _sample_saved(self, k: int) -> list[int]:
        # Article numbers on the server, not ids: any already served one will do.
        served = range(self.next_article)
        return self.rng.sample(served, min(k, len(served)))

    def warm_up(self, op: str) -> None:
        """Run an operation to the end once to learn how long it takes."""
        args = self.operation(op)
        start = time.monotonic()
        result = self.cli.run(*args)
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stderr, result.stderr
        self.durations[op] = time.monotonic() - start
        self.known = check_library(self.library).articles

    def cycle(self) -> None:
        """One cycle: start an operation, SIGKILL it at a random moment, reopen and check."""
        op = self.rng.choice(self.ops)
        args = self.operation(op)
        deleting = {int(a) for a in args[1:]} if args[0] == "delete" else set()
        expected = self.durations.get(op, 2.0)
        # From "still starting up" to "nearly done": most kills land in the work itself.
        delay = self.rng.uniform(self.startup * 0.6, max(self.startup, expected) * 1.05)
        proc = self.cli.start(*args)
        try:
            proc.wait(timeout=delay)
            finished = True
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            finished = False
        out, err = proc.communicate(timeout=30)
        if finished:
            self.durations[op] = 0.7 * expected + 0.3 * delay
            assert proc.returncode in (0, 1), f"{args[0]} failed: {err}"
        else:
            self.durations[op] = max(expected, delay)
        assert "Traceback" not in err, err
        self.stats.cycles += 1
        self.stats.by_op[op] = self.stats.by_op.get(op, 0) + 1
        self.stats.killed += not finished
        self.stats.finished += finished
        reported = {int(i) for i in _SAVED.findall(out)}
        self.log.append(f"{op} killed after {delay:.2f}s" if not finished else f"{op} finished")
        try:
            snap = check_library(self.library)
        except AssertionError as exc:
            raise AssertionError(
                f"after cycle {self.stats.cycles} ({self.log[-1]}): {exc}"
            ) from None
        must_stay = (set(self.known) - deleting) | reported
        lost = must_stay - snap.ids()
        changed = {
            i for i in set(self.known) - deleting - lost if self.known[i] != snap.articles.get(i)
        }
        if op == "refresh":
            changed = set()  # a refresh may legitimately re-clean an article
        self.stats.articles_lost += len(lost)
        assert not lost, f"after cycle {self.stats.cycles} ({self.log[-1]}): lost {sorted(lost)}"
        assert not changed, f"after cycle {self.stats.cycles}: articles {sorted(changed)} changed"
        self.known = snap.articles
        self.stats.articles = len(snap.articles)

    def run(self, cycles: int) -> CrashStats:
        start = time.monotonic()
        for op in dict.fromkeys(self.ops):
            self.warm_up(op)
        for _ in range(cycles):
            self.cycle()
        self.stats.seconds = time.monotonic() - start
        return self.stats


# -- mutation fuzzing ---------------------------------------------------------------------

_SNIPPETS = [
    b"<", b">", b"</div>", b"<div>" * 50, b"<table><tr><td>", b"<!--", b"-->", b"<![CDATA[",
    b"<script>", b"</script>", b"&#x110000;", b"&", b"\x00", b"\xff\xfe", b"\xc3(", b"\"'",
    b"<meta charset=utf-16>", b"<meta charset=x-unknown>", b"<svg><style>", b"<math>",
    b"<p>" + "ŋ語é".encode() * 40, b"<html><body>", b"\r\n" * 20, b"<a href='javascript:1'>",
]  # fmt: skip


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random edits of ``data``: flips, cuts, splices, duplications, hostile snippets."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buf:
            buf += rng.choice(_SNIPPETS)
        kind = rng.randrange(6)
        pos = rng.randrange(len(buf))
        if kind == 0:  # flip bytes
            for i in range(pos, min(len(buf), pos + rng.randint(1, 16))):
                buf[i] = rng.randrange(256)
        elif kind == 1:  # cut a range
            del buf[pos : pos + rng.randint(1, max(1, len(buf) // 4))]
        elif kind == 2:  # insert a hostile snippet
            buf[pos:pos] = rng.choice(_SNIPPETS)
        elif kind == 3:  # duplicate a range
            end = min(len(buf), pos + rng.randint(1, 4096))
            buf[pos:pos] = buf[pos:end] * rng.randint(1, 4)
        elif kind == 4:  # truncate
            del buf[pos:]
        else:  # swap two ranges
            other = rng.randrange(len(buf))
            a, b = sorted((pos, other))
            size = min(rng.randint(1, 512), b - a)
            buf[a : a + size], buf[b : b + size] = buf[b : b + size], buf[a : a + size]
    return bytes(buf)


def mutated_pages(seed: int, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` mutated fixture pages (name, bytes), reproducible from ``seed``."""
    rng = random.Random(seed)
    originals = [(p.name, p.read_bytes()) for p in PAGES]
    for _ in range(count):
        name, data = rng.choice(originals)
        yield name, mutate(data, rng)


# -- hostile endpoints ---------------------------------------------------------------------

#: Loopback endpoints that must be refused with one clear line, library unchanged.
HOSTILE_PAGES: dict[str, str] = {
    "endless": "/endless",
    "drip": "/drip?interval=0.3",
    "slow-read": "/drip?interval=3",
    "big-200mb": "/big?mb=200",
    "big-chunked": "/big-chunked?mb=200",
    "gzip-bomb": "/gzip-bomb",
    "broken-gzip": "/broken-gzip",
    "redirect-loop": "/redirect-loop",
    "redirect-hops": "/redirect/30",
    "redirect-file": "/redirect-to?location=file:///etc/passwd",
    "redirect-data": "/redirect-to?location=data:text/html,<h1>hi</h1>",
    "redirect-javascript": "/redirect-to?location=javascript:alert(1)",
    "lying-type": "/lying-type",
    "pdf": "/pdf",
    "json": "/json",
    "image": "/image.png",
    "not-found": "/status/404",
    "server-error": "/status/500",
    "empty": "/respond?body=",
}


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A small, valid-looking PNG that claims ``width`` × ``height`` pixels.

    Its IDAT is a few KB of zeros that would inflate to gigabytes if anyone decoded it.
    """
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # RGBA
    comp = zlib.compressobj(9)
    row = bytes(1 + 4 * width)
    idat = b"".join(comp.compress(row) for _ in range(40)) + comp.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


# -- a window-like writer in its own process ---------------------------------------------


def window_worker(library: str, urls_file: str, out_file: str, stop_file: str = "") -> None:
    """Write to a library the way the window does, in another process.

    Saves run on a small I/O pool (as the window's ``gui/tasks.py`` does) while one
    writer thread tags, marks, highlights and remembers reading positions. Every
    operation that returned is recorded in ``out_file`` (JSON); a LibraryBusyError is
    recorded as "busy" with its message; anything else is recorded as a bug.
    """
    from concurrent.futures import ThreadPoolExecutor

    from reader.core.errors import LibraryBusyError
    from reader.core.library import Library

    urls = json.loads(Path(urls_file).read_text())
    done: dict[str, list[object]] = {"saved": [], "tagged": [], "read": [], "busy": [],
                                     "bugs": [], "highlights": []}  # fmt: skip

    def record(kind: str, value: object) -> None:
        done[kind].append(value)

    def guarded(fn: Callable[[], None]) -> None:
        try:
            fn()
        except LibraryBusyError as exc:
            record("busy", str(exc))
        except Exception as exc:  # the test reports it as a bug
            record("bugs", f"{type(exc).__name__}: {exc}")

    with Library.open(library) as lib, ThreadPoolExecutor(2) as io, ThreadPoolExecutor(1) as writer:

        def save(url: str) -> None:
            result = lib.save_url(url)
            record("saved", result.id)
            writer.submit(guarded, lambda: change(result.id))

        def change(article_id: int) -> None:
            lib.tag([article_id], ["window"])
            record("tagged", [article_id, "window"])
            lib.mark([article_id], read=True)
            record("read", article_id)
            lib.set_position(article_id, 0.5)
            quote = lib.get(article_id).text.split(".")[0][:60]
            lib.add_highlight(article_id, quote, "from the window")
            record("highlights", article_id)
            others = [a.id for a in lib.list(limit=5)]
            if others:
                lib.tag(others[:2], [f"window-{article_id}"])
                done["tagged"].extend([i, f"window-{article_id}"] for i in others[:2])

        for future in [io.submit(guarded, lambda u=u: save(u)) for u in urls]:
            future.result()
        # Keep writing until told to stop, so the other process always has company.
        rounds = 0
        while stop_file and not Path(stop_file).exists() and rounds < 500:
            rounds += 1
            ids = [a.id for a in lib.list(limit=3)]
            tag = f"loop-{rounds}"

            def loop(ids: list[int] = ids, tag: str = tag) -> None:
                lib.tag(ids, [tag])
                done["tagged"].extend([i, tag] for i in ids)
                lib.mark(ids[:1], read=True)
                record("read", ids[0])

            writer.submit(guarded, loop).result()
            time.sleep(0.1)  # a person clicking, not a tight loop: the lock polls at 50 ms
    Path(out_file).write_text(json.dumps(done))


if __name__ == "__main__":
    window_worker(*sys.argv[1:5])


_PEAK_WRAPPER = """
import atexit, sys
report = sys.argv[1]
atexit.register(lambda: open(report, "w").write(
    next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))))
del sys.argv[1]
sys.argv[0] = "kliping"
from reader.app import main
sys.exit(main())
"""


def peak_memory_mb(cli: Cli, *args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run the real command and return its own peak resident memory (Linux VmHWM).

    Not ``ru_maxrss``: after fork and exec it still counts the parent's memory, so a
    big test process would hide the child's figure.
    """
    report = cli.library.parent / f"peak-{os.getpid()}-{time.monotonic_ns()}.txt"
    argv = [sys.executable, "-c", _PEAK_WRAPPER, str(report), "--library", str(cli.library)]
    result = subprocess.run([*argv, *args], env=cli.env, cwd=ROOT, capture_output=True,
                            text=True, timeout=300)  # fmt: skip
    kb = int(report.read_text())
    report.unlink()
    return kb / 1024, result
