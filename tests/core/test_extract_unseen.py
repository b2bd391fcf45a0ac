"""The cleaner on kinds of page its rules were not written for: decomposed and invisible
characters, very short pages, unspaced scripts with their portals' chrome, class words and
text shapes that sit on real content, and a first pick that is not the article."""

from __future__ import annotations

import unicodedata

from reader.core.extract import count_words, extract


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
