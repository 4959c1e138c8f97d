"""The printable report: A4 portrait, drawn with Qt like the handouts (same fonts, same page
flow, the date of printing and the page number at the foot of every page).

The commune, the range, the summary, the charts per month and per app, then the tables per
kind of session, app, lesson, residential group and month: the tables of kiosk/reports/tables.py,
as on the screen. The texts are in the report's language (kiosk/text/reports.py; the date
and page at the foot from the kiosk's .qm files), whatever language the screen shows; every
text is real text in the PDF, so that it can be searched and copied.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import statistics
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter

from kiosk.reports.model import Report
from kiosk.reports.periods import range_text
from kiosk.reports.tables import Cell, Table, query_lines, report_tables
from kiosk.text import say
from ui.printing.flow import LEFT, Block, Sheet, paginate, paint_text
from ui.printing.sheets import pdf_writer, words
from ui.reports.charts import Chart, ChartStyle, app_chart, month_chart, paint_chart
from ui.theme import BAND, INK, MUTED_INK, PRIMARY

BODY_PT = 11.0  # tables and charts; the title and headings are larger
PAD_MM = 1.4  # inside a table's cells
FIRST_COLUMN_MM = 42.0  # the names of a table's rows, at least
MONTHS_PER_CHART = 12
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
TIMING_RUNS = 5


def _cell_widths(sheet: Sheet, table: Table) -> tuple[list[float], QFont]:
    """Each number column as wide as its header's longest word (or its widest number); the
    first column takes the rest. The header's type shrinks while that leaves the first
    column too narrow for a name."""
    pad = sheet.mm(PAD_MM)
    numbers = table.columns[1:]
    cells = [*table.rows, *([table.total] if table.total else [])]
    measure = QFontMetricsF(sheet.font(BODY_PT, bold=True), sheet.device).horizontalAdvance
    figures = [
        max((measure(str(row[i])) for row in cells), default=0.0)
        for i in range(1, len(table.columns))
    ]
    least = sheet.mm(34 if len(numbers) <= 3 else 15)
    points = BODY_PT
    while True:
        font = sheet.font(points, bold=True)
        metrics = QFontMetricsF(font, sheet.device)
        widths = [
            max(least, max(metrics.horizontalAdvance(w) for w in header.split()), wide) + 2 * pad
            for header, wide in zip(numbers, figures, strict=True)
        ]
        first = sheet.width - sum(widths)
        if first >= sheet.mm(FIRST_COLUMN_MM) or points <= 7:
            break
        points -= 0.5
    if len(numbers) > 3:  # room to spare: to the numbers' columns, whose headers wrap less
        names = max((measure(str(row[0])) for row in cells), default=0.0) + 2 * pad
        spare = first - max(sheet.mm(FIRST_COLUMN_MM), names)
        if spare > 0:
            widths = [width + spare / len(widths) for width in widths]
            first -= spare
    return [first, *widths], font


def _row_block(
    sheet: Sheet,
    cells: tuple[Cell, ...],
    widths: list[float],
    font: QFont,
    *,
    fill: str = "",
    rule: float = 0.0,
) -> Block:
    pad = sheet.mm(PAD_MM)
    texts = [str(cell) for cell in cells]  # the shown tables' numbers are already words
    heights = [sheet.text_height(t, font, w - 2 * pad) for t, w in zip(texts, widths, strict=True)]
    height = max(heights) + 2 * pad

    def draw(painter: QPainter, y: float) -> None:
        if fill:
            painter.fillRect(QRectF(0, y, sheet.width, height), QColor(fill))
        x = 0.0
        for index, (text, width) in enumerate(zip(texts, widths, strict=True)):
            box = QRectF(x + pad, y + pad, width - 2 * pad, height - 2 * pad)
            paint_text(painter, box, text, font, INK, LEFT if index == 0 else RIGHT)
            x += width
        painter.fillRect(QRectF(0, y + height - rule, sheet.width, rule), QColor(MUTED_INK))

    return Block(height, draw)


def table_blocks(
    sheet: Sheet, table: Table, empty: str, headers: dict[int, Block] | None = None
) -> list[Block]:
    """The table's title, its header (kept with the first row), a block per row (a row is
    never cut across two pages), and its total in bold. `headers` learns, for each row after
    the first, the header to repeat when that row starts a page."""
    mm = sheet.mm
    widths, header_font = _cell_widths(sheet, table)
    plain, bold = sheet.font(BODY_PT), sheet.font(BODY_PT, bold=True)
    title = sheet.text(table.title, BODY_PT + 4, bold=True, color=PRIMARY)
    blocks = [Block(title.height, title.draw, mm(1.5), keep_with_next=True)]
    if not table.rows:
        blocks.append(sheet.text(empty, BODY_PT, color=MUTED_INK, space_after=mm(6)))
        return blocks
    thin, thick = mm(0.2), mm(0.5)
    header = _row_block(sheet, table.columns, widths, header_font, fill=BAND, rule=thick)
    blocks.append(Block(header.height, header.draw, keep_with_next=True))
    for index, cells in enumerate(table.rows):
        last = index == len(table.rows) - 1 and table.total is None
        blocks.append(_row_block(sheet, cells, widths, plain, rule=thick if last else thin))
    if table.total is not None:
        blocks.append(_row_block(sheet, table.total, widths, bold, fill=BAND, rule=thick))
    end = blocks[-1]
    blocks[-1] = Block(end.height, end.draw, mm(7))
    if headers is not None:
        for row in blocks[3:]:
            headers[id(row)] = Block(header.height, header.draw, keep_with_next=True)
    return blocks


def repeat_headers(blocks: list[Block], headers: dict[int, Block], height: float) -> list[Block]:
    """`blocks` with a table's header again at the top of each page its rows continue on."""
    blocks = list(blocks)
    for _ in range(len(blocks)):
        pages = paginate(blocks, height)
        top = next((page[0][1] for page in pages[1:] if id(page[0][1]) in headers), None)
        if top is None:
            break
        index = next(i for i, block in enumerate(blocks) if block is top)
        blocks.insert(index, headers.pop(id(top)))
    return blocks


def chart_block(sheet: Sheet, chart: Chart, height_mm: float) -> Block:
    height = sheet.mm(height_mm)
    style = ChartStyle.for_page(BODY_PT, sheet.dpi)

    def draw(painter: QPainter, y: float) -> None:
        paint_chart(painter, QRectF(0, y, sheet.width, height), chart, style)

    return Block(height, draw, space_after=sheet.mm(7))


def render_report(
    device: QPagedPaintDevice,
    report: Report,
    language: str,
    today: datetime.date,
    lesson_titles: Mapping[str, str] | None = None,
) -> int:
    """Paint the report on `device` (a QPdfWriter or a QPrinter); returns the page count."""
    sheet, text = Sheet(device), words(language)
    mm = sheet.mm
    title = say("report.pdf_title", language)
    blocks = [sheet.text(title, 22, bold=True, color=PRIMARY, space_after=mm(2))]
    if report.commune:
        blocks.append(sheet.text(report.commune, 16, bold=True, space_after=mm(1.5)))
    for line in query_lines(report.query, language):
        blocks.append(sheet.text(line, 14, space_after=mm(1)))
    blocks.append(sheet.rule(space_after=mm(5)))
    tables = {t.key: t for t in report_tables(report, language, lesson_titles)}
    empty = say("report.nothing_recorded", language)
    headers: dict[int, Block] = {}
    blocks += table_blocks(sheet, tables["summary"], empty, headers)

    def heading(words_: str) -> Block:
        return sheet.text(
            words_, BODY_PT + 4, bold=True, color=PRIMARY, keep_with_next=True, space_after=mm(2)
        )

    months = sorted(report.by_month)
    for start in range(0, max(1, len(months)), MONTHS_PER_CHART):
        shown = months[start : start + MONTHS_PER_CHART]
        blocks.append(heading(say("report.per_month", language)))
        blocks.append(chart_block(sheet, month_chart(report, language, shown), 70))
    blocks.append(heading(say("report.per_app", language)))
    blocks.append(chart_block(sheet, app_chart(report, language), 50))
    for key in ("apps", "kinds", "lessons", "groups", "months"):
        blocks += table_blocks(sheet, tables[key], empty, headers)
    footer = text.date(today)
    # As Sheet.render lays out pages: what the footer leaves of each.
    room = sheet.height - sheet.text_height(footer, sheet.font(12), sheet.width) - mm(3)
    return sheet.render(repeat_headers(blocks, headers, room), footer, text.page)


def pdf_title(report: Report, language: str) -> str:
    title = say("report.pdf_title", language)
    span = range_text(report.query.start, report.query.end, language)
    return " – ".join(part for part in (title, report.commune, span) if part)


def write_report_pdf(
    report: Report,
    out: Path,
    language: str,
    lesson_titles: Mapping[str, str] | None = None,
    today: datetime.date | None = None,
) -> int:
    """Write the report as an A4 PDF at `out`, all at once: it is drawn into a file beside it,
    which then replaces `out` (a stick pulled out half-way leaves no half report). Returns
    the page count; raises OSError when the file cannot be written."""
    out = Path(out)
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        writer = pdf_writer(temporary, "A4", pdf_title(report, language))
        day = today or datetime.date.today()
        pages = render_report(writer, report, language, day, lesson_titles)
        del writer  # closes the file
        if not temporary.is_file() or temporary.stat().st_size == 0:
            raise OSError(f"cannot write {out}")
        os.replace(temporary, out)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return pages


def time_report_pdf(report: Report, language: str = "vi") -> float:
    """Median ms of write_report_pdf over five runs after one warm-up (fonts, translators);
    for the bench figure `report_pdf_ms` (group `reports`). Needs a QGuiApplication."""
    times = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-report-") as folder:
        out = Path(folder) / "report.pdf"
        for run in range(TIMING_RUNS + 1):
            start = time.perf_counter()
            write_report_pdf(report, out, language)
            if run:
                times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)
