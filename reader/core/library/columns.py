"""An article's stored columns, from its cleaned page and the save's options.

The database row a save writes (:func:`article_columns`), and the rules that shape it:
the canonical address kept (:func:`canonical_of`), the lead image once downloaded
(:func:`local_lead`), the list's excerpt (:func:`excerpt`) and the title a refresh keeps
(:func:`keep_title`). Pure functions: :mod:`.saving` writes what they give.
"""

from __future__ import annotations

import math
from typing import Any

from reader.core.extract import EXTRACTOR_VERSION, Article
from reader.core.library.assets import ImageResult
from reader.core.library.options import SaveOptions, one_line, url_key
from reader.core.sameness import plausible_canonical
from reader.core.store import utcnow
from reader.core.urls import without_credentials

WORDS_PER_MINUTE = 230


def article_columns(
    url: str, final_url: str, article: Article, options: SaveOptions
) -> dict[str, Any]:
    """The stored columns of a cleaned page saved from ``url`` with ``options``."""
    now = utcnow()
    words = article.word_count
    kept = one_line(options.title or "")
    cleaned = one_line(article.title)
    title = kept or cleaned
    published = article.published.isoformat() if article.published else None
    return {
        "url": url,
        "final_url": final_url,
        "canonical_url": article.canonical_url,
        "norm_url": url_key(url),
        "canonical_norm": url_key(article.canonical_url) if article.canonical_url else None,
        "title": title,
        "cleaned_title": cleaned if cleaned and cleaned != title else None,
        "authors": list(article.authors) or [a for a in options.authors if a],
        "published": published or options.published or None,
        "site_name": article.site_name,
        "language": article.language,
        "lead_image": article.lead_image,
        "excerpt": excerpt(article),
        "word_count": words,
        "reading_minutes": math.ceil(words / WORDS_PER_MINUTE) if words else 0,
        "html": article.html,
        "text": article.text,
        "saved_at": options.saved_at or now,
        "updated_at": now,
        "extractor_version": EXTRACTOR_VERSION,
        "status": options.status,
        "source": options.source,
        "note": options.note.strip(),
        "feed_id": options.feed_id,
    }


def canonical_of(article: Article, page_url: str) -> str | None:
    """The page's canonical URL when it may be its own address (see
    :func:`~reader.core.sameness.plausible_canonical`), without a password."""
    if not article.canonical_url:
        return None
    canonical = without_credentials(article.canonical_url)
    return canonical if plausible_canonical(canonical, page_url) else None


def local_lead(lead: str | None, images: list[ImageResult]) -> str | None:
    if not lead:
        return None
    for img in images:
        if img.url == lead and img.status == "ok":
            return img.path
    return lead


def excerpt(article: Article, limit: int = 280) -> str:
    source = article.description.strip()
    if not source:
        source = next((p.strip() for p in article.text.split("\n\n") if len(p.split()) > 8), "")
    source = " ".join(source.split())
    if len(source) <= limit:
        return source
    cut = source[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def keep_title(old: Any, values: dict[str, Any]) -> dict[str, Any]:
    """On a refresh with no title given, a title kept from an export stays the title."""
    if old.cleaned_title is None and old.source in ("url", "file"):
        return values
    if not old.title or old.title == values["title"]:
        return values
    cleaned = values.get("cleaned_title") or values["title"]
    return {
        **values,
        "title": old.title,
        "cleaned_title": cleaned if cleaned != old.title else None,
    }
