"""Decoding and parsing: charsets, mojibake, broken markup that must not swallow the article."""

from __future__ import annotations

import pytest
from extract_kit import assert_safe, report_prose

from reader.core.extract import extract


def test_malformed_html_still_gives_the_article() -> None:
    prose = "This sentence belongs to an article that was written with broken markup. " * 6
    html = f"<html><body><div><p>{prose}<p>{prose}<div><b>{prose}</i></td></table><p>{prose}"
    article = extract(html)
    assert "broken markup" in article.text
    assert_safe(article.html)


@pytest.mark.parametrize(
    "opener",
    [
        "<svg viewBox='0 0 10 10'><path d='M0 0h10'>",
        "<footer><a href='/'>Home</a>",
        "<label>Search",
    ],
    ids=["svg", "footer", "label"],
)
def test_an_unclosed_icon_footer_or_label_does_not_take_the_article_with_it(
    opener: str,
) -> None:
    paragraphs = "".join(
        f"<p>The river rose two metres overnight and the town closed its old bridge ({i}), "
        "while engineers checked the piers.</p>"
        for i in range(6)
    )
    html = f"<html><body>{opener}<article><h1>Flood</h1>{paragraphs}</article></body></html>"
    article = extract(html)
    assert "closed its old bridge (5)" in article.text


def test_bytes_are_decoded_by_their_declared_charset() -> None:
    prose = "Grüße aus Köln: Die Straßenbahn fährt wieder über die Brücke am Rhein. " * 8
    html = (
        '<html><head><meta charset="iso-8859-1"></head>'
        f"<body><article><p>{prose}</p><p>{prose}</p></article></body></html>"
    )
    article = extract(html.encode("iso-8859-1"))
    assert "Grüße aus Köln" in article.text


def test_utf8_read_with_the_wrong_charset_is_repaired() -> None:
    prose = [
        f"Paragraph {i}: the café on the corner doesn’t open before nine — «c’est la vie», "
        "says the owner, who has run it for thirty years with her brother."
        for i in range(5)
    ]
    body = "".join(f"<p>{p}</p>" for p in prose)
    # a UTF-8 page whose <meta> says Latin-1, and a page a CMS stored twice-encoded
    declared = f'<html><head><meta charset="windows-1252"></head><body><article>{body}'
    declared += "</article></body></html>"
    twice = "<html><body><article><h1>Café</h1>"
    twice += body.encode("utf-8").decode("cp1252") + "</article></body></html>"
    # ... and one that wrote the twice-encoded characters as references
    references = twice.replace("â€™", "&acirc;&euro;&trade;").replace("â€”", "&acirc;&euro;&rdquo;")
    assert "&euro;" in references
    for html in (declared.encode("utf-8"), twice, references):
        text = extract(html).text
        assert prose[0] in text and prose[4] in text
        assert "â€" not in text and "Ã©" not in text
    # French quotes after an accented letter look like the pattern and are left alone
    assert prose[2] in extract(f"<html><body><article>{body}</article></body></html>").text


def test_an_article_parsed_into_an_unclosed_menu_item_keeps_its_paragraphs() -> None:
    """A template that leaves a menu item open puts the page's <main> inside the menu: the
    reader still gets the article's paragraphs, not one list item with the share buttons in
    it."""
    prose = report_prose(6, "tax deadline")
    html = (
        "<html><body><header><nav><ul class='menu'><li><a href='/tax'>Tax</a>"
        "<div class='dropdown'><ul><li><a href='/credits'>Credits</a></li></ul>"
        "<li><a href='/life'>Life</a><div class='dropdown'>"
        "<main><article><h1>Tax deadline</h1>"
        "<div class='share'><a href='/fb'>Share on Facebook</a> <a href='/x'>Share on X</a>"
        "</div>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + "</article></main><footer><p>© 2026 Harbour Post</p></footer></body></html>"
    )
    article = extract(html)
    assert article.text.split("\n\n") == prose
    assert all(f"<p>{p}</p>" in article.html for p in prose)
