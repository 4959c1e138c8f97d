"""'Are you still there?': one big button and a countdown the resident can see."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.overlay import Overlay


class IdleOverlay(Overlay):
    still_here = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent)
        self.seconds_left = 0
        self.question = QLabel()
        self.question.setProperty("role", "title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        self.button = BigButton("go")
        self.button.setFixedHeight(theme.px(120))
        self.button.clicked.connect(self.still_here)
        inside = self.card_width(1000)
        self.button.setMinimumWidth(min(theme.px(640), inside))
        for widget in (self.question, self.countdown, self.button):
            self.card_layout.addWidget(widget)
        self.retranslate()

    def set_seconds_left(self, seconds: int) -> None:
        self.seconds_left = seconds
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still learning?"))
        self.button.setText(self.tr("Yes, I am still here"))
        self.countdown.setText(
            self.tr("Going back to the start in {seconds} seconds").format(
                seconds=self.seconds_left
            )
        )
