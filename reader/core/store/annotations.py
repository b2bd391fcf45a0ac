"""What the reader adds to an article: tags and highlights (a table group of the
:class:`~reader.core.store.database.Store`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from reader.core.store.records import utcnow
from reader.core.store.rows import Rows, chunks


class Annotations(Rows):
    """The ``tags``, ``article_tags`` and ``highlights`` tables."""

    def tags_of(self, article_id: int) -> list[str]:
        """One article's tags, alphabetically."""
        rows = self.db.execute(
            "SELECT name FROM tags JOIN article_tags ON tags.id = tag_id "
            "WHERE article_id = ? ORDER BY name COLLATE NOCASE",
            (article_id,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def tags_of_many(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """The tags of each of these articles, by name (articles without any are absent)."""
        out: dict[int, list[str]] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT at.article_id, t.name FROM article_tags at JOIN tags t "
                f"ON t.id = at.tag_id WHERE at.article_id IN ({marks}) "
                "ORDER BY t.name COLLATE NOCASE",
                chunk,
            ):
                out.setdefault(int(row[0]), []).append(str(row[1]))
        return out

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag with its article count, alphabetically."""
        rows = self.db.execute(
            "SELECT name, COUNT(article_id) FROM tags LEFT JOIN article_tags ON tags.id = tag_id "
            "GROUP BY tags.id ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def add_tags(self, article_id: int, tags: Sequence[str]) -> None:
        """Tag an article (inside a transaction)."""
        for tag in tags:
            self.db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (tag,))
            self.db.execute(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                "SELECT ?, id FROM tags WHERE name = ?",
                (article_id, tag),
            )
        self.queue_index(article_id, "upsert")

    def remove_tags(self, article_id: int, tags: Sequence[str]) -> None:
        """Untag an article (inside a transaction); unused tags disappear."""
        for tag in tags:
            self.db.execute(
                "DELETE FROM article_tags WHERE article_id = ? AND "
                "tag_id = (SELECT id FROM tags WHERE name = ?)",
                (article_id, tag),
            )
        self.db.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM article_tags)"
        )
        self.queue_index(article_id, "upsert")

    def add_highlight(
        self,
        article_id: int,
        quote: str,
        note: str = "",
        start: int | None = None,
        end: int | None = None,
        created_at: str | None = None,
        labels: Sequence[str] = (),
    ) -> int:
        """Store a highlight (inside a transaction)."""
        cur = self.db.execute(
            "INSERT INTO highlights(article_id, quote, note, start, end, created_at, labels) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, quote, note, start, end, created_at or utcnow(),
             json.dumps([str(x) for x in labels], ensure_ascii=False)),
        )  # fmt: skip
        return int(cur.lastrowid or 0)

    def highlights_of(self, article_id: int) -> list[dict[str, Any]]:
        """An article's highlights in text order (then creation order)."""
        rows = self.db.execute(
            "SELECT id, quote, note, start, end, created_at, labels FROM highlights "
            "WHERE article_id = ? ORDER BY COALESCE(start, 1e18), id",
            (article_id,),
        ).fetchall()
        return [_highlight(r) for r in rows]

    def highlight_counts(self, ids: Sequence[int]) -> dict[int, int]:
        """How many highlights each of these articles has (absent: none)."""
        out: dict[int, int] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT article_id, COUNT(*) FROM highlights WHERE article_id IN ({marks}) "
                "GROUP BY article_id",
                chunk,
            ):
                out[int(row[0])] = int(row[1])
        return out

    def all_highlights(self) -> list[dict[str, Any]]:
        """Every highlight of the library, by article then text order."""
        rows = self.db.execute(
            "SELECT id, article_id, quote, note, start, end, created_at, labels FROM highlights "
            "ORDER BY article_id, COALESCE(start, 1e18), id"
        ).fetchall()
        return [_highlight(r) for r in rows]

    def highlight_article(self, highlight_id: int) -> int | None:
        """The article a highlight belongs to, or None when there is no such highlight."""
        row = self.db.execute(
            "SELECT article_id FROM highlights WHERE id = ?", (highlight_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def update_highlight(self, highlight_id: int, **values: Any) -> None:
        """Change a highlight's note, start or end (inside a transaction)."""
        allowed = {k: v for k, v in values.items() if k in ("note", "start", "end", "quote")}
        if allowed:
            sets = ", ".join(f"{k} = ?" for k in allowed)
            self.db.execute(
                f"UPDATE highlights SET {sets} WHERE id = ?", (*allowed.values(), highlight_id)
            )

    def delete_highlight(self, highlight_id: int) -> None:
        """Remove a highlight (inside a transaction)."""
        self.db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))


def _highlight(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    try:
        labels = json.loads(data.get("labels") or "[]")
    except ValueError:
        labels = []
    data["labels"] = [str(x) for x in labels] if isinstance(labels, list) else []
    return data
