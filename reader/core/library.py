"""The façade the command line and the window call: one library folder, end to end.

Data flows one way: URL → fetch → extract → store → index. This module translates
httpx, sqlite3, OSError and Whoosh failures into :mod:`reader.core.errors`; callers see
only ``KlipingError`` subclasses (or bugs).

A ``Library`` may be used from several threads: each thread gets its own SQLite
connection. Writes from any thread or process are serialised by the library's write
lock (a lock file), so the search index and the assets folder never disagree with the
database for longer than one open.
"""

from __future__ import annotations

import builtins
import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.assets import Assets, ImageResult, rewrite_images
from reader.core.errors import (
    CancelledError,
    ExtractError,
    KlipingError,
    LibraryBusyError,
    NotFoundError,
    SearchError,
    StorageError,
)
from reader.core.extract import EXTRACTOR_VERSION, Article, extract
from reader.core.paths import resolve_library_dir
from reader.core.store import ArticleFilter, ArticleRecord, ArticleSummary, Store, utcnow
from reader.core.urls import check_http_url, normalize_url

if TYPE_CHECKING:
    from reader.core.fetch import Fetcher
    from reader.core.search import SearchIndex, SearchResults

log = logging.getLogger(__name__)

DB_NAME = "library.sqlite3"
LOCK_NAME = "write.lock"
WORDS_PER_MINUTE = 230
BUSY_MESSAGE = "Another Kliping is writing to this library; try again shortly."

#: Called with a stage name: "fetching", "cleaning", "images", "saving".
Progress = Callable[[str], None]


@dataclass
class SaveOptions:
    """What an import knows about an entry beyond its page (all optional)."""

    tags: Sequence[str] = ()
    saved_at: str | None = None
    is_read: bool | None = None
    is_favorite: bool | None = None
    is_archived: bool | None = None
    highlights: Sequence[dict[str, Any]] = ()  # {"quote", "note", "created_at"}
    title: str | None = None  # used when the page has none (and for link-only entries)
    source: str = "url"


@dataclass
class SaveResult:
    """The outcome of one save."""

    id: int
    status: str  # "saved", "refreshed", "duplicate" or "link-only"
    title: str
    url: str
    missing_images: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        """One line for the person who asked."""
        title = self.title or self.url
        if self.status == "duplicate":
            return f"Already saved as {self.id}: {title} (use --refresh to fetch it again)"
        verb = {"refreshed": "Refreshed", "link-only": "Kept the link"}.get(self.status, "Saved")
        extra = f" ({self.missing_images} images missing)" if self.missing_images else ""
        return f"{verb} {self.id}: {title}{extra}"


class Library:
    """One library folder: database, assets, original pages and search index.

    Args:
        folder: The library folder; created (private to the user) when absent.
        read_only: Open without writing (a second window on a library in use).
        fetcher: The HTTP fetcher to use (tests pass one with a mock transport).
    """

    def __init__(
        self, folder: Path, *, read_only: bool = False, fetcher: Fetcher | None = None
    ) -> None:
        self.folder = folder
        self.read_only = read_only
        try:
            if not folder.exists():
                folder.mkdir(parents=True, mode=0o700)
                os.chmod(folder, 0o700)
            elif not folder.is_dir():
                raise StorageError(f"{folder} is a file, not a library folder.")
        except OSError as exc:
            raise StorageError(f"Could not create the library folder {folder}: {exc}") from exc
        self.assets = Assets(folder)
        self._fetcher = fetcher
        self._local = threading.local()
        self._stores: list[Store] = []
        self._stores_lock = threading.Lock()
        self._index: SearchIndex | None = None
        self._index_lock = threading.RLock()
        self._closed = False
        self._thread_lock = threading.Lock()
        self._held = threading.local()
        self._batch_lock = threading.Lock()
        self._batch_depth = 0
        self._batch_every = 200
        self._batch_changes = 0
        self.store  # noqa: B018 - open (and migrate) the database now, not on first use

    @classmethod
    def open(cls, folder: str | os.PathLike[str] | None = None, **kwargs: Any) -> Library:
        """Open a library and catch up on anything a crash left behind."""
        lib = cls(resolve_library_dir(folder), **kwargs)
        if not lib.read_only:
            lib.recover()
        return lib

    # -- plumbing -----------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """This thread's connection to the database."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            self._check_open()
            st = Store(self.folder / DB_NAME, read_only=self.read_only)
            self._local.store = st
            with self._stores_lock:
                self._stores.append(st)
        return st

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP fetcher (created on first use)."""
        if self._fetcher is None:
            from reader.core.fetch import Fetcher, FetchLimits

            self._fetcher = Fetcher(FetchLimits.from_env())
        return self._fetcher

    @property
    def index(self) -> SearchIndex:
        """The search index (opened on first use)."""
        with self._index_lock:
            if self._index is None:
                self._check_open()
                from reader.core.search import SearchIndex

                self._index = SearchIndex(self.folder / "index")
            return self._index

    def _check_open(self) -> None:
        # A worker finishing after close() must not reopen files nobody will close.
        if self._closed:
            raise StorageError("The library was closed.")

    def close(self) -> None:
        """Close the database connections, the index and the fetcher."""
        self._closed = True
        with self._index_lock:
            if self._index is not None:
                self._index.close()
                self._index = None
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None
        with self._stores_lock:
            for st in self._stores:
                st.close()
            self._stores.clear()
        self._local = threading.local()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write_lock(self, timeout: float = 15.0) -> Iterator[None]:
        """Hold the library's write lock, shared by every thread and process.

        Threads of this process queue on an in-process lock first (no polling among
        themselves); the holder then takes the lock file that other processes share.
        Re-entrant within a thread.
        """
        if self.read_only:
            raise StorageError("This library is open read-only; changes are not saved.")
        depth = getattr(self._held, "depth", 0)
        if depth:
            self._held.depth = depth + 1
            try:
                yield
            finally:
                self._held.depth = depth
            return
        deadline = time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=max(timeout, 0.01)):
            raise LibraryBusyError(BUSY_MESSAGE)
        try:
            with self._lock_file(deadline):
                self._held.depth = 1
                try:
                    yield
                finally:
                    self._held.depth = 0
        finally:
            self._thread_lock.release()

    @contextmanager
    def _lock_file(self, deadline: float) -> Iterator[None]:
        try:
            import fcntl
        except ImportError:  # Windows: SQLite's own locking is all we have
            yield
            return
        path = self.folder / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"Could not open the library lock {path}: {exc}") from exc
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise LibraryBusyError(BUSY_MESSAGE) from None
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def release_thread(self) -> None:
        """Close this thread's database connection (call before a worker thread ends)."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            return
        self._local.store = None
        with self._stores_lock:
            if st in self._stores:
                self._stores.remove(st)
        st.close()

    @contextmanager
    def index_batch(self, every: int = 200) -> Iterator[None]:
        """Catch the search index up every ``every`` changes instead of after each one.

        For imports and other bulk saves: one index commit per article is most of their
        time. The database stays the truth throughout (the outbox holds what the index
        lacks), and the index is caught up when the outermost batch ends.
        """
        with self._batch_lock:
            self._batch_depth += 1
            self._batch_every = every
        try:
            yield
        finally:
            with self._batch_lock:
                self._batch_depth -= 1
                last = self._batch_depth == 0
                if last:
                    self._batch_changes = 0
            if last:
                self.sync_index()

    def _changed(self) -> None:
        """After a write: catch the index up now, or later when inside a batch."""
        with self._batch_lock:
            if self._batch_depth:
                self._batch_changes += 1
                if self._batch_changes < self._batch_every:
                    return
                self._batch_changes = 0
        self.sync_index()

    def recover(self) -> None:
        """Repair what a crash can leave: orphan asset files and index lag."""
        try:
            with self.write_lock(timeout=0.5):
                self.assets.sweep(self.store.asset_paths())
        except LibraryBusyError:
            log.info("library busy; orphan sweep skipped")
        self.sync_index()

    # -- saving -------------------------------------------------------------------------

    def save_url(
        self,
        url: str,
        *,
        refresh: bool = False,
        options: SaveOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SaveResult:
        """Fetch a page, clean it, keep it and its images. See :class:`SaveResult`."""
        url = check_http_url(url)
        existing = self.store.find_duplicate(normalize_url(url), None)
        if existing is not None and not refresh:
            return self._duplicate(existing)
        _report(progress, "fetching")
        page = self.fetcher.fetch_page(url, cancel=cancel)
        return self._save_page(
            url=url, final_url=page.final_url, text=page.text, raw=page.body,
            encoding=page.encoding, content_type=page.content_type, refresh=refresh,
            options=options or SaveOptions(), progress=progress, cancel=cancel,
        )  # fmt: skip

    def save_file(
        self,
        path: str | os.PathLike[str],
        *,
        refresh: bool = False,
        options: SaveOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SaveResult:
        """Save a page kept on disk (by a browser or SingleFile)."""
        from reader.core.fetch import decode_html

        file = Path(path).expanduser().resolve()
        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise KlipingError(f"Could not read {file}: {exc.strerror or exc}.") from exc
        text, encoding = decode_html(raw, None)
        opts = options or SaveOptions(source="file")
        return self._save_page(
            url=file.as_uri(), final_url=file.as_uri(), text=text, raw=raw, encoding=encoding,
            content_type="text/html", refresh=refresh, options=opts, progress=progress,
            cancel=cancel, local_dir=file.parent,
        )  # fmt: skip

    def save_html(
        self,
        html: str,
        url: str,
        *,
        refresh: bool = False,
        options: SaveOptions | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> SaveResult:
        """Save a page whose HTML is already known (an export that carries content)."""
        url = check_http_url(url)
        return self._save_page(
            url=url, final_url=url, text=html, raw=html.encode("utf-8"), encoding="utf-8",
            content_type="text/html", refresh=refresh, options=options or SaveOptions(),
            progress=progress, cancel=cancel,
        )  # fmt: skip

    def save_link(self, url: str, *, options: SaveOptions | None = None) -> SaveResult:
        """Keep an entry whose page could not be fetched: title, URL, tags, highlights."""
        url = check_http_url(url)
        opts = options or SaveOptions()
        existing = self.store.find_duplicate(normalize_url(url), None)
        if existing is not None:
            return self._duplicate(existing)
        values = self._values(url, url, Article(title=opts.title or ""), opts)
        values["status"] = "link-only"
        with self.write_lock(), self.store.transaction():
            article_id = self.store.insert_article(values)
            self._apply_options(article_id, opts)
        self._changed()
        return SaveResult(article_id, "link-only", values["title"], url)

    def _duplicate(self, article_id: int) -> SaveResult:
        rec = self.store.get_article(article_id)
        return SaveResult(article_id, "duplicate", rec.title, rec.url)

    def _save_page(
        self,
        *,
        url: str,
        final_url: str,
        text: str,
        raw: bytes,
        encoding: str,
        content_type: str,
        refresh: bool,
        options: SaveOptions,
        progress: Progress | None,
        cancel: threading.Event | None,
        local_dir: Path | None = None,
    ) -> SaveResult:
        _report(progress, "cleaning")
        article = extract(text, url=final_url)
        if not article.text.strip():
            raise ExtractError(
                f"No article text found at {final_url}: {article.reason or 'the page is empty'}."
            )
        canonical = article.canonical_url if _is_http(article.canonical_url) else None
        if local_dir is not None and canonical:
            url = canonical  # a saved page is known by the address it came from
        keys = (_norm(url), _norm(final_url), _norm(canonical) if canonical else None)
        existing = self._find_any(keys)
        if existing is not None and not refresh:
            return self._duplicate(existing)
        _check_cancel(cancel)
        _report(progress, "images")
        wanted = list(article.images)
        if article.lead_image and article.lead_image not in wanted:
            wanted.append(article.lead_image)
        images = self.assets.download(
            wanted, self._image_fetcher(final_url), local_dir=local_dir, cancel=cancel
        )
        try:
            _check_cancel(cancel)
            _report(progress, "saving")
            values = self._values(url, final_url, article, options)
            values["html"] = rewrite_images(article.html, images)
            values["norm_url"] = keys[0]
            values["canonical_norm"] = keys[2]
            values["lead_image"] = _local_lead(article.lead_image, images)
            result = self._write(values, images, raw, encoding, content_type, refresh, options)
        finally:
            self.assets.discard(images)
        self._changed()
        return result

    def _write(
        self,
        values: dict[str, Any],
        images: list[ImageResult],
        raw: bytes,
        encoding: str,
        content_type: str,
        refresh: bool,
        options: SaveOptions,
    ) -> SaveResult:
        st = self.store
        missing = sum(1 for img in images if img.status != "ok")
        with self.write_lock():
            existing = self._find_any((values["norm_url"], _norm(values["final_url"]),
                                       values["canonical_norm"]))  # fmt: skip
            if existing is not None and not refresh:
                return self._duplicate(existing)
            self.assets.commit(images)
            try:
                with st.transaction():
                    if existing is None:
                        article_id = st.insert_article(values)
                        self._apply_options(article_id, options)
                        status = "saved"
                    else:
                        article_id = existing
                        keep = ("saved_at", "is_read", "is_favorite", "is_archived",
                                "read_position", "source", "norm_url", "url")  # fmt: skip
                        st.update_article(
                            article_id, {k: v for k, v in values.items() if k not in keep}
                        )
                        self._reanchor_highlights(article_id, values["text"])
                        status = "refreshed"
                    st.put_original(article_id, raw, encoding, content_type)
                    gone = st.set_images(article_id, [img.row() for img in images])
            except BaseException:
                # Only assets/: other threads' downloads in incoming/ are still wanted.
                self.assets.sweep(st.asset_paths(), incoming=False)
                raise
            self.assets.remove(gone)
        return SaveResult(article_id, status, values["title"], values["url"], missing)

    def _find_any(self, keys: Sequence[str | None]) -> int | None:
        for key in dict.fromkeys(k for k in keys if k):
            found = self.store.find_duplicate(key, key)
            if found is not None:
                return found
        return None

    def _image_fetcher(
        self, page_url: str
    ) -> Callable[[str, threading.Event | None], tuple[bytes, str]]:
        # Some sites refuse images requested without the page as Referer.
        referer = page_url if _is_http(page_url) else None

        def fetch(url: str, cancel: threading.Event | None) -> tuple[bytes, str]:
            return self.fetcher.fetch_image(url, cancel=cancel, referer=referer)

        return fetch

    def _values(
        self, url: str, final_url: str, article: Article, options: SaveOptions
    ) -> dict[str, Any]:
        now = utcnow()
        words = article.word_count
        title = article.title or options.title or ""
        return {
            "url": url,
            "final_url": final_url,
            "canonical_url": article.canonical_url,
            "norm_url": _norm(url),
            "canonical_norm": _norm(article.canonical_url) if article.canonical_url else None,
            "title": title,
            "authors": list(article.authors),
            "published": article.published.isoformat() if article.published else None,
            "site_name": article.site_name,
            "language": article.language,
            "lead_image": article.lead_image,
            "excerpt": _excerpt(article),
            "word_count": words,
            "reading_minutes": math.ceil(words / WORDS_PER_MINUTE) if words else 0,
            "html": article.html,
            "text": article.text,
            "saved_at": options.saved_at or now,
            "updated_at": now,
            "extractor_version": EXTRACTOR_VERSION,
            "status": "ok",
            "source": options.source,
        }

    def _apply_options(self, article_id: int, options: SaveOptions) -> None:
        st = self.store
        flags = {
            k: v
            for k, v in (
                ("is_read", options.is_read),
                ("is_favorite", options.is_favorite),
                ("is_archived", options.is_archived),
            )
            if v is not None
        }
        if flags:
            st.update_article(article_id, flags)
        if options.tags:
            st.add_tags(article_id, _clean_tags(options.tags))
        text = st.text_of(article_id)
        for hl in options.highlights:
            quote = str(hl.get("quote") or "").strip()
            if not quote:
                continue
            start = text.find(quote)
            st.add_highlight(
                article_id, quote, str(hl.get("note") or ""),
                start if start >= 0 else None, start + len(quote) if start >= 0 else None,
                hl.get("created_at"),
            )  # fmt: skip

    def _reanchor_highlights(self, article_id: int, text: str) -> None:
        for hl in self.store.highlights_of(article_id):
            start = text.find(hl["quote"])
            self.store.update_highlight(
                hl["id"], start=start if start >= 0 else None,
                end=start + len(hl["quote"]) if start >= 0 else None,
            )  # fmt: skip

    def reclean(self, article_id: int) -> SaveResult:
        """Run the current cleaner again on the kept original page (no network)."""
        rec = self.get(article_id)
        original = self.store.get_original(article_id)
        if original is None:
            raise NotFoundError(f"Article {article_id} has no saved page to clean again.")
        raw, encoding = original
        text = raw.decode(encoding, "replace")
        article = extract(text, url=rec.final_url)
        if not article.text.strip():
            raise ExtractError(f"Cleaning article {article_id} again found no text.")
        known = {img["url"]: img for img in self.store.images_of(article_id)}
        wanted = [u for u in article.images if u not in known]
        fetch = self._image_fetcher(rec.final_url)
        images = self.assets.download(wanted, fetch) if wanted else []
        results = [
            ImageResult(u, i["status"], i["path"], i["mime"], i["size"], i["error"])
            for u, i in known.items()
        ] + images
        values = self._values(rec.url, rec.final_url, article, SaveOptions())
        values["html"] = rewrite_images(article.html, results)
        values["lead_image"] = _local_lead(article.lead_image, results)
        for key in ("url", "norm_url", "saved_at", "source", "canonical_norm"):
            values.pop(key)
        st = self.store
        try:
            with self.write_lock():
                self.assets.commit(images)
                with st.transaction():
                    st.update_article(article_id, values)
                    self._reanchor_highlights(article_id, values["text"])
                    gone = st.set_images(article_id, [r.row() for r in results])
                self.assets.remove(gone)
        finally:
            self.assets.discard(images)
        self._changed()
        return SaveResult(article_id, "refreshed", values["title"], rec.url)

    def refetch(self, article_id: int, **kwargs: Any) -> SaveResult:
        """Fetch an article's page again and clean it anew (keeping its state)."""
        rec = self.get(article_id)
        if rec.url.startswith("file:"):
            return self.reclean(article_id)
        return self.save_url(rec.url, refresh=True, **kwargs)

    # -- reading ------------------------------------------------------------------------

    def get(self, article_id: int) -> ArticleRecord:
        """One article; NotFoundError when absent."""
        return self.store.get_article(article_id)

    def get_many(self, ids: Sequence[int]) -> list[ArticleRecord]:
        """Several articles in the given order (missing ids skipped)."""
        return self.store.get_articles(ids)

    def list(
        self,
        flt: ArticleFilter | None = None,
        *,
        sort: str = "saved",
        offset: int = 0,
        limit: int = -1,
    ) -> builtins.list[ArticleSummary]:
        """Summaries of the articles matching ``flt`` (see :data:`store.SORTS`)."""
        return self.store.list_articles(flt, sort=sort, offset=offset, limit=limit)

    def count(self, flt: ArticleFilter | None = None) -> int:
        """How many articles match ``flt``."""
        return self.store.count(flt)

    def counts(self) -> dict[str, int]:
        """Sidebar counts: all, unread, favorites, archived."""
        return self.store.counts()

    def sites(self) -> builtins.list[tuple[str, int]]:
        """Sites with their article counts."""
        return self.store.sites()

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Tags with their article counts."""
        return self.store.all_tags()

    def original_html(self, article_id: int) -> str | None:
        """The page as it was saved, or None when not kept."""
        original = self.store.get_original(article_id)
        if original is None:
            return None
        raw, encoding = original
        return raw.decode(encoding, "replace")

    def images(self, article_id: int) -> builtins.list[dict[str, Any]]:
        """An article's images and where they are on disk."""
        return self.store.images_of(article_id)

    def asset_path(self, relative: str) -> Path:
        """The absolute path of an asset referenced as ``assets/…``."""
        return self.folder / relative

    def highlights(self, article_id: int) -> builtins.list[dict[str, Any]]:
        """An article's highlights, in text order."""
        return self.store.highlights_of(article_id)

    # -- changing -----------------------------------------------------------------------

    def _change(self, ids: Sequence[int], fn: Callable[[Store, int], None]) -> None:
        self._require(ids)
        with self.write_lock(), self.store.transaction():
            for article_id in ids:
                fn(self.store, article_id)
        self._changed()

    def delete(self, ids: Sequence[int]) -> int:
        """Delete articles, their images and highlights. Returns how many went."""
        found = [a for a in ids if self.store.count(ArticleFilter(ids=[a]))]
        if not found:
            return 0
        with self.write_lock():
            with self.store.transaction():
                gone = self.store.delete_articles(found)
            self.assets.remove(gone)
        self._changed()
        return len(found)

    def tag(self, ids: Sequence[int], tags: Sequence[str]) -> None:
        """Add tags to articles."""
        clean = _clean_tags(tags)
        self._change(ids, lambda st, i: st.add_tags(i, clean))

    def untag(self, ids: Sequence[int], tags: Sequence[str]) -> None:
        """Remove tags from articles."""
        clean = _clean_tags(tags)
        self._change(ids, lambda st, i: st.remove_tags(i, clean))

    def mark(
        self,
        ids: Sequence[int],
        *,
        read: bool | None = None,
        favorite: bool | None = None,
        archived: bool | None = None,
    ) -> None:
        """Set read, favourite and archived states."""
        values = {
            k: v
            for k, v in (("is_read", read), ("is_favorite", favorite), ("is_archived", archived))
            if v is not None
        }
        if values:
            self._change(ids, lambda st, i: st.update_article(i, values))

    def set_position(self, article_id: int, position: float) -> None:
        """Remember how far the article has been read (0–1). Not indexed."""
        with self.write_lock(), self.store.transaction():
            self.store.update_article(
                article_id, {"read_position": max(0.0, min(1.0, position))}, reindex=False
            )

    def add_highlight(
        self,
        article_id: int,
        quote: str,
        note: str = "",
        start: int | None = None,
        end: int | None = None,
    ) -> int:
        """Keep a highlight; returns its id."""
        self._require([article_id])
        with self.write_lock(), self.store.transaction():
            return self.store.add_highlight(article_id, quote, note, start, end)

    def update_highlight(self, highlight_id: int, note: str) -> None:
        """Change a highlight's note."""
        with self.write_lock(), self.store.transaction():
            self.store.update_highlight(highlight_id, note=note)

    def delete_highlight(self, highlight_id: int) -> None:
        """Remove a highlight."""
        with self.write_lock(), self.store.transaction():
            self.store.delete_highlight(highlight_id)

    def _require(self, ids: Sequence[int]) -> None:
        missing = [i for i in ids if not self.store.count(ArticleFilter(ids=[i]))]
        if missing:
            raise NotFoundError(
                f"There is no article {', '.join(map(str, missing))} in this library."
            )

    # -- search -------------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, sort: str = "relevance"
    ) -> SearchResults:
        """Search every saved article; snippets come from the text in the database."""
        return self.index.search(
            query, limit=limit, offset=offset, sort=sort, text_of=self.store.text_of
        )

    def sync_index(self) -> int:
        """Apply pending changes to the search index. Returns how many were applied.

        Safe to repeat: each change is an upsert or delete by id, and a change leaves the
        outbox only after the index has committed it. When another process holds the
        index, the changes wait for the next call.
        """
        if self.read_only:
            return 0
        st = self.store
        index_dir = self.folder / "index"
        fresh = not index_dir.exists()
        try:
            if (fresh and st.count()) or (not fresh and self.index.needs_rebuild()):
                self.reindex()
                return st.count()
            applied = 0
            while True:
                with self.write_lock():
                    pending = st.outbox()
                    if not pending:
                        return applied
                    ups = [i for i, op in pending if op == "upsert"]
                    dels = [i for i, op in pending if op == "delete"]
                    records = st.get_articles(ups)
                    dels += sorted(set(ups) - {r.id for r in records})
                    with self._index_lock:
                        if records:
                            self.index.update([to_index_doc(r) for r in records])
                        if dels:
                            self.index.delete(dels)
                    st.clear_outbox(pending)
                    applied += len(pending)
        except LibraryBusyError as exc:
            log.info("index catch-up postponed: %s", exc)
            return 0
        except SearchError as exc:
            # The articles are safe in the database and the outbox keeps the changes,
            # so the next change or the next open catches the index up.
            log.warning("index catch-up postponed: %s", exc)
            return 0

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the search index from the database. Returns the article count."""
        st = self.store
        with self.write_lock(timeout=60):
            ids = st.all_ids()
            pending = st.outbox(limit=10**9)

            def docs() -> Iterator[Any]:
                for start in range(0, len(ids), 200):
                    for rec in st.get_articles(ids[start : start + 200]):
                        yield to_index_doc(rec)

            with self._index_lock:
                self.index.rebuild(docs(), len(ids), progress)
            st.clear_outbox(pending)
        return len(ids)


def to_index_doc(rec: ArticleRecord) -> Any:
    """The search index's view of an article."""
    import datetime as dt

    from reader.core.search import IndexDoc

    published = None
    if rec.published:
        try:
            published = dt.date.fromisoformat(rec.published[:10])
        except ValueError:
            published = None
    saved = dt.datetime.fromisoformat(rec.saved_at.replace("Z", "+00:00"))
    return IndexDoc(
        id=rec.id, title=rec.title, text=rec.text, authors=rec.authors, site=rec.display_site,
        tags=rec.tags, language=rec.language, url=rec.url, saved=saved, published=published,
        is_read=rec.is_read, is_favorite=rec.is_favorite, is_archived=rec.is_archived,
    )  # fmt: skip


def _report(progress: Progress | None, stage: str) -> None:
    if progress is not None:
        progress(stage)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("Saving was cancelled.")


def _is_http(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def _norm(url: str | None) -> str:
    if not url:
        return ""
    return normalize_url(url) if _is_http(url) else url


def _local_lead(lead: str | None, images: list[ImageResult]) -> str | None:
    if not lead:
        return None
    for img in images:
        if img.url == lead and img.status == "ok":
            return img.path
    return lead


def _excerpt(article: Article, limit: int = 280) -> str:
    source = article.description.strip()
    if not source:
        source = next((p.strip() for p in article.text.split("\n\n") if len(p.split()) > 8), "")
    source = " ".join(source.split())
    if len(source) <= limit:
        return source
    cut = source[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def _clean_tags(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        t = " ".join(str(tag).split()).strip()
        if t and t.lower() not in (x.lower() for x in out):
            out.append(t)
    return out


__all__ = [
    "ArticleFilter",
    "ArticleRecord",
    "ArticleSummary",
    "Library",
    "SaveOptions",
    "SaveResult",
]
