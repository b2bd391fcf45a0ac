"""What a save keeps beside an article's row: the page as fetched and the image rows (a
table group of the :class:`~reader.core.store.database.Store`)."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence
from typing import Any

from reader.core.store.guard import raise_damage
from reader.core.store.records import utcnow
from reader.core.store.rows import Rows


class Pages(Rows):
    """The ``originals`` and ``images`` tables."""

    def put_original(self, article_id: int, html: bytes, encoding: str, content_type: str) -> None:
        """Keep the page as fetched, compressed (inside a transaction)."""
        self.db.execute(
            "INSERT INTO originals(article_id, content, encoding, content_type, fetched_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "content = excluded.content, encoding = excluded.encoding, "
            "content_type = excluded.content_type, fetched_at = excluded.fetched_at",
            (article_id, zlib.compress(html, 6), encoding, content_type, utcnow()),
        )

    def get_original(self, article_id: int) -> tuple[bytes, str] | None:
        """The page as fetched and its encoding, or None when not kept."""
        row = self.db.execute(
            "SELECT content, encoding FROM originals WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        try:
            return zlib.decompress(row[0]), str(row[1])
        except zlib.error as exc:  # the bytes SQLite gave back are not what was written
            raise_damage(self.db, sqlite3.DatabaseError(f"kept page {article_id}: {exc}"))
            raise

    def set_images(self, article_id: int, images: Sequence[dict[str, Any]]) -> list[str]:
        """Replace an article's image rows (inside a transaction).

        Returns the asset paths the article used before and no longer uses.
        """
        old = {
            str(r[0])
            for r in self.db.execute(
                "SELECT path FROM images WHERE article_id = ? AND path IS NOT NULL", (article_id,)
            )
        }
        self.db.execute("DELETE FROM images WHERE article_id = ?", (article_id,))
        for img in images:
            self.db.execute(
                "INSERT OR IGNORE INTO images(article_id, url, path, mime, size, status, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, img["url"], img.get("path"), img.get("mime"), img.get("size", 0),
                 img["status"], img.get("error")),
            )  # fmt: skip
        new = {str(img["path"]) for img in images if img.get("path")}
        gone = old - new
        if gone:
            used = {
                str(r[0])
                for r in self.db.execute("SELECT DISTINCT path FROM images WHERE path IS NOT NULL")
            }
            gone -= used
        return sorted(gone)

    def images_of(self, article_id: int) -> list[dict[str, Any]]:
        """An article's images: url, path (None when missing), mime, size, status, error."""
        rows = self.db.execute(
            "SELECT url, path, mime, size, status, error FROM images WHERE article_id = ? "
            "ORDER BY id",
            (article_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def asset_paths(self) -> set[str]:
        """Every asset path some article refers to."""
        return {
            str(r[0]) for r in self.db.execute("SELECT path FROM images WHERE path IS NOT NULL")
        }
