"""An article split in twin containers, or cut by a premature end of the page, is read
to the end."""

from __future__ import annotations

import pytest

from reader.core.extract import extract


@pytest.mark.parametrize(
    ("first", "second", "chrome"),
    [
        (
            "The committee heard from farmers who said the drought had cut their harvest by "
            "half, and asked for help with the cost of water",
            "The minister promised a fund for irrigation, though the opposition said it would "
            "come too late for this year's crop",
            "Sign up for our newsletter",
        ),
        (
            "Komite mendengar keterangan para petani yang mengatakan kemarau telah memangkas "
            "panen mereka hingga separuh, dan meminta bantuan biaya air",
            "Menteri menjanjikan dana untuk irigasi, meski pihak oposisi menilai dana itu "
            "datang terlambat untuk musim tanam tahun ini",
            "Berlangganan buletin kami",
        ),
    ],
)
def test_an_article_split_into_twin_containers_is_read_to_the_end(
    first: str, second: str, chrome: str
) -> None:
    def body(text: str) -> str:
        paragraphs = "".join(f"<p>{text} ({i}).</p>" for i in range(5))
        return f'<div class="article-body body__container">{paragraphs}</div>'

    html = (
        "<html><head><title>Drought</title></head><body><header><nav><a href='/'>Home</a>"
        "</nav></header><main><h1>Drought hits farms</h1>"
        f'<div class="grid layout">{body(first)}<aside class="ad-rail">Ad</aside></div>'
        f'<div class="newsletter"><p>{chrome}.</p></div>'
        f'<div class="grid layout">{body(second)}</div>'
        "</main><footer><p>© 2025 The Paper</p></footer></body></html>"
    )
    article = extract(html, "https://example.org/drought")
    assert f"{first} (4)." in article.text
    assert f"{second} (4)." in article.text
    assert article.text.index(first) < article.text.index(second)
    assert chrome not in article.text


def test_an_article_after_a_premature_end_of_the_page_is_read() -> None:
    # a template that closes the document after its header, as browsers forgive
    paragraphs = "".join(
        f"<p>The ferry timetable changes on Monday ({i}), with two more crossings on "
        "weekday evenings and a later boat on Saturdays.</p>"
        for i in range(6)
    )
    html = (
        "<!DOCTYPE html><html><head><title>Ferry timetable</title></head><body>"
        "<header><nav><a href='/'>Home</a></nav></header></body></html>"
        f"<div class='post'><h1>Ferry timetable</h1><div class='content'>{paragraphs}</div>"
        "</div></body></html>"
    )
    article = extract(html)
    assert article.text.count("The ferry timetable changes on Monday") == 6


_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The harbour authority said on Tuesday that the new crane would double the number "
        "of containers the port can handle, a change shippers have demanded for years.",
        "Dockworkers welcomed the investment but asked for training before the machines "
        "arrive, citing the accidents that followed the last upgrade a decade ago.",
        "The crane is due in March and should be working by the summer, officials said, "
        "and a second one may follow if the first meets its targets.",
        "Shipping lines have already asked for more berths, and the authority expects to "
        "decide on a new quay before the end of the year, its director said.",
    )
)


@pytest.mark.parametrize(
    ("lead", "where"),
    [
        (
            "A new crane will double the port's capacity by the summer, the harbour "
            "authority says, but dockworkers want training first.",
            "header",
        ),
        (
            "Ein neuer Kran soll die Kapazität des Hafens bis zum Sommer verdoppeln, sagt die "
            "Hafenbehörde; die Hafenarbeiter fordern zuerst Schulungen.",
            "intro",
        ),
    ],
)
def test_the_standfirst_above_the_body_is_kept(lead: str, where: str) -> None:
    head = "<h1>Port to double its capacity</h1>"
    if where == "header":
        top = f"<header class='article-head'>{head}<p class='dek'>{lead}</p></header>"
    else:
        top = f"<div class='headline'>{head}</div><div class='article-intro'><p>{lead}</p></div>"
    page = (
        "<html><head><title>Port to double its capacity</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main>{top}<div class='article-body'>{_BODY}</div></main>"
        "<footer><p>Contact the newsroom: all rights reserved, 2025.</p></footer>"
        "</body></html>"
    )
    article = extract(page, "https://port.example/news/crane")
    assert article.text.startswith(lead), article.text[:200]
    assert article.text.count(lead) == 1
    assert "harbour authority said on Tuesday" in article.text
    assert "Contact the newsroom" not in article.text


def test_a_teaser_above_the_headline_is_no_standfirst() -> None:
    teaser = (
        "Another story the site promotes: the ferry company raised its prices again this "
        "week, to the anger of the island's commuters."
    )
    page = (
        "<html><head><title>Port to double its capacity</title></head><body>"
        f"<main><div class='promo'><p>{teaser}</p></div>"
        f"<h1>Port to double its capacity</h1><div class='article-body'>{_BODY}</div></main>"
        "</body></html>"
    )
    article = extract(page, "https://port.example/news/crane")
    assert "harbour authority said on Tuesday" in article.text
    assert "ferry company" not in article.text
