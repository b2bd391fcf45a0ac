"""Boxes the page names as chrome (promotions, disclaimers, advertisers' offers) go."""

from __future__ import annotations

from reader.core.extract import extract


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


def _boxed(body: str) -> list[str]:
    """The texts ``drop_boxed`` keeps of the paragraphs and headings of ``body``."""
    from lxml import html as lxml_html

    from reader.core.extract.blocks import Block
    from reader.core.extract.boxes import drop_boxed

    page = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    elements = {n: el for n, el in enumerate(page.iter("p", "h2"))}
    blocks = [Block(el.tag, "", el.text_content(), pos=n) for n, el in elements.items()]
    return [b.text for b in drop_boxed(blocks, elements)]


def test_teaser_cards_wrapped_in_one_link_are_dropped_and_inline_links_stay() -> None:
    """Blocks the first pass picked inside an ``<a href>`` (a 'related' row of cards: a
    headline inside one link) are chrome whatever the row's label says; the article's
    paragraphs with links inside them stay."""
    prose = [
        f"Paragraph {i}: the regional court heard the appeal against the new water tariffs "
        "on Tuesday, and the <a href='/ruling'>ruling</a> is expected before the summer."
        for i in range(6)
    ]
    cards = "".join(
        f"<div class='column'><article><a href='/story-{i}'><h2>Grupo {i} asegura haber "
        "ganado el contrato del agua en la provincia</h2></a></article></div>"
        for i in range(3)
    )
    kept = _boxed(
        "<article><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + f"<section class='columns'>{cards}</section></div></article>"
    )
    assert all(k.startswith("Paragraph") for k in kept)
    assert len(kept) == 6


def test_comments_after_the_article_go_but_a_forum_thread_and_an_editors_comment_stay() -> None:
    """Blocks in a box whose class names comments go when they follow the article's longest
    paragraph and are the smaller part of the pick; a thread whose opening post is itself
    such a box is the content, and so is a 'comment' box above the article's main text."""
    story = (
        "<p>The city council approved the new tram line on Thursday after a debate that "
        "lasted into the night, with thirty votes for and eleven against the plan.</p>"
        "<p>Work on the first section, between the station and the university, starts in "
        "spring and should take two years, the transport department said in a statement "
        "that also promised compensation for the shops along the route during the works.</p>"
        "<p>Opponents said they would ask the regional court to stop the project.</p>"
    )
    comments = (
        "<section id='kommentare' class='comments-area'>"
        "<div class='comment-body'><p>Endlich! Darauf warten wir seit zwanzig Jahren.</p></div>"
        "<div class='comment-body'><p>Und wer bezahlt das alles am Ende?</p></div></section>"
    )
    kept = _boxed(f"<article><div class='entry'>{story}</div>{comments}</article>")
    assert len(kept) == 3 and not any("Endlich" in k or "bezahlt" in k for k in kept)

    editor = "<div class='editor-comment'><p>Our reporter rode the test tram.</p></div>"
    kept = _boxed(f"<article>{editor}<div class='entry'>{story}</div></article>")
    assert kept[0] == "Our reporter rode the test tram." and len(kept) == 4

    posts = [
        "I replaced the battery myself last week and the phone now lasts two full days, "
        "which is more than it managed when it was new, so the repair was worth it.",
        "Which battery did you buy? The cheap ones from the market swell after a few months.",
        "The one from the manufacturer's own shop; it cost more but came with a guarantee.",
    ]
    thread = "".join(f"<div class='comment'><p>{p}</p></div>" for p in posts)
    assert _boxed(f"<div class='thread'>{thread}</div>") == posts
