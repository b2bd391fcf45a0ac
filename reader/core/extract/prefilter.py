"""A fast ``search`` for the lexicon's long alternations: :class:`Prefiltered` reads a
pattern's top-level alternatives, finds the literal each match must start with, and runs
the pattern only where one of them is in the text."""

from __future__ import annotations

import functools
import re

_META = set("\\()[]{}?*+.^$|")


def _split_top(pattern: str) -> list[str]:
    """Split a pattern on its top-level ``|``."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def _prefixes(alt: str) -> set[str] | None:
    """Literal strings one of which every match of ``alt`` starts with, or None."""
    if alt.startswith("(?:"):
        depth, j = 0, 0
        while j < len(alt):
            depth += alt[j] == "("
            depth -= alt[j] == ")"
            if depth == 0:
                break
            j += 1
        if alt[j + 1 : j + 2] in ("?", "*", "{"):
            return None
        out: set[str] = set()
        for inner in _split_top(alt[3:j]):
            p = _prefixes(inner)
            if p is None:
                return None
            out |= p
        return out
    lit: list[str] = []
    for k, ch in enumerate(alt):
        if ch in _META:
            if ch in "?*{" and lit:
                lit.pop()
            break
        lit.append(ch)
        if k + 1 < len(alt) and alt[k + 1] in "?*{":
            lit.pop()
            break
    literal = "".join(lit)
    return {literal.lower()} if len(literal) >= 2 else None


class Prefiltered:
    """A search-only pattern that first checks, cheaply, for the literals its matches need.

    Python's regex engine tries every alternative at every position; ``str.__contains__``
    over the alternatives' literal starts is an order of magnitude faster and rules out
    almost every block of article prose before the pattern runs. The literals are grouped
    by their first character, and a literal that extends another is left out.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found: set[str] = set()
        for alt in _split_top(pattern.pattern):
            p = _prefixes(alt)
            if p is None:
                found = set()
                break
            found |= p
        # a literal that extends another adds nothing: the shorter one finds its matches too
        kept = {t for t in found if not any(t != u and t.startswith(u) for u in found)}
        self.triggers = tuple(sorted(kept)) if kept else None
        # a literal that starts with a whole English-alphabet word waits for that word in
        # the text (one set intersection rules them all out); the others are looked for by
        # their first character, one look ruling out all the literals that start with it
        by_word: dict[str, list[str]] = {}
        groups: dict[str, list[str]] = {}
        for t in self.triggers or ():
            m = _ASCII_WORD.match(t)
            if m is not None and m.end() < len(t) and not t[m.end()].isalnum():
                by_word.setdefault(m.group(), []).append(t)
            else:
                groups.setdefault(t[0], []).append(t)
        self.by_word = {w: tuple(ts) for w, ts in by_word.items()}
        self.words = frozenset(by_word)
        self.groups = tuple((ch, tuple(ts)) for ch, ts in sorted(groups.items()))

    def search(self, text: str) -> re.Match[str] | None:
        """Like ``re.Pattern.search`` on lower-cased text (a match, not always the first),
        for matches that start at a word."""
        if self.triggers is None:
            return self.pattern.search(text)
        # every match starts with one of the literals: try the pattern only where one is
        # (a search tries each of the ~100 alternatives at every position of the text)
        for word in self.words & _ascii_words(text):
            m = self._at(text, self.by_word[word])
            if m is not None:
                return m
        for ch, triggers in self.groups:
            if ch in text:
                m = self._at(text, triggers)
                if m is not None:
                    return m
        return None

    def _at(self, text: str, triggers: tuple[str, ...]) -> re.Match[str] | None:
        """A match of the pattern starting where one of ``triggers`` is in ``text``; one
        that starts with a letter counts at the start of a word only ("view comments" is
        not in "review comments")."""
        for t in triggers:
            letter = "a" <= t[0] <= "z"
            i = text.find(t)
            while i >= 0:
                if not (letter and i and "a" <= text[i - 1] <= "z"):
                    m = self.pattern.match(text, i)
                    if m is not None:
                        return m
                i = text.find(t, i + 1)
        return None


_ASCII_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=8)
def _ascii_words(text: str) -> frozenset[str]:
    """The English-alphabet words of ``text`` (the lexicons look at one block's text several
    times in a row)."""
    return frozenset(_ASCII_WORD.findall(text))
