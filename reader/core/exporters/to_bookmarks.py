"""Netscape bookmarks export: the file every browser, linkding, Karakeep, wallabag,
Shaarli and Pinboard import.

Each article is a ``<DT><A>`` with ``ADD_DATE`` (Unix seconds), ``TOREAD`` ("1" for
unread), ``TAGS`` (comma-separated; a comma inside a tag becomes a space) and its note
in the ``<DD>`` after it. Pages saved from disk have no web address and are left out.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from reader.core.exporters.common import Item, writing

log = logging.getLogger(__name__)

HEAD = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
"""


def unix_time(moment: str | None) -> int | None:
    """``YYYY-MM-DDTHH:MM:SSZ`` (or any ISO 8601 time) as Unix seconds."""
    if not moment:
        return None
    try:
        parsed = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return int(parsed.timestamp())


def bookmark_lines(item: Item) -> list[str]:
    """The ``<DT>`` line (and ``<DD>`` note) of one article; none without a web address."""
    url = item.public_url
    if url is None:
        return []
    rec = item.rec
    attrs = [f'HREF="{html.escape(url)}"']
    added, changed = unix_time(rec.saved_at), unix_time(rec.updated_at)
    if added is not None:
        attrs.append(f'ADD_DATE="{added}"')
    if changed is not None:
        attrs.append(f'LAST_MODIFIED="{changed}"')
    attrs.append(f'TOREAD="{0 if rec.is_read else 1}"')
    tags = [" ".join(t.replace(",", " ").split()) for t in rec.tags]
    if tags:
        attrs.append(f'TAGS="{html.escape(",".join(tags))}"')
    title = html.escape(" ".join((rec.title or url).split()), quote=False)
    lines = [f"    <DT><A {' '.join(attrs)}>{title}</A>"]
    if rec.note.strip():
        lines.append(f"    <DD>{html.escape(rec.note.strip(), quote=False)}")
    return lines


def write_bookmarks(items: Iterable[Item], path: Path, *, done: Callable[[], None]) -> Path:
    """Write the articles as one bookmarks file."""
    with writing(path) as f:
        f.write(HEAD)
        for item in items:
            for line in bookmark_lines(item):
                f.write(line + "\n")
            done()
        f.write("</DL><p>\n")
    return path
