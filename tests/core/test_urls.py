"""Which addresses Kliping accepts, and the key that finds an article already saved."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.provisional import urls

from reader.core.errors import FetchError, UnsupportedURLError
from reader.core.urls import TRACKING_PARAMS, check_http_url, normalize_url


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "https://example.com/news/2024/story.html?id=3#top",
        "HTTPS://Example.COM/",
        "http://127.0.0.1:8080/x",
        "http://[::1]/x",
        "https://bücher.de/artikel",
    ],
)
def test_check_http_url_accepts_web_addresses(url: str) -> None:
    assert check_http_url(url) == url


def test_check_http_url_strips_whitespace_and_adds_nothing() -> None:
    assert check_http_url("  https://example.com/a \n") == "https://example.com/a"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/file", "Kliping saves http and https pages; 'ftp://example.com/file'"),
        ("file:///etc/passwd", "is not one."),
        ("javascript:alert(1)", "'javascript:alert(1)' is not one."),
        ("data:text/html,<p>hi</p>", "is not one."),
        ("example.com/news", "(did you mean https://example.com/news?)"),
        ("", "is not one"),
        ("http://", "has no valid host name"),
        ("https:///path-only", "has no valid host name"),
        ("http://example.com:port/", "is not a valid web address"),
        ("http://[::1/", "is not a valid web address"),
    ],
)
def test_check_http_url_refuses_other_addresses(url: str, message: str) -> None:
    with pytest.raises(UnsupportedURLError, match=r".*") as info:
        check_http_url(url)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, FetchError)


def test_check_http_url_shortens_huge_addresses_in_its_message() -> None:
    with pytest.raises(UnsupportedURLError) as info:
        check_http_url("data:text/html;base64," + "A" * 100_000)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("HTTP://Example.COM", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:080/a", "http://example.com/a"),
        ("http://example.com/a#comments", "http://example.com/a"),
        ("http://example.com/a/", "http://example.com/a/"),
        ("http://example.com/a", "http://example.com/a"),
        ("http://example.com/A/B", "http://example.com/A/B"),
        ("http://example.com/?", "http://example.com/"),
        ("http://example.com./a", "http://example.com/a"),
        (
            "https://news.example/story?utm_source=tw&utm_medium=social&id=7&fbclid=XYZ",
            "https://news.example/story?id=7",
        ),
        ("https://x.example/s?b=2&a=1&c=3", "https://x.example/s?a=1&b=2&c=3"),
        ("https://x.example/s?tag=b&tag=a", "https://x.example/s?tag=b&tag=a"),
        ("https://x.example/s?UTM_Campaign=x&p=2", "https://x.example/s?p=2"),
        (
            "https://x.example/s?gclid=1&msclkid=2&_ga=3&spm=4&ref_src=5&igshid=6",
            "https://x.example/s",
        ),
        ("https://x.example/s?a=1&&b=2", "https://x.example/s?a=1&b=2"),
        ("https://x.example/s?flag", "https://x.example/s?flag"),
        ("https://Bücher.de/Straße", "https://xn--bcher-kva.de/Stra%C3%9Fe"),
        ("https://xn--bcher-kva.de/Stra%c3%9fe", "https://xn--bcher-kva.de/Stra%C3%9Fe"),
        ("http://example.com/%7Euser/%41", "http://example.com/~user/A"),
        ("http://example.com/a/./b/../c", "http://example.com/a/c"),
        ("http://example.com/a b", "http://example.com/a%20b"),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
        ("https://user:pw@Example.com/x", "https://example.com/x"),  # a password is no key
        ("https://twitter.example/#!/user/status/1", "https://twitter.example/#!/user/status/1"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_normalize_url(url: str, key: str) -> None:
    assert normalize_url(url) == key


def test_same_article_shared_differently_has_one_key() -> None:
    shared = [
        "https://www.example.com/2024/05/story.html",
        "HTTPS://WWW.EXAMPLE.COM:443/2024/05/story.html#comments",
        "https://www.example.com/2024/05/story.html?utm_source=newsletter&utm_medium=email",
        "https://www.example.com/2024/05/./story.html?fbclid=IwAR0abc",
    ]
    assert len({normalize_url(u) for u in shared}) == 1


def test_tracking_list_is_lower_case() -> None:
    assert all(name == name.lower() for name in TRACKING_PARAMS)


@given(url=urls())
@example(url="http://example.com:/")
@example(url="http://a/%zz/%")
@example(url="http://a/..//../b?=&&=x#")
@example(url="https://xn--/x")
@example(url="http://a/b/..")
def test_normalize_url_is_idempotent_and_never_raises(url: str) -> None:
    key = normalize_url(url)
    assert normalize_url(key) == key
    assert key.startswith(("http://", "https://"))


@given(
    host=st.from_regex(r"[a-zA-Z0-9äöüçñ-]{1,20}(\.[a-zA-Z]{2,6}){1,2}", fullmatch=True),
    path=st.text(max_size=30),
    query=st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=4),
    fragment=st.text(max_size=10),
)
def test_normalize_url_handles_any_path_and_query(
    host: str, path: str, query: dict[str, str], fragment: str
) -> None:
    from urllib.parse import urlencode

    url = f"https://{host}/{path}?{urlencode(query)}#{fragment}"
    key = normalize_url(url)
    assert normalize_url(key) == key
    assert "#" not in key or key.split("#", 1)[1].startswith("!")


def test_is_http_goes_by_the_scheme_and_can_ask_for_a_host() -> None:
    from reader.core.urls import is_http

    assert is_http("HTTPS://example.org/a") and is_http("http://x")
    assert not is_http("ftp://example.org/") and not is_http("") and not is_http(None)
    assert not is_http("  http://example.org/")  # as typed: the scheme comes first
    assert is_http("  http://example.org/  ", with_host=True)
    assert not is_http("http:///no-host", with_host=True)
    assert not is_http("http://[broken", with_host=True)
