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
from typing import Any

log = logging.getLogger(__name__)

_MODEL = ("langid", "model.bin.xz")
_FORMAT = 1
# py3langid's score for featureless text when it does not normalise: float32's minimum.
_RAW_FLOOR = -3.4028234663852886e38
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Model:
    classes: tuple[str, ...]
    ptc: memoryview  # bytes of float32, native order, features x classes, row-major
    pc: tuple[float, ...]
    nextmove: array[int]
    rowbase: list[int]
    output: array[int]
    alias_pairs: tuple[tuple[int, int], ...]  # (first, duplicate) columns of one label


_model: _Model | None = None


def _read_array(stream: lzma.LZMAFile, typecode: str, nbytes: int) -> array[Any]:
    """``nbytes`` of little-endian values from ``stream``, read straight into place."""
    arr: array[Any] = array(typecode, [0]) * (nbytes // array(typecode).itemsize)
    view = memoryview(arr).cast("B")
    position = 0
    while position < nbytes:  # in chunks: the decompressed model is never held twice
        got = stream.readinto(view[position : position + (1 << 22)])
        if not got:
            raise ValueError("the language model file is truncated")
        position += got
    view.release()  # an array with an exported buffer cannot be resized or byte-swapped
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def _load() -> _Model:
    ref = resources.files("reader.resources").joinpath(*_MODEL)
    with ref.open("rb") as raw, lzma.open(raw) as stream:
        (head_len,) = struct.unpack("<I", stream.read(4))
        header = json.loads(stream.read(head_len))
        if header.get("format") != _FORMAT:
            raise ValueError(f"unsupported language model format {header.get('format')!r}")
        arrays: dict[str, array[Any]] = {}
        position = 0
        for name, spec in sorted(header["arrays"].items(), key=lambda item: item[1]["offset"]):
            if spec["offset"] != position:
                raise ValueError("the language model file's arrays are not contiguous")
            arrays[name] = _read_array(stream, spec["typecode"], spec["nbytes"])
            position += spec["nbytes"]
    classes = tuple(header["classes"])
    first: dict[str, int] = {}
    pairs = []
    for i, c in enumerate(classes):
        if c in first:
            pairs.append((first[c], i))
        else:
            first[c] = i
    return _Model(
        classes=classes,
        ptc=memoryview(arrays["ptc"]).cast("B"),
        pc=tuple(arrays["pc"]),
        nextmove=arrays["nextmove"],
        rowbase=[r << 8 for r in arrays["row"]],  # pre-shifted, as py3langid does
        output=arrays["out"],
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


def detect_language(
    text: str, size: int = 800, *, min_chars: int = 40, normalized: bool = True
) -> tuple[str | None, float]:
    """The language of the first ``size`` characters of ``text``: (code, score), or
    ``(None, 0.0)`` when fewer than ``min_chars`` of them are not spaces, or when the
    model cannot be read (logged: a broken model must not break a save).

    Args:
        text: Any text.
        size: How much of it to read (the cleaner reads 800 characters: they decide as
            well as 1,500 on the development pages, in half the time; the search index
            reads 3,000).
        min_chars: Fewer characters than this are no evidence (the cleaner: 40; the
            search index: 1).
        normalized: Score as a probability, script variants added together (the
            cleaner), or as py3langid's raw score, the best variant (the search index;
            the two can name different languages on borderline text).
    """
    sample = text[:size]
    if len(sample.strip()) < min_chars:
        return None, 0.0
    try:
        lang, score = classify(sample, normalized=normalized)
    except Exception:  # a broken model file must not break extraction or indexing
        log.exception("language identification failed")
        return None, 0.0
    return str(lang), float(score)
