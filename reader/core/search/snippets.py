"""Snippets: pick the best window of a text around matched spans and mark the matches.

Pure string work (no Whoosh): the search index supplies the character spans of the
matched words, read from the postings, so nothing is re-analysed here.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

logger = logging.getLogger(__name__)

Span = tuple[int, int]


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorts spans and joins overlapping or touching ones (CJK bigrams overlap)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def best_window(text: str, spans: Sequence[Span], width: int = 220) -> tuple[int, int]:
    """The [start, end) window of about ``width`` characters holding the most matches.

    Without matches it is the start of the text. The window is widened to word
    boundaries so a snippet never starts or ends inside a word.
    """
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        best = (0, 0)
        best_count = -1
        j = 0
        for i, (left, _right) in enumerate(spans):
            j = max(j, i)
            while j + 1 < len(spans) and spans[j + 1][1] - left <= width:
                j += 1
            count = j - i + 1
            if count > best_count:
                best_count, best = count, (left, spans[j][1])
        left, right = best
        slack = max(0, width - (right - left))
        start = max(0, left - slack // 3)
        end = min(len(text), right + slack - (left - start))
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    return start, end


def render(text: str, spans: Sequence[Span], window: tuple[int, int], html_out: bool) -> str:
    """The window's text with spans marked: ``<mark>`` (escaped HTML) or ``[`` ``]``."""
    start, end = window
    out: list[str] = []
    escape = html.escape if html_out else (lambda s: s)
    opening, closing = ("<mark>", "</mark>") if html_out else ("[", "]")
    if start > 0:
        out.append("…")
    pos = start
    for left, right in spans:
        if right <= start or left >= end:
            continue
        left, right = max(left, start), min(right, end)
        out.append(escape(text[pos:left]))
        out.append(opening + escape(text[left:right]) + closing)
        pos = right
    out.append(escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    # Articles keep their paragraph breaks; a snippet is one line.
    return " ".join("".join(out).split())


def snippet(text: str, spans: Sequence[Span], width: int = 220) -> tuple[str, str]:
    """Returns (html, plain) snippets of ``text`` around ``spans``."""
    merged = merge_spans([(s, e) for s, e in spans if 0 <= s < e <= len(text)])
    window = best_window(text, merged, width)
    return render(text, merged, window, True), render(text, merged, window, False)


def mark_all(text: str, spans: Sequence[Span]) -> tuple[str, str]:
    """Returns (html, plain) of the whole ``text`` with ``spans`` marked (for titles)."""
    merged = merge_spans([(s, e) for s, e in spans if 0 <= s < e <= len(text)])
    window = (0, len(text))
    return render(text, merged, window, True), render(text, merged, window, False)
