"""A full disk or a failing disk during a save: one clear line, and the library intact.

Faults are injected where a save writes: the image download (``Path.write_bytes``), the
move into ``assets/`` (``os.replace``), the database (SQLite's own "database or disk is
full", through ``PRAGMA max_page_count``) and the search index. The last test runs the
real command on a tiny tmpfs in a private mount namespace, the way a disk really fills.
"""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_kit import ROOT, Cli, check_library, one_line_error, serve_article

from reader.core.errors import StorageError
from reader.core.library import Library

pytestmark = pytest.mark.reliability


def _fail(code: int) -> Callable[..., None]:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, {errno.ENOSPC: "No space left on device"}.get(code, "I/O error"))

    return fail


@pytest.fixture
def library(http_server, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A library with two articles (one with its own images)."""
    lib = Library.open(tmp_path / "lib")
    lib.save_url(serve_article(http_server, 0))
    lib.save_url(serve_article(http_server, 1))
    yield lib
    lib.close()


def _assert_intact(lib: Library, before: dict[int, str]) -> None:
    folder = lib.folder
    lib.close()
    assert check_library(folder).articles == before


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize(
    "target",
    ["pathlib.Path.write_bytes", "reader.core.library.assets.os.replace"],
    ids=["download", "move"],
)
def test_image_files_that_cannot_be_written(
    library: Library, http_server, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    before = check_library(library.folder).articles
    monkeypatch.setattr(target, _fail(code))
    with pytest.raises(StorageError) as err:
        library.save_url(serve_article(http_server, 3))  # an article with its own images
    message = str(err.value)
    assert "\n" not in message and len(message) < 200
    if code == errno.ENOSPC:
        assert "disk is full" in message
    else:
        assert "I/O error" in message
    assert library.count() == len(before)
    monkeypatch.undo()
    _assert_intact(library, before)


def test_database_full(library: Library, http_server) -> None:
    before = check_library(library.folder).articles
    pages = library.store.db.execute("PRAGMA page_count").fetchone()[0]
    library.store.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageError, match="disk is full") as err:
        library.save_url(serve_article(http_server, 3))
    assert "\n" not in str(err.value)
    assert library.count() == len(before)
    _assert_intact(library, before)


def test_search_index_write_failure_loses_nothing(
    library: Library, http_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index is a cache: when it cannot be written the save still succeeds."""
    before = check_library(library.folder).articles
    import whoosh.writing

    monkeypatch.setattr(whoosh.writing.SegmentWriter, "commit", _fail(errno.ENOSPC))
    result = library.save_url(serve_article(http_server, 3))
    assert result.status == "saved"
    assert library.search("Lyon").total == 0  # not in the index yet…
    monkeypatch.undo()
    folder = library.folder
    library.close()
    after = check_library(folder).articles  # …reopening catches the index up
    assert set(after) == set(before) | {result.id}
    with Library.open(folder) as lib:
        assert [h.id for h in lib.search("Lyon").hits] == [result.id]


# -- the real command on a full tmpfs ------------------------------------------------------

_CHECK = """
import json, sys
sys.path[:0] = [{kit!r}, {root!r}]
from reliability_kit import check_library
print(json.dumps(check_library(__import__("pathlib").Path(sys.argv[1])).articles))
"""


def _namespaces_work() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces_work(), reason="needs user and mount namespaces (unshare -rm)")
@pytest.mark.parametrize("free_kb", [0, 24, 96])
def test_real_command_on_a_full_disk(http_server, tmp_path: Path, free_kb: int) -> None:
    """A tiny tmpfs, filled so that ``kliping add`` runs out of space part-way."""
    seed_lib = tmp_path / "seed"
    cli = Cli(tmp_path, seed_lib)
    assert (
        cli.run("add", serve_article(http_server, 0), serve_article(http_server, 2)).returncode == 0
    )
    before = check_library(seed_lib).articles
    mount = tmp_path / "disk"
    mount.mkdir()
    lib = mount / "lib"
    checker = tmp_path / "check.py"
    checker.write_text(_CHECK.format(kit=str(Path(__file__).parent), root=str(ROOT)))
    new = (serve_article(http_server, 1), serve_article(http_server, 3))
    argv = " ".join(Cli(tmp_path, lib).argv("add", *new))
    script = f"""
set -e
mount -t tmpfs -o size=1m tmpfs {mount}
cp -a {seed_lib} {lib}
# Fill the disk, then give back {free_kb} KB.
dd if=/dev/zero of={mount}/filler bs=4k 2>/dev/null || true
truncate -s -{free_kb}K {mount}/filler 2>/dev/null || true
set +e
{argv} > {tmp_path}/out.txt 2> {tmp_path}/err.txt
echo $? > {tmp_path}/rc.txt
rm {mount}/filler  # the person frees some space and opens Kliping again
{sys.executable} {checker} {lib} > {tmp_path}/after.json 2> {tmp_path}/check-err.txt
"""
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], env=cli.env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rc = int((tmp_path / "rc.txt").read_text())
    result = subprocess.CompletedProcess([], rc, (tmp_path / "out.txt").read_text(),
                                         (tmp_path / "err.txt").read_text())  # fmt: skip
    check_err = (tmp_path / "check-err.txt").read_text()
    assert (tmp_path / "after.json").read_text().strip(), check_err
    after = {int(k): v for k, v in json.loads((tmp_path / "after.json").read_text()).items()}
    if free_kb == 0:
        line = one_line_error(result)
        assert "disk is full" in line or "I/O error" in line, line
    else:
        assert rc in (0, 1), result.stderr
        if rc:
            one_line_error(result)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    # Everything saved before is still there, unchanged; anything new is complete.
    assert {i: after[i] for i in before} == before
    saved_now = len(result.stdout.split("Saved ")) - 1
    assert len(after) == len(before) + saved_now
