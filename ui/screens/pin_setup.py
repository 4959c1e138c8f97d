"""Choosing the facilitator's six-digit PIN (typed twice), then its recovery code, shown once.

Three ways here (kiosk.pin keeps the rules; this screen only asks):
- `start`: the first start of a new kiosk, before anything else is shown. A set-up step for
  the facilitator at installation: no Home, no way back to the residents' screens until a PIN
  is chosen, so no one can leave it half done and choose the PIN later from a corner.
- `start_reset`: after the right recovery code at the PIN gate: a new PIN (Home leaves it,
  and nothing changes).
- `show_code`: the recovery code to write down (after either, or after a PIN unlock when the
  kiosk has no usable code), until "I have written it down".
The PIN and the code are kept only as salted scrypt hashes; `kiosk pin set` sets them too."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.pin import PIN_LENGTH, Grant, PinLocked, PinStore
from ui.screens.base import Screen
from ui.screens.checkin_pages import BottomRow, beside_pad
from ui.theme import INK, WHITE, Theme
from ui.widgets.numpad import NumberPad
from ui.widgets.top_bar import TopBar

log = logging.getLogger(__name__)


class PinSetupScreen(Screen):
    saved = Signal(str)  # the purpose it was opened for: "panel" or "quit"
    cancelled = Signal()

    def __init__(self, theme: Theme, pins: PinStore | None, parent: QWidget | None = None):
        super().__init__(theme, parent)
        self.pins = pins
        self.purpose = "panel"
        self.mode = "first"  # "first" (a new kiosk) or "reset" (after the recovery code)
        self.grant: Grant | None = None  # for a reset: the right recovery code was typed
        self.first = ""  # the PIN typed once, waiting for its confirmation
        self.mismatch = False
        self.unsaved = False  # the PIN could not be written (a read-only or full disk)
        self.code = ""  # the recovery code on show ("": choosing the PIN)

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.cancel)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.code_line = QLabel()  # the recovery code, large, in its groups
        self.code_line.setObjectName("recoveryCode")
        # Large, but never wider than an upright screen (14 characters, about 7.5 em).
        code_px = min(theme.hero_px, (theme.screen_width - 2 * theme.margin - theme.px(96)) // 8)
        self.code_line.setStyleSheet(
            f"QLabel#recoveryCode {{ font-size: {code_px}px; font-weight: 700;"
            f" background: {WHITE}; border: {theme.px(4)}px solid {INK};"
            f" border-radius: {theme.px(16)}px; padding: {theme.px(8)}px {theme.px(24)}px; }}"
        )
        self.code_line.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.code_line.hide()
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
        words.addWidget(self.code_line)
        words.addWidget(self.problem)
        words.addWidget(self.note)
        words.addStretch(1)
        middle = beside_pad(theme, words, self.pad)
        words_box = self.heading.parentWidget()  # narrowed beside the pad; wider without
        assert words_box is not None  # beside_pad put the words in a box
        self.words_box = words_box

        self.buttons = BottomRow(theme, self.pad.height())
        self.buttons.back.clicked.connect(self.go_back)
        self.buttons.next.clicked.connect(self.written_down)
        self.buttons.next.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    # --- the three ways in ----------------------------------------------------------------
    def start(self, purpose: str = "panel") -> None:
        """The first start's set-up step (a new kiosk)."""
        self._begin(purpose, "first", None)

    def start_reset(self, purpose: str, grant: Grant) -> None:
        """A new PIN after the right recovery code."""
        self._begin(purpose, "reset", grant)

    def show_code(self, purpose: str, code: str) -> None:
        """The recovery code, until the facilitator says it is written down."""
        self.purpose = purpose
        self.first = ""
        self.code = code
        self.pad.clear()
        self.retranslate()

    def _begin(self, purpose: str, mode: str, grant: Grant | None) -> None:
        self.purpose = purpose
        self.mode = mode
        self.grant = grant
        self.first = ""
        self.code = ""
        self.mismatch = False
        self.unsaved = False
        self.pad.clear()
        self.retranslate()

    @property
    def confirming(self) -> bool:
        return bool(self.first)

    @property
    def leavable(self) -> bool:
        """Home and Back may leave: never on a new kiosk's set-up, nor while the code shows."""
        return self.mode == "reset" and not self.code

    # --- typing ---------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if len(text) == PIN_LENGTH:
            self.enter(text)

    def enter(self, pin: str) -> None:
        if len(pin) != PIN_LENGTH or self.code:
            return
        self.pad.clear()
        self.unsaved = False
        if not self.first:
            self.first = pin
            self.mismatch = False
        elif pin != self.first:
            self.first = ""  # start again from the first entry
            self.mismatch = True
        else:
            self.first = ""
            self._save(pin)
            return
        self.retranslate()

    def _save(self, pin: str) -> None:
        if self.pins is None:
            self.saved.emit(self.purpose)
            return
        try:
            if self.mode == "reset" and self.grant is not None:
                code = self.pins.reset(self.grant, pin)
            else:
                code = self.pins.first_setup(pin)
        except PinLocked as refused:
            # The kiosk has a PIN after all (set in a shell meanwhile, or a grant used up):
            # nothing is changed here; the gate asks for it.
            log.warning("pin: not changed on screen (%s)", refused)
            self.cancelled.emit()
            return
        except OSError as error:
            log.warning("pin: could not be saved (%s)", error)
            self.unsaved = True
            self.retranslate()
            return
        log.info("pin: %s", "chosen at the first start" if self.mode == "first" else "reset")
        self.grant = None
        self.show_code(self.purpose, code)

    def written_down(self) -> None:
        if not self.code:
            return
        self.code = ""
        if self.pins is not None:
            try:
                self.pins.confirm_recovery()
            except OSError as error:  # shown again after the next PIN, as never written down
                log.warning("pin: recovery code not confirmed (%s)", error)
        self.saved.emit(self.purpose)

    def go_back(self) -> None:
        if self.code:
            return
        if self.first:
            self.first = ""
            self.pad.clear()
            self.retranslate()
        elif self.leavable:
            self.cancel()

    def cancel(self) -> None:
        if not self.leavable:
            return
        self.first = ""
        self.grant = None
        self.pad.clear()
        self.cancelled.emit()

    # --- words ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        showing_code = bool(self.code)
        self.pad.setVisible(not showing_code)
        if not self.theme.portrait:
            wide = self.theme.px(1200) if showing_code else self.theme.px(760)
            self.words_box.setMaximumWidth(min(wide, self.theme.screen_width))
        self.code_line.setVisible(showing_code)
        self.code_line.setText(self.code)
        self.bar.home.setVisible(self.leavable)
        self.buttons.back.setVisible(not showing_code and (self.leavable or bool(self.first)))
        self.buttons.next.setVisible(showing_code)
        self.buttons.back.setText(self.tr("Back"))
        # Its words only while it shows: a hidden Next keeps its place, and long words would
        # widen the row on an upright screen.
        self.buttons.next.setText(self.tr("I have written it down") if showing_code else "")
        if showing_code:
            self._code_words()
        else:
            self._pin_words()

    def _pin_words(self) -> None:
        if self.mode == "first":
            self.bar.title.setText(self.tr("Setting up the kiosk"))
        else:
            self.bar.title.setText(self.tr("New PIN"))
        self.bar.right.setText(
            self.tr("Step {n} / {total}").format(n=2 if self.first else 1, total=3)
        )
        if self.first:
            self.heading.setText(self.tr("Enter the same six digits again"))
        elif self.mode == "first":
            self.heading.setText(self.tr("Choose a six-digit PIN for the facilitator"))
        else:
            self.heading.setText(self.tr("Choose a new six-digit PIN"))
        if self.unsaved:
            self.problem.setText(
                self.tr("The PIN could not be saved. Please ask for technical help.")
            )
        else:
            self.problem.setText(self.tr("The two PINs were not the same. Please start again."))
        self.problem.setVisible(self.unsaved or (self.mismatch and not self.first))
        if self.mode == "first":  # also for a resident who finds a kiosk not yet set up
            self.note.setText(
                self.tr(
                    "Only facilitators should know it. The kiosk is not set up yet: "
                    "not the facilitator? Please ask them."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Only facilitators should know it. "
                    "It opens facilitator mode and closes the kiosk."
                )
            )

    def _code_words(self) -> None:
        self.bar.title.setText(self.tr("Recovery code"))
        self.bar.right.setText(self.tr("Step {n} / {total}").format(n=3, total=3))
        self.heading.setText(self.tr("Write down this recovery code"))
        self.problem.hide()
        self.note.setText(
            self.tr(
                "It is shown only once. If the PIN is lost or damaged, touch "
                "'Forgot the PIN?' on the PIN pad and type this code. "
                "Keep the paper safe, away from the kiosk."
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
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.code:
            self.written_down()
        else:
            super().keyPressEvent(event)
