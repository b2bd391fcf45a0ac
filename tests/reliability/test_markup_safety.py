"""What a saved article's markup says: its links, and no live HTML or remote images in
what leaves the library (issue 21, items 8, 9 and 10)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from article_kit import article_page
from reliability_kit import Cli

from reader.core.library import Library

try:
    from tests.httpserver import tiny_png
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import tiny_png  # type: ignore[no-redef]

pytestmark = pytest.mark.reliability

_LINKS = (
    '<p>The engineers published <a target="_blank" href="https://example.org/report.pdf">'
    'their full report</a> and <a href="https://example.org/minutes" target="_blank" '
    'rel="noopener">the minutes</a> of the meeting.</p>'
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close()


def _hrefs(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"', html)


def test_links_that_open_a_new_window_keep_their_address(library: Library, http_server) -> None:
    url = http_server.set("/news/ferry", article_page("Ferry timetable", body=_LINKS))
    rec = library.get(library.save_url(url).id)
    assert _hrefs(rec.html) == ["https://example.org/report.pdf", "https://example.org/minutes"]


def test_links_in_a_saved_file_are_kept(library: Library, tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(article_page("Ferry timetable", body=_LINKS), encoding="utf-8")
    rec = library.get(library.save_file(page).id)
    assert _hrefs(rec.html) == ["https://example.org/report.pdf", "https://example.org/minutes"]


# -- 8 and 9: what leaves the library ----------------------------------------------------------

_HOSTILE_TEXT = (
    "<p>The attacker typed &lt;script&gt;alert(1)&lt;/script&gt; into the form, then "
    "&lt;img src=x onerror=alert(1)&gt; and &amp;lt;b&amp;gt; for good measure.</p>"
)


def _rendered(markdown: str) -> str:
    """What a CommonMark viewer (raw HTML allowed, as GitHub's and most editors') shows."""
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark").render(markdown))


def _remote_references(html: str) -> list[str]:
    """Every address in ``html`` that a browser would fetch on opening it."""
    from bs4 import BeautifulSoup

    found = []
    for el in BeautifulSoup(html, "html.parser").find_all(True):
        for attr in ("src", "srcset", "poster", "data", "background"):
            value = str(el.get(attr) or "")
            if value and not value.startswith(("data:", "images/", "../images/")):
                found.append(f"<{el.name} {attr}={value}>")
        if el.name == "link" and el.get("href"):
            found.append(f"<link href={el.get('href')}>")
    return found


@pytest.fixture
def cli_library(tmp_path: Path, http_server) -> Cli:
    http_server.set("/img/pier.png", tiny_png(), content_type="image/png")
    figures = (
        '<figure><img src="/img/pier.png" alt="The northern pier"></figure>'
        '<figure><img src="/img/gone.png" alt="The old lighthouse"><figcaption>Gone</figcaption>'
        '</figure><p>Without words: <img src="/img/gone-too.png"> there.</p>'
    )
    page = article_page("Escaping &lt;b&gt; in titles", body=_HOSTILE_TEXT + figures)
    cli = Cli(tmp_path, tmp_path / "lib")
    added = cli.run("add", http_server.set("/news/hostile", page))
    assert added.returncode == 0 and "2 images missing" in added.stdout, added
    return cli


def test_exports_reference_only_what_they_hold(cli_library: Cli, tmp_path: Path) -> None:
    cli = cli_library
    html_out, md_dir = tmp_path / "out.html", tmp_path / "md"
    assert cli.run("export", "--format", "html", "--all", "-o", str(html_out)).returncode == 0
    made = cli.run("export", "--format", "markdown", "--all", "--separate", "-o", str(md_dir))
    assert made.returncode == 0, made.stderr
    exported_html = html_out.read_text(encoding="utf-8")
    (md_file,) = md_dir.glob("*.md")
    markdown = md_file.read_text(encoding="utf-8")
    for html in (exported_html, _rendered(markdown)):
        assert _remote_references(html) == []
        assert "The old lighthouse" in html  # the missing image's alt text stays
        assert "/img/gone.png" in html  # …as a link to it, which fetches nothing
    assert exported_html.count('src="data:image/png') == 1  # the saved image is embedded
    assert [p.name for p in (md_dir / "images").iterdir()] and "](images/" in markdown


def test_markdown_shows_escaped_text_as_text(cli_library: Cli, tmp_path: Path) -> None:
    cli = cli_library
    shown = cli.run("show", "1", "--format", "markdown")
    assert shown.returncode == 0, shown.stderr
    out = tmp_path / "out.md"
    assert cli.run("export", "--format", "markdown", "--all", "-o", str(out)).returncode == 0
    for markdown in (shown.stdout, out.read_text(encoding="utf-8")):
        html = _rendered(markdown)
        assert "<script" not in html and "onerror=alert(1)>" not in html
        assert "<b>" not in html
        # the reader sees exactly what the page said
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
        assert "&amp;lt;b&amp;gt;" in html
        assert "Escaping &lt;b&gt; in titles" in html
