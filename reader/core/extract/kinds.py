"""What one block is: the chrome filter's judgement of a single block (:func:`chrome_kind`).

A block is recognised as chrome by general signals only (never per-site rules): a label
lexicon in many languages (:mod:`.lexicon`), the block's length, its link density and its
shape (a share bar, a breadcrumb, a byline, a list of the article's details). What the
filter does with the page's blocks together (repeats, edges, tail sections, lines inside
a paragraph) is :mod:`.chrome`; the learned scorer that weighs these verdicts with the
block's other features is :mod:`.scorer`.
"""

from __future__ import annotations

import re

from reader.core.extract.blocks import Block, count_words
from reader.core.extract.lexicon import (
    COMMENTS_CALL,
    CONSENT,
    COOKIE,
    DISCLOSURE,
    LONG_CALL_WORDS,
    NOTICE,
    PAYWALL,
    PROMO,
    RE_AD,
    RE_ADJACENT,
    RE_BREADCRUMB_SEP,
    RE_BYLINE,
    RE_CAPTION_END,
    RE_COMMENTS_LINE,
    RE_CONSENT_CONTEXT,
    RE_CONTRIBUTED,
    RE_CONTRIBUTORS,
    RE_COOKIE_CONTEXT,
    RE_COPYRIGHT,
    RE_CREDIT,
    RE_META_LINE,
    RE_MORE_FROM,
    RE_NEWSLETTER_CALL,
    RE_NEWSLETTER_SIGNUP,
    RE_PAGINATION,
    RE_READ_ALSO,
    RE_REPORTER_LINE,
    RE_SECTION_HEADING,
    RE_SHARE_WORDS,
    RE_SHORTCODE,
    RE_SPONSORED,
    RE_TAGS,
    RE_UI_LABEL,
    RE_UI_MESSAGE,
    RE_WIRE_CAPTION,
    SHORT_WORDS,
    SUPPORT_CALL,
)

#: A block whose first line is a "Related" / "Don't miss" label is the list of teasers it
#: introduces, up to this many words (longer, it is more likely prose that starts oddly).
LABELLED_LIST_WORDS = 150
#: Words up to which one call to follow, subscribe or support makes a block a promotion;
#: longer, a note is one when its sentences are calls (see _is_note_of_calls).
PROMO_WORDS = 35


def _is_share_bar(text: str) -> bool:
    """Whether ``text`` is nothing but share buttons ("Share Facebook X WhatsApp")."""
    if len(text) >= 200:
        return False
    if _SHARE_START.match(text) is None:
        # the first word is no share button (cheaper than removing them all to see): a
        # row of icons has no letters, and no digits either ("5.000 €", "2,0 %" and
        # "+49 30 1234567" are prices, figures and numbers of the text)
        return LETTER.search(text) is None and not any(c.isdigit() for c in text)
    rest = RE_SHARE_WORDS.sub(" ", text)
    return not re.sub(r"[\W\d_]+", "", rest)


#: A share word at the start of a text, after anything but letters.
_SHARE_START = re.compile(r"[\W\d_]*" + RE_SHARE_WORDS.pattern.removeprefix(r"(?<!\w)"), re.I)
LETTER = re.compile(r"[^\W\d_]")


def _is_breadcrumb(block: Block) -> bool:
    parts = [p for p in RE_BREADCRUMB_SEP.split(block.text) if p]
    return (
        2 <= len(parts) <= 8
        and len(RE_BREADCRUMB_SEP.findall(block.text)) >= 1
        and all(count_words(p) <= 4 for p in parts)
        and block.link_density > 0.5
    )


_NAME_PARTICLES = {
    "and",
    "dan",
    "und",
    "и",
    "y",
    "e",
    "et",
    "en",
    "ve",
    "i",
    "van",
    "von",
    "der",
    "de",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "bin",
    "binti",
    "al",
    "el",
    "ibn",
    "ter",
}


# What follows the author's name in a bio ("… is a reporter", "… writes about", "… (@x)"),
# and not in a sentence that merely starts with the name ("Acme Health has released …").
_BIO = re.compile(
    r"\s*(?:\(|[–—|-]\s|(?:is|was|writes|covers|reports|joined|ist|war|schreibt|adalah|"
    r"merupakan|menulis|es|est|écrit|escribe|è|é|jest|является|был|была|пишет)\b|"
    r"has (?:been|worked|written|covered|spent|reported|contributed)\b)",
    re.I,
)


# An author box in the first person: "Hi, I'm Ashley Biancuzzo, and I oversee …".
_FIRST_PERSON = re.compile(
    r"\W{0,3}(?:(?:hi|hello|hey|hallo|bonjour|hola|halo|привет)(?: there)?\W{1,3})?"
    r"(?:i['’]m|i am|my name is|ich bin|je suis|soy|me llamo|saya|меня зовут|я)\s+"
)


def introduces_author(low: str, authors: list[str]) -> bool:
    """Whether ``low`` starts by introducing one of the article's authors in the first
    person: in the second half of the pick, the author box (in the first, the article's
    own introduction)."""
    m = _FIRST_PERSON.match(low)
    if m is None:
        return False
    rest = low[m.end() :]
    return any(len(a) > 3 and rest.startswith(a.lower()) for a in authors)


def byline_name(text: str) -> str | None:
    m = RE_BYLINE.match(text)
    if not m or len(text) > 120:
        return None
    name = m.group(1).strip(" .·|-–—)）]】」")
    if not name or re.search(r"\d{3,}", name) or count_words(name) > 8:
        return None
    # Latin-script names are capitalised words; "By 2030, prices …" is prose, not a byline.
    if re.match(r"[a-z]", name) and not re.search(r"[^\x00-\x7f]", name[:1]):
        return None
    if re.search(r"[.!?]\s+\S", name):
        return None
    for word in re.findall(r"[^\W\d_][\w'’.-]*", name):
        if word[0].islower() and word not in _NAME_PARTICLES:
            return None
    return re.split(r"\s*[|/]\s*|\s+-\s+", name)[0].strip()


def reporter_name(text: str) -> str | None:
    """The name on a Korean reporter line ("김민준 기자 kim@…" gives "김민준")."""
    m = RE_REPORTER_LINE.match(text.strip())
    return m.group(1) if m else None


def _may_be_caption(low: str) -> bool:
    """What every RE_CAPTION_END match holds: a colon, or "by"/"courtesy" after a noun."""
    return ":" in low or "：" in low or "by" in low or "courtesy" in low or "사진=" in low


def _is_meta_list(block: Block) -> bool:
    """A list of the article's details ("Gabo", "Jan 23", "11 min read"): short items, one
    of them a date or reading-time line."""
    items = block.text.split("\n")
    return (
        1 < len(items) <= 6
        and all(count_words(i) <= 4 for i in items)
        and any(RE_META_LINE.match(i.strip().lower()) for i in items)
    )


def chrome_kind(block: Block, *, authors: list[str] | None = None) -> str | None:
    """Say which kind of chrome a block is, or None when it is article content.

    Args:
        block: The block to judge.
        authors: Known author names (for author-bio detection).

    Returns:
        A short label ("read-also", "credit", …) or None.
    """
    text = block.text.strip()
    if not text:
        return "empty"
    words = block.words
    if block.kind in ("ul", "ol") and _is_meta_list(block):
        return "meta-line"
    if block.kind == "table" and words <= 6 and RE_UI_LABEL.match(text.lower()):
        return "ui-label"  # a layout table around a button
    if block.kind in ("figure", "table", "pre"):
        return None
    low = text.lower()
    first, newline, after = low.partition("\n")
    labelled = newline and after.strip() and RE_SECTION_HEADING.match(first)
    if labelled and words <= LABELLED_LIST_WORDS:
        # "DON'T MISS" / "Related" on its own line, then the teasers it introduces
        return "read-also"
    if words > SHORT_WORDS * 2:
        return None
    if (block.kind in ("h2", "h3", "h4") or words <= 4) and (
        RE_SECTION_HEADING.match(low) or (words <= 6 and RE_MORE_FROM.match(low))
    ):
        return "section-heading"
    if RE_READ_ALSO.match(low) and (block.link_chars or words <= 25):
        return "read-also"
    if RE_AD.match(low) or (words <= 20 and RE_SPONSORED.search(low)):
        return "ad-label"
    if words <= 60 and PAYWALL.search(low):
        return "paywall"
    if COOKIE.search(low) and RE_COOKIE_CONTEXT.search(low) and words <= 80:
        return "cookie"
    if PROMO_WORDS < words <= LONG_CALL_WORDS and _is_note_of_calls(block, low):
        return "promo"
    if words <= LONG_CALL_WORDS and NOTICE.search(low):
        return "notice"  # a reprint notice runs to three sentences
    if block.kind == "p" and words <= LONG_CALL_WORDS and RE_WIRE_CAPTION.match(low):
        return "caption"
    if words > SHORT_WORDS:
        # short blocks only from here on (affiliate disclosures of 41-70 words were tried:
        # one more chrome snippet on the dev sets, and the gold keeps others as article)
        return None
    if RE_TAGS.match(low):
        return "tags"
    if CONSENT.search(low) and RE_CONSENT_CONTEXT.search(low):
        return "consent"
    if words <= 6 and (RE_UI_LABEL.match(low) or RE_PAGINATION.match(low)):
        return "ui-label"
    if words <= 20 and RE_ADJACENT.match(low):
        return "ui-label"
    if words <= 20 and RE_UI_MESSAGE.match(low):
        return "ui-message"
    if words <= 25 and RE_COPYRIGHT.search(low):
        return "copyright"
    if RE_SHORTCODE.match(low):
        return "notice"
    if block.kind == "p" and words <= 45 and _may_be_caption(low) and RE_CAPTION_END.search(low):
        return "caption"
    if words <= 16 and RE_META_LINE.match(low):
        return "meta-line"
    if DISCLOSURE.search(low):
        return "disclosure"
    if RE_CREDIT.match(low) and words <= 15:
        return "credit"
    if RE_CONTRIBUTORS.match(low) or ("contributed" in low and RE_CONTRIBUTED.search(low)):
        return "credit"
    if words <= 8 and RE_REPORTER_LINE.match(text):
        return "byline"
    if byline_name(text) is not None:
        return "byline"
    if words <= 25 and (RE_COMMENTS_LINE.match(low) or COMMENTS_CALL.search(low)):
        return "comments"
    if words <= PROMO_WORDS and (
        PROMO.search(low) or ("newsletter" in low and RE_NEWSLETTER_CALL.search(low))
    ):
        return "promo"
    if words <= 30 and _is_share_bar(text):
        return "share"
    if _is_breadcrumb(block):
        return "breadcrumb"
    if block.kind in ("ul", "ol") and block.items and block.link_density > 0.8:
        return "link-list"
    if block.kind == "p" and block.link_density > 0.85 and words <= 20:
        return "link-line"
    if authors and words <= 12:
        # a name-only line ("Katrin Lehmann und Jonas Brandt") is a byline or a bio header
        names = {w.lower() for a in authors for w in a.split()}
        rest = [w for w in re.findall(r"\w+", low) if w not in names and w not in _NAME_PARTICLES]
        if not rest:
            return "byline"
    if authors and words >= 8 and block.kind == "p":
        for name in authors:
            if name and len(name) > 3 and text.startswith(name) and _BIO.match(text[len(name) :]):
                return "author-bio"
    return None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+")


def _is_note_of_calls(block: Block, low: str) -> bool:
    """A note that asks things of the reader: it appeals for support, tells them to sign up
    for a newsletter, or at least two thirds of its sentences (two or more) are calls to
    follow, subscribe, comment or rate ("Did you make this recipe? Leave a star rating…
    Follow us on Facebook")."""
    if SUPPORT_CALL.search(low):
        return True
    if ("newsletter" in low or "рассылк" in low or "boletín" in low) and (
        RE_NEWSLETTER_SIGNUP.search(low)
    ):
        return True
    if block.kind != "p" or not (PROMO.search(low) or COMMENTS_CALL.search(low)):
        return False
    sentences = [s for s in _SENTENCE_BREAK.split(low) if s.strip()]
    calls = sum(1 for s in sentences if PROMO.search(s) or COMMENTS_CALL.search(s))
    return calls >= 2 and calls * 3 >= len(sentences) * 2
