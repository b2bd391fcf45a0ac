"""A fetch's failures in words a person can act on: httpx's exceptions, HTTP statuses and
``Retry-After``, as the one-line :class:`~reader.core.errors.FetchError` messages of
:mod:`reader.core.fetch`."""

from __future__ import annotations

import http
import threading
import time
import urllib.parse
from types import TracebackType
from typing import Protocol

import httpx

from reader.core.errors import FetchCancelledError, FetchError
from reader.core.fetch_limits import FetchLimits
from reader.core.urls import display_url, shorten_url


class Deadline(Protocol):
    """A fetch's wall-clock budget: its length, and how much of it is left."""

    seconds: float

    def left(self) -> float: ...


def size_text(n: int) -> str:
    """A byte count as a message says it ("512 KB", "25 MB")."""
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.3g} MB"


def seconds_text(s: float) -> str:
    """A duration as a message says it ("60 s")."""
    return f"{s:.3g} s"


def host_of(url: str) -> str:
    """The host a message names (as the address bar shows it)."""
    return urllib.parse.urlsplit(display_url(url)).hostname or url


def status_message(url: str, response: httpx.Response) -> str:
    """The one line for a 4xx or 5xx answer, with what the reader can do about it."""
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


def retry_after(header: str | None) -> float | None:
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


def check_cancel(cancel: threading.Event | None, url: str) -> None:
    if cancel is not None and cancel.is_set():
        raise FetchCancelledError(f"Fetching {shorten_url(url)} was cancelled.")


class ErrorTranslator:
    """Turns httpx exceptions into one-line FetchErrors, raised from the original."""

    def __init__(
        self, url: str, limits: FetchLimits, deadline: Deadline, cancel: threading.Event | None
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
        host = host_of(self.url)
        shown = shorten_url(self.url)
        at_host = {"host": host}
        if isinstance(exc, httpx.TimeoutException):
            if self.deadline.left() <= 0.05:
                return (
                    f"{shown} took longer than {seconds_text(self.deadline.seconds)} "
                    "to download; Kliping stops there."
                ), {"reason": "too-slow", "url": shown}
            if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
                return (
                    f"Timed out after {seconds_text(self.limits.connect_timeout)} "
                    f"connecting to {host}."
                ), {"reason": "timeout", **at_host}
            return (
                f"Timed out after {seconds_text(self.limits.read_timeout)} waiting for {host}.",
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
