"""The kiosk's buttons: big, one tap, and styled by what they do."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


class BigButton(QPushButton):
    """A push button at least one touch target tall and wide. `kind` picks its colours:
    primary (blue), go (green), secondary (white with a blue border), home (top bar)."""

    def __init__(self, kind: str = "primary", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", kind)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the screen keeps the keyboard focus
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._height = 0

    def setFixedHeight(self, height: int) -> None:
        """Also the height the button asks for: the stylesheet's min-height, applied when the
        button is polished, would otherwise let a layout shrink it towards that minimum."""
        self._height = height
        super().setFixedHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._height))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._height))
