"""The index folder's swap: how a rebuild puts a new folder in place, seen by everyone else.

A rebuild (:meth:`SearchIndex.rebuild <reader.core.search.index.SearchIndex.rebuild>`)
writes ``index.new`` beside the index, then renames ``index`` to ``index.old`` and
``index.new`` to ``index``, holding the swap lock (``index.swap``, beside the folder) from
its start to its swap. These functions let another reader or process wait for a swap,
notice that one happened (the folder's identity changed) and undo one a crash cut short.
"""

from __future__ import annotations

import logging
import os
import pathlib
import shutil
import time
from typing import Any

from whoosh.filedb.filestore import FileStorage

logger = logging.getLogger(__name__)


def swap_lock(folder: pathlib.Path) -> Any:
    """The lock a rebuild holds from its start to its swap.

    Its file sits beside the index folder (``index.swap``), so unlike the locks
    inside the folder it never moves while folders are renamed. Only its holder may
    repair, create or swap the folder.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    return FileStorage(str(folder.parent)).lock(folder.name + ".swap")


def recover_swap(folder: pathlib.Path) -> None:
    """Undoes a rebuild swap that a crash interrupted (when no rebuild is running)."""
    old = folder.with_name(folder.name + ".old")
    new = folder.with_name(folder.name + ".new")
    if not (old.exists() or new.exists()):
        return
    swap = swap_lock(folder)
    if not swap.acquire(blocking=False):
        return  # a rebuild is running: its folders are not leftovers
    try:
        if not folder.exists() and old.exists():
            logger.warning("restoring the search index from an interrupted rebuild")
            old.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(new, ignore_errors=True)
    except OSError as exc:
        logger.warning("could not tidy an interrupted rebuild: %r", exc)
    finally:
        swap.release()


def wait_for_swap(folder: pathlib.Path) -> None:
    # A rebuild moves the index aside and its replacement in within milliseconds.
    deadline = time.monotonic() + 10.0
    while not folder.exists() and time.monotonic() < deadline:
        swap = swap_lock(folder)
        if swap.acquire(blocking=False):
            swap.release()
            return  # nobody is swapping: the folder is simply absent
        time.sleep(0.02)


def folder_id(folder: pathlib.Path) -> int | None:
    """The index folder's identity: a rebuild's swap puts another folder here."""
    try:
        return os.stat(folder).st_ino
    except OSError:
        return None


def settle(folder: pathlib.Path) -> None:
    """Waits (briefly) for a rebuild in another process to finish its swap."""
    wait_for_swap(folder)
    swap = swap_lock(folder)
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        if swap.acquire(blocking=False):
            swap.release()
            return
        time.sleep(0.02)
