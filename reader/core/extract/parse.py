"""Reading a page: bytes to text, text to an lxml tree, and the tree trimmed of code.

:func:`decode` picks the page's encoding and :func:`repair_mojibake` undoes a wrong one;
:func:`parse` builds the tree with trafilatura's parser settings and repairs (element
classes picked in C); :func:`prune_huge` and :func:`drop_code` delete what no article holds
before the first pass copies the tree (and the hover cards glued into sentences).
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from typing import Any

from lxml import etree

from reader.core.extract.blocks import count_words

log = logging.getLogger(__name__)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode(data: bytes) -> str:
    """Decode a page: BOM, then declared charset, then UTF-8, then detection."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, "replace")
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), "replace")
        except (LookupError, ValueError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, "replace")
    return data.decode("utf-8", "replace")


#: UTF-8 read as Latin-1 or Windows-1252 ("â€™" for "’", "Ã©" for "é", "Â©" for "©"): a
#: UTF-8 lead byte's character followed by a continuation byte's.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


#: A run of character references, as a CMS writes twice-encoded text ("&acirc;&euro;&trade;").
_REFERENCES = re.compile(r"(?:&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);){2,}")


def repair_mojibake(html: str) -> str:
    """Undo UTF-8 decoded as Latin-1 or Windows-1252: a charset declared wrongly, or text a
    CMS stored twice-encoded, as characters or as character references. ftfy decides what
    is mojibake and what is real text; it runs only on pages that show the pattern (it
    costs 10-30 ms on a page)."""
    if "&acirc;" in html or "&Atilde;" in html or "&Acirc;" in html:
        html = _REFERENCES.sub(_repair_references, html)
    if not ("\u00c3" in html or "\u00c2" in html or "\u00e2" in html) or not _MOJIBAKE.search(html):
        return html
    import ftfy

    return ftfy.fix_encoding(html)


def _repair_references(m: re.Match[str]) -> str:
    import html as entities

    import ftfy

    text = entities.unescape(m.group())
    if not _MOJIBAKE.search(text):
        return m.group()
    fixed = ftfy.fix_encoding(text)
    # markup characters stay escaped: the run is replaced only by plain repaired text
    return fixed if fixed != text and not any(c in fixed for c in "<>&") else m.group()


#: Characters that carry no letter and reach the reader, the word counts and the search
#: index as breaks inside words: the soft hyphen (U+00AD, a hyphenation hint: "Wäh\xadrend"),
#: the word joiner (U+2060), the zero-width no-break space / byte-order mark (U+FEFF), and
#: the zero-width space (U+200B, a line-break hint) except before Thai, Lao, Burmese or
#: Khmer, whose writers use it to mark the word boundaries their scripts do not space.
#: The zero-width non-joiner and joiner (U+200C, U+200D) stay: they spell Persian and Indic
#: words and emoji sequences; so do the bidi marks (U+200E, U+200F).
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]|\u200b(?![\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])")
#: The same characters written as references (the parser would decode them).
_INVISIBLE_REFERENCES = re.compile(
    r"&(?:shy|ZeroWidthSpace|NoBreak|#0*173|#0*8203|#0*8288|#0*65279|#x0*ad|#x0*200b|"
    r"#x0*2060|#x0*feff);",
    re.I,
)


def normalise_text(html: str) -> str:
    """The page without the invisible characters of ``_INVISIBLE``, so the article's text,
    its HTML, its word counts and the search index see whole words. (Unicode NFC is the
    output's, :func:`nfc`: checking a whole page costs more than the few hundred
    characters of decomposed accents it might compose.)"""
    if "\u00ad" in html or "\u200b" in html or "\u2060" in html or "\ufeff" in html:
        html = _INVISIBLE.sub("", html)
    if "&" in html and _INVISIBLE_REFERENCES.search(html):
        html = _INVISIBLE_REFERENCES.sub("", html)
    return html


def nfc(text: str) -> str:
    """``text`` in Unicode NFC: composed, as typed ("gepru\u0308ft" is "geprüft")."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


#: Control characters libxml2 rejects (trafilatura's INVALID_XML_CHARS), as UTF-8 bytes.
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))
_DOCTYPE_SLASH = re.compile(rb"^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.I)
_SELF_CLOSED_HTML = re.compile(rb"(<html.*?)\s*/>", re.I)


@functools.cache
def _html_parser() -> Any:
    """trafilatura's HTML parser settings, with lxml.html's element classes picked in C.

    lxml.html decides each element's Python class by calling a Python method (for its
    form and input classes, which neither trafilatura nor Kliping use): that call is a
    third of the cost of every element a walk touches, in our walks and in the first
    pass's walks over its copies of the tree (copies keep the parser).
    """
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


def parse(html: str) -> etree._Element | None:
    """Parse a page the way ``trafilatura.utils.load_html`` does, a third faster.

    The same repairs (control characters dropped, a slash in the doctype, a self-closed
    ``<html/>``) and parser settings, on UTF-8 bytes: stripping control characters from
    bytes is one C call, where the regex over the whole text costs 0.3 ms on a news page.
    """
    from lxml.html import fromstring

    if "\ufffe" in html or "\uffff" in html:  # on the text: 10 times faster than on bytes
        html = html.replace("\ufffe", "").replace("\uffff", "")
    data = html.encode("utf-8", "surrogatepass").translate(None, _CONTROL_BYTES)
    beginning = data[:50].lower()
    if b"doctype" in beginning:
        first, _, rest = data.partition(b"\n")
        data = _DOCTYPE_SLASH.sub(b"", first, count=1) + b"\n" + rest
    for line in data[:4096].splitlines()[:4]:
        if b"<html" in line and line.endswith(b"/>"):
            data = _SELF_CLOSED_HTML.sub(rb"\1>", data, count=1)
            break
    try:
        root: etree._Element | None = fromstring(data, parser=_html_parser())
    except (etree.ParserError, ValueError):
        return None
    if root is not None and b"html" not in beginning and len(root) < 2:
        return None  # not a web page (trafilatura's check for dubious input)
    if root is not None and root.getnext() is not None:
        _adopt_after_html(root)
    if root is not None and "<main" in html:
        _hoist_main(root)
    return root


def _hoist_main(root: etree._Element) -> None:
    """Move the page's ``<main>`` out of the menu it was parsed into.

    A template that leaves a menu item unclosed puts everything after it, the article too,
    inside the menu; the first pass then reads the article as one list item, a wall of
    text with the share buttons in it (a browser shows the same tree, but styled).
    """
    main = root.find(".//main")
    if main is None:
        return
    outer = None
    for ancestor in main.iterancestors():
        if ancestor.tag in ("li", "ul", "ol", "nav", "menu"):
            outer = ancestor
    if outer is None:
        return
    if main.tail:  # the text after it stays where it was
        prev = main.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + main.tail
        else:
            parent = main.getparent()
            parent.text = (parent.text or "") + main.tail
        main.tail = None
    outer.addnext(main)


def _adopt_after_html(root: etree._Element) -> None:
    """Move what follows a premature ``</html>`` into the page's body, as browsers do.

    A template that closes the document after its header leaves the article outside it:
    the parser makes a second ``<html>`` beside the first, which no extractor reads (24 of
    the 1,678 development pages, the article itself on some).
    """
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    head = root.find("head")
    for stray in list(root.itersiblings()):  # emptied, not removed: they are document level
        if not isinstance(stray.tag, str):
            continue
        if stray.text and stray.text.strip():
            _append_text(body, stray.text)
        for child in list(stray):
            if child.tag == "head" and head is not None:
                head.extend(list(child))
            elif child.tag in ("head", "body"):
                if child.text and child.text.strip():
                    _append_text(body, child.text)
                body.extend(list(child))
            else:
                body.append(child)


def _append_text(parent: etree._Element, text: str) -> None:
    """Add ``text`` after the last thing ``parent`` holds."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def prune_huge(root: etree._Element) -> None:
    """Drop navigation from a huge page before the first pass.

    The first pass's link-density measures grow with the number of links; a page with
    100,000 of them would take minutes. Navigation elements and list items that are a
    single link are never article text.
    """
    doomed = [el for el in root.iter("nav", "aside", "footer", "form", "select")]
    for li in root.iter("li"):
        lone_link = len(li) == 1 and li[0].tag == "a" and not (li[0].tail or "").strip()
        if lone_link and not (li.text or "").strip():
            doomed.append(li)
    for el in doomed:
        if el.getparent() is not None:
            el.getparent().remove(el)
    log.info("huge page: %d navigation elements dropped before extraction", len(doomed))


def drop_code(root: etree._Element) -> None:
    """Delete scripts (but JSON-LD), styles, inline SVG, link menus (<nav>, <aside>), form
    controls, <noscript>, footers and what <head> holds but JSON-LD, once metadata has been
    read.

    The first pass deletes them too, after copying the tree up to three times and running
    its page-wide searches: on a news page they are half of its characters and many of its
    elements, so copying and walking the page costs less without them. JSON-LD stays: the
    first pass reads it (forum pages, articleBody). See :func:`_menu_like` for what stays.
    Controls and footers go only when they hold no paragraph (one left unclosed in broken
    markup holds the article). Dropping them and <head> makes extraction 4% faster; 15 of
    the 1,093 development pages change a little, scores do not (forum pages' "without"
    0.936 -> 0.941).
    """
    from trafilatura.xml import delete_element

    doomed = [
        el
        for el in root.iter("script", "style", "svg", "nav", "aside")
        if el.tag != "script" or (el.get("type") or "").lower() != "application/ld+json"
    ]
    # an unclosed <svg> in broken markup swallows what follows it: such a one stays
    doomed = [el for el in doomed if el.tag in ("script", "style") or _menu_like(el)]
    for el in doomed:
        delete_element(el)
    for el in [el for el in root.iter(*_CONTROLS) if el.find(".//p") is None]:
        delete_element(el)
    for head in root.findall("head"):  # nothing there is text; its tails are whitespace
        scripts = [el for el in head if el.tag == "script"]
        head.clear(keep_tail=True)
        head.extend(scripts)
    # ruby annotations (Japanese furigana, pinyin): the reading of the characters before
    # them, not words of the text ("子<rt>こ</rt>ども" is "子ども")
    for el in list(root.iter("rt", "rp")):
        delete_element(el)  # its tail is the text's
    for card in _hover_cards(root):
        delete_element(card)  # the sentence after it (its tail) stays
    for teasers in [el for el in root.iter("ul", "ol") if _teaser_cards(el)]:
        delete_element(teasers)


#: Elements the first pass deletes with all they hold (trafilatura's MANUALLY_CLEANED), and
#: that neither our stages nor its fallbacks read: form controls, <noscript> copies,
#: dialogs and footers. A third of a news page's elements sit in them, with its <nav>s.
_CONTROLS = (
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "noscript",
    "dialog",
    "fieldset",
    "footer",
)

#: Pop-up cards inside a sentence (a person's photo and latest stories shown on hover).
#: (Searched for in the tree, not the HTML text first: one XPath costs half as much as
#: looking for these four words in a page's 200,000 characters.)
_HOVER = (
    "[self::span or self::div][contains(@class, 'rollover') or contains(@class, 'hovercard') "
    "or contains(@class, 'popover') or contains(@class, 'tooltip')]"
)
#: Paragraphs first, then the cards in them: ``//p//*[…]`` merges one node set per
#: paragraph, which takes seconds on a page of 50,000 paragraphs.
_HOVER_PARAGRAPHS = etree.XPath(f"//p[descendant::*{_HOVER}]")
_HOVER_IN = etree.XPath(f"descendant::*{_HOVER}")


def _hover_cards(root: etree._Element) -> list[etree._Element]:
    """The innermost hover cards in paragraphs that hold an image, several links, or a
    link and a sentence (a glossary definition with "Learn more"): their text is glued
    into the sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley…")."""
    found: list[etree._Element] = []
    marked: set[etree._Element] = set()
    for p in _HOVER_PARAGRAPHS(root):
        for el in _HOVER_IN(p):
            if el not in marked:  # a paragraph nested in another is visited twice
                marked.add(el)
                found.append(el)
    return [
        el
        for el in found
        if not any(d in marked for d in el.iterdescendants())
        and (
            el.find(".//img") is not None
            or len(el.findall(".//a")) >= 2
            or (el.find(".//a") is not None and _unlinked_words(el) >= 4)
        )
    ]


def _unlinked_words(el: etree._Element) -> int:
    return count_words(element_text(el)) - link_words(el)


#: An element's text, concatenated in C (twice as fast as joining ``itertext()``).
element_text = etree.XPath("string()")


def link_words(el: etree._Element) -> int:
    """How many of the element's words are link text."""
    return sum(count_words(element_text(a)) for a in el.iter("a"))


def common_ancestor(els: list[etree._Element]) -> etree._Element | None:
    """The nearest element that holds all of ``els`` (and is none of them), or None."""
    rest = [set(el.iterancestors()) for el in els[1:]]
    return next((a for a in els[0].iterancestors() if all(a in r for r in rest)), None)


def _menu_like(el: etree._Element) -> bool:
    """Whether an <svg>, <nav> or <aside> is safe to drop: no paragraph, and (but for
    SVG) mostly link text. Broken markup can nest an article inside one left unclosed, and
    forums put posts in <aside>; those stay."""
    if el.find(".//p") is not None:
        return False
    if el.tag == "svg":
        return True
    text = len(element_text(el))
    links = sum(len(element_text(a)) for a in el.iter("a"))
    return text < 20 or links >= 0.5 * text


#: A list item of a teaser card holds a linked headline and a line or two, not more.
TEASER_ITEM_WORDS = 30


def _teaser_cards(lst: etree._Element) -> bool:
    """Whether a list is a row of teaser cards ("Our latest stories"): two or more items,
    each a short card whose headline (h2-h6) links to another article. A listicle's
    items have the same headlines but paragraphs under them, and stay."""
    items = [li for li in lst if li.tag == "li"]
    if len(items) < 2:
        return False
    for li in items:
        heads = [h for h in li.iter("h2", "h3", "h4", "h5", "h6") if h.find(".//a") is not None]
        if not heads or count_words(" ".join(li.itertext())) > TEASER_ITEM_WORDS:
            return False
    return True
