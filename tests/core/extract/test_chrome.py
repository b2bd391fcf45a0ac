"""The residual chrome filter: labels, promos, calls and notices go, in many languages;
prose stays."""

from __future__ import annotations

import pytest
from extract_kit import report_prose

from reader.core.extract import extract


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


def test_the_publishers_notes_after_the_article_go_but_the_articles_own_calls_stay() -> None:
    """A production note that ends in a newsletter sign-up, an appeal for support, contact
    lines and a newsletter's rating prompt are the publisher's, not the story's; a long
    paragraph of the article that ends with a call, and a sentence about a newsletter,
    stay."""
    prose = report_prose(5, "water tariff")
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
    prose = report_prose(8, "harbour plan")
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
    prose = report_prose(6, "school budget")
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
    prose = report_prose(5, "bread recipe")
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
    prose = report_prose(6, "river crossing")
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


def test_the_filter_says_why_each_removed_block_went() -> None:
    from reader.core.extract.blocks import Block
    from reader.core.extract.chrome import filter_blocks

    prose = (
        "The harbour authority said on Tuesday that the new crane would double the number "
        "of containers the port can handle, a change shippers have demanded for years."
    )
    blocks = [
        Block("p", f"<p>{prose}</p>", prose),
        Block("p", "<p>Read also: another story</p>", "Read also: another story", 13),
        Block("p", f"<p>{prose}</p>", prose),
        Block("p", "<p>Our partners in the port</p>", "Our partners in the port", 20),
    ]
    kept, report = filter_blocks(blocks)
    assert kept == [blocks[0]]
    assert report.kinds == {
        id(blocks[1]): "read-also",
        id(blocks[2]): "repeat",
        id(blocks[3]): "edge",
    }


_PROSE = {
    "es": [
        "El ayuntamiento aprobó el jueves la nueva línea de tranvía después de un debate que "
        "duró hasta la madrugada, con treinta votos a favor y once en contra del proyecto.",
        "Las obras del primer tramo, entre la estación y la universidad, empezarán en primavera "
        "y durarán dos años, según explicó el departamento de transporte en un comunicado.",
        "Los comerciantes de la avenida pidieron ayudas para compensar las pérdidas que "
        "esperan durante los meses de obras, y el alcalde prometió estudiar la propuesta.",
        "La oposición anunció que recurrirá el acuerdo ante el tribunal regional esta semana.",
    ],
    "fr": [
        "Le conseil municipal a approuvé jeudi la nouvelle ligne de tramway après un débat "
        "qui a duré jusque tard dans la nuit, par trente voix contre onze.",
        "Les travaux du premier tronçon, entre la gare et l'université, commenceront au "
        "printemps et dureront deux ans, a indiqué le service des transports.",
        "Les commerçants de l'avenue ont demandé des aides pour compenser les pertes qu'ils "
        "attendent pendant les travaux, et le maire a promis d'étudier leur demande.",
        "L'opposition a annoncé qu'elle saisirait le tribunal administratif cette semaine.",
    ],
    "de": [
        "Der Stadtrat hat am Donnerstag die neue Straßenbahnlinie beschlossen, nach einer "
        "Debatte, die bis in die Nacht dauerte, mit dreißig Stimmen gegen elf.",
        "Die Bauarbeiten am ersten Abschnitt zwischen Bahnhof und Universität beginnen im "
        "Frühjahr und sollen zwei Jahre dauern, teilte das Verkehrsamt mit.",
        "Die Initiative bittet: Unterschreiben Sie unsere Petition und unterstützen Sie unsere "
        "Forderung nach einem eigenen Fahrradweg entlang der neuen Strecke.",
        "Die Opposition kündigte an, noch in dieser Woche vor das Verwaltungsgericht zu ziehen.",
    ],
    "pt": [
        "A câmara municipal aprovou na quinta-feira a nova linha de elétrico, depois de um "
        "debate que durou até de madrugada, com trinta votos a favor e onze contra.",
        "As obras do primeiro troço, entre a estação e a universidade, começam na primavera e "
        "vão durar dois anos, segundo o departamento de transportes.",
        "Os comerciantes da avenida pediram apoios para compensar as perdas que esperam "
        "durante as obras, e o presidente da câmara prometeu estudar o pedido.",
        "A oposição anunciou que vai recorrer da decisão no tribunal esta semana.",
    ],
}
_CHROME = {
    "es": [
        "<h3>Notas relacionadas</h3>",
        "<p>MIRA: <a href='/otra'>Madre acude a la comisaría y termina detenida</a></p>",
        "<p>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</p>",
        "<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>",
    ],
    "fr": [
        "<p>Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre "
        "compte</p>",
        "<h3>Articles similaires</h3>",
        "<p>Aucun commentaire</p>",
        "<p>Soutenez-nous : faites un don pour une presse libre.</p>",
    ],
    "de": [
        "<p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p>",
        "<p>Sie sind aktuell nicht eingeloggt.</p>",
        "<p>Zum Weiterlesen:</p>",
        "<p>Deshalb unterstütze uns, monatlich oder auch einmalig.</p>",
    ],
    "pt": [
        "<h3>Conteúdo relacionado</h3>",
        "<p>Já é assinante? Faça login para continuar lendo.</p>",
        "<p>Sem comentários</p>",
        "<p>Apoie o nosso jornalismo: torne-se assinante.</p>",
    ],
}


@pytest.mark.parametrize("lang", sorted(_PROSE))
def test_related_headings_paywall_offers_comment_boxes_and_appeals_go_in_each_language(
    lang: str,
) -> None:
    """The labels, offers and appeals sites write in Spanish, French, German and Portuguese
    go like their English ones; the article's own sentences with the same words (an appeal
    the story quotes) stay."""
    prose, chrome = _PROSE[lang], _CHROME[lang]
    body = "".join(f"<p>{p}</p>{c}" for p, c in zip(prose, chrome, strict=True))
    text = extract(f"<html><body><article><h1>Tranvía</h1>{body}</article></body></html>").text
    assert all(p in text for p in prose)
    for c in chrome:
        line = c.split(">", 1)[1][:25]
        assert line not in text


def test_the_pages_own_address_a_wire_caption_and_a_long_reprint_notice_go() -> None:
    """The page's address printed above the story (a print view), a wire agency's caption
    kept as a paragraph ("In this … file photo, …") and a three-sentence reprint notice go;
    another address the article gives, and a sentence about a photo, stay."""
    url = "https://www.example-courier.com/business/article/car-sales-plunge-14848175.php"
    prose = report_prose(5, "car sales report")
    own = [
        "The dealers' association lists its figures at https://dealers.example.org/2019/stats "
        "and updates them every month.",
        "In this photo series, the newspaper followed three salesmen through a slow month.",
    ]
    chrome = [
        url,
        "In this Sunday, Nov. 10, 2019, photograph, a long row of unsold sports-utility "
        "vehicles sits at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)",
        "This copy is for your personal, non-commercial use only. Distribution and use of "
        "this material are governed by our Subscriber Agreement and by copyright law. For "
        "non-personal use or to order multiple copies, please contact Courier Reprints at "
        "1-800-843-0008 or visit www.courierreprints.example.",
    ]
    body = (
        f"<p>{chrome[0].replace('https://www.', 'HTTPS://www.')}</p>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + f"<p>{chrome[1]}</p><p>{own[0]}</p><p>{own[1]}</p>"
        + "".join(f"<p>{p}</p>" for p in prose[3:])
        + f"<p>{chrome[2]}</p>"
    )
    page = f"<html><body><article><h1>Car sales</h1>{body}</article></body></html>"
    text = extract(page, url).text
    assert all(p in text for p in prose + own)
    for c in chrome:
        assert c[20:60] not in text


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        "Additional reporting by Joseph Hudak",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
        "Tempo de leitura: 2 minutos",
        "Like this story? Share it with a friend!",
    ],
)
def test_contributor_credits_reading_time_and_share_calls_go(credit: str) -> None:
    """The wire's credit line for its reporters and editors, a reading-time line in another
    language and a call to share the story are not the story; a sentence about reporting
    stays."""
    prose = report_prose(4, "harbour crane")
    own = "The reporting by the port's own inspectors found no fault with the crane."
    body = "".join(f"<p>{p}</p>" for p in prose) + f"<p>{own}</p><p>{credit}</p>"
    text = extract(f"<html><body><article><h1>Crane</h1>{body}</article></body></html>").text
    assert all(p in text for p in prose) and own in text
    assert credit[:20] not in text


@pytest.mark.parametrize(
    "note",
    [
        "Follow AP's full coverage of the election at https://apnews.example/election",
        "More AP NBA: https://apnews.example/NBA and https://social.example/AP_Sports",
        "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
        "Get Motor Cycle Monthly delivered through your letterbox. 12 issues for £11.99.",
        "Note: we are temporarily moderating all comments submitted to deal with spam.",
        "Explore further",
    ],
)
def test_the_publishers_other_channels_offers_and_comment_notes_go(note: str) -> None:
    """A line sending the reader to the publisher's coverage elsewhere, its radio, its
    print subscription or its comment rules is not part of the story, wherever it sits."""
    prose = report_prose(4, "harbour crane")
    body = "".join(f"<p>{p}</p>" for p in prose[:2]) + f"<p>{note}</p>"
    body += "".join(f"<p>{p}</p>" for p in prose[2:])
    text = extract(f"<html><body><article><h1>Crane</h1>{body}</article></body></html>").text
    assert all(p in text for p in prose)
    assert note[:20] not in text


def test_a_line_of_dialogue_that_starts_like_a_read_also_label_stays() -> None:
    """ "MIRA: <link>" labels a teaser, but a line of Spanish dialogue starts the same way
    ("—Mira —dijo—, …") and is the story's."""
    prose = _PROSE["es"]
    dialogue = "—Mira —dijo la alcaldesa—, esto no ha terminado."
    teaser = "<p>MIRA: <a href='/otra'>Madre acude a la comisaría y termina detenida</a></p>"
    body = f"<p>{prose[0]}</p><p>{dialogue}</p>{teaser}" + "".join(f"<p>{p}</p>" for p in prose[1:])
    text = extract(f"<html><body><article><h1>Tranvía</h1>{body}</article></body></html>").text
    assert dialogue in text and all(p in text for p in prose)
    assert "Madre acude" not in text


@pytest.mark.parametrize("label", ["Seite drucken", "Artikel drucken", "Imprimir", "Stampa"])
def test_a_print_button_goes_in_other_languages(label: str) -> None:
    """A print button's label left in the body is an interface label in any language; a
    sentence that says "drucken" stays."""
    prose = _PROSE["de"]
    own = "Das Formular können Sie im Rathaus abholen oder zu Hause drucken."
    body = f"<p>{prose[0]}</p><p>{label}</p><p>{own}</p>"
    body += "".join(f"<p>{p}</p>" for p in prose[1:])
    text = extract(f"<html><body><article><h1>Straßenbahn</h1>{body}</article></body></html>").text
    assert own in text and all(p in text for p in prose)
    assert f"\n{label}\n" not in f"\n{text}\n"


#: The heading of the teasers a site puts after the story, in the languages of the
#: read-also labels, with two teasers: a date line and the first sentence of another story.
_RELATED_ENDS = {
    "es": ("Notas relacionadas", "Jueves 21 abril, 2022", "El puerto abrirá nuevos muelles"),
    "pt": ("Artigos relacionados", "Quinta-feira, 21 de abril", "O porto abrirá novos cais"),
    "de": ("Ähnliche Artikel", "Donnerstag, 21. April 2022", "Der Hafen öffnet neue Kais"),
    "fr": ("Articles similaires", "Jeudi 21 avril 2022", "Le port ouvrira de nouveaux quais"),
    "it": ("Notizie correlate", "Giovedì 21 aprile 2022", "Il porto aprirà nuove banchine"),
}


@pytest.mark.parametrize("lang", sorted(_RELATED_ENDS))
def test_the_teasers_under_a_related_heading_at_the_end_go_in_each_language(lang: str) -> None:
    """Under "Notas relacionadas" / "Ähnliche Artikel" at the end of the story, the
    teasers go with their heading, as they do under "Related articles" (before, only the
    heading went: its teasers read as the story's last paragraphs)."""
    heading, date, teaser = _RELATED_ENDS[lang]
    prose = report_prose(5, "harbour budget")
    teasers = "".join(
        f"<p>{date}</p><p>{teaser}: {n} in 2022, {n + 2} in 2023.</p>" for n in (2, 3)
    )
    body = "".join(f"<p>{p}</p>" for p in prose) + f"<h2>{heading}</h2>{teasers}"
    text = extract(f"<html><body><article><h1>Puerto</h1>{body}</article></body></html>").text
    assert all(p in text for p in prose)
    assert heading not in text and date not in text and teaser not in text
