"""Reading export archives safely: a ZIP file or an unpacked folder, never extracted.

Members are read into memory by name; nothing from an archive is ever written to a
path taken from the archive. Before anything is read, the whole table of contents is
checked: names that climb out of the archive (zip slip), members or totals too large,
and compression ratios no real export has (zip bombs) refuse the file outright.
"""

from __future__ import annotations

import logging
import threading
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from reader.core.errors import ImportExportError

log = logging.getLogger(__name__)

MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
#: Deflate gives 3–10× on HTML and CSV; more than this on a large member is a bomb.
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small members may compress as well as they like
BACKUP_JSON = "kliping.json"  # the articles of a Kliping ZIP backup


def unsafe_name(name: str) -> bool:
    """True when an archive member name could point outside the archive."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return True
    parts = PurePosixPath(name).parts
    return ".." in parts or (bool(parts) and ":" in parts[0])


def _mac_junk(name: str) -> bool:
    """macOS's copies of file metadata in an archive (``__MACOSX/``, ``._NAME``, …)."""
    parts = PurePosixPath(name).parts
    return bool(parts) and (
        "__MACOSX" in parts or parts[-1].startswith("._") or parts[-1] == ".DS_Store"
    )


class Archive:
    """A read-only bag of named files: a checked ZIP, a folder, or one plain file.

    Args:
        path: A ``.zip`` file, a folder, or any other file (the bag holds just it).

    Raises:
        ImportExportError: The ZIP is unreadable, unsafe (zip slip) or a zip bomb.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._lock = threading.Lock()
        self._names: list[str] = []
        self._root = path
        if path.is_dir():
            self._names = self._folder_names(path)
        elif path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
            self._open_zip(path)
        else:
            self._root = path.parent
            self._names = [path.name]

    def _open_zip(self, path: Path) -> None:
        try:
            zf = zipfile.ZipFile(path)
            infos = zf.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportExportError(f"{path.name} is not a readable ZIP archive ({exc}).") from exc
        try:
            self._check(infos)
        except ImportExportError:
            zf.close()
            raise
        self._zip = zf
        self._names = [i.filename for i in infos if not i.is_dir() and not _mac_junk(i.filename)]

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        name = self.path.name
        if len(infos) > MAX_MEMBERS:
            raise ImportExportError(f"{name} holds {len(infos)} files; refused as unsafe.")
        total = 0
        for info in infos:
            if unsafe_name(info.filename):
                raise ImportExportError(
                    f"{name}: refused, the entry {info.filename!r} points outside the archive "
                    "(a zip-slip attack); nothing was imported."
                )
            if info.flag_bits & 0x1:
                raise ImportExportError(f"{name}: {info.filename} is encrypted; unpack it first.")
            size = info.file_size
            total += size
            ratio = size / max(info.compress_size, 1)
            # a Kliping backup's list of articles may be as large as the whole archive
            limit = MAX_TOTAL_BYTES if info.filename == BACKUP_JSON else MAX_MEMBER_BYTES
            if size > limit or (size > RATIO_FLOOR and ratio > MAX_RATIO):
                raise ImportExportError(
                    f"{name}: refused, {info.filename} would unpack to {size // 2**20} MB "
                    f"({ratio:.0f}× its packed size), which looks like a zip bomb."
                )
        if total > MAX_TOTAL_BYTES:
            raise ImportExportError(
                f"{name}: refused, it would unpack to {total // 2**20} MB, which looks like "
                "a zip bomb."
            )

    @staticmethod
    def _folder_names(root: Path) -> list[str]:
        names: list[str] = []
        for path in sorted(root.rglob("*")):
            if len(names) >= MAX_MEMBERS:
                break
            if path.is_file() and not path.is_symlink():
                name = path.relative_to(root).as_posix()
                if not _mac_junk(name):
                    names.append(name)
        return names

    @property
    def is_zip(self) -> bool:
        """True when the bag is a ZIP file."""
        return self._zip is not None

    def only(self) -> tuple[str, bytes]:
        """The label and bytes of a one-file bag (a CSV, JSON or text export)."""
        name = self._names[0]
        return self.label(name), self.read(name)

    def names(self) -> list[str]:
        """Every file in the archive, as ``folder/name`` paths."""
        return list(self._names)

    def label(self, name: str) -> str:
        """How a person finds a member: ``export.zip:part_000000.csv``."""
        return f"{self.path.name}:{name}" if self._zip is not None else name

    def read(self, name: str) -> bytes:
        """One member's bytes (at most its declared size: a lying header is refused)."""
        if self._zip is None:
            target = (self._root / name).resolve()
            if not target.is_relative_to(self._root.resolve()):
                raise ImportExportError(f"{name} is outside {self._root}.")
            try:
                return target.read_bytes()
            except OSError as exc:
                raise ImportExportError(f"Could not read {target}: {exc.strerror}.") from exc
        with self._lock:  # one reader at a time on the shared file handle
            try:
                info = self._zip.getinfo(name)
                with self._zip.open(info) as member:
                    data = member.read(info.file_size + 1)
            except (
                KeyError,
                zipfile.BadZipFile,
                OSError,
                EOFError,
                zlib.error,
                NotImplementedError,
            ) as exc:  # zlib.error: corrupt data; NotImplementedError: unknown method
                raise ImportExportError(f"{self.label(name)} could not be read ({exc}).") from exc
        if len(data) > info.file_size:
            raise ImportExportError(
                f"{self.label(name)} is bigger than its header says; refused as unsafe."
            )
        return data

    def close(self) -> None:
        """Close the ZIP file (idempotent)."""
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
