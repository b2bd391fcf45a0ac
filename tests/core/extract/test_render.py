"""The clean HTML and text: the safe subset, structure kept, inline markup read as prose."""

from __future__ import annotations

import lxml.html
import pytest
from extract_kit import NAMES, assert_safe, page, report_prose, words

from reader.core.extract import extract


@pytest.mark.parametrize("name", NAMES)
def test_clean_html_is_safe_and_says_what_text_says(name: str) -> None:
    article, expected = page(name)
    assert_safe(article.html)
    root = lxml.html.fragment_fromstring(article.html, create_parent="div")
    for cap in list(root.iter("figcaption")):  # captions are display only, never part of the prose
        cap.drop_tree()
    assert words(" ".join(root.itertext())) == words(article.text)
    # the headline is drawn by the reader view, not repeated in the body
    assert not article.text.startswith(str(expected["title"]))
    assert "<h1" not in article.html
    assert article.text.count("\n\n") >= 4, "paragraphs are separated by blank lines"


def test_structure_is_kept() -> None:
    article, _ = page("en-harbourledger-solar")
    root = lxml.html.fragment_fromstring(article.html, create_parent="div")
    assert [li.text_content() for li in root.iter("li")][1].startswith("an annual wildlife survey")
    assert root.find(".//h2").text == "Objections from anglers and walkers"
    table = lxml.html.fragment_fromstring(
        page("pt-gazetalitoral-cafe")[0].html, create_parent="div"
    )
    assert [td.text for td in table.iter("td")][:2] == ["Alemanha", "3,9"]
    quote = lxml.html.fragment_fromstring(
        page("de-elberundschau-bahn")[0].html, create_parent="div"
    )
    assert "neun Monaten so erneuert" in quote.find(".//blockquote").text_content()


HOSTILE = """<html><head><title>Hostile</title></head><body><article>
<h1>Hostile</h1>
<p>The first paragraph has enough words to be an article, with a
<a href="javascript:alert(1)">bad link</a> and a <a href="/ok" onclick="steal()">good link</a>
that should stay, because links inside the text are part of the article.</p>
<iframe src="https://evil.example/"></iframe><script>alert(1)</script><style>p{}</style>
<p onmouseover="x()">The second paragraph is also long enough to count as prose, and it carries
an event handler that must not survive into the reader view of the application.</p>
<form action="/x"><input name="q"></form>
<p>A third paragraph keeps the page above every threshold the cleaner applies to decide that
there is an article here at all, so that the safety rules are what is tested.</p>
<img src="/pixel.gif" width="1" height="1">
</article></body></html>"""


def test_hostile_markup_is_neutralised() -> None:
    article = extract(HOSTILE, "https://example.org/a/b.html")
    assert "first paragraph" in article.text
    assert_safe(article.html)
    assert "javascript" not in article.html and "alert" not in article.html
    assert 'href="https://example.org/ok"' in article.html
    assert article.images == []


def test_a_post_the_story_quotes_is_kept_as_a_block_quote() -> None:
    """Embedded posts (a tweet the article quotes) are dropped by the first pass as
    widgets; the reader sees them where they stood, with who wrote them."""
    prose = [
        f"Paragraph {i}: the state spent nearly half a million dollars on the campaign, and "
        "people were quick to point out what was wrong with its slogan and its posters."
        for i in range(6)
    ]
    tweet = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Yes '
        "this is real and yes the state paid for it<br>twice: "
        '<a href="https://t.co/x">https://t.co/x</a></p>— Dana Reyes (@danareyes) '
        '<a href="https://twitter.com/danareyes/status/1">November 18, 2019</a></blockquote>'
        "</div>"
    )
    body = (
        "".join(f"<p>{p}</p>" for p in prose[:3])
        + tweet
        + "".join(f"<p>{p}</p>" for p in prose[3:])
    )
    article = extract(f"<html><body><article><h1>Slogan</h1>{body}</article></body></html>")
    quote = "Yes this is real and yes the state paid for it twice: https://t.co/x"
    assert quote in article.text
    assert "— Dana Reyes (@danareyes) November 18, 2019" in article.text
    assert article.text.index(prose[2]) < article.text.index(quote) < article.text.index(prose[3])
    assert "<blockquote><p>Yes this is real" in article.html


def test_a_glossary_tooltip_inside_a_sentence_does_not_glue_into_the_text() -> None:
    tooltip = (
        '<span class="Term_component"><dfn class="Term_term">search engine</dfn>'
        '<span class="Term_tooltip" role="tooltip"><strong>Search Engine</strong><br>A search '
        "engine is a website through which users can search internet content.<br>"
        '<a href="/glossary/search-engine/">Learn more</a></span></span>'
    )
    rest = "".join(
        f"<p>Paragraph {i}: short clips now lead the results pages for most product "
        "searches, and brands that publish them see more visits from them.</p>"
        for i in range(5)
    )
    html = (
        "<html><body><article><h1>Video</h1><p>Video result types were the fastest-growing "
        f"{tooltip} result type analysed in our annual report.</p>{rest}<p>A link styled as a "
        'tooltip is the sentence\'s own: <span class="tooltip"><a href="/fed">the Federal '
        "Reserve Bank of New York</a></span> said so on Monday.</p></article></body></html>"
    )
    text = extract(html).text
    assert "the Federal Reserve Bank of New York said so on Monday." in text
    assert (
        "Video result types were the fastest-growing search engine result type analysed in "
        "our annual report." in text
    )
    assert "through which users" not in text


def test_a_page_laid_out_in_a_table_reads_as_paragraphs_but_a_data_table_stays() -> None:
    """Old templates put the whole post in one cell of a layout table: the reader gets its
    headings and paragraphs, not a table of one cell; a table of data whose cells hold
    paragraphs is still a table."""
    prose = report_prose(6, "tram line")
    data = (
        "<table><tr><th>Stop</th><th>Notes</th></tr>"
        "<tr><td><p>Harbour</p></td><td><p>Step-free.</p><p>Lift to the ferry.</p>"
        "<p>Open all night.</p></td></tr>"
        "<tr><td><p>Old Market</p></td><td><p>Stairs only.</p><p>Closed on Sundays.</p>"
        "<p>Kiosk.</p></td></tr></table>"
    )
    html = (
        "<html><body><table><tr><td class='nav'><a href='/'>Home</a></td><td>"
        "<h1>Tram line</h1>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + "<h2>The new stops</h2>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + data
        + "</td></tr></table></body></html>"
    )
    article = extract(html)
    assert all(p in article.text for p in prose)
    assert "<h2>The new stops</h2>" in article.html or "<h3>The new stops</h3>" in article.html
    assert all(f"<p>{p}</p>" in article.html for p in prose)
    assert article.html.count("<table>") == 1
    assert "<td>Old Market</td>" in article.html


def test_a_jump_link_opening_a_paragraph_goes_but_a_link_in_the_sentence_stays() -> None:
    """ "JUMP TO THE LIST ⤵" before the first sentence is a button to a place on the page;
    a link to a section that is the sentence's own subject stays."""
    prose = report_prose(5, "moving company")
    first = "The moving process in the city can make for an adventure, sometimes welcomed."
    own = "is described in the second part, with the prices of every company we asked."
    html = (
        "<html><body><article><h1>Movers</h1>"
        f"<p><a href='#featured-1'>JUMP TO THE LIST &#x2935;</a> {first}</p>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + f"<p><a href='#method'>Our method</a> {own}</p></article></body></html>"
    )
    article = extract(html)
    assert article.text.startswith(first)
    assert f"<p>{first}</p>" in article.html
    assert "JUMP TO" not in article.text and "JUMP TO" not in article.html
    assert f"Our method {own}" in article.text
    assert all(p in article.text for p in prose)
