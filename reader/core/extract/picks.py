"""The fallbacks and re-picks of the first pass's choice (step 4 of
:mod:`reader.core.extract.pipeline`): when the pick is a fragment, the page's text dumped
in one paragraph, or a consent dialog, which other pick replaces it - the full pass, the
recall pass, readability's pick - by measured rules.
"""

from __future__ import annotations

import logging
import re
from html import escape as html_escape
from typing import Any

from lxml import etree

from reader.core.extract.blocks import Block, count_words
from reader.core.extract.parse import common_ancestor, element_text
from reader.core.extract.passes import Passes
from reader.core.extract.render import blocks_from_body

log = logging.getLogger(__name__)

#: Below this many words the first pass is deemed to have missed the article.
FALLBACK_WORDS = 60
#: The fallback's result replaces the first pass's when it has this many times the words.
FALLBACK_RATIO = 1.5
#: The fast first pass is trusted from this many words up, when it also holds at least
#: ``CHECK_SHARE`` of the words in the page's paragraphs; otherwise the full pass decides.
#: Chosen on the dev sets (full runs, same machine): against the full pass on every page,
#: article word F1 is unchanged (0.939), forum word F1 rises (0.699 → 0.715), the median
#: page is ~10% faster; the price is a little more chrome kept ("without" 0.964 → 0.960).
#: The share was 0.7 until 0.5 gave the same figures on both site halves of every set
#: (three decimals) with the full pass run on fewer pages: median time 1.42× → 1.34×
#: trafilatura's (same machine, same load); 0.3 lowered half A's WCXB article word F1
#: and "with" kept (0.958 → 0.957, 0.974 → 0.973) for no further gain. 150 words lost
#: text on both halves (WCXB "with" kept A 0.974 → 0.972, trafilatura-eval-dev must-have
#: B 0.956 → 0.953) and was no faster (1.34× in the same run).
CHECK_WORDS = 250
CHECK_SHARE = 0.5


#: Class and id words of a consent box (matched whole, as in
#: :mod:`reader.core.extract.boxes`). Tried and rejected, as they named the article's own
#: box on the dev sets: "cmp" (a CMS's component prefix) and "sidebar" ("sidebar-first")
#: on half A, "modal" ("box article modal-enabled", two articles lost) on half B; so were
#: ``aside`` and the complementary role.
CONSENT_BOX_WORDS = frozenset(("consent", "gdpr"))
_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
_CLASS_WORD = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
#: What a consent box speaks of, in many languages (it may be many paragraphs long).
_CONSENT_TEXT = re.compile(
    r"cookie|consent|personal data|partners|privacy|datenschutz|einwillig|"
    r"confidentialité|consentement|privacidad|consentimiento|privasi|persetujuan|"
    r"конфиденциальн|согласи|隐私|同意|プライバシー|同意|개인정보|동의",
    re.I,
)


def wrong_box(found: list[etree._Element]) -> etree._Element | None:
    """The consent dialog that holds every block of the pick, if one does: the first pass
    took the page's largest box of text, a cookie overlay with its partners' purposes,
    not the article. A dialog (role, ``aria-modal``) or a box named for consent, whose
    text speaks of consent, privacy or cookies."""
    top = found[0] if len(found) == 1 else common_ancestor(found)
    node = top
    while node is not None and node.tag not in ("body", "html"):
        dialog = node.get("role") in _DIALOG_ROLES or node.get("aria-modal") == "true"
        if not dialog:
            label = f"{node.get('class') or ''} {node.get('id') or ''}"
            dialog = bool(label.strip()) and bool(
                {w.lower() for w in _CLASS_WORD.split(label) if w} & CONSENT_BOX_WORDS
            )
        if dialog:
            head = " ".join(element_text(node)[:3000].split())
            return node if len(_CONSENT_TEXT.findall(head)) >= 3 else None
        node = node.getparent()
    return None


def pick_without(
    root: etree._Element, box: etree._Element, src: str | None, url: str | None
) -> list[Block] | None:
    """The first pass's pick on the page without ``box`` (the full pass when the fast one
    finds little), or None when there is no other article there."""
    parent = box.getparent()
    if parent is None:
        return None
    box.drop_tree()
    passes = Passes(root, src)  # of the page without the box
    for options in ({"fast": True}, {}):
        body = passes.body(**options)
        if body is None:
            continue
        picked = blocks_from_body(body, url)
        words = sum(b.words for b in picked)
        links = sum(count_words(" ".join(a.itertext())) for a in body.iter("a", "ref"))
        if links > MAX_LINK_SHARE * words:
            continue  # a list of links is no article either
        if words >= CHECK_WORDS or (options == {} and words >= FALLBACK_WORDS):
            return picked
    return None


def longer_pick(passes: Passes, url: str | None, words: int, prose: int) -> list[Block] | None:
    """Readability's pick, else the recall pass's, when it finds clearly more prose than
    the first pass (``FALLBACK_RATIO`` times the words), no more than the page plausibly
    holds and not a list of links; None when neither does."""

    def acceptable(body: etree._Element | None) -> list[Block] | None:
        if body is None:
            return None
        alt = blocks_from_body(body, url)
        alt_words = sum(b.words for b in alt)
        link_words = sum(count_words(" ".join(a.itertext())) for a in body.iter("a", "ref"))
        if (
            alt_words > FALLBACK_RATIO * words + 10
            and alt_words <= MAX_PROSE_RATIO * prose + 50
            and link_words <= MAX_LINK_SHARE * alt_words
        ):
            return alt
        return None

    # readability first: it costs a quarter of the recall pass (2.6 against 10 ms)
    picked = acceptable(passes.readability())
    if picked is None:
        picked = acceptable(passes.body(favor_recall=True))
    return picked


#: The first pass is deemed to have missed part of the article when it holds less than
#: this share of the words in the page's paragraphs; a longer pick (recall pass,
#: readability) may then replace it, up to ``MAX_PROSE_RATIO`` times those words and with
#: at most ``MAX_LINK_SHARE`` of its words in links. Chosen on the dev sets: at 0.4 the
#: rule changed 7 picks, none for the worse; 0.6 (with list items counted as prose) one
#: more, also for the better, and runs the longer picks on 46 of 711 article pages (31).
MISSED_SHARE = 0.6
MAX_PROSE_RATIO = 3
MAX_LINK_SHARE = 0.2

#: A block this long holding nearly all the words is the page's text dumped in one piece.
DUMP_WORDS = 300
DUMP_SHARE = 0.2


def is_dump(blocks: list[Block], words: int) -> bool:
    """Whether the first pass fell back to the whole page's text in one paragraph."""
    big = max(blocks, key=lambda b: b.words, default=None)
    return (
        big is not None and big.kind == "p" and big.words >= DUMP_WORDS and big.words >= 0.9 * words
    )


def undump(
    passes: Passes,
    url: str | None,
    blocks: list[Block],
    words: int,
    full_done: bool,
) -> tuple[list[Block], int]:
    """Replace a dump of the page's text by the longest structured pick with a fair share
    of its words: the full pass (if not run yet), the recall pass, readability's pick."""
    best: tuple[list[Block], int] | None = None
    candidates: list[dict[str, Any]] = [] if full_done else [{}]
    candidates.append({"favor_recall": True})
    for options in [*candidates, None]:
        body = passes.readability() if options is None else passes.body(**options)
        if body is None:
            continue
        alt = blocks_from_body(body, url)
        alt_words = sum(b.words for b in alt)
        fair = alt_words >= DUMP_SHARE * words and not is_dump(alt, alt_words)
        if fair and (best is None or alt_words > best[1]):
            best = (alt, alt_words)
    return best if best is not None else (blocks, words)


#: In a dump of the page's text, a line this long (in words) is prose, not a menu item.
PROSE_LINE_WORDS = 10


def prose_lines(blocks: list[Block]) -> list[Block]:
    """Keep the prose of a dump that nothing could replace: its lines of sentences become
    paragraphs, its menu items, buttons and labels (short lines) go."""
    out: list[Block] = []
    for b in blocks:
        if b.kind != "p" or "\n" not in b.text:
            out.append(b)
            continue
        for line in b.text.split("\n"):
            line = line.strip()
            if count_words(line) >= PROSE_LINE_WORDS:
                out.append(Block("p", f"<p>{html_escape(line, quote=False)}</p>", line))
    return out
