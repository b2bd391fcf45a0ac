"""A news site with feeds on a loopback server, for the feed tests and the benchmark.

:class:`NewsSite` registers article pages (each with an image), and RSS 2.0, Atom 1.0
and JSON Feed documents listing them, on a :class:`tests.httpserver.LoopbackServer`.
Articles are made from a word list so every one is distinct and long enough to read
as an article to the cleaner.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from dataclasses import dataclass

try:
    from tests.httpserver import LoopbackServer, tiny_png
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer, tiny_png  # type: ignore[no-redef]

WORDS = [
    "harbour",
    "council",
    "reservoir",
    "energy",
    "farmers",
    "market",
    "prices",
    "rainfall",
    "festival",
    "railway",
    "station",
    "schedule",
    "library",
    "budget",
    "school",
    "teachers",
    "hospital",
    "nurses",
    "bridge",
    "repairs",
    "river",
    "flooding",
    "engineers",
    "report",
    "minister",
    "announced",
    "weekend",
    "residents",
    "village",
    "museum",
    "exhibition",
    "coffee",
    "harvest",
    "exporters",
    "shipping",
    "port",
    "container",
    "workers",
    "union",
    "wages",
    "solar",
    "panels",
    "turbines",
    "grid",
    "battery",
    "storage",
    "district",
    "mayor",
    "election",
    "volunteers",
]


@dataclass
class Story:
    """One article of the site."""

    slug: str
    title: str
    paragraphs: list[str]
    published: dt.datetime

    def text_marker(self) -> str:
        """A sentence of its body, for checking that the text was saved."""
        return self.paragraphs[0].split(". ")[0]


def story(n: int, prefix: str = "story", when: dt.datetime | None = None) -> Story:
    rng = random.Random(f"{prefix}-{n}")
    words = [rng.choice(WORDS) for _ in range(6)]
    title = f"{prefix.title()} {n}: " + " ".join(words).capitalize()
    paragraphs = []
    for p in range(5):
        sentences = []
        for s in range(4):
            body = " ".join(rng.choice(WORDS) for _ in range(12))
            sentences.append(f"{body.capitalize()} ({prefix} {n}, part {p}.{s})")
        paragraphs.append(". ".join(sentences) + ".")
    published = when or dt.datetime(2026, 11, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n)
    return Story(f"{prefix}-{n}-" + "-".join(words[:3]), title, paragraphs, published)


def article_html(s: Story, image: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in s.paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(s.title)} | Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger">
<meta property="article:published_time" content="{s.published.isoformat()}">
</head><body>
<nav><a href="/">Home</a> <a href="/section/news">News</a> <a href="/section/sport">Sport</a></nav>
<main><article><h1>{html.escape(s.title)}</h1>
<figure><img src="{image}" alt="A photo"><figcaption>The scene.</figcaption></figure>
{body}</article></main>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
</body></html>"""


class NewsSite:
    """Articles and feeds under one path prefix of a loopback server.

    Args:
        server: The running server.
        prefix: Path prefix and name (several sites may share one server).
    """

    def __init__(self, server: LoopbackServer, prefix: str = "news") -> None:
        self.server = server
        self.prefix = prefix
        self.stories: list[Story] = []
        server.set(f"/{prefix}/img.png", tiny_png(), content_type="image/png")

    def url(self, path: str) -> str:
        return self.server.url(f"/{self.prefix}/{path.lstrip('/')}")

    def article_url(self, s: Story) -> str:
        return self.url(f"articles/{s.slug}.html")

    def add_stories(self, count: int, start: int = 0) -> list[Story]:
        """Publish ``count`` new stories (newest has the highest number)."""
        made = [story(n, self.prefix) for n in range(start, start + count)]
        for s in made:
            self.server.set(
                f"/{self.prefix}/articles/{s.slug}.html", article_html(s, self.url("img.png"))
            )
        self.stories.extend(made)
        return made

    def rss(self, stories: list[Story] | None = None, *, etag: str | None = None,
            content: bool = False, path: str = "feed.xml") -> str:  # fmt: skip
        """Serve an RSS 2.0 feed of the stories, newest first; returns its address."""
        items = []
        for s in reversed(stories if stories is not None else self.stories):
            encoded = ""
            if content:
                text = "".join(f"<p>{html.escape(p)}</p>" for p in s.paragraphs)
                encoded = f"<content:encoded><![CDATA[{text}]]></content:encoded>"
            items.append(
                f"<item><title>{html.escape(s.title)}</title>"
                f"<link>{self.article_url(s)}</link><guid>{s.slug}</guid>"
                f"<pubDate>{s.published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                f"<description>{html.escape(s.paragraphs[0][:120])}</description>{encoded}</item>"
            )
        doc = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{self.prefix.title()} Ledger</title><link>{self.url('')}</link>"
            f"<description>News</description>{''.join(items)}</channel></rss>"
        )
        headers = {"ETag": etag} if etag else None
        return self.server.set(
            f"/{self.prefix}/{path}", doc, content_type="application/rss+xml", headers=headers
        )

    def json_feed(self, stories: list[Story] | None = None, path: str = "feed.json") -> str:
        """Serve a JSON Feed 1.1 of the stories; returns its address."""
        items = [
            {
                "id": s.slug,
                "url": self.article_url(s),
                "title": s.title,
                "summary": s.paragraphs[0][:120],
                "date_published": s.published.isoformat(),
            }
            for s in reversed(stories if stories is not None else self.stories)
        ]
        doc = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": f"{self.prefix.title()} JSON",
            "home_page_url": self.url(""),
            "items": items,
        }
        return self.server.set(
            f"/{self.prefix}/{path}", json.dumps(doc), content_type="application/feed+json"
        )

    def home(self, feeds: list[tuple[str, str, str]] | None = None) -> str:
        """Serve the site's front page linking its feeds (address, type, title)."""
        links = "".join(
            f'<link rel="alternate" type="{kind}" href="{href}" title="{html.escape(title)}">'
            for href, kind, title in feeds or []
        )
        teasers = "".join(
            f'<li><a href="{self.article_url(s)}">{html.escape(s.title)}</a></li>'
            for s in self.stories
        )
        page = (
            f"<!DOCTYPE html><html><head><title>{self.prefix.title()} Ledger</title>{links}"
            f'</head><body><nav><a href="{self.url("section/news")}">News</a>'
            f'<a href="{self.url("tag/politics")}">Politics</a></nav><ul>{teasers}</ul>'
            f'<a href="{self.url("page/2")}">Next page</a></body></html>'
        )
        return self.server.set(f"/{self.prefix}/", page)
