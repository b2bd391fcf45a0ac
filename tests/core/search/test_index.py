"""The search index: languages, query syntax, ranking, snippets, rebuild and locking."""

from __future__ import annotations

import dataclasses
import datetime
import gc
import json
import pathlib
import subprocess
import sys
import textwrap

import pytest

from reader.core.errors import LibraryBusyError
from reader.core.search import IndexDoc, SearchIndex

ROOT = pathlib.Path(__file__).resolve().parents[3]


def make_doc(
    doc_id: int, title: str, text: str, language: str | None = "en", **kw: object
) -> IndexDoc:
    values: dict[str, object] = {
        "id": doc_id,
        "title": title,
        "text": text,
        "authors": ["Ana Lima"],
        "site": "example.com",
        "tags": ["news"],
        "language": language,
        "url": f"https://www.example.com/{doc_id}",
        "saved": datetime.datetime(2025, 3, 1, 12, 0) + datetime.timedelta(hours=doc_id),
        "published": datetime.date(2025, 2, 1),
        "is_read": False,
        "is_favorite": False,
        "is_archived": False,
    }
    values.update(kw)
    return IndexDoc(**values)  # type: ignore[arg-type]


@pytest.fixture
def index(tmp_path: pathlib.Path) -> SearchIndex:
    ix = SearchIndex(tmp_path / "index")
    yield ix
    ix.close()


def ids(index: SearchIndex, query: str, **kw: object) -> list[int]:
    return [hit.id for hit in index.search(query, **kw).hits]  # type: ignore[arg-type]


# One article per language, found by a *different* inflected form of its key word.
LANGUAGE_CASES = [
    (
        "en",
        "Faster processors arrive",
        "The company is running new processors in every laptop.",
        "processor",
    ),
    (
        "id",
        "Prosesor baru",
        "Perusahaan itu meluncurkan prosesor untuk komputer rumah.",
        "diluncurkan",
    ),
    (
        "ru",
        "Новые процессоры",
        "Компания выпустила линейку процессоров для серверов.",
        "процессорами",
    ),
    ("de", "Neue Regierungen", "Die Regierungen der Länder beraten über das Gesetz.", "Regierung"),
    ("fr", "Les gouvernements", "Les gouvernements européens ont signé un accord.", "gouvernement"),
    ("es", "Computadoras nuevas", "Las computadoras portátiles bajaron de precio.", "computadora"),
    ("pt", "Computadores novos", "Os computadores portáteis ficaram mais baratos.", "computador"),
    ("it", "I governi", "I governi europei hanno firmato un accordo.", "governo"),
    ("nl", "Nieuwe regeringen", "De regeringen van Europa overleggen vandaag.", "regering"),
    ("sv", "Regeringens beslut", "Regeringens förslag möter kritik i riksdagen.", "regeringen"),
    ("tr", "Yeni bilgisayarlar", "Şirket yeni bilgisayarlar tanıttı.", "bilgisayarın"),
    ("zh", "操作系统发布", "这家公司今天发布了新的操作系统，适合家用电脑。", "操作系统"),
    ("ja", "東京の天気", "東京都の天気は明日から晴れる見込みです。", "東京都"),
    ("ko", "서울 날씨", "서울특별시의 날씨는 내일부터 맑겠습니다.", "서울특별시"),
]


@pytest.fixture
def multilingual(index: SearchIndex) -> SearchIndex:
    index.update(
        [
            make_doc(i + 1, title, text, lang)
            for i, (lang, title, text, _q) in enumerate(LANGUAGE_CASES)
        ]
    )
    return index


@pytest.mark.parametrize(("lang", "query"), [(case[0], case[3]) for case in LANGUAGE_CASES])
def test_an_inflected_form_finds_the_article_in_its_language(
    multilingual: SearchIndex, lang: str, query: str
) -> None:
    expected = next(i + 1 for i, case in enumerate(LANGUAGE_CASES) if case[0] == lang)
    # Related languages may share a stem (es "computadora", pt "computadores").
    assert expected in ids(multilingual, query)


def test_a_word_does_not_find_articles_in_other_languages(multilingual: SearchIndex) -> None:
    assert ids(multilingual, "prosesor") == [2]  # Indonesian only, not the English one
    assert ids(multilingual, "processors") == [1]


def test_language_is_detected_when_unknown(index: SearchIndex) -> None:
    text = "Компания выпустила новую линейку процессоров для серверов и рабочих станций."
    index.update([make_doc(1, "Процессоры", text, language=None)])
    assert ids(index, "процессорами") == [1]
    assert ids(index, "lang:ru") == [1]


def test_accents_and_case_are_folded(index: SearchIndex) -> None:
    index.update([make_doc(1, "Café culture", "The CAFÉ opened in Zürich.", "en")])
    assert ids(index, "cafe") == [1]
    assert ids(index, "zurich") == [1]


@pytest.fixture
def corpus(index: SearchIndex) -> SearchIndex:
    docs = [
            make_doc(1, "Faster processors", "Intel ships faster processors for laptops today.",
                     authors=["Ana Lima"], site="news.example.org", tags=["Hardware"],
                     saved=datetime.datetime(2024, 5, 1), published=datetime.date(2023, 12, 1),
                     is_read=True),
            make_doc(2, "Gardening", "Processors of tomatoes are faster than hand work in gardens.",
                     authors=["Bo Chen"], site="garden.example.net", tags=["home"],
                     saved=datetime.datetime(2025, 2, 10), published=datetime.date(2025, 2, 1),
                     is_favorite=True),
            make_doc(3, "Kernel news", "Linux kernel release adds support for new processors.",
                     authors=["Ana Lima"], site="lwn.example.com", tags=["linux", "hardware"],
                     saved=datetime.datetime(2025, 7, 3), published=None, is_archived=True),
    ]  # fmt: skip
    index.update([dataclasses.replace(d, url=f"https://{d.site}/{d.id}") for d in docs])
    return index


def test_all_words_must_match(corpus: SearchIndex) -> None:
    assert sorted(ids(corpus, "processors laptops")) == [1]
    assert sorted(ids(corpus, "processors")) == [1, 2, 3]


def test_or_and_not(corpus: SearchIndex) -> None:
    assert sorted(ids(corpus, "laptops OR gardens")) == [1, 2]
    assert sorted(ids(corpus, "processors -linux")) == [1, 2]
    assert sorted(ids(corpus, "processors NOT linux")) == [1, 2]
    assert sorted(ids(corpus, "(laptops OR gardens) faster")) == [1, 2]
    assert sorted(ids(corpus, "-linux")) == [1, 2]


def test_phrase_needs_the_words_together(corpus: SearchIndex) -> None:
    assert ids(corpus, '"faster processors"') == [1]
    assert sorted(ids(corpus, "faster processors")) == [1, 2]


def test_prefix_and_fuzzy(corpus: SearchIndex) -> None:
    assert sorted(ids(corpus, "garde*")) == [2]
    assert sorted(ids(corpus, "kernle~")) == [3]
    assert sorted(ids(corpus, "procesors~")) == [1, 2, 3]


def test_field_filters(corpus: SearchIndex) -> None:
    assert ids(corpus, "title:kernel") == [3]
    assert ids(corpus, "title:processors") == [1]
    assert sorted(ids(corpus, "author:lima")) == [1, 3]
    assert sorted(ids(corpus, 'author:"Ana Lima" processors')) == [1, 3]
    assert ids(corpus, "site:garden.example.net") == [2]
    assert sorted(ids(corpus, "site:example.com")) == [3]  # lwn.example.com
    assert sorted(ids(corpus, "tag:hardware")) == [1, 3]
    assert ids(corpus, "lang:en processors tag:linux") == [3]
    assert ids(corpus, "lang:fr") == []


def test_date_filters(corpus: SearchIndex) -> None:
    assert ids(corpus, "saved:2025-01..2025-06") == [2]
    assert sorted(ids(corpus, "saved:2025")) == [2, 3]
    assert ids(corpus, "saved:2024-05-01") == [1]
    assert ids(corpus, "published:>2024") == [2]
    assert ids(corpus, "published:<2024") == [1]
    assert sorted(ids(corpus, "saved:..2025-02 processors")) == [1, 2]


def test_flags(corpus: SearchIndex) -> None:
    assert sorted(ids(corpus, "is:unread")) == [2, 3]
    assert ids(corpus, "is:read") == [1]
    assert ids(corpus, "is:favorite") == [2]
    assert ids(corpus, "is:favourite") == [2]
    assert ids(corpus, "is:archived") == [3]
    assert sorted(ids(corpus, "processors -is:archived")) == [1, 2]


def test_unknown_flag_is_left_out_with_a_notice(corpus: SearchIndex) -> None:
    results = corpus.search("processors is:shiny")
    assert results.total == 3
    assert results.notice is not None and "is:shiny" in results.notice


def test_ranking_puts_the_best_match_first(index: SearchIndex) -> None:
    index.update(
        [
            make_doc(1, "Weather report", "A short note mentioning volcano once among "
                     "many other words about the weather, the rain, the sun and the wind."),
            make_doc(2, "Volcano erupts", "The volcano erupted overnight; volcano experts "
                     "say the volcano may erupt again."),
            make_doc(3, "Travel", "Trains, planes and a volcano tour in the brochure, with "
                     "hotels, beaches, museums, restaurants and markets listed in detail."),
        ]
    )  # fmt: skip
    assert ids(index, "volcano")[0] == 2


def test_equal_scores_put_newer_first_and_sorts_work(index: SearchIndex) -> None:
    old = datetime.datetime(2024, 1, 1)
    index.update(
        [
            make_doc(1, "Same", "identical words here", saved=old),
            make_doc(2, "Same", "identical words here", saved=old + datetime.timedelta(days=2)),
            make_doc(3, "Same", "identical words here", saved=old + datetime.timedelta(days=1)),
        ]
    )
    assert ids(index, "identical") == [2, 3, 1]
    assert ids(index, "identical", sort="newest") == [2, 3, 1]
    assert ids(index, "identical", sort="oldest") == [1, 3, 2]


def test_total_and_paging(index: SearchIndex) -> None:
    index.update([make_doc(i, f"Note {i}", "common word") for i in range(1, 26)])
    first = index.search("common", limit=10)
    second = index.search("common", limit=10, offset=10)
    assert first.total == second.total == 25
    assert len(first.hits) == len(second.hits) == 10
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_long_posting_lists_phrases_and_every_page(index: SearchIndex) -> None:
    # 700 articles: "harbour" in all of them (postings span several blocks), the
    # phrase "harbour crane" only in every seventh, "crane harbour" in the others.
    docs = [
        make_doc(
            i,
            f"Port log {i}",
            ("The harbour crane lifted cargo." if i % 7 == 0 else "A crane harbour pier.")
            + " filler" * (i % 13),
        )
        for i in range(1, 701)
    ]
    index.update(docs[:350])
    index.update(docs[350:])  # two segments
    index.delete([7, 700])
    phrase = index.search('"harbour crane"', limit=200)
    assert phrase.total == 98
    assert sorted(h.id for h in phrase.hits) == [i for i in range(14, 700, 7)]
    seen: set[int] = set()
    for page in range(0, 700, 50):
        results = index.search("harbour", limit=50, offset=page)
        assert results.total == 698
        seen.update(h.id for h in results.hits)
    assert seen == set(range(1, 701)) - {7, 700}
    unfilled = index.search("harbour NOT filler", limit=100)
    assert sorted(h.id for h in unfilled.hits) == list(range(13, 700, 13))
    # Equal scores: newer first, in the same order on every page size.
    assert ids(index, '"crane harbour"', limit=3) == ids(index, '"crane harbour"', limit=40)[:3]


SPECIALS = [*'"()*~:-+!^[]{}\\/&|?.,;@#$%=<>\'`',
    '"', '""', '"open', 'close"', "(", ")", "((a)", "a)", "OR", "NOT", "AND", "a OR", "OR a",
    "NOT", "a NOT", "-", "--a", "title:", ":a", "title:(", "saved:..", "saved:2025-13",
    "published:>", "is:", "~2", "a~9", "*a*", "a**", "\x00", "​", "   ", "",
]  # fmt: skip


@pytest.mark.parametrize("query", SPECIALS)
def test_malformed_queries_never_raise(corpus: SearchIndex, query: str) -> None:
    results = corpus.search(query)
    assert results.query == query
    assert results.total == len(results.hits) or results.total > len(results.hits)


def test_unbalanced_quote_falls_back_to_words(corpus: SearchIndex) -> None:
    results = corpus.search('"faster processors')
    assert sorted(h.id for h in results.hits) == [1, 2]
    assert results.notice is not None and "unbalanced quote" in results.notice


def test_unbalanced_parenthesis_falls_back_to_words(corpus: SearchIndex) -> None:
    results = corpus.search("(kernel linux")
    assert [h.id for h in results.hits] == [3]
    assert results.notice is not None


def test_snippets_mark_matches_and_escape_html(index: SearchIndex) -> None:
    text = "Intro words. <script>alert(1)</script> & the Processors run fast; more text follows."
    title = "<b>Processors</b> & co"
    index.update([make_doc(1, title, text)])
    hit = index.search("processor", text_of=lambda _id: text).hits[0]
    assert "<mark>Processors</mark>" in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html and "<script>" not in hit.snippet_html
    assert "&amp;" in hit.snippet_html
    assert "[Processors]" in hit.snippet_text and "<mark>" not in hit.snippet_text
    assert hit.title_html == "&lt;b&gt;<mark>Processors</mark>&lt;/b&gt; &amp; co"


def test_snippet_is_a_window_around_the_match(index: SearchIndex) -> None:
    text = ("filler " * 300) + "the rare zeppelin appears here " + ("filler " * 300)
    index.update([make_doc(1, "Long", text)])
    hit = index.search("zeppelin", text_of=lambda _id: text).hits[0]
    assert "<mark>zeppelin</mark>" in hit.snippet_html
    assert len(hit.snippet_text) < 300
    assert hit.snippet_text.startswith("…")


def test_cjk_snippet_marks_the_whole_word(multilingual: SearchIndex) -> None:
    text = LANGUAGE_CASES[11][2]
    hit = multilingual.search("操作系统", text_of=lambda _id: text).hits[0]
    assert "<mark>操作系统</mark>" in hit.snippet_html


def test_terms_and_marks_for_the_opened_article(index: SearchIndex) -> None:
    index.update([make_doc(1, "T", "Processors are running.")])
    results = index.search('processor "are running" -linux')
    assert results.terms == ["processor", "are running"]
    spans = index.marks("The processors are running.", results.terms, "en")
    assert [("The processors are running."[s:e]) for s, e in spans] == [
        "processors",
        "are",
        "running",
    ]


def test_update_replaces_and_delete_removes(index: SearchIndex) -> None:
    index.update([make_doc(1, "Old title", "alpha"), make_doc(2, "Other", "beta")])
    index.update([make_doc(1, "New title", "gamma")])
    assert ids(index, "alpha") == []
    assert ids(index, "gamma") == [1]
    index.delete([2, 99])
    assert index.doc_ids() == {1}


def test_rebuild_swaps_in_a_new_index(tmp_path: pathlib.Path, index: SearchIndex) -> None:
    index.update([make_doc(1, "Stale", "obsolete words")])
    seen: list[tuple[int, int]] = []
    docs = [make_doc(i, f"Fresh {i}", "renewed text") for i in range(2, 6)]
    index.rebuild(iter(docs), len(docs), lambda done, total: seen.append((done, total)))
    assert index.doc_ids() == {2, 3, 4, 5}
    assert ids(index, "obsolete") == []
    assert seen[-1] == (4, 4)
    assert leftovers(tmp_path) == ["index"]
    assert not index.needs_rebuild()


def test_a_changed_schema_version_asks_for_a_rebuild(tmp_path: pathlib.Path) -> None:
    first = SearchIndex(tmp_path / "index")
    first.update([make_doc(1, "T", "text")])
    first.close()
    with SearchIndex(tmp_path / "index") as again:
        assert not again.needs_rebuild()

    class Newer(SearchIndex):
        SCHEMA_VERSION = SearchIndex.SCHEMA_VERSION + 1

    newer = Newer(tmp_path / "index")
    assert newer.needs_rebuild()
    newer.rebuild(iter([make_doc(1, "T", "text")]), 1)
    assert not newer.needs_rebuild()
    newer.close()


# Whoosh leaks the file handle of a table of contents it cannot read.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_an_unreadable_index_asks_for_a_rebuild(tmp_path: pathlib.Path) -> None:
    SearchIndex(tmp_path / "index").close()
    for toc in (tmp_path / "index").glob("_MAIN_*.toc"):
        toc.write_bytes(b"garbage")
    broken = SearchIndex(tmp_path / "index")
    gc.collect()  # let the leaked handle's warning fire here, not in the next test
    assert broken.needs_rebuild()
    broken.rebuild(iter([make_doc(1, "T", "recovered")]), 1)
    assert ids(broken, "recovered") == [1]
    broken.close()


HOLD_LOCK = textwrap.dedent(
    """
    import pathlib, sys
    from reader.core.search import SearchIndex
    ix = SearchIndex(pathlib.Path(sys.argv[1]))
    writer = ix._index().writer()
    print("locked", flush=True)
    sys.stdin.read()
    """
)


def test_another_process_holding_the_writer_gives_busy(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "index"
    SearchIndex(folder).close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            index = SearchIndex(folder, lock_timeout=0.2)
            with pytest.raises(LibraryBusyError, match="another Kliping"):
                index.update([make_doc(1, "T", "text")])
            with pytest.raises(LibraryBusyError):
                index.rebuild(iter([]), 0)
            assert index.search("text").total == 0  # reading still works
            index.close()
        finally:
            child.kill()


KILLED_WRITER = textwrap.dedent(
    """
    import datetime, os, pathlib, signal, sys
    sys.path.insert(0, sys.argv[2])
    from tests.core.test_search import make_doc
    from reader.core.search import SearchIndex
    ix = SearchIndex(pathlib.Path(sys.argv[1]))
    writer = ix._index().writer()
    for i in range(100, 150):
        writer.add_document(id=str(i), body_en="half written")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_writer_killed_mid_way_leaves_a_usable_index(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "index"
    index = SearchIndex(folder)
    index.update([make_doc(1, "Kept", "committed words")])
    index.close()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(folder), str(ROOT)], cwd=ROOT)
    reopened = SearchIndex(folder, lock_timeout=0.5)
    assert not reopened.needs_rebuild()
    assert ids(reopened, "committed") == [1]
    assert ids(reopened, "half") == []
    reopened.update([make_doc(2, "Next", "more words")])  # the dead writer's lock is gone
    assert reopened.doc_ids() == {1, 2}
    reopened.close()


def test_index_doc_is_a_plain_dataclass() -> None:
    doc = make_doc(1, "T", "x")
    assert json.loads(json.dumps(dataclasses.asdict(doc), default=str))["id"] == 1


def leftovers(folder: pathlib.Path) -> list[str]:
    """What is beside the index, less the rebuild lock file that always sits there."""
    return sorted(p.name for p in folder.iterdir() if p.name != "index.swap")


def test_a_swap_interrupted_by_a_crash_is_undone_at_open(tmp_path: pathlib.Path) -> None:
    with SearchIndex(tmp_path / "index") as first:
        first.update([make_doc(1, "Kept", "survivor text")])
    (tmp_path / "index").rename(tmp_path / "index.old")  # crashed between the two renames
    with SearchIndex(tmp_path / "index") as reopened:
        assert ids(reopened, "survivor") == [1]
    assert leftovers(tmp_path) == ["index"]


def test_a_rebuild_killed_mid_way_is_cleared_at_open(tmp_path: pathlib.Path) -> None:
    SearchIndex(tmp_path / "index").close()
    (tmp_path / "index.new").mkdir()  # what a killed rebuild leaves
    SearchIndex(tmp_path / "index").close()
    assert leftovers(tmp_path) == ["index"]


def test_counted_file_positions_write_the_same_postings(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The postings writer counts bytes instead of asking the OS for the position;
    # any write that bypassed the count would corrupt every later term's offsets.
    from reader.core.search import codec

    docs = [
        make_doc(i, f"Title {i}", f"harbour crane w{i % 50} v{i % 70} {i} " * (i % 9 + 1))
        for i in range(1, 301)
    ]

    def build(folder: pathlib.Path) -> bytes:
        with SearchIndex(folder) as ix:
            ix.rebuild(iter(docs), len(docs))
        # postings, and the term table that holds each term's offset into them
        return b"".join(p.read_bytes() for p in sorted(folder.glob("*.[pt][sr][tm]")))

    counted = build(tmp_path / "counted")
    monkeypatch.setattr(codec, "_count_position", lambda structfile: None)
    asked = build(tmp_path / "asked")
    assert counted == asked and len(counted) > 20_000
