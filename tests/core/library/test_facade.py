"""The library façade end to end: tags, flags, deletes and the assets that follow them."""

from __future__ import annotations

from library_kit import PAGE

from reader.core.library import Library
from reader.core.store import ArticleFilter


def test_tag_mark_delete_and_assets_follow(lib: Library, http_server) -> None:
    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    b = lib.save_url(http_server.url("/pages/de-elberundschau-bahn.html")).id
    lib.tag([a, b], ["Reading", "reading", " later "])
    assert lib.get(a).tags == ["later", "Reading"]
    lib.untag([a], ["later"])
    assert lib.get(a).tags == ["Reading"]
    lib.mark([b], archived=True, read=True)
    assert lib.count(ArticleFilter(is_archived=True)) == 1
    assert lib.counts()["unread"] == 1
    files = [lib.asset_path(i["path"]) for i in lib.images(a) if i["path"]]
    assert files and all(f.exists() for f in files)
    assert lib.delete([a]) == 1
    assert not any(f.exists() for f in files)
    assert [r.id for r in lib.list()] == [b]
