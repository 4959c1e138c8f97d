"""The facilitator's way in, for the kiosk window: Ctrl+Alt+F, Ctrl+Alt+Q or three taps in
the top-right corner, then the PIN; the panel, made at the first unlock; its lock after five
minutes without input; what the start-up check of the records found, told to the facilitator
only. A new kiosk starts on the PIN's set-up step instead of the residents' screens (see
`needs_first_pin`); a damaged or missing PIN is told at the gate, which then takes only the
recovery code (kiosk/pin.py: the PIN fails closed)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLayout, QWidget

from kiosk.pin import PinLocked, PinState
from kiosk.settings import Settings

if TYPE_CHECKING:
    from kiosk.crashtrace import PreviousCrash
    from kiosk.records import RecordError
    from kiosk.records.backup import RecoveryReport
    from kiosk.records.clockcheck import ClockVerdict
    from ui.facilitator.panel import FacilitatorPanel
    from ui.screens.pin_setup import PinSetupScreen
    from ui.widgets.pin_gate import PinGate
    from ui.window import KioskWindow

QUIT_CHORD = "Ctrl+Alt+Q"  # documented in the README: the facilitator's way out, behind the PIN
FACILITATOR_CHORD = "Ctrl+Alt+F"
PANEL_LOCK_S = 300  # the facilitator panel locks itself after five minutes without input
FACILITATOR_SCREENS = ("facilitator", "pin_setup")  # no resident idle timeout; the lock instead

log = logging.getLogger(__name__)


class FacilitatorEntry:
    """Mixed into KioskWindow (whose attributes it uses): the facilitator's side of it."""

    previous_crash: PreviousCrash | None = None  # the last run's native crash, until told
    clock_verdict: ClockVerdict | None = None  # the newest check of the computer's clock

    def _connect_facilitator(self: KioskWindow) -> None:
        for keys, purpose in ((QUIT_CHORD, "quit"), (FACILITATOR_CHORD, "panel")):
            chord = QShortcut(QKeySequence(keys), self)
            chord.setContext(Qt.ShortcutContext.ApplicationShortcut)
            chord.activated.connect(lambda purpose=purpose: self.open_facilitator(purpose))
        self.corner_taps.triggered.connect(lambda: self.open_facilitator("panel"))
        self.panel_lock.expired.connect(self.lock_facilitator)

    def open_facilitator(self: KioskWindow, purpose: str = "panel") -> None:
        """Ctrl+Alt+F or the corner taps ("panel"), Ctrl+Alt+Q ("quit"): the PIN first (the
        gate itself says when it is damaged, and asks for the recovery code)."""
        if self.screen_name == "facilitator":  # already past the PIN
            if purpose == "quit":
                self.quit_overlay.open()
            return
        if self.screen_name == "pin_setup":  # choosing the PIN: then on to `purpose`
            self.pin_setup.purpose = purpose
            return
        if self.pins is None or self.pin_gate is None:
            return
        if self.pin_gate.isVisible():
            self.pin_gate.purpose = purpose
            return
        if self.needs_first_pin():  # not reached on a new kiosk, which starts on the set-up
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
            gate.accepted.connect(self._pin_accepted)
            gate.recovered.connect(self._recovered)
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

    def needs_first_pin(self: KioskWindow) -> bool:
        """A new kiosk (no PIN, no sign of use): its set-up step comes before anything else."""
        return self.pins is not None and self.pins.store.state() is PinState.NEW

    def report_pin_state(self: KioskWindow) -> None:
        """At start: a damaged or missing PIN in the log (the facilitator sees it at the gate;
        the residents' side works as ever)."""
        if self.pins is None:
            return
        status = self.pins.store.status()
        if status.state is PinState.DAMAGED:
            recovery = "a recovery code is on file" if status.recovery else "no recovery code"
            log.warning("pin: damaged or missing, %s: %s", recovery, status.problem)
        elif status.state is PinState.NEW:
            log.info("pin: none yet, a new kiosk: the set-up step asks for it")

    def show_pin_setup(self: KioskWindow, purpose: str = "panel") -> None:
        """The first start of a new kiosk: the facilitator chooses the PIN (and sees the
        recovery code), then goes on to `purpose`."""
        self.idle_overlay.hide()
        self.pin_setup.start(purpose)
        self._show(self.pin_setup, "pin_setup")
        self._settle_unshown_pages()

    def _settle_unshown_pages(self: KioskWindow) -> None:
        """On a new kiosk the residents' screens are not shown before the set-up step; a page
        never shown keeps the least size its layouts worked out before the style sheet applied
        (unstyled buttons ask for their whole minimum width), and the stack, and so the
        window, would take it as its own (816 px wide on a 768-wide upright screen)."""
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page.isVisible() or page.layout() is None:
                continue
            for widget in (page, *page.findChildren(QWidget)):
                widget.ensurePolished()
            for layout in (page.layout(), *page.layout().findChildren(QLayout)):
                layout.invalidate()

    def _recovered(self: KioskWindow, purpose: str) -> None:
        """The right recovery code: a new PIN, then a new code."""
        grant = self.pin_gate.take_grant() if self.pin_gate is not None else None
        if grant is None:
            return
        self.idle_overlay.hide()
        self.pin_setup.start_reset(purpose, grant)
        self._show(self.pin_setup, "pin_setup")

    def _pin_accepted(self: KioskWindow, purpose: str) -> None:
        """The right PIN. A kiosk with no usable recovery code (set up by an older version,
        its file lost, or the code never confirmed as written down) shows a new one first."""
        grant = self.pin_gate.take_grant() if self.pin_gate is not None else None
        if grant is not None and self.pins is not None and self.pins.store.needs_new_recovery():
            try:
                code = self.pins.store.renew_recovery(grant)
            except (OSError, PinLocked) as error:
                log.warning("pin: no new recovery code (%s)", error)
            else:
                self.pin_setup.show_code(purpose, code)
                self._show(self.pin_setup, "pin_setup")
                return
        self._unlocked(purpose)

    def _unlocked(self: KioskWindow, purpose: str) -> None:
        self.show_panel()
        if purpose == "quit":
            self.quit_overlay.open()

    def show_panel(self: KioskWindow) -> None:
        panel = self._ensure_panel()
        self.idle_overlay.hide()
        panel.show_start()  # the menu, or first a question about a clock that looks wrong
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

    def set_clock_verdict(self: KioskWindow, verdict: ClockVerdict | None) -> None:
        """What the check of the computer's clock said (kiosk/records/clockcheck.py): a clock
        that looks wrong is put to the facilitator when the panel next opens."""
        if verdict is None:
            return
        self.clock_verdict = verdict
        if self.panel is not None:
            self.panel.set_clock_verdict(verdict)

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
        if self.clock_verdict is not None:
            panel.set_clock_verdict(self.clock_verdict)
        return panel
