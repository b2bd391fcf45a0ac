"""Which way an article's text runs: right to left for Arabic, Hebrew, Persian, Urdu …

The article's language decides when it is known; otherwise the first letter with a
strong direction (the Unicode bidirectional algorithm's rules P2–P3, what HTML's
``dir="auto"`` does). The reader, the list and the HTML and EPUB exports all ask here,
whatever the language of the window.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

#: Languages written right to left (ISO 639-1 where there is a code, else 639-3).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "ps", "sd", "syr", "ug",
     "ur", "yi"}
)  # fmt: skip


def language_direction(language: str | None) -> Direction | None:
    """ "rtl" or "ltr" for a language tag ("ar", "fa-IR", "he_IL"), None when unknown."""
    if not language or language.lower() in ("und", "mul", "zxx"):
        return None
    tag = language.replace("_", "-").lower()
    if tag in RTL_LANGUAGES or tag.split("-")[0] in RTL_LANGUAGES:
        return "rtl"
    return "ltr"


def text_direction(text: str, default: Direction = "ltr") -> Direction:
    """The direction of the first letter with a strong direction in ``text``."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


def article_direction(language: str | None, *texts: str) -> Direction:
    """An article's direction: from its language, else from its texts (title first)."""
    known = language_direction(language)
    if known is not None:
        return known
    for text in texts:
        for ch in text or "":
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return "ltr"
