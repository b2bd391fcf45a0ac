"""The word measure every stage uses."""

from __future__ import annotations

from reader.core.extract import EXTRACTOR_VERSION, count_words


def test_count_words_counts_cjk_characters() -> None:
    assert count_words("one two three") == 3
    assert count_words("杭州市城市数字孪生平台") > 3
    assert EXTRACTOR_VERSION
