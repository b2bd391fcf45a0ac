"""The lexicons' quick search agrees with the full patterns."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

_LEXICON_WORDS = ["share", "facebook", "follow", "us", "on", "get", "the", "newsletter", "x"]
_LEXICON_WORDS += ["cookie", "comment", "subscribe", "this", "article", "2", "|", "—", "à", "дня"]
_LEXICON_WORDS += ["if", "you", "liked", "please", "consider", "sharing", "review", "view"]
_LEXICON_WORDS += ["comments", "unfollow", "our", "hour", "leave", "a", "rating", "t&c", "apply"]


def _matches_at_a_word(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern matches where a word starts (not "view comments" in "review comments")."""
    return any(
        pattern.match(text, i)
        for i in range(len(text))
        if i == 0 or not ("a" <= text[i - 1] <= "z")
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LEXICON_WORDS), max_size=12), st.integers(0, 7))
def test_the_quick_lexicon_and_share_bar_checks_agree_with_the_full_ones(
    words: list[str], pick: int
) -> None:
    from reader.core.extract import kinds as extract_chrome
    from reader.core.extract import lexicon as extract_lexicon

    lexicons = [extract_lexicon.PROMO, extract_lexicon.CONSENT, extract_lexicon.PAYWALL]
    lexicons += [extract_lexicon.DISCLOSURE, extract_lexicon.COMMENTS_CALL]
    lexicons += [extract_lexicon.COOKIE, extract_lexicon.NOTICE, extract_lexicon.SUPPORT_CALL]
    lexicon = lexicons[pick]
    triggers = list(lexicon.triggers or ())
    for text in (" ".join(words), " ".join([*words, *triggers[: len(words)]])):
        assert bool(lexicon.search(text)) == _matches_at_a_word(lexicon.pattern, text), text
        slow = not re.sub(r"[\W\d_]+", "", extract_chrome.RE_SHARE_WORDS.sub(" ", text))
        # figures without a share word are the text's ("5.000 €"), not a row of icons
        if not extract_chrome.RE_SHARE_WORDS.search(text) and re.search(r"\d", text):
            slow = False
        assert extract_chrome._is_share_bar(text) == (slow and len(text) < 200), text


def test_every_lexicon_keeps_its_quick_check() -> None:
    """Each alternative of a long lexicon starts with a literal, so the quick check can rule
    out prose before the pattern runs; one alternative that starts with a class ("\\d+
    issues for …") turns the check off for the whole lexicon, and the cleaner runs the
    pattern on every block (it made the whole cleaner 1.5 times slower)."""
    from reader.core.extract import lexicon
    from reader.core.extract.prefilter import Prefiltered

    quick = {n: v for n, v in vars(lexicon).items() if isinstance(v, Prefiltered)}
    assert len(quick) >= 8
    assert [n for n, v in quick.items() if v.triggers is None] == []
