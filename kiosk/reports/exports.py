"""The report as files: CSV, XLSX and JSON (the PDF is drawn with Qt, in ui/reports/pdf.py).

The same five tables in CSV and XLSX (built by kiosk/reports/tables.py, `file_tables`), with
Vietnamese or English headings:
1. Summary: what the report covers, then every figure of the range, one a row (its label, its
   stable key as in the JSON, its value);
2. Lessons: residents' completions per lesson, named and anonymous, and apart from them the
   times each was taught to a group to its end (class mode);
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
from pathlib import Path

from kiosk import sheetcells
from kiosk.reports.model import Report
from kiosk.reports.tables import about_rows, file_tables, text

FORMATS = ("csv", "xlsx", "json", "pdf")


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
        for table in file_tables(report, language, lesson_titles):
            writer.writerow([])
            writer.writerow(sheetcells.csv_row([table.title]))
            writer.writerow(sheetcells.csv_row(table.columns))
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
    for table in file_tables(report, language, lesson_titles):
        sheet = book.create_sheet(table.title)  # at most 31 characters, none of []:*?/\
        if table.key == "summary":
            sheetcells.append_xlsx_row(sheet, [text("title", language)])
            sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
            for row in about_rows(report, language):
                sheetcells.append_xlsx_row(sheet, row)
            sheet.append([])
        sheetcells.append_xlsx_row(sheet, table.columns)
        heading_row = sheet.max_row
        for cell in sheet[heading_row]:
            cell.font = bold
        for cells in table.rows:
            sheetcells.append_xlsx_row(sheet, cells)
        sheet.freeze_panes = sheet.cell(row=heading_row + 1, column=2)
        widths = [len(str(h)) for h in table.columns]
        for cells in table.rows:
            widths = [max(w, len(str(v))) for w, v in zip(widths, cells, strict=True)]
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = min(40, max(10, width + 2))
    with _replacing(path) as temporary:
        book.save(temporary)


def write_json(report: Report, path: Path) -> None:
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    with _replacing(path) as temporary:
        temporary.write_text(data, encoding="utf-8")
