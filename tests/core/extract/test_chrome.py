"""The article cleaner: what a reader sees is the article, its metadata, and nothing else."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.extract import EXTRACTOR_VERSION, Article, count_words, extract

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
BASE = "http://127.0.0.1:8765/pages/"
ALLOWED = {
    "h2", "h3", "h4", "p", "ul", "ol", "li", "blockquote", "pre", "code", "table", "thead",
    "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "img", "figcaption", "a", "em",
    "strong", "br",
}  # fmt: skip


def page(name: str) -> tuple[Article, dict[str, object]]:
    html = (PAGES / f"{name}.html").read_bytes()
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return extract(html, BASE + f"{name}.html"), expected


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def assert_safe(html: str) -> None:
    """The clean HTML is the safe subset: allowed tags only, no handlers, absolute URLs."""
    if not html:
        return
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iterdescendants():
        assert isinstance(el.tag, str), "comments or processing instructions in clean HTML"
        assert el.tag in ALLOWED, f"<{el.tag}> is not in the safe subset"
        for attr, value in el.attrib.items():
            assert not attr.lower().startswith("on"), f"event handler {attr} kept"
            assert attr in ("href", "src", "alt", "title"), f"attribute {attr} kept"
            if attr in ("href", "src"):
                assert re.match(r"(https?|mailto):", value), f"{attr}={value!r} is not absolute"


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


@pytest.mark.parametrize("name", NAMES)
def test_figure_kept_with_caption_and_without_credit(name: str) -> None:
    article, expected = page(name)
    image = "http://127.0.0.1:8765" + str(expected["image"])
    assert article.images == [image], "only the article's image, not logos, thumbnails or pixels"
    root = lxml.html.fragment_fromstring(article.html, create_parent="div")
    fig = root.find(".//figure")
    assert fig is not None and fig.find("img").get("src") == image
    assert fig.findtext("figcaption") == expected["caption"]


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


def test_inline_chrome_inside_the_body_is_removed_in_many_languages() -> None:
    prose = [
        "The harbour authority said on Tuesday that the new crane would double the number of "
        "containers the port can handle, a change shippers have demanded for years.",
        "Dockworkers welcomed the investment but asked for training before the machines arrive, "
        "citing the accidents that followed the last upgrade a decade ago.",
        "The crane is due in March and should be working by the summer, officials said.",
    ]
    labels = [
        "<p><strong>Lesen Sie auch:</strong> <a href='/x'>Ein anderer Artikel</a></p>",
        "<p>Читайте также: <a href='/y'>Другая новость</a></p>",
        "<p>À lire aussi : <a href='/z'>Un autre article</a></p>",
        "<p>相关阅读：<a href='/w'>另一篇文章</a></p>",
        "<div><span>Publicidad</span></div>",
        "<p>Follow us on Google News for more stories like this.</p>",
        "<p>Photo: Jane Doe/Reuters</p>",
    ]
    body = "".join(f"<p>{p}</p>{lab}" for p, lab in zip(prose * 3, labels, strict=False))
    article = extract(f"<html><body><article><h1>Crane</h1>{body}</article></body></html>")
    assert "double the number of containers" in article.text
    for leak in (
        "Lesen Sie",
        "Читайте",
        "lire aussi",
        "相关阅读",
        "Publicidad",
        "Google News",
        "Jane Doe",
    ):
        assert leak not in article.text


def test_calls_to_action_and_reading_time_lines_are_removed() -> None:
    prose = [
        "The council voted on Monday to keep the old library open for another five years, "
        "after residents filled the hall to speak against its closure.",
        "Its reading room, built in 1911, will be repaired with money from a regional fund "
        "that usually pays for roads and bridges, the treasurer said.",
        "Opening hours will not change, though the archive will move to the ground floor.",
    ]
    chrome = [
        "<p>Maria Keller · Mar 3 · 6 min read</p>",
        "<p>Get the best of the Riverside Courier delivered to your inbox every week.</p>",
        "<p>You may be interested in the following stories as well:</p>",
        "<p>This article is exclusive to Courier+ subscribers.</p>",
        "<p>Already have an account? <a href='/login'>Log in</a></p>",
        "<p>Join our Facebook group for local news.</p>",
    ]
    body = "".join(f"<p>{p}</p>{c}" for p, c in zip(prose * 2, chrome, strict=False))
    article = extract(f"<html><body><article><h1>Library</h1>{body}</article></body></html>")
    assert "keep the old library open" in article.text
    assert "Opening hours will not change" in article.text
    for leak in ("min read", "inbox", "interested in", "exclusive to", "account", "Facebook"):
        assert leak not in article.text


@pytest.mark.parametrize(
    ("prose", "chrome"),
    [
        (
            [
                "The county will open three new cooling centres this summer, after last year's "
                "heatwave sent more than two hundred people to hospital in a single week.",
                "Each centre will stay open until midnight on days when the temperature is "
                "forecast to pass thirty-five degrees, the health department said.",
                "Volunteers are still needed to staff the centre in the old railway station.",
            ],
            {
                "By entering your email, you agree to receive our newsletter and accept our "
                "Terms of Use and Privacy Policy.": "agree to receive",
                "Opik: an open-source platform for your team (Sponsored)": "Sponsored",
                "Page 1 of 3": "Page 1",
                "Tuesday, 3 June 2025 by Maria Keller": "Maria Keller",
            },
        ),
        (
            [
                "A prefeitura vai abrir três novos centros de resfriamento neste verão, depois "
                "que a onda de calor do ano passado levou mais de duzentas pessoas ao hospital.",
                "Cada centro ficará aberto até a meia-noite nos dias em que a temperatura "
                "passar dos trinta e cinco graus, informou a secretaria de saúde.",
                "Ainda faltam voluntários para o centro da antiga estação ferroviária.",
            ],
            {
                "Ao se inscrever, você concorda com os Termos de Uso e a Política de "
                "Privacidade.": "você concorda",
                "Publicidade: um curso de investimentos para iniciantes": "curso de investimentos",
                "Página 2 de 5": "Página 2",
                "segunda-feira, 22 de janeiro de 2018 às 0:13": "janeiro de 2018",
            },
        ),
        (
            [
                "Der Landkreis eröffnet in diesem Sommer drei neue Kühlzentren, nachdem die "
                "Hitzewelle im vergangenen Jahr mehr als zweihundert Menschen ins Krankenhaus "
                "gebracht hatte.",
                "Jedes Zentrum bleibt an Tagen mit mehr als fünfunddreißig Grad bis Mitternacht "
                "geöffnet, teilte das Gesundheitsamt mit.",
                "Für das Zentrum im alten Bahnhof werden noch Freiwillige gesucht.",
            ],
            {
                "Mit der Anmeldung zum Newsletter stimmen Sie unserer Datenschutzerklärung "
                "zu.": "Datenschutzerklärung",
                "Neue Küchen zum Sparpreis (Anzeige)": "Sparpreis",
                "Seite 1 von 4": "Seite 1",
            },
        ),
    ],
)
def test_consent_sponsored_pagination_and_date_lines_are_removed(
    prose: list[str], chrome: dict[str, str]
) -> None:
    body = "".join(f"<p>{p}</p><p>{c}</p>" for p, c in zip(prose * 2, chrome, strict=False))
    tags = "<div><p>Tags<br>cooling centres, heatwave, county health</p></div>"
    article = extract(f"<html><body><article><h1>Heat</h1>{body}{tags}</article></body></html>")
    for p in prose:
        assert p in article.text
    for leak in [*chrome.values(), "heatwave, county"]:
        assert leak not in article.text


@pytest.mark.parametrize(
    ("prose", "chrome"),
    [
        (
            [
                "The county opened three cooling centres on Monday as the heatwave pushed "
                "temperatures past forty degrees for the fourth day in a row.",
                "Nurses said most of the people they saw were older residents who live alone "
                "and had not been drinking enough water.",
            ],
            {
                "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.": "Newsbeat on",
                "Follow @CountyNews on Twitter for the latest updates.": "@CountyNews",
                "Have a tip? Amy Carter may be reached at acarter@example.com.": "Have a tip",
                "DON'T MISS<br>Heat warning: what the council will do [LATEST]<br>Water bills "
                "to rise again in spring [ANALYSIS]<br>Ten parks with shade [MAP]": "Water bills",
                "Next article: Ten parks with shade this summer": "Ten parks",
                "This story is funded by readers like you": "readers like you",
                "PIN FOR LATER": "PIN FOR",
            },
        ),
        (
            [
                "Der Landkreis hat am Montag drei Kühlräume geöffnet, weil die Hitze zum "
                "vierten Tag in Folge über vierzig Grad stieg.",
                "Die Pflegekräfte sagten, die meisten Menschen seien ältere Bewohner, die allein "
                "leben und zu wenig getrunken hätten.",
            ],
            {
                "Folgen Sie dem Kreisboten auf Instagram und Facebook.": "Kreisboten auf",
                "Nächster Artikel: Zehn Parks mit Schatten": "Zehn Parks",
                "Lesen Sie auch<br>Hitzewarnung: Was die Stadt jetzt plant<br>Wasserpreise "
                "steigen im Frühjahr erneut": "Wasserpreise",
            },
        ),
    ],
)
def test_follow_promos_contact_lines_teaser_lists_and_next_article_links_are_removed(
    prose: list[str], chrome: dict[str, str]
) -> None:
    body = "".join(f"<p>{prose[i % len(prose)]}</p><p>{c}</p>" for i, c in enumerate(chrome))
    article = extract(f"<html><body><article><h1>Heat</h1>{body}</article></body></html>")
    for p in prose:
        assert p in article.text
    for leak in chrome.values():
        assert leak not in article.text


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


@pytest.mark.parametrize(
    "notice",
    [
        "This copy is for your personal, non-commercial use only. To order copies for "
        "distribution to colleagues or clients, visit our reprints page.",
        "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao "
        "usuário não serão aprovados pelo moderador.",
        "[button link=”https://example.org/submit/” type=”big”] Send us your story",
    ],
)
def test_reprint_notices_moderation_rules_and_shortcodes_are_removed(notice: str) -> None:
    prose = (
        "The new ferry will carry four hundred passengers between the islands from May, "
        "the operator said, cutting the crossing from two hours to seventy minutes."
    )
    body = f"<p>{prose}</p><p>{prose} (2)</p><p>{notice}</p><p>{prose} (3)</p>"
    article = extract(f"<html><body><article><h1>Ferry</h1>{body}</article></body></html>")
    assert f"{prose} (3)" in article.text
    assert notice[:30] not in article.text


@pytest.mark.parametrize(
    ("prose", "promo"),
    [
        (
            "I built my newsletter with two things: my voice and a repeatable system.",
            "Sign up for our weekly newsletter and get the best stories first.",
        ),
        (
            "Unser Newsletter erreicht inzwischen zwölftausend Leser in der ganzen Region.",
            "Jetzt den Newsletter abonnieren und nichts mehr verpassen!",
        ),
    ],
)
def test_a_sentence_about_a_newsletter_stays_but_the_sign_up_call_goes(
    prose: str, promo: str
) -> None:
    filler = (
        "The editors explained how the weekly issue is planned, written and checked before "
        "it is sent, and what readers asked them to change over the last two years."
    )
    body = f"<p>{filler}</p><p>{prose}</p><p>{filler} (2)</p><p>{promo}</p><p>{filler} (3)</p>"
    article = extract(f"<html><body><article><h1>Issue</h1>{body}</article></body></html>")
    assert prose in article.text
    assert promo not in article.text


@pytest.mark.parametrize(
    ("author", "prose", "bio"),
    [
        (
            "Soliant Health",
            "Soliant Health has released its annual report, which ranks all fifty states on "
            "the factors that shape mental health at every age.",
            "Soliant Health is a staffing company based in Florida that writes about care.",
        ),
        (
            "Katrin Lehmann",
            "Katrin Lehmann sprach mit Pendlern, die seit Wochen auf den neuen Fahrplan warten "
            "und jeden Morgen am Bahnsteig frieren.",
            "Katrin Lehmann ist Wirtschaftsredakteurin und schreibt über Verkehr und Energie.",
        ),
    ],
)
def test_a_paragraph_that_starts_with_the_author_is_a_bio_only_when_it_reads_as_one(
    author: str, prose: str, bio: str
) -> None:
    filler = (
        "The figures were collected over twelve months from public sources and interviews, "
        "and the full tables are published alongside this article for readers to check."
    )
    html = (
        f'<html><head><meta name="author" content="{author}"></head><body><article>'
        f"<h1>Report</h1><p>{filler}</p><p>{prose}</p><p>{filler} (2)</p><p>{bio}</p>"
        "</article></body></html>"
    )
    article = extract(html)
    assert prose in article.text
    assert bio not in article.text


def test_a_page_dumped_as_one_paragraph_is_replaced_by_a_structured_pick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the first pass falls back to the whole page's text in one block (trafilatura's
    baseline), the reader gets a pick that keeps the article's paragraphs instead."""
    import types

    from lxml import etree

    import reader.core.extract.pipeline as extract_module

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

    monkeypatch.setattr(extract_module, "_first_pass", first_pass)
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    article = extract(html)
    assert article.text.count("\n\n") == len(paragraphs) - 1
    assert "Section 7" not in article.text


def test_a_dump_nothing_can_replace_keeps_its_sentences_not_its_menu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    from lxml import etree

    import reader.core.extract.pipeline as extract_module

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

    monkeypatch.setattr(extract_module, "_first_pass", first_pass)
    monkeypatch.setattr(extract_module, "_readability", lambda root: None)
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

    import reader.core.extract.pipeline as extract_module

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

    monkeypatch.setattr(extract_module, "_first_pass", first_pass)
    monkeypatch.setattr(extract_module, "_readability", lambda root: body(*paragraphs))
    html = (
        "<html><body><div class='content'>" + "".join(f"<p>{p}</p>" for p in promo)
        + "</div><div class='bard'>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></body></html>"
    )  # fmt: skip
    article = extract(html)
    assert all(p in article.text for p in paragraphs)
    assert "Centralise" not in article.text

    teasers = lambda root: body(*paragraphs, link=True)  # noqa: E731
    monkeypatch.setattr(extract_module, "_readability", teasers)
    assert extract(html).text == "\n\n".join(promo)


def test_a_pick_that_kept_the_paragraphs_but_not_the_lists_gets_the_full_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trafilatura's fast pass sometimes keeps a review's paragraphs and drops its lists of
    features; the words in the page's list items show that it missed them."""
    import types

    from lxml import etree

    import reader.core.extract.pipeline as extract_module

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

    monkeypatch.setattr(extract_module, "_first_pass", first_pass)
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


def test_a_hover_card_inside_a_sentence_does_not_glue_into_the_text() -> None:
    card = (
        '<span class="rollover-people"><a href="/people/ilhan-omar">Ilhan Omar</a>'
        '<span class="rollover-people-block"><span class="rollover-block">'
        '<img src="/omar.jpg" alt=""><a href="/people/ilhan-omar">Ilhan Omar</a>'
        '<a href="/a/1">Progressives oppose funding bill over surveillance authority</a> '
        '<a href="/a/2">Senators call for 5G security coordinator</a></span></span></span>'
    )
    rest = "".join(
        f"<p>Paragraph {i}: the court will sentence him in February, and his lawyer said he "
        "regretted the calls and had sought treatment since his arrest in the spring.</p>"
        for i in range(5)
    )
    html = (
        f"<html><body><article><h1>Guilty plea</h1><p>A man pleaded guilty to charges he "
        f"threatened to kill Rep. {card} (D-Minn.), prosecutors said on Tuesday.</p>{rest}"
        "</article></body></html>"
    )
    article = extract(html)
    assert (
        "A man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), "
        "prosecutors said on Tuesday." in article.text
    )
    assert "surveillance" not in article.text


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


def test_a_row_of_teaser_cards_goes_but_a_listicle_stays() -> None:
    cards = "".join(
        f'<li><a href="/s/{i}"><img src="/t{i}.jpg" alt=""></a><h3><a href="/s/{i}">'
        f"Story number {i} about another team</a></h3><h4>A line under the headline</h4></li>"
        for i in range(3)
    )
    listicle = "".join(
        f'<li><h3><a href="https://shop.example/p{i}">Folding chair {i}</a></h3>'
        f"<p>Chair {i} folds flat in one movement, carries a hundred kilos and costs less "
        "than a dinner for two; we used it for a month on the balcony and at the beach, and "
        "it still looks new after the summer storms.</p></li>"
        for i in range(3)
    )
    prose = "".join(
        f"<p>Paragraph {i}: we tested twenty folding chairs over the summer and kept only "
        "the ones that were comfortable for an afternoon and easy to carry.</p>"
        for i in range(4)
    )
    html = (
        f"<html><body><article><h1>Chairs</h1>{prose}<ol>{listicle}</ol>"
        f'<p>More tests next month.</p><div class="latest"><ul>{cards}</ul></div></article>'
        "</body></html>"
    )
    article = extract(html)
    assert "Chair 2 folds flat" in article.text and "Folding chair 1" in article.text
    assert "another team" not in article.text


def test_a_details_list_and_a_button_table_go_but_a_short_list_stays() -> None:
    prose = "".join(
        f"<p>Paragraph {i}: the backup plan copies every folder to a second disk each night "
        "and to a rented server once a week, and we check the copies every month.</p>"
        for i in range(5)
    )
    html = (
        "<html><body><article><h1>Backups</h1><ul><li>Gabo</li><li>Jan 23</li>"
        f"<li>11 min read</li></ul>{prose}<ul><li>Two disks</li><li>One server</li>"
        "<li>A notebook</li></ul><table><tr><td>Subscribe to this site</td></tr></table>"
        "</article></body></html>"
    )
    article = extract(html)
    assert "Paragraph 4" in article.text and "One server" in article.text
    assert "11 min read" not in article.text and "Jan 23" not in article.text
    assert "Subscribe to this site" not in article.text


def test_language_comes_from_the_text_when_the_template_declares_another() -> None:
    prose = (
        "Pemerintah daerah akan membangun jembatan baru di atas sungai itu tahun depan, "
        "karena jembatan lama sudah tidak aman dilalui kendaraan berat. "
    ) * 5
    html = f'<html lang="en"><body><article><p>{prose}</p><p>{prose}</p></article></body></html>'
    assert extract(html).language == "id"


def test_count_words_counts_cjk_characters() -> None:
    assert count_words("one two three") == 3
    assert count_words("杭州市城市数字孪生平台") > 3
    assert EXTRACTOR_VERSION


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


_LEXICON_WORDS = ["share", "facebook", "follow", "us", "on", "get", "the", "newsletter", "x"]
_LEXICON_WORDS += ["cookie", "comment", "subscribe", "this", "article", "2", "|", "—", "à", "дня"]
_LEXICON_WORDS += ["if", "you", "liked", "please", "consider", "sharing", "review", "view"]
_LEXICON_WORDS += ["comments", "unfollow", "our", "hour", "leave", "a", "rating", "t&c", "apply"]


def _matches_at_a_word(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern matches where a word starts (not "view comments" in "review comments")."""
    return any(
        pattern.match(text, i)
        for i in range(len(text))
        if i == 0 or not ("a" <= text[i - 1] <= "z")
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LEXICON_WORDS), max_size=12), st.integers(0, 7))
def test_the_quick_lexicon_and_share_bar_checks_agree_with_the_full_ones(
    words: list[str], pick: int
) -> None:
    from reader.core.extract import chrome as extract_chrome
    from reader.core.extract import lexicon as extract_lexicon

    lexicons = [extract_lexicon.PROMO, extract_lexicon.CONSENT, extract_lexicon.PAYWALL]
    lexicons += [extract_lexicon.DISCLOSURE, extract_lexicon.COMMENTS_CALL]
    lexicons += [extract_lexicon.COOKIE, extract_lexicon.NOTICE, extract_lexicon.SUPPORT_CALL]
    lexicon = lexicons[pick]
    triggers = list(lexicon.triggers or ())
    for text in (" ".join(words), " ".join([*words, *triggers[: len(words)]])):
        assert bool(lexicon.search(text)) == _matches_at_a_word(lexicon.pattern, text), text
        slow = not re.sub(r"[\W\d_]+", "", extract_chrome.RE_SHARE_WORDS.sub(" ", text))
        assert extract_chrome._is_share_bar(text) == (slow and len(text) < 200), text


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


def test_blocks_in_a_box_the_template_names_as_a_promotion_or_disclaimer_are_dropped() -> None:
    """A box whose class names a call to action, a newsletter or a disclaimer, or whose
    role is a dialog, is not the article, in any language; the same words as a position
    ('above-cta') or inside another word ('selectable') are not such a name, and a body
    wrapper whose class happens to hold one is still the article."""
    prose = [
        f"Paragraph {i}: the council approved the new bus routes on Monday after months of "
        "debate, and the first buses will run in the spring."
        for i in range(6)
    ]
    boxes = (
        "<div class='post-cta'><p>Our transport advisers will plan your daily commute and "
        "send you a timetable for the new routes within two days.</p></div>"
        "<div class='_newsletterNative_x1'><p>Jeden Morgen schreiben wir Ihnen, was in der "
        "Stadt passiert, und Sie lesen es vor allen anderen.</p></div>"
        "<div class='CommunityCTAStyles__Box-sc-1'><p>Deploy your own route planner on our "
        "servers in a few minutes and keep it running all year.</p></div>"
    )
    dialog = (
        "<div role='dialog'><p>Before you go on reading, tell us which of the city's "
        "neighbourhoods you live in and how you travel to work.</p></div>"
    )
    disclaimer = (
        "<div class='disclaimer-copy'><p>La información de este artículo no constituye "
        "asesoramiento y puede cambiar sin previo aviso en cualquier momento.</p></div>"
    )
    html = (
        "<html><body><main><article><h1>Buses</h1><p class='lead'>The council meets again "
        "in March to decide on the fares for the new routes and on the night services.</p>"
        "<div class='col author-content'>"
        "<div class='above-cta'>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + "</div>"
        + boxes
        + "<div class='selectable'>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + "</div>"
        + dialog
        + disclaimer
        + "</div></article></main></body></html>"
    )
    text = extract(html).text
    assert all(p in text for p in prose)
    assert "The council meets again in March" in text
    assert "transport advisers" not in text
    assert "Jeden Morgen" not in text
    assert "Deploy your own" not in text
    assert "La información" not in text
    assert "Before you go on reading" not in text


def test_an_advertisers_offer_in_the_body_is_dropped_but_a_deal_the_article_reports_stays() -> None:
    prose = [
        f"Paragraph {i}: the new cloud region opened in Jakarta this week, and the first "
        "customers moved their databases there to cut the delay for their users."
        for i in range(5)
    ]
    offers = [
        "Start building on our cloud with $300 in free credits and 20+ always free products.",
        "Bonus: we give you $5K in ad credits when you spend your first $5K. Terms apply.",
        "Stop searching and start winning. Talk to our cloud migration experts.",
        "Dapatkan diskon ongkir untuk pesanan pertama. Syarat dan ketentuan berlaku.",
        "Begin learning a new language with Lingo! Unlock up to 55% OFF your Lingo "
        "subscription today!",
    ]
    deal = (
        "The Black Friday campaign offers 50% off all training courses and is valid from "
        "November 26 to December 3."
    )
    html = (
        "<html><body><article><h1>Jakarta region</h1>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + "".join(f"<p>{o}</p>" for o in offers)
        + f"<p>{deal}</p>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + "</article></body></html>"
    )
    text = extract(html).text
    assert all(p in text for p in prose)
    assert deal in text
    for offer in offers:
        assert offer not in text


def _report(n: int, topic: str) -> list[str]:
    return [
        f"Paragraph {i}: the {topic} was discussed at length by the residents who came to "
        "the hall on Thursday evening, and most of them asked for a second meeting."
        for i in range(n)
    ]


def test_the_publishers_notes_after_the_article_go_but_the_articles_own_calls_stay() -> None:
    """A production note that ends in a newsletter sign-up, an appeal for support, contact
    lines and a newsletter's rating prompt are the publisher's, not the story's; a long
    paragraph of the article that ends with a call, and a sentence about a newsletter,
    stay."""
    prose = _report(5, "water tariff")
    own = (
        "The utility's director said the new tariff would be phased in over three years, "
        "that households using less than ten cubic metres a month would pay nothing more, "
        "that the savings from fixing leaks in the old pipes would be passed on to every "
        "customer, and that the audit of the last five years of accounts would be published "
        "in full before the council votes. Sign up for the utility's newsletter to follow the "
        "vote."
    )
    mention = "The association's newsletter printed the whole proposal on its front page."
    notes = [
        "This story about the water tariff was written by Dewi Lestari and produced by the "
        "Harbour Post, an independent newsroom covering the city's public services. Sign up "
        "for Harbour Weekly and our other newsletters.",
        "Harbour Post is a production of the Harbour Media cooperative. If you liked this "
        "article, please consider sharing it with a neighbour and subscribing, and if you "
        "want to support local reporting, please consider a one-off donation or becoming a "
        "member of the cooperative for the price of a coffee a month.",
        "Email: desk@harbourpost.example",
        "Phone: +62 21 555 0199",
    ]
    html = (
        "<html><body><article><h1>Water tariff</h1>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + f"<p>{own}</p><h3>How was this issue?</h3><p>{mention}</p>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + "".join(f"<p>{n}</p>" for n in notes)
        + "</article></body></html>"
    )
    text = extract(html).text
    assert all(p in text for p in prose)
    assert own in text and mention in text
    assert "How was this issue" not in text
    for note in notes:
        assert note[:40] not in text


@pytest.mark.parametrize(
    ("label", "teasers"),
    [
        (
            "More from Harbour Post",
            ["Ferry fares rise in May", "The night market moves to the old port"],
        ),
        ("Mehr von Hafenblatt", ["Fährpreise steigen im Mai", "Der Nachtmarkt zieht um"]),
        ("Artikel Terkait", ["Tarif feri naik pada bulan Mei", "Pasar malam pindah ke pelabuhan"]),
    ],
)
def test_a_teaser_section_ends_the_article_but_a_teaser_label_inside_it_does_not(
    label: str, teasers: list[str]
) -> None:
    """Under a "More from …" / "Related articles" heading at the end come the site's teasers
    and its about box, which go with the heading; a "Don't miss" label in the middle of the
    story introduces one teaser, and the story goes on after it. A label left dangling at
    the very end goes too."""
    prose = _report(8, "harbour plan")
    after = [
        "The mayor said the plan would be put to a vote in June.",
        "Until then, the harbour office will answer questions from residents every Monday.",
    ]
    about = (
        "Harbour Post is an independent newsroom with twelve reporters covering the city's "
        "port, its ferries and the neighbourhoods around them."
    )
    html = (
        "<html><body><article><h1>Harbour plan</h1>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + "<p><strong>Don't miss</strong></p><p><a href='/ferries'>Ferry timetables</a></p>"
        + "".join(f"<p>{p}</p>" for p in after)
        + f"<h2>{label}</h2>"
        + "".join(f"<h3><a href='/t{i}'>{t}</a></h3>" for i, t in enumerate(teasers))
        + f"<p>{about}</p><p>Proudly supporting</p>"
        + "</article></body></html>"
    )
    text = extract(html).text
    assert all(p in text for p in prose + after)
    assert label not in text
    assert not any(t in text for t in teasers)
    assert about not in text
    assert "Proudly supporting" not in text


def test_the_offer_under_a_paywall_notice_goes_with_it() -> None:
    """A paid post ends with a notice and the offer it introduces (what a subscription
    brings): neither is the article."""
    prose = _report(6, "school budget")
    html = (
        "<html><body><article><h1>School budget</h1>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + "<p>Become a paid subscriber to Harbour Post to unlock this piece and learn about:</p>"
        "<ol><li>Which schools lose teachers</li><li>What the new canteen costs</li></ol>"
        "<h3>What is included in a subscription?</h3>"
        "<p>Every story, the weekly podcast and the archive since 1998.</p>"
        "</article></body></html>"
    )
    text = extract(html).text
    assert all(p in text for p in prose)
    assert "paid subscriber" not in text
    assert "Which schools lose teachers" not in text
    assert "What is included" not in text
    assert "weekly podcast" not in text


def test_a_page_laid_out_in_a_table_reads_as_paragraphs_but_a_data_table_stays() -> None:
    """Old templates put the whole post in one cell of a layout table: the reader gets its
    headings and paragraphs, not a table of one cell; a table of data whose cells hold
    paragraphs is still a table."""
    prose = _report(6, "tram line")
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


@pytest.mark.parametrize(
    "calls",
    [
        "Did you make one of my recipes? Please take a moment to leave a star rating. Also, "
        "if you are on Pinterest, please feel free to leave a comment there! Follow Harbour "
        "Kitchen on Facebook, Pinterest and YouTube for all the latest recipes!",
        "Haben Sie das Rezept nachgekocht? Hinterlasse gerne eine Bewertung mit Sternen "
        "unter diesem Beitrag, damit andere Leserinnen und Leser wissen, wie es gelungen ist. "
        "Folgen Sie uns auf Instagram und Facebook, dann verpassen Sie kein neues Rezept aus "
        "unserer kleinen Küche am Hafen!",
    ],
)
def test_a_paragraph_of_calls_to_rate_follow_and_comment_goes_but_one_call_in_prose_stays(
    calls: str,
) -> None:
    prose = _report(5, "bread recipe")
    story = (
        "The bakery opened in 1962 and has used the same starter ever since. Its owner says "
        "the secret is patience rather than flour. Follow her advice on Facebook, she laughs, "
        "and you will bake nothing at all."
    )
    html = (
        "<html><body><article><h1>Bread</h1>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + f"<p>{story}</p>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + f"<p>{calls}</p><p>{prose[0].replace('Paragraph 0', 'Last paragraph')}</p>"
        + "</article></body></html>"
    )
    text = extract(html).text
    assert all(p in text for p in prose)
    assert story in text
    assert calls[:30] not in text


def test_labels_in_the_page_header_go_but_the_standfirst_and_section_headers_stay() -> None:
    """A header above the article holds the site's menu items, the kicker and a document
    number: labels, which go; the standfirst under the headline is a sentence and stays, and
    a section's own header inside the article keeps its heading."""
    prose = _report(6, "river crossing")
    standfirst = "The council wants a second bridge by 2030, but the money is not there yet."
    html = (
        "<html><body><div class='page'>"
        "<header><nav><ul><li><p>Company Spotlight</p></li><li><p>Consumer Insights</p></li>"
        "</ul></nav></header>"
        "<article><header><p>DOC. NO: HB-2025</p><h1>River crossing</h1>"
        f"<p>{standfirst}</p></header>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + "<section><header><h2>The second bridge</h2></header>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + "</section><p>Unsubscribe</p></article></div></body></html>"
    )
    article = extract(html)
    assert all(p in article.text for p in prose)
    assert standfirst in article.text
    assert "The second bridge" in article.text
    for label in ("Company Spotlight", "Consumer Insights", "DOC. NO", "Unsubscribe"):
        assert label not in article.text


def test_an_article_parsed_into_an_unclosed_menu_item_keeps_its_paragraphs() -> None:
    """A template that leaves a menu item open puts the page's <main> inside the menu: the
    reader still gets the article's paragraphs, not one list item with the share buttons in
    it."""
    prose = _report(6, "tax deadline")
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


def test_the_headline_row_and_the_authors_box_go_but_an_authors_introduction_stays() -> None:
    """A header table's row that repeats the headline beside its date is not the article;
    the label the template puts before the author's name is not part of it; the author's
    box in the first person after the article goes, while the same introduction opening
    the article stays."""
    prose = _report(8, "night buses")
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


def test_a_jump_link_opening_a_paragraph_goes_but_a_link_in_the_sentence_stays() -> None:
    """ "JUMP TO THE LIST ⤵" before the first sentence is a button to a place on the page;
    a link to a section that is the sentence's own subject stays."""
    prose = _report(5, "moving company")
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
