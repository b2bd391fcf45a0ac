"""CSV export: one row per article, for spreadsheets and for services that import CSV.

Columns: ``url, title, tags, state, favorite, saved_at, published, authors, site,
note``. Tags are separated by ``|`` (as in Pocket's CSV; a tag may hold a comma);
``state`` is ``unread``, ``read`` or ``archived``. A cell that a spreadsheet would run
as a formula (starting with ``=``, ``+``, ``@``, a tab or a carriage return) starts
with ``'``, which Kliping's own import removes again.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from reader.core.exporters.common import Item, scrub_local_url, staged

log = logging.getLogger(__name__)

COLUMNS = ("url", "title", "tags", "state", "favorite", "saved_at", "published", "authors",
           "site", "note")  # fmt: skip
_FORMULA = ("=", "+", "@", "\t", "\r")


def state(item: Item) -> str:
    """``archived``, ``read`` or ``unread``."""
    rec = item.rec
    return "archived" if rec.is_archived else "read" if rec.is_read else "unread"


def row(item: Item) -> list[str]:
    """One article's cells, in :data:`COLUMNS` order."""
    rec = item.rec
    cells = [
        item.public_url or scrub_local_url(rec.url), " ".join(rec.title.split()),
        "|".join(rec.tags), state(item), "1" if rec.is_favorite else "0", rec.saved_at,
        rec.published or "", ", ".join(rec.authors), rec.display_site, rec.note,
    ]  # fmt: skip
    return [f"'{c}" if c.startswith(_FORMULA) else c for c in cells]


def write_csv(items: Iterable[Item], path: Path, *, done: Callable[[], None]) -> Path:
    """Write the articles as one CSV file (UTF-8 with a BOM, so spreadsheets read it)."""
    with staged(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow(COLUMNS)
        for item in items:
            out.writerow(row(item))
            done()
    return path
