"""The library database's schema and its forward migrations.

``PRAGMA user_version`` holds how many migrations a database has had; opening it applies
the rest, each in its own transaction. Append a migration for every change; never edit
one that has shipped.
"""

from __future__ import annotations

#: Each entry moves the schema from version ``i`` to ``i + 1``. Append, never edit.
MIGRATIONS: list[str] = [
    # 0 -> 1: the first schema.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        final_url TEXT NOT NULL,
        canonical_url TEXT,
        norm_url TEXT NOT NULL UNIQUE,
        canonical_norm TEXT,
        title TEXT NOT NULL DEFAULT '',
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        site_name TEXT NOT NULL DEFAULT '',
        language TEXT,
        lead_image TEXT,
        excerpt TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        reading_minutes INTEGER NOT NULL DEFAULT 0,
        html TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        saved_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        is_read INTEGER NOT NULL DEFAULT 0,
        is_favorite INTEGER NOT NULL DEFAULT 0,
        is_archived INTEGER NOT NULL DEFAULT 0,
        read_position REAL NOT NULL DEFAULT 0,
        extractor_version TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'ok',
        source TEXT NOT NULL DEFAULT 'url'
    );
    CREATE INDEX articles_canonical ON articles(canonical_norm);
    CREATE INDEX articles_saved ON articles(saved_at);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_site ON articles(site_name);
    CREATE TABLE originals (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        content BLOB NOT NULL,
        encoding TEXT NOT NULL,
        content_type TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
    );
    CREATE INDEX article_tags_tag ON article_tags(tag_id);
    CREATE TABLE images (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        path TEXT,
        mime TEXT,
        size INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        error TEXT,
        UNIQUE (article_id, url)
    );
    CREATE INDEX images_path ON images(path);
    CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        start INTEGER,
        end INTEGER,
        created_at TEXT NOT NULL
    );
    CREATE INDEX highlights_article ON highlights(article_id);
    CREATE TABLE index_outbox (
        article_id INTEGER PRIMARY KEY,
        op TEXT NOT NULL
    );
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # The reader's own note on an article (a page note, a bookmark's description), the
    # title the cleaner found when the one kept from an export differs, and the labels
    # a highlight carried in the service it came from.
    """
    ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN cleaned_title TEXT;
    ALTER TABLE highlights ADD COLUMN labels TEXT NOT NULL DEFAULT '[]';
    """,
    # feeds (issue 17): subscriptions, the items each has seen (so a deleted article
    # does not come back), and the feed an article came from.
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'feed',
        title TEXT NOT NULL DEFAULT '',
        site_url TEXT,
        folder TEXT NOT NULL DEFAULT '',
        full_text INTEGER NOT NULL DEFAULT 0,
        interval_minutes INTEGER,
        keep_days INTEGER,
        etag TEXT,
        last_modified TEXT,
        added_at TEXT NOT NULL,
        last_refresh TEXT,
        last_success TEXT,
        next_due TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        gone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE feed_seen (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, key)
    );
    CREATE INDEX feed_seen_key ON feed_seen(key);
    ALTER TABLE articles ADD COLUMN feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL;
    CREATE INDEX articles_feed ON articles(feed_id);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

#: Columns of ``articles`` that ``update_article`` may set.
ARTICLE_COLUMNS = (
    "url", "final_url", "canonical_url", "norm_url", "canonical_norm", "title", "authors",
    "published", "site_name", "language", "lead_image", "excerpt", "word_count",
    "reading_minutes", "html", "text", "saved_at", "updated_at", "is_read", "is_favorite",
    "is_archived", "read_position", "extractor_version", "status", "source", "note",
    "cleaned_title", "feed_id",
)  # fmt: skip
