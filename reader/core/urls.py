"""Web addresses: which ones Kliping fetches, and the key that tells two of them apart.

:func:`check_http_url` is the gate every address passes before it is fetched;
:func:`normalize_url` gives the de-duplication key, so the same article shared with
``?utm_source=…`` or ``#comments`` is recognised as one already saved.

Addresses are IRIs: a reader types ``http://bücher.example/a/bücher?q=ü``. Kliping keeps
them as given, sends them as :func:`to_uri` encodes them (IDNA for the host, UTF-8
percent-escapes for the rest) and shows them as :func:`display_url` decodes them. A
password in an address (``http://alice:s3cret@host/``) is only ever used for the request
(:func:`split_credentials`); nothing kept or shown carries it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
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


def is_http(url: str | None, *, with_host: bool = False) -> bool:
    """Whether ``url`` is an http(s) address, by its scheme (any case).

    Args:
        url: The address, or None.
        with_host: Also require a host, surrounding spaces allowed (an address as an
            export lists it).
    """
    if not url:
        return False
    if not with_host:
        return str(url).lower().startswith(("http://", "https://"))
    try:
        parts = urllib.parse.urlsplit(url.strip())
        return parts.scheme.lower() in HTTP_SCHEMES and bool(parts.hostname)
    except ValueError:
        return False


def shorten_url(url: str, limit: int = 100) -> str:
    """``url`` fit for a one-line message: as :func:`display_url` shows it (no password),
    control characters escaped, at most ``limit`` characters."""
    url = display_url(url)
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
    _userinfo, _at, hostport = netloc.rpartition("@")  # a password is not part of the key
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
    return host + (f":{port}" if port else "")


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

    Two addresses with the same key are the same article: user names and passwords are
    dropped, the scheme and host are
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


# Sending and showing -----------------------------------------------------------------------

#: ASCII left as it is by :func:`to_uri`: what may stand in a URI (reserved characters
#: keep their meaning, "%" keeps existing escapes); the rest is percent-encoded as UTF-8.
_URI_SAFE = "!$&'()*+,;=:@/?%~[]"
_ESCAPED_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _netloc_parts(netloc: str) -> tuple[str, str, str]:
    """``netloc`` as (userinfo, host, ":port" or "")."""
    userinfo, _at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):  # IPv6 literal
        end = hostport.find("]")
        if end >= 0:
            return userinfo, hostport[: end + 1], hostport[end + 1 :]
        return userinfo, hostport, ""
    host, colon, port = hostport.rpartition(":")
    if not colon or not _is_number(port):
        return userinfo, hostport, ""
    return userinfo, host, ":" + port


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``url`` without a user name and password, and the (user, password) it held.

    ``http://alice:s3cret@host/a`` gives ``("http://host/a", ("alice", "s3cret"))``; an
    address without them comes back unchanged with None. Never raises.
    """
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc:
        return url, None
    userinfo, host, port = _netloc_parts(parts.netloc)
    user, _colon, password = userinfo.partition(":")
    public = urllib.parse.urlunsplit(parts._replace(netloc=host + port))
    if not (user or password):
        return public, None
    return public, (urllib.parse.unquote(user), urllib.parse.unquote(password))


def without_credentials(url: str) -> str:
    """``url`` without a user name and password (see :func:`split_credentials`)."""
    return split_credentials(url)[0]


def with_credentials(url: str, credentials: tuple[str, str] | None) -> str:
    """``url`` carrying ``credentials`` again (for a request to the same site)."""
    if credentials is None:
        return url
    parts = urllib.parse.urlsplit(url)
    user, password = (urllib.parse.quote(c, safe="") for c in credentials)
    netloc = f"{user}:{password}@{parts.netloc.rpartition('@')[2]}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def to_uri(url: str) -> str:
    """The address as HTTP needs it: ASCII only.

    An international host becomes its IDNA form (``bücher.example`` is
    ``xn--bcher-kva.example``; full-width and ideographic dots are dots), other non-ASCII
    characters and spaces are percent-encoded as UTF-8; existing escapes stay. An ASCII
    address comes back unchanged.

    Raises:
        UnsupportedURLError: The host is not a valid international name.
    """
    if url.isascii() and " " not in url:
        return url
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        raise UnsupportedURLError(f"'{shorten_url(url, 80)}' is not a valid web address.") from exc
    userinfo, host, port = _netloc_parts(parts.netloc)
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError) as exc:
            raise UnsupportedURLError(
                f"'{shorten_url(url, 80)}' has a host name that is not a valid international name."
            ) from exc
    if userinfo:
        host = urllib.parse.quote(userinfo, safe=_URI_SAFE) + "@" + host
    path, query, fragment = (
        urllib.parse.quote(part, safe=_URI_SAFE)
        for part in (parts.path, parts.query, parts.fragment)
    )
    return urllib.parse.urlunsplit((parts.scheme, host + port, path, query, fragment))


def _shown_char(char: str) -> bool:
    # Escapes of ASCII keep their meaning (%2F is not a folder, %20 not a word break), and
    # invisible or look-alike space characters stay escaped so an address cannot hide text.
    return ord(char) > 127 and char.isprintable() and unicodedata.category(char)[0] not in "CZ"


def _decode_escapes(text: str) -> str:
    """Percent-escapes of UTF-8 characters decoded; every other escape kept."""

    def decode(match: re.Match[str]) -> str:
        raw = bytes.fromhex(match.group(0).replace("%", ""))
        out: list[str] = []
        for char in raw.decode("utf-8", "surrogateescape"):
            if "\udc80" <= char <= "\udcff":  # a byte that is not UTF-8
                out.append(f"%{ord(char) - 0xDC00:02X}")
            elif _shown_char(char):
                out.append(char)
            else:
                out.append("".join(f"%{b:02X}" for b in char.encode("utf-8")))
        return "".join(out)

    return _ESCAPED_RUN.sub(decode, text) if "%" in text else text


def display_host(host: str) -> str:
    """A host name as a reader knows it: ``xn--bcher-kva.example`` and ``BÜCHER．example``
    are ``bücher.example``."""
    if host.isascii() and "xn--" not in host.lower():
        return host
    try:
        return str(idna.decode(idna.encode(host, uts46=True)))
    except (idna.IDNAError, UnicodeError):
        return host


def display_url(url: str) -> str:
    """An http(s) address as a reader wants to see it: no user name or password, the host
    in its own script, escaped UTF-8 characters decoded. Other addresses (``file:``) and
    ones that cannot be parsed come back unchanged. Never raises."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in HTTP_SCHEMES:
        return url
    _userinfo, host, port = _netloc_parts(parts.netloc)
    path, query, fragment = (
        _decode_escapes(part) for part in (parts.path, parts.query, parts.fragment)
    )
    return urllib.parse.urlunsplit((parts.scheme, display_host(host) + port, path, query, fragment))
