"""The unit every cleaning stage passes on (:class:`Block`) and the one word measure.

:func:`count_words` is how Kliping counts words (the cleaner's thresholds, the reading
time): whitespace-separated words, plus one word for every two CJK characters (Chinese,
Japanese kana, Korean hangul), which carry no spaces. The search analyzer's own CJK class
(``reader.core.search.analysis``) is another idea: which characters are cut into
bigrams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Block:
    """One block of the article body, in display HTML and in plain text.

    Attributes:
        kind: The HTML tag of the block ("p", "h2", "ul", "figure", …).
        html: The block's safe HTML.
        text: The block's plain text.
        link_chars: Characters of ``text`` inside links.
        pos: Document-order position of the block's source element in the page, or -1.
    """

    kind: str
    html: str
    text: str
    link_chars: int = 0
    pos: int = -1
    items: list[str] = field(default_factory=list)
    _words: int = field(default=0, repr=False, compare=False)
    _words_of: str | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> int:
        if self._words_of != self.text:
            self._words, self._words_of = count_words(self.text), self.text
        return self._words

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Words in ``text``, counting two CJK characters as one word."""
    return len(text.split()) + len(_CJK.findall(text)) // 2
