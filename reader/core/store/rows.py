"""What every table group of the :class:`~reader.core.store.database.Store` shares: its
connection, and the index outbox that each change to an article writes in the same
transaction (so the search index can always catch up after a crash)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator


class Rows:
    """The connection the table groups (:mod:`.annotations`, :mod:`.pages`) write through."""

    db: sqlite3.Connection

    def queue_index(self, article_id: int, op: str) -> None:
        """Record that the search index must catch up with this article."""
        self.db.execute(
            "INSERT INTO index_outbox(article_id, op) VALUES (?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET op = excluded.op",
            (article_id, op),
        )


def chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
