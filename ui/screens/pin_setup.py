"""First run: the facilitator chooses the six-digit PIN, and types it again to confirm.

Shown when facilitator mode (or the quit chord) is asked for and no PIN is set yet. The PIN is
kept only as a salted scrypt hash (kiosk.pin.PinStore); `kiosk pin set` sets it too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.pin import PIN_LENGTH, PinStore
from ui.screens.base import Screen
from ui.screens.checkin_pages import BottomRow, beside_pad
from ui.theme import Theme
from ui.widgets.numpad import NumberPad
from ui.widgets.top_bar import TopBar


class PinSetupScreen(Screen):
    saved = Signal(str)  # the purpose it was opened for: "panel" or "quit"
    cancelled = Signal()

    def __init__(self, theme: Theme, pins: PinStore | None, parent: QWidget | None = None):
        super().__init__(theme, parent)
        self.pins = pins
        self.purpose = "panel"
        self.first = ""  # the PIN typed once, waiting for its confirmation
        self.mismatch = False

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.cancel)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setProperty("role", "prompt")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.pad = NumberPad(theme, max_length=PIN_LENGTH, masked=True)
        self.pad.text_changed.connect(self._typed)
        self.pad.submitted.connect(self.enter)

        words = QVBoxLayout()
        words.setSpacing(theme.px(24))
        words.addStretch(1)
        words.addWidget(self.heading)
        words.addWidget(self.problem)
        words.addWidget(self.note)
        words.addStretch(1)
        middle = beside_pad(theme, words, self.pad)

        self.buttons = BottomRow(theme, self.pad.height())
        self.buttons.back.clicked.connect(self.go_back)
        self.buttons.next.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def start(self, purpose: str = "panel") -> None:
        self.purpose = purpose
        self.first = ""
        self.mismatch = False
        self.pad.clear()
        self.retranslate()

    @property
    def confirming(self) -> bool:
        return bool(self.first)

    def _typed(self, text: str) -> None:
        if len(text) == PIN_LENGTH:
            self.enter(text)

    def enter(self, pin: str) -> None:
        if len(pin) != PIN_LENGTH:
            return
        self.pad.clear()
        if not self.first:
            self.first = pin
            self.mismatch = False
        elif pin != self.first:
            self.first = ""  # start again from the first entry
            self.mismatch = True
        else:
            self.first = ""
            if self.pins is not None:
                self.pins.set(pin)
            self.saved.emit(self.purpose)
            return
        self.retranslate()

    def go_back(self) -> None:
        if self.first:
            self.first = ""
            self.pad.clear()
            self.retranslate()
        else:
            self.cancel()

    def cancel(self) -> None:
        self.first = ""
        self.pad.clear()
        self.cancelled.emit()

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Facilitator's PIN"))
        self.bar.right.setText(
            self.tr("Step {n} / {total}").format(n=2 if self.first else 1, total=2)
        )
        self.buttons.back.setText(self.tr("Back"))
        if self.first:
            self.heading.setText(self.tr("Enter the same six digits again"))
        else:
            self.heading.setText(self.tr("Choose a six-digit PIN for the facilitator"))
        self.problem.setVisible(self.mismatch and not self.first)
        self.problem.setText(self.tr("The two PINs were not the same. Please start again."))
        self.note.setText(
            self.tr(
                "Only facilitators should know it. It opens facilitator mode and closes the kiosk."
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.pad.type(chr(key))
        elif key == Qt.Key.Key_Backspace:
            self.pad.backspace()
        elif key == Qt.Key.Key_Escape:
            self.go_back()
        else:
            super().keyPressEvent(event)
