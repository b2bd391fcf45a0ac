"""Kliping's search syntax, parsed into a small tree (no Whoosh here).

::

    words           all must match            processor linux
    OR, NOT, -word  either / without          linux OR bsd  -windows  NOT windows
    "a phrase"      words next to each other  "operating system"
    prefix*  fuzzy~ fuzzy~2                   proces*  recieve~
    ( … )           grouping                  (linux OR bsd) kernel
    title: author:  words in one field        title:kernel  author:"Ana Lima"
    site: tag: lang:                          site:lwn.net  tag:linux  lang:id
    feed: folder:                             feed:"Warta Ekonomi"  feed:12  folder:Tech
    saved: published:  dates and ranges       saved:2025-01..2025-06  published:>2024
    is:             flags                     is:unread is:read is:favorite is:archived

:func:`parse` never raises: a query it cannot read as written (an unbalanced quote
or parenthesis, a dangling ``OR``) is read again as plain words, with a notice saying
so; a filter with a value it does not understand is left out, with a notice.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import logging
import re

logger = logging.getLogger(__name__)

TEXT_FIELDS = {"title": "title", "author": "author", "authors": "author", "by": "author"}
FILTER_FIELDS = {
    "site": "site",
    "tag": "tag",
    "tags": "tag",
    "lang": "lang",
    "language": "lang",
    "feed": "feed",
    "folder": "folder",
    "is": "is",
}
DATE_FIELDS = {"saved": "saved", "published": "published"}
FLAGS = {
    "read": "read",
    "unread": "unread",
    "favorite": "favorite",
    "favourite": "favorite",
    "fav": "favorite",
    "starred": "favorite",
    "archived": "archived",
    "unarchived": "unarchived",
}


@dataclasses.dataclass(frozen=True)
class Word:
    """One word; ``field`` is None (everywhere), "title" or "author"."""

    text: str
    field: str | None = None
    prefix: bool = False
    fuzzy: int = 0


@dataclasses.dataclass(frozen=True)
class Phrase:
    """Words that must appear next to each other, in order."""

    text: str
    field: str | None = None


@dataclasses.dataclass(frozen=True)
class Filter:
    """An exact-match condition that does not affect ranking (site, tag, lang, feed, is)."""

    field: str
    value: str


@dataclasses.dataclass(frozen=True)
class DateRange:
    """``start <= date < end`` on "saved" or "published"; either end may be open."""

    field: str
    start: datetime.date | None
    end: datetime.date | None


@dataclasses.dataclass(frozen=True)
class And:
    """All children must match."""

    children: tuple[Node, ...]


@dataclasses.dataclass(frozen=True)
class Or:
    """Any child may match."""

    children: tuple[Node, ...]


@dataclasses.dataclass(frozen=True)
class Not:
    """The child must not match."""

    child: Node


Node = Word | Phrase | Filter | DateRange | And | Or | Not


@dataclasses.dataclass(frozen=True)
class Parsed:
    """The result of :func:`parse`: a tree (None for an empty query) and any notices."""

    node: Node | None
    notices: tuple[str, ...] = ()

    def words(self) -> list[str]:
        """The positive words and phrases, for marking them in an opened article."""
        out: list[str] = []

        def walk(node: Node | None, negated: bool) -> None:
            if isinstance(node, Word | Phrase) and not negated and node.field != "author":
                text = node.text + ("*" if isinstance(node, Word) and node.prefix else "")
                if text not in out:
                    out.append(text)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child, negated)
            elif isinstance(node, Not):
                walk(node.child, not negated)

        walk(self.node, False)
        return out


class _SyntaxProblem(Exception):
    """The query cannot be read as written (caught inside :func:`parse`)."""


# Tokens: ( ) "phrase" and runs of anything else. A leading "-" is negation.
_TOKEN = re.compile(r'\s*(?:(?P<paren>[()])|(?P<quote>")|(?P<bare>[^\s()"]+))')
_PLAIN_WORD = re.compile(r"[^\W_]+(?:[\w'’]*[^\W_])?", re.UNICODE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_FUZZY = re.compile(r"^(.*?)~([12])?$")
_MAX_DEPTH = 50  # nested parentheses and NOTs


def parse(text: str) -> Parsed:
    """Parses a query; never raises."""
    notices: list[str] = []
    try:
        tokens = _tokenize(text)
        parser = _Parser(tokens, notices)
        node = parser.parse()
        return Parsed(node, tuple(notices))
    except _SyntaxProblem as problem:
        logger.debug("query %r read as plain words: %s", text, problem)
        words = [Word(w) for w in _PLAIN_WORD.findall(text)]
        node = None if not words else words[0] if len(words) == 1 else And(tuple(words))
        notice = f"Could not read the query as written ({problem}); searched for the words instead."
        return Parsed(node, (notice,))


def _tokenize(text: str) -> list[tuple[str, str]]:
    """Splits into (kind, value): paren, phrase (with optional field), bare."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:  # only trailing whitespace is left
            break
        pos = match.end()
        if match.group("paren"):
            tokens.append(("paren", match.group("paren")))
        elif match.group("quote"):
            end = text.find('"', pos)
            if end < 0:
                raise _SyntaxProblem("unbalanced quote")
            tokens.append(("phrase", text[pos:end]))
            pos = end + 1
        else:
            bare = match.group("bare")
            # field:"a phrase" and -"a phrase": the phrase belongs to the prefix
            if (bare.endswith(":") or bare == "-") and text.startswith('"', pos):
                end = text.find('"', pos + 1)
                if end < 0:
                    raise _SyntaxProblem("unbalanced quote")
                tokens.append(("fieldphrase", bare + "\0" + text[pos + 1 : end]))
                pos = end + 1
            else:
                tokens.append(("bare", bare))
    return tokens


class _Parser:
    """Recursive descent over the token list (OR binds looser than AND)."""

    def __init__(self, tokens: list[tuple[str, str]], notices: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.notices = notices
        self.depth = 0

    def _deeper(self) -> None:
        # Each NOT and "(" is a level of recursion: a query of a thousand of them must
        # be read as words, not blow Python's stack.
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _SyntaxProblem("too deeply nested")

    def parse(self) -> Node | None:
        node = self._or()
        if self.pos < len(self.tokens):
            raise _SyntaxProblem("unbalanced parenthesis")
        return node

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _or(self) -> Node | None:
        children = [self._and()]
        while self._peek() == ("bare", "OR"):
            self.pos += 1
            if self._peek() is None or self._peek() == ("paren", ")"):
                raise _SyntaxProblem("OR with nothing after it")
            children.append(self._and())
        if children[0] is None and len(children) > 1:
            raise _SyntaxProblem("OR with nothing before it")
        kept = [c for c in children if c is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def _and(self) -> Node | None:
        children: list[Node] = []
        while True:
            token = self._peek()
            if token is None or token == ("paren", ")") or token == ("bare", "OR"):
                break
            node = self._unary()
            if node is not None:
                children.append(node)
        if not children:
            return None
        return children[0] if len(children) == 1 else And(tuple(children))

    def _unary(self) -> Node | None:
        token = self._peek()
        assert token is not None
        kind, value = token
        if kind == "bare" and value == "NOT":
            self.pos += 1
            if self._peek() is None or self._peek() in (("paren", ")"), ("bare", "OR")):
                raise _SyntaxProblem("NOT with nothing after it")
            self._deeper()
            child = self._unary()
            self.depth -= 1
            return Not(child) if child is not None else None
        if kind == "bare" and value == "AND":
            self.pos += 1
            return None
        if kind == "paren":
            if value == ")":
                raise _SyntaxProblem("unbalanced parenthesis")
            self.pos += 1
            self._deeper()
            node = self._or()
            self.depth -= 1
            if self._peek() != ("paren", ")"):
                raise _SyntaxProblem("unbalanced parenthesis")
            self.pos += 1
            return node
        self.pos += 1
        if kind == "phrase":
            return _phrase(value, None)
        if kind == "fieldphrase":
            prefix, phrase = value.split("\0", 1)
            negate = prefix.startswith("-")
            prefix = prefix.lstrip("-")
            node = _phrase(phrase, None) if not prefix else self._field(prefix[:-1], phrase, True)
            return Not(node) if negate and node is not None else node
        negate = value.startswith("-") and len(value) > 1
        node = self._bare(value[1:] if negate else value)
        return Not(node) if negate and node is not None else node

    def _bare(self, value: str) -> Node | None:
        name, sep, rest = value.partition(":")
        if sep and name.lower() in {**TEXT_FIELDS, **FILTER_FIELDS, **DATE_FIELDS} and rest:
            return self._field(name, rest, False)
        if sep and name.lower() in {**TEXT_FIELDS, **FILTER_FIELDS, **DATE_FIELDS}:
            return None  # "title:" with nothing after it
        return _word(value, None)

    def _field(self, name: str, value: str, quoted: bool) -> Node | None:
        key = name.lower()
        if key in TEXT_FIELDS:
            field = TEXT_FIELDS[key]
            return _phrase(value, field) if quoted else _word(value, field)
        if key in FILTER_FIELDS:
            field = FILTER_FIELDS[key]
            clean = value.strip().lower()
            if field == "is":
                if clean not in FLAGS:
                    self.notices.append(
                        f"Left out is:{value} (use is:unread, is:read, is:favorite or is:archived)."
                    )
                    return None
                return Filter("is", FLAGS[clean])
            if field == "site":
                clean = clean.removeprefix("www.")
            if not clean:
                return None
            return Filter(field, clean)
        if key in DATE_FIELDS:
            try:
                start, end = _date_range(value.strip())
            except ValueError:
                self.notices.append(
                    f"Left out {name}:{value} (write dates as 2025, 2025-06 or 2025-06-30, "
                    "ranges as 2025-01..2025-06, or >2024)."
                )
                return None
            return DateRange(DATE_FIELDS[key], start, end)
        return _phrase(f"{name} {value}", None) if quoted else _word(f"{name} {value}", None)


def _phrase(text: str, field: str | None) -> Node | None:
    return Phrase(text, field) if _PLAIN_WORD.search(text) else None


def _word(raw: str, field: str | None) -> Node | None:
    """A bare token: prefix*, fuzzy~N, or plain text (which may hold several words)."""
    fuzzy = 0
    prefix = False
    match = _FUZZY.match(raw)
    if match:
        raw, fuzzy = match.group(1), int(match.group(2) or 1)
    elif raw.endswith("*"):
        raw, prefix = raw.rstrip("*"), True
    words = _PLAIN_WORD.findall(raw)
    if not words:
        return None
    if len(words) > 1:
        # "e-mail", "C++/Qt", "http://x.org": kept together as a phrase
        return Phrase(" ".join(words), field) if not (prefix or fuzzy) else Word(words[-1], field)
    return Word(words[0], field, prefix=prefix, fuzzy=fuzzy)


def _date_range(value: str) -> tuple[datetime.date | None, datetime.date | None]:
    """Parses 2025, 2025-06, 2025-06-30, a..b, a.., ..b, >a, >=a, <a, <=a."""
    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            start, end = _period(value[len(op) :])
            return {
                ">=": (start, None),
                ">": (end, None),
                "<=": (None, end),
                "<": (None, start),
            }[op]
    if ".." in value:
        left, right = value.split("..", 1)
        if not left and not right:
            raise ValueError(value)
        return (_period(left)[0] if left else None, _period(right)[1] if right else None)
    return _period(value)


def _period(value: str) -> tuple[datetime.date, datetime.date]:
    """A year, month or day as [first day, first day after)."""
    match = _DATE.match(value)
    if not match:
        raise ValueError(value)
    year = int(match.group(1))
    if match.group(3):
        first = datetime.date(year, int(match.group(2)), int(match.group(3)))
        return first, first + datetime.timedelta(days=1)
    if match.group(2):
        month = int(match.group(2))
        first = datetime.date(year, month, 1)
        days = calendar.monthrange(year, month)[1]
        return first, first + datetime.timedelta(days=days)
    if not 1 <= year <= 9998:
        raise ValueError(value)
    return datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
