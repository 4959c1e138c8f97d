"""The attract loop: lesson pictures changing slowly, an invitation to touch, and the language.

Touching anywhere starts; touching a language button switches to it and starts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.resources import icon_path
from ui.screens.base import Screen
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.illustration import Illustration

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language, never translated


class AttractScreen(Screen):
    start = Signal()
    language_chosen = Signal(str)

    def __init__(self, theme: Theme, slide_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._slides: tuple[Path, ...] = ()
        self.slide = 0
        self.timer = QTimer(self)
        self.timer.setInterval(slide_seconds * 1000)
        self.timer.timeout.connect(self.next_slide)

        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.picture = Illustration()
        self.hand = Illustration()
        self.hand.set_image(icon_path("touch"))
        self.hand.setFixedSize(theme.px(110), theme.px(110))
        self.invite = QLabel()
        self.invite.setProperty("role", "invite")
        self.invite.setWordWrap(True)
        self.invite.setAlignment(Qt.AlignmentFlag.AlignCenter)

        invite_row = QHBoxLayout()
        invite_row.setSpacing(theme.px(24))
        invite_row.addStretch(1)
        invite_row.addWidget(self.hand)
        invite_row.addWidget(self.invite, 8)
        invite_row.addStretch(1)

        self.language_buttons: dict[str, BigButton] = {}
        languages = QHBoxLayout()
        languages.setSpacing(theme.px(40))
        languages.addStretch(1)
        for code, name in LANGUAGE_NAMES.items():
            button = BigButton("secondary")
            button.setText(name)
            button.setFixedHeight(theme.button_height)
            button.setMinimumWidth(theme.px(360))
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            languages.addWidget(button, 2)
            self.language_buttons[code] = button
        languages.addStretch(1)

        layout = QVBoxLayout(self)
        m = theme.margin
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.px(24))
        layout.addWidget(self.heading)
        layout.addWidget(self.picture, 1)
        layout.addLayout(invite_row)
        layout.addLayout(languages)
        self.retranslate()

    def set_slides(self, images: Sequence[Path]) -> None:
        self._slides = tuple(images)
        self.slide = -1
        self.next_slide()

    def next_slide(self) -> None:
        if not self._slides:
            self.picture.set_image(None)
            return
        self.slide = (self.slide + 1) % len(self._slides)
        self.picture.set_image(self._slides[self.slide])

    def set_current_language(self, language: str) -> None:
        for code, button in self.language_buttons.items():
            button.setProperty("kind", "primary" if code == language else "secondary")
            button.style().unpolish(button)
            button.style().polish(button)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Digital skills for everyone"))
        self.invite.setText(self.tr("Touch the screen to start"))

    def showEvent(self, event: QShowEvent) -> None:
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.start.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.start.emit()
        else:
            super().keyPressEvent(event)
