"""The facilitator's quit confirmation (reached only by the key chord Ctrl+Alt+Q)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.overlay import Overlay


class QuitOverlay(Overlay):
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent)
        self.question = QLabel()
        self.question.setProperty("role", "title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.stay = BigButton("go")
        self.stay.clicked.connect(self.cancelled)
        self.quit = BigButton("secondary")
        self.quit.clicked.connect(self.confirmed)
        row = QHBoxLayout()
        row.setSpacing(theme.px(48))
        inside = self.card_width(900)
        for button in (self.stay, self.quit):
            button.setFixedHeight(theme.button_height)
            button.setMinimumWidth(min(theme.px(320), (inside - theme.px(48)) // 2))
            row.addWidget(button)
        self.card_layout.addWidget(self.question)
        self.card_layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Close the kiosk program?"))
        self.stay.setText(self.tr("Keep it open"))
        self.quit.setText(self.tr("Close"))
