"""Text analysis for the search index: one analyzer per language, and CJK bigrams.

Whoosh pickles the schema *with these analyzer objects* into the index's table of
contents. The classes below are therefore part of the on-disk format: their import
path (``reader.core.search.analysis.WordAnalyzer`` …) and the attributes they pickle must
never change. A change to how text is analysed must bump
``reader.core.search.index.SearchIndex.SCHEMA_VERSION`` so that old indexes are rebuilt.

Each analyzer is a single Python loop (tokenize → lowercase → stem → fold accents)
with a per-process cache of word → term, because Whoosh's generic chain of filters
costs several Python calls per token and indexing is bound by exactly that.
"""

from __future__ import annotations

import logging
import re
import struct
import sys
import unicodedata
from array import array
from collections.abc import Iterator
from typing import Any

import Stemmer
from whoosh.analysis import Analyzer, Token
from whoosh.formats import Characters
from whoosh.system import _INT_SIZE

logger = logging.getLogger(__name__)

#: ISO 639-1 code → Snowball algorithm name (PyStemmer). Malay shares Indonesian's
#: affixes closely enough for the Indonesian stemmer; Norwegian variants share one.
SNOWBALL: dict[str, str] = {
    "en": "english",
    "id": "indonesian",
    "ms": "indonesian",
    "ru": "russian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "it": "italian",
    "nl": "dutch",
    "sv": "swedish",
    "tr": "turkish",
    "da": "danish",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "fi": "finnish",
    "hu": "hungarian",
    "ro": "romanian",
    "ca": "catalan",
    "eu": "basque",
    "ga": "irish",
    "lt": "lithuanian",
    "et": "estonian",
    "el": "greek",
    "ar": "arabic",
    "hy": "armenian",
    "hi": "hindi",
    "ne": "nepali",
    "ta": "tamil",
    "sr": "serbian",
    "yi": "yiddish",
}
#: Languages written without spaces between words: indexed as character bigrams.
CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})

# A word: letters/digits, joined by an inner apostrophe, hyphen or dot is *not* kept
# (so "e-mail" is "e" + "mail" in text and query alike, which keeps phrases working).
_WORD = re.compile(r"\w+", re.UNICODE)
# Han, Hiragana, Katakana, Hangul (syllables and jamo), CJK compatibility ideographs.
_CJK_CHAR = (
    r"\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
_CJK_OR_WORD = re.compile(rf"[{_CJK_CHAR}]+|[^\W{_CJK_CHAR}]+", re.UNICODE)
_IS_CJK = re.compile(rf"[{_CJK_CHAR}]")

# Letters that do not decompose under NFKD but that readers treat as plain letters.
_SPECIAL_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th"}
)
_CACHE_LIMIT = 300_000


def fold(word: str) -> str:
    """Strips accents and folds special letters: ``Café`` → ``cafe``, ``Straße`` → ``strasse``.

    Combining marks are dropped only after Latin, Greek, Cyrillic, Armenian and Arabic
    letters; in Indic scripts the vowel signs *are* the spelling and are kept.
    """
    if word.isascii():
        return word
    word = word.translate(_SPECIAL_FOLDS)
    decomposed = unicodedata.normalize("NFKD", word)
    out: list[str] = []
    base = 0
    for char in decomposed:
        if unicodedata.combining(char):
            if base < 0x0590 or 0x0600 <= base <= 0x06FF:
                continue
        else:
            base = ord(char)
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


class _CachedAnalyzer(Analyzer):  # type: ignore[misc]
    """Shared machinery: the word → term cache, kept out of the pickle."""

    language: str

    def __getstate__(self) -> dict[str, Any]:
        return {"language": self.language}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.language = state["language"]
        self._setup()

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.language == getattr(other, "language", None)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.language))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.language!r})"

    def _setup(self) -> None:
        self._cache: dict[str, str] = {}

    def term(self, word: str) -> str:
        """Returns the index term for one word (cached)."""
        cache = self._cache
        term = cache.get(word)
        if term is None:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            term = cache[word] = self._analyse_word(word)
        return term

    def _analyse_word(self, word: str) -> str:
        return fold(word.lower())


class WordAnalyzer(_CachedAnalyzer):
    """Words, lowercased, stemmed with the language's Snowball stemmer, then folded.

    ``WordAnalyzer("xx")`` (any language without a stemmer) only lowercases and folds.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._setup()

    def _setup(self) -> None:
        super()._setup()
        algorithm = SNOWBALL.get(self.language)
        self._stemmer = Stemmer.Stemmer(algorithm) if algorithm else None

    def _analyse_word(self, word: str) -> str:
        lowered = word.lower()
        if self._stemmer is not None:
            lowered = self._stemmer.stemWord(lowered)
        return fold(lowered)

    def occurrences(self, value: str) -> dict[str, list[int]]:
        """Term → [position, startchar, endchar, position, …] for a whole text, in one loop.

        The indexing fast path (see :class:`FastCharacters`): the same terms,
        positions and offsets as :meth:`__call__`, without a Token per word.
        """
        seen: dict[str, list[int]] = {}
        cache = self._cache
        term = self.term
        for pos, match in enumerate(_WORD.finditer(value)):
            word = match.group()
            text = cache.get(word)
            if text is None:
                text = term(word)
            start, end = match.span()
            entry = seen.get(text)
            if entry is None:
                seen[text] = [pos, start, end]
            else:
                entry += (pos, start, end)
        return seen

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yields one reused :class:`Token` per word (Whoosh's analyzer protocol)."""
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        term = self.term
        if not tokenize:
            token.original = token.text = term(value)
            token.pos = start_pos
            token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        for match in _WORD.finditer(value):
            word = match.group()
            token.text = term(word)
            if keeporiginal:
                token.original = word
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = pos
                pos += 1
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


class CJKAnalyzer(_CachedAnalyzer):
    """Chinese, Japanese and Korean as overlapping character bigrams.

    A run of CJK characters ``操作系统`` gives ``操作``, ``作系``, ``系统`` (a lone
    character stays a unigram); other runs (Latin words, digits) are single
    lowercased, folded words. Positions follow the tokens, so phrase queries over
    bigrams match exact character sequences.
    """

    def __init__(self, language: str = "cjk") -> None:
        self.language = language
        self._setup()

    def occurrences(self, value: str) -> dict[str, list[int]]:
        """Term → [position, startchar, endchar, …]: the tokens of :meth:`__call__`, in one loop."""
        seen: dict[str, list[int]] = {}
        pos = 0
        for match in _CJK_OR_WORD.finditer(value):
            run = match.group()
            start = match.start()
            if _IS_CJK.match(run):
                if len(run) == 1:
                    pieces = [(run, start, start + 1)]
                else:
                    pieces = [
                        (run[i : i + 2], start + i, start + i + 2) for i in range(len(run) - 1)
                    ]
            else:
                pieces = [(self.term(run), start, start + len(run))]
            for text, begin, end in pieces:
                entry = seen.get(text)
                if entry is None:
                    seen[text] = [pos, begin, end]
                else:
                    entry += (pos, begin, end)
                pos += 1
        return seen

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yields one reused :class:`Token` per bigram or word."""
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        pos = start_pos
        for match in _CJK_OR_WORD.finditer(value):
            run = match.group()
            start = match.start()
            if _IS_CJK.match(run):
                if len(run) == 1:
                    pieces = [(run, 0, 1)]
                else:
                    pieces = [(run[i : i + 2], i, i + 2) for i in range(len(run) - 1)]
            else:
                pieces = [(self.term(run), 0, len(run))]
            for text, begin, end in pieces:
                token.text = text
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = pos
                    pos += 1
                if chars:
                    token.startchar = start_char + start + begin
                    token.endchar = start_char + start + end
                yield token


BIG_ENDIAN = sys.byteorder == "big"
_COUNT = struct.Struct("!I")  # Whoosh's pack_uint: the frequency, first in every value


def uints(raw: bytes) -> array[int]:
    """Unsigned 32-bit integers stored little-endian (the same on every machine)."""
    values = array("I")
    values.frombytes(raw)
    if BIG_ENDIAN:
        values.byteswap()
    return values


def uint_bytes(values: array[int]) -> bytes:
    if BIG_ENDIAN:
        values = array("I", values)
        values.byteswap()
    return values.tobytes()


_VALUE_PACKERS: dict[int, tuple[Any, int]] = {}


def _value_packer(count: int) -> tuple[Any, int]:
    """One struct call for a whole value: the count (big-endian, as Whoosh reads it)
    and ``count`` little-endian (position, startchar, endchar) triples.

    The count is given as the little-endian number with the same bytes.
    """
    packer = (
        struct.Struct(f"<{1 + 3 * count}I").pack,
        int.from_bytes(_COUNT.pack(count), "little"),
    )
    if count < 4096:
        _VALUE_PACKERS[count] = packer
    return packer


class FastCharacters(Characters):  # type: ignore[misc]
    """Whoosh's ``Characters`` posting format (positions and character offsets), packed.

    Whoosh pickles a list of tuples per posting and unpickles it with a Python loop
    per occurrence; a common word's postings hold hundreds of thousands of them, and
    phrase checks and snippets read exactly those. Here a value is the frequency
    followed by (position, startchar, endchar) triples as one array of 32-bit
    integers, written and read at C speed; the block is compressed by the codec.
    """

    def word_values(
        self, value: str, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        """Yields (term, frequency, weight, encoded positions+offsets) per unique term."""
        occurrences = getattr(analyzer, "occurrences", None)
        if occurrences is None or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        packers = _VALUE_PACKERS
        for text, flat in occurrences(value).items():
            count = len(flat) // 3
            packer = packers.get(count) or _value_packer(count)
            yield text, count, count * boost, packer[0](packer[1], *flat)

    def encode(self, poslist: list[tuple[int, int, int]]) -> bytes:
        flat = array("I")
        for triple in poslist:
            flat.extend(triple)
        return bytes(_COUNT.pack(len(poslist)) + uint_bytes(flat))

    def decode_characters(self, valuestring: bytes) -> list[tuple[int, int, int]]:
        flat = uints(valuestring[_INT_SIZE:])
        return list(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return uints(valuestring[_INT_SIZE:])[0::3].tolist()

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(pos, 1.0) for pos in self.decode_positions(valuestring)]

    def decode_character_boosts(self, valuestring: bytes) -> list[tuple[int, int, int, float]]:
        return [(p, s, e, 1.0) for p, s, e in self.decode_characters(valuestring)]


def has_cjk(text: str) -> bool:
    """Whether the text holds any Chinese, Japanese or Korean character."""
    return _IS_CJK.search(text) is not None
