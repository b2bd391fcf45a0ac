"""The article's figures, found in the original page, and where they go between blocks.

The first pass drops most figures, so they are taken from the page itself: the blocks are
located in the page (by the start of their text), the smallest element holding them is the
article's region, and the images in that region (or just before it, within two levels, e.g.
a lead photo above the body) become figures, unless they are chrome: tracking pixels,
logos, avatars, share icons, teaser thumbnails linking elsewhere, anything in nav/aside/
footer. Captions keep their words without the photo credit.
"""

from __future__ import annotations

import html as htmlmod
import logging
import re
from collections.abc import Iterable

from lxml import etree

from reader.core.extract.blocks import Block
from reader.core.extract.chrome import strip_credit
from reader.core.extract.render import absolute, norm

log = logging.getLogger(__name__)

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


def _head_text(el: etree._Element, limit: int = 120) -> str:
    """The first characters of an element's text, without reading all of it."""
    parts: list[str] = []
    size = 0
    for t in el.itertext():
        parts.append(t)
        size += len(t)
        if size >= limit:
            break
    return "".join(parts)


def index_page(root: etree._Element) -> tuple[dict[etree._Element, int], dict[str, etree._Element]]:
    """Number the page's elements in document order and index text blocks by their start."""
    pos = {el: i for i, el in enumerate(root.iter())}
    starts: dict[str, etree._Element] = {}
    # iter(*tags) filters in C, and pos keeps every element's proxy alive, so this second
    # walk costs little
    for el in root.iter(*_MATCH_TAGS):
        if el.tag == "div" and any(c.tag in _BLOCKISH for c in el):
            continue
        # the first text alone decides the key when it has the key's 48 characters
        first = norm(el.text)
        k = first[:48].lower() if len(first) >= 48 else _key(_head_text(el))
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
    figures = list(figures)
    captions = {f.text.lower() for f in figures if f.text}
    # the first pass sometimes keeps a caption as a paragraph: the figure carries it now
    kept = [b for b in blocks if not (b.kind == "p" and b.text.lower() in captions)]
    return insert_in_page_order(kept, figures)


def insert_in_page_order(blocks: list[Block], extra: Iterable[Block]) -> list[Block]:
    """Put each of ``extra`` before the first of ``blocks`` that follows it in the page."""
    out = list(blocks)
    for block in sorted(extra, key=lambda b: b.pos):
        idx = len(out)
        for i, b in enumerate(out):
            if b.pos > block.pos:
                idx = i
                break
        out.insert(idx, block)
    return out


#: Embedded social posts the article quotes (the first pass drops them as widgets).
_EMBED_CLASS = re.compile(r"\b(?:twitter-tweet|bluesky-embed|mastodon-embed)\b")


def page_embeds(
    root: etree._Element,
    found: list[etree._Element],
    pos: dict[etree._Element, int],
    blocks: list[Block],
) -> list[Block]:
    """The social posts embedded between the article's first and last located blocks, as
    block quotes with ``pos`` set: the post's text and its attribution line ("— Name
    (@handle) date"), which the story quotes. Posts already among ``blocks`` are skipped."""
    if not found:
        return []
    first, last = min(pos[e] for e in found), max(pos[e] for e in found)
    have: str | None = None
    embeds: list[Block] = []
    for quote in root.iter("blockquote"):
        p = pos.get(quote, -1)
        if not first < p < last or not _EMBED_CLASS.search(quote.get("class") or ""):
            continue
        if have is None:  # most pages embed no post: the text is joined only when one does
            have = " ".join(norm(b.text) for b in blocks)
        paragraphs: list[str] = []
        rest: list[str] = [quote.text or ""]
        for child in quote:
            if child.tag == "p":
                paragraphs.append(norm(_spaced_text(child)))
            else:
                rest.append(_spaced_text(child))
            rest.append(child.tail or "")
        paragraphs = [t for t in paragraphs if t]
        attribution = norm(" ".join(rest))
        lines = [*paragraphs, attribution] if attribution else paragraphs
        if not lines or lines[0] in have:
            continue
        body = "".join(f"<p>{htmlmod.escape(t, quote=False)}</p>" for t in lines)
        text = "\n".join(lines)
        embeds.append(Block("blockquote", f"<blockquote>{body}</blockquote>", text, pos=p))
    return embeds


def _spaced_text(el: etree._Element) -> str:
    """The element's text with a space where a ``<br>`` breaks the line."""
    parts: list[str] = []
    for event, e in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            parts.append(" " if e.tag == "br" else e.text or "")
        elif e is not el:
            parts.append(e.tail or "")
    return "".join(parts)
