"""The report as tables, built once for every output: the screen and the PDF (ui/reports/),
the CSV and XLSX files (kiosk/reports/exports.py). No Qt here.

Every word comes from kiosk/text/reports.py through `say`, in the language asked for: one
wording a figure (`figure_label`), whatever shows it.

- `report_tables(report, language, lesson_titles)`: the tables shown and printed (summary,
  kinds of session, apps, lessons, groups, months), their numbers written as words ("1.234"),
  with a total row where the table has one.
- `file_tables(report, language, lesson_titles)`: the five tables of the CSV and XLSX files
  (summary with each figure's key, lessons, apps, groups, months), numbers as numbers, and
  `about_rows` for what the report covers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS, label
from kiosk.reports.model import APP_INSTALL_CODES, Figures, Report, ReportQuery
from kiosk.reports.periods import day_text, month_text, natural, number
from kiosk.text import say

Cell = str | int


@dataclass(frozen=True)
class Table:
    """`columns[0]` heads the rows' names; the other columns hold numbers."""

    key: str  # summary, kinds, apps, lessons, groups, months
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None  # a last row in bold, when the table has one


def text(key: str, language: str) -> str:
    """A title or heading (`report.<key>` in kiosk/text/reports.py)."""
    return say(f"report.{key}", language)


def figure_label(key: str, language: str) -> str:
    """The name of a figure (a Figures field, or "app_installs" for all apps together)."""
    return say(f"report.label.{key}", language)


def installs(figures: Figures) -> int:
    return sum(figures.app_installs.get(code, 0) for code in APP_INSTALL_CODES)


# -- shown and printed ----------------------------------------------------------------------
SUMMARY = (
    "participants",
    "participants_60_plus",
    "attendances",
    "sessions",
    "completions",
    "class_completions",
    "individual_support_people",
    "app_installs",
    "dossiers_online",
    "vneid_activations",
    "vneid_recoveries",
    "vneid_device_changes",
    "digital_signatures",
    "cashless_payments",
)


def summary_rows(
    figures: Figures, language: str, with_installs: bool = True
) -> list[tuple[str, str]]:
    """The campaign's figures for the whole range, one (name, number) a row."""
    shown = [key for key in SUMMARY if with_installs or key != "app_installs"]
    return [
        (
            figure_label(key, language),
            number(installs(figures) if key == "app_installs" else getattr(figures, key), language),
        )
        for key in shown
    ]


def summary_table(report: Report, language: str) -> Table:
    rows = summary_rows(report.total, language)
    columns = (text("figure", language), text("value", language))
    return Table("summary", text("summary", language), columns, tuple(rows))


def kinds_table(report: Report, language: str) -> Table:
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
        text("session_kind", language),
        figure_label("sessions", language),
        figure_label("attendances", language),
    )
    total = (
        text("total_row", language),
        number(figures.sessions, language),
        number(figures.attendances, language),
    )
    return Table("kinds", text("kinds", language), columns, rows, total)


def apps_table(report: Report, language: str) -> Table:
    figures = report.total
    rows = tuple(
        (label(SUPPORT_KINDS, code, language), number(figures.app_installs.get(code, 0), language))
        for code in APP_INSTALL_CODES
    )
    columns = (text("app", language), text("installs", language))
    total = (text("total_row", language), number(installs(figures), language))
    return Table("apps", figure_label("app_installs", language), columns, rows, total)


def lessons_table(
    report: Report, language: str, lesson_titles: Mapping[str, str] | None = None
) -> Table:
    """Residents' completions per lesson (named, anonymous, both), the most completed first,
    then apart the times it was taught to a group to its end (class mode); lessons by title
    when known."""
    titles = lesson_titles or {}
    done = report.total.completions_by_lesson
    taught = report.total.class_completions_by_lesson

    def count(lesson: str, how: str) -> int:
        return done.get(lesson, {}).get(how, 0)

    def both(lesson: str) -> int:
        return count(lesson, "named") + count(lesson, "anonymous")

    order = sorted(
        set(done) | set(taught),
        key=lambda lesson: (-both(lesson), -taught.get(lesson, 0), titles.get(lesson, lesson)),
    )
    rows = tuple(
        (
            titles.get(lesson, lesson),
            number(count(lesson, "named"), language),
            number(count(lesson, "anonymous"), language),
            number(both(lesson), language),
            number(taught.get(lesson, 0), language),
        )
        for lesson in order
    )
    columns = tuple(
        text(key, language) for key in ("lesson", "named", "anonymous", "completed", "taught")
    )
    figures = report.total
    total = (
        text("total_row", language),
        number(figures.completions_named, language),
        number(figures.completions_anonymous, language),
        number(figures.completions, language),
        number(figures.class_completions, language),
    )
    title = figure_label("completions", language)
    return Table("lessons", title, columns, rows, total if rows else None)


def breakdown_columns(language: str) -> list[tuple[str, str, Callable[[Figures], int]]]:
    """(key, heading, figure) of the per-group and per-month tables."""

    def field(key: str) -> Callable[[Figures], int]:
        return lambda figures: int(getattr(figures, key))

    def column(key: str) -> str:
        return say(f"report.column.{key}", language)

    return [
        ("participants", figure_label("participants", language), field("participants")),
        ("60_plus", column("participants_60_plus"), field("participants_60_plus")),
        ("attendances", figure_label("attendances", language), field("attendances")),
        ("completions", figure_label("completions", language), field("completions")),
        ("installs", figure_label("app_installs", language), installs),
        ("individual", column("individual_support_people"), field("individual_support_people")),
        ("dossiers", column("dossiers_online"), field("dossiers_online")),
    ]


def _breakdown(
    key: str,
    first: str,
    parts: list[tuple[str, Figures]],
    language: str,
    only: tuple[str, ...] = (),
) -> Table:
    shown = [c for c in breakdown_columns(language) if not only or c[0] in only]
    rows = tuple(
        (name, *(number(figure(figures), language) for _, _, figure in shown))
        for name, figures in parts
    )
    columns = (first, *(heading for _, heading, _ in shown))
    return Table(key, text(key, language), columns, rows)


def group_order(report: Report) -> list[str]:
    """Residential groups in name order ("Tổ 2" before "Tổ 10"), people without one last."""
    return sorted(report.by_group, key=lambda group: (group == "", natural(group)))


def groups_table(report: Report, language: str, only: tuple[str, ...] = ()) -> Table:
    """Per residential group; `only` keeps some columns (keys of `breakdown_columns`)."""
    parts = [
        (group or text("without_group", language), report.by_group[group])
        for group in group_order(report)
    ]
    return _breakdown("groups", text("group", language), parts, language, only)


def months_table(report: Report, language: str, only: tuple[str, ...] = ()) -> Table:
    parts = [(month_text(m, language), report.by_month[m]) for m in sorted(report.by_month)]
    return _breakdown("months", text("month", language), parts, language, only)


def report_tables(
    report: Report, language: str, lesson_titles: Mapping[str, str] | None = None
) -> list[Table]:
    """Every table shown and printed, in the order they are printed."""
    return [
        summary_table(report, language),
        kinds_table(report, language),
        apps_table(report, language),
        lessons_table(report, language, lesson_titles),
        groups_table(report, language),
        months_table(report, language),
    ]


def query_lines(query: ReportQuery, language: str) -> list[str]:
    """The range, and the place and kind of session when the report is limited to one."""
    start, end = day_text(query.start, language), day_text(query.end, language)
    lines = [say("report.range_line", language, start=start, end=end)]
    if query.location:
        lines.append(say("report.place_line", language, place=query.location))
    if query.kind:
        kind = label(SESSION_KINDS, query.kind, language)
        lines.append(say("report.kind_line", language, kind=kind))
    return lines


# -- the CSV and XLSX files -------------------------------------------------------------------
def figure_columns(language: str) -> list[tuple[str, str]]:
    """(key path, label) of every figure in the files' summary and in their per-group and
    per-month tables, in their order. A key path is a Figures field, or field.code for a
    per-kind or per-app count (as in the JSON)."""

    def plain(key: str) -> tuple[str, str]:
        return key, figure_label(key, language)

    def per_kind(key: str) -> list[tuple[str, str]]:
        return [
            (f"{key}_by_kind.{kind}", f"{plain(key)[1]}: {label(SESSION_KINDS, kind, language)}")
            for kind in SESSION_KINDS
        ]

    return [
        plain("participants"),
        plain("participants_60_plus"),
        plain("attendances"),
        *per_kind("attendances"),
        plain("sessions"),
        *per_kind("sessions"),
        *(plain(key) for key in ("completions", "completions_named", "completions_anonymous")),
        plain("class_completions"),
        *(
            (f"app_installs.{code}", label(SUPPORT_KINDS, code, language))
            for code in APP_INSTALL_CODES
        ),
        *(
            plain(key)
            for key in (
                "individual_support_people",
                "dossiers_online",
                "vneid_activations",
                "vneid_recoveries",
                "vneid_device_changes",
                "digital_signatures",
                "cashless_payments",
            )
        ),
    ]


def figure_value(figures: Figures, key: str) -> int:
    name, _, code = key.partition(".")
    value = getattr(figures, name)
    return int(value[code] if code else value)


def file_day(day: date, language: str) -> str:
    """A day in the files: "01/04/2026", or ISO 8601 in English."""
    return day.strftime("%d/%m/%Y") if language == "vi" else day.isoformat()


def file_month(month: str, language: str) -> str:
    year, number_ = month.split("-")
    return f"{number_}/{year}" if language == "vi" else month


def about_rows(report: Report, language: str) -> list[list[Cell]]:
    """What the report covers: commune, range, location, kind, when it was made."""
    query = report.query
    kind = label(SESSION_KINDS, query.kind, language) if query.kind else text("all", language)
    made = datetime.fromisoformat(report.generated_at.replace("Z", "+00:00")).astimezone()
    return [
        [text("commune", language), report.commune],
        [text("from", language), file_day(query.start, language)],
        [text("to", language), file_day(query.end, language)],
        [text("location", language), query.location or text("all", language)],
        [text("kind", language), kind],
        [text("generated", language), made.strftime("%d/%m/%Y %H:%M")],
    ]


def file_tables(
    report: Report, language: str, lesson_titles: Mapping[str, str] | None = None
) -> list[Table]:
    """The five tables of the CSV and XLSX files (numbers as numbers)."""
    columns = figure_columns(language)
    total = report.total
    summary = Table(
        "summary",
        text("summary", language),
        (text("figure", language), text("key", language), text("value", language)),
        tuple((name, key, figure_value(total, key)) for key, name in columns),
    )
    lesson_headings = [text("lesson", language)]
    if lesson_titles is not None:
        lesson_headings.append(text("lesson_title", language))
    lesson_headings += [text(key, language) for key in ("named", "anonymous", "total", "taught")]
    lesson_rows: list[tuple[Cell, ...]] = []
    taught = total.class_completions_by_lesson
    for lesson in sorted(set(total.completions_by_lesson) | set(taught)):
        counts = total.completions_by_lesson.get(lesson, {})
        named, anonymous = counts.get("named", 0), counts.get("anonymous", 0)
        row: list[Cell] = [lesson]
        if lesson_titles is not None:
            row.append(lesson_titles.get(lesson, ""))
        row += [named, anonymous, named + anonymous, taught.get(lesson, 0)]
        lesson_rows.append(tuple(row))
    apps = Table(
        "apps",
        text("apps", language),
        (text("app", language), text("key", language), text("installs", language)),
        tuple(
            (label(SUPPORT_KINDS, code, language), code, total.app_installs[code])
            for code in APP_INSTALL_CODES
        ),
    )
    names = tuple(name for _key, name in columns)

    def values(figures: Figures) -> tuple[int, ...]:
        return tuple(figure_value(figures, key) for key, _ in columns)

    return [
        summary,
        Table("lessons", text("lessons", language), tuple(lesson_headings), tuple(lesson_rows)),
        apps,
        Table(
            "groups",
            text("groups", language),
            (text("group", language), *names),
            tuple(
                (group or text("no_group", language), *values(figures))
                for group, figures in report.by_group.items()
            ),
        ),
        Table(
            "months",
            text("months", language),
            (text("month", language), *names),
            tuple(
                (file_month(month, language), *values(figures))
                for month, figures in report.by_month.items()
            ),
        ),
    ]
