"""A step's picture, drawn as large as fits, sharp at any size (SVG is rendered, not scaled).

Pictures come through ui.pictures, which checks them again; one that may not or cannot be drawn
shows a quiet "picture missing" placeholder of the usual 4:3 shape instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.lessons.model import Target
from ui.pictures import is_svg, raster_reader, read_raster, svg_renderer

RING = "#e65100"  # the pointer's orange, as in the illustrations
MISSING_SIZE = QSize(400, 300)  # the placeholder's shape
MISSING_FILL = "#eeeeee"
MISSING_INK = "#9e9e9e"


class Illustration(QWidget):
    """Shows one image file, keeping its aspect ratio, centred. The rendered pixmap is kept
    until the file or the widget's size changes, so repaints cost a blit.

    A touch on the picture is reported in the picture's own units (`touched`), and a pulsing
    ring can be drawn around an area of it (`show_ring`), for tap-along practice."""

    touched = Signal(QPointF)  # in the picture's units (SVG viewBox or pixels)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._path: Path | None = None
        self._renderer: QSvgRenderer | None = None  # the checked SVG of the current picture
        self.missing = False  # the picture cannot be shown: the placeholder is
        self._cache: QPixmap | None = None
        self._natural = QSize()
        self._units = QSize()  # the picture's own extent (viewBox), which targets are in
        self.ring: Target | None = None
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setKeyValueAt(0.5, 1.0)
        self._pulse.setEndValue(0.0)
        self._pulse.setDuration(1400)
        self._pulse.setLoopCount(-1)
        self._pulse.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._pulse.valueChanged.connect(self._pulsed)

    def _pulsed(self, _value: object) -> None:
        self.update()

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def units(self) -> QSize:
        """The picture's extent in its own units (what practice targets are measured in)."""
        return self._units

    def set_image(self, path: Path | None) -> None:
        if path == self._path:
            return
        self._path = path
        self._cache = None
        self._renderer = None
        self._natural, self._units = self._sizes(path) if path else (QSize(), QSize())
        self.missing = path is not None and self._natural.isEmpty()
        if self.missing:
            self._natural = MISSING_SIZE
        self.show_ring(None)

    def _sizes(self, path: Path) -> tuple[QSize, QSize]:
        """The size the picture is drawn at, and the extent its units measure (empty sizes for a
        picture that cannot be shown)."""
        if is_svg(path):
            self._renderer = svg_renderer(path)
            if self._renderer is None:
                return QSize(), QSize()
            box = self._renderer.viewBoxF()
            units = QSize(round(box.width()), round(box.height()))
            natural = self._renderer.defaultSize()
            return natural, units if not units.isEmpty() else natural
        reader = raster_reader(path)
        size = reader.size() if reader is not None else QSize()
        return size, size

    def show_ring(self, target: Target | None) -> None:
        """Draw a pulsing ring around `target` (in the picture's units); None takes it away."""
        self.ring = target
        if target is None:
            self._pulse.stop()
        elif self.isVisible() and self._pulse.state() != QVariantAnimation.State.Running:
            self._pulse.start()  # (a hidden picture starts it when shown)
        self.update()

    def to_units(self, point: QPointF) -> QPointF | None:
        """A point of the widget in the picture's units; None outside the picture."""
        rect = self.image_rect()
        if rect.isEmpty() or self._units.isEmpty() or not rect.contains(point):
            return None
        return QPointF(
            (point.x() - rect.x()) * self._units.width() / rect.width(),
            (point.y() - rect.y()) * self._units.height() / rect.height(),
        )

    def to_widget(self, target: Target) -> QRectF:
        """An area of the picture (in its units) where it lands in the widget."""
        rect = self.image_rect()
        if rect.isEmpty() or self._units.isEmpty():
            return QRectF()
        sx = rect.width() / self._units.width()
        sy = rect.height() / self._units.height()
        return QRectF(
            rect.x() + target.x * sx,
            rect.y() + target.y * sy,
            target.width * sx,
            target.height * sy,
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch on the glass arrives as a synthesised mouse press, at the finger's centre.
        point = self.to_units(event.position())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.touched.emit(point)
        super().mousePressEvent(event)

    def image_rect(self) -> QRectF:
        """Where the picture lands inside the widget."""
        if self._natural.isEmpty():
            return QRectF()
        size = self._natural.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def _render(self) -> QPixmap | None:
        rect = self.image_rect()
        if self._path is None or rect.isEmpty():
            return None
        ratio = self.devicePixelRatioF()
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        if self._renderer is not None:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(painter)
            painter.end()
        elif not self.missing:
            image = read_raster(self._path, size)
            if image is not None:
                pixmap = QPixmap.fromImage(image)
            else:
                self.missing = True
        if self.missing:
            self._paint_missing(pixmap)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    @staticmethod
    def _paint_missing(pixmap: QPixmap) -> None:
        """A light frame with the outline of a picture (hills and a sun) and no words: the step's
        caption still says what to do."""
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = pixmap.width(), pixmap.height()
        line = max(2.0, min(w, h) / 60)
        painter.setPen(QPen(QColor(MISSING_INK), line))
        painter.setBrush(QColor(MISSING_FILL))
        frame = QRectF(line, line, w - 2 * line, h - 2 * line)
        painter.drawRoundedRect(frame, line * 4, line * 4)
        unit = min(w, h) / 6
        cx, cy = w / 2, h / 2
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(cx - 1.5 * unit, cy - unit, 3 * unit, 2 * unit))
        painter.drawEllipse(QPointF(cx + 0.7 * unit, cy - 0.35 * unit), 0.3 * unit, 0.3 * unit)
        hills = [
            QPointF(cx - 1.5 * unit, cy + unit),
            QPointF(cx - 0.5 * unit, cy - 0.1 * unit),
            QPointF(cx + 0.2 * unit, cy + 0.6 * unit),
            QPointF(cx + 0.7 * unit, cy + 0.2 * unit),
            QPointF(cx + 1.5 * unit, cy + unit),
        ]
        painter.drawPolyline(hills)
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        if self.ring is not None:
            self._pulse.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._pulse.stop()  # no repaints for a picture nobody sees
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None:
            self._cache = self._render()
        if self._cache is None:
            return
        painter = QPainter(self)
        painter.drawPixmap(self.image_rect().topLeft(), self._cache)
        if self.ring is not None and not self._units.isEmpty():
            self._paint_ring(painter, self.ring)
        painter.end()

    def _paint_ring(self, painter: QPainter, target: Target) -> None:
        """A thick orange ring with a white halo that breathes in and out."""
        phase = float(self._pulse.currentValue() or 0.0)
        area = self.to_widget(target)
        grow = 6 + 14 * phase
        area = area.adjusted(-grow, -grow, grow, grow)
        radius = min(area.width(), area.height()) / 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        width = max(6.0, self.height() / 90)
        painter.setPen(QPen(QColor("#ffffff"), width * 2.4))
        painter.drawRoundedRect(area, radius, radius)
        painter.setPen(QPen(QColor(RING), width))
        painter.drawRoundedRect(area, radius, radius)
