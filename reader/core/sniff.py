"""What a response body is, and how to decode it: magic bytes, HTML sniffing, charsets.

Pure functions on bytes, used by :mod:`reader.core.fetch` and by anything that reads
saved or imported HTML (``decode_html``).
"""

from __future__ import annotations

import codecs
import logging
import re
import urllib.parse
from html import unescape as html_unescape

import charset_normalizer

log = logging.getLogger(__name__)

# What a body's first bytes say it is ------------------------------------------------

_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
)
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"%!PS", "application/postscript"),
    (b"\xd0\xcf\x11\xe0", "application/msword"),
)
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|title|meta|div|p|script|style"
    rb"|h1|h2|a|table|br|iframe|font|b|link|article|section|header|nav|main)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_XML_HTML = re.compile(rb"\s*<\?xml[^>]*>.{0,1024}?<html[\s>]", re.IGNORECASE | re.DOTALL)
_SVG = re.compile(rb"\s*(?:<\?xml[^>]*>)?.{0,1024}?<svg[\s>]", re.IGNORECASE | re.DOTALL)


def sniff_image(data: bytes) -> str | None:
    """The image type of ``data`` from its magic bytes, or None if it is not an image."""
    for magic, mime in _IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        return "image/avif"
    head = _bom_strip(data[:2048])
    if _SVG.match(head) and not _HTML_START.match(head):
        return "image/svg+xml"
    return None


def sniff_type(data: bytes) -> str | None:
    """The media type a non-HTML body's first bytes reveal (PDF, ZIP, JSON, images, …)."""
    for magic, mime in _OTHER_MAGIC:
        if data.startswith(magic):
            return mime
    if data[4:8] == b"ftyp":
        return "video/mp4"
    head = data[:64].lstrip()
    if head[:1] in (b"{", b"[") and not head.startswith(b"[if"):
        return "application/json"
    return sniff_image(data)


def _bom_strip(data: bytes) -> bytes:
    """The first bytes as ASCII-compatible bytes, good enough to look for markup."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace").encode("ascii", "replace")
    return data


def looks_like_html(data: bytes) -> bool:
    """Whether a body's first bytes are HTML markup (WHATWG-style sniffing)."""
    head = _bom_strip(data[:1024])
    return bool(_HTML_START.match(head) or _XML_HTML.match(head))


_KINDS = {
    "application/pdf": "a PDF document",
    "application/json": "a JSON document",
    "application/zip": "a ZIP archive",
    "application/gzip": "a compressed archive",
    "application/epub+zip": "an e-book",
    "application/msword": "a Word document",
    "application/postscript": "a PostScript document",
    "application/rss+xml": "a news feed",
    "application/atom+xml": "a news feed",
    "text/plain": "a plain text file",
    "text/css": "a style sheet",
    "text/javascript": "a script",
    "application/javascript": "a script",
}


def describe_type(mime: str) -> str:
    """What a media type is, for a message: "a PDF document", "an image", …"""
    if mime in _KINDS:
        return _KINDS[mime]
    major = mime.partition("/")[0]
    if major in ("image", "video", "audio"):
        return {"image": "an image", "video": "a video", "audio": "an audio file"}[major]
    if "json" in mime:
        return "a JSON document"
    if "xml" in mime:
        return "an XML document"
    return "a file"


HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Types servers send when they do not know; the body decides.
VAGUE_TYPES = frozenset(
    {
        "",
        "text/plain",
        "application/octet-stream",
        "binary/octet-stream",
        "application/unknown",
        "unknown/unknown",
        "application/xml",
        "text/xml",
    }
)


# Charsets ---------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Labels browsers decode differently from Python's codec of the same name (WHATWG
#: Encoding Standard): "iso-8859-1" and "ascii" pages are really windows-1252, etc.
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    # A page read as ASCII to find its <meta> cannot really be UTF-16.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)",
    re.IGNORECASE,
)
#: Encodings preferred when the detector finds several that fit equally well.
_COMMON = ("utf_8", "cp1252", "cp1251", "cp1250", "gb18030", "cp932", "euc_jp", "cp949")


def _codec(label: str, *, from_meta: bool = False) -> str | None:
    label = label.strip().lower()
    if from_meta or not label.startswith("utf-16"):
        label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detect(body: bytes) -> str | None:
    strict_ok = True
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        strict_ok = False
    if strict_ok:
        return "utf-8"
    # Mostly UTF-8 with a few broken bytes is still UTF-8: a legacy charset read as UTF-8
    # gives almost nothing but replacement characters.
    text = body.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    fine = len(text) - len(text.encode("ascii", "ignore")) - broken  # non-ASCII decoded well
    if fine >= 4 * broken:
        return "utf-8"
    matches = list(charset_normalizer.from_bytes(body[: 2 * 1024 * 1024]))
    if not matches:
        return None
    best = matches[0]
    ties = [m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence]
    candidates = {c for m in ties for c in [m.encoding, *m.could_be_from_charset]}
    for common in _COMMON:
        if common in candidates:
            return _codec(common)
    return _codec(best.encoding)


def decode_html(body: bytes, content_type_header: str | None) -> tuple[str, str]:
    """Decode an HTML body the way a browser would; returns ``(text, encoding)``.

    The charset comes from, in order: a byte order mark (browsers let it win over the
    header, and so do we), the ``Content-Type`` header, a ``<meta charset>`` /
    ``http-equiv`` / XML declaration in the first 4 KB, detection (charset-normalizer,
    with a fast path for UTF-8), and finally UTF-8. Undecodable bytes become U+FFFD;
    this never raises.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, "replace"), codec
    encoding = None
    if content_type_header and (header := _HEADER_CHARSET.search(content_type_header)):
        encoding = _codec(header.group(1))
    if encoding is None and (meta := _META_CHARSET.search(body[:4096])):
        encoding = _codec((meta.group(1) or meta.group(2)).decode("ascii"), from_meta=True)
    if encoding is None:
        encoding = _detect(body) or "utf-8"
    return body.decode(encoding, "replace"), encoding


_META_REFRESH = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?refresh\b[^>]*>", re.IGNORECASE | re.DOTALL
)
_CONTENT_ATTR = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.IGNORECASE)
_REFRESH_VALUE = re.compile(
    r"\s*(\d+(?:\.\d*)?)?\s*[;,]?\s*(?:url\s*=\s*)?[\"']?([^\"']*)", re.IGNORECASE
)
_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)
_MAX_REFRESH_DELAY = 5.0  # seconds; a longer refresh is a page that reloads itself


def meta_refresh_target(html: str, base_url: str) -> str | None:
    """Where an HTML redirect page (``<meta http-equiv="refresh" content="0; url=…">``)
    sends the reader, as an absolute URL; None if it is not one.

    Only quick refreshes (at most 5 s) with a URL count, and not the ones inside
    ``<noscript>``: those send browsers without JavaScript to a "please enable
    JavaScript" page.
    """
    head = _NOSCRIPT.sub("", html[:32768])
    for tag in _META_REFRESH.findall(head):
        attr = _CONTENT_ATTR.search(tag)
        if attr is None:
            continue
        value = _REFRESH_VALUE.match(next(g for g in attr.groups() if g is not None))
        if value is None or not value.group(2).strip():
            continue
        delay = float(value.group(1) or 0)
        if delay > _MAX_REFRESH_DELAY:
            continue
        try:
            return urllib.parse.urljoin(base_url, html_unescape(value.group(2).strip()))
        except ValueError:
            return None
    return None
