"""Web addresses: which ones Kliping fetches, and the key that tells two of them apart.

:func:`check_http_url` is the gate every address passes before it is fetched;
:func:`normalize_url` gives the de-duplication key, so the same article shared with
``?utm_source=…`` or ``#comments`` is recognised as one already saved.
"""

from __future__ import annotations

import logging
import re
import urllib.parse

import idna

from reader.core.errors import UnsupportedURLError

log = logging.getLogger(__name__)

HTTP_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

#: Query parameters that only track where a click came from; dropped by
#: :func:`normalize_url`. Names are compared in lower case.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "dclid",  # Google Display
        "gbraid",  # Google Ads (iOS)
        "wbraid",  # Google Ads (iOS)
        "srsltid",  # Google Merchant
        "msclkid",  # Microsoft Ads
        "mc_cid",  # Mailchimp
        "mc_eid",  # Mailchimp
        "igshid",  # Instagram
        "yclid",  # Yandex
        "_ga",  # Google Analytics cross-domain
        "_gl",  # Google Analytics cross-domain
        "ref_src",  # Twitter / X
        "ref_url",  # Twitter / X
        "spm",  # Alibaba / Taobao
        "_hsenc",  # HubSpot
        "_hsmi",  # HubSpot
        "mkt_tok",  # Marketo
        "vero_id",  # Vero
        "oly_anon_id",  # Omeda
        "oly_enc_id",  # Omeda
        "ttclid",  # TikTok
        "twclid",  # Twitter / X Ads
        "li_fat_id",  # LinkedIn
        "s_kwcid",  # Adobe
        "at_medium",  # AT Internet (BBC and others)
        "at_campaign",  # AT Internet
        "guccounter",  # Yahoo consent redirect
        "guce_referrer",  # Yahoo consent redirect
        "guce_referrer_sig",  # Yahoo consent redirect
    }
)
#: Prefixes of tracking parameters (``utm_source``, ``utm_medium``, …).
TRACKING_PREFIXES = ("utm_",)

_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are when quoting: reserved ones keep their meaning, and "%"
# keeps existing escapes.
_PATH_SAFE = "/:@!$&'()*+,;=~%-._"
_QUERY_SAFE = "/?:@!$&'()*+,;=~%-._"


def shorten_url(url: str, limit: int = 100) -> str:
    """``url`` fit for a one-line message: control characters escaped, at most ``limit``."""
    if not url.isprintable():
        url = "".join(
            ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in url
        )
    return url if len(url) <= limit else url[: limit - 1] + "…"


def check_http_url(url: str) -> str:
    """Return ``url`` without surrounding whitespace if Kliping can fetch it.

    Only ``http`` and ``https`` addresses with a host name pass; nothing is added
    (``example.com`` is refused, not turned into ``https://example.com``).

    Raises:
        UnsupportedURLError: Another scheme (``ftp:``, ``file:``, ``data:``, …), no
            scheme, no host, or an address that cannot be parsed.
    """
    url = url.strip()
    shown = shorten_url(url, 80)
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise UnsupportedURLError(
            f"'{shown}' is not a valid web address.", reason="invalid-url", url=shown
        ) from exc
    scheme = parts.scheme.lower()
    if scheme not in HTTP_SCHEMES:
        hint = ""
        # "example.com/news" or "example.com:8080/news"
        if (not scheme or "." in scheme) and "." in url and url.isprintable() and " " not in url:
            hint = f" (did you mean https://{shown}?)"
        raise UnsupportedURLError(
            f"Kliping saves http and https pages; '{shown}' is not one{hint}."
        )
    host = parts.hostname or ""
    if not host or any(ch.isspace() for ch in host):
        raise UnsupportedURLError(
            f"'{shown}' has no valid host name.", reason="invalid-url", url=shown
        )
    return url


def _idna_host(host: str) -> str:
    host = host.lower().rstrip(".") if host not in (".", "") else host.lower()
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        try:
            return host.encode("idna").decode("ascii")
        except UnicodeError:
            return host  # not a valid international name: keep it, lower-cased


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _split_netloc(netloc: str, scheme: str) -> str:
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):  # IPv6 literal
        end = hostport.find("]")
        host, port = (hostport[: end + 1], hostport[end + 2 :]) if end >= 0 else (hostport, "")
        host = host.lower()
    else:
        host, colon, port = hostport.rpartition(":")
        if not colon or (port and not _is_number(port)):
            host, port = hostport, ""
        host = _idna_host(host)
    if _is_number(port):
        port = "" if int(port) == DEFAULT_PORTS.get(scheme) else str(int(port))
    return f"{userinfo}{at}{host}" + (f":{port}" if port else "")


def _normalize_escapes(text: str) -> str:
    """Upper-case percent escapes and decode the ones that stand for unreserved characters."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return _ESCAPE.sub(fix, text)


def _quote(text: str, safe: str) -> str:
    return _normalize_escapes(urllib.parse.quote(text, safe=safe))


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4: ``/a/./b/../c`` becomes ``/a/c``."""
    if "." not in path:
        return path
    segments = path.split("/")
    output: list[str] = []
    for segment in segments[1:] if path.startswith("/") else segments:
        if segment == "..":
            if output:
                output.pop()
        elif segment != ".":
            output.append(segment)
    if segments[-1] in (".", ".."):
        output.append("")  # "/a/b/.." is the folder "/a/"
    result = "/".join(output)
    return "/" + result if path.startswith("/") else result


def _is_tracking(piece: str) -> bool:
    name = urllib.parse.unquote_plus(piece.partition("=")[0]).lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _query_key(piece: str) -> str:
    return urllib.parse.unquote_plus(piece.partition("=")[0])


def normalize_url(url: str) -> str:
    """Return the de-duplication key of a web address.

    Two addresses with the same key are the same article: the scheme and host are
    lower-cased, an international host is IDNA-encoded, the default port, the fragment
    and tracking parameters (:data:`TRACKING_PARAMS`, ``utm_*``) are dropped, the
    remaining query parameters are sorted by name (values of a repeated name keep their
    order), percent escapes are normalised, ``.`` and ``..`` segments are resolved and an
    empty path becomes ``/``. A trailing slash is kept as it is. A ``#!`` fragment
    (old "hash-bang" sites, where it names the article) is kept.

    Pure and idempotent; it never raises on an http(s) address.
    """
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url  # unparseable (bad IPv6 literal): nothing better to compare
    scheme = parts.scheme.lower()
    netloc = _split_netloc(parts.netloc, scheme)
    path = _remove_dot_segments(_quote(parts.path, _PATH_SAFE))
    if not path and netloc:
        path = "/"
    pieces = [_quote(p, _QUERY_SAFE) for p in parts.query.split("&") if p]
    pieces = sorted((p for p in pieces if not _is_tracking(p)), key=_query_key)
    fragment = _quote(parts.fragment, _QUERY_SAFE) if parts.fragment.startswith("!") else ""
    return urllib.parse.urlunsplit((scheme, netloc, path, "&".join(pieces), fragment))
