"""What every export format shares: reading articles in batches, file names, images,
and keeping local paths out of what leaves the library."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import os
import posixpath
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from bs4 import BeautifulSoup, Tag

from reader.core.errors import ImportExportError
from reader.core.library import Library
from reader.core.store import ArticleFilter, ArticleRecord
from reader.core.urls import is_http

log = logging.getLogger(__name__)

BATCH = 50
_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_FILE_ATTR = re.compile(r"""(=\s*)(["'])(file:[^"']*)\2""", re.IGNORECASE)

Progress = Callable[[int, int], None]


@dataclass
class Item:
    """One article with everything an export writes about it."""

    rec: ArticleRecord
    highlights: list[dict[str, Any]]
    images: list[dict[str, Any]]

    @property
    def public_url(self) -> str | None:
        """The article's web address, or None for a page saved from disk."""
        for url in (self.rec.url, self.rec.canonical_url, self.rec.final_url):
            if url and is_http(url):
                return url
        return None


def article_ids(lib: Library, ids: Sequence[int] | None) -> list[int]:
    """The ids to export: those given (that exist), or every article."""
    if ids is None:
        return lib.store.all_ids()
    wanted = list(dict.fromkeys(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        found.update(s.id for s in lib.list(ArticleFilter(ids=wanted[start : start + 500])))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ImportExportError(
            f"There is no article {', '.join(map(str, missing[:10]))} in this library."
        )
    return wanted


def items(lib: Library, ids: Sequence[int]) -> Iterator[Item]:
    """Articles in ``ids`` order, read a batch at a time (a whole library never sits in
    memory at once)."""
    for start in range(0, len(ids), BATCH):
        for rec in lib.get_many(ids[start : start + BATCH]):
            yield Item(rec, lib.highlights(rec.id), lib.images(rec.id))


def asset_file(lib: Library, path: str | None) -> Path | None:
    """The file of a saved image (``assets/…``), or None when it is not on disk."""
    if not path or not path.startswith("assets/") or ".." in path:
        return None
    file = lib.asset_path(path)
    return file if file.is_file() else None


def data_uri(file: Path, mime: str | None) -> str:
    """A ``data:`` URI holding a file."""
    payload = base64.b64encode(file.read_bytes()).decode("ascii")
    return f"data:{mime or 'application/octet-stream'};base64,{payload}"


def scrub_local_url(url: str) -> str:
    """A ``file:`` URL without the folders it names (exports carry no local paths).

    The folder is replaced by a short hash, so two pages with the same name stay apart.
    """
    if not url.lower().startswith("file:"):
        return url
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    name = posixpath.basename(path) or "page.html"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return f"file:///local/{digest}/{urllib.parse.quote(name)}"


def scrub_local_attrs(html: str) -> str:
    """Every ``file:`` URL in attribute values of ``html``, scrubbed."""
    return _FILE_ATTR.sub(lambda m: f"{m[1]}{m[2]}{scrub_local_url(m[3])}{m[2]}", html)


def rewrite_images(html: str, src_for: Callable[[Tag], str | None]) -> str:
    """Give each ``<img>`` the src ``src_for`` returns: a file the export holds or embeds.

    An image it returns None for (not saved, or a format the export cannot hold) becomes
    its alt text, as a link to the image's web address when it had one: an export never
    makes a reader's program fetch anything. Also drops what only the library needs
    (``data-original-src``, ``data-missing``) and links to local files.
    """
    soup = BeautifulSoup(html, "html.parser")
    for img in soup.find_all("img"):
        src = src_for(img)
        if src is None:
            alt = " ".join(str(img.get("alt") or "").split())
            original = str(img.get("data-original-src") or img.get("src") or "")
            if is_http(original) and img.find_parent("a") is None:
                link = soup.new_tag("a", href=original)
                link.string = alt or f"Image: {_file_name(original)}"
                img.replace_with(link)
            else:
                img.replace_with(alt)
            continue
        img["src"] = src
        for attr in ("data-original-src", "data-missing", "srcset"):
            if attr in img.attrs:
                del img[attr]
    for a in soup.find_all("a"):
        href = a.get("href")
        if isinstance(href, str) and href.lower().startswith("file:"):
            del a["href"]
    return str(soup)


def _file_name(url: str) -> str:
    name = posixpath.basename(urllib.parse.unquote(urllib.parse.urlsplit(url).path))
    return name or urllib.parse.urlsplit(url).hostname or url


def slug(title: str, fallback: str) -> str:
    """A file name (without extension) from a title: readable, safe on every system."""
    text = unicodedata.normalize("NFC", title).strip()
    text = _UNSAFE_NAME.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > 80:
        text = text[:80].rsplit(" ", 1)[0].rstrip(" .")
    return text or fallback


def unique_name(name: str, ext: str, used: set[str]) -> str:
    """``name.ext``, or ``name (2).ext``… when taken (case-insensitively)."""
    candidate = f"{name}{ext}"
    n = 2
    while candidate.lower() in used:
        candidate = f"{name} ({n}){ext}"
        n += 1
    used.add(candidate.lower())
    return candidate


def today() -> str:
    """Today's date, for default file names."""
    return dt.date.today().isoformat()


def now_utc() -> str:
    """The current time as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def meta_line(item: Item) -> list[str]:
    """Site, authors and publication date, for a byline."""
    rec = item.rec
    parts = [rec.display_site if item.public_url else rec.site_name, ", ".join(rec.authors)]
    if rec.published:
        parts.append(rec.published[:10])
    return [p for p in parts if p]


@contextmanager
def staged(path: Path) -> Iterator[Path]:
    """A temporary path to write; it becomes ``path`` only when the block succeeds, so a
    failed export leaves no half-written file."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ImportExportError(f"Could not write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def writing(path: Path) -> Iterator[IO[str]]:
    """A text file written through :func:`staged`."""
    with staged(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
        yield f
