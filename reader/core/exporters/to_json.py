"""Kliping JSON export: everything the library knows, re-importable without loss.

``{"format": "kliping", "version": 2, "articles": [...]}`` (see
:mod:`reader.core.importers.kliping`). The backup is one file. As ``NAME.json`` each
image is in it, base64 in its image entry (``"data"``); as ``NAME.zip`` (better for a
large library: no image is ever decoded into memory with the whole list) the ZIP holds
``kliping.json`` and the images as ``images/FILE``. Local ``file:`` addresses are
reduced to their file name so the export names no folder on this computer.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from reader import __version__
from reader.core.exporters.common import (
    Item,
    asset_file,
    now_utc,
    scrub_local_attrs,
    scrub_local_url,
    staged,
    writing,
)
from reader.core.importers.archive import BACKUP_JSON
from reader.core.importers.kliping import FORMAT, VERSION
from reader.core.library import Library

log = logging.getLogger(__name__)

#: Article fields written as they are (the rest are derived or handled below).
FIELDS = (
    "title", "authors", "published", "site_name", "language", "excerpt", "word_count",
    "reading_minutes", "text", "saved_at", "updated_at", "is_read", "is_favorite",
    "is_archived", "read_position", "extractor_version", "status", "source", "tags",
)  # fmt: skip


def article_json(lib: Library, item: Item, files: dict[str, Path] | None = None) -> dict[str, Any]:
    """One article as a JSON object, its images inside it (or, given ``files``, named
    ``images/FILE`` and added to ``files`` for the ZIP)."""
    rec = item.rec
    data: dict[str, Any] = {"id": rec.id}
    for key in ("url", "final_url", "canonical_url"):
        value = getattr(rec, key)
        data[key] = scrub_local_url(value) if value else value
    for key in FIELDS:
        data[key] = getattr(rec, key)
    html = scrub_local_attrs(rec.html)
    lead = rec.lead_image
    images = []
    for img in item.images:
        entry: dict[str, Any] = {
            "url": scrub_local_url(img["url"]), "file": None, "mime": img.get("mime"),
            "size": img.get("size") or 0, "status": img["status"], "error": img.get("error"),
        }  # fmt: skip
        file = asset_file(lib, img.get("path"))
        if file is not None:
            ref = f"images/{file.name}"
            entry["file"] = ref
            if files is None:
                entry["data"] = base64.b64encode(file.read_bytes()).decode("ascii")
            else:
                files[ref] = file
            html = html.replace(f'"{img["path"]}"', f'"{ref}"')
            if lead == img["path"]:
                lead = ref
        elif img["status"] == "ok":
            entry["status"], entry["error"] = "missing", "the image file was not found"
        images.append(entry)
    data["lead_image"] = scrub_local_url(lead) if lead else lead
    data["html"] = html
    data["note"] = rec.note
    data["cleaned_title"] = rec.cleaned_title
    data["highlights"] = [
        {k: h.get(k) for k in ("quote", "note", "start", "end", "created_at", "labels")}
        for h in item.highlights
    ]
    data["images"] = images
    data["original"] = _original(lib, rec.id)
    return data


def _original(lib: Library, article_id: int) -> dict[str, Any] | None:
    found = lib.store.get_original(article_id)
    if found is None:
        return None
    raw, encoding = found
    out: dict[str, Any] = {"encoding": encoding, "content_type": "text/html"}
    try:
        text = raw.decode(encoding)
        if text.encode(encoding) == raw:  # readable and exact: keep it as text
            out["text"] = text
            return out
    except (LookupError, UnicodeError):
        pass
    out["base64"] = base64.b64encode(raw).decode("ascii")
    return out


def write_json(
    lib: Library, items: Iterable[Item], path: Path, *, done: Callable[[], None]
) -> Path:
    """Write the articles to ``path`` (a streaming write: one article in memory at once);
    a ``.zip`` path gets the JSON and the image files side by side inside it."""
    if path.suffix.lower() == ".zip":
        return _write_zip(lib, items, path, done=done)
    with writing(path) as f:
        _write_articles(lib, items, f, None, done)
    return path


def _write_articles(
    lib: Library,
    items: Iterable[Item],
    f: IO[str],
    files: dict[str, Path] | None,
    done: Callable[[], None],
) -> None:
    head = {"format": FORMAT, "version": VERSION, "generator": f"Kliping {__version__}",
            "exported_at": now_utc()}  # fmt: skip
    f.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])
    f.write(',\n "articles": [\n')
    first = True
    for item in items:
        if not first:
            f.write(",\n")
        first = False
        f.write(json.dumps(article_json(lib, item, files), ensure_ascii=False))
        done()
    f.write("\n ]\n}\n")


def _write_zip(
    lib: Library, items: Iterable[Item], path: Path, *, done: Callable[[], None]
) -> Path:
    files: dict[str, Path] = {}
    with staged(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open(BACKUP_JSON, "w", force_zip64=True) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
            _write_articles(lib, items, text, files, done)
            text.flush()
            text.detach()
        for ref, file in sorted(files.items()):  # images are compressed already: stored
            zf.write(file, ref, compress_type=zipfile.ZIP_STORED)
    return path
