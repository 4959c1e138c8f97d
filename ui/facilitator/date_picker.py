"""Two dates picked with big buttons: day, month and year, each between − and +, one part a
row; the two dates side by side (one above the other on an upright screen).

No calendar grid and no typing: one tap moves a part by one (the day within its month, the
month within its year), and the whole date is always written out above its buttons. A day
that the new month does not have becomes its last day (31 March, month + 1: 30 April)."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.reports.periods import day_text
from ui.facilitator.widgets import FitLabel, FixedButton
from ui.theme import Theme

FIRST_YEAR, LAST_YEAR = 2000, 2099
PARTS = ("day", "month", "year")


def moved(day: date, part: str, step: int) -> date:
    """`day` with one part moved by `step`, the day and month going round, the year kept
    within FIRST_YEAR..LAST_YEAR."""
    if part == "year":
        year = min(max(day.year + step, FIRST_YEAR), LAST_YEAR)
        return _clamped(year, day.month, day.day)
    if part == "month":
        return _clamped(day.year, (day.month - 1 + step) % 12 + 1, day.day)
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=(day.day - 1 + step) % last + 1)


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


class DatePart(QWidget):
    """One part of a date in a row: its caption ("Month"), then − value +."""

    stepped = Signal(int)

    def __init__(self, theme: Theme, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.less = FixedButton(theme, "−", theme.px(96))
        self.less.setObjectName(f"{part}Less")
        self.more = FixedButton(theme, "+", theme.px(96))
        self.more.setObjectName(f"{part}More")
        for button, step in ((self.less, -1), (self.more, 1)):
            button.clicked.connect(lambda _=False, s=step: self.stepped.emit(s))
        self.value = QLabel()
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setProperty("role", "title")
        bold = QFont(QApplication.font())
        bold.setPixelSize(theme.title_px)
        bold.setBold(True)
        self.value.setFixedWidth(QFontMetrics(bold).horizontalAdvance("0000") + theme.px(16))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.px(8))  # − and + stay a value apart
        row.addWidget(self.caption)
        row.addSpacing(theme.spacing - theme.px(8))
        row.addWidget(self.less)
        row.addWidget(self.value)
        row.addWidget(self.more)
        row.addStretch(1)


class DateField(QWidget):
    """One date: what it is for and the date in words, then its three parts, one a row."""

    changed = Signal(object)  # the new date

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.day = date.today()
        self.language = "vi"
        self.purpose = ""
        self.heading = FitLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("role", "section")
        self.parts = {part: DatePart(theme, part) for part in PARTS}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.spacing)
        column.addWidget(self.heading)
        for part, widget in self.parts.items():
            widget.stepped.connect(lambda step, p=part: self.step(p, step))
            column.addWidget(widget)

    def set_date(self, day: date) -> None:
        self.day = day
        self.refresh()

    def step(self, part: str, step: int) -> None:
        self.set_date(moved(self.day, part, step))
        self.changed.emit(self.day)

    def align_captions(self) -> None:
        """The captions as wide as the widest, so that the buttons stand in columns."""
        captions = [part.caption for part in self.parts.values()]
        for caption in captions:
            caption.ensurePolished()
        widest = max(c.fontMetrics().horizontalAdvance(c.text()) for c in captions)
        for caption in captions:
            caption.setFixedWidth(widest + self.theme.px(8))

    def refresh(self) -> None:
        shown = day_text(self.day, self.language)
        self.heading.set_full_text(f"{self.purpose}: {shown}" if self.purpose else shown)
        self.parts["day"].value.setText(f"{self.day.day:02d}")
        self.parts["month"].value.setText(f"{self.day.month:02d}")
        self.parts["year"].value.setText(str(self.day.year))


class DateRangePicker(QWidget):
    """The first and the last day of a report; `changed()` after every tap."""

    changed = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = DateField(theme)
        self.end = DateField(theme)
        upright = QBoxLayout.Direction.TopToBottom
        across = QBoxLayout.Direction.LeftToRight
        row = QBoxLayout(upright if theme.portrait else across, self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.px(40))
        for field in (self.start, self.end):
            field.changed.connect(lambda _: self.changed.emit())
            row.addWidget(field, 1)
        self.retranslate()

    def set_range(self, start: date, end: date) -> None:
        self.start.set_date(start)
        self.end.set_date(end)

    def dates(self) -> tuple[date, date]:
        return self.start.day, self.end.day

    def set_language(self, language: str) -> None:
        """The language of the dates written out (the texts follow Qt's translator)."""
        self.start.language = self.end.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.start.purpose = self.tr("From")
        self.end.purpose = self.tr("To")
        for field in (self.start, self.end):
            field.parts["day"].caption.setText(self.tr("Day"))
            field.parts["month"].caption.setText(self.tr("Month"))
            field.parts["year"].caption.setText(self.tr("Year"))
            for part in field.parts.values():
                part.less.setAccessibleName(self.tr("Less"))
                part.more.setAccessibleName(self.tr("More"))
            field.align_captions()
            field.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
