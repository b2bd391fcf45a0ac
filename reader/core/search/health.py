"""Whether the index's files are still what was written: notes, checks and damage.

Whoosh never rewrites a segment's files, so Kliping notes each one's size, time and
checksum when it is written (:func:`record_files`, in ``kliping-files.json``) and compares
them later (:func:`verify_files`). :data:`READ_FAILURES` are what Whoosh raises reading a
torn, overwritten or missing file; :func:`damage` words one for the damage report.
"""

from __future__ import annotations

import json
import logging
import os
import pathlib
import pickle
import struct
import zlib

logger = logging.getLogger(__name__)

#: What reading a truncated, overwritten or missing index file raises inside Whoosh.
READ_FAILURES = (
    EOFError, struct.error, zlib.error, pickle.UnpicklingError, ValueError, KeyError,
    IndexError, TypeError,
)  # fmt: skip


_FILES = "kliping-files.json"


def _segment_files(folder: pathlib.Path) -> list[pathlib.Path]:
    """The index's data files (not its locks, table of contents or Kliping's notes)."""
    return [
        p
        for p in folder.iterdir()
        if p.is_file() and "LOCK" not in p.name and p.suffix not in (".toc", ".json", ".tmp")
    ]


def _crc(path: pathlib.Path) -> int:
    crc = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def record_files(folder: pathlib.Path) -> None:
    """Note each data file's size, time and checksum (new files only are read)."""
    try:
        old = json.loads((folder / _FILES).read_text())
    except (OSError, ValueError):
        old = {}
    files: dict[str, list[int]] = {}
    try:
        for path in _segment_files(folder):
            st = path.stat()
            known = old.get(path.name)
            if known and known[:2] == [st.st_size, st.st_mtime_ns]:
                files[path.name] = known
            else:
                files[path.name] = [st.st_size, st.st_mtime_ns, _crc(path)]
        tmp = folder / (_FILES + ".tmp")
        tmp.write_text(json.dumps(files))
        os.replace(tmp, folder / _FILES)
    except OSError as exc:  # without the note the count check still stands
        logger.info("could not note the index's files: %s", exc)
        (folder / _FILES).unlink(missing_ok=True)


def verify_files(folder: pathlib.Path, *, deep: bool = False) -> str | None:
    """What :func:`record_files` noted and is no longer so, or None."""
    try:
        files = json.loads((folder / _FILES).read_text())
    except (OSError, ValueError):
        return None  # an index from before the note: the other checks stand
    for name, (size, mtime, crc) in files.items():
        path = folder / name
        try:
            st = path.stat()
        except OSError:
            return f"{name} is missing"
        if st.st_size != size:
            return f"{name} is {st.st_size:,} bytes, written as {size:,}"
        if st.st_mtime_ns != mtime:
            return f"{name} was changed after it was written"
        if deep and _crc(path) != crc:
            return f"{name} does not hold what was written"
    return None


def damage(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
