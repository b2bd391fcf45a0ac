"""Small article pages built in code, for the trust tests (issue 21).

Each page is a plain news article with enough words for the cleaner to keep it, a title
of its own and, on request, the tags that make pages lie about themselves (``<base>``,
canonical URLs, ``og:url``, ``<meta>`` refresh) or carry odd markup.
"""

from __future__ import annotations

import html as htmlmod

_SENTENCES = (
    "The harbour council met on Tuesday evening to discuss the new ferry timetable.",
    "Residents asked why the repairs to the northern pier had taken three years.",
    "The mayor said the budget for the coming year would cover the remaining work.",
    "Fishermen at the meeting welcomed the plan but worried about the winter storms.",
    "A second meeting is planned for next month, when the engineers will report.",
)


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
        topic: A word repeated in every paragraph, so two pages differ in their text too.
        head: Raw markup added to ``<head>`` (canonical links, ``<base>``, refresh…).
        body: Raw markup added as the article's first paragraph.
        paragraphs: How many paragraphs of ordinary prose follow.
    """
    words = f" This is about {topic}." if topic else ""
    prose = "".join(
        f"<p>{' '.join(_SENTENCES[(n + k) % len(_SENTENCES)] for k in range(3))}{words}</p>\n"
        for n in range(paragraphs)
    )
    shown = htmlmod.escape(title)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{shown}</title>"
        f"{head}</head><body><article><h1>{shown}</h1>\n{body}\n{prose}</article></body></html>"
    )
