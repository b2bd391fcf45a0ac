"""Below fetch.py: undoing Content-Encoding with bounded output, and a network backend
that notices a cancelled fetch while a socket waits.

Private to :mod:`reader.core.fetch`.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

log = logging.getLogger(__name__)

_DECODE_STEP = 1024 * 1024  # most decoded bytes produced at once from one network chunk
#: The encodings Decoder undoes.
ENCODINGS = ("gzip", "x-gzip", "deflate")


class Decoder:
    """Undo gzip or deflate with bounded output, so a small bomb cannot fill memory."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._zlib: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
            self._first = True

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of ``data``, each at most 1 MB, made only as they are taken."""
        if self._zlib is None:
            yield data
            return
        if self.encoding == "deflate" and self._first:
            self._first = False
            try:
                out = self._zlib.decompress(data, _DECODE_STEP)
            except zlib.error:  # many servers send raw deflate without the zlib header
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            else:
                yield out
                data = self._zlib.unconsumed_tail
        while data and not self._zlib.eof:
            yield self._zlib.decompress(data, _DECODE_STEP)
            data = self._zlib.unconsumed_tail

    def flush(self) -> bytes:
        """Whatever the decompressor still holds at the end of the body."""
        return self._zlib.flush() if self._zlib is not None else b""


# A server that sends nothing (no headers yet, or a pause mid-body) would keep a fetch
# blocked in one socket read for up to read_timeout, deaf to its cancel event. The
# network backend below reads in short slices instead and checks the cancel event of the
# fetch running on the current thread between them. The core starts no thread for this.

_POLL = 0.1  # seconds between looks at the cancel event while a read waits
_current = threading.local()


@contextmanager
def cancel_scope(cancel: threading.Event | None) -> Iterator[None]:
    previous = getattr(_current, "cancel", None)
    _current.cancel = cancel
    try:
        yield
    finally:
        _current.cancel = previous


class _CancellableStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        cancel: threading.Event | None = getattr(_current, "cancel", None)
        if cancel is None:
            return self._inner.read(max_bytes, timeout)
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            if cancel.is_set():
                raise httpcore.ReadError("cancelled")
            wait = _POLL if end is None else min(_POLL, end - time.monotonic())
            if wait <= 0:
                raise httpcore.ReadTimeout("timed out")
            try:
                # A socket timeout loses no data (with TLS too), so the read can resume.
                return self._inner.read(max_bytes, wait)
            except httpcore.ReadTimeout:
                continue

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _CancellableStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _CancellableBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _CancellableStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _CancellableStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class CancellableTransport(httpx.HTTPTransport):
    """httpx's own transport, on the cancellable network backend."""

    def __init__(self) -> None:
        super().__init__()
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        # httpx offers no argument for the backend: replace the pool it built.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_CancellableBackend(),
        )
