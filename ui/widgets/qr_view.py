"""A QR code on screen: drawn module by module, crisp at any size, with its quiet zone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.channels.qr import QUIET_ZONE, qr_matrix


class QrView(QWidget):
    """Shows the QR code of `text` as large as fits, square; the code inside its quiet zone is
    never narrower than `minimum` pixels."""

    def __init__(self, minimum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.minimum = minimum
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_text(self, text: str) -> None:
        self.text = text
        self.matrix = qr_matrix(text) if text else ()
        if self.matrix:  # whole modules; the code itself, without its quiet zone, >= minimum
            count = len(self.matrix)
            module = -(-self.minimum // (count - 2 * QUIET_ZONE))
            self.setMinimumSize(module * count, module * count)
        self.update()

    def code_rect(self) -> QRectF:
        """The square the code (quiet zone included) is drawn in, whole modules only."""
        if not self.matrix:
            return QRectF()
        count = len(self.matrix)
        module = min(self.width(), self.height()) // count
        side = module * count
        return QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.code_rect()
        if rect.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(rect, QColor("#ffffff"))
        module = rect.width() / len(self.matrix)
        black = QColor("#000000")
        for row, line in enumerate(self.matrix):
            column = 0
            while column < len(line):
                if not line[column]:
                    column += 1
                    continue
                start = column
                while column < len(line) and line[column]:
                    column += 1
                painter.fillRect(
                    QRectF(
                        rect.x() + start * module,
                        rect.y() + row * module,
                        (column - start) * module,
                        module,
                    ),
                    black,
                )
        painter.end()
