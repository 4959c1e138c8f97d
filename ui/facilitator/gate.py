"""The facilitator's way in: Ctrl+Alt+F, Ctrl+Alt+Q or three taps in the top-right corner,
then the PIN; the panel, made at the first unlock; its lock after five minutes without input;
what the start-up check of the records found, told to the facilitator only. A new kiosk starts
on the PIN's set-up step instead of the residents' screens (see `needs_first_pin`); a damaged
or missing PIN is told at the gate, which then takes only the recovery code (kiosk/pin.py: the
PIN fails closed).

The gate talks to the window through its signals (which page to show, back to the attract
loop, quitting, a message, new settings) and is told which screen shows (`screen_shown`) and
the language (`set_language`); it never imports the window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QWidget

from kiosk.clock import Clock
from kiosk.lessons.model import Library
from kiosk.pin import PinGuard, PinLocked, PinState
from kiosk.settings import Settings
from ui.first_paint import after_first_paint
from ui.idle import IdleWatcher
from ui.records_service import RecordsService
from ui.theme import Theme
from ui.widgets.corner_taps import CornerTaps

if TYPE_CHECKING:
    from kiosk.crashtrace import PreviousCrash
    from kiosk.records import RecordError
    from kiosk.records.backup import RecoveryReport
    from kiosk.records.clockcheck import ClockVerdict
    from ui.facilitator.desk import Desk
    from ui.facilitator.panel import FacilitatorPanel
    from ui.screens.pin_setup import PinSetupScreen
    from ui.widgets.pin_gate import PinGate

QUIT_CHORD = "Ctrl+Alt+Q"  # documented in the README: the facilitator's way out, behind the PIN
FACILITATOR_CHORD = "Ctrl+Alt+F"
PANEL_LOCK_S = 300  # the facilitator panel locks itself after five minutes without input
FACILITATOR_SCREENS = ("facilitator", "pin_setup")  # no resident idle timeout; the lock instead

log = logging.getLogger(__name__)


class FacilitatorGate(QObject):
    """The facilitator's side of the kiosk window (`host`): its pages go into `stack`, and
    are shown through `screen_wanted`, so that the window's way between screens is kept."""

    screen_wanted = Signal(QWidget, str)  # one of the gate's pages, and its screen name
    attract_wanted = Signal()  # locked, or the set-up step given up
    quit_asked = Signal()  # past the PIN by Ctrl+Alt+Q: "Close the kiosk program?"
    quit_requested = Signal()  # the panel's own way out, already confirmed
    message_wanted = Signal(str)  # said to the facilitator over the panel
    settings_changed = Signal(object)  # new Settings from the panel
    pin_asked = Signal()  # the PIN pad goes up (the resident idle watch on, its question down)
    pin_cancelled = Signal()
    class_wanted = Signal(tuple)  # "Teach a class" in the panel: the lessons' ids, in order
    class_resumed = Signal()  # back from the attendance taken during a class
    console_wanted = Signal()  # three taps in the corner during a class: its console

    def __init__(
        self,
        host: QWidget,
        stack: QStackedWidget,
        theme: Theme,
        clock: Clock,
        library: Library,
        settings: Settings,
        *,
        records: RecordsService | None = None,
        pins: PinGuard | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.stack = stack
        self.theme = theme
        self.clock = clock
        self.library = library
        self.settings = settings
        self.records = records
        self.pins = pins
        self.data_dir = data_dir
        self.screen_name = ""
        self.language = settings.language
        self.previous_crash: PreviousCrash | None = None  # the last run's native crash
        self.clock_verdict: ClockVerdict | None = None  # the newest check of the computer's clock
        self.voices: dict[str, str] = {}  # language -> the reading voice's name; "": none
        # What the start-up check found: told to the facilitator, never to a resident.
        self.recovery: RecoveryReport | RecordError | None = None
        self.panel: FacilitatorPanel | None = None  # made at the first unlock
        self._pin_gate: PinGate | None = None  # made when the PIN is first asked for
        self._pin_setup: PinSetupScreen | None = None  # made on the first start, when needed
        self.panel_lock = IdleWatcher(clock, PANEL_LOCK_S, 0, self)
        self.corner_taps = CornerTaps(host, clock, round(theme.target * 1.5))
        app = QApplication.instance()
        if app is not None:  # watching every event: once the window is up (ui.first_paint)
            after_first_paint(host, lambda: app.installEventFilter(self.corner_taps))
        for keys, purpose in ((QUIT_CHORD, "quit"), (FACILITATOR_CHORD, "panel")):
            chord = QShortcut(QKeySequence(keys), host)
            chord.setContext(Qt.ShortcutContext.ApplicationShortcut)
            chord.activated.connect(lambda purpose=purpose: self.open(purpose))
        self.corner_taps.triggered.connect(self._corner_tapped)
        self.panel_lock.expired.connect(self.lock)

    def screen_shown(self, name: str) -> None:
        """The window shows `name`: the panel's lock watches the facilitator's screens."""
        self.screen_name = name
        self.panel_lock.set_enabled(name in FACILITATOR_SCREENS)

    def _corner_tapped(self) -> None:
        """Three taps in the corner: the PIN for the panel; during a class, its console (the
        class was started past the PIN; leaving it for the panel is Ctrl+Alt+F and the PIN)."""
        if self.screen_name == "class":
            self.console_wanted.emit()
        else:
            self.open("panel")

    def class_attendance(self) -> None:
        """The panel's search for adding people, from a class's console: no PIN (the class was
        started past it), no panel lock, and its Back returns to the class."""
        panel = self._ensure_panel()
        panel.open_class_attendance()
        self.screen_wanted.emit(panel, "class")

    def desk(self) -> Desk | None:
        """The panel's records desk (the open session, who is present), once the panel is made."""
        return self.panel.desk if self.panel is not None else None

    def set_language(self, language: str) -> None:
        self.language = language
        if self.panel is not None:
            self.panel.set_language(language)

    def open(self, purpose: str = "panel") -> None:
        """Ctrl+Alt+F or the corner taps ("panel"), Ctrl+Alt+Q ("quit"): the PIN first (the
        gate itself says when it is damaged, and asks for the recovery code)."""
        if self.screen_name == "facilitator":  # already past the PIN
            if purpose == "quit":
                self.quit_asked.emit()
            return
        if self.screen_name == "pin_setup":  # choosing the PIN: then on to `purpose`
            self.pin_setup.purpose = purpose
            return
        gate = self.pin_gate
        if gate is None:
            return
        if gate.isVisible():
            gate.purpose = purpose
            return
        if self.needs_first_pin():  # not reached on a new kiosk, which starts on the set-up
            self.show_pin_setup(purpose)
            return
        self.pin_asked.emit()  # a gate left open, even over the attract loop, times out
        gate.ask(purpose)

    def close_gate(self) -> None:
        """Back to the attract loop: a PIN pad left open is closed."""
        if self._pin_gate is not None:
            self._pin_gate.close_gate()

    @property
    def pin_gate(self) -> PinGate | None:
        """The PIN pad (None without a PIN store), made when first asked for."""
        if self.pins is None:
            return None
        if self._pin_gate is None:
            from ui.widgets.pin_gate import PinGate

            gate = PinGate(self.theme, self.pins, self.host)
            gate.accepted.connect(self._pin_accepted)
            gate.recovered.connect(self._recovered)
            gate.cancelled.connect(self.pin_cancelled)
            self._pin_gate = gate
        return self._pin_gate

    @property
    def pin_setup(self) -> PinSetupScreen:
        """Choosing the PIN: needed once, so made then."""
        if self._pin_setup is None:
            from ui.screens.pin_setup import PinSetupScreen

            screen = PinSetupScreen(self.theme, self.pins.store if self.pins else None)
            screen.saved.connect(self._unlocked)
            screen.cancelled.connect(self.attract_wanted)
            self.stack.addWidget(screen)
            self._pin_setup = screen
        return self._pin_setup

    def needs_first_pin(self) -> bool:
        """A new kiosk (no PIN, no sign of use): its set-up step comes before anything else."""
        return self.pins is not None and self.pins.store.state() is PinState.NEW

    def report_pin_state(self) -> None:
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

    def show_pin_setup(self, purpose: str = "panel") -> None:
        """The first start of a new kiosk: the facilitator chooses the PIN (and sees the
        recovery code), then goes on to `purpose`."""
        self.pin_setup.start(purpose)
        self.screen_wanted.emit(self.pin_setup, "pin_setup")
        self._settle_unshown_pages()

    def _settle_unshown_pages(self) -> None:
        """On a new kiosk the residents' screens are not shown before the set-up step; a page
        never shown keeps the least size its layouts worked out before the style sheet applied
        (unstyled buttons ask for their whole minimum width), and the stack, and so the
        window, would take it as its own (816 px wide on a 768-wide upright screen)."""
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            layout = page.layout() if page is not None else None
            if page is None or layout is None or page.isVisible():
                continue
            for widget in (page, *page.findChildren(QWidget)):
                widget.ensurePolished()
            for inner in (layout, *layout.findChildren(QLayout)):
                inner.invalidate()

    def _recovered(self, purpose: str) -> None:
        """The right recovery code: a new PIN, then a new code."""
        grant = self.pin_gate.take_grant() if self.pin_gate is not None else None
        if grant is None:
            return
        self.pin_setup.start_reset(purpose, grant)
        self.screen_wanted.emit(self.pin_setup, "pin_setup")

    def _pin_accepted(self, purpose: str) -> None:
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
                self.screen_wanted.emit(self.pin_setup, "pin_setup")
                return
        self._unlocked(purpose)

    def _unlocked(self, purpose: str) -> None:
        self.show_panel()
        if purpose == "quit":
            self.quit_asked.emit()

    def show_panel(self) -> None:
        panel = self._ensure_panel()
        panel.show_start()  # the menu, or first a question about a clock that looks wrong
        self.screen_wanted.emit(panel, "facilitator")
        self._tell_facilitator()

    def _tell_facilitator(self) -> None:
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
            self.message_wanted.emit("\n\n".join(notes))

    def lock(self) -> None:
        """The panel's lock (five minutes without input, or its own button): the attract loop.
        Its button on the attendance pages reached from a class locks too (the class ends)."""
        if self.screen_name in (*FACILITATOR_SCREENS, "class"):
            self.attract_wanted.emit()

    def set_recovery_report(self, report: RecoveryReport | RecordError | None) -> None:
        """Kept until the facilitator opens the panel; shown at once if it is open."""
        self.recovery = report
        if report is not None and self.screen_name == "facilitator":
            self._tell_facilitator()

    def set_clock_verdict(self, verdict: ClockVerdict | None) -> None:
        """What the check of the computer's clock said (kiosk/records/clockcheck.py): a clock
        that looks wrong is put to the facilitator when the panel next opens."""
        if verdict is None:
            return
        self.clock_verdict = verdict
        if self.panel is not None:
            self.panel.set_clock_verdict(verdict)

    def set_voice(self, language: str, name: str) -> None:
        """Which voice reads `language` ("" for none), for the settings page."""
        self.voices[language] = name
        if self.panel is not None:
            self.panel.set_voices(self.voices)

    def set_previous_crash(self, crash: PreviousCrash) -> None:
        """The last run ended in a native crash: kept until the facilitator opens the panel."""
        self.previous_crash = crash
        if self.screen_name == "facilitator":
            self._tell_facilitator()

    def _settings_changed(self, settings: Settings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    def _ensure_panel(self) -> FacilitatorPanel:
        if self.panel is None:
            self.panel = self._make_panel()
            self.stack.addWidget(self.panel)
        return self.panel

    def _make_panel(self) -> FacilitatorPanel:
        from ui.facilitator.panel import FacilitatorPanel  # loaded at the first unlock

        if self.records is None or self.data_dir is None:
            raise RuntimeError("the facilitator panel needs the records and the data folder")
        panel = FacilitatorPanel(
            self.theme, self.records, self.library, self.settings, self.data_dir, self.clock
        )
        panel.lock_requested.connect(self.lock)
        panel.quit_requested.connect(self.quit_requested)
        panel.class_requested.connect(self.class_wanted)
        panel.back_to_class.connect(self.class_resumed)
        panel.settings_changed.connect(self._settings_changed)
        panel.activity.connect(self.panel_lock.poke)
        panel.set_language(self.language)
        if self.clock_verdict is not None:
            panel.set_clock_verdict(self.clock_verdict)
        panel.set_voices(self.voices)
        return panel
