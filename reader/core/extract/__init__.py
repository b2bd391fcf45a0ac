"""HTML in, :class:`Article` out: the article's main content, metadata and clean HTML.

Public API::

    extract(html, url=None) -> Article    the one entry point; never raises
    Article                               what Kliping keeps of a page
    EXTRACTOR_VERSION                     bumped when cleaning gives a different result
    count_words(text)                     the reading-time word count of a text

The stages, in the order a page goes through them (each a private room of this face):
:mod:`.parse` (decode and parse once), :mod:`.meta` (title, authors, date, language),
:mod:`.pipeline` (the first pass and its fallbacks, in order; trafilatura's passes,
sharing their work, in :mod:`.passes`; the fallbacks' choices in :mod:`.picks`),
:mod:`.continuation` (a body split in twin containers), :mod:`.boxes` (boxes the page
names as chrome), :mod:`.chrome` (the residual chrome filter, its words in
:mod:`.lexicon`), :mod:`.render` (safe HTML and plain text), :mod:`.figures` (images and
captions back from the page) and :mod:`.dates`
(the date when the metadata has none). :mod:`.blocks` holds the :class:`Block` every
stage passes on and the one word measure.
"""

from reader.core.extract.article import EXTRACTOR_VERSION, Article
from reader.core.extract.blocks import count_words
from reader.core.extract.pipeline import extract

__all__ = ["EXTRACTOR_VERSION", "Article", "count_words", "extract"]
