"""Kliping's own JSON export, imported as it was written (no fetching, no re-cleaning).

The file is ``{"format": "kliping", "version": 2, "articles": [...]}``; each article
carries every column Kliping keeps, its tags, highlights (with their positions), its
note, its original page, and its images: ``{"url", "file", "data", ...}`` where
``data`` holds the image (base64). Backups of version 1 kept the images as files beside
the JSON (``file``, a path relative to it); those are read from there, and the import
says how many were not found.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.errors import ImportExportError, KlipingError
from reader.core.importers.archive import BACKUP_JSON, Archive, unsafe_name
from reader.core.importers.common import Entry, parse_json
from reader.core.library import Library, SaveResult
from reader.core.library.assets import EXTENSIONS, ImageResult
from reader.core.library.options import url_key
from reader.core.sniff import sniff_image
from reader.core.store import ARTICLE_COLUMNS

log = logging.getLogger(__name__)

FORMAT = "kliping"
VERSION = 2
#: Columns the importer recomputes instead of trusting the file.
DERIVED = ("norm_url", "canonical_norm")


def read_kliping(archive: Archive) -> list[Entry]:
    """The articles of a Kliping JSON export, each as an entry carrying its record (a
    ZIP backup: ``kliping.json``, whose images are read from the ZIP)."""
    if archive.is_zip:
        label, raw = archive.label(BACKUP_JSON), archive.read(BACKUP_JSON)
        files: Any = archive.read
    else:
        label, raw = archive.only()
        files = None
    data = parse_json(raw, label)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportExportError(f"{label} line 1: not a Kliping export (no format: kliping).")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ImportExportError(
            f"{label} line 1: written by a newer Kliping (version {version}); update Kliping."
        )
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise ImportExportError(f'{label} line 1: there is no "articles" list.')
    entries = []
    for n, art in enumerate(articles, 1):
        where = f"{label} article {n}"
        if not isinstance(art, dict) or not isinstance(art.get("url"), str):
            entries.append(Entry("", where, error="not an article (no URL)"))
            continue
        entries.append(
            Entry(
                url=art["url"], where=where, title=str(art.get("title") or ""),
                tags=[str(t) for t in art.get("tags") or []], note=str(art.get("note") or ""),
                is_read=bool(art.get("is_read")), is_favorite=bool(art.get("is_favorite")),
                is_archived=bool(art.get("is_archived")),
                highlights=[h for h in art.get("highlights") or [] if isinstance(h, dict)],
                source=str(art.get("source") or "kliping"), record=art, files=files,
            )
        )  # fmt: skip
    return entries


def save_record(lib: Library, entry: Entry, base: Path) -> SaveResult:
    """Save one exported article exactly as it was (a duplicate is left to the caller)."""
    rec = entry.record
    assert rec is not None
    url = rec["url"]
    existing = lib.store.find_duplicate(url_key(url), None)
    if existing is not None:
        return SaveResult(existing, "duplicate", rec.get("title") or "", url)
    values = {k: rec[k] for k in ARTICLE_COLUMNS if k in rec and k not in DERIVED}
    if not values.get("final_url"):
        values["final_url"] = url
    if not values.get("saved_at") or not values.get("updated_at"):
        raise ImportExportError(f"{entry.where}: the article has no saved_at time.")
    values["norm_url"] = url_key(url)
    canonical = values.get("canonical_url")
    values["canonical_norm"] = url_key(canonical) if canonical else None
    loaded = _load_images(lib, rec.get("images") or [], base, entry.where, entry.files)
    images = [img for _ref, img in loaded]
    html = str(values.get("html") or "")
    for ref, img in loaded:
        if ref and img.path:  # the export's images/NAME becomes the library's assets/NAME
            html = html.replace(f'"{ref}"', f'"{img.path}"')
            if values.get("lead_image") == ref:
                values["lead_image"] = img.path
    values["html"] = html
    original = _original(rec.get("original"), entry.where)
    highlights = []
    for hl in rec.get("highlights") or []:
        if isinstance(hl, dict) and str(hl.get("quote") or "").strip():
            found = hl.get("labels")
            highlights.append({
                "quote": str(hl["quote"]), "note": str(hl.get("note") or ""),
                "start": hl.get("start"), "end": hl.get("end"),
                "created_at": hl.get("created_at"),
                "labels": [str(x) for x in found] if isinstance(found, list) else [],
            })  # fmt: skip
    article_id = lib.restore(
        values, images, tags=[str(t) for t in rec.get("tags") or []],
        highlights=highlights, original=original,
    )  # fmt: skip
    lost = sum(1 for ref, _img in loaded if ref == "")  # in the backup, but not found
    return SaveResult(article_id, "saved", str(values.get("title") or ""), url, lost)


def _load_images(
    lib: Library, items: list[Any], base: Path, where: str,
    files: Callable[[str], bytes] | None = None,
) -> list[tuple[str | None, ImageResult]]:  # fmt: skip
    """Copy the export's image files into the library's incoming folder.

    Returns each image with the file name the export gave it (None when the library
    never had it, "" when the backup names it but does not hold it).
    """
    incoming = lib.assets.incoming_root / f"{os.getpid()}-{threading.get_ident()}"
    results: list[tuple[str | None, ImageResult]] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        url, ref = item["url"], item.get("file")
        if not isinstance(ref, str) or not ref:
            error = str(item.get("error") or "not saved")
            results.append((None, ImageResult(url, "missing", error=error)))
            continue
        try:
            if isinstance(item.get("data"), str):
                data = _embedded(item["data"])
            elif files is not None:
                data = _member(files, ref)
            else:
                data = _read_beside(base, ref)
        except KlipingError as exc:
            log.info("%s: image %s not imported: %s", where, ref, exc)
            results.append(("", ImageResult(url, "missing", error=str(exc))))
            continue
        mime = sniff_image(data) or str(item.get("mime") or "")
        name = hashlib.sha256(data).hexdigest()[:32] + EXTENSIONS.get(mime, ".img")
        incoming.mkdir(parents=True, exist_ok=True)
        target = incoming / name
        target.write_bytes(data)
        results.append(
            (ref, ImageResult(url, "ok", f"assets/{name}", mime, len(data), incoming=target))
        )
    return results


def _member(files: Callable[[str], bytes], ref: str) -> bytes:
    if unsafe_name(ref):
        raise ImportExportError(f"the image path {ref!r} points outside the backup")
    return files(ref)


def _embedded(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ImportExportError("the image in the backup is damaged") from exc


def _read_beside(base: Path, ref: str) -> bytes:
    if unsafe_name(ref):
        raise ImportExportError(f"the image path {ref!r} points outside the export")
    path = (base / ref).resolve()
    if not path.is_relative_to(base.resolve()) or not path.is_file():
        raise ImportExportError(f"{ref} is not beside the export file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportExportError(f"could not read {ref}: {exc.strerror}") from exc


def _original(item: Any, where: str) -> tuple[bytes, str, str] | None:
    if not isinstance(item, dict):
        return None
    encoding = str(item.get("encoding") or "utf-8")
    content_type = str(item.get("content_type") or "text/html")
    try:
        if isinstance(item.get("base64"), str):
            raw = base64.b64decode(item["base64"], validate=True)
        elif isinstance(item.get("text"), str):
            raw = item["text"].encode(encoding)
        else:
            return None
    except (binascii.Error, LookupError, UnicodeEncodeError) as exc:
        log.info("%s: original page not imported: %s", where, exc)
        return None
    return raw, encoding, content_type
