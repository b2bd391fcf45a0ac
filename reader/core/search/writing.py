"""Faster parts for Whoosh's segment writer, and the merge policy."""

from __future__ import annotations

import array
import logging
import pickle
import sys
from collections.abc import Iterator
from typing import Any

from whoosh import columns
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool

logger = logging.getLogger(__name__)

WRITER_MB = 128


def cancel(writer: Any) -> None:
    """Abandons a failed index write, releasing its lock even if the clean-up fails."""
    try:
        writer.cancel()
    except Exception as exc:  # a full disk fails the clean-up too; the first error counts
        logger.warning("could not cancel the index write cleanly: %r", exc)
        lock = getattr(writer, "writelock", None)
        try:
            if lock is not None:
                lock.release()
        except Exception:  # already released by the clean-up before it failed
            pass


class ChunkedPool(PostingPool):  # type: ignore[misc]
    """Whoosh's posting pool, spilling sorted runs in chunks of postings.

    Whoosh pickles each posting on its own when a run spills to disk and unpickles
    them one by one when merging: at 100,000 articles that was a third of a full
    rebuild's time. A chunk is one pickle call for thousands of postings.
    """

    CHUNK = 20_000

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        # Whoosh's add() asserts types and sums nine terms per posting; this is the
        # same size estimate, cheaper.
        self.fieldnames.add(item[0])
        self.currentsize += 150 + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: Any, items: list[Any]) -> None:
        for start in range(0, len(items), self.CHUNK):
            pickle.dump(items[start : start + self.CHUNK], f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def column_ints(column: Any) -> list[int]:
    """All values of a numeric column, read as one block (not a call per document)."""
    if not isinstance(column, columns.NumericColumn.Reader) or column._typecode not in "qQ":
        return list(column)
    raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
    values = array.array(column._typecode)
    values.frombytes(raw)
    if sys.byteorder == "little":  # Whoosh writes numbers big-endian ("!")
        values.byteswap()
    out = values.tolist()
    out.extend([column._default] * (column._doccount - column._count))
    return out


BYTE_TO_LENGTH = [byte_to_length(b) for b in range(256)]


class FieldLengths:
    """Document field lengths for a commit, read a whole field at a time.

    Whoosh asks for the length of the document's field once per *posting* while
    writing a segment (for block statistics), each a seek and a read: a fifth of
    the commit. Postings arrive field by field, so one field's length bytes are
    read at once and looked up in memory.
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._field: str | None = None
        self._bytes = b""

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname != self._field:
            self._field = fieldname
            column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is None:
                self._bytes = b""
            else:
                self._bytes = column._dbfile.get(column._basepos, column._count)
        lengths = self._bytes
        return BYTE_TO_LENGTH[lengths[docnum]] if docnum < len(lengths) else default

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def tune(writer: Any) -> Any:
    """Swaps faster parts into a Whoosh writer (same files on disk)."""
    writer.pool = ChunkedPool(writer._tempstorage, writer.newsegment, limitmb=WRITER_MB)
    per_document_reader = writer.per_document_reader
    writer.per_document_reader = lambda: FieldLengths(per_document_reader())
    return writer


def merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy: fold small segments together, never touch large ones.

    Whoosh's default can end up merging everything (one merge of a 100,000-article
    index peaked at 6.9 GB); here only segments under 20,000 documents are merged,
    and only once ten of them have piled up.
    """
    small = [s for s in segments if s.doc_count_all() < 20_000]
    if len(small) < 10:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in small]
