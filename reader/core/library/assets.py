"""An article's images on the reader's disk.

Images are downloaded while an article is saved (never while reading) into a private
``incoming`` folder, then moved into ``assets/`` just before the database transaction
that refers to them, under the library's write lock. Files are named by a hash of their
content, so an image shared by two articles is stored once. A file in ``assets/`` that
no article refers to is an orphan left by a crash and is swept at the next open; only
files named by that scheme are ever swept (:func:`is_own_asset`), so a file or folder a
person put there is left alone.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import html as htmllib
import logging
import os
import re
import struct
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import KlipingError, StorageError
from reader.core.sniff import sniff_image

log = logging.getLogger(__name__)

MAX_IMAGES_PER_ARTICLE = 60
MAX_BYTES_PER_ARTICLE = 40 * 1024 * 1024
#: Larger images are not kept: decoding one would take gigabytes (a decompression bomb).
MAX_PIXELS = 60_000_000

EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/svg+xml": ".svg",
    "image/avif": ".avif",
    "image/bmp": ".bmp",
    "image/x-icon": ".ico",
}

#: The names Kliping gives the files it writes: 32 hex digits of the content's SHA-256,
#: then the type's extension (".img" when unknown).
_OWN_SUFFIXES = "|".join(re.escape(e) for e in [*EXTENSIONS.values(), ".img"])
_OWN_NAME = re.compile(rf"[0-9a-f]{{32}}(?:{_OWN_SUFFIXES})")
#: The download folders: one per process and thread ("<pid>-<thread id>").
_INCOMING_NAME = re.compile(r"\d+-\d+")


def is_own_asset(path: Path) -> bool:
    """Whether ``path`` is a file Kliping wrote (named by its content hash)."""
    return _OWN_NAME.fullmatch(path.name) is not None and path.is_file()


@dataclass
class ImageResult:
    """What became of one image URL: a file waiting in ``incoming`` or an error."""

    url: str
    status: str  # "ok" or "missing"
    path: str | None = None  # relative to the library folder, e.g. "assets/ab12….png"
    mime: str | None = None
    size: int = 0
    error: str | None = None
    incoming: Path | None = None

    def row(self) -> dict[str, object]:
        """The ``images`` table row for this result."""
        return {
            "url": self.url, "path": self.path, "mime": self.mime, "size": self.size,
            "status": self.status, "error": self.error,
        }  # fmt: skip


FetchImage = Callable[[str, "threading.Event | None"], tuple[bytes, str]]


class Assets:
    """The ``assets/`` folder of one library."""

    def __init__(self, library_dir: Path) -> None:
        self.root = library_dir
        self.folder = library_dir / "assets"
        self.incoming_root = library_dir / "incoming"

    def download(
        self,
        urls: list[str],
        fetch_image: FetchImage,
        *,
        local_dir: Path | None = None,
        cancel: threading.Event | None = None,
    ) -> list[ImageResult]:
        """Download images into a fresh incoming folder; failures become "missing".

        Args:
            urls: Absolute image URLs (http, https, data:, and file: when ``local_dir``
                is given: images next to a page saved from disk).
            fetch_image: Fetches one http(s) image: ``(url, cancel) -> (bytes, mime)``.
            local_dir: The folder of a local page; file: URLs are read only below it.
            cancel: Set to stop early; the remaining images are marked missing.
        """
        incoming = self.incoming_root / f"{os.getpid()}-{threading.get_ident()}"
        try:
            incoming.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error(exc, "save the article's images") from exc
        results: list[ImageResult] = []
        total = 0
        for url in urls:
            if len(results) >= MAX_IMAGES_PER_ARTICLE:
                results.append(ImageResult(url, "missing", error="too many images"))
                continue
            if cancel is not None and cancel.is_set():
                results.append(ImageResult(url, "missing", error="cancelled"))
                continue
            try:
                data, mime = self._load(url, fetch_image, local_dir, cancel)
                _check_size(data)
            except KlipingError as exc:
                log.info("image %s not saved: %s", url, exc)
                results.append(ImageResult(url, "missing", error=str(exc)))
                continue
            if total + len(data) > MAX_BYTES_PER_ARTICLE:
                results.append(ImageResult(url, "missing", error="article image budget spent"))
                continue
            total += len(data)
            name = hashlib.sha256(data).hexdigest()[:32] + EXTENSIONS.get(mime, ".img")
            target = incoming / name
            try:
                target.write_bytes(data)
            except OSError as exc:
                target.unlink(missing_ok=True)
                self.discard(results)
                raise disk_error(exc, "save the article's images") from exc
            results.append(
                ImageResult(url, "ok", f"assets/{name}", mime, len(data), incoming=target)
            )
        return results

    def _load(
        self,
        url: str,
        fetch_image: FetchImage,
        local_dir: Path | None,
        cancel: threading.Event | None,
    ) -> tuple[bytes, str]:
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme in ("http", "https"):
            return fetch_image(url, cancel)
        if scheme == "data":
            data = _decode_data_url(url)
        elif scheme == "file" and local_dir is not None:
            path = Path(_file_url_path(url)).resolve()
            if not path.is_relative_to(local_dir.resolve()) or not path.is_file():
                raise KlipingError(f"{path.name} is not beside the saved page")
            data = path.read_bytes()
        else:
            raise KlipingError(f"images at {scheme or 'relative'} URLs are not saved")
        mime = sniff_image(data)
        if mime is None:
            raise KlipingError("not an image")
        return data, mime

    def commit(self, results: list[ImageResult]) -> None:
        """Move downloaded files into ``assets/`` (call under the write lock).

        Raises:
            StorageError: The disk is full or failed (files already moved become
                orphans, swept at the next open).
        """
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for res in results:
                if res.incoming is None or res.path is None:
                    continue
                target = self.root / res.path
                if target.exists():
                    res.incoming.unlink(missing_ok=True)
                else:
                    os.replace(res.incoming, target)
                res.incoming = None
        except OSError as exc:
            raise disk_error(exc, "save the article's images") from exc

    def discard(self, results: list[ImageResult]) -> None:
        """Forget downloaded files that will not be saved."""
        for res in results:
            if res.incoming is not None:
                res.incoming.unlink(missing_ok=True)
                res.incoming = None

    def remove(self, paths: list[str]) -> None:
        """Delete asset files no article refers to any more (after the commit)."""
        for rel in paths:
            try:
                (self.root / rel).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not remove %s: %s", rel, exc)

    def sweep(self, referenced: set[str], *, incoming: bool = True) -> int:
        """Remove orphan files Kliping wrote (call under the write lock). Returns how many.

        Only files named by Kliping's own scheme are removed; anything else in
        ``assets/`` or ``incoming/`` (a person's file, a sub-folder) is left alone.

        Args:
            referenced: The asset paths some article refers to.
            incoming: Also remove downloads of processes that are gone (and of this one:
                only right after opening, never while other threads may be saving).
        """
        removed = 0
        try:
            if self.folder.is_dir():
                for path in self.folder.iterdir():
                    if f"assets/{path.name}" not in referenced and is_own_asset(path):
                        path.unlink(missing_ok=True)
                        removed += 1
            if incoming and self.incoming_root.is_dir():
                for sub in self.incoming_root.iterdir():
                    if _INCOMING_NAME.fullmatch(sub.name) and sub.is_dir() and _gone(sub.name):
                        removed += _empty_downloads(sub)
        except OSError as exc:  # the sweep is tidying up: never a reason to fail a command
            log.warning("orphan sweep stopped: %s", exc)
        if removed:
            log.info("swept %d orphan asset files", removed)
        return removed


def _gone(name: str) -> bool:
    """Whether the process that owned the download folder ``<pid>-<thread>`` has ended."""
    pid = int(name.split("-", 1)[0])
    return pid == os.getpid() or not _pid_alive(pid)


def _empty_downloads(folder: Path) -> int:
    """Remove Kliping's downloads from a dead process's folder, then the folder if empty."""
    removed = 0
    for path in folder.iterdir():
        if is_own_asset(path):
            path.unlink(missing_ok=True)
            removed += 1
    try:
        folder.rmdir()
    except OSError:
        pass  # something that is not Kliping's is inside: leave it
    return removed


def disk_error(exc: OSError, doing: str) -> StorageError:
    """A StorageError for a failed file operation, saying what a person can do."""
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full; free some space and try again"
    elif exc.errno == errno.EDQUOT:
        reason = "your disk quota is used up; free some space and try again"
    else:
        reason = exc.strerror or str(exc)
    return StorageError(f"Could not {doing}: {reason}.")


def image_size(data: bytes) -> tuple[int, int] | None:
    """An image's width and height read from its header (nothing decoded), or None."""
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
            w, h = struct.unpack(">II", data[16:24])
            return w, h
        if data[:6] in (b"GIF87a", b"GIF89a"):
            w, h = struct.unpack("<HH", data[6:10])
            return w, h
        if data.startswith(b"BM"):
            w, h = struct.unpack("<ii", data[18:26])
            return abs(w), abs(h)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            kind = data[12:16]
            if kind == b"VP8X":
                w = int.from_bytes(data[24:27], "little") + 1
                h = int.from_bytes(data[27:30], "little") + 1
                return w, h
            if kind == b"VP8L":
                bits = int.from_bytes(data[21:25], "little")
                return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
            if kind == b"VP8 ":
                w, h = struct.unpack("<HH", data[26:30])
                return w & 0x3FFF, h & 0x3FFF
        if data.startswith(b"\xff\xd8"):
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        # Start of frame: any SOFn except DHT (C4), JPG (C8) and DAC (CC).
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return w, h
        i += 2 + length
    return None


def _check_size(data: bytes) -> None:
    size = image_size(data)
    if size is not None and size[0] * size[1] > MAX_PIXELS:
        raise KlipingError(f"the image is too large to show safely ({size[0]}×{size[1]} pixels)")


#: An ``<img>`` start tag (attribute values may hold ``>`` inside quotes).
_IMG_TAG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)
#: One attribute of a start tag: name, then a double-, single- or unquoted value.
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def rewrite_images(html: str, results: list[ImageResult]) -> str:
    """Point each saved ``<img>`` at its local file; mark the missing ones.

    Only the ``<img>`` tags are rewritten and the rest of the HTML is kept as it is: the
    cleaner's output, where every ``<img`` is a tag (a second HTML parse of the whole
    article was most of this step's time).
    """
    if not results or "<img" not in html:
        return html
    by_url = {r.url: r for r in results}

    def rewrite(match: re.Match[str]) -> str:
        tag = match.group(0)
        attrs: dict[str, str | None] = {}
        for attr in _ATTRIBUTE.finditer(tag, 4, len(tag) - 1):
            raw = next((v for v in attr.group(2, 3, 4) if v is not None), None)
            value = None if raw is None else htmllib.escape(htmllib.unescape(raw))
            attrs.setdefault(attr.group(1).lower(), value)  # the first of a repeat counts
        src = attrs.get("src")
        res = by_url.get(htmllib.unescape(src)) if src is not None else None
        if res is None:
            return tag
        attrs["data-original-src"] = htmllib.escape(res.url)
        if res.status == "ok" and res.path:
            attrs["src"] = htmllib.escape(res.path)
        else:
            attrs["data-missing"] = "1"
        return "<img" + "".join(f' {k}="{v}"' if v is not None else f" {k}" for k, v in
                                attrs.items()) + "/>"  # fmt: skip

    return _IMG_TAG.sub(rewrite, html)


def _decode_data_url(url: str) -> bytes:
    header, _, payload = url.partition(",")
    try:
        if header.endswith(";base64"):
            return base64.b64decode(payload, validate=False)
        return urllib.parse.unquote_to_bytes(payload)
    except (binascii.Error, ValueError) as exc:
        raise KlipingError("broken data: URL") from exc


def _file_url_path(url: str) -> str:
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
