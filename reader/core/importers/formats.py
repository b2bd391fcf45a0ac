"""Export formats that are data: Pocket, Instapaper, Omnivore, wallabag, URL lists.

Each ``read_*`` function turns a whole export into entries before anything is saved,
so a malformed file stops the import with an error naming the file and line and
nothing is half-imported. Unknown columns and fields are ignored; missing optional
ones are fine.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterator, Sequence
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
from reader.core.library.saving import url_key

log = logging.getLogger(__name__)

POCKET_PART = re.compile(r"(?:.*/)?part_\d+\.csv", re.IGNORECASE)
POCKET_ANNOTATIONS = re.compile(r"(?:.*/)?annotations/[^/]+\.json", re.IGNORECASE)
OMNIVORE_METADATA = re.compile(r"(?:[^/]*/)?metadata[^/]*\.json", re.IGNORECASE)


def read_csv(
    text: str, label: str, required: Sequence[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as ``(line, {lower-case column: cell})``.

    Raises:
        ImportExportError: Broken quoting, NUL bytes or a required column missing.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise ImportExportError(f"{label} line {reader.line_num}: {exc}.") from exc
    if header is None:
        return
    columns = [h.strip().lower() for h in header]
    for name in required:
        if name not in columns:
            raise ImportExportError(
                f"{label} line 1: there is no {name!r} column (found: {', '.join(columns)})."
            )
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader, None)
        except csv.Error as exc:
            raise ImportExportError(
                f"{label} line {start}: {exc}; fix or remove that line and import again."
            ) from exc
        if row is None:
            return
        if any(cell.strip() for cell in row):
            yield start, {c: (row[i] if i < len(row) else "") for i, c in enumerate(columns)}


# -- Pocket -----------------------------------------------------------------------------


def read_pocket(archive: Archive) -> list[Entry]:
    """Pocket's ZIP: ``part_NNNNNN.csv`` plus ``annotations/part_NNNNNN.json``."""
    entries: list[Entry] = []
    parts = sorted(n for n in archive.names() if POCKET_PART.fullmatch(n))
    if not parts and archive.path.suffix.lower() == ".csv":  # one part on its own
        parts = archive.names()
    for name in parts:
        label = archive.label(name)
        text = decode_text(archive.read(name), label)
        for line, row in read_csv(text, label, ("url",)):
            status = row.get("status", "").strip().lower()
            archived = status in ("archive", "archived", "read")
            entries.append(
                Entry(
                    url=row["url"].strip(), where=f"{label} line {line}",
                    title=row.get("title", "").strip(), tags=split_tags(row.get("tags"), "|"),
                    saved_at=to_utc(row.get("time_added")), is_read=archived,
                    is_archived=archived,
                    is_favorite=truthy(row["favorite"]) if "favorite" in row else None,
                    source="pocket",
                )
            )  # fmt: skip
    by_url = {url_key(e.url): e for e in entries}
    for name in sorted(n for n in archive.names() if POCKET_ANNOTATIONS.fullmatch(n)):
        label = archive.label(name)
        data = parse_json(archive.read(name), label)
        if not isinstance(data, list):
            raise ImportExportError(f"{label} line 1: expected a list of articles.")
        for item in data:
            if not isinstance(item, dict) or not item.get("url"):
                continue
            marks = [
                h
                for h in (
                    highlight(x.get("quote"), x.get("note"), x.get("created_at"))
                    for x in item.get("highlights") or []
                    if isinstance(x, dict)
                )
                if h
            ]
            url = str(item["url"]).strip()
            known = by_url.get(url_key(url))
            if known is None:  # highlighted but not in the list: keep it anyway
                known = Entry(url, where=label, title=str(item.get("title") or ""), source="pocket")
                entries.append(known)
                by_url[url_key(url)] = known
            known.merge(Entry(url, where=label, highlights=marks))
    return entries


# -- Instapaper -------------------------------------------------------------------------

INSTAPAPER_FOLDERS = {"unread": {}, "archive": {"is_read": True, "is_archived": True},
                      "starred": {"is_favorite": True}}  # fmt: skip


def read_instapaper(archive: Archive) -> list[Entry]:
    """Instapaper's CSV: ``URL,Title,Selection,Folder,Timestamp,Tags``."""
    label, data = archive.only()
    text = decode_text(data, label)
    entries: list[Entry] = []
    for line, row in read_csv(text, label, ("url",)):
        folder = row.get("folder", "").strip()
        flags: dict[str, Any] = INSTAPAPER_FOLDERS.get(folder.lower(), {})
        tags = split_tags(row.get("tags"))
        if folder and folder.lower() not in INSTAPAPER_FOLDERS:
            tags.append(folder)  # a folder of one's own is what Kliping calls a tag
        selection = highlight(row.get("selection"), "", row.get("timestamp"))
        entries.append(
            Entry(
                url=row["url"].strip(), where=f"{label} line {line}",
                title=row.get("title", "").strip(), tags=tags,
                saved_at=to_utc(row.get("timestamp")), highlights=[selection] if selection else [],
                source="instapaper", **flags,
            )
        )  # fmt: skip
    return entries


# -- Omnivore ---------------------------------------------------------------------------


def read_omnivore(archive: Archive) -> list[Entry]:
    """Omnivore's ZIP: ``metadata_*.json``, ``content/SLUG.html``, ``highlights/SLUG.md``."""
    names = set(archive.names())
    entries: list[Entry] = []
    for name in sorted(n for n in names if OMNIVORE_METADATA.fullmatch(n)):
        label = archive.label(name)
        base = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
        data = parse_json(archive.read(name), label)
        if not isinstance(data, list):
            raise ImportExportError(f"{label} line 1: expected a list of articles.")
        for n, item in enumerate(data, 1):
            if not isinstance(item, dict):
                continue
            slug = str(item.get("slug") or "")
            content_name = f"{base}content/{slug}.html"
            marks_name = f"{base}highlights/{slug}.md"
            marks: list[Highlight] = []
            if slug and marks_name in names:
                md = archive.read(marks_name).decode("utf-8", "replace")
                marks = omnivore_highlights(md)
            archived = str(item.get("state") or "").lower() == "archived"
            progress = _number(item.get("readingProgress"))
            entries.append(
                Entry(
                    url=str(item.get("url") or "").strip(), where=f"{label} item {n}",
                    title=str(item.get("title") or "").strip(),
                    author=str(item.get("author") or "").strip(),
                    published=str(item.get("publishedAt") or "").strip(),
                    tags=split_tags(item.get("labels")), saved_at=to_utc(item.get("savedAt")),
                    is_read=archived or progress >= 95, is_archived=archived,
                    highlights=marks, source="omnivore",
                    content=_member(archive, content_name) if slug and content_name in names
                    else None,
                )
            )  # fmt: skip
    return entries


def omnivore_highlights(markdown: str) -> list[Highlight]:
    """Highlights from Omnivore's ``highlights/SLUG.md``: ``> quote``, then labels, note."""
    out: list[Highlight] = []
    quote: list[str] | None = None
    note: list[str] = []
    closed = False

    def flush() -> None:
        if quote is not None:
            found = highlight(" ".join(q for q in quote if q), "\n".join(note))
            if found:
                out.append(found)

    for line in markdown.splitlines():
        if line.startswith(">"):
            if quote is None or closed:
                flush()
                quote, note, closed = [], [], False
            quote.append(line[1:].strip())
        elif not line.strip():
            closed = quote is not None
        elif quote is not None and not all(w.startswith("#") for w in line.split()):
            note.append(line.strip())
    flush()
    return out


# -- wallabag ---------------------------------------------------------------------------


def read_wallabag(archive: Archive) -> list[Entry]:
    """wallabag's JSON export: a list of entries with their content and annotations."""
    label, raw = archive.only()
    data = parse_json(raw, label)
    if isinstance(data, dict):
        data = data.get("entries") or data.get("items") or []
    if not isinstance(data, list):
        raise ImportExportError(f"{label} line 1: expected a list of entries.")
    entries: list[Entry] = []
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict):
            continue
        marks = [
            h
            for h in (
                highlight(a.get("quote"), a.get("text"), a.get("created_at"))
                for a in item.get("annotations") or []
                if isinstance(a, dict)
            )
            if h
        ]
        content = item.get("content")
        entries.append(
            Entry(
                url=str(item.get("url") or item.get("given_url") or "").strip(),
                where=f"{label} entry {n}", title=str(item.get("title") or "").strip(),
                author=", ".join(a for a in item.get("published_by") or [] if isinstance(a, str)),
                published=str(item.get("published_at") or "").strip(),
                tags=split_tags(item.get("tags")), saved_at=to_utc(item.get("created_at")),
                is_read=truthy(item.get("is_archived")) or None,
                is_archived=truthy(item.get("is_archived")),
                is_favorite=truthy(item.get("is_starred")), highlights=marks,
                source="wallabag",
                content=_constant(content) if isinstance(content, str) and content.strip()
                else None,
            )
        )  # fmt: skip
    return entries


# -- a plain list of URLs ---------------------------------------------------------------


def read_url_list(archive: Archive) -> list[Entry]:
    """One URL per line; blank lines and ``#`` comments are skipped."""
    label, data = archive.only()
    text = decode_text(data, label)
    entries: list[Entry] = []
    for line, raw in enumerate(text.splitlines(), 1):
        item = raw.strip()
        if not item or item.startswith("#"):
            continue
        url = item.split()[0]
        entries.append(Entry(url, where=f"{label} line {line}", source="url-list"))
    return entries


def _member(archive: Archive, name: str) -> Any:
    return lambda: archive.read(name).decode("utf-8", "replace")


def _constant(text: str) -> Any:
    return lambda: text


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
