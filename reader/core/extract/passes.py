"""trafilatura's picks of one page's article (fast, full, recall pass), sharing their work.

Each pass of ``trafilatura.bare_extraction`` copies the tree, prunes it, cleans and
converts a second copy and runs its main extractor before it does anything that depends
on the pass. When the fast pass finds little and the full pass is asked for, that work is
already done: :class:`Passes` runs trafilatura's sequence (``trafilatura_sequence``, with
Kliping's options: no comments, no metadata) in steps and keeps what the passes share, so
the full pass costs only its own steps (readability's and justext's comparison, its own
fallbacks). The answers are those of ``bare_extraction``: the main extractor gives the
same result in both passes unless it falls back to "wild text" (the one step that reads
the ``fast`` option), and then the full pass is run whole. Should trafilatura's internals
move, each pass is ``bare_extraction`` again (the tests compare the two).
"""

from __future__ import annotations

import functools
import logging
from copy import copy, deepcopy
from typing import Any

from lxml import etree

from .walks import RAW_PRUNE_READ, raw_prune, walking

log = logging.getLogger(__name__)

#: The options of every pass: metadata is read once by ``meta.page_metadata``; "xml" skips
#: the plain-text rendering made for "python" output (the body is rendered by ``render``);
#: links off: trafilatura's link handling splits paragraphs and glues words
#: ("economy</ref>in"), and ``rerender_inline`` brings links back from the page itself.
OPTIONS: dict[str, Any] = {
    "with_metadata": False,
    "output_format": "xml",
    "include_comments": False,
    "include_tables": True,
    "include_formatting": True,
    "include_links": False,
    "include_images": False,
}

try:  # trafilatura's steps (private: the equivalence tests say when they change)
    from trafilatura import core as _core
    from trafilatura.baseline import baseline as _baseline
    from trafilatura.baseline import html2txt as _html2txt
    from trafilatura.external import compare_extraction as _compare
    from trafilatura.external import justext_rescue as _justext_rescue
    from trafilatura.htmlprocessing import prune_unwanted_nodes as _prune
    from trafilatura.main_extractor import extract_content as _extract_content
    from trafilatura.settings import Extractor as _Extractor
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    _STEPS = all(
        hasattr(_core, name)
        for name in (
            "_forum_thread_page",
            "_prepare_tree",
            "_recall_retry",
            "ESCALATION_MAX_LENGTH",
            "ESCALATION_PAGE_SHARE",
            "ESCALATION_ACCEPT_RATIO",
            "ESCALATION_JUSTEXT_RATIO",
        )
    )
except ImportError:  # pragma: no cover - another trafilatura: whole passes
    _STEPS = False

if _STEPS:
    #: Where ``Extractor`` keeps ``fast`` (a slot).
    _FAST_SLOT: Any = vars(_Extractor)["fast"]

    class _Watched(_Extractor):
        """trafilatura's options, noting whether a step read ``fast``."""

        __slots__ = ("fast_read",)

        @property
        def fast(self) -> bool:
            self.fast_read = True
            return bool(_FAST_SLOT.__get__(self))

        @fast.setter
        def fast(self, value: bool) -> None:
            _FAST_SLOT.__set__(self, value)


def bare_pass(root: etree._Element, url: str | None, **options: Any) -> etree._Element | None:
    """One whole pass of ``trafilatura.bare_extraction``: its body, or None."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(root, url=url, **OPTIONS, **options)
    body: etree._Element | None = doc.body if doc is not None else None
    return body


def _readability_pick(root: etree._Element) -> etree._Element | None:
    """readability's pick of ``root`` (on a copy), or None when it fails."""
    from trafilatura.external import try_readability

    try:
        body: etree._Element = try_readability(deepcopy(root))
    except Exception:  # third-party heuristics: a failure is "no candidate"
        log.debug("readability failed", exc_info=True)
        return None
    return body


def _extractor(url: str | None, fast: bool, recall: bool, cls: Any = None) -> Any:
    """The ``Extractor`` that ``bare_extraction`` builds for these options."""
    return (cls or _Extractor)(
        output_format="xml",
        fast=fast,
        recall=recall,
        comments=False,
        formatting=True,
        links=False,
        images=False,
        tables=True,
        url=url,
        with_metadata=False,
    )


class Passes:
    """trafilatura's passes over one page, which must not change while they run."""

    def __init__(self, root: etree._Element, url: str | None) -> None:
        self.root = root
        self.url = url
        self._tree: Any = None  # the pruned copy every pass starts from
        self._shared: Any = None  # (cleaned tree backup, main body, its text) or False
        self._page_chars: int | None = None
        self._retries: dict[bool, tuple[Any, str]] = {}  # recall runs, by their ``fast``
        self._baseline: tuple[Any, str, int] | None = None

    @functools.cached_property
    def _readability(self) -> etree._Element | None:
        return _readability_pick(self.root)

    def readability(self) -> etree._Element | None:
        """readability's pick of the whole page (the copy trafilatura bundles), or None; made
        once per page (undumping and the longer pick both weigh it), a copy each time."""
        body = self._readability
        return deepcopy(body) if body is not None else None

    def body(self, fast: bool = False, favor_recall: bool = False) -> etree._Element | None:
        """The body of the pass ``bare_extraction(root, fast=…, favor_recall=…)`` gives."""
        with walking():
            if not _STEPS:
                return bare_pass(self.root, self.url, fast=fast, favor_recall=favor_recall)
            try:
                return self._run(fast, favor_recall)
            except (TypeError, ValueError):  # what bare_extraction reads as "no result"
                log.debug("pass discarded", exc_info=True)
                return None

    def _start(self) -> Any:
        if self._tree is None:
            tree = copy(self.root)
            # comments off: the sequence prunes them from the raw tree, unless on a forum
            comments = not _core._forum_thread_page(tree)
            if RAW_PRUNE_READ:
                raw_prune(tree, comments)
            else:  # pragma: no cover - another trafilatura's expressions: its own prune
                tree = _prune(tree, RAW_TREE_PRUNE_XPATH)
                if comments:
                    tree = _prune(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
            self._tree = tree
        return self._tree

    def _run(self, fast: bool, recall: bool) -> etree._Element | None:
        tree = self._start()
        options = _extractor(self.url, fast, recall)
        if recall:
            body, text = self._retry(options)
        else:
            shared = self._main(fast)
            if shared is False:
                return bare_pass(self.root, self.url, fast=fast)
            backup, main, text = shared
            body = deepcopy(main)
            if not fast:
                body, text = _compare(backup, copy(tree), body, text, options)
        body, text = self._rescue(tree, options, body, text)
        return body if len(text) >= options.min_output_size else None

    def _main(self, fast: bool) -> Any:
        """The main extractor's body and text, shared by the fast and full passes (False
        when the full pass must run whole: the extractor read ``fast``)."""
        if self._shared is None:
            watched = _extractor(self.url, fast, False, _Watched)
            cleaned, backup = _core._prepare_tree(self._tree, watched, self.url)
            watched.fast_read = False
            body, text = _extract_content(cleaned, watched)
            self._shared = (backup, body, text, fast, watched.fast_read)
        backup, body, text, made_fast, fast_read = self._shared
        if fast_read and made_fast != fast:
            return False
        return backup, body, text

    def _retry(self, options: Any) -> tuple[Any, str]:
        """trafilatura's main extractor and comparison in recall mode: the recall pass and
        the full pass's escalation run the same one (a copy of its body each time)."""
        if options.fast not in self._retries:
            self._retries[options.fast] = _core._recall_retry(self._tree, options, self.url)
        body, text = self._retries[options.fast]
        return deepcopy(body), text

    def _rescue(self, tree: Any, options: Any, body: Any, text: str) -> tuple[Any, str]:
        """Stages 3 and 4 of ``trafilatura_sequence``: the baseline on the raw tree when
        the text is short, the recall escalation when it covers little of the page."""
        if len(text) < options.min_extracted_size and options.focus != "precision":
            if self._baseline is None:
                self._baseline = _baseline(tree)
            b_body, b_text, b_len = self._baseline
            if b_len > len(text):
                body, text = deepcopy(b_body), b_text
        if options.focus != "balanced" or not 0 < len(text) < _core.ESCALATION_MAX_LENGTH:
            return body, text
        if self._page_chars is None:
            self._page_chars = len(_html2txt(tree))
        if len(text) >= _core.ESCALATION_PAGE_SHARE * self._page_chars:
            return body, text
        r_options = copy(options)
        r_options.focus = "recall"
        r_text = j_text = ""
        try:
            r_body, r_text = self._retry(r_options)
        except Exception:  # as trafilatura: a failed retry is no candidate
            log.debug("recall retry failed", exc_info=True)
        if not options.fast:
            try:
                j_body, j_text = _justext_rescue(copy(tree), options)
            except Exception:  # as trafilatura: a failed justext is no candidate
                log.debug("justext candidate failed", exc_info=True)
        if len(j_text) > len(r_text) and len(j_text) > _core.ESCALATION_JUSTEXT_RATIO * len(text):
            return j_body, j_text
        if len(r_text) >= options.min_extracted_size and len(
            r_text
        ) > _core.ESCALATION_ACCEPT_RATIO * len(text):
            return r_body, r_text
        return body, text
