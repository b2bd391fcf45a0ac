"""EPUB 3 export: one book, one chapter per article, a table of contents, the images.

The container follows what e-readers check first: ``mimetype`` is the first entry and
stored uncompressed, ``META-INF/container.xml`` points at the package document, which
lists every file (manifest) and the reading order (spine). Chapters are XHTML made
from the clean article HTML with lxml and checked to parse as XML; an EPUB 2 NCX is
included too, for older readers.
"""

from __future__ import annotations

import logging
import uuid
import zipfile
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path

import lxml.etree as etree
import lxml.html
from bs4 import Tag

from reader import __version__
from reader.core.exporters.common import (
    Item,
    asset_file,
    meta_line,
    now_utc,
    rewrite_images,
    staged,
)
from reader.core.exporters.to_html import highlights_html
from reader.core.library import Library
from reader.core.textdir import article_direction, language_direction

log = logging.getLogger(__name__)

#: Image types every EPUB 3 reader must show (others are dropped, their alt text kept).
CORE_IMAGES = {
    "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
    "image/svg+xml": ".svg", "image/webp": ".webp",
}  # fmt: skip
DROP_TAGS = ("script", "style", "iframe", "object", "embed", "form", "input", "button",
             "select", "textarea", "video", "audio", "source", "noscript", "template")  # fmt: skip
CSS = """
body { line-height: 1.5; }
h1 { font-size: 1.5em; line-height: 1.25; }
img { max-width: 100%; height: auto; }
.meta, .source, .tags { font-size: .85em; }
blockquote { margin-left: 1em; padding-left: .8em; border-left: 2px solid #999; }
[dir="rtl"] blockquote { margin-left: 0; margin-right: 1em; padding-left: 0;
  padding-right: .8em; border-left: none; border-right: 2px solid #999; }
.note { font-style: italic; }
""".strip()

XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
lang="{lang}" xml:lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8"/>
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="{css}"/>
</head>
<body>
{body}
</body>
</html>
"""

CONTAINER = """<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""


class EpubBook:
    """An EPUB being written: chapters are added one at a time, then :meth:`close`."""

    def __init__(self, path: Path, title: str, language: str | None) -> None:
        self.path = path
        self.title = title
        self.language = language or "und"
        self.chapters: list[tuple[str, str]] = []  # (file, title)
        self.images: dict[str, str] = {}  # file name -> media type
        self.authors: list[str] = []
        self.identifier = f"urn:uuid:{uuid.uuid4()}"
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
        # The mimetype must come first and be stored, so readers can sniff the file type
        self._zip.writestr(
            zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED
        )
        self._zip.writestr("META-INF/container.xml", CONTAINER)
        self._zip.writestr("OEBPS/style.css", CSS)

    def add(self, lib: Library, item: Item) -> None:
        """Add one article as a chapter, with its images."""
        rec = item.rec
        name = f"text/a{rec.id}.xhtml"
        title = rec.title or item.public_url or "Untitled"
        body = self._chapter_body(lib, item, title)
        direction = article_direction(rec.language, rec.title, rec.text[:400])
        doc = XHTML.format(lang=_attr(rec.language or self.language), title=_text(title),
                           css="../style.css", body=body, dir=direction)  # fmt: skip
        try:
            etree.fromstring(doc.encode("utf-8"))
        except etree.XMLSyntaxError as exc:  # never ship a chapter a reader cannot open
            log.warning("article %d is not valid XHTML (%s); exporting its text only", rec.id, exc)
            doc = XHTML.format(lang=_attr(self.language), title=_text(title), css="../style.css",
                               body=_text_only(item, title), dir=direction)  # fmt: skip
        self._zip.writestr(f"OEBPS/{name}", doc)
        self.chapters.append((name, title))
        for author in rec.authors:
            if author not in self.authors:
                self.authors.append(author)

    def _chapter_body(self, lib: Library, item: Item, title: str) -> str:
        rec = item.rec
        by_path = {img["path"]: img for img in item.images if img.get("path")}

        def include(img: Tag) -> str | None:
            src = str(img.get("src") or "")
            saved = by_path.get(src)
            file = asset_file(lib, src) if saved else None
            mime = str(saved.get("mime") or "") if saved else ""
            if file is None or mime not in CORE_IMAGES:
                return None  # remote images would need the network: keep the alt text
            if file.name not in self.images:
                self._zip.write(file, f"OEBPS/images/{file.name}")
                self.images[file.name] = mime
            return f"../images/{file.name}"

        html = rewrite_images(rec.html, include) if "<img" in rec.html else rec.html
        parts = [f"<h1>{_text(title)}</h1>"]
        meta = meta_line(item)
        if meta:
            parts.append(f'<p class="meta">{_text(" · ".join(meta))}</p>')
        if item.public_url:
            url = item.public_url
            parts.append(f'<p class="source"><a href="{_attr(url)}">{_text(url)}</a></p>')
        if rec.tags:
            parts.append(f'<p class="tags">Tags: {_text(", ".join(rec.tags))}</p>')
        parts.append(to_xhtml(html) if html.strip() else "<p>Only the link was saved.</p>")
        if item.highlights:
            parts.append(to_xhtml(highlights_html(item.highlights, 2)))
        return "<article>\n" + "\n".join(parts) + "\n</article>"

    def close(self) -> None:
        """Write the table of contents and the package document, and finish the file."""
        self._zip.writestr("OEBPS/nav.xhtml", self._nav())
        self._zip.writestr("OEBPS/toc.ncx", self._ncx())
        self._zip.writestr("OEBPS/content.opf", self._opf())
        self._zip.close()

    def abort(self) -> None:
        """Close the file without finishing it (the caller removes it)."""
        self._zip.close()

    def _nav(self) -> str:
        items = "\n".join(
            f'<li><a href="{_attr(name)}">{_text(title)}</a></li>' for name, title in self.chapters
        )
        body = f'<nav epub:type="toc" id="toc">\n<h1>Contents</h1>\n<ol>\n{items}\n</ol>\n</nav>'
        return XHTML.format(lang=_attr(self.language), title="Contents", css="style.css",
                            body=body, dir=language_direction(self.language) or "ltr")  # fmt: skip

    def _ncx(self) -> str:
        points = "\n".join(
            f'<navPoint id="p{n}" playOrder="{n}"><navLabel><text>{_text(title)}</text>'
            f'</navLabel><content src="{_attr(name)}"/></navPoint>'
            for n, (name, title) in enumerate(self.chapters, 1)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n'
            f'<head><meta name="dtb:uid" content="{_attr(self.identifier)}"/></head>\n'
            f"<docTitle><text>{_text(self.title)}</text></docTitle>\n"
            f"<navMap>\n{points}\n</navMap>\n</ncx>\n"
        )

    def _opf(self) -> str:
        manifest = [
            '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
            '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
            '<item id="css" href="style.css" media-type="text/css"/>',
        ]
        spine = ['<itemref idref="nav"/>'] if len(self.chapters) > 1 else []
        for n, (name, _title) in enumerate(self.chapters, 1):
            manifest.append(
                f'<item id="c{n}" href="{_attr(name)}" media-type="application/xhtml+xml"/>'
            )
            spine.append(f'<itemref idref="c{n}"/>')
        for n, (name, mime) in enumerate(sorted(self.images.items()), 1):
            manifest.append(f'<item id="i{n}" href="images/{_attr(name)}" media-type="{mime}"/>')
        creators = "".join(f"<dc:creator>{_text(a)}</dc:creator>\n" for a in self.authors[:20])
        rtl = language_direction(self.language) == "rtl"
        progression = ' page-progression-direction="rtl"' if rtl else ""
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
            f'unique-identifier="bookid" xml:lang="{_attr(self.language)}">\n'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            f'<dc:identifier id="bookid">{self.identifier}</dc:identifier>\n'
            f"<dc:title>{_text(self.title)}</dc:title>\n"
            f"<dc:language>{_text(self.language)}</dc:language>\n"
            f"{creators}"
            f'<meta property="dcterms:modified">{now_utc()}</meta>\n'
            f'<meta name="generator" content="Kliping {_attr(__version__)}"/>\n'
            "</metadata>\n"
            "<manifest>\n" + "\n".join(manifest) + "\n</manifest>\n"
            f'<spine toc="ncx"{progression}>\n' + "\n".join(spine) + "\n</spine>\n</package>\n"
        )


def write_epub(
    lib: Library,
    items: Iterable[Item],
    path: Path,
    *,
    title: str,
    language: str | None,
    done: Callable[[], None],
) -> Path:
    """Write articles into one EPUB book."""
    with staged(path) as tmp:
        book = EpubBook(tmp, title, language)
        try:
            for item in items:
                book.add(lib, item)
                done()
        except BaseException:
            book.abort()
            raise
        book.close()
    return path


def to_xhtml(fragment: str) -> str:
    """An HTML fragment as well-formed XHTML (unsafe and interactive elements dropped)."""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments and processing instructions
            continue
        for attr in list(el.attrib):
            low = attr.lower()
            if low.startswith("on") or ":" in attr or not _xml_name(attr) or low == "style":
                del el.attrib[attr]
    for comment in list(root.iter(etree.Comment)):
        comment.drop_tree()
    # the wrapper <div> keeps leading text and every child in order
    return str(etree.tostring(root, method="xml", encoding="unicode", with_tail=False))


def _xml_name(name: str) -> bool:
    return (
        bool(name)
        and (name[0].isalpha() or name[0] == "_")
        and all(c.isalnum() or c in "-_." for c in name)
    )


def _text_only(item: Item, title: str) -> str:
    paras = "\n".join(
        f"<p>{_text(p.strip())}</p>" for p in item.rec.text.split("\n\n") if p.strip()
    )
    return f"<article>\n<h1>{_text(title)}</h1>\n{paras}\n</article>"


def _text(value: str) -> str:
    return escape(_xml_safe(value), quote=False)


def _attr(value: str) -> str:
    return escape(_xml_safe(value), quote=True)


def _xml_safe(value: str) -> str:
    return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20)
