"""What a saved article's markup says: its links, and no live HTML or remote images in
what leaves the library (issue 21, items 8, 9 and 10)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from article_kit import article_page

from reader.core.library import Library

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
