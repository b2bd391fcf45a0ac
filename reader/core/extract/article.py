"""What the extractor gives: :class:`Article`, and the version of the cleaning that made it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reader.core.extract.blocks import count_words

#: Bumped whenever a change to cleaning would give a different result for the same page,
#: so the library can tell which articles a re-clean would improve.
EXTRACTOR_VERSION = "16"


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
        text: Plain text of the article's prose: headings, paragraphs, list items, quotes,
            table rows and code, blocks separated by blank lines. The same words as
            ``html`` except figure captions, which are display only.
        html: Clean body HTML for the reader view (a small safe subset, absolute URLs),
            without the headline.
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
        """Words in ``text`` (characters of unspaced scripts as the words they stand for)."""
        return count_words(self.text)
