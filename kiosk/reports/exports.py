"""The report as files: CSV, XLSX and JSON (the PDF is drawn with Qt, in ui/reports/pdf.py).

The same five tables in CSV and XLSX, with Vietnamese or English headings:
1. Summary: what the report covers, then every figure of the range, one a row (its label, its
   stable key as in the JSON, its value);
2. Lessons: completions per lesson, named and anonymous;
3. Apps: installations supported per app (the install_* support codes);
4. Residential groups: the figures per group, one group a row;
5. Months: the figures per month, one month a row.
Tables 4 and 5 have one column per figure of table 1 (a key path such as
`app_installs.install_vneid`), but not the per-lesson figures, which are in the JSON.

- CSV: one file, UTF-8 with a byte order mark (so that Excel shows Vietnamese), comma-
  separated; the tables one after another, each as a row with its title alone, a row of
  headings and its rows, with one empty row between tables.
- XLSX: one sheet per table.
- In both, a text that a spreadsheet could take for a formula (a group, a place, the commune,
  a lesson's title beginning with =, +, - or @) stays inert text: kiosk/sheetcells.py.
- JSON: `Report.to_json()`, UTF-8, the published interface (its keys only ever grow).

Every file is written beside its final name and then moved there, so a failure (a full
stick, a folder that cannot be written) leaves no partial file. OSError says what failed.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk import sheetcells
from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS, label
from kiosk.reports.model import APP_INSTALL_CODES, Figures, Report
from kiosk.text import say

FORMATS = ("csv", "xlsx", "json", "pdf")


def text(key: str, language: str) -> str:
    """A title or heading of the files (`report.<key>` in kiosk/text/reports.py)."""
    return say(f"report.{key}", language)


def figure_columns(language: str) -> list[tuple[str, str]]:
    """(key path, label) of every figure in the summary and in the per-group and per-month
    tables, in their order. A key path is a Figures field, or field.code for a per-kind or
    per-app count (as in the JSON)."""

    def plain(key: str) -> tuple[str, str]:
        return key, say(f"report.label.{key}", language)

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


def day_text(day: date, language: str) -> str:
    return day.strftime("%d/%m/%Y") if language == "vi" else day.isoformat()


def month_text(month: str, language: str) -> str:
    year, number = month.split("-")
    return f"{number}/{year}" if language == "vi" else month


def group_text(group: str, language: str) -> str:
    return group or text("no_group", language)


@dataclass(frozen=True)
class Table:
    key: str  # summary, lessons, apps, groups, months
    title: str
    headings: list[str]
    rows: list[list[str | int]]


def about_rows(report: Report, language: str) -> list[list[str | int]]:
    """What the report covers: commune, range, location, kind, when it was made."""
    query = report.query
    kind = label(SESSION_KINDS, query.kind, language) if query.kind else text("all", language)
    made = datetime.fromisoformat(report.generated_at.replace("Z", "+00:00")).astimezone()
    return [
        [text("commune", language), report.commune],
        [text("from", language), day_text(query.start, language)],
        [text("to", language), day_text(query.end, language)],
        [text("location", language), query.location or text("all", language)],
        [text("kind", language), kind],
        [text("generated", language), made.strftime("%d/%m/%Y %H:%M")],
    ]


def report_tables(
    report: Report, language: str, lesson_titles: Mapping[str, str] | None = None
) -> list[Table]:
    """The five tables of the CSV and XLSX files."""
    columns = figure_columns(language)
    total = report.total
    summary = Table(
        "summary",
        text("summary", language),
        [text("figure", language), text("key", language), text("value", language)],
        [[name, key, figure_value(total, key)] for key, name in columns],
    )
    lesson_headings = [text("lesson", language)]
    if lesson_titles is not None:
        lesson_headings.append(text("lesson_title", language))
    lesson_headings += [text(key, language) for key in ("named", "anonymous", "total")]
    lesson_rows: list[list[str | int]] = []
    for lesson, counts in total.completions_by_lesson.items():
        row: list[str | int] = [lesson]
        if lesson_titles is not None:
            row.append(lesson_titles.get(lesson, ""))
        row += [counts["named"], counts["anonymous"], counts["named"] + counts["anonymous"]]
        lesson_rows.append(row)
    apps = Table(
        "apps",
        text("apps", language),
        [text("app", language), text("key", language), text("installs", language)],
        [
            [label(SUPPORT_KINDS, code, language), code, total.app_installs[code]]
            for code in APP_INSTALL_CODES
        ],
    )
    names = [name for _key, name in columns]
    return [
        summary,
        Table("lessons", text("lessons", language), lesson_headings, lesson_rows),
        apps,
        Table(
            "groups",
            text("groups", language),
            [text("group", language), *names],
            [
                [group_text(group, language), *(figure_value(f, key) for key, _ in columns)]
                for group, f in report.by_group.items()
            ],
        ),
        Table(
            "months",
            text("months", language),
            [text("month", language), *names],
            [
                [month_text(month, language), *(figure_value(f, key) for key, _ in columns)]
                for month, f in report.by_month.items()
            ],
        ),
    ]


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, moved onto it when the block ends without error and
    removed otherwise."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call `write` with a path beside `path`, then move what it wrote onto `path`."""
    with _replacing(path) as temporary:
        write(temporary)


def write_csv(
    report: Report,
    path: Path,
    language: str,
    lesson_titles: Mapping[str, str] | None = None,
) -> None:
    with (
        _replacing(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = sheetcells.csv_writer(handle)
        writer.writerow(sheetcells.csv_row([text("title", language)]))
        writer.writerows(sheetcells.csv_row(row) for row in about_rows(report, language))
        for table in report_tables(report, language, lesson_titles):
            writer.writerow([])
            writer.writerow(sheetcells.csv_row([table.title]))
            writer.writerow(sheetcells.csv_row(table.headings))
            writer.writerows(sheetcells.csv_row(row) for row in table.rows)


def write_xlsx(
    report: Report,
    path: Path,
    language: str,
    lesson_titles: Mapping[str, str] | None = None,
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    book = Workbook()
    book.remove(book.active)
    for table in report_tables(report, language, lesson_titles):
        sheet = book.create_sheet(table.title)  # at most 31 characters, none of []:*?/\
        if table.key == "summary":
            sheetcells.append_xlsx_row(sheet, [text("title", language)])
            sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
            for row in about_rows(report, language):
                sheetcells.append_xlsx_row(sheet, row)
            sheet.append([])
        sheetcells.append_xlsx_row(sheet, table.headings)
        heading_row = sheet.max_row
        for cell in sheet[heading_row]:
            cell.font = bold
        for row in table.rows:
            sheetcells.append_xlsx_row(sheet, row)
        sheet.freeze_panes = sheet.cell(row=heading_row + 1, column=2)
        widths = [len(str(h)) for h in table.headings]
        for row in table.rows:
            widths = [max(w, len(str(v))) for w, v in zip(widths, row, strict=True)]
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = min(40, max(10, width + 2))
    with _replacing(path) as temporary:
        book.save(temporary)


def write_json(report: Report, path: Path) -> None:
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    with _replacing(path) as temporary:
        temporary.write_text(data, encoding="utf-8")
