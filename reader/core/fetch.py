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

Behind it: :mod:`reader.core.fetch_limits` (the limits and the values a fetch gives),
:mod:`reader.core.fetch_body` (reading a body within bounds, refusing what is not a
page), :mod:`reader.core.fetch_errors` (failures in words), :mod:`reader.core.transport`
(the cancellable transport, bounded decoders) and :mod:`reader.core.sniff` (bytes).
"""

from __future__ import annotations

import http.cookiejar
import logging
import threading
import time
import urllib.parse
from types import TracebackType

import httpx

from reader import __version__
from reader.core.errors import (
    FetchCancelledError,
    FetchError,
    HTTPStatusError,
    UnsupportedURLError,
)
from reader.core.fetch_body import check_page, has_own_text, media_type, read_body
from reader.core.fetch_errors import (
    ErrorTranslator,
    check_cancel,
    retry_after,
    size_text,
    status_message,
)
from reader.core.fetch_limits import FetchedPage, FetchedResource, FetchLimits
from reader.core.sameness import same_site
from reader.core.sniff import decode_html, meta_refresh_target, sniff_image
from reader.core.transport import CancellableTransport, cancel_scope
from reader.core.urls import (
    HTTP_SCHEMES,
    check_http_url,
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


# Fetching ---------------------------------------------------------------------------


def _origin(url: str) -> str:
    """Scheme, host and port: where a password given with an address may be sent."""
    scheme, _sep, rest = normalize_url(url).partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


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
            stub = not has_own_text(text)
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
            size_text(len(body)),
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
            content_type=media_type(response.headers.get("content-type")),
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
            declared = media_type(response.headers.get("content-type")) or "no type"
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
        content_type = media_type(header)
        check_page(final_url, content_type, body)
        text, encoding = decode_html(body, header)
        return final_url, response, body, content_type, text, encoding

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
            check_cancel(cancel, current)
            trip.visits[current] = trip.visits.get(current, 0) + 1
            if trip.visits[current] > _MAX_VISITS:
                raise FetchError(f"{shorten_url(trip.url)} redirects in a loop.")
            with cancel_scope(cancel), ErrorTranslator(current, self.limits, trip, cancel):
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
                            status_message(current, response),
                            status=response.status_code,
                            retry_after=retry_after(response.headers.get("retry-after")),
                            url=shorten_url(current),
                        )
                    body = read_body(response, current, max_bytes, cancel, trip)
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


def _hide_location(response: httpx.Response) -> None:
    """Keep httpx from parsing redirects: it raises on ``javascript:`` and other odd
    targets before we see the response, and we check and follow redirects ourselves."""
    location = response.headers.get("location")
    if location is not None:
        del response.headers["location"]
        response.headers[_LOCATION] = location


_REFUSE_COOKIES = http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
