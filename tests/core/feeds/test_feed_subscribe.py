"""Subscribing: discovery, page watches, folders, editing, removing, OPML in and out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import FeedError, ImportExportError, NoFeedError, NotFoundError
from reader.core.feeds import Feeds
from reader.core.feeds.opml import read_opml
from reader.core.feeds.watch import looks_like_article
from reader.core.library import Library
from reader.core.store.records import ArticleFilter


def test_discovery_finds_the_linked_feeds_comments_last(feeds: Feeds, site) -> None:
    site.add_stories(2)
    rss, json_feed = site.rss(), site.json_feed()
    comments = site.rss(path="comments.xml")
    site.home(
        [
            (comments, "application/rss+xml", "Comments"),
            (rss, "application/rss+xml", "All news"),
            (json_feed, "application/feed+json", "JSON"),
            ("/nowhere.xml", "application/rss+xml", "Broken"),
        ]
    )
    found = feeds.discover(site.url(""))
    assert [f.url for f in found.feeds] == [rss, json_feed, comments]
    assert found.feeds[0].format == "rss" and found.feeds[1].format == "json"
    assert found.feeds[0].items == 2
    added, _ = feeds.add(site.url(""), folder="  Local   news ")
    assert [f.url for f in added] == [rss] and added[0].folder == "Local news"


def test_add_every_feed_and_twice_is_refused(feeds: Feeds, site) -> None:
    site.add_stories(1)
    site.home(
        [(site.rss(), "application/rss+xml", "A"), (site.json_feed(), "application/json", "B")]
    )
    added, _ = feeds.add(site.url(""), every=True)
    assert len(added) == 2
    with pytest.raises(FeedError, match="Already subscribed"):
        feeds.add(site.url(""))


def test_common_paths_are_tried_when_the_page_names_no_feed(feeds: Feeds, http_server) -> None:
    http_server.set("/", "<html><head><title>Plain</title></head><body>Hi</body></html>")
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Hidden</title></channel></rss>'
    http_server.set("/atom.xml", feed, content_type="text/xml")
    found = feeds.discover(http_server.url("/"))
    assert [(f.url, f.title) for f in found.feeds] == [(http_server.url("/atom.xml"), "Hidden")]


def test_a_feed_address_is_a_feed_and_a_page_without_one_is_no_feed(
    feeds: Feeds, site, http_server
) -> None:
    site.add_stories(1)
    url = site.rss()
    assert [f.url for f in feeds.discover(url).feeds] == [url]
    page = http_server.set("/plain", "<html><head><title>P</title></head><body>x</body></html>")
    with pytest.raises(NoFeedError, match="No feed found") as caught:
        feeds.add(page)
    assert caught.value.page_url == page
    assert feeds.list() == []  # never turned into a watch unasked


def test_a_page_watch_saves_new_article_links_and_is_called_one(
    feeds: Feeds, lib: Library, site
) -> None:
    site.add_stories(3)
    home = site.home()
    watch = feeds.watch(home)
    assert watch.is_watch and watch.kind == "watch"
    report = feeds.refresh()
    assert report.new == 3
    assert {a.title for a in lib.list(ArticleFilter(feed=watch.id))} == {
        s.title for s in site.stories
    }
    site.add_stories(1, start=3)
    site.home()
    assert feeds.refresh().new == 1


@pytest.mark.parametrize(
    ("url", "text", "article"),
    [
        ("https://s.example/2026/11/02/rain-floods-the-valley", "Rain floods the valley", True),
        ("https://www.s.example/news/berita-ekonomi-hari-ini-naik", "x", True),
        ("https://s.example/read/123456/short", "Prices rise again today", True),
        ("https://s.example/tag/politics", "Politics news today here", False),
        ("https://s.example/category/world-news-and-more", "World", False),
        ("https://s.example/page/2", "Next page", False),
        ("https://s.example/about", "About us", False),
        ("https://other.example/2026/11/02/rain-floods-the-valley", "Rain floods", False),
        ("https://s.example/files/annual-report-2025-final.pdf", "Annual report", False),
        ("https://s.example/sport", "Sport", False),
    ],
)
def test_what_a_page_watch_counts_as_an_article(url: str, text: str, article: bool) -> None:
    assert looks_like_article(url, "https://s.example/", text) is article


def test_edit_remove_folders_and_mark_read(feeds: Feeds, lib: Library, site) -> None:
    site.add_stories(2)
    a = feeds.subscribe(site.rss(), folder="Tech")
    b = feeds.subscribe(site.json_feed())
    feeds.refresh()
    edited = feeds.edit(b.id, title="Renamed", folder="Tech", interval=15, keep_days=30)
    assert (edited.title, edited.folder, edited.interval_minutes, edited.keep_days) == (
        "Renamed", "Tech", 15, 30,
    )  # fmt: skip
    assert feeds.folders() == ["Tech"]
    assert sum(f.unread for f in feeds.list()) == 2
    assert feeds.mark_read(folder="Tech") == 2
    assert all(f.unread == 0 for f in feeds.list())
    kept = lib.count()
    feeds.remove([a.id])
    assert [f.id for f in feeds.list()] == [b.id]
    assert lib.count() == kept  # articles stay
    assert lib.list(ArticleFilter(feed=a.id)) == []
    with pytest.raises(NotFoundError, match="no feed 999"):
        feeds.edit(999, title="x")


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Exported from Feedly</title></head><body>
<outline text="Tech" title="Tech">
  <outline type="rss" text="LWN" title="LWN.net" xmlUrl="https://lwn.net/headlines/rss"
           htmlUrl="https://lwn.net"/>
  <outline text="Deep"><outline type="rss" text="Inner" xmlUrl="https://inner.example/feed"/></outline>
</outline>
<outline type="rss" text="Warta Ekonomi" xmlUrl="https://www.wartaekonomi.co.id/feed"/>
<outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
</body></opml>"""


def test_opml_import_keeps_folders_and_export_reads_back(feeds: Feeds, tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_bytes(OPML)
    result = feeds.import_opml(path)
    got = {(f.title, f.folder, f.url) for f in result.added}
    assert got == {
        ("LWN.net", "Tech", "https://lwn.net/headlines/rss"),
        ("Inner", "Tech / Deep", "https://inner.example/feed"),
        ("Warta Ekonomi", "", "https://www.wartaekonomi.co.id/feed"),
    }
    assert feeds.import_opml(path).added == []  # a second import adds nothing
    exported = feeds.export_opml()
    entries = read_opml(exported.encode())
    assert {(e.title, e.folder, e.url) for e in entries} == got


def test_malformed_or_hostile_opml_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ImportExportError, match="not readable OPML"):
        read_opml(b"<opml><body><outline", "x.opml")
    with pytest.raises(ImportExportError, match="not OPML"):
        read_opml(b"<rss/>", "x.opml")
    secret = tmp_path / "s.txt"
    secret.write_text("SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<opml><body><outline text="&x;" xmlUrl="https://a.example/f"/></body></opml>'
    ).encode()
    with pytest.raises(ImportExportError) as caught:
        read_opml(xxe)
    assert "SECRET" not in str(caught.value)


@pytest.mark.parametrize(
    ("source", "doc", "want"),
    [
        ("Thunderbird", b'<?xml version="1.0"?><opml version="1.0" xmlns:fz="urn:forumzilla:">'
         b"<head><title>Thunderbird OPML Export</title></head><body>"
         b'<outline title="Blogs &amp; News Feeds" text="Blogs &amp; News Feeds">'
         b'<outline title="Planet" text="Planet" type="rss" version="RSS" fz:quickMode="false"'
         b' xmlUrl="https://planet.example/rss20.xml" htmlUrl="https://planet.example/"/>'
         b"</outline></body></opml>",
         [("https://planet.example/rss20.xml", "Blogs & News Feeds", "Planet")]),
        ("NetNewsWire", b'<?xml version="1.0" encoding="UTF-8"?><opml version="1.1"><head>'
         b"<title>Subscriptions-OnMyMac.opml</title></head><body>"
         b'<outline text="Daring" title="Daring" description="" type="rss" version="RSS"'
         b' htmlUrl="https://df.example/" xmlUrl="https://df.example/feeds/main"/>'
         b"</body></opml>",
         [("https://df.example/feeds/main", "", "Daring")]),
        ("FreshRSS", b'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"'
         b' xmlns:frss="https://freshrss.org/opml"><head><title>FreshRSS</title></head><body>'
         b'<outline text="Sains"><outline text="Kabar" type="rss" xmlUrl="https://k.example/f"'
         b' htmlUrl="https://k.example/" frss:cssFullContent=""/></outline></body></opml>',
         [("https://k.example/f", "Sains", "Kabar")]),
        ("Miniflux", b'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head>'
         b"<title>Miniflux</title></head><body><outline text="
         b'"All"><outline title="Ekonomi" text="Ekonomi" xmlUrl="https://e.example/rss"'
         b' htmlUrl="https://e.example"></outline></outline></body></opml>',
         [("https://e.example/rss", "All", "Ekonomi")]),
    ],
)  # fmt: skip
def test_opml_from_other_readers(source: str, doc: bytes, want: list) -> None:
    got = [(e.url, e.folder, e.title) for e in read_opml(doc, f"{source}.opml")]
    assert got == want
