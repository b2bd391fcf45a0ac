"""Figures: the article's images come back with their captions, without photo credits."""

from __future__ import annotations

import lxml.html
import pytest
from extract_kit import NAMES, page


@pytest.mark.parametrize("name", NAMES)
def test_figure_kept_with_caption_and_without_credit(name: str) -> None:
    article, expected = page(name)
    image = "http://127.0.0.1:8765" + str(expected["image"])
    assert article.images == [image], "only the article's image, not logos, thumbnails or pixels"
    root = lxml.html.fragment_fromstring(article.html, create_parent="div")
    fig = root.find(".//figure")
    assert fig is not None and fig.find("img").get("src") == image
    assert fig.findtext("figcaption") == expected["caption"]
