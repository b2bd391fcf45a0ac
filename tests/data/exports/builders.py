"""Write export files the way Pocket, Instapaper, Omnivore, wallabag and browsers do.

Each builder takes :class:`Sample` entries and a destination; tests point the samples'
URLs at the loopback server. Used by tests/core/test_import*.py, tests/e2e and the
import benchmark.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "pages"


@dataclass
class Sample:
    """One saved article as an export describes it."""

    url: str
    title: str
    tags: list[str] = field(default_factory=list)
    saved: int = 1_700_000_000  # Unix seconds
    read: bool = False
    archived: bool = False
    favorite: bool = False
    highlights: list[tuple[str, str]] = field(default_factory=list)  # (quote, note)
    folder: str = ""  # Instapaper folder / bookmark folder
    content: str | None = None  # the HTML an export carries (Omnivore, wallabag)

    @property
    def saved_iso(self) -> str:
        return dt.datetime.fromtimestamp(self.saved, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def page_names() -> list[str]:
    """The shipped test pages (tests/data/pages/NAME.html)."""
    return sorted(p.stem for p in PAGES.glob("*.html"))


def page_facts(name: str) -> dict[str, object]:
    """What tests/data/pages/NAME.json says a correct extraction gives."""
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def page_html(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def article_fragment(name: str) -> str:
    """The article body alone, as Omnivore and wallabag keep it: no ``<html>``, no
    ``<head>``, no site chrome; root-relative images as on the page."""
    import re

    body = re.search(r"<article\b.*?</article>", page_html(name), re.S | re.I)
    assert body, f"{name} has no <article>"
    blocks = re.finditer(r"<(p|h2|h3|figure|blockquote)\b[^>]*>.*?</\1>", body.group(0), re.S)
    return (
        '<div class="page" id="readability-page-1">'
        + "\n".join(m.group(0) for m in blocks)
        + "</div>"
    )


def odd_samples(url_of, names: list[str] | None = None) -> list[Sample]:
    """Samples over the shipped pages with awkward titles, tags and highlights.

    Args:
        url_of: Turns a server path into a URL (``http_server.url``).
        names: Which pages (default: three of them).
    """
    names = names or ["en-harbourledger-solar", "fr-courrier-bibliotheques", "ja-hokuriku-sake"]
    titles = [
        'Floating "solar", farms, and quotes — café',
        "Bibliothèques: « dimanche », ouvertes 📚",
        '富山の酒蔵, 新酒 🍶 "仕込み"',
        "Ünïcödé, commas; and 'single' quotes",
    ]
    tag_sets = [["énergie", "long read"], ["bibliothèque", "weekend 🎉"], ["日本", "酒"], ["misc"]]
    samples = []
    for n, name in enumerate(names):
        facts = page_facts(name)
        quote = str(facts["must"][0])
        samples.append(
            Sample(
                url=url_of(f"/pages/{name}.html"), title=titles[n % len(titles)],
                tags=tag_sets[n % len(tag_sets)], saved=1_600_000_000 + n * 86_400,
                read=n % 2 == 1, archived=n % 2 == 1, favorite=n == 0,
                highlights=[(quote, f"note {n}: «important», \"quoted\", 👍")],
                folder=["Unread", "Archive", "Recherche, 2024"][n % 3],
            )
        )  # fmt: skip
    return samples


# -- Pocket -----------------------------------------------------------------------------


def pocket_csv(samples: list[Sample]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "url", "time_added", "tags", "status"])
    for s in samples:
        status = "archive" if s.archived else "unread"
        w.writerow([s.title, s.url, s.saved, "|".join(s.tags), status])
    return buf.getvalue()


def pocket_annotations(samples: list[Sample]) -> str:
    items = [
        {"url": s.url, "title": s.title,
         "highlights": [{"quote": q, "created_at": s.saved + 60} for q, _note in s.highlights]}
        for s in samples if s.highlights
    ]  # fmt: skip
    return json.dumps(items, ensure_ascii=False, indent=2)


def pocket_zip(path: Path, samples: list[Sample], *, per_part: int = 10_000) -> Path:
    """Pocket's 2025 export: ``part_NNNNNN.csv`` files and ``annotations/``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, start in enumerate(range(0, len(samples), per_part)):
            chunk = samples[start : start + per_part]
            zf.writestr(f"part_{part:06d}.csv", pocket_csv(chunk))
            zf.writestr(f"annotations/part_{part:06d}.json", pocket_annotations(chunk))
    return path


def pocket_html(path: Path, samples: list[Sample]) -> Path:
    """Pocket's older ``ril_export.html``."""

    def items(group: list[Sample]) -> str:
        return "\n".join(
            f'<li><a href="{html.escape(s.url)}" time_added="{s.saved}" '
            f'tags="{html.escape(",".join(s.tags))}">{html.escape(s.title)}</a></li>'
            for s in group
        )

    unread = [s for s in samples if not s.archived]
    archive = [s for s in samples if s.archived]
    path.write_text(
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8">\n<title>Pocket Export</title>\n</head>\n<body>\n'
        f"<h1>Unread</h1>\n<ul>\n{items(unread)}\n</ul>\n\n"
        f"<h1>Read Archive</h1>\n<ul>\n{items(archive)}\n</ul>\n</body>\n</html>\n",
        encoding="utf-8",
    )
    return path


# -- Instapaper -------------------------------------------------------------------------


def instapaper_csv(path: Path, samples: list[Sample], *, extra_column: bool = True) -> Path:
    """Instapaper's CSV: ``URL,Title,Selection,Folder,Timestamp,Tags`` (+ an unknown one)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    header = ["URL", "Title", "Selection", "Folder", "Timestamp", "Tags"]
    w.writerow([*header, "Reading Progress"] if extra_column else header)
    for s in samples:
        folder = s.folder or ("Archive" if s.archived else "Unread")
        if s.favorite:
            folder = "Starred"
        selection = s.highlights[0][0] if s.highlights else ""
        row = [s.url, s.title, selection, folder, s.saved, json.dumps(s.tags, ensure_ascii=False)]
        w.writerow([*row, "0.5"] if extra_column else row)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


# -- Omnivore ---------------------------------------------------------------------------


def omnivore_zip(path: Path, samples: list[Sample]) -> Path:
    """Omnivore's export: ``metadata_0_to_N.json``, ``content/SLUG.html``,
    ``highlights/SLUG.md`` (quote, then the note, as Omnivore wrote them)."""
    meta = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, s in enumerate(samples):
            slug = f"article-{n}-{abs(hash(s.url)) % 10_000}"
            meta.append({
                "id": f"id-{n}", "slug": slug, "title": s.title, "description": "",
                "author": None, "url": s.url, "state": "Archived" if s.archived else "Succeeded",
                "readingProgress": 100 if s.read else 0, "thumbnail": None, "labels": s.tags,
                "savedAt": dt.datetime.fromtimestamp(s.saved, dt.UTC).isoformat()
                .replace("+00:00", ".000Z"),
                "updatedAt": "2024-10-30T12:39:28.023Z", "publishedAt": None,
            })  # fmt: skip
            if s.content is not None:
                zf.writestr(f"content/{slug}.html", s.content)
            if s.highlights:
                blocks = [f"> {q} " + (f"\n\n{note}" if note else "") for q, note in s.highlights]
                zf.writestr(f"highlights/{slug}.md", "\n\n".join(blocks))
        zf.writestr(f"metadata_0_to_{len(samples)}.json", json.dumps(meta, indent=2))
    return path


# -- wallabag ---------------------------------------------------------------------------


def wallabag_json(path: Path, samples: list[Sample]) -> Path:
    """wallabag's "Export all → JSON"."""
    entries = []
    for n, s in enumerate(samples, 1):
        created = dt.datetime.fromtimestamp(s.saved, dt.timezone(dt.timedelta(hours=2)))
        entries.append({
            "is_archived": int(s.archived), "is_starred": int(s.favorite), "tags": s.tags,
            "is_public": False, "id": n, "title": s.title, "url": s.url,
            "content": s.content or "", "created_at": created.isoformat(),
            "updated_at": created.isoformat(), "published_by": [], "mimetype": "text/html",
            "language": "en", "reading_time": 3, "domain_name": "127.0.0.1",
            "annotations": [
                {"user": "me", "annotator_schema_version": "v1.0", "id": k, "text": note,
                 "quote": quote, "ranges": [], "created_at": created.isoformat()}
                for k, (quote, note) in enumerate(s.highlights, 1)
            ],
        })  # fmt: skip
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=4), encoding="utf-8")
    return path


# -- browsers ---------------------------------------------------------------------------


def bookmarks_html(path: Path, folders: dict[str, list[Sample]], *, extra: str = "") -> Path:
    """A Netscape bookmarks file: the toolbar root, then one nested folder per key
    (``"Reading/Recherche, 2024"`` nests), with the browsers' unclosed ``<DT>``/``<p>``."""
    lines = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        "<!-- This is an automatically generated file. -->",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        "<TITLE>Bookmarks</TITLE>",
        "<H1>Bookmarks</H1>",
        "<DL><p>",
        '    <DT><H3 ADD_DATE="1600000000" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>',
        "    <DL><p>",
    ]
    for folder, samples in folders.items():
        parts = [p for p in folder.split("/") if p]
        for depth, part in enumerate(parts):
            pad = "    " * (2 + depth)
            lines.append(f'{pad}<DT><H3 ADD_DATE="1600000000">{html.escape(part)}</H3>')
            lines.append(f"{pad}<DL><p>")
        pad = "    " * (2 + len(parts))
        for s in samples:
            lines.append(
                f'{pad}<DT><A HREF="{html.escape(s.url)}" ADD_DATE="{s.saved}" '
                f'ICON="data:image/png;base64,iVBORw0KGgo=">{html.escape(s.title)}</A>'
            )
        for depth in reversed(range(len(parts))):
            lines.append("    " * (2 + depth) + "</DL><p>")
    lines += [extra, "    </DL><p>", "</DL><p>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def url_list(path: Path, urls: list[str], *, comment: bool = True) -> Path:
    lines = ["# Reading list, one URL per line", ""] if comment else []
    path.write_text("\n".join([*lines, *urls]) + "\n", encoding="utf-8")
    return path
