"""HTML in, :class:`Article` out: the article's main content, metadata and clean HTML.

``extract(html, url=None) -> Article`` is the one entry point (benchmarks and the
library call it; its name and shape stay stable). It never raises: unusable input gives
an ``Article`` with empty ``text`` and a ``reason``.

How it works, in order:

1. Decode (declared charset, then detection) and parse the page once with lxml
   (trafilatura's parser settings, element classes picked in C).
2. Metadata: trafilatura's metadata steps, once, on the shared tree
   (:func:`reader.core.extract.meta.page_metadata`, without categories, tags, licence).
   Then scripts, styles and link menus are deleted: the first pass would delete them too,
   after copying the tree.
   First pass: trafilatura in fast mode finds the article's blocks on a copy of the same
   tree. When it returns few words, or a small share of the page's paragraph words, the
   full trafilatura pass (which also weighs readability's and justext's picks) decides;
   it reuses the fast pass's work (:mod:`reader.core.extract.passes`).
   When the pick is the whole page's text dumped in one paragraph (trafilatura's last
   resort), the longest structured pick (full pass, recall pass, readability) replaces it.
3. The blocks are located in the page; a body the template split into twin containers is
   read to the end (:mod:`reader.core.extract.continuation`).
4. Fallback: when that is still very short, or a small share of the page's paragraph
   words, the recall-oriented trafilatura run and readability's pick are tried, and one
   with clearly more prose (not a list of links) replaces it; a pick inside a consent
   dialog is made again without it (:mod:`reader.core.extract.picks`).
5. Blocks in a box the page names as chrome (a call to action, a pop-up, a disclaimer:
   :mod:`reader.core.extract.boxes`) go. Then our stage (:mod:`reader.core.extract.chrome`)
   removes the residual chrome the first pass lets through, in many languages, by general
   signals; byline and editor lines become metadata.
6. :mod:`reader.core.extract.render` renders the blocks as safe HTML and plain text that
   say the same thing, and brings back the article's figures (with captions, without
   photo credits) from the original page.

The headline is metadata: it is in ``Article.title`` and never the first block of
``html`` or ``text`` (the reader view draws it itself).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from html import unescape as html_unescape
from typing import Any

from lxml import etree

from reader.core.extract import meta
from reader.core.extract.article import Article
from reader.core.extract.blocks import Block, count_words
from reader.core.extract.boxes import drop_boxed
from reader.core.extract.chrome import filter_blocks, text_key
from reader.core.extract.continuation import continuation, gaps, lead
from reader.core.extract.dates import dateline, search_date, to_date
from reader.core.extract.figures import (
    index_page,
    insert_in_page_order,
    locate,
    page_embeds,
    page_figures,
    place_figures,
)
from reader.core.extract.parse import (
    decode,
    drop_code,
    element_text,
    link_words,
    nfc,
    normalise_text,
    parse,
    prune_huge,
    repair_mojibake,
)
from reader.core.extract.passes import Passes
from reader.core.extract.picks import (
    CHECK_SHARE,
    CHECK_WORDS,
    FALLBACK_WORDS,
    MISSED_SHARE,
    is_dump,
    longer_pick,
    pick_without,
    prose_lines,
    undump,
    wrong_box,
)
from reader.core.extract.render import absolute, blocks_from_body, norm, rerender_inline

log = logging.getLogger(__name__)

#: The start of ``Article.reason`` when extraction hit a bug (logged with its traceback):
#: every other reason is a page with no article.
FAILED_REASON = "the page could not be read"

#: Pages are cut to this many characters before parsing: enough for any article, and it
#: bounds the time a hostile 100 MB page can take.
MAX_CHARS = 6_000_000
#: Pages longer than this get one pass only: a second run would double a hostile page's time.
HUGE_CHARS = 2_000_000
#: Fewer words than this is a menu item or a button, not an article.
MIN_WORDS = 3


def extract(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article from a page. Never raises.

    Args:
        html: The page, as text or as bytes (bytes are decoded by their declared charset,
            falling back to detection).
        url: The page's URL, used to make links and images absolute.

    Returns:
        The article; ``text`` is empty and ``reason`` says why when there is none. The
        headline is in ``title`` only, never repeated as the first block of ``html``/``text``.
    """
    try:
        return _extract(html, url)
    except Exception as exc:  # the contract: never raise on any input
        log.exception("extraction failed for %s", url)
        return Article(reason=f"{FAILED_REASON} ({type(exc).__name__})")


_WRAPPERS = re.compile(r"</?(?:div|span|section|article|main|font|center)\b[^>]*>", re.I)


def _extract(html: str | bytes, url: str | None) -> Article:
    if isinstance(html, bytes):
        html = decode(html)
    article = _extract_once(html, url)
    if article.reason and html.count("<div") > 2000:
        # the HTML parser stops at a depth of a few hundred: on pages nested deeper than
        # that, the wrappers hide the text, so try again without them
        flat = _extract_once(_WRAPPERS.sub(" ", html), url)
        if not flat.reason:
            return flat
    return article


def _extract_once(html: str, url: str | None) -> Article:
    if len(html) > MAX_CHARS:
        log.info("page of %d characters cut to %d", len(html), MAX_CHARS)
        html = html[:MAX_CHARS]
    html = repair_mojibake(html)  # after the cut: ftfy takes 0.17 s a megabyte
    html = normalise_text(html)
    # (parse drops NULs with the other control characters)
    if not html.strip() or ("\x00" in html and not html.replace("\x00", "").strip()):
        return Article(reason="the page is empty")
    root = parse(html)
    if root is None:
        return Article(reason="the page has no HTML content")
    if len(html) > HUGE_CHARS:
        prune_huge(root)
    info = meta.page_metadata(root, url)
    jsonld = meta.json_ld(root)
    declared = meta.declared_language(root, jsonld)
    canon_url = meta.canonical(root)  # read from <head>, which drop_code empties
    author_tags = meta.author_tags(root)
    drop_code(root)
    passes = Passes(root, url or info.get("url"))
    body = passes.body(fast=True)
    blocks = blocks_from_body(body, url) if body is not None else []
    first_words = sum(b.words for b in blocks)
    huge = len(html) > HUGE_CHARS
    full_done = dumped = False

    @functools.cache
    def prose() -> int:  # counted once, when first needed
        return _prose_words(root)

    if not huge and (first_words < CHECK_WORDS or first_words < CHECK_SHARE * prose()):
        # the fast pass may have stopped at a fragment: the full pass compares its pick with
        # readability's and justext's and wins on these pages (measured on the dev sets)
        full_done = True
        full = passes.body()
        if full is not None:
            blocks = blocks_from_body(full, url)
            first_words = sum(b.words for b in blocks)
    if not huge and is_dump(blocks, first_words):
        blocks, first_words = undump(passes, url, blocks, first_words, full_done)
        if is_dump(blocks, first_words):
            blocks = prose_lines(blocks)
            first_words = sum(b.words for b in blocks)
            dumped = True  # the recall pass gave a dump too: no fallback to it below
    site_name = norm(info.get("sitename"))
    title = meta.clean_title(norm(info.get("title")), site_name)
    authors = meta.whole_names(meta.split_authors(info.get("author")), author_tags)

    titles = _title_keys(title, info.get("title"))
    pos, starts = index_page(root)
    blocks, found = _place(blocks, titles, pos, starts, url)
    words = sum(b.words for b in blocks)
    if not huge and not dumped and _missed(words, full_done, prose):
        # a fragment or a teaser list: a recall-oriented pick may hold the whole article
        longer = longer_pick(passes, url, words, prose())
        if longer is not None:
            blocks, found = _place(longer, titles, pos, starts, url)
    box = wrong_box(found) if not huge and found else None
    if box is not None:
        # the pick is a consent overlay, a dialog or a sidebar: pick again without it
        retry = pick_without(root, box, passes.url, url)
        if retry is not None:
            blocks, found = _place(retry, titles, pos, starts, url)
    elements = {pos[e]: e for e in found}
    rerender_inline(blocks, elements, url)
    blocks = drop_boxed(blocks, elements)
    blocks, report = filter_blocks(blocks, authors, site_name, url)
    if not authors and report.bylines:
        authors = list(dict.fromkeys(report.bylines))[:1]
    kept = {b.pos for b in blocks}
    found = [e for e in found if pos[e] in kept]
    figures = page_figures(root, found, pos, url) if blocks else []
    blocks = place_figures(blocks, [*figures, *page_embeds(root, found, pos, blocks)])

    # captions are display: the text is the article's prose (see the Article docstring);
    # all text in NFC (composed accents, as typed)
    text = nfc("\n\n".join(b.text for b in blocks if b.text and b.kind != "figure"))
    clean_html = nfc("\n".join(b.html for b in blocks))
    images = list(dict.fromkeys(u for b in blocks if b.kind == "figure" for u in b.items))
    lead = absolute(info.get("image"), url) or (images[0] if images else None)
    # only what the page says is its address: never its <base href> (where relative links
    # start, often the site's home page), which trafilatura's metadata reads as one
    canon = absolute(canon_url, url) or url
    words = sum(b.words for b in blocks if b.kind != "figure")
    reason = None
    if words < MIN_WORDS:
        text, clean_html, images = "", "", []
        reason = "no article text was found on the page"
    published = to_date(info.get("date"))
    if published is None and words >= MIN_WORDS and not huge:
        # the dateline the filter took out of the body, else the slow search of the page
        published = to_date(dateline(report.date_lines)) or to_date(search_date(root))
    return Article(
        title=nfc(title),
        authors=[nfc(a) for a in authors],
        published=published,
        site_name=site_name,
        language=meta.choose_language(declared, text),
        lead_image=lead,
        canonical_url=canon,
        description=nfc(norm(info.get("description"))),
        text=text,
        html=clean_html,
        images=images,
        reason=reason,
    )


def _missed(words: int, full_done: bool, prose: Callable[[], int]) -> bool:
    """Whether the pick looks like a fragment of the article: very short, or (when the
    full pass ran) short or a small share of the words in the page's paragraphs."""
    if words < FALLBACK_WORDS:
        return True
    return full_done and (words < CHECK_WORDS or words < MISSED_SHARE * prose())


def _place(
    blocks: list[Block],
    titles: set[str],
    pos: dict[etree._Element, int],
    starts: Any,
    url: str | None,
) -> tuple[list[Block], list[etree._Element]]:
    """Drop the headline from the pick, locate its blocks in the page and read a body the
    template split into twin containers to the end: the blocks and their elements."""
    # the headline is drawn by the reader view: never repeat it in the body
    blocks = [
        b
        for i, b in enumerate(blocks)
        if not (b.words <= 40 and (i < 3 or b.kind != "p") and text_key(b.text) in titles)
        and not (i < 3 and _headline_row(b, titles))
    ]
    blocks = [_without_headline(b, titles) if i < 3 else b for i, b in enumerate(blocks)]
    found = locate(blocks, pos, starts)
    extra = continuation(found, pos, blocks, url)
    if extra:
        found += locate(extra, pos, starts)
        blocks = _merge(blocks, extra)
    missing = [
        b
        for b in gaps(found, pos, blocks, url)
        if text_key(b.text) not in titles and not _headline_row(b, titles)
    ]
    missing += lead(found, pos, blocks, url, titles)
    if missing:
        found += locate(missing, pos, starts)
        blocks = insert_in_page_order(blocks, missing)
    return blocks, found


def _prose_words(root: etree._Element) -> int:
    """Words in the page's ``<p>`` elements and in its list items of prose (eight words or
    more, few of them links): a cheap bound on how much prose there is. With the list
    items, a first pass that kept a review's paragraphs but not its lists of features is
    caught (WCXB articles F1 0.9431 -> 0.9443, with kept 0.9527 -> 0.9546; 87 -> 109 of
    711 article pages get the full pass)."""
    n = 0
    for p in root.iter("p"):
        n += count_words(element_text(p))
    for li in _PROSE_ITEMS(root):
        words = count_words(element_text(li))
        if words >= 8 and link_words(li) <= 0.3 * words:
            n += words
    return n


#: List items that are not containers of paragraphs (those are counted as paragraphs).
_PROSE_ITEMS = etree.XPath("//li[not(.//p)]")


def _merge(blocks: list[Block], extra: list[Block]) -> list[Block]:
    """Put the continuation's blocks after the last block that precedes them in the page."""
    start = min(b.pos for b in extra)
    at = max((i + 1 for i, b in enumerate(blocks) if 0 <= b.pos < start), default=len(blocks))
    return [*blocks[:at], *extra, *blocks[at:]]


#: Words up to which a block that starts with the headline is its row of details.
HEADLINE_ROW_WORDS = 15


def _headline_row(block: Block, titles: set[str]) -> bool:
    """Whether ``block`` is the headline with its date or section beside it, a row of the
    template's header table ("Backup Strategy | January 22nd, 2019 | tech")."""
    if block.words > HEADLINE_ROW_WORDS:
        return False
    cells = [c for c in re.split(r"\s*[\t\n]\s*", block.text.strip()) if c]
    return (
        len(cells) >= 2
        and text_key(cells[0]) in titles
        and all(count_words(c) <= 5 and not _SENTENCE.search(c) for c in cells[1:])
    )


#: The end of a sentence: a headline row's cells are labels and dates, never one.
_SENTENCE = re.compile(r"[.!?。！？]\W{0,2}$")


_TAGS = re.compile(r"<[^>]+>")
_LINE_BREAK = re.compile(r"\s*(?:<br>|\n)\s*")


def _without_headline(block: Block, titles: set[str]) -> Block:
    """``block`` without its first line when that line is the headline and the rest is
    text of its own: on a page of a title and one short paragraph, the first pass reads
    both as one paragraph ("Road closed / Closed until Friday.")."""
    if block.kind != "p" or "\n" not in block.text:
        return block
    first, rest = block.text.split("\n", 1)
    if text_key(first) not in titles or not rest.strip():
        return block
    parts = _LINE_BREAK.split(block.html.removeprefix("<p>"), 1)
    if len(parts) < 2:
        return block
    head, tail = parts
    if text_key(html_unescape(_TAGS.sub("", head))) != text_key(first):
        return block
    return Block("p", "<p>" + tail, rest.strip(), pos=block.pos, items=block.items)


def _title_keys(*titles: object) -> set[str]:
    """The headline's comparable forms, with and without a " | Site" part."""
    keys = set()
    for t in titles:
        if isinstance(t, str) and t.strip():
            keys.add(text_key(t))
            for sep in (" | ", " - ", " – ", " — ", " :: "):
                if sep in t:
                    keys.add(text_key(t.rsplit(sep, 1)[0]))
                    keys.add(text_key(t.split(sep, 1)[0]))
    keys.discard("")
    return keys
