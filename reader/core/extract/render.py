"""Clean display HTML: the first pass's blocks in a safe subset, plus the page's figures.

The first pass (trafilatura) gives the article's blocks as its own small XML (``p``,
``head``, ``list``/``item``, ``quote``, ``code``, ``table``/``row``/``cell``, ``hi``,
``ref``, ``lb``). :func:`blocks_from_body` turns each into a :class:`Block` holding safe
HTML and the same words as plain text, so ``Article.html`` and ``Article.text`` always say
the same thing. Figures come from the original page (see :mod:`reader.core.extract.figures`).
"""

from __future__ import annotations

import html as htmlmod
import logging
import re
from copy import deepcopy
from urllib.parse import urljoin, urlsplit

from lxml import etree

from reader.core.extract.blocks import Block
from reader.core.extract.lexicon import RE_UI_LABEL
from reader.core.extract.parse import element_text

log = logging.getLogger(__name__)

_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}


def norm(text: str | None) -> str:
    """Collapse whitespace."""
    # str.split() splits on exactly the characters \s matches, and is faster than re.sub
    return " ".join(text.split()) if text else ""


def absolute(link: str | None, base: str | None) -> str | None:
    """Make ``link`` absolute against ``base``; None for unusable or unsafe links."""
    if not link:
        return None
    link = link.strip()
    if not link or link.startswith("#"):
        return None
    try:
        full = urljoin(base, link) if base else link
        scheme = urlsplit(full).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https", "mailto"):
        return None
    return full


_BOLD = {"b", "strong"}
_ITALIC = {"i", "em", "cite", "dfn"}
_SKIP = {"script", "style", "noscript", "iframe", "form", "button", "input", "select", "textarea",
         "svg", "canvas", "object", "embed", "video", "audio", "template", "title", "meta",
         "link", "graphic", "img", "figure", "picture", "source", "figcaption"}  # fmt: skip
_LINE_BREAKS = {"p", "div", "li", "item", "tr", "row", "h1", "h2", "h3", "h4", "h5", "h6", "head"}


class _Inline:
    """Renders inline markup (trafilatura's or plain HTML) to safe HTML and text in one walk."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.html: list[str] = []
        self.text: list[str] = []
        self.link_chars = 0
        self.length = 0

    def put(self, s: str) -> None:
        self.html.append(htmlmod.escape(s, quote=False))
        self.text.append(s)
        self.length += len(s)

    def walk(self, el: etree._Element, depth: int = 0) -> None:
        if el.text:
            self.put(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.child(child, depth + 1)
            if child.tail:
                self.put(child.tail)

    def _in_page(self, el: etree._Element, href: str | None) -> bool:
        """Whether link ``el`` (made absolute: ``href``) leads to a place on this page."""
        raw = str((el.get("target") if el.tag == "ref" else el.get("href")) or "").strip()
        if raw.startswith("#"):
            return True
        if not href or not self.base:
            return False
        return href.partition("#")[0] == self.base.partition("#")[0]

    def child(self, el: etree._Element, depth: int) -> None:
        tag = el.tag
        if tag in _SKIP:
            return
        if depth > 60:  # hostile nesting: keep the words, drop the markup
            self.put(" ".join(el.itertext()))
            return
        if tag in ("lb", "br"):
            self.html.append("<br>")
            self.text.append("\n")
            return
        wrap = ""
        if tag == "hi":
            rend = el.get("rend", "")
            wrap = "strong" if "b" in rend else "em" if "i" in rend else ""
        elif tag in _BOLD:
            wrap = "strong"
        elif tag in _ITALIC:
            wrap = "em"
        elif tag == "code":
            wrap = "code"
        if tag in ("ref", "a"):
            # trafilatura's <ref> keeps the address in "target"; in page HTML "target" is
            # the window to open (target="_blank"), never the address
            href = absolute(el.get("target") if tag == "ref" else el.get("href"), self.base)
            start = self.length
            if href:
                self.html.append(f'<a href="{htmlmod.escape(href)}">')
            self.walk(el, depth)
            if href:
                self.html.append("</a>")
            if not self._in_page(el, href):
                # a link that leads elsewhere: one to a place on this page (a subtitle that
                # is its section's anchor) makes no teaser of the text
                self.link_chars += self.length - start
            return
        if tag in _LINE_BREAKS and self.length:
            self.html.append("<br>")
            self.text.append("\n")
        if wrap:
            self.html.append(f"<{wrap}>")
        self.walk(el, depth)
        if wrap:
            self.html.append(f"</{wrap}>")


_BLANK_LINES = re.compile(r"\n{2,}")
_EDGE_BREAKS = re.compile(r"^(?:\s|<br>)+|(?:\s|<br>)+$")
_REPEATED_BREAKS = re.compile(r"(?:<br>\s*){2,}")
_EMPTY_WRAP = re.compile(r"<(strong|em|code)>(\s*)</\1>")


def _finish(r: _Inline) -> tuple[str, str, int]:
    # each clean-up runs only when its pattern can match: most blocks are plain paragraphs,
    # and this runs for every paragraph, list item and table cell
    raw = "".join(r.text)
    if "\n" in raw:
        text = "\n".join(norm(line) for line in raw.split("\n"))
        text = _BLANK_LINES.sub("\n", text).strip()
    else:
        text = norm(raw)
    html = "".join(r.html)
    if (
        html[:1].isspace()
        or html[-1:].isspace()
        or html.startswith("<br>")
        or html.endswith("<br>")
    ):
        html = _EDGE_BREAKS.sub("", html)
    if "<br>" in html:
        html = _REPEATED_BREAKS.sub("<br>", html)
    if "</" in html:
        html = _EMPTY_WRAP.sub(r"\2", html)
    return html, text, r.link_chars


def _inline(el: etree._Element, base: str | None) -> tuple[str, str, int]:
    r = _Inline(base)
    r.walk(el)
    return _finish(r)


def _list_block(el: etree._Element, base: str | None, depth: int = 0) -> Block:
    tag = "ol" if el.get("rend", "") in ("ol", "dl") or el.tag == "ol" else "ul"
    parts, texts, items = [], [], []
    links = 0
    for item in el:
        if item.tag not in ("item", "li"):
            continue
        nested = [c for c in item if c.tag in ("list", "ul", "ol")]
        r = _Inline(base)
        if item.text:
            r.put(item.text)
        for c in item:
            if c not in nested and isinstance(c.tag, str):
                r.child(c, 1)
            if c.tail:
                r.put(c.tail)
        h, t, lc = _finish(r)
        sub = [_list_block(c, base, depth + 1) for c in nested] if depth < 8 else []
        inner = h + "".join(s.html for s in sub if s.text)
        if not inner:
            continue
        parts.append(f"<li>{inner}</li>")
        texts.append("\n".join([t, *(s.text for s in sub if s.text)]).strip())
        items.append(t)
        links += lc + sum(s.link_chars for s in sub)
    return Block(tag, f"<{tag}>{''.join(parts)}</{tag}>", "\n".join(texts), links, items=items)


def _table_block(el: etree._Element, base: str | None) -> Block:
    rows, texts = [], []
    for row in el.iter("row", "tr"):
        cells, ctext = [], []
        for cell in row:
            if cell.tag not in ("cell", "td", "th"):
                continue
            h, t, _ = _inline(cell, base)
            tag = "th" if cell.get("role") == "head" or cell.tag == "th" else "td"
            cells.append(f"<{tag}>{h}</{tag}>")
            ctext.append(t.replace("\n", " "))
        if cells and any(ctext):
            rows.append(f"<tr>{''.join(cells)}</tr>")
            texts.append("\t".join(ctext))
    return Block("table", f"<table>{''.join(rows)}</table>", "\n".join(texts))


def _own_cells(table: etree._Element) -> list[etree._Element]:
    """The cells of ``table``, in order, not those of a table nested in one."""
    return [
        c for c in table.iter("cell", "td", "th") if next(c.iterancestors("table"), None) is table
    ]


#: A cell holding this many paragraphs, headings or lists makes its table a layout table.
LAYOUT_CELL_BLOCKS = 3


def _is_layout_table(table: etree._Element) -> bool:
    """Whether ``table`` lays out a page rather than holding data: one cell holds most of
    its text, in paragraphs and headings (old templates put the whole post in one)."""
    total = len(element_text(table))
    for cell in _own_cells(table):
        blocks = sum(1 for c in cell if c.tag in _BLOCK_TAGS)
        if blocks >= LAYOUT_CELL_BLOCKS and len(element_text(cell)) * 3 >= total * 2:
            return True
    return False


_HEAD_TAGS = {"head", "h1", "h2", "h3", "h4", "h5", "h6"}
_CONTAINERS = {"div", "section", "article", "main", "body", "span", "font", "center",
               "header", "footer", "aside", "details", "summary", "dl", "dt", "dd", "doc",
               "tbody"}  # fmt: skip
_BLOCK_TAGS = {"p", "list", "ul", "ol", "quote", "blockquote", "code", "pre", "table", *_HEAD_TAGS}


class _Builder:
    """Walks a body (trafilatura XML or a fallback's HTML) into blocks, tails included."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.blocks: list[Block] = []
        self.pending = _Inline(base)

    def flush(self) -> None:
        h, t, lc = _finish(self.pending)
        if t:
            self.blocks.append(Block("p", f"<p>{h}</p>", t, lc))
        self.pending = _Inline(self.base)

    def add(self, block: Block) -> None:
        self.flush()
        if block.text.strip():
            self.blocks.append(block)

    def container(self, el: etree._Element, depth: int = 0) -> None:
        if el.text and el.text.strip():
            self.pending.put(el.text)
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIP:
                self.element(child, depth + 1)
            if child.tail and child.tail.strip():
                self.pending.put(child.tail)
            elif child.tail and self.pending.length:
                self.pending.put(" ")

    def element(self, el: etree._Element, depth: int) -> None:
        tag = el.tag
        if tag == "p":
            self.flush()
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el) and depth < 50:
                self.container(el, depth)
                self.flush()
            else:
                self.add(Block("p", *self._p(el)))
        elif tag in _HEAD_TAGS:
            level = _HEADINGS.get(el.get("rend", "h2") if tag == "head" else tag, "h3")
            h, t, lc = _inline(el, self.base)
            self.add(Block(level, f"<{level}>{h}</{level}>", t, lc))
        elif tag in ("list", "ul", "ol"):
            self.add(_list_block(el, self.base))
        elif tag in ("quote", "blockquote"):
            h, t, lc = _inline(el, self.base)
            self.add(Block("blockquote", f"<blockquote><p>{h}</p></blockquote>", t, lc))
        elif tag in ("code", "pre") and (tag == "pre" or "\n" in "".join(el.itertext()).strip()):
            t = "".join(el.itertext()).strip("\n")
            code = htmlmod.escape(t, quote=False)
            self.add(Block("pre", f"<pre><code>{code}</code></pre>", t))
        elif tag == "table" and depth < 50 and _is_layout_table(el):
            # a page laid out in a table: its cells hold the article's paragraphs
            self.flush()
            for cell in _own_cells(el):
                self.container(cell, depth + 1)
                self.flush()
        elif tag == "table":
            self.add(_table_block(el, self.base))
        elif (
            tag in _CONTAINERS
            and depth < 50
            and any(
                isinstance(c.tag, str) and (c.tag in _BLOCK_TAGS or c.tag in _CONTAINERS)
                for c in el
            )
        ):
            self.flush()
            self.container(el, depth)
            self.flush()
        elif tag in _CONTAINERS and tag not in ("span", "font"):
            self.flush()
            self.add(Block("p", *self._p(el)))
        else:  # inline markup between blocks joins the pending paragraph
            self.pending.child(el, 1)

    def _p(self, el: etree._Element) -> tuple[str, str, int]:
        h, t, lc = _inline(el, self.base)
        return f"<p>{h}</p>", t, lc


def blocks_from_body(body: etree._Element, base: str | None) -> list[Block]:
    """Turn the first pass's body into display blocks (safe HTML + the same plain text)."""
    b = _Builder(base)
    b.container(body)
    b.flush()
    return b.blocks


def rerender_inline(
    blocks: list[Block], elements: dict[int, etree._Element], base: str | None
) -> None:
    """Give paragraphs their links and emphasis back from the original page.

    The first pass runs without links (its link handling splits paragraphs and glues words);
    where a paragraph's original element has exactly the same words, its inline markup is
    rendered from the original instead.
    """
    for b in blocks:
        el = elements.get(b.pos)
        if el is None:
            continue
        if b.kind in ("ul", "ol"):
            parent = el.getparent() if el.tag == "li" else None
            if parent is not None and parent.tag in ("ul", "ol"):
                nb = _list_block(parent, base)
                if norm(nb.text) == norm(b.text):
                    b.html, b.text, b.link_chars, b.items = (
                        nb.html,
                        nb.text,
                        nb.link_chars,
                        nb.items,
                    )
            continue
        if b.kind != "p" or next(el.iter("a", "em", "i", "strong", "b"), None) is None:
            continue
        h, t, lc = _inline(el, base)
        if norm(t) == norm(b.text):
            b.html, b.text, b.link_chars = f"<p>{h}</p>", t, lc
            jump = _leading_jump_link(el)
            if jump is not None:  # "JUMP TO THE LIST ⤵ The moving process …"
                h, t, lc = _inline(_without(el, jump), base)
                if t:
                    b.html, b.text, b.link_chars = f"<p>{h}</p>", t, lc


def _leading_jump_link(el: etree._Element) -> etree._Element | None:
    """The link to a place on the same page ("Jump to the list", "Skip to recipe") that
    opens paragraph ``el``: a button of the page, not a word of the sentence."""
    if len(el) == 0 or (el.text and el.text.strip()):
        return None
    first = el[0]
    if first.tag != "a" or not str(first.get("href") or "").startswith("#"):
        return None
    label = norm("".join(first.itertext())).lower()
    return first if label and RE_UI_LABEL.match(label) else None


def _without(el: etree._Element, child: etree._Element) -> etree._Element:
    """A copy of ``el``'s content without ``child`` (whose tail text stays), for rendering."""
    copy = etree.Element(el.tag)
    copy.text = (el.text or "") + (child.tail or "")
    for c in el:
        if c is not child:
            copy.append(deepcopy(c))
    return copy
