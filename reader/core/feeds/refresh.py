"""The refresh planner: which feeds are due, polite fetching, and what each refresh did.

A refresh reads feeds in parallel across sites and at most ``per_host`` requests at a
time per site (article pages included), with conditional GET (ETag and
Last-Modified: an unchanged feed answers 304 and nothing else is fetched). A failing
feed backs off (its interval doubled per failure, up to a day); 429 and 503 wait at
least as long as ``Retry-After`` says; a permanent redirect updates the feed's address;
410 Gone stops polling the feed and says so.

Crash safety: each item is saved and marked seen in one transaction; the feed's
validators (ETag, Last-Modified) are written only after all its new items are saved,
so a refresh killed at any moment re-reads the feed next time, and the items already
saved are recognised as seen (nothing is saved twice).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core.cleaning import CleaningPool, default_workers
from reader.core.errors import (
    CancelledError,
    FeedError,
    HTTPStatusError,
    KlipingError,
    StorageError,
)
from reader.core.feeds.items import ItemOutcome, item_keys, save_item
from reader.core.feeds.parse import FeedItem, ParsedFeed, looks_like_feed, parse_feed
from reader.core.feeds.pool import LOCAL, HostPool, JobResult
from reader.core.feeds.subscriptions import (
    Feed,
    FeedSettings,
    expirable,
    feed_by_url,
    is_seen,
    list_feeds,
    mark_seen,
    update_feed,
)
from reader.core.feeds.watch import page_links

if TYPE_CHECKING:
    from reader.core.library import Library

log = logging.getLogger(__name__)

PER_HOST = 2
WORKERS = 6
#: New items in a refresh from which pages are cleaned in worker processes (below it,
#: starting them costs more than it saves).
POOL_FROM = 12
MAX_BACKOFF = dt.timedelta(hours=24)

#: Called as feeds finish: (feeds done, feeds in all, the feed just done).
RefreshProgress = Callable[[int, int, "FeedReport"], None]


@dataclass
class FeedReport:
    """What one feed's refresh did.

    Attributes:
        status: "ok", "not-modified", "failed", "gone" or "cancelled".
        new: Articles saved from it (page or feed text).
        from_feed: Of those, saved from the feed's own content because the page failed.
        links: Items kept as links only.
        skipped: New items not saved (the first refresh keeps only the newest).
        item_failures: Items that could not be saved at all, with reasons.
        moved_to: The new address after a permanent redirect.
    """

    feed_id: int
    title: str
    url: str
    status: str = "ok"
    new: int = 0
    from_feed: int = 0
    links: int = 0
    skipped: int = 0
    error: str | None = None
    moved_to: str | None = None
    problem: str | None = None
    item_failures: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when the feed could not be read (or an item could not be stored)."""
        return self.status in ("failed", "gone")

    @property
    def line(self) -> str:
        """One line for the person who asked."""
        name = self.title or self.url
        if self.status == "failed":
            return f"{name}: failed: {self.error}"
        if self.status == "gone":
            return f"{name}: {self.error}"
        if self.status == "cancelled":
            return f"{name}: cancelled"
        if self.status == "not-modified":
            return f"{name}: nothing new"
        parts = [f"{self.new} new" if self.new else "nothing new"]
        if self.from_feed:
            parts.append(f"{self.from_feed} from the feed's text (page not fetched)")
        if self.links:
            parts.append(f"{self.links} kept as links")
        if self.moved_to:
            parts.append(f"moved to {self.moved_to}")
        if self.problem:
            parts.append(self.problem)
        return f"{name}: " + ", ".join(parts)


@dataclass
class RefreshReport:
    """What a refresh did, feed by feed."""

    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        """Articles saved in all."""
        return sum(f.new for f in self.feeds)

    @property
    def failed(self) -> list[FeedReport]:
        """The feeds that could not be read."""
        return [f for f in self.feeds if f.failed]

    @property
    def summary(self) -> str:
        """One line: feeds read, new articles, failures."""
        read = sum(1 for f in self.feeds if f.status in ("ok", "not-modified"))
        text = f"{read} of {len(self.feeds)} feeds read, {self.new} new articles"
        if self.failed:
            text += f", {len(self.failed)} failed"
        return text + "."


def due(feeds: Sequence[Feed], now: dt.datetime | None = None) -> list[Feed]:
    """The feeds whose next refresh time has come (never a gone feed)."""
    when = _iso(now or _now())
    return [f for f in feeds if not f.gone and (f.next_due is None or f.next_due <= when)]


def refresh(
    lib: Library,
    feed_ids: Sequence[int] | None = None,
    *,
    due_only: bool = False,
    progress: RefreshProgress | None = None,
    cancel: threading.Event | None = None,
    workers: int = WORKERS,
    per_host: int = PER_HOST,
    cleaners: int | None = None,
) -> RefreshReport:
    """Refresh feeds: those named, else every feed that is not gone (or only the due
    ones with ``due_only``). Saves what it can; failures are in the report.

    Once a refresh has :data:`POOL_FROM` new items, pages are cleaned in ``cleaners``
    worker processes (default: :func:`~reader.core.cleaning.default_workers`), which
    stop when the refresh ends."""
    cancel = cancel or threading.Event()
    feeds = list_feeds(lib.store, list(feed_ids) if feed_ids is not None else None)
    if feed_ids is None:
        feeds = due(feeds) if due_only else [f for f in feeds if not f.gone]
    lib.fetcher  # noqa: B018 - made here, once, not by several workers at the same time
    cleaner = CleaningPool(default_workers() if cleaners is None else cleaners)
    run = _Run(lib, feeds, FeedSettings.load(lib.store), cancel, progress, cleaner)
    pool = HostPool(workers, per_host, cancel, on_thread_exit=lib.release_thread)
    run.pool = pool
    for feed in feeds:
        pool.submit(_host(feed.url), ("feed", feed.id), run.fetch_job(feed))
    with cleaner, lib.cleaning_with(cleaner), lib.index_batch():
        pool.run(run.done)
    for report in run.reports.values():
        if report.status not in ("failed", "gone", "not-modified") and run.pending.get(
            report.feed_id
        ):
            report.status = "cancelled"
    return RefreshReport([run.reports[f.id] for f in feeds])


class _Run:
    """One refresh in progress (results arrive on the scheduling thread)."""

    def __init__(
        self,
        lib: Library,
        feeds: list[Feed],
        settings: FeedSettings,
        cancel: threading.Event,
        progress: RefreshProgress | None,
        cleaner: CleaningPool,
    ) -> None:
        self.lib = lib
        self.cleaner = cleaner
        self.planned = 0
        self.feeds = {f.id: f for f in feeds}
        self.settings = settings
        self.cancel = cancel
        self.progress = progress
        self.pool: HostPool | None = None
        self.reports = {f.id: FeedReport(f.id, f.display_title, f.url) for f in feeds}
        self.pending: dict[int, int] = {}
        self.answers: dict[int, tuple[Any, ParsedFeed, list[FeedItem]]] = {}
        self.finished = 0

    # -- jobs (in the pool) -------------------------------------------------------------

    def fetch_job(self, feed: Feed) -> Callable[[], Any]:
        def job() -> Any:
            res = self.lib.fetcher.fetch_resource(
                feed.url, self.cancel, etag=feed.etag, last_modified=feed.last_modified
            )
            if res.status == 304:
                return res, None
            if feed.is_watch:
                from reader.core.fetch import decode_html

                text, _ = decode_html(res.body, res.headers.get("content-type"))
                return res, page_links(text, res.final_url)
            if not looks_like_feed(res.body, res.content_type):
                raise FeedError(
                    f"{res.final_url} is no longer a feed ({res.content_type or 'no type'})."
                )
            charset = _charset(res.headers.get("content-type", ""))
            return res, parse_feed(res.body, res.final_url, res.content_type, charset)

        return job

    def item_job(self, feed: Feed, item: FeedItem) -> Callable[[], ItemOutcome]:
        return lambda: save_item(self.lib, feed, item, self.cancel)

    # -- results (on the scheduling thread) ---------------------------------------------

    def done(self, result: JobResult) -> None:
        kind, feed_id = result.tag[0], result.tag[1]
        feed = self.feeds[feed_id]
        report = self.reports[feed_id]
        if kind == "feed":
            if result.error is not None:
                self._failed(feed, report, result.error)
                return
            res, parsed = result.value
            if parsed is None:
                report.status = "not-modified"
                self._finish(feed, report, res, None, [])
                return
            self._plan(feed, report, res, parsed)
            return
        self._item_done(feed, report, result)

    def _plan(self, feed: Feed, report: FeedReport, res: Any, parsed: ParsedFeed) -> None:
        report.problem = parsed.problem
        if parsed.title and not feed.title:
            report.title = parsed.title
        new: list[FeedItem] = []
        keys_seen: set[str] = set()
        for item in parsed.items:
            keys = item_keys(feed, item)
            if not keys or any(k in keys_seen for k in keys):
                continue  # a duplicate GUID or link within the feed
            keys_seen.update(keys)
            if not is_seen(self.lib.store, feed.id, keys):
                new.append(item)
        older: list[FeedItem] = []
        if feed.last_success is None:
            limit = self.settings.first_items
            ordered = _newest_first(new)
            new, older = ordered[:limit], ordered[limit:]
            report.skipped = len(older)
        self.answers[feed.id] = (res, parsed, older)
        if not new or self.pool is None:
            self._finish(feed, report, res, parsed, older)
            return
        self.pending[feed.id] = len(new)
        self.planned += len(new)
        if self.planned >= POOL_FROM:
            self.cleaner.start()
        for item in new:
            host = LOCAL if feed.full_text or not item.link else _host(item.link)
            self.pool.submit(host, ("item", feed.id), self.item_job(feed, item))

    def _item_done(self, feed: Feed, report: FeedReport, result: JobResult) -> None:
        self.pending[feed.id] -= 1
        if result.error is not None:
            if isinstance(result.error, CancelledError):
                report.status = "cancelled"
            else:
                report.item_failures.append(str(result.error))
                if isinstance(result.error, StorageError):
                    report.status = "failed"
                    report.error = str(result.error)
        else:
            outcome: ItemOutcome = result.value
            if outcome.kind in ("saved", "feed-text"):
                report.new += 1
                if outcome.article_id is not None:
                    report.article_ids.append(outcome.article_id)
            if outcome.kind == "feed-text":
                report.from_feed += 1
            elif outcome.kind == "link-only":
                report.links += 1
                if outcome.article_id is not None:
                    report.article_ids.append(outcome.article_id)
        if self.pending[feed.id] == 0:
            del self.pending[feed.id]
            res, parsed, older = self.answers.pop(feed.id)
            if report.status == "ok":
                self._finish(feed, report, res, parsed, older)
            else:
                self._progress(report)

    # -- writing a feed's state ---------------------------------------------------------

    def _finish(
        self, feed: Feed, report: FeedReport, res: Any, parsed: ParsedFeed | None,
        older: list[FeedItem],
    ) -> None:  # fmt: skip
        now = _now()
        values: dict[str, Any] = {
            "last_refresh": _iso(now), "last_success": _iso(now), "failures": 0,
            "error": None, "gone": False,
            "next_due": _iso(now + dt.timedelta(minutes=self._interval(feed))),
        }  # fmt: skip
        if res is not None and res.status != 304:
            values["etag"] = res.headers.get("etag")
            values["last_modified"] = res.headers.get("last-modified")
        if parsed is not None:
            if parsed.title and not feed.title:
                values["title"] = parsed.title
            if parsed.site_url and not feed.site_url:
                values["site_url"] = parsed.site_url
        if res is not None and res.moved_to and res.moved_to != feed.url:
            if feed_by_url(self.lib.store, res.moved_to) is None:
                report.moved_to = res.moved_to
                values["url"] = res.moved_to
            else:  # another subscription has that address already
                log.info("feeds: %s moved to %s, which is subscribed too", feed.url, res.moved_to)
        try:
            with self.lib.write_lock(), self.lib.store.transaction():
                for item in older:  # the first refresh keeps the newest; the rest are seen
                    mark_seen(self.lib.store, feed.id, item_keys(feed, item), None)
                update_feed(self.lib.store, feed.id, values)
            self._expire(feed)
        except StorageError as exc:
            report.status, report.error = "failed", str(exc)
        self._progress(report)

    def _failed(self, feed: Feed, report: FeedReport, error: KlipingError) -> None:
        now = _now()
        failures = feed.failures + 1
        interval = dt.timedelta(minutes=self._interval(feed))
        wait = min(interval * (2 ** min(failures, 10)), MAX_BACKOFF)
        values: dict[str, Any] = {"last_refresh": _iso(now), "failures": failures}
        message = str(error)
        if isinstance(error, CancelledError):
            report.status = "cancelled"
            self._progress(report)
            return
        if isinstance(error, HTTPStatusError):
            if error.status == 410:
                report.status = "gone"
                message = "the feed is gone (410 Gone); Kliping no longer refreshes it."
                values["gone"] = True
            elif error.status in (429, 503):
                asked = dt.timedelta(seconds=error.retry_after or 0)
                wait = max(interval, asked)
                message += (
                    f" Kliping waits {_duration(wait)} before asking again."
                    if error.status == 429 or error.retry_after
                    else ""
                )
        if report.status != "gone":
            report.status = "failed"
        values["error"] = message
        values["next_due"] = _iso(now + wait)
        report.error = message
        try:
            with self.lib.write_lock(), self.lib.store.transaction():
                update_feed(self.lib.store, feed.id, values)
        except StorageError as exc:
            report.error = f"{message} ({exc})"
        self._progress(report)

    def _expire(self, feed: Feed) -> None:
        if not feed.keep_days:
            return
        old = expirable(self.lib.store, feed.id, feed.keep_days)
        if old:
            log.info("feeds: %s: %d read articles older than %d days expire", feed.url,
                     len(old), feed.keep_days)  # fmt: skip
            self.lib.delete(old)

    def _interval(self, feed: Feed) -> int:
        return max(1, feed.interval_minutes or self.settings.interval_minutes)

    def _progress(self, report: FeedReport) -> None:
        self.finished += 1
        if self.progress is not None:
            self.progress(self.finished, len(self.feeds), report)


def _newest_first(items: list[FeedItem]) -> list[FeedItem]:
    """Items newest first: by date when every item has one, else in the feed's order."""
    if items and all(i.published for i in items):
        return sorted(items, key=lambda i: i.published or "", reverse=True)
    return items


def _host(url: str) -> str:
    try:
        return urllib.parse.urlsplit(url).netloc.lower() or LOCAL
    except ValueError:
        return LOCAL


def _charset(header: str) -> str | None:
    for part in header.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _duration(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return f"{int(delta.total_seconds())} s"
    if minutes < 120:
        return f"{minutes} min"
    return f"{minutes // 60} h"


__all__ = ["FeedReport", "RefreshProgress", "RefreshReport", "due", "refresh"]
