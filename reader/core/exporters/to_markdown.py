"""Markdown export: ``.md`` text with the images in an ``images/`` folder beside it."""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString
from markdownify import MarkdownConverter

from reader.core.exporters.common import Item, asset_file, meta_line, rewrite_images
from reader.core.library import Library

log = logging.getLogger(__name__)

IMAGES = "images"

# What a Markdown renderer would read as HTML in text: a tag, a comment, a declaration or
# processing instruction opening with "<", and character references ("&lt;" would show
# as "<", and "&lt;script&gt;" in an article's text must not become a live <script>).
_HTML_OPENING = re.compile(r"<(?=[A-Za-z/!?])")
_VERBATIM = ["pre", "code", "kbd", "samp"]
_CHAR_REFERENCE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)")


def escape_text(text: str) -> str:
    """Text made safe to put in Markdown: what would open raw HTML or a character
    reference is written as an entity, so the reader sees the text as it was."""
    if "&" in text:
        text = _CHAR_REFERENCE.sub("&amp;", text)
    if "<" in text:
        text = _HTML_OPENING.sub("&lt;", text)
    return text


def html_to_markdown(html: str) -> str:
    """An article's clean HTML as Markdown: ATX headings, ``-`` bullets, and no text that
    a renderer would take for HTML (see :func:`escape_text`; markdownify escapes only
    Markdown's own marks). Code keeps its characters: Markdown shows code as written."""
    soup = BeautifulSoup(html, "html.parser")
    for text in soup.find_all(string=True):
        if type(text) is NavigableString and text.find_parent(_VERBATIM) is None:
            escaped = escape_text(str(text))
            if escaped != text:
                text.replace_with(NavigableString(escaped))
    return MarkdownConverter(heading_style="ATX", bullets="-").convert_soup(soup).strip()


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
        return None  # not saved: its alt text, linked (a reader's viewer fetches nothing)

    body_html = rewrite_images(rec.html, copy) if "<img" in rec.html else rec.html
    body = html_to_markdown(body_html)
    parts: list[str] = []
    if front_matter:
        parts.append(_front_matter(item))
    parts.append(f"# {escape_text(_one_line(rec.title or item.public_url or 'Untitled'))}")
    meta = [escape_text(m) for m in meta_line(item)]
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
        parts.append(escape_text(rec.note.strip()))
    if item.highlights:
        parts.append("## Highlights")
        for hl in item.highlights:
            lines = escape_text(hl["quote"]).splitlines()
            quote = "\n".join(f"> {line}".rstrip() for line in lines)
            labels = " ".join(f"#{obsidian_tag(x)}" for x in hl.get("labels") or [])
            note = escape_text(hl.get("note") or "")
            extra = "".join(f"\n\n{x}" for x in (labels, note) if x)
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
            text = json.dumps(value, ensure_ascii=False)
            # a viewer that knows no front matter shows it as text: no HTML in it either
            text = text.replace("<", "\\u003c").replace("&", "\\u0026")
            lines.append(f"{key}: {text}")
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
