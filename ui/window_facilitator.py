"""The facilitator's way in, for the kiosk window: Ctrl+Alt+F, Ctrl+Alt+Q or three taps in
the top-right corner, then the PIN (or, on the first start, choosing one); the panel, made at
the first unlock; its lock after five minutes without input; what the start-up check of the
records found, told to the facilitator only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from kiosk.settings import Settings

if TYPE_CHECKING:
    from kiosk.crashtrace import PreviousCrash
    from kiosk.records import RecordError
    from kiosk.records.backup import RecoveryReport
    from ui.facilitator.panel import FacilitatorPanel
    from ui.screens.pin_setup import PinSetupScreen
    from ui.widgets.pin_gate import PinGate
    from ui.window import KioskWindow

QUIT_CHORD = "Ctrl+Alt+Q"  # documented in the README: the facilitator's way out, behind the PIN
FACILITATOR_CHORD = "Ctrl+Alt+F"
PANEL_LOCK_S = 300  # the facilitator panel locks itself after five minutes without input
FACILITATOR_SCREENS = ("facilitator", "pin_setup")  # no resident idle timeout; the lock instead


class FacilitatorEntry:
    """Mixed into KioskWindow (whose attributes it uses): the facilitator's side of it."""

    previous_crash: PreviousCrash | None = None  # the last run's native crash, until told

    def _connect_facilitator(self: KioskWindow) -> None:
        for keys, purpose in ((QUIT_CHORD, "quit"), (FACILITATOR_CHORD, "panel")):
            chord = QShortcut(QKeySequence(keys), self)
            chord.setContext(Qt.ShortcutContext.ApplicationShortcut)
            chord.activated.connect(lambda purpose=purpose: self.open_facilitator(purpose))
        self.corner_taps.triggered.connect(lambda: self.open_facilitator("panel"))
        self.panel_lock.expired.connect(self.lock_facilitator)

    def open_facilitator(self: KioskWindow, purpose: str = "panel") -> None:
        """Ctrl+Alt+F or the corner taps ("panel"), Ctrl+Alt+Q ("quit"): the PIN first; the
        PIN set-up when there is none yet."""
        if self.screen_name == "facilitator":  # already past the PIN
            if purpose == "quit":
                self.quit_overlay.open()
            return
        if self.screen_name == "pin_setup" or self.pins is None or self.pin_gate is None:
            return
        if self.pin_gate.isVisible():
            self.pin_gate.purpose = purpose
            return
        if not self.pins.store.is_set():
            self.show_pin_setup(purpose)
            return
        self.idle_overlay.hide()
        self.idle.set_enabled(True)  # a gate left open, even over the attract loop, times out
        self.pin_gate.ask(purpose)

    @property
    def pin_gate(self: KioskWindow) -> PinGate | None:
        """The PIN pad (None without a PIN store), made when first asked for."""
        if self.pins is None:
            return None
        if self._pin_gate is None:
            from ui.widgets.pin_gate import PinGate

            gate = PinGate(self.theme, self.pins, self)
            gate.accepted.connect(self._unlocked)
            gate.cancelled.connect(
                lambda: self.idle.set_enabled(self.screen_name not in ("attract", "facilitator"))
            )
            self._pin_gate = gate
        return self._pin_gate

    @property
    def pin_setup(self: KioskWindow) -> PinSetupScreen:
        """Choosing the PIN: needed once, so made then."""
        if self._pin_setup is None:
            from ui.screens.pin_setup import PinSetupScreen

            screen = PinSetupScreen(self.theme, self.pins.store if self.pins else None)
            screen.saved.connect(self._unlocked)
            screen.cancelled.connect(self.show_attract)
            self.stack.addWidget(screen)
            self._pin_setup = screen
        return self._pin_setup

    def show_pin_setup(self: KioskWindow, purpose: str = "panel") -> None:
        """First run: the facilitator chooses the PIN, then goes on to `purpose`."""
        self.idle_overlay.hide()
        self.pin_setup.start(purpose)
        self._show(self.pin_setup, "pin_setup")

    def _unlocked(self: KioskWindow, purpose: str) -> None:
        self.show_panel()
        if purpose == "quit":
            self.quit_overlay.open()

    def show_panel(self: KioskWindow) -> None:
        panel = self._ensure_panel()
        self.idle_overlay.hide()
        panel.show_menu()
        self._show(panel, "facilitator")
        self._tell_facilitator()

    def _tell_facilitator(self: KioskWindow) -> None:
        """What the start-up found (the records' check, a crash of the last run), said once,
        to the facilitator only."""
        notes = [
            note.message(self.language)
            for note in (self.previous_crash, self.recovery)
            if note is not None
        ]
        self.previous_crash = None
        self.recovery = None
        if notes:
            self.message.say("\n\n".join(notes))

    def lock_facilitator(self: KioskWindow) -> None:
        if self.screen_name in FACILITATOR_SCREENS:
            self.show_attract()

    def set_recovery_report(self: KioskWindow, report: RecoveryReport | RecordError | None) -> None:
        """Kept until the facilitator opens the panel; shown at once if it is open."""
        self.recovery = report
        if report is not None and self.screen_name == "facilitator":
            self._tell_facilitator()

    def set_previous_crash(self: KioskWindow, crash: PreviousCrash) -> None:
        """The last run ended in a native crash: kept until the facilitator opens the panel."""
        self.previous_crash = crash
        if self.screen_name == "facilitator":
            self._tell_facilitator()

    def apply_settings(self: KioskWindow, settings: Settings) -> None:
        """New settings from the panel: idle times and the residential groups."""
        self.settings = settings
        self.idle.idle_seconds = settings.idle_seconds
        self.idle.countdown_seconds = settings.idle_countdown_seconds
        if self._checkin is not None:
            self._checkin.set_groups(settings.residential_groups)

    def _ensure_panel(self: KioskWindow) -> FacilitatorPanel:
        if self.panel is None:
            self.panel = self._make_panel()
            self.stack.addWidget(self.panel)
        return self.panel

    def _make_panel(self: KioskWindow) -> FacilitatorPanel:
        from ui.facilitator.panel import FacilitatorPanel  # loaded at the first unlock

        if self.records is None or self.data_dir is None:
            raise RuntimeError("the facilitator panel needs the records and the data folder")
        panel = FacilitatorPanel(
            self.theme, self.records, self.library, self.settings, self.data_dir, self.clock
        )
        panel.lock_requested.connect(self.lock_facilitator)
        panel.quit_requested.connect(self.quit_kiosk)
        panel.settings_changed.connect(self.apply_settings)
        panel.activity.connect(self.panel_lock.poke)
        panel.set_language(self.language)
        return panel
