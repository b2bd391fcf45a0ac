"""What a fetch may take (:class:`FetchLimits`) and what it gives back
(:class:`FetchedPage`, :class:`FetchedResource`): the values of :mod:`reader.core.fetch`."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, fields

log = logging.getLogger(__name__)


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
