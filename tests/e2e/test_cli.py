"""The real ``kliping`` command against a loopback server, as a person would use it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
PAGE = "id-kabarniaga-cabai"


def expected(name: str) -> dict[str, object]:
    return json.loads((DATA / "pages" / f"{name}.json").read_text(encoding="utf-8"))


class Kliping:
    """Runs ``python -m reader --library L …`` with a private HOME and log folder."""

    def __init__(self, tmp_path: Path) -> None:
        self.library = tmp_path / "library"
        self.env = {
            **os.environ,
            "HOME": str(tmp_path / "home"),
            "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
            "KLIPING_LOG_DIR": str(tmp_path / "logs"),
            "KLIPING_READ_TIMEOUT": "1",
            "KLIPING_TOTAL_TIMEOUT": "3",
            "KLIPING_MAX_BYTES": "3000000",
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.env.pop("KLIPING_LIBRARY", None)

    def __call__(self, *args: str, library: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "reader"]
        if library:
            cmd += ["--library", str(self.library)]
        return subprocess.run(
            [*cmd, *args], env=self.env, capture_output=True, text=True, timeout=60
        )


@pytest.fixture
def kliping(tmp_path: Path) -> Kliping:
    return Kliping(tmp_path)


def test_add_list_show_and_no_duplicate(kliping: Kliping, http_server) -> None:
    url = http_server.url(f"/pages/{PAGE}.html")
    want = expected(PAGE)
    added = kliping("add", url)
    assert added.returncode == 0, added.stderr
    assert "Saved 1:" in added.stdout and str(want["title"]) in added.stdout

    listed = kliping("list", "--sort", "published")  # the date column: the sort's date
    assert listed.returncode == 0
    assert str(want["title"]) in listed.stdout
    assert str(want["site_name"]) in listed.stdout
    assert str(want["published"]) in listed.stdout

    shown = kliping("show", "1")
    assert shown.returncode == 0
    for snippet in want["must"]:
        assert " ".join(str(snippet).split()) in " ".join(shown.stdout.split())

    again = kliping("add", url)
    assert again.returncode == 0
    assert "Already saved as 1" in again.stdout
    assert "use --refresh to fetch it again" in again.stdout  # the command line's words
    rows = json.loads(kliping("list", "--json").stdout)
    assert len(rows) == 1


def test_show_formats(kliping: Kliping, http_server) -> None:
    assert kliping("add", http_server.url(f"/pages/{PAGE}.html")).returncode == 0
    html = kliping("show", "1", "--format", "html").stdout
    assert "<p>" in html and "<script" not in html
    md = kliping("show", "1", "--format", "markdown").stdout
    assert md.startswith("# ")
    data = json.loads(kliping("show", "1", "--format", "json").stdout)
    assert data["id"] == 1 and data["title"] == expected(PAGE)["title"]


def test_tag_mark_filter_delete(kliping: Kliping, http_server) -> None:
    kliping("add", http_server.url(f"/pages/{PAGE}.html"),
            http_server.url("/pages/en-harbourledger-solar.html"))  # fmt: skip
    assert kliping("tag", "1", "pertanian", "harga").returncode == 0
    assert kliping("mark", "2", "--read", "--favorite").returncode == 0
    unread = json.loads(kliping("list", "--unread", "--json").stdout)
    assert [r["id"] for r in unread] == [1]
    tagged = json.loads(kliping("list", "--tag", "harga", "--json").stdout)
    assert [r["id"] for r in tagged] == [1]
    favs = json.loads(kliping("list", "--favorites", "--json").stdout)
    assert [r["id"] for r in favs] == [2]
    deleted = kliping("delete", "1")
    assert deleted.returncode == 0 and "Deleted 1" in deleted.stdout
    assert [r["id"] for r in json.loads(kliping("list", "--json").stdout)] == [2]
    missing = kliping("show", "1")
    assert missing.returncode == 1 and "no article 1" in missing.stderr


def test_search_from_the_command_line(kliping: Kliping, http_server) -> None:
    kliping("add", http_server.url(f"/pages/{PAGE}.html"),
            http_server.url("/pages/ru-severvestnik-veter.html"))  # fmt: skip
    res = kliping("search", "cabai", "--json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["total"] == 1 and data["hits"][0]["id"] == 1
    plain = kliping("search", "cabai")
    assert "[" in plain.stdout  # matched words marked for the terminal
    broken = kliping("search", '"unbalanced')
    assert broken.returncode == 0


def test_reclean_outdated_redoes_only_what_an_older_cleaner_made(
    kliping: Kliping, http_server
) -> None:
    kliping("add", http_server.url(f"/pages/{PAGE}.html"),
            http_server.url("/pages/en-harbourledger-solar.html"))  # fmt: skip
    db = sqlite3.connect(kliping.library / "library.sqlite3")
    with db:  # as an older Kliping left it: version 1 and a leaked share bar
        db.execute("UPDATE articles SET extractor_version = '1', text = 'Share on Facebook' "
                   "WHERE id = 2")  # fmt: skip
    db.close()

    res = kliping("reclean", "--outdated")
    assert res.returncode == 0, res.stderr
    assert res.stdout.count("\n") == 1  # article 2 only
    assert "Share on Facebook" not in kliping("show", "2").stdout
    assert "solar" in kliping("show", "2").stdout.lower()
    again = kliping("reclean", "--outdated")
    assert again.returncode == 0 and "already" in again.stdout
    bare = kliping("reclean")
    assert bare.returncode == 2 and "--outdated" in bare.stderr


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/status/404", "404"),
        ("/status/500", "500"),
        ("/slow?seconds=5", "timed out"),
        ("/redirect-loop", "redirect"),
        ("/pdf", "pdf"),
        ("/big", "larger"),
        ("/broken-gzip", "compress"),
    ],
)
def test_failures_are_one_line_nonzero_and_lose_nothing(
    kliping: Kliping, http_server, path: str, words: str
) -> None:
    assert kliping("add", http_server.url(f"/pages/{PAGE}.html")).returncode == 0
    db = kliping.library / "library.sqlite3"
    before = kliping("list", "--json").stdout
    res = kliping("add", http_server.url(path))
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    failure = [line for line in res.stderr.splitlines() if "failed:" in line]
    assert len(failure) == 1 and words in failure[0].lower(), res.stderr
    assert kliping("list", "--json").stdout == before
    assert db.exists()


def test_cp1251_page_without_charset(kliping: Kliping, http_server) -> None:
    assert kliping("add", http_server.url("/cp1251")).returncode == 0
    shown = kliping("show", "1").stdout
    assert any("а" <= ch <= "я" for ch in shown)


def test_mixed_batch_reports_and_exits_nonzero(kliping: Kliping, http_server) -> None:
    res = kliping("add", http_server.url(f"/pages/{PAGE}.html"), http_server.url("/status/404"))
    assert res.returncode == 1
    assert "1 saved" in res.stderr and "1 failed" in res.stderr


def test_library_from_environment_and_help(kliping: Kliping, http_server, tmp_path: Path) -> None:
    env_lib = tmp_path / "from-env"
    kliping.env["KLIPING_LIBRARY"] = str(env_lib)
    assert kliping("add", http_server.url(f"/pages/{PAGE}.html"), library=False).returncode == 0
    assert (env_lib / "library.sqlite3").exists()
    assert not kliping.library.exists()
    helped = kliping("--help", library=False)
    assert helped.returncode == 0 and "examples:" in helped.stdout
    version = kliping("--version", library=False)
    assert version.stdout.startswith("Kliping ")
