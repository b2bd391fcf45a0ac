"""How the window writes dates (one place, so the list and the reader agree).

Dates follow the window's locale (:func:`reader.gui.i18n.install` makes it the default
``QLocale``): its own month names, its order of day, month and year, without weekday.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

_WEEKDAY = re.compile(r"\s*dddd[,\s]*|[,\s]*dddd\s*")


def date_pattern(locale: QLocale, *, long: bool) -> str:
    """The locale's long date pattern without the weekday; month abbreviated unless
    ``long`` ("d MMM yyyy" for English, "yyyy年M月d日" for Japanese)."""
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat), count=1)
    pattern = re.sub(r"(?<!d)dd(?!d)", "d", pattern).strip(" ,،")  # 5 Juli, not 05 Juli
    return pattern if long else pattern.replace("MMMM", "MMM")


def display_date(value: str | None, *, long: bool = False) -> str:
    """'17 Sep 2024', or with ``long`` '17 September 2024' (in the window's locale);
    '' when unreadable."""
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return ""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale, long=long))
