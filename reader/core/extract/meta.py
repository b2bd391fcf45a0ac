"""Page metadata the first pass misses or gets wrong: language, canonical URL, title clean-up.

The language comes from what the page declares (``<html lang>``, ``Content-Language``,
``og:locale``, JSON-LD ``inLanguage``) checked against py3langid on the article's own text:
templates often declare a default language the article is not written in.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from typing import Any

from lxml import etree

from reader.core import langid

log = logging.getLogger(__name__)

# Languages py3langid confuses with a close neighbour: a declaration naming the neighbour wins.
_KIN = [
    {"id", "ms"},
    {"no", "nb", "nn", "da"},
    {"sr", "hr", "bs"},
    {"cs", "sk"},
    {"gl", "pt", "es"},
    {"ca", "es"},
    {"af", "nl"},
    {"zh", "ja"},
    {"uk", "ru", "be"},
    {"fa", "ar"},
]


def _code(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value)
    if not m:
        return None
    code = m.group(1).lower()
    return code if len(code) == 2 else None


def declared_language(root: etree._Element, jsonld: list[dict[str, Any]]) -> str | None:
    """The language the page says it is in, as ISO 639-1, or None."""
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in root.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
        if key in ("content-language", "language", "og:locale", "dc.language", "lang"):
            candidates.append(meta.get("content"))
    for obj in jsonld:
        lang = obj.get("inLanguage")
        if isinstance(lang, str):
            candidates.append(lang)
    for c in candidates:
        code = _code(c)
        if code:
            return code
    return None


#: Characters that confirm a declared language (see choose_language).
CONFIRM_CHARS = 200


def _agrees(declared: str, detected: str) -> bool:
    return detected == declared or any(declared in k and detected in k for k in _KIN)


def choose_language(declared: str | None, text: str) -> str | None:
    """Pick the article's language: the declaration unless the text clearly says otherwise."""
    if declared is not None:
        # the usual case, a page in the language it declares, is confirmed by a shorter
        # sample (0.25 instead of 0.75 ms); only a disagreement needs the full one
        detected, _ = langid.detect_language(text, CONFIRM_CHARS)
        if detected is not None and _agrees(declared, detected):
            return declared
    detected, prob = langid.detect_language(text)
    if detected is None:
        return declared
    if declared is None:
        return detected if prob >= 0.8 else None
    if _agrees(declared, detected):
        return declared
    long_enough = len(text) >= 400 or (len(text) >= 150 and ord(max(text[:200])) > 0x2E80)
    return detected if prob >= 0.9 and long_enough else declared


def json_ld(root: etree._Element) -> list[dict[str, Any]]:
    """The page's JSON-LD objects, flattened from lists and @graph."""
    out: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack and len(out) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return out


def canonical(root: etree._Element) -> str | None:
    """The ``<link rel=canonical>`` or ``og:url`` of the page, as written."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href")).strip()
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url" and meta.get(
            "content"
        ):
            return str(meta.get("content")).strip()
    return None


# trafilatura's markup search for the author (metadata.extract_author: AUTHOR_XPATHS after
# pruning AUTHOR_DISCARD_XPATHS from a copy of the tree), done in one pass without the copy:
# its XPaths call Python's regex engine once per element through EXSLT (4 ms per page).
# Same answers on all 1,678 development pages.
# (within the root element, like trafilatura's copy of it: a broken page can hold
# markup outside <html> that an absolute "//" path would reach)
_ATTRS = etree.XPath(
    "descendant-or-self::*[@class or @id or @rel or @itemprop or @data-testid or"
    " @data-component or self::author or self::time or self::figure]"
)
_DISCARD_TAGS = {"a", "div", "section", "span"}
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    r"article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
_TAGS_1 = {"a", "address", "div", "link", "p", "span", "strong"}
_CLASS_1 = re.compile(r"author-?name|AuthorName|authorName")
_TAGS_2 = {"a", "div", "h3", "h4", "p", "span"}
_ID_2 = re.compile(r"author|zuozhe|bianji|xiaobian")
_CLASS_2 = re.compile(
    r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_SPECIAL_TAGS = {"author", "time", "figure"}
_SPECIAL_ATTRS = {"rel", "itemprop", "data-testid", "data-component"}
#: What any of the class and id tests below needs (a superset, for a quick rejection).
_ANY_HINT = re.compile(
    r"uthor|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|journalist-name|"
    r"screenname|writer|yline|\bbyl\b|\bBBL\b|username|omment|ProductReviews|sidebar|is-hidden|"
    r"quote|embedly-instagram|article-share|article-support|print|category|meta-date|"
    r"meta-reviewer|title|date"
)
_ID_3 = re.compile(r"[Aa]uthor")
_CLASS_3 = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


def _author_rank(el: etree._Element, tag: str) -> int | None:
    """Which of trafilatura's three author XPaths ``el`` matches first (0-2), or None."""
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    itemprop = el.get("itemprop") or ""
    if tag == "author" or (
        tag in _TAGS_1
        and (
            el.get("rel") == "author"
            or ident == "author"
            or cls == "author"
            or itemprop == "author name"
            or el.get("data-testid") in ("AuthorCard", "AuthorURL")
            or _CLASS_1.search(cls)
        )
    ):
        return 0
    if tag in _TAGS_2 and (
        cls in ("byline", "username", "byl", "BBL")
        or "author" in itemprop
        or _ID_2.search(ident)
        or _CLASS_2.search(cls)
    ):
        return 1
    if (
        "Byline" in (el.get("data-component") or "")
        or "author" in itemprop
        or _ID_3.search(ident)
        or _CLASS_3.search(cls)
    ):
        return 2
    return None


def _pruned_text(el: etree._Element, gone: set[etree._Element], out: list[str]) -> None:
    """``el.itertext()`` as it reads once the ``gone`` elements are deleted, tails kept
    (trafilatura's delete_element joins a deleted element's tail to what precedes it)."""
    text = el.text or ""
    kept: list[tuple[etree._Element, str]] = []
    for child in el:
        if child in gone:
            if child.tail:
                if kept:
                    kept[-1] = (kept[-1][0], kept[-1][1] + child.tail)
                else:
                    text += child.tail
            continue
        kept.append((child, child.tail or ""))
    out.append(text)
    for child, tail in kept:
        if isinstance(child.tag, str):
            _pruned_text(child, gone, out)
        out.append(tail)


def _author(root: etree._Element) -> str | None:
    """The author named in the page's markup, or None."""
    from trafilatura.json_metadata import normalize_authors

    gone: set[etree._Element] = set()
    ranked: list[list[etree._Element]] = [[], [], []]
    hinted: dict[str, bool] = {}  # a page repeats its class names: one search per label
    for el in _ATTRS(root):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        # most elements are plain layout: one search over class and id, and a look at the
        # attribute names, rule them out before the full tests
        if tag not in _SPECIAL_TAGS and _SPECIAL_ATTRS.isdisjoint(el.keys()):
            label = f"{el.get('class') or ''} {el.get('id') or ''}"
            hint = hinted.get(label)
            if hint is None:
                hint = hinted[label] = _ANY_HINT.search(label) is not None
            if not hint:
                continue
        if tag in ("time", "figure") or (
            el is not root
            and tag in _DISCARD_TAGS
            and (
                el.get("id") == "comments"
                or el.get("class") in ("comments", "title", "date")
                or _DISCARD_ID.search(el.get("id") or "")
                or _DISCARD_CLASS.search(el.get("class") or "")
                or "Figure" in (el.get("data-component") or "")
            )
        ):
            gone.add(el)
            continue
        rank = _author_rank(el, tag)
        if rank is not None:
            ranked[rank].append(el)
    for candidates in ranked:
        for el in candidates:
            if any(a in gone for a in el.iterancestors()):
                continue
            parts: list[str] = []
            _pruned_text(el, gone, parts)
            content = " ".join(" ".join(parts).split())
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None


#: htmldate settings: its extensive search runs dateparser over the page text (slow); the
#: structured dates it still reads (meta, JSON-LD, ``<time>``) are the reliable ones.
DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def page_metadata(root: etree._Element, url: str | None) -> dict[str, Any]:
    """trafilatura's page metadata (title, author, date, site name, image, description, URL).

    The same steps as ``trafilatura.metadata.extract_metadata`` minus what Kliping does not
    use (categories, tags, licence), run once on the shared tree: the first pass then runs
    without its own metadata pass. Every step reads the tree without changing it (author
    and date searches work on their own copies).
    """
    from htmldate import find_date
    from trafilatura import metadata as tm

    doc = tm.examine_meta(root)
    if doc.author and " " not in doc.author:
        doc.author = None
    try:
        doc = tm.extract_meta_json(root, doc)
    except Exception:  # trafilatura's JSON-LD reader is heuristics: a failure is "nothing"
        log.debug("JSON-LD metadata failed", exc_info=True)
    if not doc.title:
        doc.title = tm.extract_title(root)
    if not doc.author:
        doc.author = _author(root)
    if not doc.url:
        doc.url = tm.extract_url(root, url)
    try:
        doc.date = find_date(root, url=doc.url, **DATE_PARAMS)
    except Exception:  # htmldate is heuristics too: a failure is "no date"
        log.debug("date search failed", exc_info=True)
    if not doc.sitename:
        doc.sitename = tm.extract_sitename(root)
    if doc.sitename:
        doc.sitename = doc.sitename.lstrip("@")
        if doc.sitename and "." not in doc.sitename and not doc.sitename[0].isupper():
            doc.sitename = doc.sitename.title()
    elif doc.url:
        m = tm.META_URL.match(doc.url)
        if m:
            doc.sitename = m[1]
    doc.clean_and_trim()
    info: dict[str, Any] = doc.as_dict()
    return info


def clean_title(title: str, site_name: str) -> str:
    """Drop a " | Site name" suffix or prefix from a headline."""
    title = " ".join(title.split())
    if site_name:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · ", " » "):
            if title.endswith(sep + site_name):
                return title[: -len(sep + site_name)].strip()
            if title.startswith(site_name + sep):
                return title[len(site_name + sep) :].strip()
    return title


#: The label a template puts before the author's name ("Author Ashley Biancuzzo",
#: "Written by: …"), which the markup search takes along with the name.
_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|written by|words by|posted by|by|autor|autorin|penulis|oleh|автор)"
    r"(?:\s*[:：]\s*|\s+|$)",
    re.I,
)


def split_authors(value: str | None) -> list[str]:
    """Split trafilatura's author string into names, without a label before them."""
    if not value:
        return []
    names = []
    for part in re.split(r"\s*;\s*", value):
        part = _AUTHOR_LABEL.sub("", part.strip(" ,"), count=1).strip(" ,")
        if part and part not in names and len(part) <= 80:
            names.append(part)
    return names


_AUTHOR_META = etree.XPath("//meta[@name='author' or @property='author']/@content")


def author_tags(root: etree._Element) -> list[str]:
    """The names in the page's author meta tags, as written."""
    return [" ".join(str(c).split()) for c in _AUTHOR_META(root)]


def whole_names(names: list[str], declared: list[str]) -> list[str]:
    """``names`` with the vowel signs trafilatura's name clean-up cuts off an end put back
    from the page's author meta tags (``declared``): "สมชาย ใจด" is "สมชาย ใจดี" (Thai,
    Indic and other scripts write vowels as combining marks)."""
    if not names or all(n.isascii() for n in names):
        return names
    out = []
    for name in names:
        for full in declared:
            rest = full[len(name) :]
            marks = all(unicodedata.category(c)[0] == "M" for c in rest)
            if rest and marks and full.startswith(name):
                name = full
                break
        out.append(name)
    return out
