"""The date, when the page's markup gives none."""

from __future__ import annotations

import datetime as dt

from reader.core.extract import extract


def test_the_date_comes_from_the_dateline_when_the_markup_has_none() -> None:
    prose = "".join(
        f"<p>Paragraph {i}: the council voted to rebuild the harbour wall before the winter "
        "storms, after a survey found three cracks in the old stones.</p>"
        for i in range(5)
    )
    html = (
        "<html><body><article><h1>Harbour wall</h1><p>Updated: March 5, 2024</p>"
        f"<p>Posted on January 22nd, 2019</p>{prose}</article></body></html>"
    )
    article = extract(html)
    assert article.published == dt.date(2019, 1, 22)
    assert "Posted on" not in article.text and "Updated:" not in article.text
