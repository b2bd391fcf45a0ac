"""Export formats that are HTML: Pocket's ``ril_export.html``, browser bookmarks, and
pages saved to disk by a browser or SingleFile."""

from __future__ import annotations

import logging
from html.parser import HTMLParser
from pathlib import Path

from reader.core.errors import ImportExportError
from reader.core.importers.archive import Archive
from reader.core.importers.common import Entry, split_tags, to_utc

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml")
#: Schemes a bookmark file holds that are not pages (smart folders, bookmarklets).
SKIPPED_SCHEMES = ("place:", "javascript:", "data:", "about:", "chrome:", "edge:", "opera:")
#: Folders every browser has; they say where a bookmark sat, not what it is about.
ROOT_FOLDERS = {
    "bookmarks bar", "bookmarks toolbar", "bookmarks menu", "other bookmarks",
    "mobile bookmarks", "favorites bar", "favourites bar", "bookmarks", "favorites",
    "unsorted bookmarks", "speed dial",
}  # fmt: skip
#: Tags that are a service's way of saying "archived" in a bookmarks file (linkding).
ARCHIVED_TAGS = {"linkding:bookmarks.archived", "linkding:archived"}


class _LinkParser(HTMLParser):
    """Collects ``<a>`` elements with the folder (``<h3>`` + ``<dl>``) or section
    (``<h1>``) they sit in. Tolerates the unclosed tags Netscape bookmark files use."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, dict[str, str], str, list[str], str]] = []
        #: The ``<DD>`` description after a link, by the link's index in ``links``.
        self.descriptions: dict[int, str] = {}
        self._after_link = False
        self._dd: list[str] | None = None
        self.folders: list[str | None] = []
        self._pending: str | None = None
        self._pending_root = False
        self._section = ""
        self._capture: str | None = None  # "a", "h1" or "h3"
        self._text: list[str] = []
        self._attrs: dict[str, str] = {}
        self._line = 0

    def _end_dd(self) -> None:
        if self._dd is not None:
            text = "\n".join(" ".join(ln.split()) for ln in "".join(self._dd).splitlines())
            if text.strip() and self.links:
                self.descriptions[len(self.links) - 1] = text.strip()
            self._dd = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self._dd is not None:
            self._dd.append("\n")
            return
        if tag in ("dt", "dl", "a", "h1", "h3", "dd", "hr"):
            self._end_dd()
        if tag == "dd":
            # a <DD> describes the link just before it (Netscape leaves it unclosed)
            self._dd = [] if self._after_link else None
            self._after_link = False
            return
        if tag in ("dt", "dl", "h1", "h3"):
            self._after_link = False
        if tag in ("a", "h1", "h3"):
            self._capture, self._text = tag, []
            self._attrs = {k.lower(): v or "" for k, v in attrs}
            self._line = self.getpos()[0]
        elif tag == "dl":
            self.folders.append(None if self._pending_root else self._pending)
            self._pending, self._pending_root = None, False

    def handle_endtag(self, tag: str) -> None:
        if tag in ("dl", "dd"):
            self._end_dd()
        if tag == "dl":
            if self.folders:
                self.folders.pop()
        elif tag == self._capture:
            text = " ".join("".join(self._text).split())
            if tag == "a":
                folders = [f for f in self.folders if f]
                self.links.append((self._line, self._attrs, text, folders, self._section))
                self._after_link = True
            elif tag == "h3":
                self._pending = text
                self._pending_root = (
                    any(k in self._attrs for k in ("personal_toolbar_folder",
                                                   "unfiled_bookmarks_folder"))
                    or text.lower() in ROOT_FOLDERS
                )  # fmt: skip
            else:
                self._section = text.lower()
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._text.append(data)
        elif self._dd is not None:
            self._dd.append(data)

    def close(self) -> None:
        super().close()
        self._end_dd()


Link = tuple[int, dict[str, str], str, list[str], str]


def _parse(archive: Archive) -> tuple[str, _LinkParser]:
    label, data = archive.only()
    parser = _LinkParser()
    parser.feed(data.decode("utf-8-sig", "replace"))
    parser.close()
    return label, parser


def _links(archive: Archive) -> tuple[str, list[Link]]:
    label, parser = _parse(archive)
    return label, parser.links


def read_pocket_html(archive: Archive) -> list[Entry]:
    """Pocket's older ``ril_export.html``: "Unread" and "Read Archive" lists of links."""
    label, links = _links(archive)
    entries = []
    for line, attrs, text, _folders, section in links:
        archived = "archive" in section or section == "read"
        entries.append(
            Entry(
                url=attrs.get("href", "").strip(), where=f"{label} line {line}", title=text,
                tags=split_tags(attrs.get("tags"), ",|"), saved_at=to_utc(attrs.get("time_added")),
                is_read=archived, is_archived=archived, source="pocket",
            )
        )  # fmt: skip
    return entries


def read_bookmarks(archive: Archive) -> list[Entry]:
    """A Netscape bookmarks file (browsers, linkding, Shaarli, Pinboard, Karakeep, …).

    Each folder the link sits in is a tag, and so is each name in ``TAGS``; the
    ``<DD>`` after a link is its note; ``TOREAD="1"``/``"0"`` says unread/read;
    linkding's ``linkding:bookmarks.archived`` tag means archived, and its
    ``[linkding-notes]…[/linkding-notes]`` are part of the note.
    """
    label, parser = _parse(archive)
    entries = []
    for n, (line, attrs, text, folders, _section) in enumerate(parser.links):
        href = attrs.get("href", "").strip()
        if not href or href.lower().startswith(SKIPPED_SCHEMES):
            continue
        toread = attrs.get("toread", "").strip().lower()
        is_read = {"1": False, "yes": False, "true": False, "0": True, "no": True}.get(toread)
        tags = split_tags([*folders, *split_tags(attrs.get("tags"))])
        archived = any(t.lower() in ARCHIVED_TAGS for t in tags)
        tags = [t for t in tags if t.lower() not in ARCHIVED_TAGS]
        note = parser.descriptions.get(n, "")
        note = note.replace("[linkding-notes]", "\n\n").replace("[/linkding-notes]", "")
        entries.append(
            Entry(
                url=href, where=f"{label} line {line}", title=text, tags=tags,
                saved_at=to_utc(attrs.get("add_date")), is_read=is_read,
                is_archived=True if archived else None, source="bookmarks",
                note=note.strip(),
            )
        )  # fmt: skip
    return entries


def read_html_files(path: Path) -> list[Entry]:
    """A saved page, or every saved page in a folder (and its subfolders)."""
    if path.is_file():
        files = [path]
    else:
        files = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in PAGE_SUFFIXES
            and p.is_file()
            # "Page_files/" holds a browser's copies of the page's frames and assets
            and not any(part.endswith("_files") for part in p.relative_to(path).parts[:-1])
        )
    if not files:
        raise ImportExportError(f"{path} holds no .html pages to import.")
    return [
        Entry(url=f.resolve().as_uri(), where=str(f), title=f.stem, path=f, source="file")
        for f in files
    ]
