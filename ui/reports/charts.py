"""Bar charts of a report, drawn with QPainter on a widget or on a printed page.

Per month: participants and attendances side by side; per app: installations, as horizontal
bars with the app's name before its bar. Every bar carries its number, so nothing has to be
read off an axis, and the two series differ by fill (solid, hatched) as well as by colour.
Sizes follow the style's font, so one painting code serves a 1280x800 screen and an A4 page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kiosk.records.model import SUPPORT_KINDS, label
from kiosk.reports.model import APP_INSTALL_CODES, Report
from kiosk.reports.periods import month_text, number
from kiosk.reports.tables import figure_label
from kiosk.text import say
from ui.theme import FONT_FAMILIES, GO, INK, MUTED_INK, PRIMARY, WHITE, Theme

SERIES_COLOURS = (PRIMARY, GO)  # the second series is also hatched: never colour alone
CENTER = int(Qt.AlignmentFlag.AlignCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Chart:
    series: tuple[str, ...]  # the legend: one name per value of a bar group
    bars: tuple[tuple[str, tuple[int, ...]], ...]  # (category, one value per series)
    language: str
    horizontal: bool = False
    empty: str = ""  # said over the chart when every value is 0

    @property
    def peak(self) -> int:
        return max((max(values, default=0) for _, values in self.bars), default=0)


@dataclass(frozen=True)
class ChartStyle:
    """The chart's type (numbers in bold) and the thickness of its lines, in device units."""

    font: QFont
    bold: QFont
    line: float

    @classmethod
    def for_screen(cls, theme: Theme) -> ChartStyle:
        return cls(_font(pixels=theme.body_px), _font(pixels=theme.body_px, bold=True), theme.px(3))

    @classmethod
    def for_page(cls, points: float, dpi: float) -> ChartStyle:
        return cls(_font(points=points), _font(points=points, bold=True), dpi * 0.3 / 25.4)


def _font(pixels: int = 0, points: float = 0.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    if pixels:
        font.setPixelSize(pixels)
    else:
        font.setPointSizeF(points)
    font.setBold(bold)
    return font


# -- what is drawn ------------------------------------------------------------------------
def month_chart(report: Report, language: str, months: Sequence[str] | None = None) -> Chart:
    """Participants and attendances per month (`months`: the "YYYY-MM" keys to show; all)."""
    keys = sorted(report.by_month) if months is None else list(months)
    bars = tuple(
        (
            month_text(key, language, short=True),
            (report.by_month[key].participants, report.by_month[key].attendances),
        )
        for key in keys
    )
    series = (figure_label("participants", language), figure_label("attendances", language))
    return Chart(series, bars, language, empty=say("report.no_figures", language))


def app_chart(report: Report, language: str) -> Chart:
    bars = tuple(
        (label(SUPPORT_KINDS, code, language), (report.total.app_installs.get(code, 0),))
        for code in APP_INSTALL_CODES
    )
    series = (say("report.installs", language),)
    return Chart(series, bars, language, horizontal=True, empty=say("report.no_figures", language))


# -- painting -----------------------------------------------------------------------------
def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, style: ChartStyle) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if chart.horizontal:
        _paint_rows(painter, rect, chart, style)
    else:
        _paint_columns(painter, rect, chart, style)
    if chart.peak == 0 and chart.empty:
        _text(painter, rect, chart.empty, style.bold, MUTED_INK, CENTER)
    painter.restore()


def _metrics(painter: QPainter, font: QFont) -> QFontMetricsF:
    return QFontMetricsF(font, painter.device())


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str, flags: int) -> None:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, flags, text)


def _bar(painter: QPainter, rect: QRectF, series: int, style: ChartStyle) -> None:
    """A bar of the first series is solid; of the second, hatched inside a solid border."""
    colour = QColor(SERIES_COLOURS[series % len(SERIES_COLOURS)])
    if rect.height() <= 0 or rect.width() <= 0:
        return
    if series % 2 == 0:
        painter.fillRect(rect, colour)
        return
    painter.fillRect(rect, QColor(WHITE))
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(QPen(colour, style.line))
    step = max(style.line * 4, 4.0)
    x = rect.left() - rect.height()
    while x < rect.right():
        painter.drawLine(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
        x += step
    painter.restore()
    painter.setPen(QPen(colour, style.line))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = style.line / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))


def _legend(painter: QPainter, rect: QRectF, chart: Chart, style: ChartStyle) -> float:
    """The series' swatches and names in a row at the top; returns the height used."""
    metrics = _metrics(painter, style.font)
    height = metrics.height()
    swatch = height * 0.8
    x = rect.left()
    for index, name in enumerate(chart.series):
        box = QRectF(x, rect.top() + (height - swatch) / 2, swatch, swatch)
        _bar(painter, box, index, style)
        x += swatch + height * 0.3
        width = metrics.horizontalAdvance(name)
        _text(painter, QRectF(x, rect.top(), width + 2, height), name, style.font, INK, LEFT)
        x += width + height
    return height * 1.4


def _paint_columns(painter: QPainter, rect: QRectF, chart: Chart, style: ChartStyle) -> None:
    """Vertical bars, a group per category (a month), the number above each bar."""
    metrics = _metrics(painter, style.font)
    line = metrics.height()
    top = rect.top() + (_legend(painter, rect, chart, style) if len(chart.series) > 1 else 0)
    label_height = line * 1.3
    base = rect.bottom() - label_height
    plot_top = top + line * 1.1  # room for the tallest bar's number
    count = max(1, len(chart.bars))
    slot = rect.width() / count
    per = max(1, len(chart.series))
    bar_width = min(slot * 0.8 / per, line * 2.6)
    peak = max(1, chart.peak)
    for index, (name, values) in enumerate(chart.bars):
        centre = rect.left() + slot * (index + 0.5)
        left = centre - bar_width * per / 2
        for series, value in enumerate(values):
            height = (base - plot_top) * value / peak
            bar = QRectF(left + bar_width * series, base - height, bar_width, height)
            _bar(painter, bar, series, style)
            shown = number(value, chart.language)
            wide = max(bar_width, _metrics(painter, style.bold).horizontalAdvance(shown) + 2)
            above = QRectF(bar.center().x() - wide / 2, bar.top() - line * 1.05, wide, line)
            _text(painter, above, shown, style.bold, INK, CENTER)
        below = QRectF(rect.left() + slot * index, base + line * 0.15, slot, line)
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, slot - 2)
        _text(painter, below, elided, style.font, INK, CENTER)
    painter.setPen(QPen(QColor(INK), style.line))
    painter.drawLine(QPointF(rect.left(), base), QPointF(rect.right(), base))


def _paint_rows(painter: QPainter, rect: QRectF, chart: Chart, style: ChartStyle) -> None:
    """Horizontal bars, a row per category (an app): its name, its bar, its number."""
    metrics = _metrics(painter, style.font)
    bold = _metrics(painter, style.bold)
    line = metrics.height()
    names = [name for name, _ in chart.bars]
    widest = max((metrics.horizontalAdvance(n) for n in names), default=0.0)
    name_width = min(widest + 2, rect.width() * 0.45)
    numbers = [number(v, chart.language) for _, values in chart.bars for v in values]
    number_width = max((bold.horizontalAdvance(n) for n in numbers), default=0) + line * 0.4
    axis = rect.left() + name_width + line * 0.5
    room = max(1.0, rect.right() - axis - number_width)
    count = max(1, len(chart.bars))
    row = rect.height() / count
    thickness = min(row * 0.7, line * 1.3)
    peak = max(1, chart.peak)
    for index, (name, values) in enumerate(chart.bars):
        middle = rect.top() + row * (index + 0.5)
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_width)
        where = QRectF(rect.left(), middle - line / 2, name_width, line)
        _text(painter, where, shown, style.font, INK, LEFT)
        value = values[0] if values else 0
        length = room * value / peak
        bar = QRectF(axis, middle - thickness / 2, length, thickness)
        _bar(painter, bar, 0, style)
        at = QRectF(axis + length + line * 0.2, middle - line / 2, number_width, line)
        _text(painter, at, number(value, chart.language), style.bold, INK, LEFT)
    painter.setPen(QPen(QColor(INK), style.line))
    painter.drawLine(QPointF(axis, rect.top()), QPointF(axis, rect.bottom()))


class ChartView(QWidget):
    """A chart on the screen, in the body text's size."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.style_ = ChartStyle.for_screen(theme)
        self.chart: Chart | None = None

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        names = [name for name, _ in chart.bars] if chart else []
        self.setAccessibleName(", ".join(names))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self.chart, self.style_)
        painter.end()
