"""The ``kliping`` command line. Core only: no Qt is imported here.

Every subcommand opens the library (``--library DIR``, ``KLIPING_LIBRARY`` or the user
data folder), does one thing and exits: 0 when everything worked, 1 when an expected
failure happened (one line on stderr saying what and what to do), 2 for a usage error,
70 for a bug (its traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from reader import __version__
from reader.core.errors import KlipingError
from reader.core.library import Library, SaveOptions, SaveResult
from reader.core.store import SORTS, ArticleFilter
from reader.core.urls import display_url, is_http

log = logging.getLogger(__name__)

EPILOG = """\
examples:
  kliping add https://example.com/news/story.html     save an article
  kliping add ./page.html --tag research              save a page kept on disk, tagged
  kliping list --unread                               what is left to read
  kliping show 12                                     read article 12 here
  kliping search '"operating system" lang:id'         search everything you saved
  kliping mark 12 --read --favorite

The library is one folder: --library DIR, else $KLIPING_LIBRARY, else your user data
folder. `kliping` with no command opens the window.
"""

Handler = Callable[[Library, argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


def _common() -> argparse.ArgumentParser:
    # Options accepted before or after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library", metavar="DIR", default=argparse.SUPPRESS,
        help="the library folder (default: $KLIPING_LIBRARY or your user data folder)",
    )  # fmt: skip
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
        help="print what happens in detail",
    )  # fmt: skip
    return common


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="kliping", parents=[common],
        description="Kliping: save web articles, read them clean and offline, search them.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"Kliping {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_: str, handler: Handler) -> argparse.ArgumentParser:
        COMMANDS[name] = handler
        return sub.add_parser(name, parents=[common], help=help_, description=help_)

    p = command("add", "save articles from URLs or HTML files", cmd_add)
    p.add_argument("items", nargs="+", metavar="URL|FILE")
    p.add_argument("--refresh", action="store_true", help="fetch again if already saved")
    p.add_argument("-t", "--tag", action="append", default=[], help="tag what is saved")

    p = command("list", "list saved articles", cmd_list)
    state = p.add_mutually_exclusive_group()
    state.add_argument("--unread", action="store_true", help="only unread articles")
    state.add_argument("--read", action="store_true", help="only read articles")
    p.add_argument("--favorites", action="store_true", help="only favourites")
    p.add_argument("--archived", action="store_true", help="only archived articles")
    p.add_argument("--tag", help="only articles with this tag")
    p.add_argument("--site", help="only articles from this site")
    p.add_argument("--sort", choices=sorted(SORTS), default="saved")
    p.add_argument("--limit", type=int, default=-1, help="at most N articles")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = command("show", "print one article", cmd_show)
    p.add_argument("id", type=int)
    p.add_argument("--format", choices=["text", "html", "markdown", "json"], default="text")

    p = command("delete", "delete articles (their images and highlights go too)", cmd_delete)
    p.add_argument("ids", nargs="+", type=int, metavar="ID")

    p = command("tag", "add tags to an article", cmd_tag)
    p.add_argument("id", type=int)
    p.add_argument("tags", nargs="+", metavar="TAG")
    p = command("untag", "remove tags from an article", cmd_untag)
    p.add_argument("id", type=int)
    p.add_argument("tags", nargs="+", metavar="TAG")

    p = command("mark", "mark articles read, unread, favourite or archived", cmd_mark)
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    for flag, dest, value, text in (
        ("--read", "read", True, "mark read"),
        ("--unread", "read", False, "mark unread"),
        ("--favorite", "favorite", True, "add to favourites"),
        ("--unfavorite", "favorite", False, "remove from favourites"),
        ("--archive", "archived", True, "archive"),
        ("--unarchive", "archived", False, "move out of the archive"),
    ):
        p.add_argument(flag, dest=dest, action="store_const", const=value, help=text)

    p = command("search", "search every saved article", cmd_search)
    p.add_argument("query", nargs="+", help='words, "phrases", OR, -word, title:, tag:, …')
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--sort", choices=["relevance", "newest", "oldest"], default="relevance")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = command("reindex", "rebuild the search index from the library", cmd_reindex)
    p = command("reclean", "clean saved pages again with this version (no network)", cmd_reclean)
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--outdated", action="store_true",
                   help="every article an older version of Kliping cleaned")  # fmt: skip
    p = command("refetch", "fetch articles again from the web", cmd_refetch)
    p.add_argument("ids", nargs="+", type=int, metavar="ID")

    for extend in _extensions():
        extend(sub, common, COMMANDS)
    return parser


def _extensions() -> list[Callable[..., None]]:
    """Subcommand groups defined in their own modules (import/export, …)."""
    found: list[Callable[..., None]] = []
    for name in ("reader.cli_transfer",):
        try:
            module = __import__(name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        found.append(module.register)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    from reader.logs import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    log_path = setup_logging(getattr(args, "verbose", False))
    try:
        with Library.open(getattr(args, "library", None)) as lib:
            return COMMANDS[args.command](lib, args)
    except KlipingError as exc:
        print(f"kliping: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kliping: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so, keep the traceback in the log
        log.exception("bug in kliping %s", args.command)
        where = f"; details are in {log_path}" if log_path else ""
        print(f"kliping: internal error ({type(exc).__name__}: {exc}){where}", file=sys.stderr)
        return 70


# -- commands ---------------------------------------------------------------------------


def cmd_add(lib: Library, args: argparse.Namespace) -> int:
    counts = {"saved": 0, "refreshed": 0, "duplicate": 0, "failed": 0}
    total = len(args.items)
    # Many URLs at once: catch the search index up in batches, not after each article.
    with lib.index_batch(every=50) if total > 1 else contextlib.nullcontext():
        for n, item in enumerate(args.items, 1):
            _add_one(lib, args, item, n, total, counts)
    if total > 1 or counts["failed"]:
        parts = [f"{v} {k.replace('duplicate', 'already saved')}" for k, v in counts.items() if v]
        err("Done: " + ", ".join(parts) + ".")
    return 1 if counts["failed"] else 0


def _add_one(
    lib: Library, args: argparse.Namespace, item: str, n: int, total: int, counts: dict[str, int]
) -> None:
    prefix = f"[{n}/{total}] " if total > 1 else ""
    err(f"{prefix}{display_url(item)}")
    is_file = not is_http(item) and Path(item).exists()
    opts = SaveOptions(tags=args.tag, source="file" if is_file else "url")
    try:
        result: SaveResult
        if is_file:
            result = lib.save_file(item, refresh=args.refresh, options=opts)
        else:
            result = lib.save_url(item, refresh=args.refresh, options=opts)
            if args.tag and result.status == "duplicate":
                lib.tag([result.id], args.tag)
    except KlipingError as exc:
        counts["failed"] += 1
        err(f"  failed: {exc}")
        return
    counts[result.status if result.status in counts else "saved"] += 1
    print(f"  {result.message}" if total > 1 else result.message)


def cmd_list(lib: Library, args: argparse.Namespace) -> int:
    flt = ArticleFilter(
        is_read=False if args.unread else True if args.read else None,
        is_favorite=True if args.favorites else None,
        is_archived=True if args.archived else None,
        tag=args.tag,
        site=args.site,
    )
    rows = lib.list(flt, sort=args.sort, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        err("No articles." if not lib.count() else "No articles match.")
        return 0
    for r in rows:
        flags = ("•" if not r.is_read else " ") + ("★" if r.is_favorite else " ")
        flags += "A" if r.is_archived else " "
        date = (r.published or r.saved_at)[:10]
        site = r.display_site
        mins = f"{r.reading_minutes} min" if r.reading_minutes else "link"
        print(f"{r.id:>5} {flags} {date}  {_clip(site, 20):<20}  {mins:>6}  {r.title or r.url}")
    return 0


def cmd_show(lib: Library, args: argparse.Namespace) -> int:
    rec = lib.get(args.id)
    if args.format == "json":
        data = asdict(rec)
        data["highlights"] = lib.highlights(rec.id)
        data["images"] = lib.images(rec.id)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.format == "html":
        print(rec.html)
    elif args.format == "markdown":
        from markdownify import markdownify

        head = f"# {rec.title}\n\n" if rec.title else ""
        print(head + markdownify(rec.html, heading_style="ATX").strip())
    else:
        print(rec.title)
        meta = [rec.display_site, ", ".join(rec.authors), (rec.published or "")[:10]]
        if rec.reading_minutes:
            meta.append(f"{rec.reading_minutes} min read")
        print(" · ".join(m for m in meta if m))
        print(display_url(rec.url))
        print()
        width = 88
        for para in rec.text.split("\n\n"):
            if para.strip():
                print(textwrap.fill(para.strip(), width=width) if len(para) > width else para)
                print()
    return 0


def cmd_delete(lib: Library, args: argparse.Namespace) -> int:
    titles = {r.id: r.title for r in lib.get_many(args.ids)}
    missing = [i for i in args.ids if i not in titles]
    n = lib.delete(list(titles))
    for i, title in titles.items():
        print(f"Deleted {i}: {title}")
    if missing:
        err(f"No article {', '.join(map(str, missing))} in this library.")
        return 1
    return 0 if n else 1


def cmd_tag(lib: Library, args: argparse.Namespace) -> int:
    lib.tag([args.id], args.tags)
    print(f"{args.id}: {', '.join(lib.get(args.id).tags)}")
    return 0


def cmd_untag(lib: Library, args: argparse.Namespace) -> int:
    lib.untag([args.id], args.tags)
    print(f"{args.id}: {', '.join(lib.get(args.id).tags) or '(no tags)'}")
    return 0


def cmd_mark(lib: Library, args: argparse.Namespace) -> int:
    read, fav, arch = (getattr(args, k, None) for k in ("read", "favorite", "archived"))
    if read is None and fav is None and arch is None:
        err("Say how to mark them: --read, --unread, --favorite, --archive, …")
        return 2
    lib.mark(args.ids, read=read, favorite=fav, archived=arch)
    for rec in lib.get_many(args.ids):
        states = ["read" if rec.is_read else "unread"]
        states += ["favourite"] if rec.is_favorite else []
        states += ["archived"] if rec.is_archived else []
        print(f"{rec.id}: {', '.join(states)}")
    return 0


def cmd_search(lib: Library, args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    res = lib.search(query, limit=args.limit, sort=args.sort)
    if res.notice:
        err(res.notice)
    if args.json:
        recs = {r.id: r for r in lib.get_many([h.id for h in res.hits])}
        out: dict[str, Any] = {
            "query": res.query, "total": res.total, "notice": res.notice,
            "hits": [
                {"id": h.id, "score": h.score, "title": recs[h.id].title if h.id in recs else "",
                 "url": recs[h.id].url if h.id in recs else "", "snippet": h.snippet_text}
                for h in res.hits
            ],
        }  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not res.total:
        err(f"Nothing found for {query}.")
        return 0
    recs = {r.id: r for r in lib.get_many([h.id for h in res.hits])}
    shown = len(res.hits)
    err(f"{res.total} found" + (f", showing {shown}" if shown < res.total else "") + ":")
    for h in res.hits:
        rec = recs.get(h.id)
        if rec is None:
            continue
        print(f"{h.id:>5}  {rec.title or rec.url}  ({rec.display_site})")
        if h.snippet_text:
            print(textwrap.indent(textwrap.fill(h.snippet_text, 84), "       "))
    return 0


def cmd_reindex(lib: Library, args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rIndexing {done}/{total}…", end="", file=sys.stderr, flush=True)

    n = lib.reindex(progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Indexed {n} articles.")
    return 0


def cmd_reclean(lib: Library, args: argparse.Namespace) -> int:
    ids = list(args.ids)
    if args.outdated:
        ids += [i for i in lib.outdated_ids() if i not in set(ids)]
        if not ids:
            print("Every saved page is already cleaned by this version.")
            return 0
    if not ids:
        err("Say which articles to clean again (IDs), or --outdated.")
        return 2
    return _each(ids, lib.reclean)


def cmd_refetch(lib: Library, args: argparse.Namespace) -> int:
    return _each(args.ids, lib.refetch)


def _each(ids: Sequence[int], fn: Callable[[int], SaveResult]) -> int:
    failed = 0
    for article_id in ids:
        try:
            print(fn(article_id).message)
        except KlipingError as exc:
            failed += 1
            err(f"{article_id}: {exc}")
    return 1 if failed else 0


# -- helpers ----------------------------------------------------------------------------


def err(message: str) -> None:
    """A line for the person, on stderr (stdout stays parseable)."""
    print(message, file=sys.stderr, flush=True)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
