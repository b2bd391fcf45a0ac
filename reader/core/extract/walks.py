"""trafilatura's expressions that select elements by their attributes, read by walks over
the elements instead, for Kliping's passes only: the raw-tree prune every pass starts
with, and in its main extractor the section discard (``OVERALL_DISCARD_XPATH``), the
teaser and caption discards and the body picks (``BODY_XPATH``).

Their ``re:test`` calls back into Python's ``re`` for every element and attribute (the
section discard alone took 4-6 ms a page, the largest single step of a pass), and XPath
reads the whole page for a pick of which only the first is used. A walk that reads the
same attributes with the same patterns selects the same elements in the same order in a
fraction of the time. The patterns are read from trafilatura's own expressions, whose
shape is checked first: an expression of another shape (another trafilatura) runs as it
is.

The expressions are swapped in trafilatura's modules for objects that run the walk on a
thread inside :func:`walking` and the expressions themselves everywhere else, so anyone
else using trafilatura in the process (the benchmark's yardstick among them) runs it as
shipped.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from lxml import etree

log = logging.getLogger(__name__)

_LITERAL = re.compile(r"'([^']*)'")


def read_patterns(path: str, shape: str) -> list[str] | None:
    """The patterns of ``path`` where ``shape`` has ``{}``, or None when ``path`` is not of
    that shape (its code outside string literals differs beyond whitespace, or a literal
    other than a pattern differs)."""
    got, want = _LITERAL.split(path), _LITERAL.split(shape)
    if len(got) != len(want):
        return None
    found: list[str] = []
    for i, (a, b) in enumerate(zip(got, want, strict=True)):
        if i % 2 == 0:  # code between literals
            if "".join(a.split()) != "".join(b.split()):
                return None
        elif b == "{}":
            found.append(a)
        elif a != b:
            return None
    return found


Search = Callable[[str], object]


def searches(expression: Any, shape: str) -> list[Search] | None:
    """The patterns of ``expression`` where ``shape`` has ``{}``, compiled, or None when
    the expression is not of ``shape`` (or a pattern of it would match every value)."""
    found = read_patterns(getattr(expression, "path", ""), shape)
    if found is None:
        return None
    try:
        compiled = [re.compile(p) for p in found]
    except re.error:
        return None
    if any(p.search("") for p in compiled):
        return None
    return [p.search for p in compiled]


#: The shapes of trafilatura's raw-tree prune (``RAW_TREE_PRUNE_XPATH``, then
#: ``REMOVE_COMMENTS_AND_LISTS_XPATH``) as :func:`raw_prune` reads it: infinite-scroll
#: boxes (unless they hold the headline), Elementor share buttons, comment boxes and lists.
#: Their tests call back into Python's ``re`` for every element (3-4 ms a page, the size of
#: Kliping's whole chrome filter); one walk with the same patterns takes a tenth of it.
_RAW_PRUNE_SHAPES = (
    """.//*[self::div or self::section or self::aside][
    re:test(@id, '{}') or re:test(@class, '{}')][
    not(.//h1) or re:test(@id, '{}') or re:test(@class, '{}')]""",
    ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]",
    """.//*[self::div or self::list or self::section or self::details or self::ol or self::ul][
    re:test(@id, '{}') or re:test(@class, '{}')][
    not(self::ol or self::ul) or re:test(@id, '{}') or re:test(@class, '{}')]""",
)
_BOXES = frozenset(("div", "section", "aside"))
_COMMENT_BOXES = frozenset(("div", "list", "section", "details", "ol", "ul"))
_ANY_BOX = _BOXES | _COMMENT_BOXES


def _raw_prune_searches() -> list[Search] | None:
    """The eight patterns of the raw-tree prune's expressions, or None when trafilatura's
    expressions are not of the shapes :func:`raw_prune` reads (its own prune runs)."""
    try:
        from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH
    except ImportError:  # pragma: no cover - another trafilatura: its own prune runs
        return None
    expressions = [*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH]
    if len(expressions) != len(_RAW_PRUNE_SHAPES):
        return None
    found: list[Search] = []
    for expression, shape in zip(expressions, _RAW_PRUNE_SHAPES, strict=True):
        patterns = searches(expression, shape)
        if patterns is None:
            return None
        found += patterns
    return found


_RAW_PRUNE = _raw_prune_searches()

#: Whether :func:`raw_prune` stands in for trafilatura's raw-tree prune.
RAW_PRUNE_READ = _RAW_PRUNE is not None


def raw_prune(tree: etree._Element, comments: bool) -> None:
    """Delete what trafilatura's raw-tree prune selects from ``tree`` (the comment boxes
    when ``comments``), in its order, tails kept, as ``prune_unwanted_nodes`` does; only
    when ``RAW_PRUNE_READ``."""
    from trafilatura.xml import delete_element

    assert _RAW_PRUNE is not None, "trafilatura's raw-tree prune has another shape"
    scroll_id, scroll_cls, appended_id, appended_cls, *comment = _RAW_PRUNE
    comment_id, comment_cls, list_id, list_cls = comment
    scroll: list[etree._Element] = []
    share: list[etree._Element] = []
    boxes: list[etree._Element] = []
    for el in tree.iterdescendants():
        tag = el.tag
        if tag not in _ANY_BOX:
            continue
        ident = el.get("id") or ""
        cls = el.get("class") or ""
        if tag in _BOXES:
            if (scroll_id(ident) or scroll_cls(cls)) and (
                el.find(".//h1") is None or appended_id(ident) or appended_cls(cls)
            ):
                scroll.append(el)
            if "elementor-share-buttons" in cls:
                share.append(el)
        if (
            comments
            and tag in _COMMENT_BOXES
            and (comment_id(ident) or comment_cls(cls))
            and (tag not in ("ol", "ul") or list_id(ident) or list_cls(cls))
        ):
            boxes.append(el)
    # each expression's matches were found on the tree its predecessors left: one inside a
    # deleted box is deleted from the detached box, which leaves the tree as it is
    for el in (*scroll, *share, *boxes):
        delete_element(el)


def _first(el: etree._Element, a: str, value_a: str | None, b: str, value_b: str | None) -> str:
    """The string XPath makes of ``@a|@b``: the value of whichever of the two attributes
    comes first on the element ("" when it has neither)."""
    if value_a is None:
        return value_b or ""
    if value_b is None:
        return value_a
    keys = el.keys()
    return value_a if keys.index(a) < keys.index(b) else value_b


#: How many attribute values a walk remembers its verdicts on before it starts again (a
#: page repeats its classes, and so do pages built on the same templates).
_SEEN_LIMIT = 20_000

Walk = Callable[[etree._Element], Iterable[etree._Element]]


def _seen(verdict: Callable[[str], bool]) -> Callable[[str], bool]:
    """``verdict`` remembered per value."""
    seen: dict[str, bool] = {}

    def read(value: str) -> bool:
        found = seen.get(value)
        if found is None:
            if len(seen) > _SEEN_LIMIT:
                seen.clear()
            found = seen[value] = verdict(value)
        return found

    return read


_SECTION_TAGS = ("div", "item", "list", "p", "section", "span")


def _sections(consent: Search, ident_re: Search, cls_re: Search) -> Walk:
    """The discard's first expression: boxes named as chrome (share, nav, ads, meta...)."""
    chrome_class = _seen(lambda cls: cls_re(cls) is not None)

    def walk(tree: etree._Element) -> list[etree._Element]:
        found = []
        for el in tree.iterdescendants(*_SECTION_TAGS):
            get = el.get
            ident, cls = get("id"), get("class")
            if (
                (cls is not None and chrome_class(cls))
                or (ident is not None and ident_re(ident))
                or (
                    (ident is not None or cls is not None)
                    and consent(_first(el, "id", ident, "class", cls))
                )
                or get("data-lp-replacement-content") is not None
                or "nav" in (get("role") or "").replace("N", "n")
                or "MostPopularStories" in (get("data-component") or "")
            ):
                found.append(el)
        return found

    return walk


def _hidden_parts(hidden: Search, comment_id: Search, comment_cls: Search) -> Walk:
    """The discard's second expression: hidden elements, comment titles and replies."""
    by_class = _seen(
        lambda cls: (
            cls == "comments-title" or cls.startswith("reply-") or comment_cls(cls) is not None
        )
    )

    def walk(tree: etree._Element) -> list[etree._Element]:
        found = []
        for el in tree.iterdescendants(etree.Element):
            get = el.get
            ident, cls, style = get("id"), get("class"), get("style")
            if ident is None and style is None:  # the class alone decides, or aria-hidden
                if (cls is not None and by_class(cls)) or get("aria-hidden") == "true":
                    found.append(el)
                continue
            if (
                cls == "comments-title"
                or (
                    (ident is not None or cls is not None)
                    and _first(el, "id", ident, "class", cls).startswith("reply-")
                )
                or (
                    (ident is not None or style is not None)
                    and hidden(_first(el, "id", ident, "style", style))
                )
                or (style is not None and ("display:none" in style or "display: none" in style))
                or (ident is not None and comment_id(ident))
                or (cls is not None and comment_cls(cls))
                or get("aria-hidden") == "true"
            ):
                found.append(el)
        return found

    return walk


def _named(word: str, fold: str = "") -> Callable[[], Walk]:
    """A walk for ``.//*[section tags][contains(@id, word) or contains(@class, word)]``,
    the id and class first folded to lower case in the letters of ``fold``."""

    def make() -> Walk:
        def folded(value: str) -> str:
            for letter in fold:
                value = value.replace(letter, letter.lower())
            return value

        named = _seen(lambda value: word in folded(value))

        def walk(tree: etree._Element) -> list[etree._Element]:
            found = []
            for el in tree.iterdescendants(*_SECTION_TAGS):
                get = el.get
                ident, cls = get("id"), get("class")
                if (ident is not None and named(ident)) or (cls is not None and named(cls)):
                    found.append(el)
            return found

        return walk

    return make


_BODY_TAGS = ("article", "div", "main", "section")


def _firsts(test: Callable[[etree._Element], bool]) -> Walk:
    """``.//*[self::article or self::div or self::main or self::section][test][1]``: each
    element's first child that passes, in document order, read lazily (the main extractor
    takes the first; XPath would read the whole page for the rest)."""

    def walk(tree: etree._Element) -> Iterator[etree._Element]:
        parents: set[etree._Element | None] = set()
        for el in tree.iterdescendants(*_BODY_TAGS):
            if test(el):
                parent = el.getparent()
                if parent not in parents:
                    parents.add(parent)
                    yield el

    return walk


def _first_of(test: Callable[[etree._Element], bool]) -> Walk:
    """``(.//*[self::article or self::div or self::main or self::section][test])[1]``."""

    def walk(tree: etree._Element) -> list[etree._Element]:
        for el in tree.iterdescendants(*_BODY_TAGS):
            if test(el):
                return [el]
        return []

    return walk


def _article_body(ident_re: Search, cls_re: Search) -> Walk:
    """The main extractor's first body expression: the article-body boxes."""
    body_class = _seen(lambda cls: cls in ("post", "entry") or cls_re(cls) is not None)

    def test(el: etree._Element) -> bool:
        get = el.get
        ident, cls = get("id"), get("class")
        return bool(
            (cls is not None and body_class(cls))
            or (ident is not None and (ident == "articleContent" or ident_re(ident)))
            or get("itemprop") == "articleBody"
        )

    return _firsts(test)


_FULLTEXT = re.compile("fulltext", re.I)


def _story(ident_re: Search, cls_re: Search) -> Walk:
    """The third body expression: story and post-area boxes."""
    story_class = _seen(
        lambda cls: (
            cls in ("postarea", "art-postcontent", "text", "cell", "story")
            or _FULLTEXT.search(cls) is not None
            or cls_re(cls) is not None
        )
    )

    def test(el: etree._Element) -> bool:
        get = el.get
        ident, cls = get("id"), get("class")
        return bool(
            (cls is not None and story_class(cls))
            or (ident is not None and (ident in ("article", "story") or ident_re(ident)))
            or get("role") == "article"
        )

    return _first_of(test)


def _main_content(ident_re: Search, cls_re: Search) -> Walk:
    """The fourth body expression: content and main-content boxes."""
    content_class = _seen(
        lambda cls: (
            cls == "content"
            or cls_re(cls) is not None
            or "main-content" in cls.replace("C", "c").replace("M", "m")
            or "page-content" in cls.replace("C", "c").replace("P", "p")
        )
    )

    def test(el: etree._Element) -> bool:
        get = el.get
        ident, cls = get("id"), get("class")
        return bool(
            (cls is not None and content_class(cls))
            or (
                ident is not None
                and (
                    ident == "content"
                    or ident_re(ident)
                    or "main-content" in ident.replace("C", "c").replace("M", "m")
                )
            )
        )

    return _first_of(test)


#: trafilatura's expressions read by walks: for each of its lists, per expression, the
#: shape it must have (``{}`` stands for a pattern, read from trafilatura's text;
#: everything else, whitespace aside, as written here) and the walk made from its
#: patterns, or None where the expression runs as it is.
_PLANS: dict[str, tuple[tuple[str, Callable[..., Walk]] | None, ...]] = {
    "OVERALL_DISCARD_XPATH": (
        (
            """.//*[self::div or self::item or self::list or self::p or self::section or
            self::span][
            @data-lp-replacement-content or
            contains(translate(@role, 'N', 'n'), 'nav') or
            contains(@data-component, 'MostPopularStories') or
            re:test(@id|@class, '{}') or
            re:test(@id, '{}') or
            re:test(@class, '{}')]""",
            _sections,
        ),
        (
            """.//*[@class='comments-title' or
            starts-with(@id|@class, 'reply-') or
            re:test(@id|@style, '{}') or
            contains(@style, 'display:none') or contains(@style, 'display: none') or
            re:test(@id, '{}') or
            re:test(@class, '{}') or @aria-hidden='true']""",
            _hidden_parts,
        ),
    ),
    "TEASER_DISCARD_XPATH": (
        (
            """.//*[self::div or self::item or self::list or self::p or self::section or
            self::span][
            contains(translate(@id, 'T', 't'), 'teaser') or
            contains(translate(@class, 'T', 't'), 'teaser')]""",
            _named("teaser", "T"),
        ),
    ),
    "DISCARD_IMAGE_ELEMENTS": (
        (
            """.//*[self::div or self::item or self::list or self::p or self::section or
            self::span][
            contains(@id, 'caption') or contains(@class, 'caption')]""",
            _named("caption"),
        ),
    ),
    "BODY_XPATH": (
        (
            """.//*[self::article or self::div or self::main or self::section][
            @class='post' or @class='entry' or
            @itemprop='articleBody' or @id='articleContent' or
            re:test(@id, '{}') or
            re:test(@class, '{}')
            ][1]""",
            _article_body,
        ),
        None,
        (
            """(.//*[self::article or self::div or self::main or self::section][
            @role='article' or
            @id='article' or @id='story' or
            @class='postarea' or @class='art-postcontent' or @class='text' or
            @class='cell' or @class='story' or
            re:test(@id, '{}') or
            re:test(@class, 'fulltext', 'i') or
            re:test(@class, '{}')
            ])[1]""",
            _story,
        ),
        (
            """(.//*[self::article or self::div or self::main or self::section][
            @id='content' or @class='content' or
            re:test(@id, '{}') or
            re:test(@class, '{}') or
            contains(translate(@id, 'CM','cm'), 'main-content') or
            contains(translate(@class, 'CM','cm'), 'main-content') or
            contains(translate(@class, 'CP','cp'), 'page-content')
            ])[1]""",
            _main_content,
        ),
        None,
    ),
}


_LOCAL = threading.local()


class _Either:
    """An expression of trafilatura's that runs as a walk on a thread inside
    :func:`walking`, and as itself everywhere else."""

    __slots__ = ("path", "walk", "xpath")

    def __init__(self, xpath: Any, walk: Walk) -> None:
        self.xpath, self.walk, self.path = xpath, walk, xpath.path

    def __call__(self, tree: etree._Element, **kwargs: Any) -> Any:
        if not kwargs and getattr(_LOCAL, "walking", False):
            return self.walk(tree)
        return self.xpath(tree, **kwargs)


def walk_for(expression: Any, shape: str, make: Callable[..., Walk]) -> Walk | None:
    """The walk ``make`` builds from the patterns of ``expression``, or None when the
    expression is not of ``shape`` (or a pattern of it would select every element)."""
    found = searches(expression, shape)
    return make(*found) if found is not None else None


def _install() -> dict[str, int]:
    """Put the walks in trafilatura's modules; how many expressions of each list they read."""
    try:
        from trafilatura import external, main_extractor, xpaths
    except ImportError:  # pragma: no cover - another trafilatura: its expressions run
        return {}
    read: dict[str, int] = {}
    for name, plan in _PLANS.items():
        expressions = getattr(xpaths, name, None)
        if not isinstance(expressions, list) or len(expressions) != len(plan):
            log.debug("trafilatura's %s has another shape: its expressions run", name)
            continue
        either: list[Any] = []
        for expression, step in zip(expressions, plan, strict=True):
            walk = walk_for(expression, *step) if step is not None else None
            either.append(expression if walk is None else _Either(expression, walk))
        read[name] = sum(isinstance(e, _Either) for e in either)
        for module in (main_extractor, external):
            if getattr(module, name, None) is expressions:
                setattr(module, name, either)
    return read


#: How many of trafilatura's expressions, per list, the walks read inside :func:`walking`.
READ = _install()


@contextmanager
def walking() -> Iterator[None]:
    """On this thread, for the duration, trafilatura's expressions run as the walks."""
    before = getattr(_LOCAL, "walking", False)
    _LOCAL.walking = True
    try:
        yield
    finally:
        _LOCAL.walking = before
