"""Refreshing feeds against a loopback server: new items saved clean, never twice, politely."""

from __future__ import annotations

import threading
import time

from reader.core.feeds import Feeds
from reader.core.feeds.subscriptions import FeedSettings
from reader.core.fetch import Fetcher
from reader.core.library import Library
from reader.core.store.records import ArticleFilter

try:
    from tests.feeds_kit import article_html
except ImportError:  # tests/ is not a package
    from feeds_kit import article_html  # type: ignore[no-redef]


def _article_requests(server) -> list[str]:
    return [r for r in server.requests if "/articles/" in r]


def test_new_items_become_clean_articles_with_images_and_are_searchable(
    feeds: Feeds, lib: Library, site
) -> None:
    stories = site.add_stories(3)
    feed = feeds.subscribe(site.rss(), title="Harbour Ledger")
    report = feeds.refresh()
    assert report.summary == "1 of 1 feeds read, 3 new articles."
    assert report.feeds[0].line == "Harbour Ledger: 3 new"
    saved = lib.list(ArticleFilter(feed=feed.id))
    assert {a.title for a in saved} == {s.title for s in stories}
    rec = lib.get(saved[0].id)
    assert rec.source == "feed" and rec.status == "ok" and rec.feed_id == feed.id
    assert "Home" not in rec.text and "Privacy" not in rec.text  # cleaned
    assert [i["status"] for i in lib.images(rec.id)] == ["ok"]  # images kept for offline
    assert lib.search('feed:"Harbour Ledger" ' + stories[1].text_marker().split()[0]).total >= 1
    assert lib.search(f"feed:{feed.id}").total == 3
    assert feeds.get(feed.id).unread == 3


def test_second_refresh_uses_the_etag_and_fetches_nothing_else(
    feeds: Feeds, site, http_server
) -> None:
    site.add_stories(2)
    feeds.subscribe(site.rss(etag='"v1"'))
    feeds.refresh()
    http_server.clear()
    report = feeds.refresh()
    assert report.feeds[0].status == "not-modified"
    assert http_server.requests == ["/news/feed.xml"]
    assert http_server.request_headers[0]["if-none-match"] == '"v1"'


def test_only_new_items_are_saved_and_never_twice(feeds: Feeds, lib: Library, site) -> None:
    site.add_stories(2)
    feeds.subscribe(site.rss())
    feeds.refresh()
    newer = site.add_stories(1, start=2)
    site.rss()
    report = feeds.refresh()
    assert report.new == 1 and lib.count() == 3
    assert lib.list()[0].title == newer[0].title
    assert feeds.refresh().new == 0 and lib.count() == 3


def test_two_feeds_with_one_story_and_rewritten_guids_save_it_once(
    feeds: Feeds, lib: Library, site, http_server
) -> None:
    stories = site.add_stories(2)
    feeds.subscribe(site.rss())
    feeds.subscribe(site.json_feed())
    report = feeds.refresh()
    assert report.new == 2 and lib.count() == 2
    # The feed rewrites its GUIDs: the addresses are the same, so nothing is new.
    doc = http_server._route("/news/feed.xml").body.replace(b"<guid>", b"<guid>v2-")
    http_server.set("/news/feed.xml", doc, content_type="application/rss+xml")
    assert feeds.refresh().new == 0
    assert lib.count() == len(stories)


def test_a_deleted_article_does_not_come_back(feeds: Feeds, lib: Library, site) -> None:
    site.add_stories(2)
    feeds.subscribe(site.rss())
    feeds.refresh()
    victim = lib.list()[0]
    lib.delete([victim.id])
    assert feeds.refresh().new == 0
    assert victim.title not in {a.title for a in lib.list()}


def test_first_refresh_saves_only_the_newest_items(feeds: Feeds, lib: Library, site) -> None:
    feeds.set_settings(FeedSettings(first_items=3))
    stories = site.add_stories(8)
    feeds.subscribe(site.rss())
    report = feeds.refresh()
    assert report.new == 3 and report.feeds[0].skipped == 5
    assert {a.title for a in lib.list()} == {s.title for s in stories[-3:]}
    assert feeds.refresh().new == 0  # the older ones are not saved later either


def test_a_page_that_fails_is_saved_from_the_feeds_text_and_says_so(
    feeds: Feeds, lib: Library, site, http_server
) -> None:
    stories = site.add_stories(1)
    http_server.set(f"/news/articles/{stories[0].slug}.html", "Forbidden", status=403)
    feeds.subscribe(site.rss(content=True))
    report = feeds.refresh()
    assert report.feeds[0].from_feed == 1
    assert "1 from the feed's text" in report.feeds[0].line
    rec = lib.get(lib.list()[0].id)
    assert rec.status == "feed-text"
    assert stories[0].text_marker() in rec.text
    assert rec.title == stories[0].title


def test_full_text_in_feed_fetches_no_page(feeds: Feeds, lib: Library, site, http_server) -> None:
    stories = site.add_stories(2)
    feeds.subscribe(site.rss(content=True), full_text=True)
    http_server.clear()
    assert feeds.refresh().new == 2
    assert _article_requests(http_server) == []
    texts = {a.title: lib.get(a.id) for a in lib.list()}
    rec = texts[stories[1].title]
    assert rec.status == "ok" and stories[1].text_marker() in rec.text


def test_audio_and_pdf_links_are_not_fetched_as_articles(
    feeds: Feeds, lib: Library, http_server
) -> None:
    doc = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Pod</title>
    <item><title>Episode 1</title><link>{http_server.url("/ep1.mp3")}</link><guid>e1</guid>
    <description>Show notes for the first episode, with guests and many more words in them.
    </description><enclosure url="{http_server.url("/ep1.mp3")}" type="audio/mpeg"/></item>
    <item><title>Report</title><link>{http_server.url("/pdf")}</link><guid>r1</guid>
    <enclosure url="{http_server.url("/pdf")}" type="application/pdf"/></item>
    </channel></rss>"""
    feeds.subscribe(http_server.set("/pod.xml", doc, content_type="application/rss+xml"))
    http_server.clear()
    report = feeds.refresh()
    assert "/ep1.mp3" not in http_server.requests and "/pdf" not in http_server.requests
    assert report.feeds[0].status == "ok"
    kept = {a.title: a.status for a in lib.list()}
    assert kept == {"Episode 1": "ok", "Report": "link-only"}


def test_items_without_link_and_duplicate_guids(feeds: Feeds, lib: Library, http_server) -> None:
    doc = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Micro</title>
    <item><guid isPermaLink="false">n1</guid><title>A note</title><description>&lt;p&gt;A note
    with no link at all, but it has a few sentences of text. Enough to be read as a short
    article by the cleaner, which needs some words.&lt;/p&gt;</description></item>
    <item><guid isPermaLink="false">n1</guid><title>A note again</title>
    <link>{http_server.url("/status/404")}</link></item>
    <item><title>Empty</title></item>
    </channel></rss>"""
    feeds.subscribe(http_server.set("/micro.xml", doc, content_type="application/rss+xml"))
    report = feeds.refresh()
    assert report.new == 1 and lib.count() == 1
    rec = lib.get(lib.list()[0].id)
    assert rec.title == "A note" and "no link at all" in rec.text
    assert feeds.refresh().new == 0


def test_404_500_and_timeout_fail_with_a_reason_and_back_off(
    lib: Library, feeds: Feeds, http_server
) -> None:
    bad = [feeds.subscribe(http_server.url(p)) for p in ("/status/404", "/status/500")]
    slow = feeds.subscribe(http_server.url("/slow?seconds=4"))
    lib.fetcher.limits = type(lib.fetcher.limits)(read_timeout=0.5, total_timeout=1.0)
    report = feeds.refresh()
    assert [f.status for f in report.feeds] == ["failed"] * 3
    assert "404" in report.feeds[0].error and "500" in report.feeds[1].error
    assert "Timed out" in report.feeds[2].error or "longer than" in report.feeds[2].error
    listed = {f.id: f for f in feeds.list()}
    assert listed[bad[0].id].error and listed[bad[0].id].failures == 1
    assert listed[slow.id].next_due > listed[slow.id].last_refresh  # backed off
    assert feeds.due() == []  # nothing is due again right away
    assert report.summary.endswith("3 failed.")


def test_429_honours_retry_after(feeds: Feeds, http_server) -> None:
    url = http_server.set("/busy.xml", "slow down", status=429, headers={"Retry-After": "7200"})
    feed = feeds.subscribe(url)
    report = feeds.refresh()
    assert report.feeds[0].status == "failed" and "waits 2 h" in report.feeds[0].error
    after = feeds.get(feed.id)
    import datetime as dt

    due = dt.datetime.fromisoformat(after.next_due.replace("Z", "+00:00"))
    assert due - dt.datetime.now(dt.UTC) > dt.timedelta(minutes=115)


def test_a_permanent_redirect_updates_the_address_and_410_stops_polling(
    feeds: Feeds, site, http_server
) -> None:
    site.add_stories(1)
    new_url = site.rss()
    old = http_server.set("/old.xml", "", status=301, headers={"Location": new_url})
    moved = feeds.subscribe(old)
    gone = feeds.subscribe(http_server.set("/gone.xml", "gone", status=410))
    report = feeds.refresh()
    assert report.feeds[0].moved_to == new_url and feeds.get(moved.id).url == new_url
    assert report.feeds[1].status == "gone" and "410" in report.feeds[1].line
    assert feeds.get(gone.id).gone
    http_server.clear()
    feeds.refresh()
    assert "/gone.xml" not in http_server.requests and "/old.xml" not in http_server.requests


def test_a_malformed_feed_keeps_what_parses_and_a_huge_one_is_capped(
    tmp_path, http_server, site
) -> None:
    stories = site.add_stories(2)
    site.rss()
    body = http_server._route("/news/feed.xml").body
    cut = body[: body.rindex(b"<item>") + 20]
    http_server.set("/cut.xml", cut, content_type="application/rss+xml")
    http_server.set("/huge.xml", b"<rss>" + b" " * 3_000_000, content_type="application/rss+xml")
    from reader.core.fetch import FetchLimits

    lib = Library.open(tmp_path / "l2", fetcher=Fetcher(FetchLimits(max_bytes=1_000_000)))
    try:
        f = Feeds(lib)
        f.subscribe(http_server.url("/cut.xml"))
        f.subscribe(http_server.url("/huge.xml"))
        report = f.refresh()
        cut_report, huge_report = report.feeds
        assert cut_report.new >= 1 and "malformed" in cut_report.line
        assert stories[-1].title in {a.title for a in lib.list()}
        assert huge_report.status == "failed" and "larger than" in huge_report.error
    finally:
        lib.close()


def test_keep_days_expires_read_articles_but_never_kept_ones(
    feeds: Feeds, lib: Library, site
) -> None:
    site.add_stories(5)
    feed = feeds.subscribe(site.rss())
    feeds.refresh()
    ids = [a.id for a in lib.list(sort="saved-asc")]
    with lib.write_lock(), lib.store.transaction():
        for i in ids:
            lib.store.update_article(i, {"saved_at": "2020-01-01T00:00:00Z"}, reindex=False)
    lib.mark(ids[:4], read=True)
    lib.mark([ids[0]], favorite=True)
    lib.tag([ids[1]], ["keep"])
    lib.add_highlight(ids[2], "part")
    feeds.edit(feed.id, keep_days=7)
    feeds.refresh([feed.id])
    left = {a.id for a in lib.list()}
    assert left == {ids[0], ids[1], ids[2], ids[4]}  # only the plain read one (ids[3]) went
    assert feeds.refresh().new == 0  # and it does not come back


def test_at_most_two_requests_at_a_time_per_site_and_sites_in_parallel(
    tmp_path, http_server
) -> None:
    try:
        from tests.feeds_kit import NewsSite
        from tests.httpserver import LoopbackServer
    except ImportError:
        from feeds_kit import NewsSite
        from httpserver import LoopbackServer

    class Counting(Fetcher):
        def __init__(self) -> None:
            super().__init__()
            self.lock = threading.Lock()
            self.now: dict[str, int] = {}
            self.peak: dict[str, int] = {}
            self.overall = 0

        def _counted(self, url, fn):
            host = url.split("/")[2]
            with self.lock:
                self.now[host] = self.now.get(host, 0) + 1
                self.peak[host] = max(self.peak.get(host, 0), self.now[host])
                self.overall = max(self.overall, sum(self.now.values()))
            try:
                time.sleep(0.05)
                return fn()
            finally:
                with self.lock:
                    self.now[host] -= 1

        def fetch_page(self, url, cancel=None):
            return self._counted(url, lambda: super(Counting, self).fetch_page(url, cancel))

        def fetch_resource(self, url, cancel=None, **kw):
            return self._counted(
                url, lambda: super(Counting, self).fetch_resource(url, cancel, **kw)
            )

    fetcher = Counting()
    with LoopbackServer() as other:
        lib = Library.open(tmp_path / "lib", fetcher=fetcher)
        try:
            f = Feeds(lib)
            for server in (http_server, other):
                s = NewsSite(server, "site")
                s.add_stories(6)
                f.subscribe(s.rss())
                f.subscribe(s.json_feed())
            assert f.refresh().new == 12
        finally:
            lib.close()
    assert max(fetcher.peak.values()) == 2
    assert len(fetcher.peak) == 2 and fetcher.overall > 2  # both sites at once


def test_a_cancelled_refresh_keeps_what_it_saved_and_the_next_one_finishes(
    feeds: Feeds, lib: Library, site
) -> None:
    site.add_stories(6)
    feeds.subscribe(site.rss(etag='"e"'))
    cancel = threading.Event()
    done = []

    def progress(n, total, report):
        done.append(report)

    # Cancel as soon as the first article is in.
    original = lib.changed

    def changed() -> None:
        original()
        cancel.set()

    lib.changed = changed  # type: ignore[method-assign]
    report = feeds.refresh(cancel=cancel, progress=progress)
    lib.changed = original  # type: ignore[method-assign]
    assert report.feeds[0].status == "cancelled"
    first = lib.count()
    assert 1 <= first < 6
    assert feeds.get(report.feeds[0].feed_id).etag is None  # the feed is read again next time
    assert feeds.refresh().new == 6 - first and lib.count() == 6


def test_folder_in_the_search_syntax_follows_a_feeds_move(feeds: Feeds, lib: Library, site) -> None:
    site.add_stories(2)
    feed = feeds.subscribe(site.rss(), folder="Ekonomi")
    feeds.refresh()
    assert lib.search('folder:"Ekonomi"').total == 2
    feeds.edit(feed.id, folder="Bisnis Harian")
    assert lib.search('folder:"Ekonomi"').total == 0
    assert lib.search('folder:"bisnis harian"').total == 2


def crash_on_marker(html: str, url: str) -> object:
    """A cleaner whose process dies on one page (as a crash in a C library would)."""
    import os

    from reader.core.extract import extract

    if "CRASH-THE-CLEANER" in html:
        os._exit(9)
    return extract(html, url=url)


def test_a_big_refresh_cleans_in_a_worker_process_a_crash_costs_one_page_not_the_refresh(
    feeds: Feeds, lib: Library, site, http_server, monkeypatch
) -> None:
    import importlib
    import multiprocessing

    import reader.core.cleaning as cleaning

    planner = importlib.import_module(
        "reader.core.feeds.refresh"
    )  # the package names a function so
    monkeypatch.setattr(planner, "POOL_FROM", 4)
    monkeypatch.setattr(cleaning, "CLEANER", f"{__name__}:crash_on_marker")
    started = []
    real_start = cleaning.CleaningPool.start

    def start(self: cleaning.CleaningPool) -> None:
        real_start(self)
        started.extend(w.process.pid for w in self._all)

    monkeypatch.setattr(cleaning.CleaningPool, "start", start)
    stories = site.add_stories(5)
    bad = stories[2]
    page = article_html(bad, site.url("img.png")).replace("<main>", "<main>CRASH-THE-CLEANER")
    http_server.set(f"/news/articles/{bad.slug}.html", page)
    feeds.subscribe(site.rss(content=True), title="Harbour Ledger")
    report = feeds.refresh()
    assert started, "the refresh did not start a cleaner process"
    assert report.feeds[0].line == (
        "Harbour Ledger: 5 new, 1 from the feed's text (page not fetched)"
    )
    saved = {a.title: lib.get(a.id) for a in lib.list()}
    assert saved[bad.title].status == "feed-text"  # the page's cleaner died: the feed's text
    assert bad.text_marker() in saved[bad.title].text
    assert all(saved[s.title].status == "ok" for s in stories if s is not bad)
    assert multiprocessing.active_children() == []  # no cleaner outlives the refresh
