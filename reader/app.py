"""Kliping's composition root: the command line, or the window.

``kliping COMMAND …`` runs a command without a display (see :mod:`reader.cli`).
``kliping [--library DIR] [URL|FILE …]`` opens the window, saving any URLs or HTML
files given (so "Open with Kliping" and dropping a file on the icon work).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence

from reader import __version__

GUI_FLAGS = ("--self-check",)


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the arguments name a subcommand (or ask for help or the version)."""
    from reader.cli import COMMANDS, build_parser

    if any(a in ("-h", "--help", "--version") for a in argv):
        return True
    build_parser()  # fills COMMANDS, including commands defined in other modules
    return any(a in COMMANDS for a in argv if not a.startswith("-"))


def gui_parser() -> argparse.ArgumentParser:
    """Arguments the window understands."""
    parser = argparse.ArgumentParser(prog="kliping", add_help=False)
    parser.add_argument("--library", metavar="DIR")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--self-check", action="store_true")
    parser.add_argument("items", nargs="*")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``kliping`` and ``kliping-gui`` entry point."""
    # In the frozen app the cleaner's worker processes (reader.core.cleaning) start
    # this same executable: here they become workers instead of parsing arguments.
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    from reader.cli import main as cli_main

    if wants_cli(args_list):
        return cli_main(args_list)
    from reader.cli import unknown_command, unknown_message

    mistyped = unknown_command(args_list)
    if mistyped is not None:  # a word that is no command, address or file: never the window
        print(f"kliping: {unknown_message(mistyped)}", file=sys.stderr)
        return 2
    args, unknown = gui_parser().parse_known_args(args_list)
    if unknown:
        return cli_main(args_list)  # let the full parser explain the mistake
    if args.self_check:
        from reader.selfcheck import self_check

        return int(self_check())
    from reader.gui.application import run

    return int(run(library=args.library, items=args.items, verbose=args.verbose))


__all__ = ["__version__", "main"]
