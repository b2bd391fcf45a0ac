"""Chrome the template names: blocks that sit in a box whose class says what it is.

Templates label their boxes: ``post-cta``, ``newsletter_native``, ``promo-bar__text``,
``author-bio``, ``disclaimer-copy``, ``blog-cta-modal``. A box inside the article body whose
class (or a container's id) holds such a word is a promotion, a sign-up or consent form, a
disclaimer or an author box, whatever its language, so its blocks go; so is a box whose
ARIA role is a menu, a dialog or the page's header or footer. The words are
matched whole, after class names are split at ``-``, ``_`` and camelCase (``cta`` in
``CommunityCTAStyles`` but not in ``selectable``), and not after a position word
(``above-cta`` marks what comes before the promotion).

Labels in a page or article header above the article's first paragraph go too (the menu's
items, a kicker, a document number), while its sentences, the standfirst, stay.

A box whose class names comments (``comments-area``, ``kommentar``) is the comment
section when it comes after the article's longest paragraph; a forum thread, whose
opening post sits in such a box too, keeps its replies.

Two guards keep the article: only boxes below the element that holds every located block
count (the page's own wrappers often carry words like ``post-footer`` or ``share``), and a
box holding the pick's longest block and more than ``MAX_BOX_SHARE`` of its words is the
article itself.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from reader.core.extract.blocks import Block
from reader.core.extract.chrome import is_label
from reader.core.extract.parse import common_ancestor

log = logging.getLogger(__name__)

#: Class words that name a box which is not the article. Chosen on the dev sets, where
#: blocks in such boxes are chrome by the gold 401 times and article text 22 times; words
#: that name article parts as often as chrome stay out (``share``: Postgres ids its
#: ``FOR SHARE`` section; ``paywall``: news sites wrap the whole body in it; ``cookie``:
#: web frameworks document cookies).
# fmt: off
CHROME_WORDS = frozenset((
    "cta", "ctas", "promo", "promos", "promotion", "newsletter", "newsletters", "subscribe",
    "subscription", "signup", "optin", "leadgen", "upsell", "popup", "modal", "advert",
    "advertisement", "advertising", "advertorial", "sponsor", "sponsored", "affiliate",
    "disclosure", "disclaimer", "consent", "gdpr", "author", "authors", "bio", "byline",
    "footer", "social", "sharing", "copyright", "recent", "rating",
))
# fmt: on
#: Class words of the boxes that follow an article: its comments. Below the pick's longest
#: block their blocks go (see ``_comments``); anywhere, these words cost must-have text on
#: the dev sets ("comment" on half A: 0.950 -> 0.946), and "related" in this place changed
#: nothing on half B.
TAIL_WORDS = frozenset(("comment", "comments", "kommentar", "kommentare"))
#: ARIA roles of boxes that are not the article: a menu, a dialog, the page's header.
CHROME_ROLES = frozenset(("menu", "menubar", "dialog", "alertdialog", "banner", "contentinfo"))
#: A word after one of these says where a box sits, not what it is.
_POSITION = frozenset(["above", "below", "before", "after", "pre", "no", "non"])
_CLASS_WORD = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
#: Ids are read on containers only: a heading's or a section's id is often its title.
_ID_TAGS = frozenset(("div", "aside"))
#: A box holding more than this share of the pick's words, and its longest block, is the
#: article, not chrome.
MAX_BOX_SHARE = 0.5
#: A page or article header holding up to this many of the pick's words is the headline's
#: surroundings: its labels go ("Company Spotlight", "DOC. NO: WCA-2025"), its standfirst
#: stays. More, and the template has put the article itself in a header.
HEADER_WORDS = 100
#: Words up to which a line that is not a sentence is a label.
HEADER_LABEL_WORDS = 6
#: A paragraph of this many words starts the article's prose.
PROSE_WORDS = 20


def chrome_word(el: etree._Element) -> str | None:
    """The word of ``el``'s role, class (or a container's id) that names a chrome box, if
    any; ``"link"`` for a link that wraps whole blocks (a teaser card: a headline and its
    blurb inside one ``<a href>``, which the article's own text never is). On
    trafilatura-eval-dev, must-not removed 0.918 -> 0.921 on half A, 0.915 -> 0.918 on
    half B, must-have, WCXB and ScrapingHub unchanged or better on both halves."""
    if el.tag == "a" and el.get("href"):
        return "link"
    role = str(el.get("role") or "")
    if role in CHROME_ROLES:
        return role
    words = _label_words(el)
    for i, word in enumerate(words):
        if word in CHROME_WORDS and (i == 0 or words[i - 1] not in _POSITION):
            return word
    return None


def _label_words(el: etree._Element) -> list[str]:
    """The words of ``el``'s class, and of a container's id unless it is its title's slug."""
    label = el.get("class") or ""
    if el.tag in _ID_TAGS and el.get("id") and not _title_slug(el, str(el.get("id"))):
        label += " " + str(el.get("id"))
    return [w.lower() for w in _CLASS_WORD.split(label) if w] if label.strip() else []


def _names_tail(el: etree._Element) -> bool:
    """Whether ``el``'s class (or a container's id) names what follows an article
    (:data:`TAIL_WORDS`)."""
    # (a look for the words in the raw names rules out almost every element)
    names = f"{el.get('class')} {el.get('id')}".lower()
    return any(w in names for w in TAIL_WORDS) and not TAIL_WORDS.isdisjoint(_label_words(el))


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_SLUG_WORD = re.compile(r"[^\W_]+")


def _title_slug(el: etree._Element, ident: str) -> bool:
    """Whether ``ident`` is made of the words of the heading that opens ``el``: a section's
    own title as its id ("sharing-data" for "Sharing data"), not a name of the box."""
    heading = next((c for c in el[:3] if c.tag in _HEADINGS), None)
    if heading is None:
        return False
    words = set(_SLUG_WORD.findall(" ".join(heading.itertext()).lower()))
    slug = _SLUG_WORD.findall(ident.lower())
    return bool(slug) and all(w in words or w.isdigit() for w in slug)


def drop_boxed(blocks: list[Block], elements: dict[int, etree._Element]) -> list[Block]:
    """The blocks, without those lying in a chrome box (see the module docstring).

    Args:
        blocks: The pick, in page order.
        elements: The page element each located block was read from, by ``Block.pos``.
    """
    located = [elements[b.pos] for b in blocks if b.pos in elements]
    top = common_ancestor(located) if len(located) >= 2 else None
    if top is None:
        return blocks
    memo: dict[etree._Element, tuple[tuple[etree._Element, ...], bool]] = {top: ((), False)}

    def boxes_of(el: etree._Element) -> tuple[tuple[etree._Element, ...], bool]:
        """The chrome boxes ``el`` is or lies in, below ``top``, outermost first, and
        whether it is or lies in a comment box there."""
        path = []
        node: etree._Element | None = el
        while node is not None and node not in memo:
            path.append(node)
            node = node.getparent()
        chain, tail = memo[node] if node is not None else ((), False)
        for step in reversed(path):
            if chrome_word(step):
                chain = (*chain, step)
            tail = tail or _names_tail(step)
            memo[step] = (chain, tail)
        return chain, tail

    found = {id(b): boxes_of(elements[b.pos]) for b in blocks if b.pos in elements}
    chains = {key: chain for key, (chain, _tail) in found.items()}
    in_comments = {key for key, (_chain, tail) in found.items() if tail}
    held: dict[etree._Element, int] = {}
    for b in blocks:
        for box in chains.get(id(b), ()):
            held[box] = held.get(box, 0) + b.words
    limit = MAX_BOX_SHARE * sum(b.words for b in blocks)
    max_block = max(blocks, key=lambda b: b.words)
    longest = chains.get(id(max_block), ())
    article = {box for box in longest if held[box] > limit}
    gone = {key for key, chain in chains.items() if chain and chain[-1] not in article}
    gone |= _comments(blocks, in_comments, max_block, limit)
    gone |= _header_labels(blocks, elements, top)
    if gone:
        log.debug("dropped %d blocks in chrome boxes", len(gone))
    return [b for b in blocks if id(b) not in gone] if gone else blocks


def _comments(blocks: list[Block], in_comments: set[int], longest: Block, limit: float) -> set[int]:
    """The blocks after the pick's longest one that lie in a comment box (``in_comments``,
    by ``id``): the comments the first pass let through. Not when the longest block is in
    one too (a forum thread is made of such boxes), nor when they hold more than ``limit``
    words."""
    if id(longest) in in_comments:
        return set()
    after = blocks[next(i for i, b in enumerate(blocks) if b is longest) + 1 :]
    tail = [b for b in after if id(b) in in_comments]
    return {id(b) for b in tail} if sum(b.words for b in tail) <= limit else set()


def _header_labels(
    blocks: list[Block], elements: dict[int, etree._Element], top: etree._Element
) -> set[int]:
    """The labels in a page or article header above the article's first paragraph: the
    menu's items, the kicker, the document number (by ``id`` of the block)."""
    first = next(
        (i for i, b in enumerate(blocks) if b.kind == "p" and b.words >= PROSE_WORDS),
        len(blocks),
    )
    held: dict[etree._Element, int] = {}
    header_of: dict[int, etree._Element] = {}
    for i, b in enumerate(blocks):
        node = elements.get(b.pos)
        while node is not None and node is not top:
            if node.tag == "header":
                # a header that holds the article's prose is the article's box
                held[node] = held.get(node, 0) + (b.words if i < first else HEADER_WORDS + 1)
                header_of.setdefault(id(b), node)
            node = node.getparent()
    return {
        id(b)
        for b in blocks[:first]
        if id(b) in header_of
        and held[header_of[id(b)]] <= HEADER_WORDS
        and is_label(b.text, HEADER_LABEL_WORDS)
    }
