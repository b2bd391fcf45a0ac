"""The extraction pipeline end to end: the first pass, its fallbacks, and pages with no article."""

from __future__ import annotations

import json

import pytest
from extract_kit import NAMES, PAGES, assert_safe, page, report_prose
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.extract import Article, extract


def test_there_are_pages_in_many_languages() -> None:
    langs = {
        json.loads((PAGES / f"{n}.json").read_text(encoding="utf-8"))["language"] for n in NAMES
    }
    assert {"id", "en", "de", "ru", "es", "fr", "zh"} <= langs


@pytest.mark.parametrize("name", NAMES)
def test_article_text_is_kept_and_chrome_removed(name: str) -> None:
    article, expected = page(name)
    for snippet in expected["must"]:  # type: ignore[union-attr]
        assert snippet in article.text, f"missing: {snippet!r}"
    low = article.text.lower()
    leaked = [s for s in expected["must_not"] if s.lower() in low]  # type: ignore[union-attr]
    assert not leaked, f"chrome leaked into the text: {leaked}"
    assert article.reason is None


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t ",
        b"",
        "<html><head><script>var a = 1;</script></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        b"\x00\x01\x02\xff\xfe garbage",
        "<<<<>>>> </p></div></div><p",
    ],
)
def test_no_article_gives_a_reason(html: str | bytes) -> None:
    article = extract(html)
    assert article.text == "" and article.html == ""
    assert article.reason


def test_a_page_dumped_as_one_paragraph_is_replaced_by_a_structured_pick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the first pass falls back to the whole page's text in one block (trafilatura's
    baseline), the reader gets a pick that keeps the article's paragraphs instead."""
    import types

    from lxml import etree

    from reader.core.extract.passes import Passes

    paragraphs = [
        f"Paragraph {i} of the report explains one more step of the plan the council "
        "adopted, with the figures the treasurer gave and what residents asked for. " * 3
        for i in range(12)
    ]
    menu = " ".join(f"Section {i}" for i in range(60))

    def body(*texts: str) -> etree._Element:
        root = etree.Element("body")
        for text in texts:
            etree.SubElement(root, "p").text = text
        return root

    def first_pass(root: object, url: object, **options: object) -> object:
        if options.get("fast"):  # the dump: menu and article in one paragraph
            return types.SimpleNamespace(body=body(menu + " " + " ".join(paragraphs)))
        return types.SimpleNamespace(body=body(*paragraphs))

    monkeypatch.setattr(Passes, "body", lambda self, **o: first_pass(self.root, self.url, **o).body)
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    article = extract(html)
    assert article.text.count("\n\n") == len(paragraphs) - 1
    assert "Section 7" not in article.text


def test_a_dump_nothing_can_replace_keeps_its_sentences_not_its_menu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    from lxml import etree

    from reader.core.extract.passes import Passes

    sentences = [
        "A equipe do serviço de atendimento registrou nesta manhã o arrombamento de dois "
        "dos cinco automóveis da unidade.",
        "Os veículos estavam sem as baterias e com marcas de depredação, e a polícia foi até "
        "o local para verificar o caso.",
    ]
    menu = [f"Secretaria {i}" for i in range(150)] + ["Acessar", "Cadastre-se", "MENU"]

    def first_pass(root: object, url: object, **options: object) -> object:
        body = etree.Element("body")
        etree.SubElement(body, "p").text = "\n".join([*menu[:80], *sentences, *menu[80:]])
        return types.SimpleNamespace(body=body)

    monkeypatch.setattr(Passes, "body", lambda self, **o: first_pass(self.root, self.url, **o).body)
    monkeypatch.setattr(Passes, "readability", lambda self: None)
    article = extract("<html><body><p>" + " ".join(menu + sentences) + "</p></body></html>")
    assert article.text == "\n\n".join(sentences)


def test_a_fragment_picked_by_the_first_pass_gives_way_to_the_whole_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On some templates every trafilatura pass stops at a promo box or the article's
    first section; a clearly longer pick of prose (readability's) replaces it, but a
    longer pick made of links (a teaser list) does not."""
    import types

    from lxml import etree

    from reader.core.extract.passes import Passes

    promo = [
        "Centralise, simplify and scale your training: our academy sends the invitations, "
        "certificates and reminders for you.",
        "Save time on administration and spend it on the work that matters to learners.",
    ]
    paragraphs = [
        f"Step {i}: the volunteers restored the old irrigation channels that farmers had "
        "left after the floods, and counted what it cost them in time and in money."
        for i in range(14)
    ]

    def body(*texts: str, link: bool = False) -> etree._Element:
        root = etree.Element("body")
        for text in texts:
            p = etree.SubElement(root, "p")
            if link:
                etree.SubElement(p, "a", href="/x").text = text
            else:
                p.text = text
        return root

    def first_pass(root: object, url: object, **options: object) -> object:
        return types.SimpleNamespace(body=body(*promo))

    monkeypatch.setattr(Passes, "body", lambda self, **o: first_pass(self.root, self.url, **o).body)
    monkeypatch.setattr(Passes, "readability", lambda self: body(*paragraphs))
    html = (
        "<html><body><div class='content'>" + "".join(f"<p>{p}</p>" for p in promo)
        + "</div><div class='bard'>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></body></html>"
    )  # fmt: skip
    article = extract(html)
    assert all(p in article.text for p in paragraphs)
    assert "Centralise" not in article.text

    teasers = lambda self: body(*paragraphs, link=True)  # noqa: E731
    monkeypatch.setattr(Passes, "readability", teasers)
    assert extract(html).text == "\n\n".join(promo)


def test_a_pick_that_kept_the_paragraphs_but_not_the_lists_gets_the_full_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trafilatura's fast pass sometimes keeps a review's paragraphs and drops its lists of
    features; the words in the page's list items show that it missed them."""
    import types

    from lxml import etree

    from reader.core.extract.passes import Passes

    paragraphs = [
        f"App {i} is the first name many freelancers think of, and after three months of "
        "use we understand why: it is quick, it is clear and it rarely gets in the way of "
        "the work, though its prices went up again this spring."
        for i in range(8)
    ]
    features = [
        f"Feature {i}: it creates invoices that carry your brand, sends the reminders on "
        "its own and shows what each client still owes you this month."
        for i in range(30)
    ]

    def body(with_lists: bool) -> etree._Element:
        root = etree.Element("body")
        for i, text in enumerate(paragraphs):
            etree.SubElement(root, "p").text = text
            if with_lists:
                ul = etree.SubElement(root, "ul")
                for feature in features[i * 3 : i * 3 + 3]:
                    etree.SubElement(ul, "li").text = feature
        return root

    def first_pass(root: object, url: object, **options: object) -> object:
        return types.SimpleNamespace(body=body(with_lists=not options.get("fast")))

    monkeypatch.setattr(Passes, "body", lambda self, **o: first_pass(self.root, self.url, **o).body)
    page = "".join(
        f"<p>{p}</p><ul>" + "".join(f"<li>{f}</li>" for f in features[i * 3 : i * 3 + 3])
        + "</ul>"
        for i, p in enumerate(paragraphs)
    )  # fmt: skip
    article = extract(f"<html><body><article>{page}</article></body></html>")
    assert "Feature 23" in article.text and paragraphs[7] in article.text


def test_lists_and_subheadings_the_first_pass_left_out_of_the_body_come_back() -> None:
    """A body trafilatura cannot name (Webflow's ``w-richtext``) gets its paragraphs-only
    fallback; the lists and subheadings between those paragraphs are read from the page."""
    prose = [
        f"Paragraph {i}: cloud computing lets businesses and people use powerful computers "
        "on demand and pay only for what they use, instead of buying their own machines."
        for i in range(6)
    ]
    features = (
        "<h3>Benefits of cloud computing</h3><ul role='list'><li><strong>Cost</strong>: it "
        "removes the need for expensive hardware and its upkeep.</li><li><strong>Scale"
        "</strong>: resources grow or shrink with what the business needs.</li></ul>"
    )
    related = "".join(f'<li><a href="/post/{i}">Another post number {i}</a></li>' for i in range(4))
    html = (
        "<html><body><div class='w-richtext'>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + features
        + "".join(f"<p>{p}</p>" for p in prose[3:5])
        + f"<ul>{related}</ul><p>{prose[5]}</p></div></body></html>"
    )
    text = extract(html).text
    assert "Benefits of cloud computing" in text
    assert "Cost: it removes the need for expensive hardware" in text
    assert text.index(prose[2]) < text.index("Scale: resources grow") < text.index(prose[3])
    assert "Another post" not in text


def test_paragraphs_a_template_wraps_in_its_own_boxes_come_back_but_cards_do_not() -> None:
    """trafilatura drops a listicle's slides (by their class); the paragraphs and lists
    between the ones it kept are read from the page, unless they sit in a teaser card, a
    caption or a photo gallery."""
    prose = [
        f"Paragraph {i}: the council approved the new bus routes on Monday after months of "
        "debate, and the first buses will run in the spring."
        for i in range(6)
    ]
    slide = (
        "<div class='listicle-slide'><div class='css-1abc'><div class='css-2def'><p>Night "
        "buses: the plan also adds late services on the two busiest lines, which riders had "
        "asked for in a petition last year.</p></div></div></div>"
        "<div class='listicle-slide'><div class='css-3ghi'><ul><li>Line 4 runs every ten "
        "minutes until midnight on weekdays.</li><li>Line 9 gets a new stop at the hospital "
        "and the university campus.</li></ul></div></div>"
    )
    gallery = (
        "<div class='listicle-slide'><div class='asset_gallery'><ul><li>The mayor rides the "
        "first electric bus past the town hall. (Photo: City Press)</li><li>Drivers train on "
        "the new route. (Photo: City Press)</li></ul></div></div>"
    )
    card = (
        "<div class='teaser-card'><a href='/trams'><p>Trams are coming back to the old town "
        "after forty years, and this is what the first line will look like.</p></a></div>"
    )
    caption = (
        "<div class='image-caption'><p>Riders wait for the number 12 at the central station "
        "on a wet Monday morning before the vote.</p></div>"
    )
    html = (
        "<html><body><main><article><h1>Buses</h1><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + slide
        + gallery
        + card
        + caption
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + "</div></article></main></body></html>"
    )
    text = extract(html).text
    assert (
        text.index(prose[2]) < text.index("Night buses: the plan also adds") < text.index(prose[3])
    )
    assert "Line 9 gets a new stop at the hospital" in text
    assert "Trams are coming back" not in text
    assert "Riders wait" not in text
    assert "The mayor rides" not in text


def test_a_long_paragraph_the_template_repeats_is_shown_once_but_code_twice() -> None:
    long = (
        "Labour costs: skilled labour in California is expensive because demand is high and "
        "licences are strict, so labour is about sixty per cent of most remodelling budgets, "
        "and the share grows in the coastal cities where most contractors are booked for "
        "months ahead and charge for the wait as much as for the work itself."
    )
    code = '{ "id": "ch_3", "object": "charge", "amount": 1099, "currency": "usd" }'
    prose = "".join(
        f"<p>Paragraph {i}: a kitchen remodel in the state costs between thirty and ninety "
        "thousand dollars, depending on the size of the room and the finishes.</p>"
        for i in range(4)
    )
    html = (
        f"<html><body><article><h1>Costs</h1>{prose}<p>{long}</p><pre>{code}</pre>"
        f"<p>{long}</p><pre>{code}</pre><p>{long}</p></article></body></html>"
    )
    text = extract(html).text
    assert text.count("Labour costs: skilled labour") == 1
    assert text.count('"amount": 1099') == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000)))
def test_extract_never_raises_on_arbitrary_input(data: str | bytes) -> None:
    article = extract(data, "https://example.org/")
    assert isinstance(article, Article)
    assert article.text or article.reason
    assert_safe(article.html)


TAGS = st.sampled_from(
    ["p", "div", "a", "b", "i", "script", "table", "td", "ul", "li", "h2", "img", "article"]
)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(TAGS)
        kind = draw(st.integers(0, 2))
        if kind == 0:
            parts.append(f"<{tag} href='{draw(st.text(max_size=8))}' onclick='x()'>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=60)))
    return "<html><body>" + "".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup())
def test_extract_never_raises_on_tag_soup(html: str) -> None:
    article = extract(html, "https://example.org/a/")
    assert article.text or article.reason
    assert_safe(article.html)


def test_the_headline_row_and_the_authors_box_go_but_an_authors_introduction_stays() -> None:
    """A header table's row that repeats the headline beside its date is not the article;
    the label the template puts before the author's name is not part of it; the author's
    box in the first person after the article goes, while the same introduction opening
    the article stays."""
    prose = report_prose(8, "night buses")
    intro = (
        "I'm Dewi Lestari, and I have ridden the night buses every week for ten years, so I "
        "know what the new timetable changes for the people who work late."
    )
    bio = (
        "Hi, I'm Dewi Lestari, and I oversee all transport coverage at Harbour Post. When I am "
        "not on a bus, you will find me in the archive."
    )
    html = (
        "<html><head><title>Night buses</title></head><body><article>"
        "<table><tr><td>Night buses</td><td>January 22nd, 2026</td></tr>"
        "<tr><td></td><td>transport</td></tr></table>"
        "<div class='byline'><span class='author'>Author Dewi Lestari</span></div>"
        f"<p>{intro}</p>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + f"<h3>Who wrote this article?</h3><p>{bio}</p></article></body></html>"
    )
    article = extract(html)
    assert article.authors == ["Dewi Lestari"]
    assert intro in article.text
    assert all(p in article.text for p in prose)
    assert "January 22nd" not in article.text
    assert "oversee all transport coverage" not in article.text
