"""An article's stored columns: excerpt, reading time, kept titles, canonical address."""

from __future__ import annotations

from types import SimpleNamespace

from reader.core.extract import Article
from reader.core.library import SaveOptions
from reader.core.library.assets import ImageResult
from reader.core.library.columns import (
    article_columns,
    canonical_of,
    excerpt,
    keep_title,
    local_lead,
)

PROSE = "one two three four five six seven eight nine ten"


def test_the_excerpt_is_the_description_or_the_first_real_paragraph_cut_at_a_word() -> None:
    assert excerpt(Article(description="  A  summary.\n", text=PROSE)) == "A summary."
    article = Article(text=f"Short line\n\n{PROSE}\n\nlater paragraph with enough words in it ok")
    assert excerpt(article) == PROSE
    long = Article(text=" ".join(["word,"] * 100))
    cut = excerpt(long)
    assert cut.endswith("word…") and len(cut) <= 281


def test_columns_give_reading_time_and_keep_the_given_title_beside_the_cleaned_one() -> None:
    article = Article(title="Cleaned  title", text=" ".join(["word"] * 231))
    values = article_columns(
        "https://example.org/a", "https://example.org/a?x", article, SaveOptions(title="Mine")
    )
    assert values["word_count"] == 231 and values["reading_minutes"] == 2
    assert values["title"] == "Mine" and values["cleaned_title"] == "Cleaned title"
    assert values["final_url"] == "https://example.org/a?x"
    url = "https://example.org/a"
    plain = article_columns(url, url, article, SaveOptions())
    assert plain["title"] == "Cleaned title" and plain["cleaned_title"] is None


def test_a_refresh_keeps_an_exported_title_but_not_a_cleaned_one() -> None:
    new = {"title": "New headline", "cleaned_title": None}
    exported = SimpleNamespace(title="From Pocket", cleaned_title="Old", source="pocket")
    assert keep_title(exported, new) == {"title": "From Pocket", "cleaned_title": "New headline"}
    cleaned = SimpleNamespace(title="Old headline", cleaned_title=None, source="url")
    assert keep_title(cleaned, new) == new


def test_the_canonical_address_loses_its_password_and_must_be_plausible() -> None:
    page = "https://example.org/news/2024/story"
    named = Article(canonical_url="https://user:pw@example.org/news/2024/story-amp")
    assert canonical_of(named, page) == "https://example.org/news/2024/story-amp"
    assert canonical_of(Article(canonical_url="https://example.org/"), page) is None
    assert canonical_of(Article(canonical_url="https://other.net/news/x"), page) is None
    assert canonical_of(Article(), page) is None


def test_the_lead_image_points_at_its_downloaded_copy_when_there_is_one() -> None:
    images = [
        ImageResult("https://example.org/a.jpg", "ok", "assets/a.jpg"),
        ImageResult("https://example.org/b.jpg", "missing"),
    ]
    assert local_lead("https://example.org/a.jpg", images) == "assets/a.jpg"
    assert local_lead("https://example.org/b.jpg", images) == "https://example.org/b.jpg"
    assert local_lead(None, images) is None
