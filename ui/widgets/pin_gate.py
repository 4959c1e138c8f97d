"""The PIN pad that guards facilitator mode (`ui.widgets.corner_taps` is the way to it).

`PinGate` is the overlay with the masked six-digit pad. The lockout arithmetic is
`kiosk.pin.PinGuard`'s; the gate shows it, locks the pad while it lasts and unlocks it when
the clock says so."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.pin import PIN_LENGTH, PinGuard
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.numpad import NumberPad
from ui.widgets.overlay import Overlay


class PinGate(Overlay):
    """Asks for the facilitator's PIN. `accepted(purpose)` after the right PIN; `cancelled`."""

    accepted = Signal(str)
    cancelled = Signal()

    def __init__(self, theme: Theme, guard: PinGuard, parent: QWidget) -> None:
        super().__init__(theme, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guard = guard
        self.purpose = "panel"
        self.tries_left: int | None = None  # after a wrong PIN
        p = theme.px(36)
        self.card_layout.setContentsMargins(p, p, p, p)

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = QLabel()  # what went wrong: a framed yellow box, not colour alone
        self.status.setObjectName("pinStatus")
        self.status.setProperty("role", "prompt")
        self.status.setWordWrap(True)
        self.status.hide()
        self.cancel = BigButton("secondary")
        self.cancel.setObjectName("cancel")
        self.cancel.setFixedHeight(theme.button_height)
        self.cancel.clicked.connect(self.close_gate)
        self.pad = NumberPad(theme, max_length=PIN_LENGTH, masked=True)
        self.pad.submitted.connect(self.try_pin)
        self.pad.text_changed.connect(self._typed)

        words = QVBoxLayout()
        words.setSpacing(theme.px(24))
        words.addWidget(self.title)
        words.addWidget(self.hint)
        words.addWidget(self.status)
        if theme.portrait:  # too narrow for words beside the pad: the pad below them
            words.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
            words.addWidget(self.cancel)
            self.card_layout.addLayout(words)
        else:
            words.addStretch(1)
            words.addWidget(self.cancel)
            row = QHBoxLayout()
            row.setSpacing(theme.px(48))
            row.addLayout(words, 1)
            row.addWidget(self.pad)
            self.card_layout.addLayout(row)
        if theme.short:  # a 768-line screen: the title on fewer lines beside the pad
            self.title.setProperty("role", "section")
        self.card.setFixedWidth(min(theme.px(1280), theme.screen_width - 2 * theme.margin))

        # The countdown on screen; the clock says when the lock is over.
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    def ask(self, purpose: str = "panel") -> None:
        """Open the gate; `purpose` ("panel" or "quit") comes back with `accepted`."""
        self.purpose = purpose
        self.tries_left = None
        self.pad.clear()
        self.open()
        self.setFocus()
        self.refresh()
        self.timer.start()

    def close_gate(self) -> None:
        was_open = self.isVisible()
        self.timer.stop()
        self.pad.clear()
        self.hide()
        if was_open:
            self.cancelled.emit()

    def _typed(self, text: str) -> None:
        if len(text) == PIN_LENGTH:  # six digits: try at once, no Done needed
            self.try_pin(text)

    def try_pin(self, pin: str) -> None:
        if not self.isVisible() or self.guard.locked_for() > 0:
            return
        attempt = self.guard.attempt(pin)
        self.pad.clear()
        if attempt.ok:
            self.timer.stop()
            self.hide()
            self.accepted.emit(self.purpose)
            return
        self.tries_left = attempt.tries_left
        self.refresh()

    def locked_seconds(self) -> int:
        return math.ceil(self.guard.locked_for())

    def refresh(self) -> None:
        """Lock or unlock the pad as the guard says, and say why."""
        locked = self.locked_seconds()
        self.pad.set_enabled_input(locked == 0)
        if locked:
            self.tries_left = 0
        elif self.tries_left == 0:
            self.tries_left = None  # the lock is over: a fresh start of the message
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Enter the facilitator's PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.hint.setText(self.tr("Six digits. Not the facilitator? Please touch Cancel."))
        locked = self.locked_seconds()
        if locked:
            self.status.setText(
                self.tr(
                    "Too many wrong tries. Please wait {seconds} seconds, then try again."
                ).format(seconds=locked)
            )
        elif self.tries_left:
            self.status.setText(self.tr("Wrong PIN. {n} tries left.").format(n=self.tries_left))
        self.status.setVisible(bool(locked or self.tries_left))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """A facilitator with a keyboard may type the PIN; Escape cancels."""
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.pad.type(chr(key))
        elif key == Qt.Key.Key_Backspace:
            self.pad.backspace()
        elif key == Qt.Key.Key_Escape:
            self.close_gate()
        else:
            super().keyPressEvent(event)
