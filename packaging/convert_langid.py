"""Convert py3langid's model into the numpy-free file reader/core/langid.py reads.

Run at build time only (needs numpy and py3langid, from the ``dev`` extra)::

    .venv/bin/python packaging/convert_langid.py

It writes ``resources/langid/model.bin.xz``: LZMA over a 4-byte little-endian header
length, a JSON header (classes, and per array its typecode, shape and byte range) and the
arrays themselves, little-endian, in the layout py3langid keeps them in memory:

- ``ptc``: float32, features x classes, log P(feature | class) (float16 values widened);
- ``pc``: float32, log P(class);
- ``nextmove``: the tokenizer's distinct 256-entry transition rows;
- ``row``: the row each tokenizer state uses;
- ``out``: int32, the feature a state emits, or -1.

The values are copied bit for bit, so the pure-Python classifier scores the same numbers.
"""

from __future__ import annotations

import json
import logging
import lzma
import struct
import sys
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE
from py3langid.modelio import load_model

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parent.parent / "resources" / "langid" / "model.bin.xz"
FORMAT = 1


def convert(out: Path = OUT) -> int:
    """Write the converted model to ``out``; returns its size in bytes."""
    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    arrays = {
        # float16 in py3langid, widened (exactly) to float32: the classifier sums columns
        # of a memoryview, which has no float16 format
        "ptc": ("f", np.ascontiguousarray(ptc, dtype="<f4")),
        "pc": ("f", np.ascontiguousarray(pc, dtype="<f4")),
        "nextmove": ("I", np.asarray(nextmove, dtype="<u4")),
        "row": ("I", np.asarray(row, dtype="<u4")),
        "out": ("i", np.asarray(output, dtype="<i4")),
    }
    header: dict[str, object] = {"format": FORMAT, "classes": list(classes), "arrays": {}}
    blobs, offset = [], 0
    for name, (typecode, arr) in arrays.items():
        data = arr.tobytes()
        header["arrays"][name] = {  # type: ignore[index]
            "typecode": typecode,
            "shape": list(arr.shape),
            "offset": offset,
            "nbytes": len(data),
        }
        blobs.append(data)
        offset += len(data)
    head = json.dumps(header, separators=(",", ":")).encode()
    payload = b"".join([struct.pack("<I", len(head)), head, *blobs])
    out.parent.mkdir(parents=True, exist_ok=True)
    # preset 6: an 8 MB dictionary (9 would make every reader allocate 64 MB to decompress)
    out.write_bytes(lzma.compress(payload, preset=6 | lzma.PRESET_EXTREME))
    return out.stat().st_size


if __name__ == "__main__":
    size = convert(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {OUT if len(sys.argv) < 2 else sys.argv[1]} ({size / 1e6:.2f} MB)")
