"""Offline language identification without numpy: py3langid's model, scored in pure Python.

py3langid (a fork of Marco Lui's langid.py, BSD) is a naive-Bayes classifier over byte
n-grams: a finite-state tokenizer walks the text's UTF-8 bytes and counts the features it
passes, and each language scores ``log P(lang) + sum(log1p(count) * log P(feature | lang))``.
``packaging/convert_langid.py`` copies its model value for value (float16 widened) into
``resources/langid/model.bin.xz``; this module reads that file once, lazily, and scores only
the features a text contains, so Kliping's bundle needs neither numpy nor py3langid.

Scores are summed in float64 where py3langid sums in float32, so the two can part only
when two languages tie to within float32 rounding (tests/core/test_langid.py compares them).
"""

from __future__ import annotations

import json
import logging
import lzma
import math
import struct
import sys
import threading
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from importlib import resources

log = logging.getLogger(__name__)

_MODEL = ("langid", "model.bin.xz")
_FORMAT = 1
# py3langid's score for featureless text when it does not normalise: float32's minimum.
_RAW_FLOOR = -3.4028234663852886e38
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Model:
    classes: tuple[str, ...]
    ptc: bytes  # float32 in native byte order, features x classes, row-major
    pc: tuple[float, ...]
    nextmove: array[int]
    rowbase: list[int]
    output: array[int]
    alias_pairs: tuple[tuple[int, int], ...]  # (first, duplicate) columns of one label


_model: _Model | None = None


def _array(typecode: str, data: memoryview) -> array[int]:
    arr: array[int] = array(typecode)
    arr.frombytes(data)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def _load() -> _Model:
    ref = resources.files("reader.resources").joinpath(*_MODEL)
    payload = memoryview(lzma.decompress(ref.read_bytes()))
    (head_len,) = struct.unpack_from("<I", payload)
    header = json.loads(bytes(payload[4 : 4 + head_len]))
    if header.get("format") != _FORMAT:
        raise ValueError(f"unsupported language model format {header.get('format')!r}")
    base = 4 + head_len

    def blob(name: str) -> memoryview:
        spec = header["arrays"][name]
        start = base + spec["offset"]
        return payload[start : start + spec["nbytes"]]

    classes = tuple(header["classes"])
    pc_blob = blob("pc")
    pc = struct.unpack(f"<{len(pc_blob) // 4}f", pc_blob)
    row = _array("I", blob("row"))
    first: dict[str, int] = {}
    pairs = []
    for i, c in enumerate(classes):
        if c in first:
            pairs.append((first[c], i))
        else:
            first.setdefault(c, i)
    return _Model(
        classes=classes,
        ptc=_array("f", blob("ptc")).tobytes(),
        pc=pc,
        nextmove=_array("I", blob("nextmove")),
        rowbase=[r << 8 for r in row],  # pre-shifted, as py3langid does
        output=_array("i", blob("out")),
        alias_pairs=tuple(pairs),
    )


def _get_model() -> _Model:
    global _model
    if _model is not None:  # loaded: no lock on the common path
        return _model
    with _LOCK:
        if _model is None:
            log.debug("loading the language model")
            _model = _load()
    return _model


def _encode(text: str | bytes) -> bytes:
    """The bytes py3langid classifies: NFC UTF-8, lower-cased if all upper case."""
    if isinstance(text, bytes):
        decoded = _decode_trimmed(text)
        if decoded is None:
            return text  # not UTF-8: py3langid classifies the raw bytes
        text = decoded
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _decode_trimmed(data: bytes) -> str | None:
    """UTF-8 text, forgiving up to 3 bytes of a character cut off at the end."""
    for trim in range(4):
        try:
            return (data[: len(data) - trim] if trim else data).decode("utf8")
        except UnicodeDecodeError as exc:
            if exc.start < len(data) - 3:  # damage before the tail: trimming cannot help
                return None
    return None


def _f32(value: float) -> float:
    """``value`` rounded to float32, as numpy's log1p on float32 counts gives it."""
    return float(struct.unpack("<f", struct.pack("<f", value))[0])


def _scores(model: _Model, data: bytes, normalized: bool) -> list[float]:
    nextmove, rowbase, output = model.nextmove, model.rowbase, model.output
    state = 0
    found: list[int] = []
    append = found.append
    for byte in data:
        state = nextmove[rowbase[state] + byte]
        feature = output[state]
        if feature >= 0:
            append(feature)
    if not found:
        # py3langid's answer for featureless text: a flat 0.0 (uniform once normalised)
        # or float32's minimum
        scores = [0.0 if normalized else _RAW_FLOOR] * len(model.classes)
    else:
        scores = _sparse_scores(model, found)
    if normalized:
        # py3langid's temperature: sqrt(bytes) keeps the softmax calibrated across lengths
        scale = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * scale
        scores = [math.exp(s * scale - top) for s in scores]
        total = sum(scores)
        scores = [s / total for s in scores]
    return scores


def _sparse_scores(model: _Model, found: list[int]) -> list[float]:
    """log P(class) + sum(log1p(count) * log P(feature | class)) over the features found."""
    # Sparse: only the features present, grouped by count, so each group's rows are
    # joined into one buffer, summed column by column in C, and weighted once.
    by_count: dict[int, list[int]] = {}
    for feature, count in Counter(found).items():
        by_count.setdefault(count, []).append(feature)
    ptc, n = model.ptc, len(model.classes)
    size = 4 * n
    scores = list(model.pc)
    for count, features in by_count.items():
        weight = _f32(math.log1p(count))
        rows = memoryview(b"".join([ptc[f * size : f * size + size] for f in features]))
        values = rows.cast("f")
        scores = [s + weight * sum(values[c::n]) for c, s in enumerate(scores)]
    return scores


def classify(text: str | bytes, *, normalized: bool = False) -> tuple[str, float]:
    """The language of ``text`` as py3langid names it (ISO 639-1 mostly), with its score.

    Args:
        text: the text, or its UTF-8 bytes; any length, any content.
        normalized: give a probability (py3langid's ``norm_probs=True``) instead of the
            raw log score.

    Returns:
        ``(code, score)``; featureless text (empty, digits only) gets py3langid's answer
        for it too.

    Raises:
        OSError or ValueError: the model file is missing or damaged (a broken bundle).
    """
    model = _get_model()
    scores = _scores(model, _encode(text), normalized)
    # Labels listed twice (script variants, srl -> sr) fold into their first column.
    for i, j in model.alias_pairs:
        if normalized:
            scores[i] += scores[j]
            scores[j] = 0.0
        else:
            scores[i] = max(scores[i], scores[j])
            scores[j] = _RAW_FLOOR
    best = max(range(len(scores)), key=scores.__getitem__)
    return model.classes[best], scores[best]
