"""Import: Pocket, Instapaper, Omnivore, wallabag, bookmarks, URL lists, saved pages and
Kliping's own JSON, into a library.

``import_path(lib, path)`` reads the whole export first (a malformed file raises
:class:`ImportExportError` naming the file and line, before anything is saved), then
saves its entries with :class:`batch.Batch`: bounded concurrency, politeness per host,
cancel, and resume (the same import run again saves nothing twice). Kept from every
source where present: the original saved time, tags, read/archived state, favourites
and highlights. Exports that carry the article (Omnivore, wallabag, Kliping JSON) are
not fetched again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import ImportExportError
from reader.core.importers import formats, kliping, pages, services
from reader.core.importers.archive import BACKUP_JSON, Archive
from reader.core.importers.batch import HOST_DELAY, PER_HOST, Batch, Outcome
from reader.core.importers.common import Entry, dedupe
from reader.core.library import Library
from reader.core.urls import is_http, shorten_url

log = logging.getLogger(__name__)

#: What each format is called in messages and in the window.
FORMAT_LABELS = {
    "pocket-zip": "Pocket export",
    "pocket-html": "Pocket export (ril_export.html)",
    "instapaper-csv": "Instapaper CSV export",
    "kliping-csv": "Kliping CSV export",
    "omnivore-zip": "Omnivore export",
    "wallabag-json": "wallabag JSON export",
    "bookmarks-html": "browser bookmarks",
    "url-list": "list of URLs",
    "html-files": "saved web pages",
    "kliping-json": "Kliping JSON export",
    "firefox-json": "Firefox bookmarks backup (JSON)",
    "chrome-json": "Chrome/Chromium bookmarks (JSON)",
    "pinboard-json": "Pinboard JSON export",
    "raindrop-csv": "Raindrop.io CSV export",
    "karakeep-json": "Karakeep (Hoarder) JSON export",
    "linkwarden-json": "Linkwarden JSON export",
    "readeck-zip": "Readeck export",
}
#: File patterns for an Open dialog.
FILE_FILTER = "Exports (*.zip *.csv *.json *.html *.htm *.txt);;All files (*)"

_READERS: dict[str, Callable[[Archive], list[Entry]]] = {
    "pocket-zip": formats.read_pocket,
    "pocket-html": pages.read_pocket_html,
    "instapaper-csv": formats.read_instapaper,
    "kliping-csv": formats.read_kliping_csv,
    "omnivore-zip": formats.read_omnivore,
    "wallabag-json": formats.read_wallabag,
    "bookmarks-html": pages.read_bookmarks,
    "url-list": formats.read_url_list,
    "kliping-json": kliping.read_kliping,
    "firefox-json": services.read_firefox,
    "chrome-json": services.read_chrome,
    "pinboard-json": services.read_pinboard,
    "raindrop-csv": services.read_raindrop,
    "karakeep-json": services.read_karakeep,
    "linkwarden-json": services.read_linkwarden,
    "readeck-zip": services.read_readeck,
}
_SNIFF_BYTES = 64 * 1024
_SHOWN_FAILURES = 40


@dataclass
class ImportProgress:
    """How far an import has got: entries done of total, the last one, failures."""

    done: int
    total: int
    current: str
    failed: int


def _listed(heading: str, entries: Sequence[tuple[str, str]]) -> list[str]:
    """A summary's section: a blank line, the heading, then "  where: what" for the
    first entries and how many more the log holds."""
    lines = ["", heading, *(f"  {where}: {what}" for where, what in entries[:_SHOWN_FAILURES])]
    if len(entries) > _SHOWN_FAILURES:
        lines.append(f"  … and {len(entries) - _SHOWN_FAILURES} more (see the log).")
    return lines


@dataclass
class ImportReport:
    """What an import did. ``failed`` lists (url or place, reason) for every entry whose
    page could not be saved: those kept as link-only articles and those not kept at all.
    """

    source: str
    format: str
    total: int = 0
    saved: int = 0
    duplicates: int = 0
    link_only: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    retry_ids: list[int] = field(default_factory=list)  # link-only articles to fetch again
    lost: int = 0  # entries not in the library at all
    #: (url or place, what was said) for entries taken for a saved article of another title
    renamed: list[tuple[str, str]] = field(default_factory=list)
    missing_images: int = 0  # images of saved articles that are not in the library
    fetched: bool = True  # False: saved with --no-fetch (images were not fetched)

    @property
    def done(self) -> int:
        """Entries dealt with (saved, already there, kept as links, or failed)."""
        return self.saved + self.duplicates + self.link_only + self.lost

    def summary(self) -> str:
        """Counts, the failures with their reasons, and how to retry them."""
        name = Path(self.source).name or self.source
        label = FORMAT_LABELS.get(self.format, self.format)
        lines = [f"Import of {name} ({label}): {self.total} entries."]
        counts = [f"{self.saved} saved", f"{self.duplicates} already in the library"]
        if self.link_only:
            counts.append(f"{self.link_only} kept as links only")
        if self.lost:
            counts.append(f"{self.lost} not imported")
        lines.append(", ".join(counts) + ".")
        if self.missing_images and self.format == "kliping-json":
            lines.append(
                f"{self.missing_images} images of the backup were not found: older backups "
                f"kept them in a folder beside the .json file ({Path(self.source).stem}_images/);"
                " put it back beside it and run the same import again, or the articles show "
                "them as missing."
            )
        elif self.missing_images and not self.fetched:
            lines.append(
                f"{self.missing_images} images were not fetched (--no-fetch): they stay links "
                "to the web; kliping refetch ID fetches an article's images."
            )
        elif self.missing_images:
            lines.append(f"{self.missing_images} images could not be saved.")
        if self.renamed:
            lines += _listed(
                "Already in the library under another title (check them):", self.renamed
            )
        if self.cancelled:
            left = self.total - self.done
            lines.append(
                f"Cancelled with {left} entries left; run the same import again to continue "
                "(nothing is saved twice)."
            )
        if self.failed:
            lines += _listed("Could not be saved:", self.failed)
            lines.append("")
            hint = "To retry, run the same import again: what is saved is skipped"
            if self.retry_ids:
                ids = " ".join(str(i) for i in self.retry_ids[:20])
                more = " …" if len(self.retry_ids) > 20 else ""
                hint += (
                    ", and the articles kept as links are fetched again (or fetch them "
                    f"now with: kliping refetch {ids}{more})"
                )
            lines.append(hint + ".")
        return "\n".join(lines)


def detect_format(path: Path) -> str:
    """Which export ``path`` is (see :data:`FORMAT_LABELS`).

    Raises:
        ImportExportError: The file is unreadable or not an export Kliping knows.
    """
    path = Path(path)
    if not path.exists():
        raise ImportExportError(f"There is no file or folder at {path}.")
    if path.is_dir():
        with Archive(path) as archive:
            found = _archive_format(archive.names())
        if found:
            return found
        pages.read_html_files(path)  # raises when there are no pages either
        return "html-files"
    try:
        with path.open("rb") as f:
            head_bytes = f.read(_SNIFF_BYTES)
    except OSError as exc:
        raise ImportExportError(f"Could not read {path}: {exc.strerror or exc}.") from exc
    suffix = path.suffix.lower()
    if not head_bytes:
        raise ImportExportError(f"{path.name} is empty (0 bytes): there is nothing to import.")
    if suffix == ".zip" or head_bytes.startswith(b"PK\x03\x04"):
        with Archive(path) as archive:
            names = archive.names()
            found = _archive_format(names)
        if found:
            return found
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        raise ImportExportError(
            f"{path.name} is a ZIP archive but not an export Kliping knows (Pocket, Omnivore "
            f"or Readeck); it holds {shown or 'no files'}."
        )
    head = _sniff_text(path, head_bytes)
    low = head.lower()
    if suffix == ".csv" or (suffix in ("", ".txt") and "," in low.split("\n", 1)[0]):
        columns = {c.strip().strip('"') for c in low.split("\n", 1)[0].split(",")}
        if {"url", "state", "saved_at"} <= columns:
            return "kliping-csv"
        if services.is_raindrop(columns):
            return "raindrop-csv"
        if "url" in columns and ({"folder", "selection"} & columns):
            return "instapaper-csv"
        if "url" in columns:  # Pocket's columns, all optional but url
            return "pocket-zip"
        if suffix == ".csv":
            raise ImportExportError(
                f"{path.name} line 1: a CSV export needs a 'url' column; this file's first "
                "line names none."
            )
    if suffix == ".json" or low.startswith(("{", "[")):
        if '"format"' in low and '"kliping"' in low:
            return "kliping-json"
        if low.startswith("[") and ('"is_starred"' in low or '"is_archived"' in low):
            return "wallabag-json"
        if '"entries"' in low and '"is_archived"' in low:
            return "wallabag-json"
        found = services.sniff_json(low)
        if found:
            return found
        raise ImportExportError(
            f"{path.name} is JSON but not an export Kliping knows (Kliping, wallabag, Firefox, "
            "Chrome, Pinboard, Karakeep or Linkwarden)."
        )
    if suffix in pages.PAGE_SUFFIXES or low.startswith("<"):
        if "netscape-bookmark-file" in low:
            return "bookmarks-html"
        if "<title>pocket export</title>" in low or (
            "time_added=" in low and ("<h1>unread</h1>" in low or "read archive" in low)
        ):
            return "pocket-html"
        return "html-files"
    lines = [ln.strip() for ln in head.splitlines() if ln.strip() and not ln.startswith("#")]
    if lines and is_http(lines[0].split()[0], with_host=True):
        return "url-list"
    raise ImportExportError(
        f"Kliping does not know the format of {path.name}: it imports Pocket, Instapaper, "
        "Omnivore, wallabag and Kliping exports, browser bookmarks, URL lists and .html pages."
    )


def _archive_format(names: list[str]) -> str | None:
    if any(formats.POCKET_PART.fullmatch(n) for n in names):
        return "pocket-zip"
    if any(formats.OMNIVORE_METADATA.fullmatch(n) for n in names):
        return "omnivore-zip"
    if any(services.READECK_INFO.fullmatch(n) for n in names):
        return "readeck-zip"
    if BACKUP_JSON in names:
        return "kliping-json"
    return None


def _utf16_without_bom(head: bytes) -> bool:
    """Text in UTF-16 has a zero in every other byte of its ASCII letters, and only there."""
    sample = head[:400]
    odd, even = sample[1::2], sample[0::2]
    half = len(sample) // 2
    return half >= 8 and (
        (odd.count(0) > 0.9 * half and even.count(0) < 0.1 * half)
        or (even.count(0) > 0.9 * half and odd.count(0) < 0.1 * half)
    )


def _sniff_text(path: Path, head: bytes) -> str:
    """The start of a text export, or a one-line error saying why it is not text."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif head.startswith(b"\xef\xbb\xbf") or b"\x00" not in head:
        encoding = "utf-8-sig"
    elif _utf16_without_bom(head):
        raise ImportExportError(
            f"{path.name} is UTF-16 text without a byte-order mark; save it as UTF-8 and "
            "import it again."
        )
    else:
        raise ImportExportError(
            f"{path.name} is not a text file (it holds binary data), so it is not an export "
            "Kliping knows."
        )
    try:
        return head.decode(encoding, "strict").lstrip("\ufeff \t\r\n")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # the sniffed part ends inside a character
            return head[: exc.start].decode(encoding).lstrip("\ufeff \t\r\n")
        if encoding == "utf-16":
            raise ImportExportError(f"{path.name} is broken UTF-16 text.") from exc
        if sum(b < 9 for b in head[:4096]) > 8:
            raise ImportExportError(
                f"{path.name} is not a text file (it holds binary data), so it is not an "
                "export Kliping knows."
            ) from exc
        return head.decode(encoding, "replace").lstrip("\ufeff \t\r\n")


def read_entries(path: Path, fmt: str, archive: Archive | None) -> list[Entry]:
    """Every entry of an export, checked, before anything is saved."""
    if fmt == "html-files":
        entries = pages.read_html_files(path)
    else:
        reader = _READERS.get(fmt)
        if reader is None or archive is None:
            raise ImportExportError(f"Unknown import format {fmt!r}.")
        entries = reader(archive)
    for entry in entries:
        if entry.error is None and entry.path is None and entry.record is None:
            if not entry.url:
                entry.error = "no URL"
            elif not is_http(entry.url, with_host=True):
                entry.error = f"{entry.url[:80]} is not a web address (http or https)"
    return dedupe(entries)


def import_path(
    lib: Library,
    path: Path,
    *,
    fetch: bool = True,
    concurrency: int = 4,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: threading.Event | None = None,
    fmt: str | None = None,
    per_host: int = PER_HOST,
    host_delay: float = HOST_DELAY,
    on_failure: Callable[[str, str], None] | None = None,
    images: bool = False,
) -> ImportReport:
    """Import an export file or folder into ``lib``.

    Args:
        lib: The library to import into.
        path: The export (see :func:`detect_format`).
        fetch: Fetch pages the export does not carry; False keeps them as links and
            fetches nothing at all: the images of the pages the export carries stay links
            to the web, marked missing (``refetch`` fetches them later).
        images: With ``fetch=False``, still fetch the images of the carried pages.
        concurrency: Entries saved at once.
        progress: Called (on this thread) after each entry.
        cancel: Set to stop; what is saved stays, the same import run again continues.
        fmt: The format, when the caller knows better than :func:`detect_format`.
        per_host: Fetches at once against one host.
        host_delay: Seconds between two fetches from one host.
        on_failure: Called (on this thread) with (url, reason) for each failure, as it
            happens.

    Raises:
        ImportExportError: The export is unreadable, malformed or unsafe (nothing saved).
    """
    path = Path(path).expanduser()
    fmt = fmt or detect_format(path)
    report = ImportReport(source=str(path), format=fmt, fetched=fetch or images)
    archive = None if fmt == "html-files" else Archive(path)
    try:
        entries = read_entries(path, fmt, archive)
        report.total = len(entries)
        log.info("importing %d entries from %s (%s)", report.total, path, fmt)
        failed = 0

        def done(entry: Entry, outcome: Outcome) -> None:
            nonlocal failed
            _count(report, entry, outcome)
            if on_failure is not None and len(report.failed) > failed:
                on_failure(*report.failed[-1])
            failed = len(report.failed)
            if progress is not None:
                title = entry.title or entry.label
                progress(ImportProgress(report.done, report.total, title, failed))

        if progress is not None:
            progress(ImportProgress(0, report.total, "", 0))
        if fmt == "kliping-json":
            concurrency = 1  # nothing to fetch; one at a time keeps the export's order
        batch = Batch(
            lib, entries, base=path.parent if path.is_file() else path, fetch=fetch,
            concurrency=concurrency, per_host=per_host, host_delay=host_delay, cancel=cancel,
            images=images,
        )  # fmt: skip
        # One index commit per article would be most of an import's time: catch the
        # search index up every 100 articles and at the end instead.
        with lib.index_batch(every=100):
            report.cancelled = not batch.run(done)
    finally:
        if archive is not None:
            archive.close()
    log.info("import of %s finished: %s", path, report.summary().replace("\n", " | "))
    return report


def _count(report: ImportReport, entry: Entry, outcome: Outcome) -> None:
    where = shorten_url(entry.url, 400) if entry.url else entry.where  # no password shown
    if outcome.reason and entry.url and outcome.reason.startswith(where):
        # "URL answered 404" is listed under the URL already: keep "answered 404"
        outcome.reason = outcome.reason[len(where) :].lstrip(" :") or outcome.reason
    report.missing_images += outcome.missing_images
    if outcome.kind == "saved":
        report.saved += 1
    elif outcome.kind == "duplicate":
        report.duplicates += 1
        if outcome.reason:
            report.renamed.append((where, outcome.reason))
            log.warning("import: %s %s", where, outcome.reason)
    elif outcome.kind == "link-only":
        report.link_only += 1
        if outcome.reason:
            report.failed.append((where, f"{outcome.reason} (kept as a link)"))
            if outcome.article_id is not None:
                report.retry_ids.append(outcome.article_id)
    elif outcome.kind == "failed":
        report.lost += 1
        reason = outcome.reason or "unknown error"
        if entry.url and entry.path is None:
            reason = f"{reason} ({entry.where})"
        report.failed.append((where, reason))
        log.warning("import: %s not imported: %s", where, reason)


__all__ = [
    "FORMAT_LABELS",
    "ImportProgress",
    "ImportReport",
    "detect_format",
    "import_path",
]
