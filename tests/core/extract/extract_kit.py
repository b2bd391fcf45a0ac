"""Helpers the extractor tests share: the saved test pages and the safe-HTML check."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import lxml.html

from reader.core.extract import Article, extract

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
BASE = "http://127.0.0.1:8765/pages/"
ALLOWED = {
    "h2", "h3", "h4", "p", "ul", "ol", "li", "blockquote", "pre", "code", "table", "thead",
    "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "img", "figcaption", "a", "em",
    "strong", "br",
}  # fmt: skip


def page(name: str) -> tuple[Article, dict[str, object]]:
    html = (PAGES / f"{name}.html").read_bytes()
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return extract(html, BASE + f"{name}.html"), expected


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def assert_safe(html: str) -> None:
    """The clean HTML is the safe subset: allowed tags only, no handlers, absolute URLs."""
    if not html:
        return
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iterdescendants():
        assert isinstance(el.tag, str), "comments or processing instructions in clean HTML"
        assert el.tag in ALLOWED, f"<{el.tag}> is not in the safe subset"
        for attr, value in el.attrib.items():
            assert not attr.lower().startswith("on"), f"event handler {attr} kept"
            assert attr in ("href", "src", "alt", "title"), f"attribute {attr} kept"
            if attr in ("href", "src"):
                assert re.match(r"(https?|mailto):", value), f"{attr}={value!r} is not absolute"


def report_prose(n: int, topic: str) -> list[str]:
    return [
        f"Paragraph {i}: the {topic} was discussed at length by the residents who came to "
        "the hall on Thursday evening, and most of them asked for a second meeting."
        for i in range(n)
    ]
