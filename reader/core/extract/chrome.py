"""The multilingual residual-chrome filter: label lexicons and general block signals.

The first pass (trafilatura) finds the article's region; what it lets through is mostly
short "chrome" blocks inside or at the edge of the body: "read also" links, follow/app/
newsletter promos, share bars, photo credits, editor and byline lines, tag lists,
comment counters, advertisement labels, cookie notices, paywall teasers, author bios and
"most read" lists. These are recognised here by general signals only (never per-site
rules): a label lexicon in many languages, the block's length, its link density, its
position at the edge of the body, and repetition.

What one block is, on its own, is :func:`.kinds.chrome_kind`; this module judges the pick
together (repeats, a list under a dropped heading, the edges, a tail section, the chrome
lines inside a paragraph) and says why each removed block went, which the learned scorer
(:mod:`.scorer`) weighs with the block's other features.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from reader.core.extract.blocks import Block, count_words
from reader.core.extract.kinds import (
    LETTER,
    byline_name,
    chrome_kind,
    introduces_author,
    reporter_name,
)
from reader.core.extract.lexicon import (
    RE_CREDIT_TAIL,
    RE_MORE_FROM,
    RE_TAIL_LABEL,
    SHORT_WORDS,
)
from reader.core.urls import is_http

log = logging.getLogger(__name__)


@dataclass
class ChromeReport:
    """What the filter learnt while removing chrome (kept as metadata).

    Attributes:
        bylines: Names found on byline/editor lines, in order.
        date_lines: Date and byline lines removed from the body ("Posted on 3 March 2025"),
            in order: where the article's date is when its markup carries none.
        removed: How many blocks were removed.
        kinds: Why each removed block went, by ``id`` of the block given to the filter
            ("read-also", "repeat", "edge", "tail", …): what the scorer weighs.
        sources: The block each kept block was cut from (by ``id``), for a paragraph
            whose chrome lines went or that became several.
    """

    bylines: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)
    removed: int = 0
    kinds: dict[int, str] = field(default_factory=dict)
    sources: dict[int, int] = field(default_factory=dict)

    def source(self, block: Block) -> int:
        """The ``id`` of the block given to the filter that ``block`` is or was cut from."""
        return self.sources.get(id(block), id(block))


def text_key(text: str) -> str:
    """Lower-cased words of ``text`` joined by spaces, for comparisons."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _address(text: str) -> str:
    """A web address without its scheme, ``www.``, query and final slash, for comparisons
    (not an address: an empty string)."""
    text = text.strip().lower()
    if not is_http(text):
        return ""
    if any(c.isspace() for c in text):
        return ""
    host_path = text.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return host_path.removeprefix("www.")


def _repeatable(block: Block) -> bool:
    """Whether a second copy of this block is a template's repeat, not the article's: a
    paragraph, list or heading of five words or more (a code sample shown twice stays)."""
    return block.kind not in ("figure", "pre") and block.words >= 5 and "{" not in block.text


def filter_blocks(
    blocks: list[Block],
    authors: list[str] | None = None,
    site_name: str = "",
    url: str | None = None,
) -> tuple[list[Block], ChromeReport]:
    """Remove chrome blocks; return the kept blocks and what was learnt.

    Beyond :func:`chrome_kind`, this drops a list that follows a dropped section heading,
    repeated blocks, and link-heavy short blocks at the edges of the body.
    """
    report = ChromeReport()
    site_name = text_key(site_name)
    address = _address(url) if url else ""
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
        if kind is None and address and block.words <= 30 and _address(block.text) == address:
            kind = "page-url"  # the page's own address, printed for a share or print view
        if (
            kind is None
            and authors
            and block.kind == "p"
            and 2 * i >= len(blocks)
            and block.words <= SHORT_WORDS * 2
            and introduces_author(block.text.lower(), authors)
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
                name = byline_name(block.text) or reporter_name(block.text)
                if name:
                    report.bylines.append(name)
            if kind in ("byline", "meta-line") and block.words <= 20:
                report.date_lines.append(block.text)
            report.removed += 1
            report.kinds[id(block)] = kind
            log.debug("dropped %s block: %.60s", kind, block.text)
            continue
        seen.add(key)
        kept.extend(parts)
        for part in parts:
            if part is not block:
                report.sources[id(part)] = id(block)
    for at in sections:
        if _is_tail_section(kept[:at], kept[at:]):
            report.removed += len(kept) - at
            for b in kept[at:]:
                report.kinds.setdefault(report.source(b), "tail")
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
        report.kinds.setdefault(report.source(kept.pop()), "edge")
        report.removed += 1
    while kept and kept[0].kind == "p" and kept[0].words < 12 and kept[0].link_density > 0.6:
        report.kinds.setdefault(report.source(kept.pop(0)), "edge")
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
                name = byline_name(ln) or reporter_name(ln)
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
        and LETTER.match(text) is not None
        and _SENTENCE_END.search(text) is None
    )


def strip_credit(caption: str) -> str:
    """Remove a trailing photo credit ("Foto: Reuters") from a caption."""
    return RE_CREDIT_TAIL.sub("", caption).strip()
