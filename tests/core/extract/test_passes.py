"""trafilatura's passes run in steps that share their work give what whole passes give."""

from __future__ import annotations

import pytest
from extract_kit import NAMES, PAGES
from lxml import etree

from reader.core.extract import passes as passes_module
from reader.core.extract import walks
from reader.core.extract.parse import drop_code, parse
from reader.core.extract.passes import Passes, bare_pass

MODES = ({"fast": True}, {}, {"favor_recall": True})

#: A page whose main extractor finds too little and falls back to wild text (the one step
#: that reads trafilatura's ``fast`` option): the full pass cannot reuse the fast one's work.
SHORT = (
    "<html><body><div class='teaser'><p>Only a short note: the library opens at nine on "
    "Saturday.</p></div><p>Bring your card.</p></body></html>"
)


def _root(html: str | bytes) -> etree._Element:
    root = parse(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    assert root is not None
    drop_code(root)
    return root


def _xml(body: etree._Element | None) -> str | None:
    return None if body is None else etree.tostring(body, encoding="unicode")


@pytest.mark.parametrize("name", NAMES)
def test_every_pass_gives_what_the_whole_pass_gives(name: str) -> None:
    root = _root((PAGES / f"{name}.html").read_bytes())
    url = f"https://example.org/{name}.html"
    shared = Passes(root, url)
    for mode in MODES:
        assert _xml(shared.body(**mode)) == _xml(bare_pass(root, url, **mode)), mode


def test_a_page_the_main_extractor_misses_gets_the_whole_full_pass() -> None:
    root = _root(SHORT)
    shared = Passes(root, None)
    for mode in MODES:
        assert _xml(shared.body(**mode)) == _xml(bare_pass(root, None, **mode)), mode


def test_the_full_pass_after_the_fast_one_runs_the_main_extractor_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The work the two passes share is done once (trafilatura's main extractor is most
    of a pass's time); whole passes would run it twice."""
    from trafilatura import core

    calls = []
    real = core.extract_content

    def counted(tree: object, options: object) -> object:
        calls.append(options)
        return real(tree, options)

    monkeypatch.setattr(core, "extract_content", counted)
    monkeypatch.setattr(passes_module, "_extract_content", counted)
    root = _root((PAGES / f"{NAMES[0]}.html").read_bytes())
    shared = Passes(root, None)
    fast, full = shared.body(fast=True), shared.body()
    assert fast is not None and full is not None
    assert len(calls) == 1


#: Boxes trafilatura's raw-tree prune deletes and boxes beside them it keeps: appended
#: articles of an infinite scroll (with and without the headline), share buttons, comment
#: boxes by id and class, lists of comments and a commentary.
PRUNED = """<html><body>
<div id="main"><h1>Headline</h1><p>The story starts here and goes on.</p>tail one
<div class="infinite-scroll"><h2>Next story</h2><p>Appended text.</p></div>tail two
<section id="infinitescroll-x"><h1>Own headline</h1><p>Kept: it holds an h1.</p></section>
<aside class="mvp-post-add-box"><h1>Appended</h1><p>Gone although it holds an h1.</p></aside>
<div class="elementor-share-buttons x"><a href="/s">Share</a></div>tail three
<div id="comments"><p>A comment.</p><div class="comment-body"><p>Nested.</p></div></div>
<section class="Comment-list"><p>Another comment.</p></section>tail four
<div class="commentary"><p>Kept: a commentary is an article.</p></div>
<div class="post-comments"><p>Gone.</p></div><details id="comol-1"><p>Gone.</p></details>
<ul class="comments"><li>A listed comment.</li></ul><ol id="dsq-comments"><li>Kept: a
list named only in the id's longer form.</li></ol><ul id="disqus_thread"><li>Kept.</li></ul>
<ol id="comment-list"><li>Gone.</li></ol><p class="comments">Kept: not a box.</p>
</div></body></html>"""


def _pruned(root: etree._Element, comments: bool, fast: bool) -> str:
    from copy import copy

    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    tree = copy(root)
    if fast:
        walks.raw_prune(tree, comments)
    else:
        tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
        if comments:
            tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    return etree.tostring(tree, encoding="unicode")


@pytest.mark.parametrize("comments", [True, False])
def test_the_raw_tree_prune_deletes_what_trafilaturas_expressions_select(comments: bool) -> None:
    """The walk that stands in for trafilatura's raw-tree expressions (a tenth of their
    time) leaves the tree they leave: the same boxes gone, their tails kept in place."""
    assert walks.RAW_PRUNE_READ, "trafilatura's raw-tree expressions changed"
    root = _root(PRUNED)
    fast = _pruned(root, comments, fast=True)
    assert fast == _pruned(root, comments, fast=False)
    assert "Appended text" not in fast and "Gone although" not in fast and "Share" not in fast
    assert "Own headline" in fast and "commentary is an article" in fast
    assert "tail one" in fast and "tail two" in fast and "tail three" in fast
    assert ("A comment." in fast) is not comments and ("A listed comment" in fast) is not comments
    for page in NAMES:
        root = _root((PAGES / f"{page}.html").read_bytes())
        assert _pruned(root, comments, fast=True) == _pruned(root, comments, fast=False), page
