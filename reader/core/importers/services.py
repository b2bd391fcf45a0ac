"""Exports of bookmark managers and browsers that are data: Firefox's JSON backup,
Chrome's ``Bookmarks`` file, Pinboard JSON, Raindrop.io CSV, Karakeep (Hoarder) JSON,
Linkwarden JSON and Readeck's export ZIP.

Like :mod:`formats`, each ``read_*`` turns a whole export into entries before anything
is saved. Folders, collections and lists become tags (the folders every browser has do
not); descriptions and notes become the article's note; highlights come along where the
format has them. None of these exports carries the article, so the pages are fetched
(or kept as links with ``--no-fetch``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any

from reader.core.errors import ImportExportError
from reader.core.importers.archive import Archive
from reader.core.importers.common import (
    Entry,
    Highlight,
    decode_text,
    highlight,
    parse_json,
    split_tags,
    to_utc,
    truthy,
)
from reader.core.importers.formats import read_csv

log = logging.getLogger(__name__)

#: Firefox's roots: where a bookmark sits, not what it is about.
FIREFOX_ROOTS = {"placesRoot", "bookmarksMenuFolder", "toolbarFolder", "unfiledBookmarksFolder",
                 "mobileFolder", "tagsFolder"}  # fmt: skip
#: Chrome counts bookmark times in microseconds since 1601-01-01 (Windows' epoch).
_WEBKIT_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
READECK_INFO = re.compile(r"(?:.*/)?bookmarks/[^/]+/info\.json", re.IGNORECASE)


def _data(archive: Archive) -> tuple[str, Any]:
    label, raw = archive.only()
    return label, parse_json(raw, label)


def _web(url: Any) -> bool:
    return isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))


# -- Firefox ----------------------------------------------------------------------------


def read_firefox(archive: Archive) -> list[Entry]:
    """Firefox's ``bookmarks-YYYY-MM-DD.json`` (Library → Backup…): a tree of places.

    Bookmarks are ``text/x-moz-place`` with ``uri``, ``title``, ``dateAdded`` (µs),
    ``tags`` ("a,b") and, in older backups, a description in ``annos``.
    """
    label, data = _data(archive)
    if not isinstance(data, dict) or "children" not in data:
        raise ImportExportError(f"{label} line 1: not a Firefox bookmarks backup.")
    entries: list[Entry] = []

    def walk(node: dict[str, Any], folders: list[str]) -> None:
        kind = str(node.get("type") or "")
        if kind == "text/x-moz-place-container":
            name = str(node.get("title") or "").strip()
            inner = folders if node.get("root") in FIREFOX_ROOTS or not name else [*folders, name]
            for child in node.get("children") or []:
                if isinstance(child, dict):
                    walk(child, inner)
        elif kind == "text/x-moz-place" and _web(node.get("uri")):
            note = ""
            for anno in node.get("annos") or []:
                if isinstance(anno, dict) and anno.get("name") == "bookmarkProperties/description":
                    note = str(anno.get("value") or "")
            entries.append(
                Entry(
                    url=str(node["uri"]).strip(), where=f"{label} bookmark {node.get('id', '')}",
                    title=str(node.get("title") or ""),
                    tags=split_tags([*folders, *split_tags(node.get("tags"))]),
                    saved_at=to_utc(node.get("dateAdded")), source="firefox", note=note.strip(),
                )
            )  # fmt: skip

    walk(data, [])
    return entries


# -- Chrome, Chromium, Edge, Brave ------------------------------------------------------


def read_chrome(archive: Archive) -> list[Entry]:
    """Chromium's ``Bookmarks`` file: ``{"roots": {"bookmark_bar": {...}, "other": …}}``.

    ``date_added`` counts microseconds since 1601; the three roots are not tags.
    """
    label, data = _data(archive)
    roots = data.get("roots") if isinstance(data, dict) else None
    if not isinstance(roots, dict):
        raise ImportExportError(f'{label} line 1: a Chrome bookmarks file has "roots".')
    entries: list[Entry] = []

    def walk(node: dict[str, Any], folders: list[str]) -> None:
        if node.get("type") == "folder":
            name = str(node.get("name") or "").strip()
            for child in node.get("children") or []:
                if isinstance(child, dict):
                    walk(child, [*folders, name] if name else folders)
        elif node.get("type") == "url" and _web(node.get("url")):
            entries.append(
                Entry(
                    url=str(node["url"]).strip(), where=f"{label} bookmark {node.get('id', '')}",
                    title=str(node.get("name") or ""), tags=split_tags(folders),
                    saved_at=_webkit_time(node.get("date_added")), source="chrome",
                )
            )  # fmt: skip

    for root in roots.values():
        if isinstance(root, dict):
            for child in root.get("children") or []:
                if isinstance(child, dict):
                    walk(child, [])
    return entries


def _webkit_time(value: Any) -> str | None:
    try:
        micro = int(str(value))
    except (TypeError, ValueError):
        return None
    if micro <= 0:
        return None
    try:
        moment = _WEBKIT_EPOCH + dt.timedelta(microseconds=micro)
    except OverflowError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# -- Pinboard ---------------------------------------------------------------------------


def read_pinboard(archive: Archive) -> list[Entry]:
    """Pinboard's JSON export: ``href``, ``description`` (the title), ``extended`` (the
    note), ``time``, ``toread`` ("yes"/"no") and ``tags`` separated by spaces."""
    label, data = _data(archive)
    if not isinstance(data, list):
        raise ImportExportError(f"{label} line 1: expected a list of bookmarks.")
    entries = []
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict):
            continue
        toread = str(item.get("toread") or "").strip().lower()
        entries.append(
            Entry(
                url=str(item.get("href") or "").strip(), where=f"{label} bookmark {n}",
                title=str(item.get("description") or ""),
                tags=split_tags(item.get("tags"), " "), saved_at=to_utc(item.get("time")),
                is_read={"yes": False, "no": True}.get(toread),
                note=str(item.get("extended") or "").strip(), source="pinboard",
            )
        )  # fmt: skip
    return entries


# -- Raindrop.io ------------------------------------------------------------------------


def read_raindrop(archive: Archive) -> list[Entry]:
    """Raindrop.io's CSV export: ``id,title,note,excerpt,url,folder,tags,created,cover,
    highlights,favorite``. ``folder`` is the collection ("Parent/Child" when nested);
    ``highlights`` holds ``Highlight: …`` lines, each with an optional ``Note: …``."""
    label, raw = archive.only()
    text = decode_text(raw, label)
    entries = []
    for line, row in read_csv(text, label, ("url",)):
        folder = row.get("folder", "").strip()
        tags = split_tags(row.get("tags"))
        if folder and folder.lower() not in ("unsorted", "-1"):
            tags = split_tags([*[p for p in folder.split("/") if p.strip()], *tags])
        entries.append(
            Entry(
                url=row["url"].strip(), where=f"{label} line {line}",
                title=row.get("title", ""), tags=tags, saved_at=to_utc(row.get("created")),
                is_favorite=truthy(row["favorite"]) if "favorite" in row else None,
                note=row.get("note", "").strip(),
                highlights=list(_raindrop_highlights(row.get("highlights", ""))),
                source="raindrop",
            )
        )  # fmt: skip
    return entries


def _raindrop_highlights(cell: str) -> Iterator[Highlight]:
    quote: list[str] = []
    note: list[str] = []
    target = quote

    def done() -> Highlight | None:
        return highlight("\n".join(quote).strip(), "\n".join(note).strip())

    for line in cell.splitlines():
        if line.startswith("Highlight:"):
            if quote and (found := done()):
                yield found
            quote, note = [line[len("Highlight:") :].strip()], []
            target = quote
        elif line.startswith("Note:"):
            note = [line[len("Note:") :].strip()]
            target = note
        elif line.strip():
            target.append(line.strip())
    if quote and (found := done()):
        yield found


# -- Karakeep (Hoarder) -----------------------------------------------------------------


def read_karakeep(archive: Archive) -> list[Entry]:
    """Karakeep's (formerly Hoarder's) JSON export: ``{"bookmarks": [...], "lists": [...]}``.

    Each bookmark has ``createdAt`` (Unix seconds), ``title``, ``tags``, ``lists`` (list
    ids, which become tags by name), ``content`` (``{"type": "link", "url"}``; text
    notes and files are not web pages and are listed as not imported), ``note``,
    ``archived`` and ``favourited``.
    """
    label, data = _data(archive)
    if not isinstance(data, dict) or not isinstance(data.get("bookmarks"), list):
        raise ImportExportError(f'{label} line 1: a Karakeep export has a "bookmarks" list.')
    lists = {
        str(x.get("id")): str(x.get("name") or "")
        for x in data.get("lists") or []
        if isinstance(x, dict)
    }
    entries = []
    for n, item in enumerate(data["bookmarks"], 1):
        if not isinstance(item, dict):
            continue
        where = f"{label} bookmark {n}"
        found = item.get("content")
        content: dict[str, Any] = found if isinstance(found, dict) else {}
        kind = str(content.get("type") or "")
        if kind != "link":
            what = {"text": "a text note", "asset": "a file"}.get(kind, "not a link")
            entries.append(Entry("", where, error=f"{what}, not a web page"))
            continue
        names = [lists[str(i)] for i in item.get("lists") or [] if lists.get(str(i))]
        note = "\n\n".join(
            str(item.get(k) or "").strip() for k in ("note", "summary") if item.get(k)
        )
        entries.append(
            Entry(
                url=str(content.get("url") or "").strip(), where=where,
                title=str(item.get("title") or ""), author=str(content.get("author") or ""),
                tags=split_tags([*names, *split_tags(item.get("tags"))]),
                saved_at=to_utc(item.get("createdAt")),
                is_archived=truthy(item.get("archived")) or None,
                is_read=truthy(item.get("archived")) or None,
                is_favorite=truthy(item.get("favourited")) or None, note=note,
                source="karakeep",
            )
        )  # fmt: skip
    return entries


# -- Linkwarden -------------------------------------------------------------------------


def read_linkwarden(archive: Archive) -> list[Entry]:
    """Linkwarden's JSON backup (Settings → Data → Export): ``collections``, each with
    its ``links`` (``url``, ``name``, ``description``, ``createdAt``, ``tags``), and
    ``pinnedLinks``. A collection is a tag ("Parent/Child" when nested); pinned links
    are favourites."""
    label, data = _data(archive)
    if not isinstance(data, dict) or not isinstance(data.get("collections"), list):
        raise ImportExportError(f'{label} line 1: a Linkwarden export has "collections".')
    collections = [c for c in data["collections"] if isinstance(c, dict)]
    by_id = {c.get("id"): c for c in collections if c.get("id") is not None}
    pinned = {
        str(p.get("url") or "").strip()
        for p in data.get("pinnedLinks") or []
        if isinstance(p, dict)
    }

    def path(col: dict[str, Any]) -> list[str]:
        names: list[str] = []
        seen: set[int] = set()
        while col and id(col) not in seen:
            seen.add(id(col))
            name = str(col.get("name") or "").strip()
            if name and name.lower() != "unorganized":
                names.insert(0, name)
            col = by_id.get(col.get("parentId")) or {}
        return names

    entries = []
    for col in collections:
        folder = path(col)
        for n, link in enumerate(col.get("links") or [], 1):
            if not isinstance(link, dict):
                continue
            url = str(link.get("url") or "").strip()
            entries.append(
                Entry(
                    url=url, where=f"{label} collection {col.get('name', '')!s} link {n}",
                    title=str(link.get("name") or ""),
                    tags=split_tags(["/".join(folder)] if folder else [])
                    + split_tags(link.get("tags")),
                    saved_at=to_utc(link.get("importDate") or link.get("createdAt")),
                    is_favorite=True if url in pinned else None,
                    note=str(link.get("description") or "").strip(), source="linkwarden",
                )
            )  # fmt: skip
    return entries


# -- Readeck ----------------------------------------------------------------------------


def read_readeck(archive: Archive) -> list[Entry]:
    """Readeck's export ZIP (``readeck export``): ``data.json`` and, per bookmark,
    ``bookmarks/UID/info.json`` with ``URL``, ``Title``, ``Created``, ``Published``,
    ``Authors``, ``Labels``, ``IsMarked`` (favourite), ``IsArchived``, ``ReadProgress``,
    ``Description`` and ``Annotations`` (``Text`` and ``Note``)."""
    entries = []
    for name in sorted(n for n in archive.names() if READECK_INFO.fullmatch(n)):
        label = archive.label(name)
        raw = parse_json(archive.read(name), label)
        if not isinstance(raw, dict):
            continue
        item = {str(k).lower(): v for k, v in raw.items()}
        marks = []
        for anno in item.get("annotations") or []:
            if isinstance(anno, dict):
                low = {str(k).lower(): v for k, v in anno.items()}
                found = highlight(low.get("text"), low.get("note"), low.get("created"))
                if found:
                    marks.append(found)
        given = item.get("authors")
        authors: list[Any] = given if isinstance(given, list) else []
        archived = truthy(item.get("isarchived"))
        progress = item.get("readprogress")
        done = isinstance(progress, int | float) and progress >= 100
        entries.append(
            Entry(
                url=str(item.get("url") or "").strip(), where=label,
                title=str(item.get("title") or ""),
                author=", ".join(str(a) for a in authors if a),
                published=str(item.get("published") or ""),
                tags=split_tags(item.get("labels")), saved_at=to_utc(item.get("created")),
                is_read=True if (archived or done) else None,
                is_archived=True if archived else None,
                is_favorite=True if truthy(item.get("ismarked")) else None,
                highlights=marks, note=str(item.get("description") or "").strip(),
                source="readeck",
            )
        )  # fmt: skip
    if not entries:
        raise ImportExportError(f"{archive.path.name} holds no Readeck bookmarks.")
    return entries


def sniff_json(low: str) -> str | None:
    """Which of these services wrote a JSON file, from its first characters (lower case)."""
    if '"roots"' in low and ('"bookmark_bar"' in low or '"checksum"' in low):
        return "chrome-json"
    if '"text/x-moz-place' in low or '"placesroot"' in low:
        return "firefox-json"
    if low.startswith("[") and '"href"' in low and ('"extended"' in low or '"toread"' in low):
        return "pinboard-json"
    if '"bookmarks"' in low and '"createdat"' in low and '"content"' in low:
        return "karakeep-json"
    if '"collections"' in low and '"links"' in low:
        return "linkwarden-json"
    return None


def is_raindrop(columns: set[str]) -> bool:
    """True for the columns of Raindrop.io's CSV export."""
    return {"url", "folder"} <= columns and bool(
        {"excerpt", "cover", "highlights", "note", "created"} & columns
    ) and "selection" not in columns  # fmt: skip


__all__ = [
    "is_raindrop",
    "read_chrome",
    "read_firefox",
    "read_karakeep",
    "read_linkwarden",
    "read_pinboard",
    "read_raindrop",
    "read_readeck",
    "sniff_json",
]
