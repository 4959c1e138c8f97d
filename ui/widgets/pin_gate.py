"""The PIN pad that guards facilitator mode (`ui.widgets.corner_taps` is the way to it).

`PinGate` is the overlay with the masked six-digit pad. The lockout arithmetic is
`kiosk.pin.PinGuard`'s; the gate shows it, locks the pad while it lasts and unlocks it when
the clock says so. "Forgot the PIN?" turns the pad into the recovery code's (twelve digits,
shown in groups of four as written down); wrong codes count as wrong tries. When the PIN is
damaged or missing on a kiosk that had one, the gate says so and asks only for the recovery
code (or, with no code on file, points to `kiosk pin set`): it never offers a new PIN."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.pin import PIN_LENGTH, RECOVERY_DIGITS, RECOVERY_GROUP, Grant, PinGuard, PinState
from ui.theme import PRIMARY, Theme
from ui.widgets.buttons import BigButton
from ui.widgets.numpad import NumberPad
from ui.widgets.overlay import Overlay

log = logging.getLogger(__name__)


class PinGate(Overlay):
    """Asks for the facilitator's PIN. `accepted(purpose)` after the right PIN,
    `recovered(purpose)` after the right recovery code (a new PIN is then to be chosen); the
    right one leaves its `grant` for one change; `cancelled`."""

    accepted = Signal(str)
    recovered = Signal(str)
    cancelled = Signal()

    def __init__(self, theme: Theme, guard: PinGuard, parent: QWidget) -> None:
        super().__init__(theme, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guard = guard
        self.purpose = "panel"
        self.tries_left: int | None = None  # after a wrong PIN
        self.mode = "pin"  # or "recovery": the recovery code on the pad
        self.damaged = False  # the PIN is damaged or missing (kiosk.pin.PinState.DAMAGED)
        self.has_recovery = True  # a recovery code is on file
        self.grant: Grant | None = None  # left by the right PIN or code, for one change
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
        # "Forgot the PIN?" (or, typing the code, back to the PIN): a facilitator's button,
        # less prominent than Cancel, still a whole touch target.
        self.forgot = BigButton("secondary")
        self.forgot.setObjectName("forgot")
        self.forgot.setFixedHeight(theme.target)
        self.forgot.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.forgot.setStyleSheet(
            f"QPushButton#forgot {{ border: none; background: transparent; color: {PRIMARY};"
            f" text-decoration: underline; text-align: left; padding: 0px {theme.px(4)}px; }}"
        )
        self.forgot.clicked.connect(self.toggle_recovery)
        # What is wrong with the PIN, when it is damaged or missing: in bold, above the hint.
        self.damage = QLabel()
        self.damage.setObjectName("pinDamaged")
        self.damage.setWordWrap(True)
        self.damage.setStyleSheet("font-weight: 700;")
        self.damage.hide()
        self.pad = NumberPad(theme, max_length=PIN_LENGTH, masked=True)
        self.pad.submitted.connect(self.try_pin)
        self.pad.text_changed.connect(self._typed)

        words = QVBoxLayout()
        words.setSpacing(theme.px(24))
        words.addWidget(self.title)
        words.addWidget(self.damage)
        words.addWidget(self.hint)
        words.addWidget(self.status)
        if theme.portrait:  # too narrow for words beside the pad: the pad below them
            words.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
            words.addWidget(self.forgot)
            words.addWidget(self.cancel)
            self.card_layout.addLayout(words)
        else:
            words.addStretch(1)
            words.addWidget(self.forgot)
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
        self.grant = None
        status = self.guard.store.status()
        self.damaged = status.state is PinState.DAMAGED
        self.has_recovery = status.recovery
        self._set_mode("recovery" if self.damaged else "pin")
        log.info("pin gate: %s", "damaged, the recovery code asked" if self.damaged else "the PIN")
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

    def _set_mode(self, mode: str) -> None:
        """ "pin": six masked digits; "recovery": the code's twelve, shown in their groups."""
        self.mode = mode
        recovery = mode == "recovery"
        self.pad.max_length = RECOVERY_DIGITS if recovery else PIN_LENGTH
        self.pad.masked = not recovery
        self.pad.group = RECOVERY_GROUP if recovery else 0
        self.pad.clear()
        self.pad.setVisible(not recovery or self.has_recovery)
        # From the code back to the PIN only when there is a PIN to type.
        self.forgot.setVisible(self.has_recovery and not (recovery and self.damaged))
        self.retranslate()

    def toggle_recovery(self) -> None:
        """ "Forgot the PIN?" and back."""
        if self.mode == "pin" and self.has_recovery:
            self._set_mode("recovery")
        elif self.mode == "recovery" and not self.damaged:
            self._set_mode("pin")
        self.setFocus()

    def take_grant(self) -> Grant | None:
        """The grant the right PIN or code left (once)."""
        grant, self.grant = self.grant, None
        return grant

    def _typed(self, text: str) -> None:
        if len(text) == self.pad.max_length:  # all the digits: try at once, no Done needed
            self.try_pin(text)

    def try_pin(self, pin: str) -> None:
        if not self.isVisible() or self.guard.locked_for() > 0:
            return
        recovery = self.mode == "recovery"
        attempt = self.guard.attempt_recovery(pin) if recovery else self.guard.attempt(pin)
        self.pad.clear()
        if attempt.ok:
            self.grant = attempt.grant
            self.timer.stop()
            self.hide()
            (self.recovered if recovery else self.accepted).emit(self.purpose)
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
        self.cancel.setText(self.tr("Cancel"))
        not_you = self.tr("Not the facilitator? Please touch Cancel.")
        self.damage.setVisible(self.damaged)
        if self.damaged and not self.has_recovery:
            self.title.setText(self.tr("The PIN cannot be used"))
            self.damage.setText(
                self.tr(
                    "The PIN is damaged or missing. Set a new one with the command kiosk pin set."
                )
            )
            self.hint.setText(not_you)
        elif self.damaged:
            self.title.setText(self.tr("Enter the recovery code"))
            self.damage.setText(
                self.tr(
                    "The PIN is damaged or missing. "
                    "Use the recovery code or the command kiosk pin set."
                )
            )
            self.hint.setText(not_you)
        elif self.mode == "recovery":
            self.title.setText(self.tr("Enter the recovery code"))
            self.hint.setText(
                self.tr("The 12 digits written down when the PIN was chosen.") + " " + not_you
            )
        else:
            self.title.setText(self.tr("Enter the facilitator's PIN"))
            self.hint.setText(self.tr("Six digits. Not the facilitator? Please touch Cancel."))
        self.forgot.setText(
            self.tr("Back to the PIN") if self.mode == "recovery" else self.tr("Forgot the PIN?")
        )
        locked = self.locked_seconds()
        if locked:
            self.status.setText(
                self.tr(
                    "Too many wrong tries. Please wait {seconds} seconds, then try again."
                ).format(seconds=locked)
            )
        elif self.tries_left and self.mode == "recovery":
            self.status.setText(
                self.tr("Wrong recovery code. {n} tries left.").format(n=self.tries_left)
            )
        elif self.tries_left:
            self.status.setText(self.tr("Wrong PIN. {n} tries left.").format(n=self.tries_left))
        self.status.setVisible(bool(locked or self.tries_left))

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
