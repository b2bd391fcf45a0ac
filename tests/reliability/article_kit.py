"""Small article pages built in code, for the trust tests (issue 21).

Each page is a plain news article with enough words for the cleaner to keep it, a title
of its own and, on request, the tags that make pages lie about themselves (``<base>``,
canonical URLs, ``og:url``, ``<meta>`` refresh) or carry odd markup.
"""

from __future__ import annotations

import html as htmlmod
import random

_WORDS = (
    "harbour", "council", "ferry", "timetable", "pier", "repairs", "budget", "mayor",
    "fishermen", "storm", "winter", "engineers", "report", "residents", "meeting", "boats",
    "tide", "bridge", "market", "school", "library", "museum", "station", "railway", "tram",
    "cyclists", "river", "flood", "garden", "festival", "bakery", "orchestra", "theatre",
    "hospital", "nurses", "doctors", "farmers", "harvest", "wheat", "apples", "vineyard",
    "wine", "cheese", "lighthouse", "island", "ferrymen", "cargo", "containers", "crane",
    "dock", "warehouse", "tourists", "hotel", "beach", "dunes",
)  # fmt: skip


def article_page(
    title: str,
    *,
    topic: str = "",
    head: str = "",
    body: str = "",
    paragraphs: int = 4,
) -> str:
    """An article page titled ``title``.

    Args:
        title: The headline (``<title>`` and ``<h1>``), escaped.
        topic: What the text is about: pages with another title or topic have other text
            (the same title and topic give the same text).
        head: Raw markup added to ``<head>`` (canonical links, ``<base>``, refresh…).
        body: Raw markup added as the article's first paragraph.
        paragraphs: How many paragraphs of ordinary prose follow.
    """
    rng = random.Random(f"{title}|{topic}")

    def sentence() -> str:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 16))]
        return " ".join(words).capitalize() + "."

    prose = "".join(f"<p>{' '.join(sentence() for _ in range(3))}</p>\n" for _ in range(paragraphs))
    shown = htmlmod.escape(title)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{shown}</title>"
        f"{head}</head><body><article><h1>{shown}</h1>\n{body}\n{prose}</article></body></html>"
    )
