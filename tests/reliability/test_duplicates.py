"""Distinct articles are never taken for one (issue 21, item 2).

The duplicate check believes an address, and a canonical URL only when it could be the
page's own (same site, not the home page, not a list of articles) and the page agrees
with the article already saved under it. ``<base href>`` is never an address. An import
says so when it takes an entry for a saved article with another title.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from article_kit import article_page
from reliability_kit import Cli

from reader.core.library import Library

try:
    from tests.httpserver import LoopbackServer
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer  # type: ignore[no-redef]

pytestmark = pytest.mark.reliability

TITLES = ["Ferry timetable changes", "Pier repairs take three years", "Winter storms ahead"]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close()


def _save_all(lib: Library, server: LoopbackServer, head: str) -> list[str]:
    """Save one page per title, each with ``head`` (``{root}`` is the site's home)."""
    messages = []
    for n, title in enumerate(TITLES):
        page = article_page(title, head=head.format(root=server.url("/"), n=n))
        messages.append(lib.save_url(server.set(f"/news/2026/story-{n}", page)).message)
    return messages


@pytest.mark.parametrize(
    "head",
    [
        '<base href="{root}">',
        '<link rel="canonical" href="{root}">',
        '<meta property="og:url" content="{root}">',
        '<link rel="canonical" href="{root}news/">',  # the section the pages are in
        '<link rel="canonical" href="{root}tag/harbour">',  # a list of articles
        '<link rel="canonical" href="http://elsewhere.example/story">',  # another site
        '<meta property="og:url" content="{root}news/2026/story-0">',  # another article
    ],
    ids=["base", "canonical-root", "og-root", "section", "listing", "foreign", "other"],
)
def test_pages_that_name_another_address_are_saved_apart(
    library: Library, http_server: LoopbackServer, head: str
) -> None:
    messages = _save_all(library, http_server, head)
    assert [m.split(":")[0] for m in messages] == ["Saved 1", "Saved 2", "Saved 3"], messages
    assert sorted(r.title for r in library.list()) == sorted(TITLES)


def test_a_believable_canonical_url_still_finds_the_saved_article(
    library: Library, http_server: LoopbackServer
) -> None:
    story = http_server.set("/news/2026/ferry", article_page(TITLES[0]))
    first = library.save_url(story)
    # the same article under another address (an AMP copy, a print view) naming it
    amp_page = article_page(TITLES[0], head=f'<link rel="canonical" href="{story}">')
    amp = library.save_url(http_server.set("/amp/news/2026/ferry", amp_page))
    assert amp.status == "duplicate" and amp.id == first.id
    # …and the other way round: saving the address a saved copy names as its canonical
    copy = article_page(TITLES[1], head=f'<link rel="canonical" href="{story}-2">')
    saved_copy = library.save_url(http_server.set("/print/ferry-2", copy))
    again = library.save_url(http_server.set("/news/2026/ferry-2", article_page(TITLES[1])))
    assert again.status == "duplicate" and again.id == saved_copy.id
    assert library.count() == 2


def test_saved_files_with_base_and_home_page_canonical_import_as_distinct_articles(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    heads = [
        '<base href="https://site.example/">',
        '<link rel="canonical" href="https://site.example/">',
        '<base href="https://site.example/"><meta property="og:url" content="https://site.example/">',
    ]
    for n, (title, head) in enumerate(zip(TITLES, heads, strict=True)):
        (folder / f"page-{n}.html").write_text(article_page(title, head=head), encoding="utf-8")
    cli = Cli(tmp_path, tmp_path / "lib")
    result = cli.run("import", str(folder))
    assert "3 saved, 0 already in the library" in result.stdout, result.stdout
    assert result.returncode == 0, result.stderr
    listed = cli.run("list").stdout
    assert all(title in listed for title in TITLES), listed


def test_a_saved_file_whose_canonical_names_another_article_is_kept(
    library: Library, http_server: LoopbackServer, tmp_path: Path
) -> None:
    story = http_server.set("/news/2026/ferry", article_page(TITLES[0]))
    library.save_url(story)
    page = tmp_path / "storms.html"
    page.write_text(
        article_page(TITLES[2], head=f'<link rel="canonical" href="{story}">'), encoding="utf-8"
    )
    result = library.save_file(page)
    assert result.status == "saved", result.message
    assert library.get(result.id).url.startswith("file:")  # not passed off as the ferry story
    # the same file again is the same article
    assert library.save_file(page).status == "duplicate"


def test_an_import_says_when_an_entry_is_taken_for_an_article_with_another_title(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    url = http_server.set("/news/2026/ferry", article_page(TITLES[0]))
    cli = Cli(tmp_path, tmp_path / "lib")
    assert cli.run("add", url).returncode == 0
    bookmarks = tmp_path / "bookmarks.html"
    bookmarks.write_text(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
        f'<DT><A HREF="{url}?utm_source=feed">Council approves the new lighthouse</A>\n</DL>\n',
        encoding="utf-8",
    )
    result = cli.run("import", str(bookmarks))
    assert "0 saved, 1 already in the library" in result.stdout, result.stdout
    said = [ln for ln in result.stdout.splitlines() if "Council approves" in ln]
    assert len(said) == 1 and "'Ferry timetable changes'" in said[0], result.stdout
    assert "under another title" in result.stdout
