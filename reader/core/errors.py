"""Kliping's expected failures.

Every failure a person can cause or fix (network down, a 404, a page that is not HTML,
a full disk, a malformed query, a broken export file) is a :class:`KlipingError` with a
one-line message saying what happened and, where it helps, what to do. Anything that is
not a ``KlipingError`` is a bug and is reported as one (traceback in the log, crash
dialog in the window).

::

    KlipingError
    ├── FetchError            a URL could not be turned into a page
    │   ├── NotHTMLError      the URL answered with a PDF, an image, JSON, …
    │   ├── TooLargeError     the body went over the size cap
    │   ├── UnsupportedURLError  not http(s), or a redirect to file:, data:, …
    │   ├── HTTPStatusError   the server answered 4xx/5xx (status, Retry-After kept)
    │   └── FetchCancelledError  the person cancelled the fetch (also a CancelledError)
    ├── CancelledError        the person cancelled a save, import or export
    ├── ExtractError          a page has no readable article
    ├── StorageError          the library folder or database failed (disk full, I/O)
    │   └── LibraryBusyError  another process holds the library or its index
    ├── NotFoundError         no article with that id
    ├── SearchError           the search index failed
    └── ImportExportError     an import or export file is malformed or unsafe
"""

from __future__ import annotations


class KlipingError(Exception):
    """An expected failure, with a message meant for the person using Kliping.

    The message is English (the command line and the log show it). ``reason`` names the
    kind of failure and ``facts`` holds the values the message is made of (``url``,
    ``host``, ``status`` …), so the window can word it in its own language without
    gluing English pieces: ``FetchError(msg, reason="refused", host="example.org")``.
    """

    def __init__(self, *args: object, reason: str = "", **facts: str | int) -> None:
        super().__init__(*args)
        self.reason = reason
        self.facts = facts


class FetchError(KlipingError):
    """A URL could not be fetched as a web page."""


class NotHTMLError(FetchError):
    """The URL answered with something that is not a web page."""


class TooLargeError(FetchError):
    """The response body went over the size cap."""


class UnsupportedURLError(FetchError):
    """The URL (or a redirect) uses a scheme Kliping does not fetch."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx or 5xx).

    Attributes:
        status: The HTTP status code.
        retry_after: Seconds the server asked to wait (``Retry-After``), if it said.
    """

    def __init__(
        self, message: str, *, status: int, retry_after: float | None = None, url: str = ""
    ) -> None:
        facts: dict[str, str | int] = {"status": status, **({"url": url} if url else {})}
        super().__init__(message, reason="http-status", **facts)
        self.status = status
        self.retry_after = retry_after


class CancelledError(KlipingError):
    """The person cancelled the work (not a failure to show as one)."""


class FetchCancelledError(FetchError, CancelledError):
    """The fetch was cancelled through its ``cancel`` event."""


class ExtractError(KlipingError):
    """The page holds no readable article."""


class StorageError(KlipingError):
    """The library could not be read or written."""


class LibraryBusyError(StorageError):
    """Another process holds the library (or its search index) for writing."""


class NotFoundError(KlipingError):
    """No article has the given id."""


class SearchError(KlipingError):
    """The search index failed."""


class ImportExportError(KlipingError):
    """An import or export file is malformed, unsafe or unreadable."""


class FeedError(KlipingError):
    """No feed was found at an address, or a feed could not be read."""


class NoFeedError(FeedError):
    """The address is a web page, and no feed was found for it (a page watch may do)."""

    def __init__(self, message: str, *, page_url: str) -> None:
        super().__init__(message)
        self.page_url = page_url
