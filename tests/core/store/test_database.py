"""The SQLite store: schema, migrations, filters, tags, outbox."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import NotFoundError, StorageError
from reader.core.store import SCHEMA_VERSION, ArticleFilter, Store, utcnow


def _article(n: int, **extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "url": f"https://example.com/{n}", "final_url": f"https://example.com/{n}",
        "norm_url": f"https://example.com/{n}", "title": f"Article {n}",
        "site_name": "Example" if n % 2 else "Other", "text": f"Text of {n}",
        "saved_at": f"2025-01-{n:02d}T10:00:00Z", "updated_at": utcnow(),
        "published": f"2024-12-{n:02d}",
    }  # fmt: skip
    values.update(extra)
    return values


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store(tmp_path / "lib.sqlite3")
    yield st
    st.close()


def test_new_database_has_current_schema_wal_and_foreign_keys(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.integrity_check() == "ok"


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StorageError, match="newer Kliping"):
        Store(path)


def test_insert_queues_index_and_filters_sort(store: Store) -> None:
    with store.transaction():
        ids = [store.insert_article(_article(n)) for n in range(1, 6)]
        store.update_article(ids[0], {"is_read": True, "is_favorite": True})
    assert [i for i, _ in store.outbox()] == ids
    assert store.count() == 5
    assert store.count(ArticleFilter(is_read=False)) == 4
    assert [a.id for a in store.list_articles(ArticleFilter(is_favorite=True))] == [ids[0]]
    assert [a.id for a in store.list_articles(sort="saved")] == ids[::-1]
    assert [a.id for a in store.list_articles(sort="saved-asc", limit=2)] == ids[:2]
    assert [a.id for a in store.list_articles(ArticleFilter(site="example"))] == [
        ids[4],
        ids[2],
        ids[0],
    ]
    assert store.counts() == {"all": 5, "unread": 4, "favorites": 1, "archived": 0}
    assert store.sites() == [("Example", 3), ("Other", 2)]


def test_duplicate_found_by_normalised_or_canonical_url(store: Store) -> None:
    with store.transaction():
        a = store.insert_article(_article(1, canonical_norm="https://example.com/canon"))
    assert store.find_duplicate("https://example.com/1", None) == a
    assert store.find_duplicate("https://example.com/canon", "https://example.com/canon") == a
    assert store.find_duplicate("https://example.com/2", None) is None


def test_tags_add_remove_and_vanish_when_unused(store: Store) -> None:
    with store.transaction():
        a = store.insert_article(_article(1))
        b = store.insert_article(_article(2))
        store.add_tags(a, ["Research", "climate"])
        store.add_tags(b, ["research"])  # same tag, other case
    assert store.tags_of(a) == ["climate", "Research"]
    assert store.all_tags() == [("climate", 1), ("Research", 2)]
    assert store.count(ArticleFilter(tag="research")) == 2
    with store.transaction():
        store.remove_tags(a, ["climate"])
    assert store.all_tags() == [("Research", 2)]


def test_delete_cascades_and_reports_unused_assets(store: Store) -> None:
    with store.transaction():
        a = store.insert_article(_article(1))
        b = store.insert_article(_article(2))
        store.set_images(
            a,
            [
                {"url": "u1", "path": "assets/x.png", "status": "ok"},
                {"url": "u2", "path": "assets/shared.png", "status": "ok"},
            ],
        )
        store.set_images(b, [{"url": "u2", "path": "assets/shared.png", "status": "ok"}])
        store.add_highlight(a, "Text", "note")
        store.put_original(a, b"<html>original</html>", "utf-8", "text/html")
    with store.transaction():
        gone = store.delete_articles([a])
    assert gone == ["assets/x.png"]  # the shared image is still used by b
    assert store.highlights_of(a) == []
    assert store.get_original(a) is None
    assert "delete" in dict(store.outbox()).values()
    with pytest.raises(NotFoundError):
        store.get_article(a)


def test_originals_are_kept_compressed(store: Store) -> None:
    page = ("<p>" + "Lorem ipsum dolor sit amet. " * 2000 + "</p>").encode()
    with store.transaction():
        a = store.insert_article(_article(1))
        store.put_original(a, page, "utf-8", "text/html")
    stored = store.db.execute("SELECT length(content) FROM originals").fetchone()[0]
    assert stored < len(page) / 10
    assert store.get_original(a) == (page, "utf-8")


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.insert_article(_article(1))
        raise RuntimeError("crash mid-write")
    assert store.count() == 0
    assert store.outbox() == []
