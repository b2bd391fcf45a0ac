"""Exports as a reader would open them: self-contained HTML, Markdown with its images,
EPUB books e-readers accept, and JSON that brings a library back without loss."""

from __future__ import annotations

import base64
import posixpath
import re
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import lxml.etree as etree
import pytest
from data.exports import builders

from reader.core.errors import ImportExportError
from reader.core.exporters import FORMATS, export
from reader.core.fetch import Fetcher, FetchLimits
from reader.core.importers import detect_format, import_path
from reader.core.library import Library, SaveOptions

try:
    from tests.httpserver import LoopbackServer
except ImportError:
    from httpserver import LoopbackServer  # type: ignore[no-redef]

WEB = ["en-harbourledger-solar", "ja-hokuriku-sake", "fr-courrier-bibliotheques"]
NOTE = 'Note with "quotes", <angle> & emoji 🎉'
OPF = "{http://www.idpf.org/2007/opf}"


class Shelf:
    """A small library: three web articles (tags, states, highlights, images), a
    link-only entry and a page saved from disk."""

    def __init__(self, root: Path, server: LoopbackServer) -> None:
        self.root = root
        self.lib = Library.open(root / "lib", fetcher=Fetcher(FetchLimits(total_timeout=5.0)))
        self.web: list[int] = []
        for n, name in enumerate(WEB):
            opts = SaveOptions(tags=["énergie, long", "日本 🍶"][: n + 1], is_read=n == 1,
                               is_favorite=n == 0, is_archived=n == 2)  # fmt: skip
            result = self.lib.save_url(server.url(f"/pages/{name}.html"), options=opts)
            quote = str(builders.page_facts(name)["must"][0])
            self.lib.add_highlight(result.id, quote, NOTE if n == 0 else "")
            self.web.append(result.id)
        self.link = self.lib.save_link(
            server.url("/status/404"), options=SaveOptions(title='Just a "link"', tags=["x"])
        ).id
        pages = root / "Private Folder" / "saved pages"
        pages.mkdir(parents=True)
        shutil.copy(builders.PAGES / "zh-jiangnan-shuzi.html", pages / "page.html")
        self.local = self.lib.save_file(pages / "page.html").id

    def titles(self, ids: list[int]) -> list[str]:
        return [r.title for r in self.lib.get_many(ids)]


@pytest.fixture(scope="module")
def shelf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shelf]:
    with LoopbackServer() as server:
        made = Shelf(tmp_path_factory.mktemp("shelf"), server)
    yield made
    made.lib.close()


def all_text(path: Path) -> str:
    """Everything written under ``path`` (files, EPUB members), as text."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    out = []
    for f in files:
        if f.suffix == ".epub":
            with zipfile.ZipFile(f) as zf:
                out += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()]
        else:
            out.append(f.read_bytes().decode("utf-8", "replace"))
    return "\n".join(out)


def test_html_selection_is_one_self_contained_page_with_contents(shelf, tmp_path):
    ids = shelf.web
    (page,) = export(shelf.lib, ids, "html", tmp_path / "reading.html")

    text = page.read_text(encoding="utf-8")
    doc = etree.HTML(text)
    toc = doc.xpath("//nav//a")
    assert [a.text for a in toc] == shelf.titles(ids)
    assert [a.get("href") for a in toc] == [f"#a{i}" for i in ids]
    srcs = [img.get("src") for img in doc.xpath("//img")]
    assert srcs and all(s.startswith("data:image/png;base64,") for s in srcs)
    assert base64.b64decode(srcs[0].split(",", 1)[1]).startswith(b"\x89PNG")
    assert "assets/" not in text and "<link" not in text and "<script" not in text
    assert NOTE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in text
    assert "énergie, long" in text


def test_html_one_file_per_article(shelf, tmp_path):
    out = tmp_path / "pages"
    out.mkdir()
    written = export(shelf.lib, [*shelf.web, shelf.link], "html", out, one_file=False)

    assert [p.parent for p in written] == [out] * 4
    assert [p.stem for p in written] == [*shelf.titles(shelf.web), "Just a link"]
    for path in written:
        doc = etree.HTML(path.read_text(encoding="utf-8"))
        assert not doc.xpath("//nav")  # one article: no contents
        assert all(i.get("src").startswith("data:") for i in doc.xpath("//img"))


def test_markdown_with_an_images_folder(shelf, tmp_path):
    (md,) = export(shelf.lib, [shelf.web[0]], "markdown", tmp_path / "solar.md")

    text = md.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: ")
    assert '"énergie-long"' in text.split("---")[1]  # an Obsidian tag: no comma, no space
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)", text)
    assert links and all(link.startswith("images/") for link in links)
    assert all((tmp_path / link).read_bytes().startswith(b"\x89PNG") for link in links)
    assert f"> {builders.page_facts(WEB[0])['must'][0]}" in text
    assert NOTE.replace("<", "&lt;") in text  # shown as written, not read as an HTML tag


def test_markdown_selection_is_one_file(shelf, tmp_path):
    (md,) = export(shelf.lib, shelf.web, "markdown", tmp_path / "all.md")
    text = md.read_text(encoding="utf-8")
    assert text.count("\n---\n") == len(shelf.web) - 1
    for title in shelf.titles(shelf.web):
        assert f"# {title}" in text


def test_epub_book_structure(shelf, tmp_path):
    ids = [*shelf.web, shelf.link]
    (book,) = export(shelf.lib, ids, "epub", tmp_path / "book.epub")

    with zipfile.ZipFile(book) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/epub+zip"
        assert not first.extra  # readers find "application/epub+zip" at byte 38
        assert book.read_bytes()[30:58] == b"mimetypeapplication/epub+zip"
        container = etree.fromstring(zf.read("META-INF/container.xml"))
        (rootfile,) = container.iter("{*}rootfile")
        opf_path = rootfile.get("full-path")
        opf = etree.fromstring(zf.read(opf_path))
        base = opf_path.rsplit("/", 1)[0] + "/"
        assert opf.get("version") == "3.0"
        assert opf.find(f"{OPF}metadata/{{*}}title").text.startswith("Kliping: 4 articles")
        assert opf.find(f"{OPF}metadata/{OPF}meta[@property='dcterms:modified']") is not None
        manifest = {i.get("id"): i for i in opf.iter(f"{OPF}item")}
        for item in manifest.values():
            assert base + item.get("href") in zf.namelist()  # every listed file is there
        listed = {base + i.get("href") for i in manifest.values()}
        assert set(zf.namelist()) - listed == {"mimetype", "META-INF/container.xml", opf_path}
        (nav,) = [i for i in manifest.values() if i.get("properties") == "nav"]
        spine = [manifest[r.get("idref")].get("href") for r in opf.iter(f"{OPF}itemref")]
        chapters = [h for h in spine if h.startswith("text/")]
        assert chapters == [f"text/a{i}.xhtml" for i in ids]
        nav_doc = etree.fromstring(zf.read(base + nav.get("href")))
        entries = nav_doc.findall(".//{*}nav//{*}a")
        assert [a.text for a in entries] == shelf.titles(ids)
        for href in chapters:
            doc = etree.fromstring(zf.read(base + href))  # XHTML parses as XML
            for img in doc.iter("{http://www.w3.org/1999/xhtml}img"):
                target = posixpath.normpath(posixpath.join(base + "text", img.get("src")))
                assert target in zf.namelist()
        images = [i for i in manifest.values() if i.get("media-type") == "image/png"]
        assert len(images) >= 2
        sake = etree.fromstring(zf.read(base + f"text/a{shelf.web[1]}.xhtml"))
        assert sake.get("lang") == "ja"


def test_json_round_trip_into_a_fresh_library_is_lossless(shelf, tmp_path):
    ids = [*shelf.web, shelf.link]
    (dump,) = export(shelf.lib, ids, "json", tmp_path / "backup.json")
    assert detect_format(dump) == "kliping-json"
    fresh = Library.open(tmp_path / "fresh")
    try:
        report = import_path(fresh, dump)
        assert (report.saved, report.failed) == (len(ids), [])
        again = import_path(fresh, dump)
        assert (again.saved, again.duplicates) == (0, len(ids))

        before, after = shelf.lib.get_many(ids), fresh.get_many(fresh.store.all_ids())
        assert len(after) == len(before)
        for old, new in zip(before, after, strict=True):
            assert {**asdict(old), "id": 0} == {**asdict(new), "id": 0}
            strip = lambda rows: [{**r, "id": 0} for r in rows]  # noqa: E731
            assert strip(shelf.lib.highlights(old.id)) == strip(fresh.highlights(new.id))
            assert shelf.lib.images(old.id) == fresh.images(new.id)
            for img in fresh.images(new.id):
                if img["path"]:
                    assert (fresh.asset_path(img["path"]).read_bytes()
                            == shelf.lib.asset_path(img["path"]).read_bytes())  # fmt: skip
            assert shelf.lib.original_html(old.id) == fresh.original_html(new.id)
        assert fresh.search("reservoir").total == 1  # the index knows the imported text
    finally:
        fresh.close()


def test_exports_name_no_local_folder(shelf, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    ids = [shelf.local, *shelf.web]
    for fmt in FORMATS:
        export(shelf.lib, ids, fmt, out / f"everything.{fmt}")
    export(shelf.lib, ids, "markdown", out / "separate", one_file=False)
    text = all_text(out)
    assert "Private Folder" not in text and str(shelf.root) not in text
    assert str(tmp_path) not in text
    assert 'src="assets/' not in text
    assert builders.page_facts("zh-jiangnan-shuzi")["title"] in text


def test_progress_and_default_file_names(shelf, tmp_path):
    seen: list[tuple[int, int]] = []
    (path,) = export(shelf.lib, None, "epub", tmp_path, progress=lambda d, t: seen.append((d, t)))
    total = shelf.lib.count()
    assert seen == [(n, total) for n in range(total + 1)]
    assert path.parent == tmp_path and path.name.startswith("Kliping ")
    (single,) = export(shelf.lib, [shelf.web[0]], "html", tmp_path)
    assert single.name == f"{shelf.titles([shelf.web[0]])[0]}.html"
    (second,) = export(shelf.lib, [shelf.web[0]], "html", tmp_path)
    assert second.name == f"{shelf.titles([shelf.web[0]])[0]} (2).html"
    (made,) = export(shelf.lib, shelf.web, "json", tmp_path / "Kliping export")
    assert made.parent == tmp_path / "Kliping export" and made.suffix == ".json"
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # one file, images inside


def test_export_errors(shelf, tmp_path):
    with pytest.raises(ImportExportError, match="pdf"):
        export(shelf.lib, None, "pdf", tmp_path / "x.pdf")
    with pytest.raises(ImportExportError, match="no article 999"):
        export(shelf.lib, [shelf.web[0], 999], "html", tmp_path / "x.html")
    assert list(tmp_path.iterdir()) == []  # nothing half written
