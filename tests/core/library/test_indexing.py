"""The search index kept in step with the database: after saves, deletes, crashes and in batches."""

from __future__ import annotations

from pathlib import Path

from library_kit import PAGE

from reader.core.library import Library


def test_saved_article_is_searchable_and_delete_removes_it(lib: Library, http_server) -> None:
    a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    assert [h.id for h in lib.search("reservoir").hits] == [a]
    assert lib.store.outbox() == []
    lib.delete([a])
    assert lib.search("reservoir").total == 0


def test_index_catches_up_after_a_crash_between_database_and_index(
    tmp_path: Path, http_server
) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
        # Simulate a crash after the database commit but before the index caught up.
        with lib.store.transaction():
            lib.store.update_article(a, {"title": "Renamed pelican headline"})
    with Library.open(folder) as lib:
        assert [h.id for h in lib.search("pelican").hits] == [a]


def test_index_folder_lost_is_rebuilt_at_open(tmp_path: Path, http_server) -> None:
    import shutil

    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
    shutil.rmtree(folder / "index")
    with Library.open(folder) as lib:
        assert [h.id for h in lib.search("reservoir").hits] == [a]


def test_index_batch_defers_index_work_until_it_ends(lib: Library, http_server) -> None:
    with lib.index_batch(every=100):
        a = lib.save_url(http_server.url(f"/pages/{PAGE}.html")).id
        b = lib.save_url(http_server.url("/pages/de-elberundschau-bahn.html")).id
        assert {i for i, _ in lib.store.outbox()} == {a, b}  # the database has them already
        assert lib.get(a).title
    assert lib.store.outbox() == []
    assert [h.id for h in lib.search("reservoir").hits] == [a]
