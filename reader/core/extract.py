"""HTML in, :class:`Article` out: the article's main content, metadata and clean HTML.

``extract(html, url=None) -> Article`` is the one entry point (benchmarks and the
library call it; its name and shape stay stable). It never raises: unusable input gives
an ``Article`` with empty ``text`` and a ``reason``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

#: Bumped whenever a change to cleaning would give a different result for the same page,
#: so the library can tell which articles a re-clean would improve.
EXTRACTOR_VERSION = "1"


@dataclass
class Article:
    """What Kliping keeps of a web page.

    Attributes:
        title: The headline.
        authors: Author names, in page order.
        published: Publication date, or None.
        site_name: The publication's name ("Warta Ekonomi").
        language: ISO 639-1 code ("id"), or None when unknown.
        lead_image: Absolute URL of the lead image, or None.
        canonical_url: The page's canonical URL, or None.
        description: The page's summary (meta description), may be empty.
        text: Plain text; headings and paragraphs separated by blank lines.
        html: Clean body HTML for the reader view (a small safe subset, absolute URLs).
        images: Absolute URLs of the images in ``html``, in order, without repeats.
        reason: Why ``text`` is empty, when it is.
    """

    title: str = ""
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    site_name: str = ""
    language: str | None = None
    lead_image: str | None = None
    canonical_url: str | None = None
    description: str = ""
    text: str = ""
    html: str = ""
    images: list[str] = field(default_factory=list)
    reason: str | None = None

    @property
    def word_count(self) -> int:
        """Words in ``text`` (CJK characters count as words)."""
        return count_words(self.text)


def count_words(text: str) -> int:
    """Count words the way a reading-time estimate needs: CJK characters each count."""
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    return len(text.split()) + cjk // 2


def extract(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article from a page. Never raises.

    Args:
        html: The page, as text or as bytes (bytes are decoded by their declared charset,
            falling back to detection).
        url: The page's URL, used to make links and images absolute.

    Returns:
        The article; ``text`` is empty and ``reason`` says why when there is none.
    """
    try:
        return _extract(html, url)
    except Exception as exc:  # the contract: never raise on any input
        log.exception("extraction failed for %s", url)
        return Article(reason=f"the page could not be read ({type(exc).__name__})")


def _extract(html: str | bytes, url: str | None) -> Article:
    import trafilatura
    from bs4 import BeautifulSoup

    if isinstance(html, bytes):
        from charset_normalizer import from_bytes

        best = from_bytes(html).best()
        html = str(best) if best is not None else html.decode("utf-8", "replace")
    if not html.strip():
        return Article(reason="the page is empty")
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_images=True, include_links=True,
        include_tables=True, output_format="python",
    )
    body_html = trafilatura.extract(
        html, url=url, output_format="html", include_images=True, include_links=True,
        include_tables=True,
    )
    if doc is None:
        return Article(reason="no article text was found on the page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    published = None
    if meta.get("date"):
        try:
            published = dt.date.fromisoformat(str(meta["date"])[:10])
        except ValueError:
            published = None
    authors = [a.strip() for a in (meta.get("author") or "").split(";") if a.strip()]
    clean = ""
    images: list[str] = []
    if body_html:
        soup = BeautifulSoup(body_html, "html.parser")
        body = soup.body or soup
        for img in body.find_all("img"):
            src = img.get("src")
            if isinstance(src, str) and src and src not in images:
                images.append(src)
        clean = "".join(str(c) for c in body.contents)
    return Article(
        title=(meta.get("title") or "").strip(),
        authors=authors,
        published=published,
        site_name=(meta.get("sitename") or "").strip(),
        language=meta.get("language") or None,
        lead_image=meta.get("image") or None,
        canonical_url=meta.get("url") or None,
        description=(meta.get("description") or "").strip(),
        text=text.replace("\n", "\n\n") if text else "",
        html=clean,
        images=images,
        reason=None if text else "no article text was found on the page",
    )
