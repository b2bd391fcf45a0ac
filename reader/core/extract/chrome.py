"""The multilingual residual-chrome filter: label lexicons and general block signals.

The first pass (trafilatura) finds the article's region; what it lets through is mostly
short "chrome" blocks inside or at the edge of the body: "read also" links, follow/app/
newsletter promos, share bars, photo credits, editor and byline lines, tag lists,
comment counters, advertisement labels, cookie notices, paywall teasers, author bios and
"most read" lists. These are recognised here by general signals only (never per-site
rules): a label lexicon in many languages, the block's length, its link density, its
position at the edge of the body, and repetition.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

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
    RE_COOKIE_CONTEXT,
    RE_COPYRIGHT,
    RE_CREDIT,
    RE_CREDIT_TAIL,
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
    RE_TAIL_LABEL,
    RE_UI_LABEL,
    RE_UI_MESSAGE,
    SHORT_WORDS,
    SUPPORT_CALL,
)

log = logging.getLogger(__name__)

#: A block whose first line is a "Related" / "Don't miss" label is the list of teasers it
#: introduces, up to this many words (longer, it is more likely prose that starts oddly).
LABELLED_LIST_WORDS = 150
#: Words up to which one call to follow, subscribe or support makes a block a promotion;
#: longer, a note is one when its sentences are calls (see _is_note_of_calls).
PROMO_WORDS = 35


@dataclass
class ChromeReport:
    """What the filter learnt while removing chrome (kept as metadata).

    Attributes:
        bylines: Names found on byline/editor lines, in order.
        date_lines: Date and byline lines removed from the body ("Posted on 3 March 2025"),
            in order: where the article's date is when its markup carries none.
        removed: How many blocks were removed.
    """

    bylines: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)
    removed: int = 0


def _is_share_bar(text: str) -> bool:
    """Whether ``text`` is nothing but share buttons ("Share Facebook X WhatsApp")."""
    if len(text) >= 200:
        return False
    if _SHARE_START.match(text) is None:
        # the first word is no share button (cheaper than removing them all to see): a
        # row of icons has no letters, and no digits either ("5.000 €", "2,0 %" and
        # "+49 30 1234567" are prices, figures and numbers of the text)
        return _LETTER.search(text) is None and not any(c.isdigit() for c in text)
    rest = RE_SHARE_WORDS.sub(" ", text)
    return not re.sub(r"[\W\d_]+", "", rest)


#: A share word at the start of a text, after anything but letters.
_SHARE_START = re.compile(r"[\W\d_]*" + RE_SHARE_WORDS.pattern.removeprefix(r"(?<!\w)"), re.I)
_LETTER = re.compile(r"[^\W\d_]")


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


def _introduces_author(low: str, authors: list[str]) -> bool:
    """Whether ``low`` starts by introducing one of the article's authors in the first
    person: in the second half of the pick, the author box (in the first, the article's
    own introduction)."""
    m = _FIRST_PERSON.match(low)
    if m is None:
        return False
    rest = low[m.end() :]
    return any(len(a) > 3 and rest.startswith(a.lower()) for a in authors)


def _byline_name(text: str) -> str | None:
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


def _reporter_name(text: str) -> str | None:
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
    if NOTICE.search(low) or RE_SHORTCODE.match(low):
        return "notice"
    if block.kind == "p" and words <= 45 and _may_be_caption(low) and RE_CAPTION_END.search(low):
        return "caption"
    if words <= 16 and RE_META_LINE.match(low):
        return "meta-line"
    if DISCLOSURE.search(low):
        return "disclosure"
    if RE_CREDIT.match(low) and words <= 15:
        return "credit"
    if words <= 8 and RE_REPORTER_LINE.match(text):
        return "byline"
    if _byline_name(text) is not None:
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


def text_key(text: str) -> str:
    """Lower-cased words of ``text`` joined by spaces, for comparisons."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _repeatable(block: Block) -> bool:
    """Whether a second copy of this block is a template's repeat, not the article's: a
    paragraph, list or heading of five words or more (a code sample shown twice stays)."""
    return block.kind not in ("figure", "pre") and block.words >= 5 and "{" not in block.text


def filter_blocks(
    blocks: list[Block], authors: list[str] | None = None, site_name: str = ""
) -> tuple[list[Block], ChromeReport]:
    """Remove chrome blocks; return the kept blocks and what was learnt.

    Beyond :func:`chrome_kind`, this drops a list that follows a dropped section heading,
    repeated blocks, and link-heavy short blocks at the edges of the body.
    """
    report = ChromeReport()
    site_name = text_key(site_name)
    kept: list[Block] = []
    seen: set[str] = set()
    skip_list = False
    sections: list[int] = []  # where in ``kept`` a dropped label or paywall notice was
    for i, block in enumerate(blocks):
        kind = chrome_kind(block, authors=authors)
        parts = [block]
        if kind is None and block.kind == "p" and "\n" in block.text:
            # a paragraph of <br>-separated lines: chrome when every line is; else its
            # chrome lines go, and a run of sentences becomes the paragraphs it stands for
            lines = [ln for ln in block.text.split("\n") if ln.strip()]
            kinds = [chrome_kind(Block("p", "", ln), authors=authors) for ln in lines]
            if all(kinds) and block.words <= 60:
                kind = "chrome-lines"
            elif not all(kinds):
                parts = _split_lines(block, [k if k in LINE_KINDS else None for k in kinds], report)
        if kind is None and site_name and block.words <= 8 and text_key(block.text) == site_name:
            kind = "site-name"
        if (
            kind is None
            and authors
            and block.kind == "p"
            and 2 * i >= len(blocks)
            and block.words <= SHORT_WORDS * 2
            and _introduces_author(block.text.lower(), authors)
        ):
            kind = "author-bio"
        if kind is None and skip_list and block.kind in ("ul", "ol") and block.link_density > 0.5:
            kind = "listed-under-heading"
        skip_list = kind == "section-heading"
        key = " ".join(block.text.split()).lower()
        if kind is None and key in seen and _repeatable(block):
            kind = "repeat"
        if kind == "paywall" or (kind == "section-heading" and _ends_article(block.text)):
            sections.append(len(kept))
        if kind is not None:
            if kind == "byline":
                name = _byline_name(block.text) or _reporter_name(block.text)
                if name:
                    report.bylines.append(name)
            if kind in ("byline", "meta-line") and block.words <= 20:
                report.date_lines.append(block.text)
            report.removed += 1
            log.debug("dropped %s block: %.60s", kind, block.text)
            continue
        seen.add(key)
        kept.extend(parts)
    for at in sections:
        if _is_tail_section(kept[:at], kept[at:]):
            report.removed += len(kept) - at
            del kept[at:]
            break
    # Edges: short, link-heavy blocks before the first or after the last real paragraph, and
    # a label left dangling at the end ("Proudly supporting", "BOOK YOUR FIRST LESSON").
    while (
        kept
        and kept[-1].kind not in ("figure",)
        and (
            (
                kept[-1].words < 15
                and (kept[-1].link_density > 0.5 or kept[-1].kind in ("h2", "h3", "h4"))
            )
            or (
                len(kept) > 3
                and kept[-1].kind == "p"
                and is_label(kept[-1].text)
                and not _signs_off(kept)
            )
        )
    ):
        kept.pop()
        report.removed += 1
    while kept and kept[0].kind == "p" and kept[0].words < 12 and kept[0].link_density > 0.6:
        kept.pop(0)
        report.removed += 1
    return kept, report


#: The kinds of chrome a line inside a paragraph is dropped for: labels and notices. Not
#: a date, a label-like or interface line (on half A of the dev sets, "29 November 2018 |
#: 20 January 2019" inside a paragraph was an event's dates, not a dateline).
LINE_KINDS = frozenset(
    ("read-also", "byline", "credit", "caption", "promo", "notice", "copyright", "share",
     "ad-label", "tags", "paywall", "cookie", "comments", "section-heading")
)  # fmt: skip
#: A run of lines this long (in words), each a sentence, is paragraphs the page separated
#: with line breaks ("…見合わせた。<br><br>気象台によると…"), not one paragraph.
RUN_ON_WORDS = 80
RUN_ON_LINE_WORDS = 8
_INLINE_TAGS = ("a", "strong", "em", "code")


def _split_lines(block: Block, kinds: list[str | None], report: ChromeReport) -> list[Block]:
    """``block`` without its chrome lines (``kinds``: each line's chrome kind, or None),
    as one paragraph per line when its lines are a run of sentences. The block itself when
    its HTML cannot be cut at the same line breaks as its text."""
    lines = [ln for ln in block.text.split("\n") if ln.strip()]
    inner = block.html.removeprefix("<p>").removesuffix("</p>")
    cells = [c for c in inner.split("<br>") if c.strip()]
    if len(cells) != len(lines) or any(
        c.count(f"<{t}") != c.count(f"</{t}>") for c in cells for t in _INLINE_TAGS
    ):
        return [block]
    keep = [(ln, c) for ln, c, k in zip(lines, cells, kinds, strict=True) if k is None]
    gone = len(lines) - len(keep)
    if gone:
        report.removed += gone
        for ln, k in zip(lines, kinds, strict=True):
            if k == "byline":
                name = _byline_name(ln) or _reporter_name(ln)
                if name:
                    report.bylines.append(name)
            log.debug("dropped %s line: %.60s", k, ln)
    run_on = (
        len(keep) >= 2
        and sum(count_words(ln) for ln, _ in keep) >= RUN_ON_WORDS
        and all(count_words(ln) >= RUN_ON_LINE_WORDS and _SENTENCE_END.search(ln) for ln, _ in keep)
    )
    if run_on:
        return [
            Block("p", f"<p>{c.strip()}</p>", ln, _link_chars(c, ln), pos=block.pos)
            for ln, c in keep
        ]
    if not gone:
        return [block]
    text = "\n".join(ln for ln, _ in keep)
    html = "<p>" + "<br>".join(c.strip() for _, c in keep) + "</p>"
    return [Block("p", html, text, _link_chars(html, text), pos=block.pos)]


_LINK = re.compile(r"<a [^>]*>(.*?)</a>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _link_chars(html: str, text: str) -> int:
    """Characters of ``text`` inside the links of ``html`` (for a block cut from another)."""
    if "<a " not in html:
        return 0
    n = sum(len(_TAG.sub("", m.group(1))) for m in _LINK.finditer(html))
    return min(n, len(text))


#: What a section under a teaser heading or a paywall notice may hold, in words, when it
#: runs to the end of the pick: the site's teasers, about box or offer. More, or a longer
#: paragraph, and the article goes on after the label.
TAIL_SECTION_WORDS = 200
TAIL_BLOCK_WORDS = 80
TAIL_SECTION_SHARE = 0.25


def _ends_article(label: str) -> bool:
    """Whether a dropped heading is one whose section may end the article ("Related
    articles", "More from …"), not a label of one teaser inside it ("Baca juga")."""
    low = label.strip().lower()
    return RE_TAIL_LABEL.match(low) is not None or RE_MORE_FROM.match(low) is not None


def _signs_off(kept: list[Block]) -> bool:
    """Whether the last block is the sign-off of a letter or a note ("Viele Grüße, / Die
    Redaktion"), or the closing before it: a label after a line that ends with a comma,
    or a closing (ending with one) after the article's last sentence."""
    last, before = kept[-1].text.strip(), kept[-2].text.rstrip()
    return before.endswith(",") or (last.endswith(",") and _SENTENCE_END.search(before) is not None)


def _is_tail_section(before: list[Block], after: list[Block]) -> bool:
    """Whether ``after``, which follows a dropped "Related" / "More from …" heading or a
    paywall notice and runs to the end, is that section rather than more of the article."""
    words = sum(b.words for b in after)
    return (
        bool(after)
        and words <= TAIL_SECTION_WORDS
        and words <= TAIL_SECTION_SHARE * sum(b.words for b in (*before, *after))
        and all(b.words <= TAIL_BLOCK_WORDS and b.kind != "pre" for b in after)
    )


_SENTENCE_END = re.compile(r"[.!?:)\]\"”’…。！？]\W{0,2}$")


def is_label(text: str, max_words: int = 4) -> bool:
    """A line of up to ``max_words`` words that is not a sentence: a label, a button or a
    name."""
    text = text.strip()
    return (
        count_words(text) <= max_words
        and "\n" not in text
        and _LETTER.match(text) is not None
        and _SENTENCE_END.search(text) is None
    )


def strip_credit(caption: str) -> str:
    """Remove a trailing photo credit ("Foto: Reuters") from a caption."""
    return RE_CREDIT_TAIL.sub("", caption).strip()
