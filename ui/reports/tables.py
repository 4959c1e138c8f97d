"""A report as tables of words and numbers: titles, column headers and rows, in one language.

The same tables are shown on the screen (in the interface's language, through Qt's translator)
and printed in the PDF (in the report's language, through the kiosk's .qm files): callers
pass `translate(context, source)`. Every fixed text here is in the "ReportFigures" context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS, label
from kiosk.reports.model import APP_INSTALL_CODES, Figures, Report, ReportQuery
from ui.printing.sheets import MONTHS_EN

Translate = Callable[[str, str], str]
MONTHS_EN_SHORT = tuple(month[:3] for month in MONTHS_EN)


def qt_translate(context: str, source: str) -> str:
    """The interface's language: whatever translator the application has installed."""
    return QCoreApplication.translate(context, source)


@dataclass(frozen=True)
class Table:
    """`columns[0]` heads the row names; the other columns hold numbers."""

    key: str  # summary, kinds, apps, lessons, groups, months
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None  # a last row in bold, when the table has one


# -- numbers, dates, months ---------------------------------------------------------------
def number(value: int, language: str) -> str:
    """1234 -> "1.234" in Vietnamese, "1,234" in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "vi" else text


def day_text(day: date, language: str) -> str:
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


def installs(figures: Figures) -> int:
    return sum(figures.app_installs.get(code, 0) for code in APP_INSTALL_CODES)


# -- the tables ---------------------------------------------------------------------------
def summary_rows(
    figures: Figures, language: str, translate: Translate, with_installs: bool = True
) -> list[tuple[str, str]]:
    """The campaign's figures for the whole range, one (name, number) a row."""
    rows = [
        (translate("ReportFigures", "Participants"), figures.participants),
        (translate("ReportFigures", "of whom aged 60 or over"), figures.participants_60_plus),
        (translate("ReportFigures", "Attendances"), figures.attendances),
        (translate("ReportFigures", "Sessions"), figures.sessions),
        (translate("ReportFigures", "Lessons completed"), figures.completions),
        (
            translate("ReportFigures", "People given individual support"),
            figures.individual_support_people,
        ),
    ]
    if with_installs:
        rows.append((translate("ReportFigures", "App installations"), installs(figures)))
    rows += [
        (translate("ReportFigures", "Dossiers submitted online"), figures.dossiers_online),
        (translate("ReportFigures", "VNeID accounts activated"), figures.vneid_activations),
        (translate("ReportFigures", "VNeID accounts recovered"), figures.vneid_recoveries),
        (translate("ReportFigures", "VNeID device changes"), figures.vneid_device_changes),
        (translate("ReportFigures", "Personal digital signatures"), figures.digital_signatures),
        (translate("ReportFigures", "Cashless payments set up"), figures.cashless_payments),
    ]
    return [(name, number(value, language)) for name, value in rows]


def summary_table(report: Report, language: str, translate: Translate) -> Table:
    rows = summary_rows(report.total, language, translate)
    columns = (translate("ReportFigures", "Figure"), translate("ReportFigures", "Number"))
    return Table("summary", translate("ReportFigures", "Summary"), columns, tuple(rows))


def kinds_table(report: Report, language: str, translate: Translate) -> Table:
    figures = report.total
    rows = tuple(
        (
            label(SESSION_KINDS, kind, language),
            number(figures.sessions_by_kind.get(kind, 0), language),
            number(figures.attendances_by_kind.get(kind, 0), language),
        )
        for kind in SESSION_KINDS
    )
    columns = (
        translate("ReportFigures", "Kind of session"),
        translate("ReportFigures", "Sessions"),
        translate("ReportFigures", "Attendances"),
    )
    title = translate("ReportFigures", "By kind of session")
    total = (
        translate("ReportFigures", "Total"),
        number(figures.sessions, language),
        number(figures.attendances, language),
    )
    return Table("kinds", title, columns, rows, total)


def apps_table(report: Report, language: str, translate: Translate) -> Table:
    figures = report.total
    rows = tuple(
        (label(SUPPORT_KINDS, code, language), number(figures.app_installs.get(code, 0), language))
        for code in APP_INSTALL_CODES
    )
    columns = (translate("ReportFigures", "App"), translate("ReportFigures", "Installations"))
    total = (translate("ReportFigures", "Total"), number(installs(figures), language))
    return Table("apps", translate("ReportFigures", "App installations"), columns, rows, total)


def lessons_table(
    report: Report,
    language: str,
    translate: Translate,
    lesson_titles: Mapping[str, str] | None = None,
) -> Table:
    """Completions per lesson, the most completed first; lessons by title when known."""
    titles = lesson_titles or {}
    done = report.total.completions_by_lesson

    def count(lesson: str, how: str) -> int:
        return done[lesson].get(how, 0)

    def both(lesson: str) -> int:
        return count(lesson, "named") + count(lesson, "anonymous")

    order = sorted(done, key=lambda lesson: (-both(lesson), titles.get(lesson, lesson)))
    rows = tuple(
        (
            titles.get(lesson, lesson),
            number(count(lesson, "named"), language),
            number(count(lesson, "anonymous"), language),
            number(both(lesson), language),
        )
        for lesson in order
    )
    columns = (
        translate("ReportFigures", "Lesson"),
        translate("ReportFigures", "With a name"),
        translate("ReportFigures", "Anonymous"),
        translate("ReportFigures", "Completed"),
    )
    figures = report.total
    total = (
        translate("ReportFigures", "Total"),
        number(figures.completions_named, language),
        number(figures.completions_anonymous, language),
        number(figures.completions, language),
    )
    title = translate("ReportFigures", "Lessons completed")
    return Table("lessons", title, columns, rows, total if rows else None)


def breakdown_columns(translate: Translate) -> list[tuple[str, str, Callable[[Figures], int]]]:
    """(key, header, figure) of the per-group and per-month tables."""
    return [
        ("participants", translate("ReportFigures", "Participants"), lambda f: f.participants),
        ("60_plus", translate("ReportFigures", "Aged 60+"), lambda f: f.participants_60_plus),
        ("attendances", translate("ReportFigures", "Attendances"), lambda f: f.attendances),
        ("completions", translate("ReportFigures", "Lessons completed"), lambda f: f.completions),
        ("installs", translate("ReportFigures", "App installations"), installs),
        (
            "individual",
            translate("ReportFigures", "Individual support"),
            lambda f: f.individual_support_people,
        ),
        ("dossiers", translate("ReportFigures", "Dossiers online"), lambda f: f.dossiers_online),
    ]


def _breakdown(
    key: str,
    title: str,
    first: str,
    parts: list[tuple[str, Figures]],
    language: str,
    translate: Translate,
    only: tuple[str, ...] = (),
) -> Table:
    shown = [c for c in breakdown_columns(translate) if not only or c[0] in only]
    rows = tuple(
        (name, *(number(figure(figures), language) for _, _, figure in shown))
        for name, figures in parts
    )
    return Table(key, title, (first, *(header for _, header, _ in shown)), rows)


def group_name(group: str, translate: Translate) -> str:
    return group or translate("ReportFigures", "(no group)")


def groups_table(
    report: Report, language: str, translate: Translate, only: tuple[str, ...] = ()
) -> Table:
    """Per residential group, in name order ("Tổ 2" before "Tổ 10"), people without a group
    last."""
    names = sorted(report.by_group, key=lambda group: (group == "", natural(group)))
    parts = [(group_name(g, translate), report.by_group[g]) for g in names]
    title = translate("ReportFigures", "By residential group")
    first = translate("ReportFigures", "Residential group")
    return _breakdown("groups", title, first, parts, language, translate, only)


def months_table(
    report: Report, language: str, translate: Translate, only: tuple[str, ...] = ()
) -> Table:
    parts = [(month_text(m, language), report.by_month[m]) for m in sorted(report.by_month)]
    title = translate("ReportFigures", "By month")
    first = translate("ReportFigures", "Month")
    return _breakdown("months", title, first, parts, language, translate, only)


def report_tables(
    report: Report,
    language: str,
    translate: Translate,
    lesson_titles: Mapping[str, str] | None = None,
) -> list[Table]:
    """Every table of the report, in the order they are printed."""
    return [
        summary_table(report, language, translate),
        kinds_table(report, language, translate),
        apps_table(report, language, translate),
        lessons_table(report, language, translate, lesson_titles),
        groups_table(report, language, translate),
        months_table(report, language, translate),
    ]


def query_lines(query: ReportQuery, language: str, translate: Translate) -> list[str]:
    """The range, and the place and kind of session when the report is limited to one."""
    lines = [
        translate("ReportFigures", "From {start} to {end}").format(
            start=day_text(query.start, language), end=day_text(query.end, language)
        )
    ]
    if query.location:
        where = translate("ReportFigures", "Place: {place}")
        lines.append(where.format(place=query.location))
    if query.kind:
        kind = translate("ReportFigures", "Kind of session: {kind}")
        lines.append(kind.format(kind=label(SESSION_KINDS, query.kind, language)))
    return lines
