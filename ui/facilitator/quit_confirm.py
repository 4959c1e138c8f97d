"""Closing the kiosk program: asked once more, on a page of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.facilitator.page import Page
from ui.facilitator.widgets import action_button
from ui.theme import Theme


class QuitConfirmPage(Page):
    name = "quit_confirm"
    confirmed = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.question = QLabel()
        self.question.setProperty("role", "title")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stay = action_button(theme, "go")
        self.stay.setObjectName("stay")
        self.stay.clicked.connect(self.back_requested)
        self.quit = action_button(theme, "secondary")
        self.quit.setObjectName("quit")
        self.quit.clicked.connect(self.confirmed)
        row = QHBoxLayout()
        row.setSpacing(theme.px(48))
        for button in (self.stay, self.quit):
            button.setMinimumWidth(theme.px(320))
            row.addWidget(button)
        side = theme.margin if theme.portrait else theme.px(96)
        self.body.setContentsMargins(side, theme.px(48), side, theme.margin)
        self.body.setSpacing(theme.px(40))
        self.body.addWidget(self.question)
        self.body.addWidget(self.detail)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.bar.title.set_full_text(self.tr("Close the kiosk"))
        self.question.setText(self.tr("Close the kiosk program?"))
        self.detail.setText(
            self.tr("All records are kept. Residents cannot use the kiosk until it starts again.")
        )
        self.stay.setText(self.tr("Keep it open"))
        self.quit.setText(self.tr("Close the program"))
