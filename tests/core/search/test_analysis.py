"""The index's analyzers: the indexing fast path must store what Whoosh's own would."""

from __future__ import annotations

import pytest
from whoosh.formats import Characters

from reader.core.search.analysis import CJKAnalyzer, FastCharacters, WordAnalyzer

TEXTS = [
    "The processors are running; processors again, Café straße.",
    "操作系统是计算机 Linux 内核。日本語のテキスト、かな。",
    "한국어 문장 테스트 abc 123",
    "系",
    "",
]


@pytest.mark.parametrize("analyzer", [WordAnalyzer("en"), WordAnalyzer("xx"), CJKAnalyzer()])
@pytest.mark.parametrize("text", TEXTS)
def test_fast_postings_equal_whooshs(analyzer: WordAnalyzer | CJKAnalyzer, text: str) -> None:
    # Positions and offsets decide phrase matches and where snippets mark words.
    fast, plain = FastCharacters(), Characters()
    packed = {
        term: (freq, fast.decode_characters(v))
        for term, freq, _, v in fast.word_values(text, analyzer)
    }
    pickled = {
        term: (freq, plain.decode_characters(v))
        for term, freq, _, v in plain.word_values(text, analyzer)
    }
    assert packed == pickled
    for term, (freq, triples) in packed.items():
        value = dict((t, v) for t, _, _, v in fast.word_values(text, analyzer))[term]
        assert fast.decode_positions(value) == [p for p, _, _ in triples]
        assert fast.decode_frequency(value) == freq == len(triples)
