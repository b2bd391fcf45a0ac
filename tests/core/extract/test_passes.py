"""trafilatura's passes run in steps that share their work give what whole passes give."""

from __future__ import annotations

import pytest
from extract_kit import NAMES, PAGES
from lxml import etree

from reader.core.extract import passes as passes_module
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
