"""A learned block scorer for the cleaner: the experiment of issue 19, kept to be re-run.

The box filter (``reader.core.extract.boxes``) and the chrome filter
(``reader.core.extract.chrome``) judge a block by rules. This scorer sees every block of the
pick with features that hold in any language - its length, link density, punctuation and
digit ratios and sentences; where it sits in the pick and in the page's tags (a list item,
an aside, a footer, a header); the words of its boxes' classes and ids; whether its text
recurs on the page; the lexicon's hits, and the rules' verdicts, as features - and gives
the odds that it is article text, from a small tree ensemble evaluated in pure Python (as
the app would have to). ``train_scorer.py`` trains it and measures it by site halves.

The rules stay the default: the scorer only overrides them when it is confident - a block
the rules kept goes when its score is below ``drop_below``, a block they removed comes back
when its score is above ``keep_above``. Measured on the half of the sites it was not chosen
on, it did not do better than the rules (see ``train_scorer.py``), so the cleaner does not
use it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reader.core.extract.blocks import Block
from reader.core.extract.boxes import chrome_word, drop_boxed
from reader.core.extract.chrome import ChromeReport, filter_blocks
from reader.core.extract.lexicon import (
    PROMO,
    RE_BYLINE,
    RE_CREDIT,
    RE_META_LINE,
    RE_READ_ALSO,
    RE_SECTION_HEADING,
    RE_SHARE_WORDS,
    RE_UI_LABEL,
)
from reader.core.extract.parse import common_ancestor

_FORMAT = "kliping-block-scorer-1"

#: Block kinds, as the features name them.
_KINDS = {"p": "p", "ul": "list", "ol": "list", "table": "table", "pre": "pre",
          "figure": "figure", "blockquote": "quote"}  # fmt: skip
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: Tags of the boxes a block may lie in, between it and the pick's common ancestor.
_PATH_TAGS = frozenset(
    ("li", "aside", "footer", "header", "nav", "form", "figure", "table", "blockquote",
     "section", "article", "a", "strong", "em", "span")
)  # fmt: skip
#: How many boxes up from a block its class and id words are read.
_CLASS_DEPTH = 6
_CLASS_SPLIT = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_PUNCT = re.compile(r"[^\w\s]")
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
_SEPARATOR = re.compile(r"[|•·/»›]")
#: Blocks up to this many words are looked up in the page's text for repeats, and matched
#: against the lexicon (longer ones are prose whatever words they hold).
_SHORT = 80


@dataclass
class Judged:
    """The rules' work on a pick, as the scorer weighs it.

    Attributes:
        blocks: The pick given to the cleaner, in page order.
        kept: What the rules kept (some blocks cut into parts, see ``ChromeReport``).
        report: What the chrome filter learnt, with why each removed block went.
        boxed: The ``id`` of each block the box filter removed, with its box's word.
    """

    blocks: list[Block]
    kept: list[Block]
    report: ChromeReport
    boxed: dict[int, str]


def judge(
    blocks: list[Block],
    elements: dict[int, etree._Element],
    authors: list[str] | None,
    site_name: str,
) -> Judged:
    """Run the box and chrome filters on the pick, keeping their verdicts per block."""
    unboxed = drop_boxed(blocks, elements)
    left = {id(b) for b in unboxed}
    boxed = {id(b): _box_word(b, elements) for b in blocks if id(b) not in left}
    kept, report = filter_blocks(unboxed, authors, site_name)
    return Judged(blocks, kept, report, boxed)


def decide(
    judged: Judged, scores: list[float], drop_below: float, keep_above: float
) -> tuple[list[Block], ChromeReport]:
    """The blocks to keep: the rules' choice, but a kept block scored below ``drop_below``
    goes and a removed one scored above ``keep_above`` comes back (whole)."""
    report = judged.report
    parts: dict[int, list[Block]] = {}
    for b in judged.kept:
        parts.setdefault(report.source(b), []).append(b)
    out: list[Block] = []
    for block, score in zip(judged.blocks, scores, strict=True):
        mine = parts.get(id(block))
        if mine is not None:
            if score < drop_below and block.kind != "figure":
                report.removed += 1
                continue
            out.extend(mine)
        elif score > keep_above:
            report.removed -= 1
            out.append(block)
    return out, report


def _box_word(block: Block, elements: dict[int, etree._Element]) -> str:
    el = elements.get(block.pos)
    while el is not None:
        word = chrome_word(el)
        if word:
            return word
        el = el.getparent()
    return "header"  # a label of the page's header (see boxes._header_labels)


@dataclass
class Row:
    """One block's features: named numbers, and the words of its boxes' classes and ids."""

    values: dict[str, float]
    words: frozenset[str]


def features(judged: Judged, elements: dict[int, etree._Element]) -> list[Row]:
    """Every block's features (see the module docstring), in the order of the pick."""
    blocks = judged.blocks
    located = [elements[b.pos] for b in blocks if b.pos in elements]
    top = common_ancestor(located) if len(located) >= 2 else None
    page = _page_text(located[0]) if located else ""
    total = sum(b.words for b in blocks) or 1
    positions = [b.pos for b in blocks if b.pos >= 0]
    first, span = (min(positions), max(positions) - min(positions)) if positions else (0, 0)
    kinds = judged.report.kinds
    kept_ids = {judged.report.source(b) for b in judged.kept}
    keys = [" ".join(b.text.split()).lower() for b in blocks]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    rows = []
    before = 0
    n = len(blocks)
    for i, b in enumerate(blocks):
        v = _text_features(b)
        v["kind_" + ("h" if b.kind in _HEADINGS else _KINDS.get(b.kind, "other"))] = 1.0
        v["index"] = i / max(1, n - 1)
        v["from_start"] = min(i, 10)
        v["from_end"] = min(n - 1 - i, 10)
        v["words_before"] = before / total
        v["share"] = b.words / total
        v["pick_words"] = math.log1p(total)
        v["page_pos"] = (b.pos - first) / span if span and b.pos >= 0 else 0.5
        before += b.words
        v["pick_repeats"] = counts[keys[i]] - 1
        if b.words <= _SHORT and len(keys[i]) >= 4:
            v["page_repeats"] = min(page.count(keys[i]) - 1, 5)
        kept = id(b) in kept_ids
        v["rule_kept"] = float(kept)
        if id(b) in judged.boxed:
            v["boxed"] = 1.0
        elif id(b) in kinds:
            v["rule_" + kinds[id(b)]] = 1.0
        for j, side in ((i - 1, "prev"), (i + 1, "next")):
            if 0 <= j < n:
                nb = blocks[j]
                v[side + "_kept"] = float(id(nb) in kept_ids)
                v[side + "_words"] = math.log1p(nb.words)
                v[side + "_links"] = nb.link_density
                v[side + "_same_kind"] = float(nb.kind == b.kind)
        el = elements.get(b.pos)
        words: set[str] = set()
        if el is not None:
            depth = 0
            node: etree._Element | None = el
            while node is not None and node is not top:
                tag = node.tag if isinstance(node.tag, str) else ""
                if tag in _PATH_TAGS and node is not el:
                    v["in_" + tag] = 1.0
                if depth < _CLASS_DEPTH:
                    words.update(_class_words(node))
                depth += 1
                node = node.getparent()
            v["depth"] = min(depth, 12)
        rows.append(Row(v, frozenset(words)))
    return rows


def _text_features(b: Block) -> dict[str, float]:
    text = b.text
    chars = len(text) or 1
    letters = sum(1 for c in text if c.isalpha()) or 1
    sentences = len(_SENTENCE.findall(text))
    v = {
        "words": math.log1p(b.words),
        "chars": math.log1p(len(text)),
        "links": b.link_density,
        "punct": len(_PUNCT.findall(text)) / chars,
        "digits": len(_DIGIT.findall(text)) / chars,
        "upper": sum(1 for c in text if c.isupper()) / letters,
        "separators": len(_SEPARATOR.findall(text)) / chars,
        "sentences": math.log1p(sentences),
        "words_per_sentence": b.words / max(1, sentences),
        "ends_sentence": float(bool(text.rstrip()) and text.rstrip()[-1] in '.!?。！？"”'),
        "lines": math.log1p(text.count("\n")),
        "items": math.log1p(len(b.items)),
        "colon": float(":" in text or "：" in text),
    }
    if b.words <= _SHORT:
        low = text.strip().lower()
        for name, hit in (
            ("lex_read_also", RE_READ_ALSO.match(low)),
            ("lex_heading", RE_SECTION_HEADING.match(low)),
            ("lex_promo", PROMO.search(low)),
            ("lex_share", RE_SHARE_WORDS.search(low)),
            ("lex_credit", RE_CREDIT.match(low)),
            ("lex_byline", RE_BYLINE.match(text.strip())),
            ("lex_meta", RE_META_LINE.match(low)),
            ("lex_ui", RE_UI_LABEL.match(low)),
        ):
            if hit:
                v[name] = 1.0
    return v


def _class_words(el: etree._Element) -> set[str]:
    label = f"{el.get('class') or ''} {el.get('id') or ''}"
    return {w.lower() for w in _CLASS_SPLIT.split(label) if len(w) > 1}


def _page_text(el: etree._Element) -> str:
    """The page's text (lower-cased, spaces folded), for finding a block's repeats."""
    root = el.getroottree().getroot()
    return " ".join(" ".join(root.itertext()).split()).lower()


class Model:
    """A gradient-boosted ensemble of regression trees over named features, and the two
    thresholds at which its score overrides the rules."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != _FORMAT:
            raise ValueError(f"unsupported block scorer format {data.get('format')!r}")
        self.names: list[str] = data["features"]
        self.index = {name: i for i, name in enumerate(self.names)}
        self.bias = float(data["bias"])
        self.trees: list[tuple[list[int], list[float], list[int], list[int], list[float]]] = [
            (t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in data["trees"]
        ]
        self.drop_below = float(data["drop_below"])
        self.keep_above = float(data["keep_above"])

    def vector(self, row: Row) -> list[float]:
        x = [0.0] * len(self.names)
        index = self.index
        for name, value in row.values.items():
            at = index.get(name)
            if at is not None:
                x[at] = value
        for word in row.words:
            at = index.get("class_" + word)
            if at is not None:
                x[at] = 1.0
        return x

    def score(self, row: Row) -> float:
        """The odds (0 to 1) that the block is article text."""
        x = self.vector(row)
        total = self.bias
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] >= 0:
                node = left[node] if x[feature[node]] <= threshold[node] else right[node]
            total += value[node]
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))
