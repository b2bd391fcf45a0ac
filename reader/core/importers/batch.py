"""Saving many entries: a bounded pool, politeness per host, cancel, and resume.

The thread that calls :func:`run` schedules; a small pool saves. At most
``per_host`` fetches run against one host at a time, and each host waits
``host_delay`` seconds between the starts of two fetches. Entries the library already
holds are not fetched again (that is how running the same import twice resumes);
their tags, states and highlights from the export are merged in. An entry whose page
cannot be fetched is kept as a link-only article, so nothing in an export is lost; a
later run of the same import tries those again.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import urllib.parse
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ExtractError, KlipingError, LibraryBusyError, StorageError
from reader.core.importers.common import Entry, as_page
from reader.core.importers.kliping import save_record
from reader.core.library import Library, SaveResult
from reader.core.library.options import url_key
from reader.core.sameness import same_article
from reader.core.store import ArticleFilter

log = logging.getLogger(__name__)

PER_HOST = 2
HOST_DELAY = 0.5
BUSY_RETRIES = 2
_LOCAL = ""  # the queue of entries that need no fetching


@dataclass
class Outcome:
    """What became of one entry."""

    kind: str  # "saved", "duplicate", "link-only", "failed" or "cancelled"
    article_id: int | None = None
    reason: str | None = None
    missing_images: int = 0


#: Called after each entry: (entry, outcome).
Done = Callable[[Entry, Outcome], None]


class Batch:
    """Saves a list of entries into a library (see the module docstring).

    Args:
        lib: The library.
        entries: What to save (already de-duplicated).
        base: The folder of the export file (Kliping JSON images are read beside it).
        fetch: Fetch pages from the web; False keeps entries without content as links
            and fetches no images either (they stay remote links, marked missing).
        images: Fetch the images of the pages the export carries even when ``fetch`` is
            False.
        concurrency: Saves running at once.
        per_host: Fetches running at once against one host.
        host_delay: Seconds between the starts of two fetches from one host.
        cancel: Set to stop: nothing new starts, running saves stop early.
    """

    def __init__(
        self,
        lib: Library,
        entries: list[Entry],
        *,
        base: Path,
        fetch: bool = True,
        concurrency: int = 4,
        per_host: int = PER_HOST,
        host_delay: float = HOST_DELAY,
        cancel: threading.Event | None = None,
        images: bool = False,
    ) -> None:
        self.lib = lib
        self.images = fetch or images
        self.entries = entries
        self.base = base
        self.fetch = fetch
        self.concurrency = max(1, min(int(concurrency), 32))
        self.per_host = max(1, per_host)
        self.host_delay = max(0.0, host_delay)
        self.cancel = cancel or threading.Event()
        self._queues: OrderedDict[str, deque[tuple[Entry, int | None]]] = OrderedDict()
        self._busy: dict[str, int] = {}
        self._last: dict[str, float] = {}

    # -- scheduling ---------------------------------------------------------------------

    def run(self, done: Done) -> bool:
        """Save every entry, calling ``done`` after each. Returns False when cancelled."""
        for entry in self.entries:
            existing = self._existing(entry)
            host = self._host(entry, existing)
            self._queues.setdefault(host, deque()).append((entry, existing))
        tasks: queue.SimpleQueue[tuple[Entry, int | None, str] | None] = queue.SimpleQueue()
        results: queue.SimpleQueue[tuple[Entry, str, Outcome]] = queue.SimpleQueue()
        workers = [
            threading.Thread(
                target=self._work, args=(tasks, results), name=f"kliping-import-{n}", daemon=True
            )
            for n in range(min(self.concurrency, len(self.entries)))
        ]
        for worker in workers:
            worker.start()
        running = 0
        try:
            while True:
                pause = None
                while not self.cancel.is_set() and running < len(workers):
                    picked, pause = self._next()
                    if picked is None:
                        break
                    host, entry, existing = picked
                    tasks.put((entry, existing, host))
                    running += 1
                if not running:
                    if self.cancel.is_set() or not self._queues:
                        break
                    self.cancel.wait(pause or 0.05)
                    continue
                try:
                    entry, host, outcome = results.get(timeout=pause)
                except queue.Empty:
                    continue
                running -= 1
                self._busy[host] -= 1
                done(entry, outcome)
        finally:
            for _ in workers:
                tasks.put(None)
            for worker in workers:
                worker.join()
        return not self.cancel.is_set()

    def _work(
        self,
        tasks: queue.SimpleQueue[tuple[Entry, int | None, str] | None],
        results: queue.SimpleQueue[tuple[Entry, str, Outcome]],
    ) -> None:
        try:
            while (task := tasks.get()) is not None:
                entry, existing, host = task
                try:
                    outcome = self._save(entry, existing)
                except Exception as exc:  # a bug: report the entry, keep the import going
                    log.exception("import: bug while saving %s", entry.label)
                    outcome = Outcome("failed", reason=f"internal error ({type(exc).__name__})")
                results.put((entry, host, outcome))
        finally:
            self.lib.release_thread()  # SQLite connections belong to their thread

    def _next(self) -> tuple[tuple[str, Entry, int | None] | None, float | None]:
        """The next entry allowed to start, or (None, seconds until one may)."""
        now = time.monotonic()
        soonest: float | None = None
        for host, waiting in self._queues.items():
            if host == _LOCAL:
                # One at a time: the export's copies are cleaned on this machine (no
                # waiting to share), and saved in the file's order.
                if self._busy.get(host, 0):
                    continue
            else:
                if self._busy.get(host, 0) >= self.per_host:
                    continue
                ready = self._last.get(host, -1e9) + self.host_delay - now
                if ready > 0:
                    soonest = ready if soonest is None else min(soonest, ready)
                    continue
                self._last[host] = now
            self._busy[host] = self._busy.get(host, 0) + 1
            entry, existing = waiting.popleft()
            if waiting:
                self._queues.move_to_end(host)  # take turns between hosts
            else:
                del self._queues[host]
            return (host, entry, existing), None
        return None, soonest

    def _existing(self, entry: Entry) -> int | None:
        if entry.error or entry.path is not None or not entry.url:
            return None
        try:
            return self.lib.store.find_duplicate(url_key(entry.url), None)
        except KlipingError:
            return None

    def _retry(self, existing: int | None) -> bool:
        """True when an article already there is only a link worth fetching again."""
        if existing is None or not self.fetch:
            return False
        rows = self.lib.list(ArticleFilter(ids=[existing]))
        return bool(rows) and rows[0].status == "link-only"

    def _host(self, entry: Entry, existing: int | None) -> str:
        needs_web = (
            self.fetch and entry.error is None and entry.record is None and entry.path is None
            and entry.content is None and (existing is None or self._retry(existing))
        )  # fmt: skip
        if not needs_web:
            return _LOCAL
        try:
            return urllib.parse.urlsplit(entry.url).netloc.lower() or _LOCAL
        except ValueError:
            return _LOCAL

    # -- saving (in the pool) -----------------------------------------------------------

    def _save(self, entry: Entry, existing: int | None) -> Outcome:
        for attempt in range(BUSY_RETRIES + 1):
            try:
                return self._save_entry(entry, existing)
            except LibraryBusyError as exc:  # another process is writing: wait, try again
                if self.cancel.is_set():
                    return Outcome("cancelled")
                if attempt == BUSY_RETRIES:
                    return Outcome("failed", reason=str(exc))
                log.info("import: library busy, retrying %s", entry.label)
                self.cancel.wait(2.0 * (attempt + 1))
                existing = self._existing(entry)
            except KlipingError as exc:
                if self.cancel.is_set():
                    return Outcome("cancelled")
                return Outcome("failed", reason=str(exc))
        raise AssertionError("unreachable")

    def _save_entry(self, entry: Entry, existing: int | None) -> Outcome:
        if entry.error:
            return Outcome("failed", reason=entry.error)
        if existing is not None and not self._retry(existing):
            self.merge(existing, entry)
            return Outcome("duplicate", existing, self._other_title(existing, entry))
        if entry.record is not None:
            result = save_record(self.lib, entry, self.base)
            return self._outcome(result, entry)
        if entry.path is not None:
            # a page saved from disk keeps its images from the disk (the page's _files/)
            result = self.lib.save_file(entry.path, options=entry.options(), cancel=self.cancel)
            return self._outcome(result, entry)
        return self._save_web(entry, existing)

    def _save_web(self, entry: Entry, existing: int | None) -> Outcome:
        refresh = existing is not None
        reason: str | None = None
        if entry.content is not None:
            try:
                page = as_page(entry.content(), entry)
                result = self.lib.save_html(
                    page, entry.url, refresh=refresh,
                    options=entry.options(fetch_images=self.images), cancel=self.cancel,
                )  # fmt: skip
                return self._outcome(result, entry)
            except ExtractError as exc:  # the export's copy is unusable: fetch the page
                reason = str(exc)
        if self.fetch:
            try:
                result = self.lib.save_url(
                    entry.url, refresh=refresh, options=entry.options(fetch_images=self.images),
                    cancel=self.cancel,
                )  # fmt: skip
                return self._outcome(result, entry)
            except StorageError:  # the page was fine; the library was not: not a link
                raise
            except KlipingError as exc:
                if self.cancel.is_set():
                    return Outcome("cancelled")
                reason = str(exc)
                log.info("import: %s not fetched: %s", entry.label, reason)
        if existing is not None:  # still only a link; what the export knows is merged
            self.merge(existing, entry)
            return Outcome("link-only", existing, reason)
        result = self.lib.save_link(entry.url, options=entry.options(fetch_images=self.images))
        if result.status == "duplicate":
            return self._outcome(result, entry)
        return Outcome("link-only", result.id, reason)

    def _other_title(self, article_id: int, entry: Entry) -> str | None:
        """What to say when the export's title is not the saved article's."""
        title = " ".join((entry.title or "").split())
        rec = self.lib.get(article_id)
        if title and rec.title and not same_article(title, "", rec.title, ""):
            return (
                f"titled '{title}' here, taken for article {article_id}, '{rec.title}', "
                "saved at the same address"
            )
        return None

    def _outcome(self, result: SaveResult, entry: Entry) -> Outcome:
        if result.status == "duplicate":
            self.merge(result.id, entry)
            reason = self._other_title(result.id, entry)
            if reason is None and result.warnings:
                rec = self.lib.get(result.id)
                reason = f"taken for article {result.id}, '{rec.title}': {result.warnings[0]}"
            return Outcome("duplicate", result.id, reason)
        if result.status == "refreshed":  # a link-only article now has its page
            self.merge(result.id, entry)
        if result.status == "link-only":
            return Outcome("link-only", result.id)
        return Outcome("saved", result.id, missing_images=result.missing_images)

    def merge(self, article_id: int, entry: Entry) -> None:
        """Give an article already saved what the export adds: tags, states, highlights.

        States are only ever turned on: an article read since it was exported stays read.
        """
        self._merge(article_id, entry)

    def _merge(self, article_id: int, entry: Entry) -> None:
        lib = self.lib
        rec = lib.get(article_id)
        have = {t.lower() for t in rec.tags}
        tags = [t for t in entry.tags if t.lower() not in have]
        if tags:
            lib.tag([article_id], tags)
        flags = {
            "read": True if entry.is_read and not rec.is_read else None,
            "favorite": True if entry.is_favorite and not rec.is_favorite else None,
            "archived": True if entry.is_archived and not rec.is_archived else None,
        }
        if any(flags.values()):
            lib.mark([article_id], **flags)
        if entry.note and entry.note not in rec.note:
            lib.set_note(article_id, f"{rec.note}\n\n{entry.note}".strip())
        quotes = {h["quote"] for h in lib.highlights(article_id)}
        new = [h for h in entry.highlights if str(h.get("quote") or "").strip() not in quotes]
        new = [h for h in new if str(h.get("quote") or "").strip()]
        if new:
            with lib.write_lock(), lib.store.transaction():
                for hl in new:
                    quote = str(hl["quote"]).strip()
                    start = rec.text.find(quote)
                    lib.store.add_highlight(
                        article_id, quote, str(hl.get("note") or ""),
                        start if start >= 0 else None,
                        start + len(quote) if start >= 0 else None, hl.get("created_at"),
                        labels=hl.get("labels") or (),
                    )  # fmt: skip
