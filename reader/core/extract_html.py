"""Clean display HTML: the first pass's blocks in a safe subset, plus the page's figures.

The first pass (trafilatura) gives the article's blocks as its own small XML (``p``,
``head``, ``list``/``item``, ``quote``, ``code``, ``table``/``row``/``cell``, ``hi``,
``ref``, ``lb``). :func:`blocks_from_body` turns each into a :class:`Block` holding safe
HTML and the same words as plain text, so ``Article.html`` and ``Article.text`` always say
the same thing. Figures are not trusted to the first pass (it drops most of them):
:func:`page_figures` finds the images of the article's region in the original page, with
their captions (photo credits removed), and :func:`place_figures` puts them back in page
order between the blocks.
"""

from __future__ import annotations

import html as htmlmod
import logging
import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from reader.core.extract_chrome import Block, strip_credit

log = logging.getLogger(__name__)

_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
_CHROME_HINT = re.compile(
    r"related|share|social|author|avatar|widget|sidebar|promo|advert|\bads?\b|ad-|-ad\b|logo|"
    r"icon|comment|newsletter|footer|\bnav|menu|breadcrumb|sponsor|teaser|"
    r"recommend|popular|most-?read|banner|subscribe|profile|byline|emoji|badge|rating",
    re.I,
)
_PIXEL_HINT = re.compile(
    r"pixel|tracking|beacon|analytics|doubleclick|/ads?/|spacer|blank\.gif", re.I
)
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|source|author|byline|caption-by", re.I)
_WS = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Collapse whitespace."""
    return _WS.sub(" ", text or "").strip()


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


class _Inline:
    """Renders trafilatura inline markup to safe HTML and plain text in one walk."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.html: list[str] = []
        self.text: list[str] = []
        self.link_chars = 0

    def walk(self, el: etree._Element, depth: int = 0) -> None:
        if el.text:
            self._put(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                if child.tail:
                    self._put(child.tail)
                continue
            self.child(child, depth + 1)
            if child.tail:
                self._put(child.tail)

    def _put(self, s: str, link: bool = False) -> None:
        self.html.append(htmlmod.escape(s, quote=False))
        self.text.append(s)

    def child(self, el: etree._Element, depth: int) -> None:
        tag = el.tag
        if depth > 60:  # hostile nesting: keep the words, drop the markup
            self._put(" ".join(el.itertext()))
            return
        if tag == "lb":
            self.html.append("<br>")
            self.text.append("\n")
        elif tag == "hi":
            rend = el.get("rend", "")
            wrap = "strong" if "b" in rend else "em" if "i" in rend else ""
            if wrap:
                self.html.append(f"<{wrap}>")
            self.walk(el, depth)
            if wrap:
                self.html.append(f"</{wrap}>")
        elif tag == "ref":
            href = absolute(el.get("target"), self.base)
            start = sum(len(t) for t in self.text)
            if href:
                self.html.append(f'<a href="{htmlmod.escape(href)}">')
            self.walk(el, depth)
            if href:
                self.html.append("</a>")
            self.link_chars += sum(len(t) for t in self.text) - start
        else:  # unknown inline markup: keep its words
            self.walk(el, depth)


def _inline(el: etree._Element, base: str | None) -> tuple[str, str, int]:
    r = _Inline(base)
    r.walk(el)
    text = "\n".join(norm(line) for line in "".join(r.text).split("\n"))
    return "".join(r.html).strip(), text.strip(), r.link_chars


def _list_block(el: etree._Element, base: str | None, depth: int = 0) -> Block:
    tag = "ol" if el.get("rend", "") in ("ol", "dl") else "ul"
    parts, texts, items = [], [], []
    links = 0
    for item in el:
        if item.tag != "item":
            continue
        nested = [c for c in item if c.tag == "list"]
        for c in nested:
            item.remove(c)
        h, t, lc = _inline(item, base)
        sub = [_list_block(c, base, depth + 1) for c in nested] if depth < 8 else []
        inner = h + "".join(s.html for s in sub)
        if not inner:
            continue
        parts.append(f"<li>{inner}</li>")
        texts.append("\n".join([t, *(s.text for s in sub)]).strip())
        items.append(t)
        links += lc + sum(s.link_chars for s in sub)
    return Block(tag, f"<{tag}>{''.join(parts)}</{tag}>", "\n".join(texts), links, items=items)


def _table_block(el: etree._Element, base: str | None) -> Block:
    rows, texts = [], []
    for row in el.iter("row"):
        cells, ctext = [], []
        for cell in row:
            if cell.tag != "cell":
                continue
            h, t, _ = _inline(cell, base)
            tag = "th" if cell.get("role") == "head" else "td"
            cells.append(f"<{tag}>{h}</{tag}>")
            ctext.append(t)
        if cells:
            rows.append(f"<tr>{''.join(cells)}</tr>")
            texts.append("\t".join(ctext))
    return Block("table", f"<table>{''.join(rows)}</table>", "\n".join(texts))


def blocks_from_body(body: etree._Element, base: str | None) -> list[Block]:
    """Turn trafilatura's body XML into display blocks (safe HTML + the same plain text)."""
    blocks: list[Block] = []
    for el in body:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "p" or tag == "div":
            h, t, lc = _inline(el, base)
            if t:
                blocks.append(Block("p", f"<p>{h}</p>", t, lc))
        elif tag == "head":
            level = _HEADINGS.get(el.get("rend", "h2"), "h3")
            h, t, lc = _inline(el, base)
            if t:
                blocks.append(Block(level, f"<{level}>{h}</{level}>", t, lc))
        elif tag == "list":
            b = _list_block(el, base)
            if b.text:
                blocks.append(b)
        elif tag == "quote":
            h, t, lc = _inline(el, base)
            if t:
                blocks.append(Block("blockquote", f"<blockquote><p>{h}</p></blockquote>", t, lc))
        elif tag == "code":
            t = "".join(el.itertext()).strip("\n")
            if t.strip():
                code = htmlmod.escape(t, quote=False)
                blocks.append(Block("pre", f"<pre><code>{code}</code></pre>", t))
        elif tag == "table":
            b = _table_block(el, base)
            if b.text.strip():
                blocks.append(b)
        elif tag == "graphic":
            continue  # figures come from the original page (see page_figures)
        else:
            h, t, lc = _inline(el, base)
            if t:
                blocks.append(Block("p", f"<p>{h}</p>", t, lc))
    return blocks


# --- locating blocks and figures in the original page -----------------------------------

_MATCH_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "dd",
    "div",
}
_BLOCKISH = {
    "p",
    "div",
    "section",
    "article",
    "ul",
    "ol",
    "table",
    "blockquote",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
    "li",
}


def _key(text: str) -> str:
    return norm(text)[:48].lower()


def index_page(root: etree._Element) -> tuple[dict[etree._Element, int], dict[str, etree._Element]]:
    """Number the page's elements in document order and index text blocks by their start."""
    pos: dict[etree._Element, int] = {}
    starts: dict[str, etree._Element] = {}
    for i, el in enumerate(root.iter()):
        pos[el] = i
        tag = el.tag
        if tag not in _MATCH_TAGS or not isinstance(tag, str):
            continue
        if tag == "div" and any(isinstance(c.tag, str) and c.tag in _BLOCKISH for c in el):
            continue
        k = _key(el.text_content()) if len(el) < 200 else ""
        if len(k) >= 12 and k not in starts:
            starts[k] = el
    return pos, starts


def locate(
    blocks: list[Block], pos: dict[etree._Element, int], starts: dict[str, etree._Element]
) -> list[etree._Element]:
    """Set each block's ``pos`` from the page element it came from; return those elements."""
    found = []
    for b in blocks:
        el = starts.get(_key(b.text))
        if el is not None:
            b.pos = pos[el]
            found.append(el)
    return found


def _last_pos(el: etree._Element, pos: dict[etree._Element, int]) -> int:
    d = el
    while len(d):
        d = d[-1]
    return pos.get(d, pos.get(el, 0))


def _region(found: list[etree._Element], pos: dict[etree._Element, int]) -> etree._Element | None:
    """The smallest element holding all located blocks."""
    if not found:
        return None
    first, last = min(found, key=pos.__getitem__), max(found, key=pos.__getitem__)
    end = pos[last]
    for anc in [first, *first.iterancestors()]:
        if _last_pos(anc, pos) >= end:
            return anc
    return None


def _img_src(img: etree._Element) -> str | None:
    for attr in ("src", "data-src", "data-lazy-src", "data-original", "data-url"):
        v = img.get(attr)
        if v and not v.startswith("data:"):
            return str(v)
    srcset = img.get("srcset") or img.get("data-srcset")
    if srcset:
        return srcset.split(",")[0].strip().split(" ")[0] or None
    return None


def _is_chrome_img(img: etree._Element, src: str, stop: etree._Element) -> bool:
    for attr in ("width", "height"):
        v = img.get(attr, "")
        if v.isdigit() and int(v) <= 3:
            return True
    if _PIXEL_HINT.search(src) or "display:none" in (img.get("style") or "").replace(" ", ""):
        return True
    for anc in [img, *img.iterancestors()]:
        if anc is stop:
            break
        if anc.tag in ("nav", "aside", "footer", "form", "noscript"):
            return True
        hint = f"{anc.get('class', '')} {anc.get('id', '')}"
        if hint.strip() and _CHROME_HINT.search(hint):
            return True
        if anc.tag == "a" and norm(anc.text_content()):
            return True  # a teaser: image plus a headline linking elsewhere
    return False


def _caption(img: etree._Element) -> str:
    for anc in [img, *img.iterancestors()][:5]:
        if anc.tag == "figure" or "caption" in (anc.get("class") or ""):
            caps = anc.findall(".//figcaption") or [
                c
                for c in anc.iter()
                if isinstance(c.tag, str)
                and c is not anc
                and "caption" in (c.get("class") or "")
                and c.tag != "img"
            ]
            for cap in caps[:1]:
                parts = []
                for node in cap.iter():
                    if node is not cap and _CREDIT_CLASS.search(node.get("class") or ""):
                        continue
                    if node.text and not _skipped(node, cap):
                        parts.append(node.text)
                    if node is not cap and node.tail and not _skipped(node.getparent(), cap):
                        parts.append(node.tail)
                return strip_credit(norm(" ".join(parts)))
            return ""
    return ""


def _skipped(node: etree._Element | None, cap: etree._Element) -> bool:
    while node is not None and node is not cap:
        if _CREDIT_CLASS.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


def page_figures(
    root: etree._Element,
    found: list[etree._Element],
    pos: dict[etree._Element, int],
    base: str | None,
) -> list[Block]:
    """Find the article's figures in the original page, as blocks with ``pos`` set."""
    region = _region(found, pos)
    if region is None:
        return []
    last = max(pos[e] for e in found)
    scopes: list[tuple[etree._Element, bool]] = [(region, True)]
    anc = region.getparent()
    for _ in range(2):
        if anc is None or anc.tag in ("body", "html"):
            break
        scopes.append((anc, False))
        anc = anc.getparent()
    outer = scopes[-1][0]
    r_start, r_end = pos[region], _last_pos(region, pos)
    figures: list[Block] = []
    seen: set[str] = set()
    for img in outer.iter("img"):
        p = pos.get(img, -1)
        inner = r_start <= p <= r_end
        if not inner and p > last:
            continue
        src = _img_src(img)
        url = absolute(src, base)
        if not url or url in seen or url.startswith("mailto"):
            continue
        if _is_chrome_img(img, src or "", outer):
            continue
        seen.add(url)
        cap = _caption(img)
        alt = norm(img.get("alt"))
        img_html = f'<img src="{htmlmod.escape(url)}" alt="{htmlmod.escape(alt)}">'
        cap_html = f"<figcaption>{htmlmod.escape(cap, quote=False)}</figcaption>" if cap else ""
        figures.append(
            Block("figure", f"<figure>{img_html}{cap_html}</figure>", cap, pos=p, items=[url])
        )
    return figures


def place_figures(blocks: list[Block], figures: Iterable[Block]) -> list[Block]:
    """Insert figures before the first block that follows them in the page."""
    out = list(blocks)
    captions = {f.text.lower() for f in figures if f.text}
    # the first pass sometimes keeps a caption as a paragraph: the figure carries it now
    out = [b for b in out if not (b.kind == "p" and b.text.lower() in captions)]
    for fig in sorted(figures, key=lambda f: f.pos):
        idx = len(out)
        for i, b in enumerate(out):
            if b.pos > fig.pos:
                idx = i
                break
        out.insert(idx, fig)
    return out
