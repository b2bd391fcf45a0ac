"""What a server sent back: the body read within bounds, and checked to be a web page.

:func:`read_body` undoes gzip or deflate with a bounded output (a 1 MB gzip bomb stops at
the size cap instead of filling memory), within the fetch's deadline and its cancel;
:func:`check_page` refuses what is not a web page; :func:`has_own_text` tells a
``<meta>`` refresh stub from a page with text of its own.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Iterator

import httpx

from reader.core.errors import FetchError, NotHTMLError, TooLargeError
from reader.core.fetch_errors import Deadline, check_cancel, host_of, seconds_text, size_text
from reader.core.sniff import HTML_TYPES, VAGUE_TYPES, describe_type, looks_like_html, sniff_type
from reader.core.transport import ENCODINGS, Decoder
from reader.core.urls import shorten_url


def media_type(header: str | None) -> str:
    """The media type of a Content-Type header, lower-case, without its parameters."""
    return (header or "").partition(";")[0].strip().lower()


def read_body(
    response: httpx.Response,
    url: str,
    max_bytes: int,
    cancel: threading.Event | None,
    deadline: Deadline,
) -> bytes:
    """The body of ``response``, decompressed with its size capped at ``max_bytes``, read
    within ``deadline`` and stopped when ``cancel`` is set."""
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
        f"{shorten_url(url)} is larger than {size_text(max_bytes)}; Kliping stops there.",
        reason="too-large",
        url=shorten_url(url),
        size=size_text(max_bytes),
    )
    declared = response.headers.get("content-length", "")
    if not encodings and declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    decoder = Decoder(encodings[0] if encodings else "identity")
    body = bytearray()
    try:
        for raw in chunks:
            check_cancel(cancel, url)
            for piece in decoder.feed(raw):
                body += piece
                if len(body) > max_bytes:
                    raise too_large
            if deadline.left() <= 0:
                raise FetchError(
                    f"{shorten_url(url)} took longer than {seconds_text(deadline.seconds)} "
                    "to download; Kliping stops there.",
                    reason="too-slow",
                    url=shorten_url(url),
                )
        body += decoder.flush()
    except zlib.error as exc:
        raise FetchError(f"{host_of(url)} sent a broken compressed response.") from exc
    if len(body) > max_bytes:
        raise too_large
    return bytes(body)


def check_page(url: str, content_type: str, body: bytes) -> None:
    """Refuses a body that is not a web page, whatever its Content-Type claims."""
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


_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|title)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
#: Visible characters (spaces aside) a page needs to be more than a redirect: a stub's
#: "Redirecting… click here if nothing happens" is far shorter, a news story far longer.
_OWN_TEXT_CHARS = 200


def has_own_text(html: str) -> bool:
    """Whether a page holds text of its own, beyond a redirect's few words."""
    visible = _TAG.sub(" ", _INVISIBLE.sub(" ", html[:500_000]))
    return len("".join(visible.split())) >= _OWN_TEXT_CHARS
