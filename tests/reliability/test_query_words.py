"""``kliping search harbour -council``: a word starting with ``-`` is the query's, not an
option of the command line (issue 21, item 14); other commands keep their options."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from article_kit import article_page
from reliability_kit import Cli

try:
    from tests.httpserver import LoopbackServer
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from httpserver import LoopbackServer  # type: ignore[no-redef]

pytestmark = pytest.mark.reliability

_BOTH = "<p>The zeppelin flew over the quokka reserve while the crowd watched from the hill.</p>"
_ONE = "<p>The zeppelin landed beside the old station after a long night over the sea.</p>"


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    """One library for the module: searching does not change it."""
    tmp = tmp_path_factory.mktemp("query-words")
    cli = Cli(tmp, tmp / "lib")
    with LoopbackServer() as server:
        for path, title, body in (
            ("/a/1", "Over the reserve", _BOTH),
            ("/a/2", "Night flight", _ONE),
        ):
            added = cli.run("add", server.set(path, article_page(title, body=body)))
            assert added.returncode == 0, added.stderr
    yield cli


def _titles(cli: Cli, *args: str) -> list[str]:
    result = cli.run("search", "--json", *args)
    assert result.returncode == 0, result.stderr
    return [hit["title"] for hit in json.loads(result.stdout)["hits"]]


@pytest.mark.parametrize(
    "words",
    [
        ["zeppelin", "-quokka"],
        ["-quokka", "zeppelin"],
        ["zeppelin", "--limit", "5", "-quokka"],
        ["zeppelin -quokka"],  # one quoted argument, as before
        ["--", "zeppelin", "-quokka"],  # argparse's way keeps working
    ],
)
def test_a_word_with_a_minus_reaches_the_query(cli: Cli, words: list[str]) -> None:
    assert _titles(cli, *words) == ["Night flight"]


def test_words_that_look_like_short_options_are_words(cli: Cli) -> None:
    # "-hill" starts like -h (help) and "-verbatim" like -v (verbose): both are words here
    assert _titles(cli, "zeppelin", "-hill") == ["Night flight"]
    assert sorted(_titles(cli, "zeppelin", "-verbatim")) == ["Night flight", "Over the reserve"]


def test_other_commands_keep_their_option_parsing(cli: Cli) -> None:
    for args in (["list", "--bogus"], ["list", "-x"], ["tag", "1", "--bogus", "t"]):
        result = cli.run(*args)
        assert result.returncode == 2 and "unrecognized arguments" in result.stderr, args
    assert cli.run("search", "zeppelin", "--bogus").returncode == 2
    assert "usage: kliping search" in cli.run("search", "-h").stdout
