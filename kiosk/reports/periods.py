"""The report's periods and how its dates and numbers are written, in Vietnamese or English:
the same on the screen, on paper and in the files' titles.

    period("quarter", date(2026, 11, 15))  -> (date(2026, 10, 1), date(2026, 11, 15))
    number(1234, "vi") -> "1.234"; day_text(date(2026, 10, 1), "en") -> "1 October 2026"
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kiosk.narration.numbers import EN_MONTHS

PERIODS = ("month", "last_month", "quarter")  # the periods the report screen offers by name
MONTHS_EN = EN_MONTHS
MONTHS_EN_SHORT = tuple(month[:3] for month in MONTHS_EN)


def period(key: str, today: date) -> tuple[date, date]:
    """The first and last day of this month, last month or this quarter; a period under way
    ends today."""
    first = today.replace(day=1)
    if key == "month":
        return first, today
    if key == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if key == "quarter":
        return first.replace(month=(today.month - 1) // 3 * 3 + 1), today
    raise ValueError(f"unknown period {key!r}")


def number(value: int, language: str) -> str:
    """1234 -> "1.234" in Vietnamese, "1,234" in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "vi" else text


def day_text(day: date, language: str) -> str:
    """ "01/10/2026" in Vietnamese, "1 October 2026" in English."""
    if language == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def range_text(start: date, end: date, language: str) -> str:
    """ "01/10/2026 – 31/12/2026" """
    return f"{day_text(start, language)} – {day_text(end, language)}"


def month_text(key: str, language: str, short: bool = False) -> str:
    """ "2026-10" -> "Tháng 10/2026" ("10/2026" when short), "October 2026" ("Oct 2026")."""
    year, month = (int(part) for part in key.split("-"))
    if language == "vi":
        return f"{month:02d}/{year}" if short else f"Tháng {month:02d}/{year}"
    names = MONTHS_EN_SHORT if short else MONTHS_EN
    return f"{names[month - 1]} {year}"


def natural(name: str) -> list[str | int]:
    """A sort key in which the numbers inside a name count as numbers."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]
