"""Feeds: subscribe to sites and feeds; every new item is saved clean, offline, searchable.

:class:`Feeds` is the face the command line and the window call. Behind it:
``discover`` (a site's feeds from its address), ``parse`` (RSS/Atom with feedparser,
JSON Feed with json, one item shape), ``subscriptions`` (the tables in the library
database), ``refresh`` (what is due, conditional GET, back-off, politeness),
``items`` (item → saved article through the library's saving path), ``watch`` (page
watches for sites without a feed) and ``opml`` (subscription lists in and out).
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import FeedError, ImportExportError, NoFeedError
from reader.core.feeds.discover import Discovery, FoundFeed, discover
from reader.core.feeds.opml import read_opml, write_opml
from reader.core.feeds.refresh import FeedReport, RefreshProgress, RefreshReport, due, refresh
from reader.core.feeds.subscriptions import (
    Feed,
    FeedSettings,
    clean_folder,
    delete_feeds,
    feed_by_url,
    folders,
    get_feed,
    insert_feed,
    list_feeds,
    update_feed,
)
from reader.core.urls import check_http_url, shorten_url, split_credentials

if TYPE_CHECKING:
    from reader.core.library import Library

__all__ = [
    "Discovery",
    "Feed",
    "FeedReport",
    "FeedSettings",
    "Feeds",
    "FoundFeed",
    "OpmlImport",
    "RefreshProgress",
    "RefreshReport",
]


@dataclass
class OpmlImport:
    """What an OPML import did: subscriptions added, those already there, and the
    addresses subscribed without the password they carried (Kliping keeps none)."""

    added: list[Feed]
    existing: list[str]
    folders: list[str]
    without_password: list[str] = field(default_factory=list)


def refuse_password(url: str) -> None:
    """A feed's address with a password in it is refused before anything is fetched.

    Issue 21's rule: a password in an address is used for that request and never kept.
    A subscription is refreshed for years after the address was typed, so the password
    would have to be kept; Kliping keeps none, and says so rather than subscribing to a
    feed that would fail at the first refresh (or storing the password).

    Raises:
        FeedError: The address holds a user name and password.
    """
    public, credentials = split_credentials(url)
    if credentials is not None:
        raise FeedError(
            "Kliping keeps no passwords, so it cannot refresh a feed that needs one. If "
            f"{shorten_url(public)} opens without a password, subscribe to that address.",
            reason="feed-password", url=shorten_url(public),
        )  # fmt: skip


class Feeds:
    """The feeds of one library.

    Args:
        lib: The library; feeds and their articles live in its database.
    """

    def __init__(self, lib: Library) -> None:
        self.lib = lib

    # -- subscribing --------------------------------------------------------------------

    def discover(self, url: str, cancel: threading.Event | None = None) -> Discovery:
        """The feeds at or for an address (fetches it and the candidates).

        Raises:
            FeedError: The address holds a password (:func:`refuse_password`).
        """
        refuse_password(url)
        return discover(self.lib.fetcher, url, cancel)

    def add(
        self,
        url: str,
        *,
        folder: str = "",
        full_text: bool = False,
        every: bool = False,
        cancel: threading.Event | None = None,
    ) -> tuple[builtins.list[Feed], Discovery]:
        """Find the feeds of ``url`` and subscribe to the first (or ``every`` one).

        Raises:
            NoFeedError: The address is a page that names no feed (a page watch may do).
        """
        found = self.discover(url, cancel)
        if not found.feeds:
            raise NoFeedError(
                f"No feed found at {shorten_url(url)}.", page_url=found.page_url or url
            )
        chosen = found.feeds if every else found.feeds[:1]
        added = [
            self.subscribe(f.url, title=f.title, site_url=f.site_url, folder=folder,
                           full_text=full_text)
            for f in chosen
        ]  # fmt: skip
        return added, found

    def subscribe(
        self,
        url: str,
        *,
        title: str = "",
        site_url: str | None = None,
        folder: str = "",
        full_text: bool = False,
        kind: str = "feed",
    ) -> Feed:
        """Subscribe to a feed already found (or follow a page: ``kind="watch"``).

        Raises:
            FeedError: Already subscribed to that address, or it holds a password.
        """
        refuse_password(url)
        url = check_http_url(url)
        with self.lib.write_lock(), self.lib.store.transaction():
            feed_id = insert_feed(
                self.lib.store, url, kind=kind, title=title, site_url=site_url,
                folder=folder, full_text=full_text,
            )  # fmt: skip
        return get_feed(self.lib.store, feed_id)

    def watch(self, url: str, *, folder: str = "", cancel: threading.Event | None = None) -> Feed:
        """Follow a page that has no feed: its new article-like links become articles."""
        from reader.core.feeds.watch import page_links
        from reader.core.fetch import decode_html

        refuse_password(url)
        res = self.lib.fetcher.fetch_resource(check_http_url(url), cancel)
        text, _ = decode_html(res.body, res.headers.get("content-type"))
        links = page_links(text, res.final_url)
        return self.subscribe(
            res.moved_to or url, title=links.title, site_url=res.final_url, folder=folder,
            kind="watch",
        )  # fmt: skip

    # -- reading and changing -----------------------------------------------------------

    def list(self) -> builtins.list[Feed]:
        """Every subscription with its unread count, by folder then title."""
        return list_feeds(self.lib.store)

    def get(self, feed_id: int) -> Feed:
        """One subscription; NotFoundError when absent."""
        return get_feed(self.lib.store, feed_id)

    def folders(self) -> builtins.list[str]:
        """Folder names in use."""
        return folders(self.lib.store)

    def edit(
        self,
        feed_id: int,
        *,
        title: str | None = None,
        folder: str | None = None,
        interval: int | None = None,
        keep_days: int | None = None,
        full_text: bool | None = None,
    ) -> Feed:
        """Change a subscription. ``interval=0`` and ``keep_days=0`` go back to the
        defaults (the library's interval; keep everything)."""
        values: dict[str, object] = {}
        if title is not None:
            values["title"] = " ".join(title.split())
        if folder is not None:
            values["folder"] = clean_folder(folder)
        if interval is not None:
            if interval < 0:
                raise FeedError("The refresh interval is a number of minutes, 1 or more.")
            values["interval_minutes"] = interval or None
            values["next_due"] = None  # take the new interval from now on
        if keep_days is not None:
            if keep_days < 0:
                raise FeedError("Keep days is a number of days, 1 or more (0 keeps everything).")
            values["keep_days"] = keep_days or None
        if full_text is not None:
            values["full_text"] = full_text
        with self.lib.write_lock(), self.lib.store.transaction():
            update_feed(self.lib.store, feed_id, values)
        self.lib.changed()
        return self.get(feed_id)

    def remove(self, ids: Sequence[int]) -> builtins.list[Feed]:
        """Unsubscribe; the articles already saved stay. Returns the feeds removed."""
        gone = [self.get(i) for i in ids]
        with self.lib.write_lock(), self.lib.store.transaction():
            delete_feeds(self.lib.store, [f.id for f in gone])
        self.lib.changed()
        return gone

    def mark_read(self, *, feed: int | None = None, folder: str | None = None) -> int:
        """Mark every unread article of a feed (or of a folder's feeds) read."""
        from reader.core.store.records import ArticleFilter

        flt = ArticleFilter(is_read=False, feed=feed, folder=folder)
        ids = [a.id for a in self.lib.list(flt)]
        if ids:
            self.lib.mark(ids, read=True)
        return len(ids)

    def settings(self) -> FeedSettings:
        """The library's feed settings."""
        return FeedSettings.load(self.lib.store)

    def set_settings(self, settings: FeedSettings) -> None:
        """Keep new feed settings."""
        with self.lib.write_lock():
            settings.save(self.lib.store)

    # -- refreshing ---------------------------------------------------------------------

    def due(self) -> builtins.list[Feed]:
        """The subscriptions whose next refresh time has come."""
        return due(self.list())

    def refresh(
        self,
        ids: Sequence[int] | None = None,
        *,
        due_only: bool = False,
        progress: RefreshProgress | None = None,
        cancel: threading.Event | None = None,
    ) -> RefreshReport:
        """Refresh the named feeds, else all (or only the due ones). See
        :mod:`reader.core.feeds.refresh`."""
        if ids is not None:
            for feed_id in ids:
                self.get(feed_id)  # NotFoundError before any work
        return refresh(self.lib, ids, due_only=due_only, progress=progress, cancel=cancel)

    # -- OPML ---------------------------------------------------------------------------

    def import_opml(self, path: str | Path) -> OpmlImport:
        """Subscribe to every feed of an OPML file (folders kept; nothing fetched)."""
        file = Path(path).expanduser()
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise ImportExportError(f"Could not read {file}: {exc.strerror or exc}.") from exc
        entries = read_opml(data, file.name)
        added: builtins.list[Feed] = []
        existing: builtins.list[str] = []
        stripped: builtins.list[str] = []
        with self.lib.write_lock(), self.lib.store.transaction():
            for entry in entries:
                # A list of many: a password in one address is dropped (and said), not
                # kept and not a reason to refuse the whole file.
                url, credentials = split_credentials(entry.url)
                site_url = split_credentials(entry.site_url)[0] if entry.site_url else None
                if feed_by_url(self.lib.store, url) is not None:
                    existing.append(url)
                    continue
                title = entry.title
                if credentials is not None:
                    stripped.append(url)
                    if credentials[1] and credentials[1] in title:  # a title that was the URL
                        title = ""
                feed_id = insert_feed(
                    self.lib.store, url, kind=entry.kind, title=title,
                    site_url=site_url, folder=entry.folder,
                )  # fmt: skip
                added.append(get_feed(self.lib.store, feed_id))
        folders_used = sorted({f.folder for f in added if f.folder})
        return OpmlImport(added, existing, folders_used, stripped)

    def export_opml(self) -> str:
        """Every subscription as an OPML 2.0 document."""
        return write_opml(self.list())
