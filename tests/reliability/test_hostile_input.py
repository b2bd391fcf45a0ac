"""Random and mutated input for the cleaner and the importers' parsers.

``extract()`` promises never to raise; that promise is kept by a catch-all that logs
"extraction failed", so these tests also fail when the catch-all fires: a swallowed
exception is still a bug. The importers may refuse a file only with ImportExportError.
How long each input takes is measured by tests/bench/reliability.py, not asserted here.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from data.exports import builders
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_kit import mutate, mutated_pages

from reader.core.errors import ImportExportError
from reader.core.extract import Article, extract
from reader.core.extract.pipeline import FAILED_REASON
from reader.core.importers import detect_format, read_entries
from reader.core.importers.archive import Archive

pytestmark = pytest.mark.reliability

FUZZ_SEED = 6


@pytest.fixture
def no_swallowed_bug(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail if extract()'s catch-all logged an exception."""
    with caplog.at_level(logging.ERROR, logger="reader.core.extract"):
        yield
    bugs = [r for r in caplog.records if r.name.startswith("reader.core.extract") and r.exc_info]
    assert not bugs, f"extract() swallowed {bugs[0].exc_info[1]!r}"  # type: ignore[index]


def _check(article: Article) -> None:
    assert isinstance(article, Article)
    assert article.text or article.reason
    # extract()'s catch-all turns a bug into this reason: still a bug (see FAILED_REASON)
    assert not (article.reason or "").startswith(FAILED_REASON), article.reason
    assert "<script" not in article.html.lower()


def test_the_check_fails_when_extract_swallowed_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.extract import pipeline

    def broken(html: object, url: object) -> Article:
        raise RuntimeError("a bug in a cleaning stage")

    monkeypatch.setattr(pipeline, "_extract", broken)
    article = extract("<html><body><p>Some prose.</p></body></html>")
    assert article.reason and not article.text  # the catch-all kept its promise...
    with pytest.raises(AssertionError):
        _check(article)  # ...and the check still calls it a bug


def test_mutated_fixture_pages(no_swallowed_bug: None) -> None:
    """Flipped bytes, cuts, splices and hostile snippets in every real test page."""
    count = 0
    for name, data in mutated_pages(FUZZ_SEED, 40):
        _check(extract(data, url=f"https://example.org/{name}"))
        count += 1
    assert count == 40


JUNK = st.sampled_from(
    ["<div>", "</div>", "<p>", "<table>", "<td>", "<!--", "-->", "<![CDATA[", "<script>",
     "</script>", "<svg>", "<math>", "&amp", "&#0;", "&#x10FFFF;", "<img src=x>", "\x00",
     "\ufeff", "\u202e", "<meta charset=utf-7>", "<html lang=zz>", "<title>", "<h1>", "<br>"]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(JUNK, st.text(max_size=80)), max_size=60))
def test_random_markup(pieces: list[str]) -> None:
    html = "".join(pieces)
    _check(extract(html, url="https://example.org/a/b"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.integers(0, 10))
def test_random_bytes_inside_a_real_page(junk: bytes, where: int) -> None:
    page = (
        Path(__file__).parents[1] / "data" / "pages" / "en-harbourledger-solar.html"
    ).read_bytes()
    cut = len(page) * where // 10
    _check(extract(page[:cut] + junk + page[cut:], url="https://example.org/"))


def test_deep_nesting_and_broken_bytes(no_swallowed_bug: None) -> None:
    deep = "<html><body>" + "<div>" * 100_000 + "<p>Deep inside.</p>" + "</div>" * 100_000
    _check(extract(deep))
    _check(extract("<p>" + "<b><i>" * 50_000 + "text"))
    broken = (
        b"<html><head><meta charset=utf-8></head><body><p>Caf\xc3\xa9 \xff\xfe\xc3( "
        + b"words and more words " * 30
        + b"</p>"
    )
    article = extract(broken)
    _check(article)
    assert "Café" in article.text


# -- importers ---------------------------------------------------------------------------


def _exports(folder: Path) -> dict[str, Path]:
    samples = builders.odd_samples(lambda p: f"https://example.org{p}")
    for s in samples:
        s.content = (
            "<div><p>Kept content, with <b>markup</b> and an image <img src='/a.png'></p></div>"
        )
    urls = [s.url for s in samples]
    return {
        "pocket.zip": builders.pocket_zip(folder / "pocket.zip", samples),
        "ril_export.html": builders.pocket_html(folder / "ril_export.html", samples),
        "instapaper.csv": builders.instapaper_csv(folder / "instapaper.csv", samples),
        "omnivore.zip": builders.omnivore_zip(folder / "omnivore.zip", samples),
        "wallabag.json": builders.wallabag_json(folder / "wallabag.json", samples),
        "bookmarks.html": builders.bookmarks_html(folder / "bookmarks.html", {"Toolbar": samples}),
        "urls.txt": builders.url_list(folder / "urls.txt", urls),
    }


def parse_export(path: Path) -> int:
    """What an import does before saving anything; only ImportExportError may escape."""
    try:
        fmt = detect_format(path)
        archive = None if fmt == "html-files" else Archive(path)
        try:
            return len(read_entries(path, fmt, archive))
        finally:
            if archive is not None:
                archive.close()
    except ImportExportError as exc:
        assert "\n" not in str(exc).strip(), str(exc)
        return -1


def _mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Mutate the members of a ZIP (so the parsers see them), not only its bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, mutate(body, rng) if rng.random() < 0.7 else body)
    return out.getvalue()


def test_mutated_exports_are_parsed_or_refused_cleanly(tmp_path: Path) -> None:
    rng = random.Random(FUZZ_SEED)
    (tmp_path / "orig").mkdir()
    originals = _exports(tmp_path / "orig")
    for name, path in originals.items():
        assert parse_export(path) > 0, name  # the unmutated exports parse
    fuzzed = tmp_path / "fuzzed"
    fuzzed.mkdir()
    outcomes = {"parsed": 0, "refused": 0}
    for i in range(80):
        name, path = rng.choice(sorted(originals.items()))
        data = path.read_bytes()
        if name.endswith(".zip") and rng.random() < 0.6:
            data = _mutate_zip(data, rng)
        else:
            data = mutate(data, rng)
        target = fuzzed / f"{i}-{name}"
        target.write_bytes(data)
        outcomes["parsed" if parse_export(target) >= 0 else "refused"] += 1
    assert outcomes["parsed"] and outcomes["refused"], outcomes


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
KEYS = st.sampled_from(
    ["url", "title", "tags", "is_archived", "is_starred", "created_at", "content", "format",
     "articles", "version", "saved_at", "highlights", "entries", "given_url", "time_added"]
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        JSON,
        st.lists(st.dictionaries(KEYS, JSON, max_size=8), max_size=5),
        st.fixed_dictionaries({"format": st.just("kliping"), "version": JSON,
                               "articles": st.lists(st.dictionaries(KEYS, JSON), max_size=4)}),
    )
)  # fmt: skip
def test_random_json_exports(tmp_path_factory: pytest.TempPathFactory, value: object) -> None:
    path = tmp_path_factory.mktemp("json") / "export.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    parse_export(path)


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


HEADERS = st.sampled_from(
    [["URL", "Title", "Selection", "Folder", "Timestamp", "Tags"],
     ["title", "url", "time_added", "tags", "status"],
     ["url", "folder"], ["Title", "Selection"]]
)  # fmt: skip
CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["https://example.org/a", "javascript:x", "", "1700000000", "-1", "1e309",
                     "[]", '["a", 1]', "Unread", "Archive", "Starred", "a|b|c", "\x00"]),
)  # fmt: skip
Make = Callable[[list[str], list[list[str]]], str]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(HEADERS, st.lists(st.lists(CELL, max_size=7), max_size=6))
def test_random_csv_exports(
    tmp_path_factory: pytest.TempPathFactory, header: list[str], rows: list[list[str]]
) -> None:
    path = tmp_path_factory.mktemp("csv") / "export.csv"
    path.write_text(_csv(header, rows), encoding="utf-8")
    parse_export(path)
