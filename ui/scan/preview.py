"""The camera's picture, as large as it fits, with the frame to hold the card in.

The picture is shown as a mirror (the resident sees the card move the way they move it); the
decoder reads the camera's own picture. The frame has a card's proportions (85.6 x 54 mm) and
takes four fifths of the picture's height (or width, on a narrow one): a card held to fill
it brings its QR code to 3 to 4 camera pixels a module at 1280x720. Around it the picture is
dimmed, so the frame shows without depending on colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme as colours

CARD_RATIO = 85.6 / 54  # width over height of an ID-1 card (a CCCD, a learner card)
FRAME_SHARE = 0.8  # of the picture's height (or width) taken by the frame
WAITING_RATIO = 16 / 9  # the picture's shape before the first picture comes


class CameraPreview(QWidget):
    def __init__(self, line: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line  # the frame's line width, px
        self.mirrored = True
        self.image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 90)

    def show_picture(self, image: QImage) -> None:
        self.image = image
        self.update()

    def clear(self) -> None:
        self.image = QImage()
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred."""
        ratio = (
            self.image.width() / self.image.height()
            if not self.image.isNull() and self.image.height()
            else WAITING_RATIO
        )
        w, h = float(self.width()), float(self.height())
        if w / max(h, 1.0) > ratio:
            w = h * ratio
        else:
            h = w / ratio
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def card_rect(self) -> QRectF:
        """The frame to hold the card in, centred in the picture."""
        picture = self.picture_rect()
        h = picture.height() * FRAME_SHARE
        w = h * CARD_RATIO
        if w > picture.width() * FRAME_SHARE:
            w = picture.width() * FRAME_SHARE
            h = w / CARD_RATIO
        return QRectF(picture.center().x() - w / 2, picture.center().y() - h / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        picture = self.picture_rect()
        painter.fillRect(picture, QColor(colours.INK))
        if not self.image.isNull():
            painter.save()
            if self.mirrored:
                painter.translate(picture.center().x() * 2, 0)
                painter.scale(-1, 1)
            painter.drawImage(picture, self.image)
            painter.restore()
        card = self.card_rect()
        radius = card.height() * 0.06
        hole = QPainterPath()
        hole.addRect(picture)
        inside = QPainterPath()
        inside.addRoundedRect(card, radius, radius)
        dim = QColor(colours.SCRIM)
        dim.setAlpha(120)
        painter.fillPath(hole.subtracted(inside), dim)
        # A white line on a dark one: seen on a light picture as on a dark one.
        painter.setPen(QPen(QColor(colours.INK), self.line * 2))
        painter.drawRoundedRect(card, radius, radius)
        painter.setPen(QPen(QColor(colours.WHITE), self.line))
        painter.drawRoundedRect(card, radius, radius)
        painter.end()
