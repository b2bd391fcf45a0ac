"""``kliping repair``: a sound library from a damaged database, keeping all it can.

The damaged file is copied aside first and never changed. Every table is then read row
by row (rowid by rowid, so one unreadable page costs only the rows it held, and a row
with one unreadable column keeps its other columns) into a fresh database with the
current schema. What the database lost but the search index still knows (an article's
id, title, address and tags) comes back as a link, and an article whose text was lost
but whose original page was kept is cleaned again from it. Images are re-linked from
the articles' pages and the ``assets/`` folder, the search index is rebuilt, and the
report says what was and was not recovered.

The ``sqlite3`` program's ``.recover`` is not used: the one this was built beside
(Debian's 3.40.1) fails on every database, sound or not, and the bundle has none.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import StorageError
from reader.core.library import dbfiles
from reader.core.library.dbfiles import DB_NAME
from reader.core.store.salvage import salvage_rows

log = logging.getLogger(__name__)

#: Tables in the order they are copied (rows pointing at articles come after them).
TABLES = ("articles", "originals", "tags", "article_tags", "images", "highlights", "meta")
#: Columns without which an article row is no article (the rest have defaults).
_ARTICLE_KEYS = ("id", "url", "final_url", "norm_url", "saved_at", "updated_at")
_ASSET_SRC = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')

Progress = Callable[[str], None]


@dataclass
class RepairReport:
    """What ``kliping repair`` did."""

    damaged_copy: Path
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows recovered
    unreadable: dict[str, int] = field(default_factory=dict)  # table -> rowids lost
    articles: int = 0
    as_links: list[int] = field(default_factory=list)  # back from the index, no text
    recleaned: list[int] = field(default_factory=list)  # text rebuilt from the page
    lost: list[int] = field(default_factory=list)  # known to have existed, not recovered
    pages_lost: list[int] = field(default_factory=list)  # text kept, saved page gone
    images_relinked: int = 0
    images_missing: int = 0
    indexed: int = 0

    def lines(self) -> list[str]:
        """The report, a line each, for a person."""
        out = [f"The damaged database was kept as {self.damaged_copy.name}."]
        cleaned = f" ({len(self.recleaned)} cleaned again from their saved page)"
        links = ""
        if self.as_links:
            ids = " ".join(map(str, self.as_links[:10])) + (" …" if len(self.as_links) > 10 else "")
            links = (
                f", {len(self.as_links)} of them as links only (their text was lost; "
                f"`kliping refetch {ids}` fetches them again)"
            )
        out.append(f"Recovered {self.articles} articles{cleaned if self.recleaned else ''}{links}.")
        extra = [
            f"{n} {t.replace('_', ' ')}" for t, n in self.rows.items() if t != "articles" and n
        ]
        if extra:
            out.append("Also recovered: " + ", ".join(extra) + ".")
        gone = {t: n for t, n in self.unreadable.items() if n}
        if gone:
            out.append(
                "Not recoverable (on damaged pages): "
                + ", ".join(f"{n} {t.replace('_', ' ')} rows" for t, n in gone.items())
                + "."
            )
        if self.lost:
            ids = ", ".join(map(str, self.lost[:20])) + (" …" if len(self.lost) > 20 else "")
            out.append(f"Lost for good: {len(self.lost)} articles ({ids}).")
        if self.pages_lost:
            ids = " ".join(map(str, self.pages_lost[:10]))
            ids += " …" if len(self.pages_lost) > 10 else ""
            out.append(
                f"{len(self.pages_lost)} articles kept their text but lost the page saved "
                f"with them (`kliping refetch {ids}` keeps a new one)."
            )
        if self.images_relinked or self.images_missing:
            out.append(
                f"Images: {self.images_relinked} re-linked from assets/, "
                f"{self.images_missing} missing."
            )
        out.append(f"The search index was rebuilt ({self.indexed} articles).")
        return out


# -- reading what can be read ------------------------------------------------------------


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in db.execute(f'PRAGMA table_info("{table}")')]


@dataclass
class IndexKnowledge:
    """What the search index remembers of each article: enough to keep it as a link."""

    titles: dict[int, str] = field(default_factory=dict)
    urls: dict[int, str] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)
    flags: dict[int, set[str]] = field(default_factory=dict)


def read_index(folder: Path) -> IndexKnowledge:
    """Ids, titles, addresses, tags and flags from the search index (empty if unreadable)."""
    know = IndexKnowledge()
    if not (folder / "index").is_dir():
        return know
    try:
        from whoosh.filedb.filestore import FileStorage

        ix = FileStorage(str(folder / "index"), supports_mmap=False).open_index()
        with ix.searcher() as searcher:
            reader = searcher.reader()
            by_doc: dict[int, int] = {}
            for docnum, stored in reader.iter_docs():
                by_doc[docnum] = int(stored["id"])
                know.titles[int(stored["id"])] = str(stored.get("title", ""))
            for name, target in (("url", None), ("tag", "tags"), ("flag", "flags")):
                if name not in reader.schema:
                    continue
                for term in reader.lexicon(name):
                    word = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    for docnum in reader.postings(name, term).all_ids():
                        doc = by_doc.get(docnum)
                        if doc is None:
                            continue
                        if target is None:
                            know.urls[doc] = word
                        elif target == "tags":
                            know.tags.setdefault(doc, []).append(word)
                        else:
                            know.flags.setdefault(doc, set()).add(word)
        ix.close()
    except Exception as exc:  # a damaged index is only a missed chance here
        log.warning("the search index could not be read for the repair: %r", exc)
    return know


# -- the repair ------------------------------------------------------------------------


@contextlib.contextmanager
def _scratch(folder: Path) -> Iterator[Path]:
    work = folder / "repair-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _copy_aside(folder: Path) -> Path:
    """Copy the damaged database (and its log) beside it, under a dated name."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    aside = folder / f"library-damaged-{stamp}.sqlite3"
    db = folder / DB_NAME
    try:
        shutil.copy2(db, aside)
        wal = folder / (DB_NAME + "-wal")
        if wal.is_file():
            shutil.copy2(wal, aside.with_name(aside.name + "-wal"))
    except OSError as exc:
        raise StorageError(f"Could not copy the damaged database aside: {exc}") from exc
    return aside


def repair(folder: Path, progress: Progress | None = None) -> RepairReport:
    """Rebuild the library in ``folder`` from what its database still holds.

    Call with no Library open on the folder; the library's write lock is held
    throughout, so no other Kliping writes meanwhile.

    Raises:
        StorageError: No database, another Kliping is writing, or the disk failed.
    """
    say = progress or (lambda _message: None)
    if not (folder / DB_NAME).is_file():
        raise StorageError(f"There is no library database in {folder} to repair.")
    with dbfiles.hold_write_lock(folder, timeout=15.0):
        say("Copying the damaged database aside…")
        aside = _copy_aside(folder)
        report = RepairReport(aside)
        know = read_index(folder)
        with _scratch(folder) as work:
            damaged = work / "damaged.sqlite3"
            shutil.copy2(aside, damaged)
            if aside.with_name(aside.name + "-wal").is_file():
                shutil.copy2(aside.with_name(aside.name + "-wal"), work / "damaged.sqlite3-wal")
            fresh = work / "fresh.sqlite3"
            say("Reading what the database still holds…")
            _salvage(damaged, fresh, know, report)
            _swap(folder, fresh)
    dbfiles.clear_damage(folder)
    _finish(folder, know, report, say)
    return report


def _salvage(damaged: Path, fresh: Path, know: IndexKnowledge, report: RepairReport) -> None:
    from reader.core.store import Store

    Store(fresh).close()  # the current schema, empty
    out = sqlite3.connect(fresh, isolation_level=None)
    try:
        src = sqlite3.connect(damaged)
    except sqlite3.DatabaseError:
        src = None
    try:
        out.execute("BEGIN")
        known_max = max([*know.titles, 0])
        for table in TABLES:
            target = _columns(out, table)
            try:
                have = _columns(src, table) if src is not None else []
            except sqlite3.DatabaseError:
                have = []  # the schema itself is unreadable
            cols = [c for c in target if c in have]
            rows, failed = salvage_rows(src, table, cols, known_max) if src and cols else ([], 0)
            if table == "articles":
                rows = [r for r in rows if all(r.get(k) is not None for k in _ARTICLE_KEYS)]
                known_max = max([known_max, *(int(r["id"]) for r in rows)])
            elif table == "originals":
                good = [r for r in rows if _inflates(r.get("content"))]
                failed += len(rows) - len(good)
                rows = good
            n = 0
            for row in rows:
                if table == "articles":
                    _complete_article(row, know)
                names = list(row)
                cur = out.execute(
                    f'INSERT OR IGNORE INTO "{table}" ({", ".join(names)}) '
                    f"VALUES ({', '.join('?' * len(names))})",
                    [row[c] for c in names],
                )
                n += cur.rowcount
            report.rows[table] = n
            report.unreadable[table] = failed
        _links_from_index(out, know, report)
        out.execute("DELETE FROM meta WHERE key LIKE 'index%'")
        # Rows that point at an article not recovered go (tags, images, highlights, pages).
        for table in ("originals", "article_tags", "images", "highlights"):
            out.execute(f"DELETE FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
        out.execute("DELETE FROM article_tags WHERE tag_id NOT IN (SELECT id FROM tags)")
        out.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
        out.execute(
            "INSERT OR IGNORE INTO index_outbox(article_id, op) SELECT id, 'upsert' FROM articles"
        )
        out.execute("COMMIT")
        ok = out.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":  # pragma: no cover - a fresh file written just now
            raise StorageError(f"The recovered database failed its own check ({ok}).")
    finally:
        out.close()
        if src is not None:
            src.close()


def _inflates(content: object) -> bool:
    """Whether a kept page's compressed bytes are whole (a damaged page breaks them)."""
    if not isinstance(content, bytes):
        return False
    try:
        zlib.decompress(content)
    except zlib.error:
        return False
    return True


def _complete_article(row: dict[str, Any], know: IndexKnowledge) -> None:
    """An article row some of whose columns were unreadable: fill in what is known."""
    article_id = int(row["id"])
    if "title" not in row and article_id in know.titles:
        row["title"] = know.titles[article_id]
    if "html" not in row or "text" not in row:
        row["html"] = row["text"] = ""
        row["status"] = "damaged"  # cleaned again from its page, or kept as a link


def _links_from_index(out: sqlite3.Connection, know: IndexKnowledge, report: RepairReport) -> None:
    """Articles the database lost but the index remembers come back as links."""
    from reader.core.store.records import utcnow
    from reader.core.urls import normalize_url

    have = {int(r[0]) for r in out.execute("SELECT id FROM articles")}
    for article_id, url in sorted(know.urls.items()):
        if article_id in have:
            continue
        now = utcnow()
        flags = know.flags.get(article_id, set())
        try:
            norm = normalize_url(url)
        except Exception:  # an address the index kept but the normaliser refuses
            norm = url
        cur = out.execute(
            "INSERT OR IGNORE INTO articles (id, url, final_url, norm_url, title, saved_at, "
            "updated_at, is_read, is_favorite, is_archived, status, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'damaged', 'repair')",
            (article_id, url, url, norm, know.titles.get(article_id, ""), now, now,
             int("read" in flags), int("favorite" in flags), int("archived" in flags)),
        )  # fmt: skip
        if not cur.rowcount:
            continue
        for tag in know.tags.get(article_id, []):
            out.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (tag,))
            out.execute(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                "SELECT ?, id FROM tags WHERE name = ?",
                (article_id, tag),
            )
    report.lost = sorted(set(know.titles) - have - set(know.urls))


def _swap(folder: Path, fresh: Path) -> None:
    """Put the recovered database in place of the damaged one (kept aside already)."""
    db = folder / DB_NAME
    try:
        for suffix in dbfiles.SIDE_FILES:
            (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
        os.replace(fresh, db)
    except OSError as exc:
        raise StorageError(f"Could not put the recovered database in place: {exc}") from exc
    dbfiles.WalOwner(folder).remember()


def _finish(folder: Path, know: IndexKnowledge, report: RepairReport, say: Progress) -> None:
    """Clean again what lost its text, re-link images, rebuild the index."""
    from reader.core.errors import KlipingError
    from reader.core.library import Library

    with Library(folder) as lib:
        st = lib.store
        damaged = [
            int(r[0]) for r in st.db.execute("SELECT id FROM articles WHERE status = 'damaged'")
        ]
        for article_id in damaged:
            if st.get_original(article_id) is not None:
                try:
                    lib.reclean(article_id)
                    with lib.write_lock(), st.transaction():
                        st.update_article(article_id, {"status": "ok"})
                    report.recleaned.append(article_id)
                    continue
                except KlipingError as exc:
                    log.info("article %d could not be cleaned again: %s", article_id, exc)
            with lib.write_lock(), st.transaction():
                st.update_article(article_id, {"status": "link-only"})
            report.as_links.append(article_id)
        report.pages_lost = [
            int(r[0])
            for r in st.db.execute(
                "SELECT id FROM articles WHERE status = 'ok' AND source != 'repair' "
                "AND id NOT IN (SELECT article_id FROM originals) ORDER BY id"
            )
        ]
        say("Re-linking images…")
        _relink_images(lib, report)
        say("Rebuilding the search index…")
        report.indexed = lib.reindex()
        report.articles = lib.count()


def _relink_images(lib: Any, report: RepairReport) -> None:
    st = lib.store
    folder: Path = lib.folder
    from reader.core.library.assets import EXTENSIONS, is_own_asset

    mimes = {ext: mime for mime, ext in EXTENSIONS.items()}
    with lib.write_lock(), st.transaction():
        for article_id in st.all_ids():
            known = {img["url"] for img in st.images_of(article_id)}
            html = st.db.execute(
                "SELECT html FROM articles WHERE id = ?", (article_id,)
            ).fetchone()[0]
            for tag in _ASSET_SRC.findall(html or ""):
                attrs = dict(_ATTR.findall(tag))
                path, url = attrs.get("src", ""), attrs.get("data-original-src", "")
                if not path.startswith("assets/") or not url or url in known:
                    continue
                file = folder / path
                if not is_own_asset(file):
                    continue
                st.db.execute(
                    "INSERT OR IGNORE INTO images(article_id, url, path, mime, size, status) "
                    "VALUES (?, ?, ?, ?, ?, 'ok')",
                    (article_id, url, path, mimes.get(file.suffix), file.stat().st_size),
                )
                known.add(url)
                report.images_relinked += 1
        for row in st.db.execute(
            "SELECT id, path FROM images WHERE status = 'ok' AND path IS NOT NULL"
        ).fetchall():
            if not (folder / row[1]).is_file():
                st.db.execute(
                    "UPDATE images SET status = 'missing', path = NULL, "
                    "error = 'lost with the damaged database' WHERE id = ?",
                    (row[0],),
                )
                report.images_missing += 1
