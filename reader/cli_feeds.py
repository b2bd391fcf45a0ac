"""``kliping feeds …``: subscribe to sites and feeds, refresh them, move them in and out.

Registered by :func:`reader.cli.build_parser` through :func:`register`. The window
calls the same core (:class:`reader.core.feeds.Feeds`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reader.core.errors import KlipingError, NoFeedError
from reader.core.feeds import FeedReport, Feeds
from reader.core.library import Library

FEEDS_HELP = "subscribe to sites and feeds; every new article is saved clean and offline"
FEEDS_EPILOG = """\
examples:
  kliping feeds add https://www.wartaekonomi.co.id/     find the site's feed and subscribe
  kliping feeds add https://example.com/feed.xml --folder Tech --full-text-in-feed
  kliping feeds add https://example.com/news/ --watch   a page watch: a site with no feed
  kliping feeds refresh                                 all feeds (for cron or a timer)
  kliping feeds list                                    id, title, folder, unread, errors
  kliping feeds edit 3 --interval 30 --keep-days 60
  kliping feeds import subscriptions.opml               folders kept
  kliping list --feed 3                                 the articles one feed brought

Refreshing is polite: conditional requests (ETag, Last-Modified), Retry-After and 429
honoured, a failing feed backs off, at most two requests at a time per site. A feed's
first refresh saves only its newest 30 items. Articles stay when a feed is removed.
"""


def register(sub: Any, common: argparse.ArgumentParser, commands: dict[str, Any]) -> None:
    """Add ``kliping feeds`` and its subcommands to the ``kliping`` parser."""
    top = sub.add_parser(
        "feeds", parents=[common], help=FEEDS_HELP, description=FEEDS_HELP,
        epilog=FEEDS_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    commands["feeds"] = cmd_feeds
    fsub = top.add_subparsers(dest="feeds_command", metavar="ACTION")

    def action(name: str, text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = fsub.add_parser(
            name, parents=[common], help=text, description=text
        )
        return parser

    p = action("add", "subscribe to a site (its feed is found) or to a feed's address")
    p.add_argument("url", metavar="URL")
    p.add_argument("--folder", default="", metavar="F", help="put it in this folder")
    p.add_argument(
        "--full-text-in-feed", action="store_true",
        help="the feed carries whole articles: save them from it, fetch no pages",
    )  # fmt: skip
    p.add_argument("--all", action="store_true", help="subscribe to every feed found")
    p.add_argument(
        "--watch", action="store_true",
        help="follow a page that has no feed (a page watch): its new article links are saved",
    )  # fmt: skip

    p = action("list", "list subscriptions: id, title, folder, unread, last refresh, error")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = action("refresh", "fetch new articles from feeds (all when no ID is given)")
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--due", action="store_true", help="only the feeds whose time has come")

    p = action("remove", "unsubscribe (the articles already saved stay)")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")

    p = action("edit", "change a subscription")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--title", metavar="T")
    p.add_argument("--folder", metavar="F", help="move to this folder ('' for none)")
    p.add_argument("--interval", type=int, metavar="MIN",
                   help="minutes between refreshes (0: the default, 60)")  # fmt: skip
    p.add_argument("--keep-days", type=int, metavar="N",
                   help="delete read articles older than N days (0: keep everything; "
                        "favourites, tagged and highlighted ones are always kept)")  # fmt: skip
    full = p.add_mutually_exclusive_group()
    full.add_argument("--full-text-in-feed", dest="full_text", action="store_const", const=True,
                      help="save articles from the feed's text, fetch no pages")  # fmt: skip
    full.add_argument("--fetch-pages", dest="full_text", action="store_const", const=False,
                      help="fetch each article's page (the default)")  # fmt: skip

    p = action("import", "subscribe to the feeds of an OPML file (folders kept)")
    p.add_argument("file", metavar="FILE.opml")

    p = action("export", "write every subscription as OPML")
    p.add_argument("-o", "--output", metavar="FILE.opml", help="the file (default: stdout)")
    top.set_defaults(feeds_parser=top)


def cmd_feeds(lib: Library, args: argparse.Namespace) -> int:
    handler = {
        "add": _add, "list": _list, "refresh": _refresh, "remove": _remove, "edit": _edit,
        "import": _import, "export": _export,
    }.get(args.feeds_command or "")  # fmt: skip
    if handler is None:
        args.feeds_parser.print_help(sys.stderr)
        return 2
    return handler(Feeds(lib), args)


def _add(feeds: Feeds, args: argparse.Namespace) -> int:
    if args.watch:
        watch = feeds.watch(args.url, folder=args.folder)
        print(f"Watching the page {watch.url} as {watch.id}: {watch.display_title}")
        print("  This is a page watch, not a feed: new links on the page that look like "
              "articles are saved at each refresh.")  # fmt: skip
        return 0
    try:
        added, found = feeds.add(
            args.url, folder=args.folder, full_text=args.full_text_in_feed, every=args.all
        )
    except NoFeedError as exc:
        _err(
            f"kliping: {exc} To follow the page itself for new articles, add it as a page "
            f"watch: kliping feeds add {exc.page_url} --watch"
        )
        return 1
    for feed in added:
        print(f"Subscribed {feed.id}: {feed.display_title} ({feed.url})")
    others = found.feeds[len(added) :]
    if others:
        _err(f"The site has {len(others)} more feed(s); add one by its address, or use --all:")
        for other in others:
            _err(f"  {other.url}  {other.title}")
    return 0


def _list(feeds: Feeds, args: argparse.Namespace) -> int:
    subs = feeds.list()
    if args.json:
        print(json.dumps([f.as_json() for f in subs], ensure_ascii=False, indent=2))
        return 0
    if not subs:
        _err("No subscriptions. Add one with: kliping feeds add URL")
        return 0
    for f in subs:
        kind = " [page watch]" if f.is_watch else ""
        folder = f"{f.folder}/" if f.folder else ""
        last = (f.last_refresh or "never").replace("T", " ").rstrip("Z")[:16]
        print(f"{f.id:>5}  {folder}{f.display_title}{kind}  ({f.unread} unread)  {last}")
        print(f"       {f.url}")
        if f.error:
            print(f"       ! {f.error}")
    return 0


def _refresh(feeds: Feeds, args: argparse.Namespace) -> int:
    ids = args.ids or None
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, report: FeedReport) -> None:
        if tty:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        print(report.line, flush=True)
        if tty and done < total:
            print(f"Refreshing… {done}/{total} feeds done", end="", file=sys.stderr, flush=True)

    if tty:
        due_only = args.due and ids is None
        count = len(ids) if ids else len(feeds.due() if due_only else
                                         [f for f in feeds.list() if not f.gone])  # fmt: skip
        print(f"Refreshing {count} feed{'s' if count != 1 else ''}…", end="", file=sys.stderr,
              flush=True)  # fmt: skip
    report = feeds.refresh(ids, due_only=args.due and ids is None, progress=progress)
    if not report.feeds:
        print("No feed to refresh." if not feeds.list() else "No feed is due.")
        return 0
    print(report.summary)
    for failed in report.failed:
        _err(f"kliping: {failed.title or failed.url}: {failed.error}")
    return 1 if report.failed else 0


def _remove(feeds: Feeds, args: argparse.Namespace) -> int:
    for feed in feeds.remove(args.ids):
        print(f"Removed {feed.id}: {feed.display_title} ({feed.total} articles stay)")
    return 0


def _edit(feeds: Feeds, args: argparse.Namespace) -> int:
    feed = feeds.edit(
        args.id, title=args.title, folder=args.folder, interval=args.interval,
        keep_days=args.keep_days, full_text=args.full_text,
    )  # fmt: skip
    interval = f"every {feed.interval_minutes} min" if feed.interval_minutes else "default interval"
    keep = f"read articles expire after {feed.keep_days} days" if feed.keep_days else "keeps all"
    folder = f"in {feed.folder}" if feed.folder else "no folder"
    print(f"{feed.id}: {feed.display_title} ({folder}, {interval}, {keep})")
    return 0


def _import(feeds: Feeds, args: argparse.Namespace) -> int:
    result = feeds.import_opml(Path(args.file))
    for feed in result.added:
        where = f" in {feed.folder}" if feed.folder else ""
        print(f"Subscribed {feed.id}: {feed.display_title}{where}")
    extra = f", {len(result.existing)} already subscribed" if result.existing else ""
    print(f"Imported {len(result.added)} subscriptions{extra}. "
          "Run `kliping feeds refresh` to fetch their articles.")  # fmt: skip
    if result.without_password:
        print(f"{len(result.without_password)} of them had a password in their address, "
              "which Kliping does not keep: they are subscribed without it, and one that "
              "needs it will fail to refresh: " + ", ".join(result.without_password))  # fmt: skip
    return 0


def _export(feeds: Feeds, args: argparse.Namespace) -> int:
    text = feeds.export_opml()
    if not args.output:
        sys.stdout.write(text)
        return 0
    path = Path(args.output).expanduser()
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KlipingError(f"Could not write {path}: {exc.strerror or exc}.") from exc
    _err(f"Wrote {len(feeds.list())} subscriptions to {path}.")
    return 0


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
