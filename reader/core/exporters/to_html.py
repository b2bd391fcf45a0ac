"""HTML export: self-contained pages (styles inline, images as ``data:`` URIs) that open
in any browser, offline, years from now."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from bs4 import Tag

from reader import __version__
from reader.core.exporters.common import (
    Item,
    asset_file,
    data_uri,
    meta_line,
    rewrite_images,
    writing,
)
from reader.core.library import Library
from reader.core.textdir import article_direction

log = logging.getLogger(__name__)

CSS = """
:root { color-scheme: light dark; }
body { max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.6;
  font-family: Georgia, "Noto Serif", "Source Han Serif", serif; font-size: 1.1em; }
h1, h2, h3 { line-height: 1.25; font-family: system-ui, sans-serif; }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5em 0; } figcaption { font-size: .9em; opacity: .75; }
pre { overflow-x: auto; } blockquote { margin-inline-start: 0; padding-inline-start: 1em;
  border-inline-start: 3px solid #c9a227; }
.meta, .tags, .source { font-family: system-ui, sans-serif; font-size: .9em; opacity: .8; }
article { margin-bottom: 4em; } article + article { border-top: 1px solid #8884;
  padding-top: 2em; }
.highlights blockquote { background: #fff3b0; color: #222; padding: .4em 1em; }
.highlights .note { margin-top: -.5em; font-style: italic; }
nav.toc li { margin: .3em 0; }
""".strip()


def article_html(lib: Library, item: Item, level: int = 1) -> str:
    """One article as an ``<article>`` element, images embedded."""
    rec = item.rec
    by_path = {img["path"]: img for img in item.images if img.get("path")}

    def embed(img: Tag) -> str | None:
        src = str(img.get("src") or "")
        saved = by_path.get(src)
        if saved is not None:
            file = asset_file(lib, src)
            return data_uri(file, saved.get("mime")) if file else None
        # an image that was not saved stays out: opening the page must fetch nothing
        return src if src.startswith("data:") else None

    body = rewrite_images(rec.html, embed) if "<img" in rec.html else rec.html
    h = f"h{level}"
    out = [
        f'<article id="a{rec.id}"'
        + (f' lang="{_attr(rec.language)}"' if rec.language else "")
        + f' dir="{article_direction(rec.language, rec.title, rec.text[:400])}"'
        + ">"
    ]
    out.append(f"<header><{h}>{_text(rec.title or item.public_url or 'Untitled')}</{h}>")
    meta = meta_line(item)
    if meta:
        out.append(f'<p class="meta">{_text(" · ".join(meta))}</p>')
    if item.public_url:
        url = _attr(item.public_url)
        out.append(f'<p class="source"><a href="{url}">{_text(item.public_url)}</a></p>')
    if rec.tags:
        out.append(f'<p class="tags">Tags: {_text(", ".join(rec.tags))}</p>')
    out.append("</header>")
    if rec.status == "link-only" and not rec.text:
        out.append('<p class="meta">Only the link was saved.</p>')
    else:
        out.append(f'<div class="content">{body}</div>')
    out.append(highlights_html(item.highlights, level + 1))
    out.append("</article>")
    return "\n".join(o for o in out if o)


def highlights_html(highlights: list[dict[str, Any]], level: int = 2) -> str:
    """The article's highlights and notes, as a section."""
    if not highlights:
        return ""
    parts = [f'<section class="highlights"><h{level}>Highlights</h{level}>']
    for hl in highlights:
        parts.append(f"<blockquote>{_text(hl['quote'])}</blockquote>")
        if hl.get("note"):
            parts.append(f'<p class="note">{_text(hl["note"])}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def write_html(
    lib: Library,
    items: Iterable[Item],
    path: Path,
    *,
    title: str,
    toc: list[tuple[int, str]],
    language: str | None,
    done: Any,
) -> Path:
    """Write articles into one page, with a table of contents when there are several."""
    with writing(path) as f:
        _head(f, title, language)
        nested = len(toc) > 1
        if nested:
            f.write(f'<header><h1>{_text(title)}</h1>\n<nav class="toc"><ol>\n')
            for article_id, name in toc:
                f.write(f'<li><a href="#a{article_id}">{_text(name)}</a></li>\n')
            f.write("</ol></nav></header>\n")
        for item in items:
            f.write(article_html(lib, item, 2 if nested else 1))
            f.write("\n")
            done()
        f.write("</body>\n</html>\n")
    return path


def _head(f: IO[str], title: str, language: str | None) -> None:
    lang = f' lang="{_attr(language)}"' if language else ""
    f.write(
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Kliping {__version__}">\n'
        f"<title>{_text(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
    )


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)
