"""Metadata: title, authors, date, site name and language of the saved page."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_kit import NAMES, page

from reader.core.extract import extract


@pytest.mark.parametrize("name", NAMES)
def test_metadata(name: str) -> None:
    article, expected = page(name)
    assert article.title == expected["title"]
    assert article.site_name == expected["site_name"]
    assert article.authors == expected["authors"]
    assert article.published == dt.date.fromisoformat(str(expected["published"]))
    assert article.language == expected["language"]
    assert article.canonical_url and article.canonical_url.startswith("https://")
    assert article.description
    assert article.lead_image == "http://127.0.0.1:8765" + str(expected["image"])


def test_language_comes_from_the_text_when_the_template_declares_another() -> None:
    prose = (
        "Pemerintah daerah akan membangun jembatan baru di atas sungai itu tahun depan, "
        "karena jembatan lama sudah tidak aman dilalui kendaraan berat. "
    ) * 5
    html = f'<html lang="en"><body><article><p>{prose}</p><p>{prose}</p></article></body></html>'
    assert extract(html).language == "id"
