"""Saving articles: URL or file → fetch → extract → images → one database transaction.

:class:`Saver` is the save pipeline behind :class:`reader.core.library.Library`'s
``save_*``, ``reclean`` and ``refetch``. Images are downloaded before the write lock is
taken and moved into ``assets/`` under it, just before the transaction that refers to
them, so a crash leaves at most orphan files, which the next open sweeps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import CancelledError, ExtractError, KlipingError, NotFoundError
from reader.core.extract import Article, extract
from reader.core.library.assets import ImageResult, rewrite_images
from reader.core.library.columns import article_columns, canonical_of, keep_title, local_lead
from reader.core.library.options import (
    Progress,
    SaveOptions,
    SaveResult,
    clean_tags,
    url_key,
)
from reader.core.sameness import same_article
from reader.core.urls import (
    check_http_url,
    is_http,
    normalize_url,
    shorten_url,
    split_credentials,
    with_credentials,
    without_credentials,
)

if TYPE_CHECKING:
    import os

    from reader.core.library.folder import LibraryFolder

log = logging.getLogger(__name__)

#: Why an image of an article saved with ``fetch_images=False`` is missing.
NOT_FETCHED = "not fetched (saved without fetching); kliping refetch fetches it"


class Saver:
    """The save pipeline of one library folder.

    Args:
        home: The library folder the pipeline writes to.
        changed: Called after each write (the index catch-up).
    """

    def __init__(self, home: LibraryFolder, changed: Callable[[], None]) -> None:
        self.home = home
        self._changed = changed
        #: Cleans a page: the cleaner itself, or a worker pool's (Library.cleaning_with).
        self.clean: Callable[..., Article] = extract

    @contextmanager
    def cleaning_with(self, clean: Callable[..., Article]) -> Iterator[None]:
        """Pages saved meanwhile (from any thread) are cleaned by ``clean``."""
        before, self.clean = self.clean, clean
        try:
            yield
        finally:
            self.clean = before

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
        # A password in the address opens the page and its images; it is kept nowhere.
        public, credentials = split_credentials(url)
        existing = self.home.store.find_duplicate(normalize_url(public), None)
        if existing is not None and not refresh:
            return self._duplicate(existing, (options or SaveOptions()).title)
        _report(progress, "fetching")
        page = self.home.fetcher.fetch_page(url, cancel=cancel)
        return self._save_page(
            url=public, final_url=page.final_url, text=page.text, raw=page.body,
            encoding=page.encoding, content_type=page.content_type, refresh=refresh,
            options=options or SaveOptions(), progress=progress, cancel=cancel,
            credentials=credentials,
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
        url, credentials = split_credentials(check_http_url(url))
        return self._save_page(
            url=url, final_url=url, text=html, raw=html.encode("utf-8"), encoding="utf-8",
            content_type="text/html", refresh=refresh, options=options or SaveOptions(),
            progress=progress, cancel=cancel, credentials=credentials,
        )  # fmt: skip

    def save_link(self, url: str, *, options: SaveOptions | None = None) -> SaveResult:
        """Keep an entry whose page could not be fetched: title, URL, tags, highlights."""
        url = without_credentials(check_http_url(url))
        opts = options or SaveOptions()
        existing = self.home.store.find_duplicate(normalize_url(url), None)
        if existing is not None:
            return self._duplicate(existing, opts.title)
        values = article_columns(url, url, Article(title=opts.title or ""), opts)
        values["status"] = "link-only"
        with self.home.write_lock(), self.home.store.transaction():
            article_id = self.home.store.insert_article(values)
            self._apply_options(article_id, opts)
            if opts.on_insert is not None:
                opts.on_insert(self.home.store, article_id)
        self._changed()
        return SaveResult(article_id, "link-only", values["title"], url)

    def _duplicate(self, article_id: int, title: str | None = None) -> SaveResult:
        rec = self.home.store.get_article(article_id)
        result = SaveResult(article_id, "duplicate", rec.title, rec.url)
        if title and rec.title and not same_article(title, "", rec.title, ""):
            # the same address under another headline: say so, never pass it off silently
            result.warnings.append(f"this page is titled '{' '.join(title.split())}'")
        return result

    def _find_same(
        self, addresses: Sequence[str], canonical: str | None, article: Article
    ) -> tuple[int | None, bool]:
        """The saved article this page is, and whether its canonical URL names another one.

        An article saved at one of the page's addresses is it. One found only through a
        canonical URL (this page's, or the saved article's) is it only when the two say
        the same thing (:func:`~reader.core.sameness.same_article`).
        """
        found = [
            s
            for key in dict.fromkeys(k for k in (*addresses, canonical) if k)
            for s in self.home.store.saved_under(key)
        ]
        for saved in found:
            if saved.norm_url in addresses:
                return saved.id, False
        for saved in found:
            if same_article(saved.title, saved.text, article.title, article.text):
                return saved.id, False
        if found:
            log.info(
                "canonical URL %s is shared by articles %s, which say something else: "
                "saving this page as an article of its own",
                canonical, ", ".join(str(s.id) for s in found),
            )  # fmt: skip
        return None, bool(found)

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
        credentials: tuple[str, str] | None = None,
    ) -> SaveResult:
        _report(progress, "cleaning")
        article = self.clean(text, url=final_url)
        if not article.text.strip():
            raise ExtractError(
                f"No article text found at {final_url}: {article.reason or 'the page is empty'}.",
                reason="no-article",
                url=shorten_url(final_url),
            )
        canonical = article.canonical_url = canonical_of(article, final_url)
        addresses = tuple(dict.fromkeys((url_key(url), url_key(final_url))))
        canonical_key = url_key(canonical) if canonical else None
        existing, conflict = self._find_same(addresses, canonical_key, article)
        if existing is not None and not refresh:
            return self._duplicate(existing, article.title)
        if local_dir is not None and canonical and not conflict:
            url = canonical  # a saved page is known by the address it came from
        keys = (url_key(url), addresses, canonical_key)
        _check_cancel(cancel)
        _report(progress, "images")
        wanted = list(article.images)
        if article.lead_image and article.lead_image not in wanted:
            wanted.append(article.lead_image)
        if options.fetch_images:
            images = self.home.assets.download(
                wanted,
                self._image_fetcher(final_url, credentials),
                local_dir=local_dir,
                cancel=cancel,
            )
        else:
            images = [ImageResult(u, "missing", error=NOT_FETCHED) for u in wanted]
        try:
            _check_cancel(cancel)
            _report(progress, "saving")
            values = article_columns(url, final_url, article, options)
            values["html"] = rewrite_images(article.html, images)
            values["norm_url"] = keys[0]
            values["canonical_norm"] = keys[2]
            values["lead_image"] = local_lead(article.lead_image, images)
            result = self._write(
                values, images, raw, encoding, content_type, refresh, options,
                lambda: self._find_same(keys[1], keys[2], article)[0],
            )  # fmt: skip
        finally:
            self.home.assets.discard(images)
        self._changed()
        return result

    def restore(
        self,
        values: dict[str, Any],
        images: list[ImageResult],
        *,
        tags: Sequence[str],
        highlights: Sequence[dict[str, Any]],
        original: tuple[bytes, str, str] | None,
    ) -> int:
        """Put back an article exactly as a Kliping backup holds it: its stored columns,
        tags, highlights (quote, note, start, end, created_at, labels), images (already
        in ``incoming/``) and original page, in one transaction. Returns its id."""
        st = self.home.store
        try:
            with self.home.write_lock():
                self.home.assets.commit(images)
                with st.transaction():
                    article_id = st.insert_article(values)
                    st.add_tags(article_id, list(tags))
                    for hl in highlights:
                        st.add_highlight(
                            article_id, hl["quote"], hl["note"], hl["start"], hl["end"],
                            hl["created_at"], labels=hl["labels"],
                        )  # fmt: skip
                    st.set_images(article_id, [img.row() for img in images])
                    if original is not None:
                        st.put_original(article_id, *original)
        finally:
            self.home.assets.discard(images)
        return article_id

    def _write(
        self,
        values: dict[str, Any],
        images: list[ImageResult],
        raw: bytes,
        encoding: str,
        content_type: str,
        refresh: bool,
        options: SaveOptions,
        find_same: Callable[[], int | None],
    ) -> SaveResult:
        st = self.home.store
        missing = sum(1 for img in images if img.status != "ok")
        with self.home.write_lock():
            existing = find_same()  # again: another save may have finished meanwhile
            if existing is not None and not refresh:
                return self._duplicate(existing, values["title"])
            self.home.assets.commit(images)
            try:
                with st.transaction():
                    if existing is None:
                        article_id = st.insert_article(values)
                        self._apply_options(article_id, options)
                        if options.on_insert is not None:
                            options.on_insert(st, article_id)
                        status = "saved"
                    else:
                        article_id = existing
                        keep = ("saved_at", "is_read", "is_favorite", "is_archived",
                                "read_position", "source", "norm_url", "url",
                                "note", "feed_id")  # fmt: skip
                        if options.title is None:
                            values = keep_title(st.get_article(existing), values)
                        st.update_article(
                            article_id, {k: v for k, v in values.items() if k not in keep}
                        )
                        self._reanchor_highlights(article_id, values["text"])
                        status = "refreshed"
                    st.put_original(article_id, raw, encoding, content_type)
                    gone = st.set_images(article_id, [img.row() for img in images])
            except BaseException:
                # Only assets/: other threads' downloads in incoming/ are still wanted.
                self.home.assets.sweep(st.asset_paths(), incoming=False)
                raise
            self.home.assets.remove(gone)
        return SaveResult(article_id, status, values["title"], values["url"], missing)

    def _image_fetcher(
        self, page_url: str, credentials: tuple[str, str] | None = None
    ) -> Callable[[str, threading.Event | None], tuple[bytes, str]]:
        # Some sites refuse images requested without the page as Referer.
        referer = page_url if is_http(page_url) else None
        site = _site(page_url)

        def fetch(url: str, cancel: threading.Event | None) -> tuple[bytes, str]:
            if credentials is not None and _site(url) == site:
                url = with_credentials(url, credentials)  # the page's own images need them
            return self.home.fetcher.fetch_image(url, cancel=cancel, referer=referer)

        return fetch

    def _apply_options(self, article_id: int, options: SaveOptions) -> None:
        st = self.home.store
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
            st.add_tags(article_id, clean_tags(options.tags))
        text = st.text_of(article_id)
        for hl in options.highlights:
            quote = str(hl.get("quote") or "").strip()
            if not quote:
                continue
            start = text.find(quote)
            st.add_highlight(
                article_id, quote, str(hl.get("note") or ""),
                start if start >= 0 else None, start + len(quote) if start >= 0 else None,
                hl.get("created_at"), labels=hl.get("labels") or (),
            )  # fmt: skip

    def _reanchor_highlights(self, article_id: int, text: str) -> None:
        for hl in self.home.store.highlights_of(article_id):
            start = text.find(hl["quote"])
            self.home.store.update_highlight(
                hl["id"], start=start if start >= 0 else None,
                end=start + len(hl["quote"]) if start >= 0 else None,
            )  # fmt: skip

    def reclean(self, article_id: int) -> SaveResult:
        """Run the current cleaner again on the kept original page (no network)."""
        rec = self.home.store.get_article(article_id)
        original = self.home.store.get_original(article_id)
        if original is None:
            raise NotFoundError(f"Article {article_id} has no saved page to clean again.")
        raw, encoding = original
        text = raw.decode(encoding, "replace")
        article = extract(text, url=rec.final_url)
        if not article.text.strip():
            raise ExtractError(f"Cleaning article {article_id} again found no text.")
        article.canonical_url = canonical_of(article, rec.final_url)
        known = {img["url"]: img for img in self.home.store.images_of(article_id)}
        wanted = [u for u in article.images if u not in known]
        fetch = self._image_fetcher(rec.final_url)
        images = self.home.assets.download(wanted, fetch) if wanted else []
        results = [
            ImageResult(u, i["status"], i["path"], i["mime"], i["size"], i["error"])
            for u, i in known.items()
        ] + images
        opts = SaveOptions(authors=rec.authors, published=rec.published)
        values = keep_title(rec, article_columns(rec.url, rec.final_url, article, opts))
        values["html"] = rewrite_images(article.html, results)
        values["lead_image"] = local_lead(article.lead_image, results)
        for key in ("url", "norm_url", "saved_at", "source", "canonical_norm", "note", "feed_id",
                    "status"):  # fmt: skip
            values.pop(key)
        st = self.home.store
        try:
            with self.home.write_lock():
                self.home.assets.commit(images)
                with st.transaction():
                    st.update_article(article_id, values)
                    self._reanchor_highlights(article_id, values["text"])
                    gone = st.set_images(article_id, [r.row() for r in results])
                self.home.assets.remove(gone)
        finally:
            self.home.assets.discard(images)
        self._changed()
        return SaveResult(article_id, "refreshed", values["title"], rec.url)

    def refetch(self, article_id: int, **kwargs: Any) -> SaveResult:
        """Fetch an article's page again and clean it anew (keeping its state)."""
        rec = self.home.store.get_article(article_id)
        if rec.url.startswith("file:"):
            return self.reclean(article_id)
        return self.save_url(rec.url, refresh=True, **kwargs)


def _report(progress: Progress | None, stage: str) -> None:
    if progress is not None:
        progress(stage)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("Saving was cancelled.")


def _site(url: str) -> str:
    """Scheme, host and port of an http(s) address ("" for others)."""
    if not is_http(url):
        return ""
    scheme, _sep, rest = normalize_url(url).partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"
