"""The on-disk block format of the postings: ids apart from positions.

Whoosh pickles and compresses a posting block's ids, weights and values together, so
learning *which* documents hold a common word means decompressing and unpickling all
of its positions too. :class:`SplitBlockCodec` writes a small head (ids as
delta-encoded 32-bit integers, and weights) and the values after it, each compressed
on its own; matching and ranking read heads only.

Part of the on-disk format: the import path of :class:`SplitBlockCodec` is pickled into
every segment and must not change; a change to what is written must bump
``SearchIndex.SCHEMA_VERSION``.
"""

from __future__ import annotations

import logging
import operator
import struct
import zlib
from array import array
from bisect import bisect_left
from itertools import accumulate
from pickle import dumps, loads
from typing import Any

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
)
from whoosh.util.numeric import length_to_byte

from reader.core.search.analysis import BIG_ENDIAN, uint_bytes, uints

logger = logging.getLogger(__name__)

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

    def field_writer(self, storage: Any, segment: Any) -> Any:
        writer = W3FieldWriter(self, storage, segment)
        _count_position(writer._postfile)
        return writer

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


def _count_position(structfile: Any) -> None:
    """Makes ``tell()`` of a file being written count bytes instead of asking the OS.

    Whoosh asks for the postings file's position twice per term (an ``lseek`` each,
    millions in a rebuild); every write to it goes through ``StructFile.write``. (Not
    for the term file: its table of contents is pickled straight into the raw file.)
    """
    raw = structfile.file
    position: list[int] = [int(raw.tell())]
    raw_write = raw.write
    raw_seek = raw.seek

    def write(data: bytes) -> int:
        position[0] += len(data)
        return int(raw_write(data))

    def seek(*args: Any) -> int:
        position[0] = int(raw_seek(*args))
        return position[0]

    structfile.write = write
    structfile.seek = seek
    structfile.tell = lambda: position[0]


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
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        write_block(
            self._postfile,
            self._ids,
            self._mini_weights(),
            self._mini_values(),
            self._maxweight,
            self._minlength,
            self._maxlength,
            self._compression,
            last,
        )
        self._blockcount += 1
        self._new_block()


def write_block(
    postfile: Any,
    ids: Any,
    weights: Any,
    values: Any,
    maxweight: float,
    minlength: int | None,
    maxlength: int,
    comp: int,
    last: bool,
) -> None:
    """Writes one posting block: Whoosh's block info, then the head, then the values."""
    deltas = array("I", ids[:1])
    deltas.extend(map(operator.sub, ids[1:], ids[:-1]))
    if isinstance(weights, tuple) and not BIG_ENDIAN:
        weights = array("f", weights).tobytes()
    head = dumps((uint_bytes(deltas), weights), 5)
    tail = dumps(values, 5) if values is not None else b""
    if comp:
        head = zlib.compress(head, comp)
        if tail:
            tail = zlib.compress(tail, comp)
    info = dumps(
        (
            len(ids),
            ids[-1],
            maxweight,
            comp,
            length_to_byte(minlength),
            length_to_byte(maxlength),
        ),
        2,
    )
    length = len(info) + _HEAD.size + len(head) + len(tail)
    postfile.write_int(-length if last else length)
    postfile.write(info)
    postfile.write(_HEAD.pack(len(head)))
    postfile.write(head)
    postfile.write(tail)


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
        self._ids = array("I", accumulate(uints(self._data[0])))

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
