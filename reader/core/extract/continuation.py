"""The rest of an article whose body the page splits into several containers.

Templates often cut a long article into sibling containers of the same kind (the same tag
and class) with an advertisement or a newsletter box between them; the first pass then keeps
the first container only. Once its blocks are located in the page, the container most of
them sit in is known, and its twins nearby that hold prose the first pass did not keep are
the article's continuation.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Iterator
from copy import deepcopy

from lxml import etree

from reader.core.extract.blocks import Block, count_words
from reader.core.extract.chrome import text_key
from reader.core.extract.parse import common_ancestor, link_words
from reader.core.extract.render import blocks_from_body, norm

log = logging.getLogger(__name__)

_CONTAINER_TAGS = ("div", "section", "article")
_CHROME_TAGS = {"nav", "aside", "footer", "header", "form"}
#: Located paragraphs that must share one container before its twins are looked for.
MIN_LOCATED = 3
#: Words of paragraph prose a twin must hold to count as a continuation.
MIN_WORDS = 30
#: Prose, a twin's or a left-out paragraph's, has no more than this share of its words in
#: links.
LINK_SHARE = 0.3
#: A class worn by more elements than this is layout ("row", "col"), not an article body.
MAX_TWINS = 8
#: A list whose text is mostly links is navigation, not the article; one whose every item
#: links elsewhere is a teaser list ("More stories") from a lower share on.
LINK_LIST = 0.5
TEASER_LIST = 0.3
#: How far up from the container its twins may be (levels).
REACH = 3


def _prose(el: etree._Element) -> tuple[int, int]:
    """Words in the element's paragraphs, and how many of them are link text."""
    words = links = 0
    for p in el.iter("p"):
        words += count_words(" ".join(p.itertext()))
        links += link_words(p)
    return words, links


def _link_list(b: Block) -> bool:
    if b.kind not in ("ul", "ol"):
        return False
    items = b.html.split("<li>")[1:]
    every_item_links = bool(items) and all("<a " in item for item in items)
    return b.link_density > LINK_LIST or (every_item_links and b.link_density > TEASER_LIST)


def _label(b: Block) -> bool:
    """A heading, or a short line without a sentence's end, that introduces what follows."""
    if b.kind in ("h2", "h3", "h4"):
        return True
    return b.kind == "p" and b.words <= 8 and not b.text.rstrip().endswith((".", "!", "?", ":"))


def _without_link_lists(blocks: list[Block]) -> list[Block]:
    """Drop lists of links ("More stories") and the heading that introduces one: the first
    pass never saw these blocks, so its own link-density pruning did not run on them."""
    out: list[Block] = []
    for b in blocks:
        if _link_list(b):
            if out and _label(out[-1]):
                out.pop()
            continue
        out.append(b)
    while out and out[-1].kind in ("h2", "h3", "h4"):
        out.pop()
    return out


def _body(found: list[etree._Element]) -> tuple[etree._Element | None, int]:
    """The element most located paragraphs are children of, and how many they are."""
    parents = Counter(el.getparent() for el in found if el.tag == "p")
    if not parents:
        return None, 0
    return parents.most_common(1)[0]


def continuation(
    found: list[etree._Element],
    pos: dict[etree._Element, int],
    blocks: list[Block],
    base: str | None,
) -> list[Block]:
    """Blocks of the body's twin containers the first pass left out, with ``pos`` set.

    Args:
        found: The page elements the first pass's blocks were located at.
        pos: Document-order positions of the page's elements.
        blocks: The first pass's blocks (their text is not repeated).
        base: The page URL, for links.

    Returns:
        New blocks in page order; empty when the page has no such split.
    """
    body, located = _body(found)
    cls = body.get("class") if body is not None else None
    if body is None or located < MIN_LOCATED or body.tag not in _CONTAINER_TAGS or not cls:
        return []
    scope = body
    for _ in range(REACH):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    twins = [
        el
        for el in scope.iter(body.tag)
        if el is not body and el.get("class") == cls and pos.get(el, -1) > pos[body]
    ]
    if not twins or len(twins) > MAX_TWINS:
        return []
    inside = set(body.iterancestors()) | set(body.iter())
    known = {norm(b.text)[:80] for b in blocks}
    out: list[Block] = []
    for twin in twins:
        if twin in inside or any(a.tag in _CHROME_TAGS for a in twin.iterancestors()):
            continue
        words, links = _prose(twin)
        if words < MIN_WORDS or links > LINK_SHARE * words:
            continue
        new = blocks_from_body(twin, base)
        if any(norm(b.text)[:80] in known for b in new):
            continue  # the first pass has it already (or part of it)
        new = _without_link_lists(new)
        for b in new:
            b.pos = pos.get(twin, -1)  # page order until the caller locates them exactly
        out.extend(new)
        log.debug("body continued in a twin container: %d blocks", len(new))
    return out


#: Block elements of an article body that a first pass may leave out around paragraphs it
#: kept (trafilatura's fallback for bodies it cannot name, e.g. Webflow's ``w-richtext``,
#: keeps paragraphs only).
_GAP_TAGS = ("ul", "ol", "h2", "h3", "h4", "blockquote", "pre", "table")
#: A paragraph the first pass left out between the body's paragraphs is the article's
#: when it has this many words (and no more than LINK_SHARE of them in links).
GAP_WORDS = 10
#: Boxes set inside a body that are not its prose: by tag (a teaser card is a link around
#: a paragraph), and by the class words templates give captions, cards and carousels,
#: sign-up, promo and paywall banners, author boxes, pop-ups and share or related boxes.
_BOX_TAGS = frozenset(
    (
        "a",
        "svg",
        "nav",
        "aside",
        "footer",
        "header",
        "form",
        "figure",
        "figcaption",
        "li",
        "table",
        "blockquote",
    )
)
_BOX_CLASS = re.compile(
    r"caption|modal|newsletter|subscri|author|\bbio|banner|cta|promo|paywall|teaser|card|"
    r"swiper|carousel|gallery|slideshow|sidebar|related|share|social|comment|advert|sponsor|"
    r"product",
    re.I,
)


def _box_class(el: etree._Element) -> bool:
    return bool(_BOX_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"))


class _Boxes:
    """Which elements below ``top`` are boxes (see ``_BOX_CLASS``) or lie in one, or in a
    located element; remembered per element, as siblings share their ancestors."""

    def __init__(self, top: etree._Element, have: set[etree._Element]) -> None:
        self.have = have
        self.memo: dict[etree._Element, bool] = {top: False}

    def _boxed(self, el: etree._Element) -> bool:
        """Whether ``el`` is a box, or a located element, or lies in one."""
        hit = self.memo.get(el)
        if hit is None:
            parent = el.getparent()
            hit = (
                el in self.have
                or el.tag in _BOX_TAGS
                or _box_class(el)
                or parent is None
                or self._boxed(parent)
            )
            self.memo[el] = hit
        return hit

    def outside(self, el: etree._Element) -> bool:
        """Whether ``el`` (a paragraph or list) is free: not a box by its class, and in no
        box or located element."""
        parent = el.getparent()
        return parent is not None and not _box_class(el) and not self._boxed(parent)


class _Pick:
    """The first pass's text and block openings, made when first needed."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    @functools.cached_property
    def text(self) -> str:
        return " ".join(norm(b.text) for b in self.blocks)

    @functools.cached_property
    def known(self) -> set[str]:
        return {norm(b.text)[:80] for b in self.blocks}

    def has(self, line: str) -> bool:
        """Whether the pick holds this (normalised) text already."""
        return line[:60] in self.text


def _body_children(
    found: list[etree._Element], pos: dict[etree._Element, int], pick: _Pick
) -> Iterator[tuple[etree._Element, int]]:
    body, located = _body(found)
    if body is None or located < MIN_LOCATED:
        return
    last = max(pos[el] for el in found if el.getparent() is body)
    have = set(found)
    for child in body:
        p = pos.get(child, -1)
        if child.tag not in _GAP_TAGS or not p < last:
            continue
        if child in have or any(d in have for d in child.iterdescendants()):
            continue
        if not pick.has(norm(" ".join(child.itertext()))):  # cheaper than rendering it
            yield child, p


def _inner_paragraphs(
    found: list[etree._Element], pos: dict[etree._Element, int], pick: _Pick
) -> Iterator[tuple[etree._Element, int]]:
    paragraphs = [el for el in found if el.tag == "p"]
    top = common_ancestor(paragraphs) if len(paragraphs) >= MIN_LOCATED else None
    if top is None:
        return
    have = set(found)
    if top in have or any(a in have for a in top.iterancestors()):
        return  # the pick holds the whole body already
    first, end = min(pos[el] for el in paragraphs), max(pos[el] for el in paragraphs)
    boxes = _Boxes(top, have)
    # on a stream of stories (each an <article>), the gaps are the story's own: another
    # story's paragraphs or teaser cards between its paragraphs are not glued onto it
    stories = Counter(_story(el, top) for el in paragraphs)
    home = stories.most_common(1)[0][0]
    for el in top.iter("p", "ul", "ol"):
        p = pos.get(el, -1)
        if not first < p < end or el in have or not boxes.outside(el):
            continue
        if el.tag != "p" and any(d in have for d in el.iterdescendants()):
            continue
        if _story(el, top) is not home:
            continue
        text = " ".join(el.itertext())
        words = count_words(text)
        if words < GAP_WORDS:
            continue
        if link_words(el) > LINK_SHARE * words:
            continue
        line = norm(text)
        if not pick.has(line):
            pick.text += " " + line  # an element nested in another is taken once
            yield el, p


def _story(el: etree._Element, top: etree._Element) -> etree._Element | None:
    """The story (an ``<article>`` element, or one whose role is article) below ``top`` that
    ``el`` lies in, or None."""
    for a in el.iterancestors():
        if a is top:
            return None
        if a.tag == "article" or a.get("role") == "article":
            return a
    return None


def gaps(
    found: list[etree._Element],
    pos: dict[etree._Element, int],
    blocks: list[Block],
    base: str | None,
) -> list[Block]:
    """Parts of the article body the first pass left out: as blocks with ``pos`` set, in
    page order.

    Two kinds are looked for:

    - lists, subheadings, quotes, code and tables among the children of the body (the
      element most located paragraphs are children of), before its last kept paragraph;
    - paragraphs and lists anywhere between the first and the last kept paragraph, under
      the element that holds all of them, unless they sit in a box (a card, caption,
      banner, …; see ``_BOX_CLASS``) or are mostly links. trafilatura drops a body's
      paragraphs that are wrapped in a template's own ``<div>``s, e.g. each slide of a
      listicle or each section of a builder page.

    Lists of links ("More stories") stay out.
    """
    pick = _Pick(blocks)
    out: list[Block] = []
    for el, p in [*_body_children(found, pos, pick), *_inner_paragraphs(found, pos, pick)]:
        holder = etree.Element("div")
        holder.append(deepcopy(el))
        for b in blocks_from_body(holder, base):
            if norm(b.text)[:80] not in pick.known and not _link_list(b):
                b.pos = p
                out.append(b)
    if out:
        log.debug("gaps in the body filled: %d blocks", len(out))
    return out


#: A lead above the body: a paragraph of this many words or more, between the headline and
#: the first kept block, no further than ``LEAD_REACH`` elements above it, and the leads
#: together no longer than ``LEAD_MAX_WORDS``.
LEAD_WORDS = 12
LEAD_REACH = 150
LEAD_MAX_WORDS = 150
#: Where a lead is not: menus, sidebars, forms, captions, list items (teasers).
_LEAD_OUTSIDE = frozenset(
    ("nav", "aside", "footer", "form", "figure", "figcaption", "li", "button")
)
_LEAD_END = re.compile(r"[.!?…:)\]\"”’»。！？]\W{0,2}$")


def lead(
    found: list[etree._Element],
    pos: dict[etree._Element, int],
    blocks: list[Block],
    base: str | None,
    titles: set[str],
) -> list[Block]:
    """The standfirst the first pass left above the body: the prose paragraphs between the
    page's headline (an ``<h1>``/``<h2>`` whose words are the title's) and the first kept
    block, as blocks with ``pos`` set, in page order. Templates put it in the article's
    header or an intro box beside the headline, outside the body the first pass picks."""
    located = [pos[el] for el in found if el in pos]
    if not located or not titles:
        return []
    start = min(located)
    root = found[0].getroottree().getroot()
    heads = [
        pos[h]
        for h in root.iter("h1", "h2")
        if pos.get(h, start) < start and text_key(_text(h)) in titles
    ]
    if not heads or start - max(heads) > LEAD_REACH:
        return []
    above = max(heads)
    pick = _Pick(blocks)
    out: list[Block] = []
    words = 0
    for el in root.iter("p"):
        p = pos.get(el, -1)
        if not above < p < start:
            continue
        if any(a.tag in _LEAD_OUTSIDE for a in el.iterancestors()):
            continue
        text = _text(el)
        n = count_words(text)
        if n < LEAD_WORDS or link_words(el) > LINK_SHARE * n or not _LEAD_END.search(text):
            continue
        if pick.has(norm(text)):
            continue
        words += n
        if words > LEAD_MAX_WORDS:
            return []  # more prose above the body than a standfirst: another story
        holder = etree.Element("div")
        holder.append(deepcopy(el))
        for b in blocks_from_body(holder, base):
            b.pos = p
            out.append(b)
    if out:
        log.debug("lead above the body taken: %d blocks", len(out))
    return out


def _text(el: etree._Element) -> str:
    return " ".join(" ".join(el.itertext()).split())
