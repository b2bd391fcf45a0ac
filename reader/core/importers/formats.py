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
from reader.core.library.options import url_key

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


# -- Kliping's own CSV export -----------------------------------------------------------


def read_kliping_csv(archive: Archive) -> list[Entry]:
    """The CSV ``kliping export --format csv`` writes (see exporters/to_csv.py)."""
    label, data = archive.only()
    text = decode_text(data, label)
    entries: list[Entry] = []
    for line, row in read_csv(text, label, ("url",)):
        cells = {k: _unformula(v) for k, v in row.items()}
        state = cells.get("state", "").strip().lower()
        entries.append(
            Entry(
                url=cells["url"].strip(), where=f"{label} line {line}",
                title=cells.get("title", ""), tags=split_tags(cells.get("tags"), "|"),
                saved_at=to_utc(cells.get("saved_at")), is_read=state in ("read", "archived"),
                is_archived=state == "archived", is_favorite=truthy(cells.get("favorite")),
                author=cells.get("authors", ""), published=cells.get("published", ""),
                note=cells.get("note", "").strip(), source="csv",
            )
        )  # fmt: skip
    return entries


def _unformula(cell: str) -> str:
    """A cell without the ``'`` the exporter put before what looks like a formula."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "@", "\t", "\r") else cell


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
            note = ""
            if slug and marks_name in names:
                md = archive.read(marks_name).decode("utf-8", "replace")
                marks, note = omnivore_highlights(md)
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
                    highlights=marks, source="omnivore", note=note,
                    content=_member(archive, content_name) if slug and content_name in names
                    else None,
                )
            )  # fmt: skip
    return entries


def omnivore_highlights(markdown: str) -> tuple[list[Highlight], str]:
    """Highlights and page notes from Omnivore's ``highlights/SLUG.md``.

    Omnivore's exporter (``highlightToMarkdown`` in packages/api/src/utils/parser.ts)
    writes each highlight as ``> QUOTE `` (a quote's empty lines become ``> `` and the
    lines after them are written without ``>``), then ``#label #label`` and the note,
    each after a blank line; a page note is its text followed by a blank line; the parts
    are joined by blank lines. So a line with no blank line before it continues the
    quote, a page note ends with three blank lines (or two at the end of the file), and
    anything else after a quote is that highlight's note.

    Returns:
        The highlights, and the page notes joined (the article's note).
    """
    blocks: list[tuple[list[str], int]] = []  # (lines, blank lines after)
    current: list[str] = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append((current, 0))
            current = []
        elif blocks:
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + 1)
    if current:
        blocks.append((current, -1))  # the file's last block, with no newline after it
    out: list[Highlight] = []
    page_notes: list[str] = []
    quote: list[str] | None = None
    labels: list[str] = []
    note: list[str] = []
    pending: list[str] = []  # paragraphs that belong to no highlight (yet)

    def flush() -> None:
        if quote is not None:
            found = highlight("\n".join(quote).strip(), "\n\n".join(note), labels=labels)
            if found:
                out.append(found)

    for n, (lines, gap) in enumerate(blocks):
        text = "\n".join(ln.rstrip() for ln in lines)
        # a page note ends the block run: 3 blank lines, or 2 at the end of the file
        ends_note = gap >= 2 or (gap == 1 and n == len(blocks) - 1)
        if lines[0].startswith(">"):
            flush()
            quote, labels, note = _omnivore_quote(lines), [], []
            if ends_note:  # nothing else of this highlight follows
                flush()
                quote = None
            continue
        if quote is not None and not note and not labels and _only_labels(text):
            labels = [w[1:] for w in text.split()]
        elif ends_note:
            page_notes.append("\n\n".join([*pending, text]))
            pending = []
            flush()
            quote = None
        elif quote is not None:
            note.append(text)
        else:
            pending.append(text)
    flush()
    page_notes += pending
    return out, "\n\n".join(page_notes)


def _omnivore_quote(lines: list[str]) -> list[str]:
    """A quote's lines without the ``>`` Omnivore put before some of them."""
    out = []
    for line in lines:
        if line.startswith(">"):
            line = line[1:]
            line = line[1:] if line.startswith(" ") else line
        out.append(line.rstrip())
    return out


def _only_labels(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w.startswith("#") and len(w) > 1 for w in words)


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
