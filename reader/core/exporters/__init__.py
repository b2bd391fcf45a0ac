"""Export articles: HTML, Markdown, EPUB 3, Kliping JSON, Netscape bookmarks and CSV.

``export(lib, ids, fmt, dest)`` writes one article, a selection, or (``ids=None``) the
whole library. With ``one_file`` (the default) a selection becomes one page, one
Markdown file, one book with a table of contents, one JSON file (images inside), one
bookmarks file or one CSV file; without it, each article gets its own file inside the
``dest`` folder, and exporting into the same folder again replaces the files the last
export wrote (never a file it did not write). Exports embed or copy the images they show
and name no folder on this computer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reader.core.errors import ImportExportError
from reader.core.exporters import common
from reader.core.exporters.common import Item, article_ids, items, slug, unique_name
from reader.core.exporters.to_bookmarks import write_bookmarks
from reader.core.exporters.to_csv import write_csv
from reader.core.exporters.to_epub import write_epub
from reader.core.exporters.to_html import write_html
from reader.core.exporters.to_json import write_json
from reader.core.exporters.to_markdown import article_markdown
from reader.core.library import Library
from reader.core.store import ArticleFilter

log = logging.getLogger(__name__)

FORMATS = ("html", "markdown", "epub", "json", "bookmarks", "csv")
EXTENSIONS = {"html": ".html", "markdown": ".md", "epub": ".epub", "json": ".json",
              "bookmarks": ".html", "csv": ".csv"}  # fmt: skip
#: Formats that are always one file (a list, or a backup).
ONE_FILE = ("json", "bookmarks", "csv")
#: What each format is called in the window.
FORMAT_LABELS = {
    "html": "Web page (HTML)",
    "markdown": "Markdown",
    "epub": "E-book (EPUB)",
    "json": "Kliping JSON (everything, re-importable)",
    "bookmarks": "Bookmarks (Netscape HTML: browsers, linkding, Karakeep, wallabag)",
    "csv": "CSV (url, title, tags, state, dates, note)",
}
#: The list of files a ``--separate`` export wrote, kept in the folder it wrote them to.
MANIFEST = ".kliping-export.json"


def export(
    lib: Library,
    ids: Sequence[int] | None,
    fmt: str,
    dest: Path,
    *,
    one_file: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Export articles; returns the files written (images folders not listed).

    Args:
        lib: The library.
        ids: The articles, in the order wanted; None for every article.
        fmt: One of :data:`FORMATS`.
        dest: The file to write (a path with an extension, one_file only), or a folder
            (one that exists, or a new path without an extension; it is created): with
            one_file a file named after the article, or "Kliping DATE", is made in it;
            without, one file per article.
        one_file: One file for all the articles (JSON, bookmarks and CSV always are).
        progress: Called with (articles done, total) after each article.

    Raises:
        ImportExportError: Unknown format, missing articles, or the files could not be
            written.
    """
    if fmt not in FORMATS:
        raise ImportExportError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMATS)}.")
    dest = Path(dest).expanduser()
    wanted = article_ids(lib, ids)
    if not wanted:
        raise ImportExportError("There is nothing to export: no articles were chosen.")
    total = len(wanted)
    count = 0

    def done() -> None:
        nonlocal count
        count += 1
        if progress is not None:
            progress(count, total)

    if progress is not None:
        progress(0, total)
    ext = EXTENSIONS[fmt]
    if fmt in ONE_FILE or one_file:
        path = _target(lib, wanted, dest, ext)
        return [_write_one(lib, wanted, fmt, path, done)]
    if not _is_folder(dest):
        raise ImportExportError(f"{dest} is a file; choose a folder for one file per article.")
    mine = _manifest(dest, fmt)  # article id -> the file the last export wrote for it
    used = {p.name.lower() for p in dest.iterdir()} if dest.is_dir() else set()
    used -= {name.lower() for name in mine.values()}
    written = []
    names: dict[str, str] = {}
    for item in items(lib, wanted):
        name = mine.get(str(item.rec.id))
        if name is None or name.lower() in used:
            name = unique_name(slug(item.rec.title, f"article-{item.rec.id}"), ext, used)
        else:
            used.add(name.lower())
        names[str(item.rec.id)] = name
        written.append(_write_one(lib, [item.rec.id], fmt, dest / name, lambda: None, item))
        done()
    _write_manifest(dest, fmt, {**mine, **names})
    log.info("exported %d articles as %s into %s", total, fmt, dest)
    return written


def _manifest(folder: Path, fmt: str) -> dict[str, str]:
    """The files an earlier ``--separate`` export of ``fmt`` wrote into ``folder``."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get(fmt) if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {
        str(k): v for k, v in files.items()
        if isinstance(v, str) and v == Path(v).name and (folder / v).is_file()
    }  # fmt: skip


def _write_manifest(folder: Path, fmt: str, files: dict[str, str]) -> None:
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    data[fmt] = files
    with common.writing(path) as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def _is_folder(dest: Path) -> bool:
    """A folder: one that exists, or a new path without an extension ("Kliping export")."""
    if dest.exists():
        return dest.is_dir()
    return not dest.suffix or str(dest).endswith(("/", "\\"))


def _target(lib: Library, ids: list[int], dest: Path, ext: str) -> Path:
    if not _is_folder(dest):
        return dest
    if len(ids) == 1:
        name = slug(lib.get(ids[0]).title, f"article-{ids[0]}")
    else:
        name = f"Kliping {common.today()}"
    return dest / unique_name(name, ext, {p.name.lower() for p in dest.glob("*")})


def _write_one(
    lib: Library,
    ids: list[int],
    fmt: str,
    path: Path,
    done: Callable[[], None],
    first: Item | None = None,
) -> Path:
    def stream() -> Iterator[Item]:
        if first is not None:
            yield first
        else:
            yield from items(lib, ids)

    title, toc, language = _book_facts(lib, ids)
    if fmt == "html":
        return write_html(lib, stream(), path, title=title, toc=toc, language=language, done=done)
    if fmt == "epub":
        return write_epub(lib, stream(), path, title=title, language=language, done=done)
    if fmt == "json":
        return write_json(lib, stream(), path, done=done)
    if fmt == "bookmarks":
        return write_bookmarks(stream(), path, done=done)
    if fmt == "csv":
        return write_csv(stream(), path, done=done)
    return _write_markdown(lib, stream(), path, single=len(ids) == 1, done=done)


def _book_facts(lib: Library, ids: list[int]) -> tuple[str, list[tuple[int, str]], str | None]:
    """The title, table of contents and main language of a selection (no bodies read)."""
    toc: list[tuple[int, str]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = {s.id: s for s in lib.list(ArticleFilter(ids=chunk))}
        toc += [(i, rows[i].title or rows[i].url) for i in chunk if i in rows]
    language = lib.get(ids[0]).language  # each chapter also carries its own
    title = toc[0][1] if len(toc) == 1 else f"Kliping: {len(toc)} articles ({common.today()})"
    return title, toc, language


def _write_markdown(
    lib: Library, stream: Iterator[Item], path: Path, *, single: bool, done: Callable[[], None]
) -> Path:
    with common.writing(path) as f:
        first = True
        for item in stream:
            if not first:
                f.write("\n---\n\n")
            first = False
            f.write(article_markdown(lib, item, path.parent, front_matter=single))
            done()
    return path


__all__ = ["FORMATS", "FORMAT_LABELS", "export"]
