"""What an operation changed: one plain value, carried by one signal to every widget.

Anki's ``OpChanges`` and ``operation_did_execute``: an operation (save, flag, tag, delete,
highlight, import, subscribe, a feed's refresh) never reaches into the window; it emits a
:class:`Changes` saying what changed, and each part of the window refreshes itself from
the fields it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What one step of an operation changed in the library.

    Attributes:
        articles: The articles the fields below are about.
        flags: New flag values (``is_read``, ``is_favorite``, ``is_archived``) of
            ``articles``, sent as the write starts so the list shows them at once.
        saved: An article saved or saved again (the list is read again; the window shows
            it when no article is open).
        added: Articles came in (an import): the list is read again.
        stale: A write failed: the list shows what is really stored.
        counts: The sidebar's counts, tags or sites changed.
        highlights: The highlights of ``articles`` changed.
        note: The reader's note on ``articles`` changed (an open one is shown again).
        hidden: ``articles`` left the list (a delete waiting for its undo window).
        restored: ``articles`` came back (undo).
        deleted: ``articles`` were deleted for good.
        arrived: ``articles`` came from feeds: they join the list without moving the
            reader's place.
        feeds: The subscriptions changed (added, edited, refreshed, removed): the
            sidebar's Feeds section is read again.
        feeds_gone: These subscriptions were removed: a view showing one of them goes
            back to all articles.
    """

    articles: tuple[int, ...] = ()
    flags: Mapping[str, bool] = field(default_factory=dict)
    saved: int | None = None
    added: bool = False
    stale: bool = False
    counts: bool = False
    highlights: bool = False
    note: bool = False
    hidden: bool = False
    restored: bool = False
    deleted: bool = False
    arrived: bool = False
    feeds: bool = False
    feeds_gone: tuple[int, ...] = ()


@dataclass(frozen=True)
class Notice:
    """A confirmation or hint for the window's message bar, optionally with an action."""

    text: str
    action: tuple[str, Callable[[], None]] | None = None
    timeout_ms: int = 6000
