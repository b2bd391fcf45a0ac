"""The unit every cleaning stage passes on (:class:`Block`) and the one word measure.

:func:`count_words` is how Kliping counts words (the cleaner's thresholds, the reading
time): whitespace-separated words, plus the characters of scripts written without spaces
(Chinese, Japanese, Thai, Lao, Burmese, Khmer) counted as the words they stand for; Korean
spaces its words. The search analyzer's own CJK class (``reader.core.search.analysis``) is
another idea: which characters are cut into bigrams.
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


# Scripts written without spaces between words: Chinese characters and Japanese kana, Thai
# and Lao, Burmese and Khmer (Korean spaces its words: it is counted by its spaces).
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_THAI_LAO = "\u0e00-\u0eff"
_BURMESE_KHMER = "\u1000-\u109f\u1780-\u17ff"
_UNSPACED_ANY = re.compile(f"[{_HAN_KANA}{_THAI_LAO}{_BURMESE_KHMER}]")
# ... and the ideographic punctuation between their words, which is no word itself
_UNSPACED = re.compile(f"[{_HAN_KANA}{_THAI_LAO}{_BURMESE_KHMER}\u3000-\u303f\uff01-\uff65]+")
_HAN_KANA_CHAR = re.compile(f"[{_HAN_KANA}]")
_THAI_LAO_CHAR = re.compile(f"[{_THAI_LAO}]")
_BURMESE_KHMER_CHAR = re.compile(f"[{_BURMESE_KHMER}]")
#: Characters a word takes in each unspaced script, on average in running text: about 1.5
#: for Chinese and Japanese (a word is one to three characters), 4 code points for Thai and
#: Lao, 6 for Burmese and Khmer (a word is two syllables of stacked marks).
CHARS_PER_WORD = {"han_kana": 1.5, "thai_lao": 4.0, "burmese_khmer": 6.0}


def count_words(text: str) -> int:
    """Words in ``text``: the spaced words, plus the characters of unspaced scripts
    counted as the words they stand for (``CHARS_PER_WORD``). The one word measure of
    every length threshold of the cleaner, so a short Chinese or Thai article is as short
    as an English one of the same content, not three times shorter or longer."""
    if text.isascii() or _UNSPACED_ANY.search(text) is None:
        return len(text.split())
    spaced = len(_UNSPACED.sub(" ", text).split())
    unspaced = (
        len(_HAN_KANA_CHAR.findall(text)) / CHARS_PER_WORD["han_kana"]
        + len(_THAI_LAO_CHAR.findall(text)) / CHARS_PER_WORD["thai_lao"]
        + len(_BURMESE_KHMER_CHAR.findall(text)) / CHARS_PER_WORD["burmese_khmer"]
    )
    return spaced + round(unspaced)
