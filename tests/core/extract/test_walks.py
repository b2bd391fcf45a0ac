"""The walks that read trafilatura's regex-testing expressions (the section discard, the
body picks) select what the expressions select, and only Kliping's passes use them."""

from __future__ import annotations

import pytest
from extract_kit import NAMES, PAGES
from lxml import etree

from reader.core.extract import walks
from reader.core.extract.parse import drop_code, parse

#: Every condition of the two expressions, on elements that meet it and on neighbours that
#: just miss it: a class before or after the id (XPath reads the first of ``@id|@class``),
#: a role written "Navigation", hidden styles, an aria-hidden element with no other
#: attribute, comment titles, boxes named in both attributes and in neither.
PAGE = """<html><body><div id="page">
<div class="cookie-box" id="x1"><p>Consent, class first.</p></div>
<div id="x2" class="cookie-box"><p>Kept: the id comes first and names no cookie.</p></div>
<section id="cookie-notice" class="x"><p>Consent by its id.</p></section>
<span role="Navigation">Menu</span><p role="main">Kept: a main role.</p>
<div data-lp-replacement-content="1">Swapped in.</div>
<div data-component="MostPopularStories-x">Popular</div>
<div id="share-bar">Share</div><div class="social-links">Follow</div>
<div class="post-meta">By someone</div><div class="metamorphosis-story"><p>Named meta.</p></div>
<article class="sidebar"><p>Kept: an article is not one of the section tags.</p></article>
<p class="lead">Kept: a plain paragraph with a plain class.</p>
<h2 class="comments-title">3 comments</h2><h3 id="reply-title" class="x">Reply</h3>
<p class="reply-box">Reply box</p>
<h3 class="x" id="reply-title-2">Kept: the class comes first and is no reply.</h3>
<b id="hidden-field">Hidden by id</b>
<b style="color: red" id="hiddenish">Kept: the style comes first.</b>
<i style="display:none">None</i><i style="display: none">None again</i>
<em aria-hidden="true">Icon</em><em aria-hidden="false">Kept: not hidden.</em>
<div id="akismet-form">Spam check</div><div class="x noprint">Print only</div>
<div class="commentsX">Kept: no comment class pattern.</div>
<div class="TeaserBox"><p>A teaser.</p></div><div id="x-TEASER">Kept: only T is folded.</div>
<span id="photo-caption">A caption.</span><figure class="caption">Kept: a figure.</figure>
</div></body></html>"""


def _root(html: str | bytes) -> etree._Element:
    root = parse(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    assert root is not None
    drop_code(root)
    return root


#: Body boxes of each kind the main extractor looks for, nested and side by side: its
#: first expression takes each parent's first article-body child, the others the first in
#: the page.
BODIES = """<html><body><div id="page">
<div class="wrap"><div class="post-content x"><p>First body.</p>
<div itemprop="articleBody"><p>Nested body.</p></div></div>
<section class="entry"><p>Second body, beside the first.</p></section></div>
<div id="articleContent"><p>Another parent's body.</p></div>
<article role="article" class="Fulltext-x"><p>Story.</p></article>
<main id="mainContent"><div class="page-Content"><p>Content.</p></div></main>
<div class="story-body"><p>A story body.</p></div>
</div></body></html>"""


def _expressions(name: str = "OVERALL_DISCARD_XPATH") -> list[walks._Either]:
    from trafilatura import main_extractor

    found = [e for e in getattr(main_extractor, name) if isinstance(e, walks._Either)]
    assert walks.READ == {
        "OVERALL_DISCARD_XPATH": 2,
        "TEASER_DISCARD_XPATH": 1,
        "DISCARD_IMAGE_ELEMENTS": 1,
        "BODY_XPATH": 3,
    }, "trafilatura's expressions changed shape"
    return found


def _texts(found: list[etree._Element]) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in found]


def test_the_walks_select_what_trafilaturas_section_discard_selects() -> None:
    root = _root(PAGE)
    for expression in [e for name in walks.READ for e in _expressions(name)]:
        assert list(expression.walk(root)) == expression.xpath(root), expression.path[:40]
    sections, hidden = (_texts(list(e.walk(root))) for e in _expressions())
    assert sections == [
        "Consent, class first.",
        "Consent by its id.",
        "Menu",
        "Swapped in.",
        "Popular",
        "Share",
        "Follow",
        "By someone",
        "Named meta.",
    ]
    assert hidden == [
        "3 comments",
        "Reply",
        "Reply box",
        "Hidden by id",
        "None",
        "None again",
        "Icon",
        "Spam check",
        "Print only",
    ]
    teasers, captions = (
        _texts(e.walk(root))
        for name in ("TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS")
        for e in _expressions(name)
    )
    assert teasers == ["A teaser."] and captions == ["A caption."]
    for name in NAMES:
        root = _root((PAGES / f"{name}.html").read_bytes())
        for expression in [e for name in walks.READ for e in _expressions(name)]:
            assert list(expression.walk(root)) == expression.xpath(root), name


def test_the_walks_pick_the_body_boxes_trafilaturas_expressions_pick() -> None:
    root = _root(BODIES)
    picks = [list(e.walk(root)) for e in _expressions("BODY_XPATH")]
    assert picks == [e.xpath(root) for e in _expressions("BODY_XPATH")]
    articles, stories, contents = ([t[:14] for t in _texts(p)] for p in picks)
    assert articles == ["First body. Ne", "Nested body.", "Another parent"]
    assert stories == ["Story."]
    assert contents == ["Content."]


def test_only_klipings_passes_read_the_discard_by_the_walks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Anyone else calling trafilatura in the same process (the benchmark's yardstick)
    runs its expressions as shipped; Kliping's passes run the walks (and give what
    trafilatura's whole pass gives: ``test_every_pass_gives_what_the_whole_pass_gives``)."""
    import trafilatura

    from reader.core.extract.passes import Passes

    walked: list[int] = []
    for expression in _expressions():
        real = expression.walk

        def noted(tree: etree._Element, real: object = real) -> list[etree._Element]:
            walked.append(1)
            return real(tree)  # type: ignore[operator, no-any-return]

        monkeypatch.setattr(expression, "walk", noted)
    html = (PAGES / f"{NAMES[0]}.html").read_text("utf-8")
    assert trafilatura.extract(html)
    assert walked == []
    assert Passes(_root(html), None).body() is not None
    assert walked
    walked.clear()
    with walks.walking():
        _expressions()[0](_root(PAGE))
    assert walked == [1]
    _expressions()[0](_root(PAGE))
    assert walked == [1]


def test_expressions_of_another_shape_are_run_as_they_are() -> None:
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH

    shape, make = walks._PLANS["OVERALL_DISCARD_XPATH"][1]  # type: ignore[misc]
    assert walks.walk_for(OVERALL_DISCARD_XPATH[1], shape, make) is not None
    changed = etree.XPath(
        OVERALL_DISCARD_XPATH[1].path.replace("@aria-hidden", "@hidden"),
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )
    assert walks.walk_for(changed, shape, make) is None
    everything = etree.XPath(
        OVERALL_DISCARD_XPATH[1].path.replace("'reader-comments|akismet'", "'x?'"),
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )
    assert walks.walk_for(everything, shape, make) is None
    assert walks.read_patterns(".//*[re:test(@id, 'a|b')]", ".//*[re:test(@id, '{}')]") == ["a|b"]
    assert walks.read_patterns(".//*[re:test(@class, 'a')]", ".//*[re:test(@id, '{}')]") is None
