"""The ``kliping`` command line. Core only: no Qt is imported here.

Every subcommand opens the library (``--library DIR``, ``KLIPING_LIBRARY`` or the user
data folder), does one thing and exits: 0 when everything worked, 1 when an expected
failure happened (one line on stderr saying what and what to do), 2 for a usage error,
70 for a bug (its traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import difflib
import json
import logging
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from reader import __version__
from reader.core.errors import KlipingError
from reader.core.importers.pages import PAGE_SUFFIXES
from reader.core.library import Library, SaveOptions, SaveResult
from reader.core.store import SORTS, ArticleFilter, ArticleSummary
from reader.core.store.database import damage_message
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
  kliping feeds add https://www.wartaekonomi.co.id/   follow a news site (see feeds --help)
  kliping check                                       is the library sound?
  kliping repair                                      recover a damaged library

The library is one folder: --library DIR, else $KLIPING_LIBRARY, else your user data
folder. `kliping` with no command opens the window.
"""

REPAIR_HELP = "recover a damaged library database into a sound one"
REPAIR_EPILOG = """\
When Kliping says the library database is damaged it stops writing to it; reading
goes on with what is readable. `kliping repair` copies the damaged file aside
(library-damaged-DATE.sqlite3, never changed), reads every row it still can into a
fresh database, brings back as links the articles only the search index remembers,
cleans again from the saved page those whose text was lost, re-links images, rebuilds
the search index and says what was and was not recovered. Close Kliping's window on
the library first. `kliping check` reads the whole library to find damage that
ordinary reading does not touch.
"""

Handler = Callable[[Library, argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


class _Parser(argparse.ArgumentParser):
    """An argument parser that, when ``dash_words`` is set, reads ``-word`` as a word.

    ``kliping search harbour -council`` means "without council": the query parser must
    see ``-council``, which argparse would take for an unknown option (or for ``-h`` with
    an argument, ``-hbo``). Only the exact options of the command stay options.
    """

    dash_words = False

    def _parse_optional(self, arg_string: str) -> Any:
        if (
            self.dash_words
            and arg_string.startswith("-")
            and not arg_string.startswith("--")
            and len(arg_string) > 1
            and arg_string not in self._option_string_actions
        ):
            return None  # a positional argument: a word of the query
        return super()._parse_optional(arg_string)


def _common() -> _Parser:
    # Options accepted before or after the subcommand.
    common = _Parser(add_help=False)
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
    parser = _Parser(
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
    p.add_argument("--feed", type=int, metavar="ID", help="only articles from this feed")
    p.add_argument("--sort", choices=sorted(SORTS), default="saved")
    p.add_argument("--limit", type=_count, default=None, metavar="N", help="at most N articles")
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
    for pair in (
        (("--read", "read", True, "mark read"), ("--unread", "read", False, "mark unread")),
        (("--favorite", "favorite", True, "add to favourites"),
         ("--unfavorite", "favorite", False, "remove from favourites")),
        (("--archive", "archived", True, "archive"),
         ("--unarchive", "archived", False, "move out of the archive")),
    ):  # fmt: skip
        group = p.add_mutually_exclusive_group()  # --read --unread is refused, not "last wins"
        for flag, dest, value, text in pair:
            group.add_argument(flag, dest=dest, action="store_const", const=value, help=text)

    p = command("highlights", "list, add or remove highlights", cmd_highlights)
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="one article (default: all)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    change = p.add_mutually_exclusive_group()
    change.add_argument("--add", metavar="QUOTE", help="highlight this exact quote of article ID")
    change.add_argument("--remove", type=int, metavar="HID", help="remove highlight HID")
    p.add_argument("--note", default="", metavar="TEXT", help="the note of the added highlight")

    p = command("search", "search every saved article", cmd_search)
    p.dash_words = True  # type: ignore[attr-defined]
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
    command("check", "read the whole library and say whether it is sound", cmd_check)
    COMMANDS["repair"] = cmd_repair
    sub.add_parser(
        "repair", parents=[common], help=REPAIR_HELP, description=REPAIR_HELP,
        epilog=REPAIR_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip

    for extend in _extensions():
        extend(sub, common, COMMANDS)
    return parser


def _extensions() -> list[Callable[..., None]]:
    """Subcommand groups defined in their own modules (import/export, …)."""
    found: list[Callable[..., None]] = []
    for name in ("reader.cli_transfer", "reader.cli_feeds"):
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
    argv = list(sys.argv[1:] if argv is None else argv)
    unknown = unknown_command(argv)
    if unknown is not None:
        print(f"kliping: {unknown_message(unknown)}", file=sys.stderr)
        return 2
    args, extra = parser.parse_known_args(argv)
    if (
        extra
        and getattr(args, "command", None) == "search"
        and not any(e.startswith("--") for e in extra)
    ):
        # words after an option (search harbour --limit 5 ship): still the query's
        args.query = [*args.query, *extra]
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not args.command:
        parser.print_help()
        return 2
    log_path = setup_logging(getattr(args, "verbose", False))
    try:
        if args.command == "repair":  # a damaged database may not even open
            return cmd_repair(None, args)
        with Library.open(getattr(args, "library", None)) as lib:
            if lib.damaged is not None and args.command != "check":
                err(f"kliping: {damage_message(lib.damaged)}")
            _say_rebuilt(lib, None)
            said, damaged = lib.index_rebuilt, lib.damaged
            code = COMMANDS[args.command](lib, args)
            _say_rebuilt(lib, said)
            if lib.damaged is not None and damaged is None:  # found while reading
                err(f"kliping: {damage_message(lib.damaged)}")
            return code
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


def command_word(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option (nor the value of ``--library``)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--library":
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return None if arg == "--" else arg
    return None


def unknown_command(argv: Sequence[str]) -> str | None:
    """The mistyped command in ``argv`` ("lst"), or None.

    A word that names no command, no web address and no file: ``kliping URL|FILE…``
    opens the window, anything else that looks like a command is a mistake.
    """
    build_parser()  # fills COMMANDS
    word = command_word(argv)
    if word is None or word in COMMANDS:
        return None
    if any(c in word for c in "/.:\\~") or Path(word).exists():
        return None  # an address or a file: for the window
    return word


def unknown_message(word: str) -> str:
    """The line for a mistyped command: ``unknown command 'lst' (did you mean 'list'?)``."""
    close = difflib.get_close_matches(word.lower(), sorted(COMMANDS), n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else " (kliping --help lists the commands)"
    return f"unknown command '{word}'{hint}"


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
        if not is_file and _names_a_file(item):
            raise KlipingError(f"The file {item} does not exist.")
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
    line = _said(result)
    print(f"  {line}" if total > 1 else line)


def _said(result: SaveResult) -> str:
    """A save's one line, with how to do it again here when it was a duplicate."""
    if result.status == "duplicate":
        result = dataclasses.replace(
            result, warnings=[*result.warnings, "use --refresh to fetch it again"]
        )
    return result.message


def _names_a_file(item: str) -> bool:
    """True when ``item`` reads as a path (``page.html``, ``./x``, ``~/a``), not an address."""
    if is_http(item) or "://" in item:
        return False
    if item.startswith(("/", "./", "../", "~", ".\\")) or "\\" in item:
        return True
    first = item.split("/", 1)[0]
    return Path(item).suffix.lower() in PAGE_SUFFIXES and "." not in Path(first).stem


def _count(text: str) -> int:
    """A --limit: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a number of articles (1 or more)")
    return value


def article_fields(lib: Library, rows: Sequence[ArticleSummary]) -> list[dict[str, Any]]:
    """What ``list --json`` and ``search --json`` say about each article."""
    ids = [r.id for r in rows]
    tags = lib.tags_of_many(ids)
    marks = lib.highlight_counts(ids)
    out = []
    for r in rows:
        data = asdict(r)
        data["feed"] = data.pop("feed_id", None)  # the feed it came from (kliping feeds list)
        data["site"] = r.display_site
        data["tags"] = tags.get(r.id, [])
        data["highlights"] = marks.get(r.id, 0)
        out.append(data)
    return out


def cmd_list(lib: Library, args: argparse.Namespace) -> int:
    flt = ArticleFilter(
        is_read=False if args.unread else True if args.read else None,
        is_favorite=True if args.favorites else None,
        is_archived=True if args.archived else None,
        tag=args.tag,
        site=args.site,
        feed=args.feed,
    )
    rows = lib.list(flt, sort=args.sort, limit=-1 if args.limit is None else args.limit)
    if args.json:
        print(json.dumps(article_fields(lib, rows), ensure_ascii=False, indent=2))
        return 0
    if not rows:
        err("No articles." if not lib.count() else "No articles match.")
        return 0
    published = args.sort.startswith("published")
    label = "published" if published else "saved"
    print(f"{'ID':>5}     {_fit(label, 10)}  {_fit('site', 20)}  {'time':>6}  title")
    for r in rows:
        flags = ("•" if not r.is_read else " ") + ("★" if r.is_favorite else " ")
        flags += "A" if r.is_archived else " "
        date = ((r.published or "unknown") if published else r.saved_at)[:10]
        mins = f"{r.reading_minutes} min" if r.reading_minutes else "link"
        title = " ".join((r.title or display_url(r.url)).split())
        print(f"{r.id:>5} {flags} {_fit(date, 10)}  {_fit(r.display_site, 20)}  {mins:>6}  {title}")
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
        from reader.core.exporters.to_markdown import escape_text, html_to_markdown

        head = f"# {escape_text(rec.title)}\n\n" if rec.title else ""
        tags = "Tags: " + escape_text(", ".join(rec.tags)) + "\n\n" if rec.tags else ""
        print(head + tags + html_to_markdown(rec.html))
        marks = lib.highlights(rec.id)
        if rec.note.strip():
            print(f"\n## Note\n\n{escape_text(rec.note.strip())}")
        if marks:
            print("\n## Highlights\n")
            for hl in marks:
                lines = escape_text(hl["quote"]).splitlines()
                quote = "\n".join(f"> {line}".rstrip() for line in lines)
                note = escape_text(hl["note"] or "")
                print(f"{quote}\n" + (f"\n{note}\n" if note else ""))
    else:
        print(rec.title)
        meta = [rec.display_site, ", ".join(rec.authors), (rec.published or "")[:10]]
        if rec.reading_minutes:
            meta.append(f"{rec.reading_minutes} min read")
        print(" · ".join(m for m in meta if m))
        print(display_url(rec.url))
        if rec.tags:
            print("Tags: " + ", ".join(rec.tags))
        if rec.status == "feed-text":
            print("(Saved from its feed's text: the page could not be fetched. "
                  f"`kliping refetch {rec.id}` tries again.)")  # fmt: skip
        print()
        width = 88
        for para in rec.text.split("\n\n"):
            if para.strip():
                print(textwrap.fill(para.strip(), width=width) if len(para) > width else para)
                print()
        if rec.note.strip():
            print("Note:")
            print(textwrap.indent(rec.note.strip(), "  "))
            print()
        marks = lib.highlights(rec.id)
        if marks:
            print(f"Highlights ({len(marks)}):")
            for hl in marks:
                print(textwrap.indent(textwrap.fill(f"“{hl['quote']}”", 84), "  "))
                if hl["note"]:
                    print(textwrap.indent(hl["note"], "    note: "))
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
    have = {t.lower() for t in lib.get(args.id).tags}
    absent = [t for t in args.tags if " ".join(t.split()).lower() not in have]
    lib.untag([args.id], args.tags)
    print(f"{args.id}: {', '.join(lib.get(args.id).tags) or '(no tags)'}")
    if absent:
        err(f"Article {args.id} has no tag {', '.join(repr(t) for t in absent)}.")
        return 1
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
        rows = lib.list(ArticleFilter(ids=[h.id for h in res.hits]))
        fields = {f["id"]: f for f in article_fields(lib, rows)}
        out: dict[str, Any] = {
            "query": res.query, "total": res.total, "notice": res.notice,
            "hits": [
                {**fields[h.id], "score": h.score, "snippet": h.snippet_text}
                for h in res.hits if h.id in fields
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
        print(f"{h.id:>5}  {rec.title or display_url(rec.url)}  ({rec.display_site})")
        if h.snippet_text:
            print(textwrap.indent(textwrap.fill(h.snippet_text, 84), "       "))
    return 0


def cmd_highlights(lib: Library, args: argparse.Namespace) -> int:
    if args.remove is not None:
        owner = lib.store.highlight_article(args.remove)
        if owner is None or (args.id is not None and owner != args.id):
            where = f" in article {args.id}" if args.id is not None else ""
            err(f"There is no highlight {args.remove}{where}.")
            return 1
        lib.delete_highlight(args.remove)
        print(f"Removed highlight {args.remove} of article {owner}.")
        return 0
    if args.add is not None:
        if args.id is None:
            err('Say which article to highlight: kliping highlights ID --add "exact quote".')
            return 2
        rec = lib.get(args.id)
        quote = " ".join(args.add.split())
        start = rec.text.find(quote) if quote else -1
        if start < 0:
            err(f"Article {args.id} does not contain that quote; copy it exactly from "
                f"kliping show {args.id}.")  # fmt: skip
            return 1
        hid = lib.add_highlight(args.id, quote, args.note.strip(), start, start + len(quote))
        print(f"Added highlight {hid} to article {args.id}.")
        return 0
    if args.note:
        err("--note goes with --add.")
        return 2
    if args.id is not None:
        rec = lib.get(args.id)
        marks = [{**h, "article_id": rec.id} for h in lib.highlights(rec.id)]
        titles = {rec.id: rec.title or rec.url}
    else:
        marks = lib.all_highlights()
        ids = sorted({int(h["article_id"]) for h in marks})
        titles = {r.id: r.title or r.url for r in lib.list(ArticleFilter(ids=ids))} if ids else {}
    if args.json:
        print(json.dumps([{**h, "title": titles.get(h["article_id"], "")} for h in marks],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    if not marks:
        err("No highlights." if args.id is None else f"Article {args.id} has no highlights.")
        return 0
    shown = None
    for hl in marks:
        if hl["article_id"] != shown:
            shown = hl["article_id"]
            print(f"{shown:>5}  {' '.join(str(titles.get(shown, '')).split())}")
        lines = textwrap.fill(f"“{hl['quote']}”", 80).splitlines()
        print(f"{hl['id']:>9}  {lines[0]}")
        for line in lines[1:]:
            print(" " * 11 + line)
        if hl["note"]:
            print(textwrap.indent(hl["note"], " " * 11 + "note: "))
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
    # One index commit per 200 articles, not one per article (most of the time).
    with lib.index_batch() if len(ids) > 1 else contextlib.nullcontext():
        return _each(ids, lib.reclean)


def cmd_check(lib: Library, args: argparse.Namespace) -> int:
    problems = lib.check()
    for line in problems:
        err(f"kliping: {line}")
    if problems:
        return 1
    print(f"The library is sound: {lib.count()} articles; the search index agrees.")
    return 0


def cmd_repair(lib: Library | None, args: argparse.Namespace) -> int:
    from reader.core.library.repair import repair
    from reader.core.paths import resolve_library_dir

    folder = resolve_library_dir(getattr(args, "library", None))
    report = repair(folder, progress=err)
    for line in report.lines():
        print(line)
    return 0


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


def _say_rebuilt(lib: Library, said: str | None) -> None:
    """One line when the search index was found damaged and rebuilt (once per reason)."""
    if lib.index_rebuilt and lib.index_rebuilt != said:
        err(f"kliping: {lib.index_rebuilt}; it was rebuilt from the library.")


def err(message: str) -> None:
    """A line for the person, on stderr (stdout stays parseable)."""
    print(message, file=sys.stderr, flush=True)


def display_width(text: str) -> int:
    """How many terminal cells ``text`` takes: CJK and emoji take two, accents none."""
    return sum(
        0 if unicodedata.combining(ch) or ch in "\u200b\u200d\ufe0f"
        else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )  # fmt: skip


def _fit(text: str, width: int) -> str:
    """``text`` clipped (with "…") or padded to exactly ``width`` cells."""
    text = " ".join(text.split())
    if display_width(text) > width:
        out = ""
        for ch in text:
            if display_width(out + ch) > width - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (width - display_width(text))
