"""Helpers the library tests share: the saved test pages, and a snapshot of what a failed
save must leave unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.library import Library

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"
PAGE = "en-harbourledger-solar"
DATA = Path(__file__).resolve().parents[2] / "data"


def expected(name: str) -> dict[str, object]:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def snapshot(lib: Library) -> tuple[int, list[str], list[tuple[int, str]]]:
    """What a failed save must leave unchanged: articles, asset files, pending index work."""
    assets = sorted(p.name for p in (lib.folder / "assets").glob("*"))
    return lib.count(), assets, lib.store.outbox()
