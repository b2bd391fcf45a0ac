"""A feed item becomes a saved article, through the library's own saving path.

The article's page is fetched, cleaned and kept with its images, as ``kliping add``
does. When it cannot be (paywall, 403, offline, no article text), the feed's own
content is cleaned and saved instead, with status ``feed-text`` so the window can say
so; a feed marked "the feed carries the full text" never fetches pages. An item that
has neither a fetchable page nor content is kept as a link. Audio, video and PDF links
are never fetched as articles.

The item's keys (GUID, address) are written into ``feed_seen`` in the transaction that
inserts the article, so a refresh killed at any moment leaves the item either saved
and seen, or neither.
"""

from __future__ import annotations

import hashlib
import html
import logging
import threading
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.errors import CancelledError, ExtractError, KlipingError, StorageError
from reader.core.feeds.subscriptions import Feed, mark_seen
from reader.core.library.options import SaveOptions, SaveResult, url_key

if TYPE_CHECKING:
    from reader.core.feeds.parse import FeedItem
    from reader.core.library import Library
    from reader.core.store import Store

log = logging.getLogger(__name__)

_ITEM_PARAM = "kliping-item"


@dataclass
class ItemOutcome:
    """What became of one item.

    Attributes:
        kind: "saved" (the page), "feed-text" (the feed's content, the page failed),
            "link-only", "duplicate" (already in the library) or "skipped" (nothing to
            keep: no link, no content).
        article_id: The article, when there is one.
        reason: Why the page was not used, when it was not.
    """

    kind: str
    article_id: int | None = None
    reason: str | None = None


def item_url(feed: Feed, item: FeedItem) -> str | None:
    """The address an item is saved under: its link, else one made from its GUID."""
    if item.link:
        return item.link
    if not item.content_html.strip():
        return None
    seed = item.guid or (item.title + item.content_html[:2000])
    digest = hashlib.sha1(seed.encode("utf-8", "replace")).hexdigest()[:16]
    base = feed.site_url or feed.url
    parts = urllib.parse.urlsplit(base)
    query = (parts.query + "&" if parts.query else "") + f"{_ITEM_PARAM}={digest}"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def item_keys(feed: Feed, item: FeedItem) -> list[str]:
    """The keys under which a feed remembers an item: its GUID and its address."""
    keys: list[str] = []
    if item.guid:
        keys.append("guid:" + item.guid)
    url = item_url(feed, item)
    if url:
        keys.append("url:" + url_key(url))
    return keys


def save_item(
    lib: Library, feed: Feed, item: FeedItem, cancel: threading.Event | None = None
) -> ItemOutcome:
    """Save one new item of ``feed`` (see the module docstring).

    Raises:
        StorageError: The library could not be written (nothing is marked seen).
        CancelledError: The refresh was cancelled.
    """
    keys = item_keys(feed, item)
    url = item_url(feed, item)
    if url is None:
        _remember(lib, feed, keys, None)
        return ItemOutcome("skipped", reason="the item has no link and no content")

    def on_insert(st: Store, article_id: int) -> None:
        mark_seen(st, feed.id, keys, article_id)

    options = SaveOptions(
        title=item.title or None, source="feed", published=item.published,
        feed_id=feed.id, on_insert=on_insert,
    )  # fmt: skip
    # Saved at this very address (a page that only names it as canonical may be another
    # article: the saving path decides that once the page is read).
    key = url_key(url)
    existing = next((s.id for s in lib.store.saved_under(key) if s.norm_url == key), None)
    if existing is not None:
        _remember(lib, feed, keys, existing)
        return ItemOutcome("duplicate", existing)
    reason: str | None = None
    if item.link and not feed.full_text and not item.link_is_file:
        try:
            return _outcome(lib, feed, keys, lib.save_url(url, options=options, cancel=cancel))
        except (StorageError, CancelledError):
            raise
        except KlipingError as exc:
            reason = str(exc)
            log.info("feeds: %s not fetched, using the feed's content: %s", url, reason)
    elif item.link_is_file:
        reason = "the link is a file, not a web page"
    if item.content_html.strip():
        options.status = "feed-text" if reason and not item.link_is_file else "ok"
        try:
            page = feed_page(item, feed)
            result = lib.save_html(page, url, options=options, cancel=cancel)
            outcome = _outcome(lib, feed, keys, result)
            if outcome.kind == "saved" and options.status == "feed-text":
                outcome = ItemOutcome("feed-text", outcome.article_id, reason)
            return outcome
        except ExtractError as exc:
            reason = reason or str(exc)
    if not item.link:
        _remember(lib, feed, keys, None)
        return ItemOutcome("skipped", reason=reason)
    options.status = "ok"
    result = lib.save_link(url, options=options)
    outcome = _outcome(lib, feed, keys, result)
    if outcome.kind == "saved":
        outcome = ItemOutcome("link-only", outcome.article_id, reason)
    return outcome


def _outcome(lib: Library, feed: Feed, keys: list[str], result: SaveResult) -> ItemOutcome:
    if result.status == "duplicate":  # e.g. the page's canonical address is saved already
        _remember(lib, feed, keys, result.id)
        return ItemOutcome("duplicate", result.id)
    return ItemOutcome("saved", result.id)


def _remember(lib: Library, feed: Feed, keys: list[str], article_id: int | None) -> None:
    if not keys:
        return
    with lib.write_lock(), lib.store.transaction():
        mark_seen(lib.store, feed.id, keys, article_id)


def feed_page(item: FeedItem, feed: Feed) -> str:
    """The HTML page the cleaner reads for an item saved from the feed's own content."""
    meta = [f"<title>{html.escape(item.title)}</title>"]
    for author in item.authors:
        meta.append(f'<meta name="author" content="{html.escape(author, quote=True)}">')
    if item.published:
        meta.append(
            f'<meta property="article:published_time" content="{html.escape(item.published)}">'
        )
    if feed.title:
        site = html.escape(feed.title, quote=True)
        meta.append(f'<meta property="og:site_name" content="{site}">')
    heading = f"<h1>{html.escape(item.title)}</h1>" if item.title else ""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        + "".join(meta)
        + f"</head><body><article>{heading}{item.content_html}</article></body></html>"
    )
