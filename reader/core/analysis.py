"""Text analysis for the search index: one analyzer per language, and CJK bigrams.

Whoosh pickles the schema *with these analyzer objects* into the index's table of
contents. The classes below are therefore part of the on-disk format: their import
path (``reader.core.analysis.WordAnalyzer`` …) and the attributes they pickle must
never change. A change to how text is analysed must bump
``reader.core.search.SearchIndex.SCHEMA_VERSION`` so that old indexes are rebuilt.

Each analyzer is a single Python loop (tokenize → lowercase → stem → fold accents)
with a per-process cache of word → term, because Whoosh's generic chain of filters
costs several Python calls per token and indexing is bound by exactly that.
"""

from __future__ import annotations

import logging
import operator
import re
import struct
import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate
from pickle import dumps, loads
from typing import Any

import Stemmer
from whoosh.analysis import Analyzer, Token
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3LeafMatcher, W3PostingsWriter
from whoosh.formats import Characters
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import length_to_byte

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


_BIG_ENDIAN = sys.byteorder == "big"
_COUNT = struct.Struct("!I")  # Whoosh's pack_uint: the frequency, first in every value


def _uints(raw: bytes) -> array[int]:
    """Unsigned 32-bit integers stored little-endian (the same on every machine)."""
    values = array("I")
    values.frombytes(raw)
    if _BIG_ENDIAN:
        values.byteswap()
    return values


def _uint_bytes(values: array[int]) -> bytes:
    if _BIG_ENDIAN:
        values = array("I", values)
        values.byteswap()
    return values.tobytes()


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
        pack = _COUNT.pack
        for text, flat in occurrences(value).items():
            count = len(flat) // 3
            yield text, count, count * boost, pack(count) + _uint_bytes(array("I", flat))

    def encode(self, poslist: list[tuple[int, int, int]]) -> bytes:
        flat = array("I")
        for triple in poslist:
            flat.extend(triple)
        return bytes(_COUNT.pack(len(poslist)) + _uint_bytes(flat))

    def decode_characters(self, valuestring: bytes) -> list[tuple[int, int, int]]:
        flat = _uints(valuestring[_INT_SIZE:])
        return list(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return _uints(valuestring[_INT_SIZE:])[0::3].tolist()

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(pos, 1.0) for pos in self.decode_positions(valuestring)]

    def decode_character_boosts(self, valuestring: bytes) -> list[tuple[int, int, int, float]]:
        return [(p, s, e, 1.0) for p, s, e in self.decode_characters(valuestring)]


_HEAD = struct.Struct("<I")


class SplitBlockCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's codec, with each posting block's document ids apart from its values.

    Whoosh pickles and compresses a block's ids, weights and values together, so
    learning *which* documents hold a common word means decompressing and unpickling
    all of its positions too: most of the time of a query with "the" or "akan".
    Here a block's data is a small head (ids as delta-encoded 32-bit integers, and
    weights) followed by the values, each compressed on its own, and the values are
    read only when a phrase or a snippet asks for them.

    Part of the on-disk format: the import path must not change (it is pickled into
    the index's segments).
    """

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        if byteids:  # term vectors (unused): Whoosh's own block format
            return super().postings_writer(dbfile, byteids)
        return _SplitPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(
        self,
        dbfile: Any,
        terminfo: Any,
        format_: Any,
        term: Any = None,
        scorer: Any = None,
    ) -> Any:
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return _SplitLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class _SplitPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    _minlength: int | None
    _maxlength: int
    _maxweight: float

    def add_posting(
        self, id_: int, weight: float, vbytes: bytes, length: int | None = None
    ) -> None:
        # Whoosh's version asserts the type of every argument of every posting.
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            if self._minlength is None or length < self._minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def _write_block(self, last: bool = False) -> None:
        postfile = self._postfile
        if not self._blockcount:
            postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = self._ids
        deltas = array("I", ids[:1])
        deltas.extend(map(operator.sub, ids[1:], ids[:-1]))
        weights = self._mini_weights()
        if isinstance(weights, tuple):
            weights = array("f", weights).tobytes() if not _BIG_ENDIAN else weights
        comp = self._compression
        head = dumps((_uint_bytes(deltas), weights), 5)
        values = self._mini_values()
        tail = dumps(values, 5) if values is not None else b""
        if comp:
            head = zlib.compress(head, comp)
            if tail:
                tail = zlib.compress(tail, comp)
        info = dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                comp,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        length = len(info) + _HEAD.size + len(head) + len(tail)
        postfile.write_int(-length if last else length)
        postfile.write(info)
        postfile.write(_HEAD.pack(len(head)))
        postfile.write(head)
        postfile.write(tail)
        self._blockcount += 1
        self._new_block()


class _SplitLeafMatcher(W3LeafMatcher):  # type: ignore[misc]
    _i: int

    def _head_length(self) -> int:
        return int(_HEAD.unpack(self._postfile.get(self._dataoffset, _HEAD.size))[0])

    def _read_data(self) -> None:
        headlen = self._head_length()
        head = self._postfile.get(self._dataoffset + _HEAD.size, headlen)
        if self._compression:
            head = zlib.decompress(head)
        self._data = loads(head)

    def _read_ids(self) -> None:
        if self._data is None:
            self._read_data()
        self._ids = array("I", accumulate(_uints(self._data[0])))

    def _read_weights(self) -> None:
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        count = self._blocklength
        if weights is None:
            self._weights = array("f", [1.0]) * count
        elif isinstance(weights, float):
            self._weights = array("f", [weights]) * count
        elif isinstance(weights, bytes):
            self._weights = array("f")
            self._weights.frombytes(weights)
        else:
            self._weights = array("f", weights)

    def _read_values(self) -> None:
        fixedsize = self._fixedsize
        if fixedsize == 0:
            self._values = (None,) * self._blocklength
            return
        headlen = self._head_length()
        start = self._dataoffset + _HEAD.size + headlen
        tail = self._postfile.get(start, self._nextoffset - start)
        if not tail:
            self._values = (b"",) * self._blocklength
            return
        if self._compression:
            tail = zlib.decompress(tail)
        vs = loads(tail)
        if fixedsize is None or fixedsize < 0:
            self._values = vs
        else:
            self._values = tuple(vs[i : i + fixedsize] for i in range(0, len(vs), fixedsize))

    def skip_to(self, targetid: int) -> None:
        # Whoosh steps through a block one posting (three Python calls) at a time.
        if not self.is_active():
            super().skip_to(targetid)  # raises ReadTooFar
        if self._ids is None:
            self._read_ids()
        if targetid <= self._ids[self._i]:
            return
        if targetid > self._maxid:
            self._skip_to_block(lambda: targetid > self._maxid)
            if not self.is_active():
                return
            if self._ids is None:
                self._read_ids()
        self._i = bisect_left(self._ids, targetid, self._i)
        if self._i >= self._blocklength:
            self._next_block()


def has_cjk(text: str) -> bool:
    """Whether the text holds any Chinese, Japanese or Korean character."""
    return _IS_CJK.search(text) is not None
