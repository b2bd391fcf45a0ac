"""Every special character of the search syntax, alone and unbalanced: never a traceback.

Through ``Library.search`` on a library with articles (so the query reaches the index)
and through the real ``kliping search``. A query that cannot be read as written gives
results for its words and a notice, or a SearchError with one line; never anything else.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_kit import Cli, serve_article

from reader.core.errors import SearchError
from reader.core.library import Library

pytestmark = pytest.mark.reliability

#: The syntax: quotes, grouping, negation, prefix and fuzzy marks, fields, ranges.
SPECIALS = ['"', "(", ")", "-", "*", "~", ":", "..", ">", "<", ">=", "<=", "\\", "'", "+",
            "^", "?", "[", "]", "{", "}", "!", "/", "&", "|", "=", ",", "."]  # fmt: skip
OPERATORS = ["OR", "AND", "NOT", "or", "not"]
FIELDS = ["title:", "author:", "by:", "site:", "tag:", "tags:", "lang:", "language:", "is:",
          "saved:", "published:", "unknown:", "title:(", "saved:..", "published:>",
          "saved:2025-13-45", "published:<=x", "is:nonsense", "lang:zz-ZZ"]  # fmt: skip


def hostile_queries() -> list[str]:
    """Each special alone, doubled, unbalanced and glued to a word; the operators dangling."""
    queries = [""]
    for s in [*SPECIALS, *OPERATORS, *FIELDS]:
        queries += [s, s * 2, s * 3, f"{s}solar", f"solar{s}", f"solar {s}", f"{s} solar {s}",
                    f'"{s}', f"({s}", f"{s})", f"title:{s}"]  # fmt: skip
    queries += [
        '"unbalanced', "(unbalanced", "unbalanced)", "((((((((solar", "solar))))))))",
        '"a" "b" "', "OR OR OR", "NOT", "- - -", "solar OR", "OR solar", "(OR)", "()",
        "*", "**", "~~2", "solar~99", "solar~-1", "s*o*l*a*r", "*solar", "x" * 5000,
        "(" * 500 + "solar", "NOT " * 1200 + "solar", '"' * 501, "title:" * 200, "\x00",
        "\u202e solar", "🙂*",
        "saved:2025-01..2025-06..2025-09", "published:>>2024", "tag:\"", "site:(",
    ]  # fmt: skip
    return list(dict.fromkeys(queries))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    try:
        from tests.httpserver import LoopbackServer
    except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
        from httpserver import LoopbackServer  # type: ignore[no-redef]

    folder = tmp_path_factory.mktemp("queries") / "lib"
    with LoopbackServer() as server, Library.open(folder) as lib:
        for n in range(4):
            lib.save_url(serve_article(server, n))
    lib = Library.open(folder)
    yield lib
    lib.close()


def _search(lib: Library, query: str) -> None:
    try:
        res = lib.search(query, limit=5)
    except SearchError as exc:  # allowed: one line a person can act on
        assert "\n" not in str(exc) and str(exc).strip()
        return
    assert res.query == query
    assert res.total >= len(res.hits)
    assert all(isinstance(h.id, int) for h in res.hits)


def test_every_special_character_alone_and_unbalanced(library: Library) -> None:
    queries = hostile_queries()
    assert len(queries) > 500
    for query in queries:
        _search(library, query)


def test_pairs_of_specials(library: Library) -> None:
    rng = random.Random(6)
    pairs = list(itertools.product(SPECIALS + OPERATORS, repeat=2))
    for a, b in rng.sample(pairs, 300):
        _search(library, f"{a}solar{b} {b}{a}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.one_of(st.sampled_from(SPECIALS + OPERATORS + FIELDS), st.text(max_size=8)),
                max_size=12))  # fmt: skip
def test_random_queries(library: Library, parts: list[str]) -> None:
    _search(library, " ".join(parts) if len(parts) % 2 else "".join(parts))


def test_the_real_command_never_shows_a_traceback(http_server, tmp_path: Path) -> None:
    cli = Cli(tmp_path, tmp_path / "lib")
    assert cli.run("add", serve_article(http_server, 1)).returncode == 0
    # One process per query is slow: a sample of the worst ones.
    for query in ['"', "(", ")", "-", "*", "~", "title:", "saved:..", "NOT",
                  '"unbalanced ((solar) OR']:  # fmt: skip
        result = cli.run("search", "--", query)
        assert result.returncode in (0, 1), (query, result.stderr)
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, query
        if result.returncode == 1:
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
