"""A short message for the resident, with one big button to close it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.overlay import Overlay


class MessageOverlay(Overlay):
    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent)
        self.message = QLabel()
        self.message.setProperty("role", "caption")
        self.message.setObjectName("caption")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ok = BigButton("go")
        self.ok.setFixedHeight(theme.button_height)
        self.ok.clicked.connect(self.hide)
        inside = self.card_width(1000)
        self.ok.setMinimumWidth(min(theme.px(400), inside))
        self.card_layout.addWidget(self.message)
        self.card_layout.addWidget(self.ok)
        self.retranslate()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.open()

    def retranslate(self) -> None:
        self.ok.setText(self.tr("OK"))
