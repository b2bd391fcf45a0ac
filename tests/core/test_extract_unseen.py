"""The cleaner on kinds of page its rules were not written for: decomposed and invisible
characters, very short pages, unspaced scripts with their portals' chrome, class words and
text shapes that sit on real content, and a first pick that is not the article."""

from __future__ import annotations

import unicodedata

from reader.core.extract import count_words, extract
from reader.core.extract.blocks import Block
from reader.core.extract.continuation import gaps
from reader.core.extract.figures import index_page
from reader.core.extract.parse import parse


def _story(n: int, topic: str) -> list[str]:
    return [
        f"Paragraph {i}: the {topic} was discussed at length by the residents who came to "
        "the hall on Thursday evening, and most of them asked for a second meeting."
        for i in range(n)
    ]


def test_text_is_composed_and_invisible_characters_are_gone_but_joiners_stay() -> None:
    """Decomposed accents reach the reader composed; soft hyphens, zero-width spaces and
    word joiners (as characters or as references) no longer break words in the text, the
    HTML or the word count; the zero-width non-joiner that spells a Persian word stays."""
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "می‌خواهم": ZWNJ inside
    html = (
        "<html><body><article><h1>Prüfung</h1>"
        "<p>Die Qualita\u0308t wurde gepru\u0308ft. Wäh\u00adrend der Prü&shy;fung blieb die "
        "An&#173;lage in Be&#x200B;trieb, sagte der Lei\u200bter des Werks am Montag.</p>"
        "<p>Der Bericht nennt das Ergebnis \u2060erfreulich\ufeff und kündigt eine zweite "
        f"Messung im Herbst an. Zitat des Gastes: {persian}.</p>"
        "</article></body></html>"
    )
    article = extract(html)
    for out in (article.text, article.html):
        assert unicodedata.is_normalized("NFC", out)
        assert "Qualität wurde geprüft" in out
        assert "Während der Prüfung" in out
        assert "Anlage in Betrieb" in out and "Leiter des Werks" in out
        assert "\u00ad" not in out and "\u200b" not in out and "\u2060" not in out
        assert "\ufeff" not in out
        assert persian in out
    assert count_words(article.text) == len(article.text.split())


def test_a_page_of_a_title_and_one_short_paragraph_gives_the_paragraph() -> None:
    """The first pass reads the headline and a short notice as one paragraph: the notice is
    the article (without the headline), not a row of the headline's details."""
    for body in (
        "<h1>Road closed</h1><p>Closed until Friday.</p>",
        "<h2>Road closed</h2><p>The bridge on Mill Street is closed until Friday for repairs.</p>",
    ):
        html = f"<html><head><title>Road closed</title></head><body>{body}</body></html>"
        article = extract(html, "https://example.org/notice")
        assert article.reason is None
        assert article.title == "Road closed"
        assert article.text.startswith("Closed until Friday") or article.text.startswith(
            "The bridge on Mill Street"
        )
        assert "Road closed" not in article.text and "Road closed" not in article.html


def test_one_word_measure_counts_unspaced_scripts_as_the_words_they_stand_for() -> None:
    """The same sentence is about as many words in every script: Chinese, Japanese and Thai
    by their characters, Korean (which spaces its words) by its spaces, and punctuation
    between ideographs is no word."""
    english = "The city opened a new subway line this morning, with twelve stations."
    same = {
        "zh": "该市今天上午开通了一条新的地铁线路，共设十二座车站。",
        "ja": "市は今朝、十二の駅がある新しい地下鉄路線を開通させた。",
        "ko": "시는 오늘 아침 12개 역이 있는 새 지하철 노선을 개통했다.",
        "th": "เมืองเปิดรถไฟใต้ดินสายใหม่เมื่อเช้านี้ มีสิบสองสถานี",
    }
    n = count_words(english)
    for lang, text in same.items():
        assert 0.6 * n <= count_words(text) <= 1.5 * n, lang
    assert count_words("서울 시민 기자가 말했다") == 4
    assert count_words("使用iPhone手机，拍照。") == 5


def test_a_section_whose_id_is_its_title_is_not_a_share_box() -> None:
    """Sphinx ids a section by its title's words: "sharing-data" is the section "Sharing
    data" of a tutorial, not a box of share buttons."""
    sections = {
        "installing": ("Installing", _story(2, "installer")),
        "sharing-data": ("Sharing data", _story(3, "shared memory segment")),
        "social-login": ("Social login", _story(2, "login provider")),
    }
    body = "".join(
        f'<div class="section" id="{ident}"><h2>{title}</h2>'
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div>"
        for ident, (title, paras) in sections.items()
    )
    html = (
        "<html><body><div class='document'><div class='body' role='main'>"
        f"<h1>Tutorial</h1>{body}"
        "<div class='sharing'><a href='https://x.com/share'>Share on X</a></div>"
        "</div></div></body></html>"
    )
    article = extract(html, "https://docs.example.org/tutorial.html")
    for _, (title, paras) in sections.items():
        assert title in article.text
        assert all(p in article.text for p in paras)
    assert "Share on X" not in article.text


def test_prices_figures_phone_numbers_addresses_and_links_in_the_text_stay() -> None:
    """A fact box of the story gives its figures, its contact address and its link on lines
    of their own: a price, a rate and a phone number are no row of share icons, an e-mail
    address or a web address no interface line."""
    prose = _story(4, "district heating tariff")
    facts = ["Kosten pro Haushalt:", "5.000 €", "Zinssatz:", "2,0 %", "Bürgertelefon:",
             "+49 30 1234567", "Fragen an:", "waerme@stadtwerke-beispiel.de", "Tarifrechner:",
             "https://www.stadtwerke-beispiel.de/tarife"]  # fmt: skip
    html = (
        "<html><body><article><h1>Fernwärme</h1>"
        + "".join(f"<p>{p}</p>" for p in prose[:2])
        + "<div class='factbox'>"
        + "".join(f"<p>{f}</p>" for f in facts)
        + "</div>"
        + "".join(f"<p>{p}</p>" for p in prose[2:])
        + "<div class='share'><a href='https://facebook.com/sharer'>&#xf09a;</a> "
        "<a href='https://x.com/share'>&#xe61b;</a></div>"
        "</article></body></html>"
    )
    article = extract(html, "https://stadt.example.de/fernwaerme")
    for f in facts[1::2]:
        assert f in article.text.split("\n\n"), f
    assert "\uf09a" not in article.text


def test_a_subtitle_that_is_its_sections_anchor_is_not_a_link_line() -> None:
    """A subtitle linked to its own place on the page is a heading of the text, not a
    teaser linking elsewhere."""
    prose = _story(4, "night bus network")
    sub = "What changes for passengers in the outer districts"
    html = (
        "<html><body><article><h1>Night buses</h1>"
        + "".join(f"<p>{p}</p>" for p in prose[:2])
        + f"<p id='changes'><strong><a href='#changes'>{sub}</a></strong></p>"
        + "".join(f"<p>{p}</p>" for p in prose[2:])
        + "<p><a href='https://city.example.org/other-story'>Read the other story</a></p>"
        "</article></body></html>"
    )
    article = extract(html, "https://city.example.org/night-buses")
    assert sub in article.text
    assert all(p in article.text for p in prose)


_PURPOSES = [
    "Store and/or access information on a device. Cookies, device or similar online "
    "identifiers together with other information can be stored or read on your device to "
    "recognise it each time it connects to an app or to a website.",
    "Use limited data to select advertising. Advertising presented to you on this service "
    "can be based on limited data, such as the website or app you are using, your "
    "non-precise location, your device type or which content you are interacting with.",
    "Create profiles for personalised advertising. Information about your activity on this "
    "service, such as forms you submit and content you look at, can be stored and combined "
    "with other information about you or similar users.",
    "Measure advertising performance. Information regarding which advertising is presented "
    "to you and how you interact with it can be used to determine how well an advert has "
    "worked for you or other users and whether the goals of the advertising were reached.",
    "Understand audiences through statistics or combinations of data from different "
    "sources. Reports can be generated based on the combination of data sets regarding "
    "your interactions and your characteristics with advertising or content.",
    "Develop and improve services. Information about your activity on this service, such "
    "as your interaction with ads or content, can be very helpful to improve products and "
    "services and to build new products and services based on user interactions.",
]
_BRIDGE = [
    "The county council voted on Tuesday to rebuild the old stone bridge at Millford rather "
    "than replace it with a concrete span, ending a dispute that had divided the village.",
    "Engineers had warned in 2023 that the bridge, built in 1820, could no longer carry "
    "buses. The council's first plan, a modern bridge beside the old one, drew objections.",
    "Under the plan approved this week, the arches will be taken apart stone by stone, "
    "strengthened with a steel frame and put back, at a cost of 4.2 million pounds.",
    "Residents who campaigned for the rebuild said the decision showed the council had "
    "listened. The work is expected to start in the spring and to take eighteen months.",
]


def test_a_consent_overlay_larger_than_the_article_gives_way_to_the_article() -> None:
    """The first pass takes the page's largest box of prose, a consent dialog with the
    purposes of its 842 partners: the article is picked again without it."""
    consent = (
        "<div class='layer' role='dialog' aria-modal='true'><div class='layer__body'>"
        "<h2>We value your privacy</h2>"
        "<p>We and our 842 partners store and access information on your device, such as "
        "cookies, and process personal data, such as unique identifiers and standard "
        "information sent by a device, for personalised advertising and content.</p>"
        + "".join(f"<p>{p}</p>" for p in _PURPOSES)
        + "<button>Accept all</button><button>Reject all</button></div></div>"
    )
    html = (
        "<html><head><title>Millford bridge will be rebuilt stone by stone</title></head>"
        f"<body>{consent}<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "</header><main><div class='story-body'><h1>Millford bridge will be rebuilt stone "
        "by stone</h1>" + "".join(f"<p>{p}</p>" for p in _BRIDGE) + "</div></main></body></html>"
    )
    assert sum(len(p.split()) for p in _PURPOSES) > sum(len(p.split()) for p in _BRIDGE)
    article = extract(html, "https://news.example.co.uk/millford-bridge")
    assert all(p in article.text for p in _BRIDGE)
    assert "842 partners" not in article.text
    assert not any(p[:40] in article.text for p in _PURPOSES)


def test_the_gap_step_fills_a_storys_gaps_with_its_own_text_not_the_next_stories() -> None:
    """On a stream of stories (each an ``<article>``) the pick may reach into the next
    story; the paragraphs the gap step brings back are the first story's own, not the
    summaries of the cards between."""
    story = _story(4, "tram timetable")
    own = "The operator said the new timetable had been tested for four weeks on the line."
    card = (
        "A second story about the opening of the new indoor market hall in the old "
        "harbour district, with its forty stalls and a roof terrace."
    )
    later = "A third story: the harbour ferry will run every twenty minutes from May onwards."
    html = (
        "<html><body><main><div class='stream'>"
        "<article class='stream__item'><h1>Trams</h1>"
        + "".join(f"<p>{p}</p>" for p in story[:2])
        + f"<div class='wrap'><p>{own}</p></div>"
        + "".join(f"<p>{p}</p>" for p in story[2:])
        + "</article>"
        f"<article class='stream__item'><h2><a href='/market'>Market hall</a></h2><p>{card}</p>"
        f"</article><article class='stream__item'><p>{later}</p></article>"
        "</div></main></body></html>"
    )
    root = parse(html)
    assert root is not None
    pos, _ = index_page(root)
    found = [p for p in root.iter("p") if p.text in (*story, later)]
    blocks = [Block("p", f"<p>{p.text}</p>", p.text or "", pos=pos[p]) for p in found]
    filled = [b.text for b in gaps(found, pos, blocks, "https://city.example.org/stream")]
    assert own in filled
    assert card not in filled


def test_a_sign_off_after_a_closing_stays() -> None:
    """A note that ends like a letter ("Viele Grüße, / Die Redaktion") keeps its closing
    and sign-off; a button label dangling after the last paragraph still goes."""
    prose = _story(4, "reader letters")
    end = "<p>Viele Grüße,</p><p>Die Redaktion</p>"
    html = (
        "<html><body><article><h1>In eigener Sache</h1>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + end
        + "</article></body></html>"
    )
    text = extract(html).text
    assert text.endswith("Viele Grüße,\n\nDie Redaktion")
    html = html.replace(end, "<p>Jetzt Abo testen</p>")
    assert extract(html).text.endswith(prose[-1])
