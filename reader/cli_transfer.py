"""``kliping import`` and ``kliping export``: bringing reading in, and taking it out.

Registered by :func:`reader.cli.build_parser` through :func:`register`.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import threading
from pathlib import Path
from typing import Any

from reader.core.errors import KlipingError
from reader.core.exporters import FORMATS, export
from reader.core.importers import FORMAT_LABELS, ImportProgress, ImportReport, import_path
from reader.core.library import Library
from reader.core.store import ArticleFilter

log = logging.getLogger(__name__)

IMPORT_HELP = "import an export from another reader, bookmark manager or browser, or Kliping"
IMPORT_EPILOG = """\
Recognised: Pocket (.zip or ril_export.html), Instapaper (.csv), Omnivore (.zip),
wallabag (.json), Readeck (.zip), Raindrop.io (.csv), Pinboard (.json), Karakeep
(.json), Linkwarden (.json), Firefox (bookmarks.html or its JSON backup), Chrome's
Bookmarks file, any Netscape bookmarks .html, a text file of URLs, saved .html pages (a
file or a folder), and Kliping's own JSON backup and CSV. Tags, folders, read/archived
state, favourites, notes, highlights and the original saved time are kept. --no-fetch
fetches nothing (images included; --images fetches those). Run the same import again
to continue an interrupted one or retry what failed: nothing is saved twice.
"""
EXPORT_HELP = "export articles as HTML, Markdown, EPUB, Kliping JSON, bookmarks or CSV"
EXPORT_EPILOG = """\
examples:
  kliping export --format epub --tag longreads -o longreads.epub
  kliping export --format markdown 12 15 -o notes/
  kliping export --format json --all -o backup.json     everything in one file
  kliping export --format bookmarks --all -o bookmarks.html   for browsers, linkding…
  kliping export --format csv --all -o reading.csv
"""


def register(sub: Any, common: argparse.ArgumentParser, commands: dict[str, Any]) -> None:
    """Add the ``import`` and ``export`` subcommands to the ``kliping`` parser."""
    p = sub.add_parser(
        "import", parents=[common], help=IMPORT_HELP, description=IMPORT_HELP,
        epilog=IMPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    commands["import"] = cmd_import
    p.add_argument("path", metavar="FILE|FOLDER", help="the export file or folder")
    p.add_argument(
        "--no-fetch", action="store_true",
        help="fetch nothing: entries the export has no copy of are kept as links",
    )  # fmt: skip
    p.add_argument(
        "--images", action="store_true",
        help="with --no-fetch, still fetch the images of the articles the export carries",
    )  # fmt: skip
    p.add_argument(
        "--concurrency", type=int, default=4, metavar="N",
        help="pages saved at once (default 4; never more than 2 per site)",
    )  # fmt: skip
    p.add_argument(
        "--format", choices=sorted(FORMAT_LABELS), dest="import_format",
        help="the export's format, when Kliping cannot tell",
    )  # fmt: skip

    p = sub.add_parser(
        "export", parents=[common], help=EXPORT_HELP, description=EXPORT_HELP,
        epilog=EXPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    commands["export"] = cmd_export
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="the articles to export")
    p.add_argument("-f", "--format", choices=FORMATS, required=True, dest="export_format")
    p.add_argument(
        "-o", "--output", metavar="PATH",
        help="the file to write, or a folder (default: the current folder)",
    )  # fmt: skip
    which = p.add_mutually_exclusive_group()
    which.add_argument("--search", metavar="QUERY", help="the articles this search finds")
    which.add_argument("--tag", metavar="TAG", help="the articles with this tag")
    which.add_argument("--all", action="store_true", help="every article in the library")
    p.add_argument(
        "--separate", action="store_true",
        help="one file per article, in the --output folder (html, markdown, epub)",
    )  # fmt: skip


# -- import -----------------------------------------------------------------------------


def cmd_import(lib: Library, args: argparse.Namespace) -> int:
    """Run an import with a progress bar (on a terminal) and print its summary."""
    path = Path(args.path).expanduser()
    cancel = threading.Event()
    bar = ProgressBar() if sys.stderr.isatty() else None
    outcome: dict[str, Any] = {}

    def on_progress(p: ImportProgress) -> None:
        if bar is not None:
            bar.draw(p.done, p.total, p.current, p.failed)

    def on_failure(url: str, reason: str) -> None:
        if bar is not None:
            bar.clear()
        print(f"failed: {url}: {reason}", file=sys.stderr, flush=True)

    def run() -> None:
        try:
            outcome["report"] = import_path(
                lib, path, fetch=not args.no_fetch, concurrency=args.concurrency,
                progress=on_progress, cancel=cancel, fmt=args.import_format,
                on_failure=on_failure, images=args.images,
            )  # fmt: skip
        except BaseException as exc:  # handed to the main thread, which reports it
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="kliping-import")
    worker.start()
    interrupted = False
    while worker.is_alive():
        try:
            worker.join(0.2)
        except KeyboardInterrupt:
            interrupted = True
            cancel.set()
            if bar is not None:
                bar.clear()
            print("Cancelling: finishing the pages being saved…", file=sys.stderr, flush=True)
    if bar is not None:
        bar.finish()
    if "error" in outcome:
        raise outcome["error"]
    report: ImportReport = outcome["report"]
    print(report.summary())
    if interrupted:
        return 130
    return 1 if report.failed else 0


class ProgressBar:
    """One line on stderr, redrawn: ``[#####-----] 120/2000 · 3 failed · Title``."""

    def __init__(self) -> None:
        self.width = shutil.get_terminal_size((80, 20)).columns
        self._drawn = False

    def draw(self, done: int, total: int, current: str, failed: int) -> None:
        """Redraw the bar."""
        cells = 24
        filled = cells * done // total if total else cells
        text = f"[{'#' * filled}{'-' * (cells - filled)}] {done}/{total}"
        if failed:
            text += f" · {failed} failed"
        if current:
            text += f" · {' '.join(current.split())}"
        if len(text) > self.width - 1:
            text = text[: self.width - 2] + "…"
        sys.stderr.write("\r" + text.ljust(self.width - 1))
        sys.stderr.flush()
        self._drawn = True

    def clear(self) -> None:
        """Blank the line, so a message can be printed in its place."""
        if self._drawn:
            sys.stderr.write("\r" + " " * (self.width - 1) + "\r")
            sys.stderr.flush()

    def finish(self) -> None:
        """End the bar's line."""
        if self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._drawn = False


# -- export -----------------------------------------------------------------------------


def cmd_export(lib: Library, args: argparse.Namespace) -> int:
    """Export the chosen articles and print the files written."""
    ids: list[int] | None
    if args.ids:
        ids = list(args.ids)
    elif args.search:
        found = lib.search(args.search, limit=1_000_000)
        if found.notice:
            print(found.notice, file=sys.stderr)
        ids = [hit.id for hit in found.hits]
    elif args.tag:
        ids = [s.id for s in lib.list(ArticleFilter(tag=args.tag), sort="saved-asc")]
    elif args.all:
        ids = None
    else:
        print(
            "kliping export: say what to export: article IDs, --search QUERY, --tag TAG or --all",
            file=sys.stderr,
        )
        return 2
    if ids is not None and not ids:
        raise KlipingError("Nothing to export: no article matches.")
    dest = Path(args.output).expanduser() if args.output else Path.cwd()
    if args.separate and not dest.exists():
        dest.mkdir(parents=True)
    bar = ProgressBar() if sys.stderr.isatty() else None

    def progress(done: int, total: int) -> None:
        if bar is not None and total > 1:
            bar.draw(done, total, "", 0)

    paths = export(
        lib, ids, args.export_format, dest, one_file=not args.separate, progress=progress
    )
    if bar is not None:
        bar.finish()
    for path in paths:
        print(path)
    return 0
