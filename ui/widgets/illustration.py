"""A step's picture, drawn as large as fits, sharp at any size (SVG is rendered, not scaled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImageReader, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class Illustration(QWidget):
    """Shows one image file, keeping its aspect ratio, centred. The rendered pixmap is kept
    until the file or the widget's size changes, so repaints cost a blit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._path: Path | None = None
        self._cache: QPixmap | None = None
        self._natural = QSize()

    @property
    def path(self) -> Path | None:
        return self._path

    def set_image(self, path: Path | None) -> None:
        if path == self._path:
            return
        self._path = path
        self._cache = None
        self._natural = self._natural_size(path) if path else QSize()
        self.update()

    @staticmethod
    def _natural_size(path: Path) -> QSize:
        if path.suffix.lower() == ".svg":
            return QSvgRenderer(str(path)).defaultSize()
        return QImageReader(str(path)).size()

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
        if self._path.suffix.lower() == ".svg":
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(str(self._path)).render(painter)
            painter.end()
        else:
            reader = QImageReader(str(self._path))
            reader.setScaledSize(size)
            pixmap = QPixmap.fromImage(reader.read())
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

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
        painter.end()
