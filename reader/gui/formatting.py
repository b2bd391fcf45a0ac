"""How the window writes dates (one place, so the list and the reader agree)."""

from __future__ import annotations

import datetime as dt


def display_date(value: str | None, *, long: bool = False) -> str:
    """'17 Sep 2024', or with ``long`` '17 September 2024'; '' when unreadable."""
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return ""
    return f"{day.day} {day:%B %Y}" if long else f"{day.day} {day:%b %Y}"
