"""``kliping feeds …`` as a person (or a cron job) would run it, against a loopback site."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

try:
    from tests.feeds_kit import NewsSite
except ImportError:  # tests/ is not a package
    from feeds_kit import NewsSite  # type: ignore[no-redef]


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
        }
        self.env.pop("KLIPING_LIBRARY", None)

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "reader", "--library", str(self.library), *args]
        return subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=90)


@pytest.fixture
def kliping(tmp_path: Path) -> Kliping:
    return Kliping(tmp_path)


def test_subscribe_refresh_list_search_and_list_by_feed(kliping: Kliping, http_server) -> None:
    site = NewsSite(http_server, "warta")
    stories = site.add_stories(3)
    site.home([(site.rss(etag='"1"'), "application/rss+xml", "Warta")])
    added = kliping("feeds", "add", site.url(""), "--folder", "Ekonomi")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Subscribed 1: Warta Ledger")

    refreshed = kliping("feeds", "refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    assert refreshed.stdout.splitlines() == [
        "Warta Ledger: 3 new",
        "1 of 1 feeds read, 3 new articles.",
    ]
    listed = json.loads(kliping("feeds", "list", "--json").stdout)
    assert listed[0]["title"] == "Warta Ledger" and listed[0]["folder"] == "Ekonomi"
    assert listed[0]["unread"] == 3 and listed[0]["error"] is None and listed[0]["last_refresh"]
    assert set(listed[0]) >= {"id", "title", "url", "site_url", "folder", "unread", "last_refresh"}

    articles = json.loads(kliping("list", "--feed", "1", "--json").stdout)
    assert len(articles) == 3 and {a["feed"] for a in articles} == {1}
    assert all(a["tags"] == [] for a in articles)
    word = stories[0].text_marker().split()[0]
    found = json.loads(kliping("search", f'feed:"Warta Ledger" {word}', "--json").stdout)
    assert found["total"] >= 1

    again = kliping("feeds", "refresh")
    assert again.stdout.splitlines()[0] == "Warta Ledger: nothing new"


def test_a_page_without_a_feed_names_watch_and_watch_follows_it(
    kliping: Kliping, http_server
) -> None:
    site = NewsSite(http_server, "plain")
    site.add_stories(2)
    home = site.home()
    missing = kliping("feeds", "add", home)
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "--watch" in missing.stderr
    assert "No feed found" in missing.stderr
    assert json.loads(kliping("feeds", "list", "--json").stdout) == []

    watched = kliping("feeds", "add", home, "--watch")
    assert watched.returncode == 0 and "page watch, not a feed" in watched.stdout
    assert "[page watch]" in kliping("feeds", "list").stdout
    refreshed = kliping("feeds", "refresh")
    assert "2 new" in refreshed.stdout


def test_refresh_exits_1_naming_each_failed_feed_after_saving_the_rest(
    kliping: Kliping, http_server
) -> None:
    site = NewsSite(http_server, "ok")
    site.add_stories(1)
    good = site.rss()
    opml = f"""<?xml version="1.0"?><opml version="2.0"><body>
    <outline text="Good" xmlUrl="{good}"/>
    <outline text="World"><outline text="Broken" xmlUrl="{http_server.url("/status/500")}"/>
    </outline></body></opml>"""
    path = kliping.library.parent / "subs.opml"
    path.write_text(opml)
    imported = kliping("feeds", "import", str(path))
    assert imported.returncode == 0 and "Imported 2 subscriptions" in imported.stdout
    result = kliping("feeds", "refresh")
    assert result.returncode == 1
    assert "Good: 1 new" in result.stdout
    failed = [line for line in result.stderr.splitlines() if "Broken" in line]
    assert len(failed) == 1 and "500" in failed[0]
    assert "1 failed" in result.stdout

    exported = kliping("feeds", "export")
    assert 'text="World"' in exported.stdout and good in exported.stdout


def test_edit_and_remove_keep_the_articles(kliping: Kliping, http_server) -> None:
    site = NewsSite(http_server, "ed")
    site.add_stories(2)
    assert kliping("feeds", "add", site.rss()).returncode == 0
    kliping("feeds", "refresh")
    edited = kliping("feeds", "edit", "1", "--title", "Edited", "--interval", "30",
                     "--keep-days", "90")  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    assert "Edited" in edited.stdout and "every 30 min" in edited.stdout
    removed = kliping("feeds", "remove", "1")
    assert "2 articles stay" in removed.stdout
    assert len(json.loads(kliping("list", "--json").stdout)) == 2
    missing = kliping("feeds", "remove", "7")
    assert missing.returncode == 1 and "no feed 7" in missing.stderr


def test_help_describes_every_action(kliping: Kliping) -> None:
    text = kliping("feeds", "--help").stdout
    for action in ("add", "list", "refresh", "remove", "edit", "import", "export"):
        assert action in text
    assert "--watch" in kliping("feeds", "add", "--help").stdout


def test_refresh_shows_progress_on_a_terminal(kliping: Kliping, http_server) -> None:
    import pty

    for n in range(2):
        site = NewsSite(http_server, f"tty{n}")
        site.add_stories(1)
        assert kliping("feeds", "add", site.rss()).returncode == 0
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command on a terminal
        argv = [sys.executable, "-m", "reader", "--library", str(kliping.library),
                "feeds", "refresh"]  # fmt: skip
        os.execve(sys.executable, argv, kliping.env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal closed with the child
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    text = out.decode()
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert text.startswith("Refreshing 2 feeds…")
    assert "Refreshing… 1/2 feeds done" in text
    assert text.rstrip().endswith("2 of 2 feeds read, 2 new articles.")


def test_a_password_in_a_feeds_address_is_never_kept_shown_or_logged(
    kliping: Kliping, http_server, tmp_path: Path
) -> None:
    site = NewsSite(http_server, "private")
    site.add_stories(2)
    feed = site.rss()
    secret = feed.replace("http://", "http://alice:Zq9-s3cret@")
    http_server.clear()
    added = kliping("feeds", "add", secret)
    assert added.returncode == 1 and added.stdout == ""
    assert added.stderr.strip().splitlines() == [
        "kliping: Kliping keeps no passwords, so it cannot refresh a feed that needs one. "
        f"If {feed} opens without a password, subscribe to that address."
    ]
    assert http_server.requests == []  # refused before anything was asked with it
    # An OPML list of many: the address is subscribed without its password, and said so.
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
        f'<outline type="rss" text="{secret}" xmlUrl="{secret}"'
        f' htmlUrl="{secret.replace("feed.xml", "")}"/></outline></body></opml>'
    )
    imported = kliping("feeds", "import", str(opml))
    assert imported.returncode == 0, imported.stderr
    assert "1 of them had a password in their address, which Kliping does not keep" in (
        imported.stdout
    )
    refreshed = kliping("feeds", "refresh")  # the loopback feed opens without a password
    assert refreshed.returncode == 0 and "2 new" in refreshed.stdout
    listed = kliping("feeds", "list", "--json")
    assert json.loads(listed.stdout)[0]["url"] == feed
    exported = kliping("feeds", "export")
    outputs = [added, imported, refreshed, listed, exported, kliping("feeds", "list")]
    for out in outputs:
        assert "Zq9-s3cret" not in out.stdout + out.stderr
    for file in [*kliping.library.rglob("*"), *(tmp_path / "logs").rglob("*")]:
        if file.is_file():
            assert b"Zq9-s3cret" not in file.read_bytes(), file
