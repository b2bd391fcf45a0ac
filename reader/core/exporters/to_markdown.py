"""Markdown export: ``.md`` text with the images in an ``images/`` folder beside it."""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

from bs4 import Tag
from markdownify import markdownify

from reader.core.exporters.common import Item, asset_file, meta_line, rewrite_images
from reader.core.library import Library
from reader.core.urls import is_http

log = logging.getLogger(__name__)

IMAGES = "images"


def article_markdown(lib: Library, item: Item, folder: Path, *, front_matter: bool) -> str:
    """One article as Markdown; its saved images are copied into ``folder/images``."""
    rec = item.rec
    by_path = {img["path"]: img for img in item.images if img.get("path")}

    def copy(img: Tag) -> str | None:
        src = str(img.get("src") or "")
        if src in by_path:
            file = asset_file(lib, src)
            if file is None:
                return None
            target = folder / IMAGES / file.name  # named by content: shared images are one file
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(file, target)
            return f"{IMAGES}/{file.name}"
        return src if is_http(src) else None

    body_html = rewrite_images(rec.html, copy) if "<img" in rec.html else rec.html
    body = markdownify(body_html, heading_style="ATX", bullets="-").strip()
    parts: list[str] = []
    if front_matter:
        parts.append(_front_matter(item))
    parts.append(f"# {_one_line(rec.title or item.public_url or 'Untitled')}")
    meta = meta_line(item)
    if item.public_url:
        meta.append(f"<{item.public_url}>")
    if meta:
        parts.append(" · ".join(meta))
    if rec.tags and not front_matter:
        parts.append("Tags: " + " ".join(f"#{obsidian_tag(t)}" for t in rec.tags))
    if rec.status == "link-only" and not rec.text:
        parts.append("*Only the link was saved.*")
    elif body:
        parts.append(body)
    if rec.note.strip():
        parts.append("## Note")
        parts.append(rec.note.strip())
    if item.highlights:
        parts.append("## Highlights")
        for hl in item.highlights:
            quote = "\n".join(f"> {line}".rstrip() for line in hl["quote"].splitlines())
            labels = " ".join(f"#{obsidian_tag(x)}" for x in hl.get("labels") or [])
            extra = "".join(f"\n\n{x}" for x in (labels, hl.get("note")) if x)
            parts.append(quote + extra)
    return "\n\n".join(parts) + "\n"


def _front_matter(item: Item) -> str:
    rec = item.rec
    # JSON strings are valid YAML scalars, and survive any quote or colon in a title
    fields: dict[str, object] = {
        "title": rec.title, "url": item.public_url, "site": rec.site_name or None,
        "authors": rec.authors or None, "published": rec.published, "saved": rec.saved_at,
        "tags": [obsidian_tag(t) for t in rec.tags] or None, "read": rec.is_read,
        "favorite": rec.is_favorite,
        "archived": rec.is_archived,
    }  # fmt: skip
    lines = ["---"]
    for key, value in fields.items():
        if value is not None and value != "":
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines)


def obsidian_tag(tag: str) -> str:
    """A tag as Obsidian (and Logseq) read one: letters, digits, ``_``, ``-`` and ``/``,
    no spaces, not only digits ("long read" -> "long-read", "2024" -> "_2024")."""
    words = re.findall(r"[\w/-]+", tag)
    name = "-".join(words).strip("-/") or "tag"
    return f"_{name}" if name.replace("/", "").isdigit() else name


def _one_line(text: str) -> str:
    return " ".join(text.split())
