"""HTTP: a URL in, the page's bytes, text, final URL and headers out.

:class:`Fetcher` is the only thing in Kliping that talks to web servers. It is built for
servers that misbehave: it follows redirects itself (limit, loop detection, no
``file:``/``data:``/``javascript:`` targets), decompresses gzip and deflate itself with
a bounded output (a 1 MB gzip bomb stops at the size cap instead of filling memory),
enforces connect, read and wall-clock time limits, can be cancelled at any moment (a
silent server included, within 0.1 s), follows quick ``<meta>`` refresh redirect pages,
and refuses what is not a web page before or while downloading it.

Every failure is a :class:`~reader.core.errors.FetchError` (or subclass) with a
one-line message, raised ``from`` the httpx or zlib error behind it.
"""

from __future__ import annotations

import http
import http.cookiejar
import logging
import os
import re
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, fields
from types import TracebackType

import httpx

from reader import __version__
from reader.core.errors import (
    FetchCancelledError,
    FetchError,
    HTTPStatusError,
    NotHTMLError,
    TooLargeError,
    UnsupportedURLError,
)
from reader.core.sameness import same_site
from reader.core.sniff import (
    HTML_TYPES,
    VAGUE_TYPES,
    decode_html,
    describe_type,
    looks_like_html,
    meta_refresh_target,
    sniff_image,
    sniff_type,
)
from reader.core.transport import ENCODINGS, CancellableTransport, Decoder, cancel_scope
from reader.core.urls import (
    HTTP_SCHEMES,
    check_http_url,
    display_url,
    normalize_url,
    shorten_url,
    split_credentials,
    to_uri,
)

__all__ = [
    "USER_AGENT",
    "FetchLimits",
    "FetchedPage",
    "FetchedResource",
    "Fetcher",
    "decode_html",
    "sniff_image",
]

log = logging.getLogger(__name__)

USER_AGENT = f"Kliping/{__version__} (offline news reader; +https://kliping.app)"

_PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
_FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,"
    "application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.5"
)
_IMAGE_ACCEPT = "image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5"
#: Only what this module decodes itself, with bounded output (see _Decoder). Brotli is
#: not offered: its decoder cannot bound the output of one chunk.
_ACCEPT_ENCODING = "gzip, deflate"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_LOCATION = "x-kliping-location"  # where _hide_location moves the Location header
_HEADER_NAMES = {_LOCATION: "location"}
_MAX_VISITS = 2  # a URL may come back once (cookie-setting redirects), a third time is a loop


@dataclass(frozen=True)
class FetchLimits:
    """How much a fetch may take: bytes, seconds and redirects.

    Attributes:
        max_bytes: Largest page body, counted after decompression.
        image_max_bytes: Largest image body.
        connect_timeout: Seconds to wait for a connection.
        read_timeout: Seconds to wait for the next bytes from the server.
        total_timeout: Wall-clock seconds for one whole fetch, redirects included (stops
            servers that drip one byte a second or stream forever).
        max_redirects: Redirects followed before giving up.
    """

    max_bytes: int = 25 * 1024 * 1024
    image_max_bytes: int = 10 * 1024 * 1024
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 10

    @classmethod
    def from_env(cls) -> FetchLimits:
        """The defaults, overridden by ``KLIPING_MAX_BYTES``, ``KLIPING_IMAGE_MAX_BYTES``,
        ``KLIPING_CONNECT_TIMEOUT``, ``KLIPING_READ_TIMEOUT``, ``KLIPING_TOTAL_TIMEOUT`` and
        ``KLIPING_MAX_REDIRECTS`` when set (malformed values are logged and ignored)."""
        values: dict[str, float | int] = {}
        for f in fields(cls):
            name = "KLIPING_" + f.name.upper()
            raw = os.environ.get(name, "").strip()
            if not raw:
                continue
            convert = int if f.type in ("int", int) else float
            try:
                value = convert(raw)
            except ValueError:
                log.warning("Ignoring %s=%r: not a number", name, raw)
                continue
            if value <= 0:
                log.warning("Ignoring %s=%r: must be positive", name, raw)
                continue
            values[f.name] = value
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class FetchedPage:
    """A web page as the server sent it.

    Attributes:
        url: The address asked for (without surrounding whitespace).
        final_url: The address after redirects.
        status: The final HTTP status (2xx).
        content_type: The media type only, lower-case (``text/html``); empty if missing.
        headers: The final response's headers, lower-case names.
        body: The body after content-encoding was undone.
        encoding: The Python codec chosen to decode it (``utf-8``, ``cp1251``, …).
        text: ``body`` decoded with ``encoding`` (undecodable bytes replaced).
    """

    url: str
    final_url: str
    status: int
    content_type: str
    headers: dict[str, str]
    body: bytes
    encoding: str
    text: str


@dataclass(frozen=True)
class FetchedResource:
    """Whatever an address answered (a feed, or the page that names one).

    Attributes:
        url: The address asked for.
        final_url: The address after redirects.
        moved_to: Where every redirect on the way was permanent (301/308), the last of
            them: the address to use from now on. None otherwise.
        status: 200 (or another 2xx), or 304 when a conditional request was not modified.
        content_type: The media type only, lower-case; empty if missing.
        headers: The final response's headers, lower-case names.
        body: The body after content-encoding was undone (empty for 304).
    """

    url: str
    final_url: str
    moved_to: str | None
    status: int
    content_type: str
    headers: dict[str, str]
    body: bytes


# Fetching ---------------------------------------------------------------------------


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.3g} MB"


def _seconds(s: float) -> str:
    return f"{s:.3g} s"


def _host(url: str) -> str:
    return urllib.parse.urlsplit(display_url(url)).hostname or url


def _origin(url: str) -> str:
    """Scheme, host and port: where a password given with an address may be sent."""
    scheme, _sep, rest = normalize_url(url).partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


def _media_type(header: str | None) -> str:
    return (header or "").partition(";")[0].strip().lower()


def _status_message(url: str, response: httpx.Response) -> str:
    status = response.status_code
    try:
        phrase = response.reason_phrase or http.HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    message = f"{shorten_url(url)} answered {status} {phrase}".rstrip() + "."
    if status in (401, 403):
        message += " The site may need a login or may refuse automated readers."
    elif status == 429:
        message += " The site is limiting requests; try again later."
    elif status >= 500:
        message += " The site has a problem; try again later."
    return message


class _Trip:
    """What one fetch carries across its redirects: deadline, cookies, addresses seen,
    and the user name and password the address held (sent to its own site only)."""

    def __init__(self, url: str, seconds: float) -> None:
        self.url, credentials = split_credentials(url)
        self.auth = httpx.BasicAuth(*credentials) if credentials else None
        self.origin = _origin(self.url)
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.cookies = httpx.Cookies()
        self.visits: dict[str, int] = {}
        self.hops = 0
        self.moved_to: str | None = None  # the last target while every hop is permanent
        self.temporary = False

    def left(self) -> float:
        return self.end - time.monotonic()


class Fetcher:
    """Fetches web pages and images over http(s), safely.

    One ``Fetcher`` holds one connection pool and may be shared between threads. Cookies
    live only for the duration of one fetch (so a cookie-setting redirect works, but
    nothing is remembered between articles).

    Args:
        limits: Size, time and redirect limits; the defaults if None.
        transport: An httpx transport, for tests (``httpx.MockTransport``).
    """

    def __init__(
        self, limits: FetchLimits | None = None, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.limits = limits or FetchLimits()
        self._client = httpx.Client(
            transport=transport or CancellableTransport(),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": _ACCEPT_ENCODING},
            event_hooks={"response": [_hide_location]},
        )
        # The client's own jar refuses every cookie; each fetch keeps its own (_get).
        self._client.cookies.jar.set_policy(_REFUSE_COOKIES)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Public -----------------------------------------------------------------------------

    def fetch_page(self, url: str, cancel: threading.Event | None = None) -> FetchedPage:
        """Fetch ``url`` as a web page (HTML or XHTML).

        Args:
            url: An http or https address.
            cancel: When set, the fetch stops at the next chunk with FetchCancelledError.

        Raises:
            UnsupportedURLError: Not http(s), or a redirect to another scheme.
            NotHTMLError: The address answered with a PDF, an image, JSON, …
            TooLargeError: The page is larger than ``limits.max_bytes``.
            FetchCancelledError: ``cancel`` was set.
            FetchError: Anything else: 4xx/5xx, timeouts, network and TLS errors,
                broken compression, too many redirects.
        """
        started = time.monotonic()
        trip = _Trip(check_http_url(url), self.limits.total_timeout)
        url = trip.url
        got = self._get_page(trip, url, cancel)
        while True:
            final_url, response, body, content_type, text, encoding = got
            target = meta_refresh_target(text, final_url)
            if target is None or normalize_url(target) == normalize_url(final_url):
                break
            # A page that is only a redirect (a link shortener, an old address) is followed
            # wherever it points. A page with text of its own is followed only within its
            # site, and when that fails it is kept as it is: a refresh to an ad server or
            # an unreachable host must not make a readable page unsaveable.
            stub = not _has_own_text(text)
            if not stub and not same_site(target, final_url):
                log.info("Not following <meta> refresh from %s to another site", final_url)
                break
            log.info("Following <meta> refresh from %s to %s", final_url, target)
            try:
                self._count_hop(trip)
                got = self._get_page(trip, self._redirect_target(final_url, target), cancel)
            except FetchCancelledError:
                raise
            except FetchError as exc:
                if stub:
                    raise
                log.info("<meta> refresh not followed (%s); keeping %s as it is", exc, final_url)
                break
        log.info(
            "Fetched %s (%s, %s, %s) in %.2f s",
            final_url,
            content_type or "no type",
            _size(len(body)),
            encoding,
            time.monotonic() - started,
        )
        return FetchedPage(
            url=url,
            final_url=final_url,
            status=response.status_code,
            content_type=content_type,
            headers={_HEADER_NAMES.get(k, k): v for k, v in response.headers.items()},
            body=body,
            encoding=encoding,
            text=text,
        )

    def fetch_resource(
        self,
        url: str,
        cancel: threading.Event | None = None,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchedResource:
        """Fetch ``url`` whatever it is (a feed: RSS, Atom, JSON, or an HTML page).

        With ``etag`` or ``last_modified`` the request is conditional, and an unchanged
        resource answers with status 304 and no body. The same size, time and redirect
        limits as :meth:`fetch_page` apply.

        Raises:
            HTTPStatusError: A 4xx or 5xx answer (its status and ``Retry-After`` kept).
            FetchError: Any of :meth:`fetch_page`'s other failures.
        """
        url = check_http_url(url)
        extra: dict[str, str] = {}
        if etag:
            extra["If-None-Match"] = etag
        if last_modified:
            extra["If-Modified-Since"] = last_modified
        trip = _Trip(url, self.limits.total_timeout)
        final_url, response, body = self._get(
            trip, url, _FEED_ACCEPT, self.limits.max_bytes, cancel, extra, not_modified=bool(extra)
        )
        return FetchedResource(
            url=url,
            final_url=final_url,
            moved_to=None if trip.temporary else trip.moved_to,
            status=response.status_code,
            content_type=_media_type(response.headers.get("content-type")),
            headers={_HEADER_NAMES.get(k, k): v for k, v in response.headers.items()},
            body=body,
        )

    def fetch_image(
        self, url: str, cancel: threading.Event | None = None, *, referer: str | None = None
    ) -> tuple[bytes, str]:
        """Fetch an image; returns ``(bytes, mime type)``, the type sniffed from the bytes.

        Recognised: PNG, JPEG, GIF, WebP, SVG, AVIF, BMP and ICO.

        Args:
            url: An http or https address.
            cancel: When set, the fetch stops at the next chunk with FetchCancelledError.
            referer: The article's address, for sites that refuse images without one.

        Raises:
            FetchError: Not an image, or any of :meth:`fetch_page`'s failures (with
                ``limits.image_max_bytes`` as the size cap).
        """
        trip = _Trip(check_http_url(url), self.limits.total_timeout)
        url = trip.url
        # A header is ASCII: the page's address as HTTP spells it, without a password.
        extra = {"Referer": to_uri(split_credentials(referer)[0])} if referer else None
        final_url, response, body = self._get(
            trip, url, _IMAGE_ACCEPT, self.limits.image_max_bytes, cancel, extra
        )
        mime = sniff_image(body)
        if mime is None:
            declared = _media_type(response.headers.get("content-type")) or "no type"
            raise FetchError(f"{shorten_url(final_url)} is not an image ({declared}).")
        return body, mime

    # Steps --------------------------------------------------------------------------------

    def _get_page(
        self, trip: _Trip, url: str, cancel: threading.Event | None
    ) -> tuple[str, httpx.Response, bytes, str, str, str]:
        """GET a web page: (final URL, response, body, content type, text, encoding)."""
        final_url, response, body = self._get(
            trip, url, _PAGE_ACCEPT, self.limits.max_bytes, cancel
        )
        header = response.headers.get("content-type")
        content_type = _media_type(header)
        self._check_page(final_url, content_type, body)
        text, encoding = decode_html(body, header)
        return final_url, response, body, content_type, text, encoding

    def _check_page(self, url: str, content_type: str, body: bytes) -> None:
        shown = shorten_url(url)
        if not body:
            raise FetchError(f"{shown} sent an empty page.", reason="empty-page", url=shown)
        other = sniff_type(body[:4096])
        if content_type in HTML_TYPES:
            # A lying Content-Type: the body is plainly a PDF, an image, …
            if other is not None and other != "application/json" and not looks_like_html(body):
                raise NotHTMLError(
                    f"{shown} says it is a web page but sent {describe_type(other)} ({other}).",
                    reason="not-html",
                    url=shown,
                    type=other,
                )
            return
        if content_type in VAGUE_TYPES and looks_like_html(body):
            return
        actual = content_type or other
        if actual is None:
            raise NotHTMLError(f"{shown} sent no Content-Type and no HTML; it is not a web page.")
        raise NotHTMLError(
            f"{shown} is {describe_type(actual)} ({actual}), not a web page.",
            reason="not-html",
            url=shown,
            type=actual,
        )

    def _get(
        self,
        trip: _Trip,
        url: str,
        accept: str,
        max_bytes: int,
        cancel: threading.Event | None,
        extra_headers: dict[str, str] | None = None,
        not_modified: bool = False,
    ) -> tuple[str, httpx.Response, bytes]:
        """GET ``url`` following redirects; returns (final URL, response, decoded body).

        With ``not_modified`` a 304 answer is returned (with an empty body) instead of
        raised.
        """
        current = url
        while True:
            _check_cancel(cancel, current)
            trip.visits[current] = trip.visits.get(current, 0) + 1
            if trip.visits[current] > _MAX_VISITS:
                raise FetchError(f"{shorten_url(trip.url)} redirects in a loop.")
            with cancel_scope(cancel), _ErrorTranslator(current, self.limits, trip, cancel):
                request = self._client.build_request(
                    "GET",
                    to_uri(current),
                    headers={"Accept": accept, **(extra_headers or {})},
                    timeout=self._timeout(trip),
                )
                trip.cookies.set_cookie_header(request)
                same_site = trip.auth is not None and _origin(current) == trip.origin
                response = self._client.send(
                    request, stream=True, auth=trip.auth if same_site else None
                )
                try:
                    trip.cookies.extract_cookies(response)
                    location = response.headers.get(_LOCATION)
                    if response.status_code in _REDIRECTS and location:
                        self._count_hop(trip)
                        current = self._redirect_target(current, location)
                        if response.status_code in _PERMANENT:
                            trip.moved_to = current
                        else:
                            trip.temporary = True
                        continue
                    if not_modified and response.status_code == 304:
                        return current, response, b""
                    if not 200 <= response.status_code < 300:
                        raise HTTPStatusError(
                            _status_message(current, response),
                            status=response.status_code,
                            retry_after=_retry_after(response.headers.get("retry-after")),
                            url=shorten_url(current),
                        )
                    body = self._read(response, current, max_bytes, cancel, trip)
                    # The address as asked or as redirected to, not httpx's re-encoding
                    # of it: equal to ``url`` when there was no redirect.
                    return current, response, body
                finally:
                    response.close()

    def _count_hop(self, trip: _Trip) -> None:
        trip.hops += 1
        if trip.hops > self.limits.max_redirects:
            raise FetchError(
                f"{shorten_url(trip.url)} redirected more than {self.limits.max_redirects} "
                "times; Kliping stops there."
            )

    def _timeout(self, trip: _Trip) -> httpx.Timeout:
        # No single wait may run past the overall deadline.
        left = max(0.01, trip.left())
        limits = self.limits
        return httpx.Timeout(
            connect=min(limits.connect_timeout, left),
            read=min(limits.read_timeout, left),
            write=min(limits.read_timeout, left),
            pool=min(limits.connect_timeout, left),
        )

    @staticmethod
    def _redirect_target(current: str, location: str) -> str:
        try:
            target = urllib.parse.urljoin(current, location.strip())
            scheme = urllib.parse.urlsplit(target).scheme.lower()
        except ValueError as exc:  # "//[": a broken IPv6 literal
            raise FetchError(
                f"{shorten_url(current)} redirects to a broken address "
                f"'{shorten_url(location, 60)}'."
            ) from exc
        if scheme not in HTTP_SCHEMES:
            raise UnsupportedURLError(
                f"{shorten_url(current)} redirects to '{shorten_url(target, 60)}', "
                "which Kliping does not follow."
            )
        # A password in a redirect's address is not followed either: nothing kept or
        # shown may carry one.
        return split_credentials(check_http_url(target))[0]

    def _read(
        self,
        response: httpx.Response,
        url: str,
        max_bytes: int,
        cancel: threading.Event | None,
        deadline: _Trip,
    ) -> bytes:
        encodings = [
            e.strip().lower()
            for e in response.headers.get("content-encoding", "").split(",")
            if e.strip() and e.strip().lower() != "identity"
        ]
        chunks: Iterator[bytes]
        if response.is_stream_consumed:
            # Built from bytes (httpx.MockTransport with content=…): httpx already read
            # and decoded it.
            chunks, encodings = iter([response.content]), []
        else:
            chunks = response.iter_raw()
        if len(encodings) > 1 or (encodings and encodings[0] not in ENCODINGS):
            raise FetchError(
                f"{shorten_url(url)} was sent compressed as '{', '.join(encodings)}', "
                "which Kliping cannot read."
            )
        too_large = TooLargeError(
            f"{shorten_url(url)} is larger than {_size(max_bytes)}; Kliping stops there.",
            reason="too-large",
            url=shorten_url(url),
            size=_size(max_bytes),
        )
        declared = response.headers.get("content-length", "")
        if (
            not encodings
            and declared.isascii()
            and declared.isdigit()
            and int(declared) > max_bytes
        ):
            raise too_large
        decoder = Decoder(encodings[0] if encodings else "identity")
        body = bytearray()
        try:
            for raw in chunks:
                _check_cancel(cancel, url)
                for piece in decoder.feed(raw):
                    body += piece
                    if len(body) > max_bytes:
                        raise too_large
                if deadline.left() <= 0:
                    raise FetchError(
                        f"{shorten_url(url)} took longer than {_seconds(deadline.seconds)} "
                        "to download; Kliping stops there.",
                        reason="too-slow",
                        url=shorten_url(url),
                    )
            body += decoder.flush()
        except zlib.error as exc:
            raise FetchError(f"{_host(url)} sent a broken compressed response.") from exc
        if len(body) > max_bytes:
            raise too_large
        return bytes(body)


def _retry_after(header: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delta seconds or an HTTP date)."""
    value = (header or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|title)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
#: Visible characters (spaces aside) a page needs to be more than a redirect: a stub's
#: "Redirecting… click here if nothing happens" is far shorter, a news story far longer.
_OWN_TEXT_CHARS = 200


def _has_own_text(html: str) -> bool:
    """Whether a page holds text of its own, beyond a redirect's few words."""
    visible = _TAG.sub(" ", _INVISIBLE.sub(" ", html[:500_000]))
    return len("".join(visible.split())) >= _OWN_TEXT_CHARS


def _hide_location(response: httpx.Response) -> None:
    """Keep httpx from parsing redirects: it raises on ``javascript:`` and other odd
    targets before we see the response, and we check and follow redirects ourselves."""
    location = response.headers.get("location")
    if location is not None:
        del response.headers["location"]
        response.headers[_LOCATION] = location


def _check_cancel(cancel: threading.Event | None, url: str) -> None:
    if cancel is not None and cancel.is_set():
        raise FetchCancelledError(f"Fetching {shorten_url(url)} was cancelled.")


_REFUSE_COOKIES = http.cookiejar.DefaultCookiePolicy(allowed_domains=[])


class _ErrorTranslator:
    """Turns httpx exceptions into one-line FetchErrors, raised from the original."""

    def __init__(
        self, url: str, limits: FetchLimits, deadline: _Trip, cancel: threading.Event | None
    ) -> None:
        self.url = url
        self.limits = limits
        self.deadline = deadline
        self.cancel = cancel

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is None or isinstance(exc, FetchCancelledError):
            return
        if self.cancel is not None and self.cancel.is_set():
            # Whatever broke while cancelling (the read we interrupted) is the cancel.
            raise FetchCancelledError(f"Fetching {shorten_url(self.url)} was cancelled.") from exc
        if isinstance(exc, FetchError):
            return
        said = self._message(exc)
        if said is not None:
            message, facts = said
            raise FetchError(message, **facts) from exc

    def _message(self, exc: BaseException) -> tuple[str, dict[str, str]] | None:
        """The English message for a network failure, and the reason and facts the
        window words it with."""
        host = _host(self.url)
        shown = shorten_url(self.url)
        at_host = {"host": host}
        if isinstance(exc, httpx.TimeoutException):
            if self.deadline.left() <= 0.05:
                return (
                    f"{shown} took longer than {_seconds(self.deadline.seconds)} "
                    "to download; Kliping stops there."
                ), {"reason": "too-slow", "url": shown}
            if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
                return (
                    f"Timed out after {_seconds(self.limits.connect_timeout)} connecting to {host}."
                ), {"reason": "timeout", **at_host}
            return (
                f"Timed out after {_seconds(self.limits.read_timeout)} waiting for {host}.",
                {"reason": "timeout", **at_host},
            )
        if isinstance(exc, httpx.ConnectError):
            detail = str(exc)
            lowered = detail.lower()
            if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
                return (
                    f"The secure connection to {host} failed: {_first_line(detail)}.",
                    {"reason": "tls", **at_host},
                )
            if any(
                s in lowered
                for s in (
                    "name or service not known",
                    "nodename nor servname",
                    "getaddrinfo",
                    "no address associated",
                    "temporary failure in name resolution",
                    "name resolution",
                )
            ):
                return (
                    f"Could not find the server {host}; check the address and your connection.",
                    {"reason": "unknown-host", **at_host},
                )
            if "refused" in lowered:
                return f"{host} refused the connection.", {"reason": "refused", **at_host}
            return (
                f"Could not connect to {host}: {_first_line(detail)}.",
                {"reason": "connect", **at_host},
            )
        if isinstance(exc, httpx.RemoteProtocolError):
            return f"{host} broke off the answer ({_first_line(str(exc))}).", {}
        if isinstance(exc, httpx.ProxyError):
            return f"The proxy failed while fetching {shown}: {_first_line(str(exc))}.", {}
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
            return f"'{shown}' is not a valid web address.", {"reason": "invalid-url", "url": shown}
        if isinstance(exc, httpx.HTTPError):
            return f"Fetching {shown} failed: {_first_line(str(exc)) or type(exc).__name__}.", {}
        return None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0].rstrip(".") if text.strip() else ""
