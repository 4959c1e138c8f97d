"""A report on the screen: cut into slides that each fit one screen without scrolling (a few
rows of a table, or a chart of six months at most), and the widget that shows a table slide.

The screen shows fewer columns than the paper (the number of people, attendances and app
installations); the exports and the PDF have them all."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.reports.model import Report
from kiosk.reports.periods import number
from kiosk.reports.tables import (
    Table,
    groups_table,
    installs,
    kinds_table,
    lessons_table,
    months_table,
    summary_rows,
    text,
)
from kiosk.text import say
from ui.facilitator.widgets import FitLabel
from ui.reports.charts import Chart, app_chart, month_chart
from ui.theme import Theme

SUMMARY_ROWS = 6  # a slide of the summary (names and numbers only)
TABLE_ROWS = 5  # a slide of a table with headers (one fewer on a screen of fewer than 768 lines)
CHART_MONTHS = 6
MAX_NUMBERS = 3  # number columns on the screen
SCREEN_COLUMNS = ("participants", "attendances", "installs")

T = TypeVar("T")


@dataclass(frozen=True)
class Slide:
    title: str
    table: Table | None = None  # its rows are the ones shown on this slide
    chart: Chart | None = None
    header: bool = True  # the table's column headers are shown
    bold_last: bool = False  # its last row is the table's total


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [items[:0]]


def balanced_chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """As few parts of at most `size` as `chunks` makes, of sizes that differ by one at most
    (13 summary rows: 5, 4 and 4, not 6, 6 and a slide of one)."""
    count = max(1, -(-len(items) // size))
    base, extra = divmod(len(items), count)
    parts, start = [], 0
    for index in range(count):
        end = start + base + (1 if index < extra else 0)
        parts.append(items[start:end])
        start = end
    return parts


def _table_slides(
    table: Table, header: bool = True, size: int = TABLE_ROWS, balanced: bool = False
) -> list[Slide]:
    rows = list(table.rows) + ([table.total] if table.total else [])
    parts = balanced_chunks(rows, size) if balanced else chunks(rows, size)
    slides = []
    for index, part in enumerate(parts):
        last = table.total is not None and index == len(parts) - 1
        shown = Table(table.key, table.title, table.columns, tuple(part))
        slides.append(Slide(table.title, shown, header=header, bold_last=last))
    return slides


def screen_slides(
    report: Report,
    language: str,
    lesson_titles: Mapping[str, str] | None = None,
    table_rows: int = TABLE_ROWS,
) -> list[Slide]:
    """The summary, the charts (per month, per app), then the tables per kind of session,
    lesson, residential group and month, `table_rows` rows a slide (fewer on a short screen)."""
    title = text("summary", language)
    rows = tuple(summary_rows(report.total, language, with_installs=False))
    summary = Table("summary", title, ("", ""), rows)
    slides = _table_slides(summary, header=False, size=SUMMARY_ROWS, balanced=True)
    per_month = say("report.per_month", language)
    for months in chunks(sorted(report.by_month), CHART_MONTHS):
        slides.append(Slide(per_month, chart=month_chart(report, language, months)))
    count = number(installs(report.total), language)
    apps = say("report.apps_count", language, count=count)
    slides.append(Slide(apps, chart=app_chart(report, language)))
    slides += _table_slides(kinds_table(report, language), size=table_rows)
    lessons = lessons_table(report, language, lesson_titles)
    narrow = [(row[0], row[3]) for row in lessons.rows]
    total = (lessons.total[0], lessons.total[3]) if lessons.total else None
    columns = (lessons.columns[0], lessons.columns[3])
    slides += _table_slides(
        Table("lessons", lessons.title, columns, tuple(narrow), total), size=table_rows
    )
    short = tuple(
        say(f"report.column.{key}", language)
        for key in ("people", "times_present", "apps_installed")
    )  # the headers of SCREEN_COLUMNS, in short words
    for table in (
        groups_table(report, language, SCREEN_COLUMNS),
        months_table(report, language, SCREEN_COLUMNS),
    ):
        slides += _table_slides(
            Table(table.key, table.title, ("", *short), table.rows), size=table_rows
        )
    return slides


def ending_kept(name: str) -> list[str]:
    """Shorter forms of a row's name that keep its end, where names differ ("Tổ dân phố số 3"
    -> "… phố số 3", "… số 3")."""
    words = name.split()
    return ["… " + " ".join(words[cut:]) for cut in range(1, len(words))]


class FigureTable(QWidget):
    """Column headers (wrapped, bold), then up to `rows` white rows: a name that gives way
    with "…", and up to three numbers on the right."""

    def __init__(self, theme: Theme, rows: int = SUMMARY_ROWS, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self.header = QWidget()
        self.header_cells = [self._cell(wrap=True) for _ in range(MAX_NUMBERS + 1)]
        self._row_layout(self.header, self.header_cells, theme, header=True)
        self.header.hide()  # (until a slide with headers is shown)
        self.rows: list[tuple[QWidget, list[QLabel]]] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.px(8))
        column.addWidget(self.header)
        for _ in range(rows):
            line = QWidget()
            line.setObjectName("listRow")
            line.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            cells: list[QLabel] = [FitLabel(), *(self._cell() for _ in range(MAX_NUMBERS))]
            self._row_layout(line, cells, theme)
            column.addWidget(line)
            self.rows.append((line, cells))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        column.addWidget(self.empty)
        column.addStretch(1)

    def _cell(self, wrap: bool = False) -> QLabel:
        cell = QLabel()
        cell.setWordWrap(wrap)
        cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cell

    def _row_layout(
        self, line: QWidget, cells: list[QLabel], theme: Theme, header: bool = False
    ) -> None:
        row = QHBoxLayout(line)
        row.setContentsMargins(theme.px(20), theme.px(6), theme.px(20), theme.px(6))
        row.setSpacing(theme.px(12))  # words and numbers, not targets
        first, *numbers = cells
        first.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        first.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(first, 1)
        for cell in numbers:
            row.addWidget(cell)
        if header:
            for cell in cells:
                cell.setStyleSheet("font-weight: 700;")
                side = Qt.AlignmentFlag.AlignLeft if cell is first else Qt.AlignmentFlag.AlignRight
                cell.setAlignment(side | Qt.AlignmentFlag.AlignBottom)

    def _widths(self, table: Table) -> list[int]:
        """Each number column as wide as its header's longest word or its widest number (in
        bold), so that the names keep the rest of the row."""
        bold = QFont(self.font())
        bold.setPixelSize(self.theme.body_px)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widths = []
        for index in range(1, len(table.columns)):
            words = [*table.columns[index].split(), *(str(row[index]) for row in table.rows)]
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            widths.append(max(self.theme.px(160), widest + self.theme.px(8)))
        return widths

    def show_slide(self, slide: Slide, empty: str) -> None:
        table = slide.table
        assert table is not None
        numbers = len(table.columns) - 1
        for position, width in enumerate(self._widths(table), start=1):
            for cells in (self.header_cells, *(cells for _, cells in self.rows)):
                cells[position].setFixedWidth(width)
        self.header.setVisible(slide.header and bool(table.rows))
        for index, cell in enumerate(self.header_cells):
            # The names' column needs no header: the slide's title says what they are.
            cell.setText(table.columns[index] if 0 < index <= numbers else "")
            cell.setVisible(index <= numbers)
        for index, (line, cells) in enumerate(self.rows):
            shown = index < len(table.rows)
            line.setVisible(shown)
            if not shown:
                continue
            values = [str(value) for value in table.rows[index]]  # the numbers are words already
            bold = slide.bold_last and index == len(table.rows) - 1
            line.setStyleSheet("QLabel { font-weight: 700; }" if bold else "")
            name, *rest = cells
            assert isinstance(name, FitLabel)
            name.set_full_text(values[0], ending_kept(values[0]))
            for position, cell in enumerate(rest, start=1):
                cell.setText(values[position] if position <= numbers else "")
                cell.setVisible(position <= numbers)
        self.empty.setText(empty)
        self.empty.setVisible(not table.rows)
