"""The report for the commune: the period (this month, last month, this quarter, or two dates
picked with big buttons), the figures a few rows a screen with big page buttons, the charts per
month and per app, and the exports (spreadsheets as CSV or Excel, PDF, and printing) to a USB
stick or, with none, to the kiosk's reports folder; the screen then says in words where the
file went, and offers to copy it when a stick comes (ui.facilitator.report_files).

The figures are computed on the records thread and the files written on a thread of their
own: the screen never waits. The report names nobody (counts only), and the panel it lives
in is behind the PIN."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.lessons.model import Library
from kiosk.records import RecordError
from kiosk.reports.build import BuildReport
from kiosk.reports.model import Report, ReportQuery
from kiosk.reports.periods import period, range_text
from kiosk.settings import Settings
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.date_picker import DateRangePicker
from ui.facilitator.desk import Desk
from ui.facilitator.layout import two_columns
from ui.facilitator.page import Page
from ui.facilitator.report_files import ReportFiles
from ui.facilitator.report_table import TABLE_ROWS, FigureTable, Slide, screen_slides
from ui.facilitator.widgets import FitLabel, action_button, notice_label
from ui.records_service import Turn
from ui.reports.charts import ChartView
from ui.reports.exporter import Copied, Exported, Exporter
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.pager import Pager

if TYPE_CHECKING:
    from kiosk.records import RecordStore

log = logging.getLogger(__name__)

PERIODS = ("month", "last_month", "quarter", "dates")
EXPORTS = ("csv", "xlsx", "pdf", "print")
Build = Callable[["RecordStore", ReportQuery, str, datetime], Report]


def build_report_on_store(
    store: RecordStore, query: ReportQuery, commune: str, now: datetime
) -> Report:
    from kiosk.reports.build import build_report  # on the records thread, when first needed

    return build_report(store, query, commune, now)


class ReportPage(Page):
    name = "report"

    def __init__(
        self,
        theme: Theme,
        desk: Desk,
        settings: Settings,
        data_dir: Path,
        library: Library | None = None,
        today: Callable[[], date] = date.today,
        build: Build | None = None,
        usb_roots: tuple[Path, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.settings = settings
        self.library = library
        self.today = today
        self.build = build or build_report_on_store
        self.exporter = Exporter(data_dir, settings.printer, usb_roots, self)
        self.exporter.finished.connect(self._exported)
        self.files = ReportFiles(usb_roots, self)
        self.files.stick_changed.connect(self._show_copy)
        self.files.copied.connect(self._copied)
        self.report: Report | None = None
        self.slides: list[Slide] = []
        self.slide = 0
        self.turn = Turn()  # the newest report asked for; an older answer is dropped
        self.message_kind = ""  # what the message box says: computing, failed, exported
        self.last_export: Exported | None = None
        self.last_copy: Copied | None = None
        self.views = QStackedWidget()
        self.body.addWidget(self.views, 1)
        self.views.addWidget(self._choice_view())
        self.views.addWidget(self._dates_view())
        self.views.addWidget(self._result_view())
        self.retranslate()

    def _choice_view(self) -> QWidget:
        theme = self.theme
        choose = QWidget()
        column = QVBoxLayout(choose)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.spacing)
        self.question = FitLabel()
        self.question.setObjectName("heading")
        self.question.setProperty("role", "section")
        self.periods = ChoiceGrid(theme, *((1, 4) if theme.portrait else (2, 2)))
        self.periods.chosen.connect(self.choose)
        column.addWidget(self.question)
        column.addWidget(self.periods, 1)
        return choose

    def _dates_view(self) -> QWidget:
        theme = self.theme
        dates = QWidget()
        column = QVBoxLayout(dates)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.spacing)
        self.picker = DateRangePicker(theme)
        self.picker.changed.connect(self._dates_changed)
        self.dates_error = notice_label()
        self.dates_error.hide()
        self.show_dates = action_button(theme, "go")
        self.show_dates.setObjectName("showDates")
        self.show_dates.setFixedWidth(theme.px(420))
        self.show_dates.clicked.connect(self._picked)
        row = QHBoxLayout()
        row.setSpacing(theme.spacing)
        row.addWidget(self.dates_error, 1)
        row.addWidget(self.show_dates)
        column.addWidget(self.picker)
        column.addStretch(1)
        column.addLayout(row)
        return dates

    def _result_view(self) -> QWidget:
        """The figures (or a message in their place) on the left, the exports on the right."""
        theme = self.theme
        result = QWidget()
        left, right = two_columns(theme, result)
        self.heading = FitLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("role", "section")
        self.shown = QStackedWidget()
        self.table = FigureTable(theme)
        self.chart = ChartView(theme)
        message = QWidget()
        box = QVBoxLayout(message)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(theme.spacing)
        self.message = notice_label()
        self.again = action_button(theme, "secondary")
        self.again.setObjectName("again")
        self.again.clicked.connect(lambda: self.show_slide(self.slide))
        self.copy = action_button(theme, "go")
        self.copy.setObjectName("copyToUsb")
        self.copy.clicked.connect(self.copy_to_usb)
        box.addWidget(self.message)
        box.addWidget(self.copy)
        box.addWidget(self.again)
        box.addStretch(1)
        for widget in (self.table, self.chart, message):
            self.shown.addWidget(widget)
        self.pager = Pager(theme)
        self.pager.page_requested.connect(self.show_slide)
        self.pager.hide()  # (until there are figures)
        left.addWidget(self.heading)
        left.addWidget(self.shown, 1)
        right.under.addWidget(self.pager)
        self.exports: dict[str, BigButton] = {}
        for kind in EXPORTS:
            button = action_button(theme, "primary" if kind == "pdf" else "secondary")
            button.setObjectName(f"export_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            right.addWidget(button)
            self.exports[kind] = button
        right.addStretch(1)
        return result

    # -- the period ----------------------------------------------------------------------
    def start(self) -> None:
        """From the menu: the choice of period, as if for the first time."""
        self.turn.move_on()  # an answer still on its way is not shown
        self.views.setCurrentIndex(0)
        self.refresh()

    def choose(self, key: str) -> None:
        """A period's card: the figures at once, or the two dates to pick first."""
        if key == "dates":
            today = self.today()
            self.picker.set_range(today.replace(day=1), today)
            self.dates_error.hide()
            self.views.setCurrentIndex(1)
            self.refresh()
            return
        self.compute(*period(key, self.today()))

    def _dates_changed(self) -> None:
        self.dates_error.hide()

    def _picked(self) -> None:
        start, end = self.picker.dates()
        if end < start:
            self.dates_error.setText(self.tr("The last day is before the first. Change one."))
            self.dates_error.show()
            return
        self.compute(start, end)

    # -- the figures ---------------------------------------------------------------------
    def compute(self, start: date, end: date) -> None:
        """Ask the records thread for the report of `start`..`end`."""
        self.report, self.slides = None, []
        query = ReportQuery(start, end)
        self.views.setCurrentIndex(2)
        self._say("computing", self.tr("Counting the figures…"))
        self._show_title(start, end)

        now = datetime.now(timezone.utc)
        operation = BuildReport(query, self.settings.commune_name, now, self.build)
        self.desk.records.submit(operation, self._computed, self._failed, turn=self.turn)

    def _computed(self, report: Report) -> None:
        if not isinstance(report, Report):  # a bug in the figures: said, not a crash
            self._failed(RecordError("storage", detail=type(report).__name__))
            return
        self.report = report
        self._show_title(report.query.start, report.query.end)
        self.slides = self._slides(report)
        self.show_slide(0)

    def _failed(self, error: RecordError) -> None:
        log.warning("the report could not be made: %s", error.code)
        self._say(
            "failed",
            self.tr("The figures could not be counted. Try again, or tell the person in charge."),
        )

    def _slides(self, report: Report) -> list[Slide]:
        rows = TABLE_ROWS if self.theme.screen_height >= 768 else TABLE_ROWS - 1
        return screen_slides(report, self.language, self.lesson_titles(), rows)

    def lesson_titles(self) -> dict[str, str]:
        if self.library is None:
            return {}
        titles = {lesson.id: lesson.title for lesson in self.library.lessons}
        titles.update((t.id, t.title) for t in self.library.in_language(self.language))
        return titles

    def show_slide(self, index: int) -> None:
        if not self.slides:
            return
        self.slide = min(max(0, index), len(self.slides) - 1)
        slide = self.slides[self.slide]
        self.message_kind = ""
        self.heading.set_full_text(slide.title)
        self.heading.show()
        if slide.chart is not None:
            self.chart.set_chart(slide.chart)
            self.shown.setCurrentWidget(self.chart)
        else:
            self.table.show_slide(slide, self.tr("Nothing recorded in this period."))
            self.shown.setCurrentWidget(self.table)
        self.pager.show_position(self.slide, len(self.slides))
        self.pager.setVisible(len(self.slides) > 1)
        self._enable_exports()

    def _say(self, kind: str, text: str) -> None:
        """The message box in place of the figures (and no page buttons under it)."""
        self.message_kind = kind
        self.message.setText(text)
        self.heading.hide()
        self.again.setVisible(kind.startswith(("export", "cop")) and bool(self.slides))
        self.shown.setCurrentIndex(2)
        self.pager.hide()
        self._enable_exports()
        self._show_copy()

    def _show_copy(self) -> None:
        """ "Copy to USB" under the message, while files wait and a stick is in."""
        after_export = self.message_kind.startswith(("export", "copied", "copy_failed"))
        self.copy.setVisible(after_export and self.files.can_copy())

    def _enable_exports(self) -> None:
        ready = self.report is not None and not self.exporter.busy
        for button in self.exports.values():
            button.setEnabled(ready)

    # -- exports -------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        if self.report is None:
            return
        if self.exporter.start(kind, self.report, self.language, self.lesson_titles()):
            self._enable_exports()

    def _exported(self, outcome: Exported) -> None:
        self.last_export = outcome
        self.files.keep(outcome)
        self._say("exported" if not outcome.error else "export_failed", self._outcome(outcome))

    def copy_to_usb(self) -> None:
        if self.files.copy():
            self._say("copying", self.files.copying_text())

    def _copied(self, outcome: Copied) -> None:
        self.last_copy = outcome
        self._say("copy_failed" if outcome.error else "copied", self.files.describe_copy(outcome))

    def showEvent(self, event: QShowEvent) -> None:
        self.files.watch(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.files.watch(False)
        super().hideEvent(event)

    def _outcome(self, outcome: Exported) -> str:
        return self.files.describe(outcome)

    # -- ways back, settings, texts --------------------------------------------------------
    def go_back(self) -> None:
        if self.views.currentIndex() == 0:
            self.back_requested.emit()
        else:
            self.start()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.exporter.printer = settings.printer

    def _show_title(self, start: date, end: date) -> None:
        """The bar's title: the report's dates (alone where the room is short)."""
        dates = range_text(start, end, self.language)
        self.bar.title.set_full_text(self.tr("Report {range}").format(range=dates), [dates])

    def choices(self) -> list[Choice]:
        today = self.today()
        spans = {key: range_text(*period(key, today), self.language) for key in PERIODS[:3]}
        return [
            Choice("month", self.tr("This month"), spans["month"]),
            Choice("last_month", self.tr("Last month"), spans["last_month"]),
            Choice("quarter", self.tr("This quarter"), spans["quarter"]),
            Choice("dates", self.tr("Choose the dates"), self.tr("From one day to another")),
        ]

    def refresh(self) -> None:
        self.periods.set_choices(self.choices(), page=0)
        if self.views.currentIndex() < 2:
            self.bar.title.set_full_text(self.tr("Report for the commune"))

    def set_language(self, language: str) -> None:
        self.picker.set_language(language)
        super().set_language(language)

    def retranslate(self) -> None:
        self.question.set_full_text(self.tr("Which period?"))
        self.show_dates.setText(self.tr("Show the figures"))
        self.again.setText(self.tr("Back to the figures"))
        self.copy.setText(self.files.copy_button_text())
        texts = {
            "csv": self.tr("CSV spreadsheet"),
            "xlsx": self.tr("Excel spreadsheet"),
            "pdf": self.tr("PDF report"),
            "print": self.tr("Print"),
        }
        for kind, button in self.exports.items():
            button.setText(texts[kind])
        self.refresh()
        if self.views.currentIndex() == 2 and self.report is not None:
            query = self.report.query
            self._show_title(query.start, query.end)
            self.slides = self._slides(self.report)
            if self.message_kind.startswith("export") and self.last_export is not None:
                self.message.setText(self._outcome(self.last_export))
            elif self.message_kind in ("copied", "copy_failed") and self.last_copy is not None:
                self.message.setText(self.files.describe_copy(self.last_copy))
            elif not self.message_kind:
                self.show_slide(self.slide)
