"""The library folder: private, read-only when asked, one writer at a time across threads."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from library_kit import PAGE

from reader.core.errors import StorageError
from reader.core.library import Library


def test_library_folder_is_private_and_has_its_parts(lib: Library) -> None:
    mode = stat.S_IMODE(os.stat(lib.folder).st_mode)
    assert mode == 0o700
    assert (lib.folder / "library.sqlite3").is_file()


def test_read_only_library_refuses_changes(tmp_path: Path, http_server) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    with Library.open(folder, read_only=True) as ro:
        assert ro.get(a).title
        with pytest.raises(StorageError, match="read-only"):
            ro.mark([a], read=True)


def test_threads_writing_at_once_queue_instead_of_failing(lib: Library, http_server) -> None:
    import threading

    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    errors: list[Exception] = []

    def worker(n: int) -> None:
        try:
            for k in range(15):
                lib.tag([a], [f"t{n}-{k}"])
                lib.mark([a], read=bool(k % 2))
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)
        finally:
            lib.release_thread()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(lib.get(a).tags) == 6 * 15  # no lost write
    assert lib.search("tag:t3-14").total == 1


def test_a_big_write_does_not_make_every_later_change_checkpoint(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite keeps a log file at its largest size after a checkpoint; the library must
    not take that size for new changes and copy the log after every save from then on
    (each checkpoint syncs the database file to disk: a 2,000-article feed refresh ran 14%
    slower)."""
    from reader.core.store import Store
    from reader.core.store.database import WAL_BYTES

    page = "<html><body><h1>Title</h1><p>" + "A sentence of the story. " * 40 + "</p></body></html>"
    a = lib.save_html(page, url="https://example.com/a").id
    lib.set_note(a, "x" * (6 * 1024 * 1024))  # a log beyond the checkpoint size
    checkpoints: list[str] = []
    plain = Store.checkpoint

    def counted(self: Store, mode: str = "PASSIVE") -> bool:
        checkpoints.append(mode)
        return plain(self, mode)

    monkeypatch.setattr(Store, "checkpoint", counted)
    lib.set_note(a, "short")  # the big log is copied once
    for k in range(20):
        lib.tag([a], [f"t{k}"])
    assert len(checkpoints) <= 2
    assert (lib.folder / "library.sqlite3-wal").stat().st_size <= WAL_BYTES
    assert sorted(lib.get(a).tags) == sorted(f"t{k}" for k in range(20))  # nothing lost
