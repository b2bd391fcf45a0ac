"""Reading feeds: every format into one item shape, and bad feeds read as far as they go."""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest

from reader.core.errors import FeedError
from reader.core.feeds.parse import looks_like_feed, parse_feed

BASE = "https://news.example/feeds/main.xml"

RSS2 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Warta &amp; Kabar</title><link>https://news.example/</link>
<item><title>First story</title><link>https://news.example/a/1</link><guid>id-1</guid>
<pubDate>Mon, 02 Nov 2026 08:00:00 +0700</pubDate><dc:creator>Ana Lima</dc:creator>
<description>Short summary</description>
<content:encoded><![CDATA[<p>The whole first story, with <b>markup</b>.</p>]]></content:encoded>
</item>
<item><title>Second story</title><link>/a/2</link><guid isPermaLink="false">id-2</guid>
<enclosure url="https://news.example/ep2.mp3" type="audio/mpeg" length="1"/></item>
</channel></rss>"""

ATOM1 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/blog/">
<title>Atom news</title><link href="https://news.example/" rel="alternate"/>
<id>urn:feed</id><updated>2026-11-02T10:00:00Z</updated>
<entry><title>Atom one</title><link href="posts/one.html"/><id>urn:1</id>
<updated>2026-11-02T10:00:00Z</updated><author><name>Budi</name></author>
<content type="html">&lt;p&gt;Atom content one&lt;/p&gt;</content></entry>
<entry xml:base="https://other.example/x/"><title>Atom two</title><link href="two"/>
<id>urn:2</id><updated>2026-11-01T10:00:00Z</updated><summary>Only a summary</summary></entry>
</feed>"""

ATOM03 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title>Old atom</title><link rel="alternate" type="text/html" href="https://old.example/"/>
<entry><title>Old entry</title><link rel="alternate" type="text/html"
href="https://old.example/e/1"/><id>tag:old,1</id><issued>2006-01-01T00:00:00Z</issued>
<content type="text/html" mode="escaped">&lt;p&gt;Old content&lt;/p&gt;</content></entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://rdf.example/"><title>RDF news</title>
<link>https://rdf.example/</link><description>d</description></channel>
<item rdf:about="https://rdf.example/1"><title>RDF one</title><link>https://rdf.example/1</link>
<description>RDF text</description></item></rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Ninety one</title>
<link>https://nine.example/</link><description>d</description>
<item><title>Nine one</title><link>https://nine.example/1</link><description>x</description></item>
</channel></rss>"""


def test_rss2_items_have_link_guid_content_date_author_and_enclosure() -> None:
    feed = parse_feed(RSS2, BASE, "application/rss+xml")
    assert feed.format == "rss" and feed.title == "Warta & Kabar" and feed.problem is None
    assert feed.site_url == "https://news.example/"
    first, second = feed.items
    assert (first.link, first.title) == ("https://news.example/a/1", "First story")
    assert first.guid and first.guid.endswith("id-1")  # feedparser resolves it like a link
    assert "whole first story" in first.content_html and first.full_content
    assert first.published == "2026-11-02T01:00:00Z"  # converted to UTC
    assert first.authors == ["Ana Lima"]
    assert second.link == "https://news.example/a/2"  # relative to the feed's address
    assert second.enclosures == [("https://news.example/ep2.mp3", "audio/mpeg")]
    assert not first.link_is_file


@pytest.mark.parametrize(
    ("doc", "title", "link"),
    [
        (ATOM03, "Old entry", "https://old.example/e/1"),
        (RSS1, "RDF one", "https://rdf.example/1"),
        (RSS091, "Nine one", "https://nine.example/1"),
    ],
)
def test_older_formats_give_the_same_item_shape(doc: bytes, title: str, link: str) -> None:
    feed = parse_feed(doc, BASE)
    assert [(i.title, i.link) for i in feed.items] == [(title, link)]
    assert feed.items[0].content_html


def test_atom_links_resolve_against_xml_base_of_feed_and_entry() -> None:
    feed = parse_feed(ATOM1, BASE, "application/atom+xml")
    assert feed.format == "atom"
    one, two = feed.items
    assert one.link == "https://news.example/blog/posts/one.html"
    assert two.link == "https://other.example/x/two"
    assert one.full_content and "Atom content one" in one.content_html
    assert not two.full_content and "Only a summary" in two.content_html
    assert one.authors == ["Budi"]


@pytest.mark.parametrize(
    "version", ["https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1"]
)
def test_json_feed_1_0_and_1_1(version: str) -> None:
    doc = {
        "version": version,
        "title": "JSON news",
        "home_page_url": "https://json.example/",
        "items": [
            {"id": "1", "url": "/p/1", "title": "Json one", "content_html": "<p>Full</p>",
             "date_published": "2026-11-02T10:00:00+02:00", "authors": [{"name": "Chen"}]},
            {"id": 2, "external_url": "https://elsewhere.example/x",
             "content_text": "Plain\n\nText", "author": {"name": "Old style"}},
            {"id": "3", "title": "Podcast", "url": "https://json.example/ep.mp3",
             "attachments": [{"url": "https://json.example/ep.mp3", "mime_type": "audio/mpeg"}]},
            "not an item",
        ],
    }  # fmt: skip
    import json

    feed = parse_feed(
        json.dumps(doc).encode(), "https://json.example/feed.json", "application/feed+json"
    )
    assert feed.format == "json" and feed.title == "JSON news"
    one, two, three = feed.items
    assert (one.guid, one.link, one.published) == (
        "1",
        "https://json.example/p/1",
        "2026-11-02T08:00:00Z",
    )
    assert one.authors == ["Chen"] and one.full_content
    assert two.guid == "2" and two.link == "https://elsewhere.example/x"
    assert two.content_html == "<p>Plain</p><p>Text</p>" and two.authors == ["Old style"]
    assert three.link_is_file


def test_truncated_xml_keeps_the_items_that_parse() -> None:
    cut = RSS2[: RSS2.index(b"<item><title>Second")] + b"<item><title>Sec"
    feed = parse_feed(cut, BASE)
    assert [i.title for i in feed.items][:1] == ["First story"]
    assert feed.problem and "malformed" in feed.problem


def test_entity_expansion_bomb_is_refused_with_bounded_memory() -> None:
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{lol}]><rss version="2.0"><channel><title>Bomb'
        "</title><item><title>&lol9;</title><link>https://x.example/1</link></item>"
        "</channel></rss>"
    ).encode()
    tracemalloc.start()
    try:
        feed = parse_feed(bomb, BASE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024
    assert all(len(i.title) < 1000 for i in feed.items)
    assert feed.problem and "entity" in feed.problem


def test_external_entities_are_not_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><title>X</title><item><title>a &xxe; b</title>'
        "<link>https://x.example/1</link></item></channel></rss>"
    ).encode()
    feed = parse_feed(doc, BASE)
    assert "TOP-SECRET" not in repr(feed)


def test_duplicate_guids_missing_and_future_dates_and_no_link() -> None:
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).strftime(
        "%a, %d %b %Y %H:%M:%S +0000"
    )
    doc = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>A</title><link>https://x.example/a</link><guid>same</guid></item>
    <item><title>B</title><link>https://x.example/b</link><guid>same</guid>
      <pubDate>{future}</pubDate></item>
    <item><title>No link</title><description>Only words</description></item>
    </channel></rss>""".encode()
    items = parse_feed(doc, BASE).items
    assert items[0].guid == items[1].guid  # the refresh saves such items once
    assert items[0].published is None and items[1].published is None  # missing; future
    assert items[2].link is None and "Only words" in items[2].content_html


def test_a_wrong_charset_in_the_header_is_worked_around() -> None:
    body = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel>' \
        "<title>Новости</title><item><title>Рубль укрепился</title>" \
        "<link>https://ru.example/1</link></item></channel></rss>"  # fmt: skip
    feed = parse_feed(body.encode("cp1251"), BASE, "application/rss+xml", "utf-8")
    assert feed.items[0].title == "Рубль укрепился"


def test_an_html_page_or_garbage_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    assert not looks_like_feed(page, "text/html")
    assert looks_like_feed(RSS2, "text/xml") and looks_like_feed(ATOM1, "")
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"\x00\x01 garbage", BASE)
    with pytest.raises(FeedError, match="not a JSON Feed"):
        parse_feed(b'{"hello": 1}', BASE, "application/json")
