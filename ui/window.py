"""The kiosk window: the touchscreen's view of the resident's visit (kiosk/visit). It shows the
screen of the visit's place and holds what only a window has: the idle watch, the voice,
printing. Its parts: the resident's screens, each made at first use (ui/window_screens.py);
the overlays (ui/window_overlays.py); a class taught from it (ui/classroom/host.py); the
facilitator's way in (Ctrl+Alt+F or three taps in the top-right corner, then the PIN), the
FacilitatorGate (ui/facilitator/gate.py), which asks the window for its pages by signals."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.clock import Clock
from kiosk.lessons.model import Lesson, Library
from kiosk.pin import PinGuard
from kiosk.settings import Settings
from kiosk.visit import Visit, events
from kiosk.visit.completions import LessonCompletions
from kiosk.visit.events import FACILITATOR_PLACES, Place
from ui.classroom.host import ClassHost
from ui.facilitator.gate import FacilitatorGate
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatcher
from ui.tap_guard import TapGuard
from ui.theme import Theme
from ui.window_overlays import Overlays
from ui.window_screens import ResidentScreens, Touches

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from ui.classroom.mode import ClassMode
    from ui.lesson_voice import LessonVoice
    from ui.narrator import Narrator
    from ui.print_service import PrintService
    from ui.records_service import RecordsService
    from ui.resident_print import ResidentPrint
    from ui.screens.attract import AttractScreen
    from ui.screens.channels import ChannelsScreen
    from ui.screens.checkin import CheckInScreen
    from ui.screens.finish import FinishScreen
    from ui.screens.home import HomeScreen
    from ui.screens.lesson import LessonScreen
    from ui.widgets.idle_overlay import IdleOverlay
    from ui.widgets.message_overlay import MessageOverlay
    from ui.widgets.quit_overlay import QuitOverlay

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    language_changed = Signal(str)
    # "attract", "home", "lesson", "finish", "channels", "checkin", "pin_setup", "facilitator"
    screen_changed = Signal(str)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        theme: Theme,
        languages: LanguageSwitcher,
        clock: Clock,
        narrator: Narrator | None = None,
        channels: ChannelRegistry | None = None,
        printing: PrintService | None = None,
        parent: QWidget | None = None,
        *,
        records: RecordsService | None = None,
        pins: PinGuard | None = None,
        data_dir: Path | None = None,
        open_home: bool = False,
    ) -> None:
        """`open_home`: open on the home screen (`kiosk bench`'s start), not the attract loop
        or, on a new kiosk, the PIN's set-up step."""
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.theme = theme
        self.languages = languages
        self.clock = clock
        self.narrator: Narrator | None = None  # attach_narrator
        self.voice: LessonVoice | None = None
        self.records = records
        self.pins = pins
        self.data_dir = data_dir
        self.printing = printing
        self.quit_allowed = False
        self.screen_name = ""
        self.visit = Visit(
            library,
            language=languages.language or settings.language,
            speed=settings.speed,
            record=records.submit if records is not None else None,
        )
        self._away: QWidget | None = None  # the facilitator's page being shown
        self.setObjectName("window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(theme.stylesheet())
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.idle = IdleWatcher(clock, settings.idle_seconds, settings.idle_countdown_seconds, self)
        # installed on the application by the entry point, as the idle watch is
        self.tap_guard = TapGuard(clock, theme.target, parent=self)
        self.overlays = Overlays(theme, self, self.idle.poke, self.quit_kiosk)
        # the chords, the corner taps (on the application), the PIN, the panel and its lock
        gate = FacilitatorGate(
            self, self.stack, theme, clock, library, settings,
            records=records, pins=pins, data_dir=data_dir,
        )  # fmt: skip
        self.facilitator = gate
        self.class_host = ClassHost(
            self.stack, gate.desk, gate.class_attendance, records, printing, self
        )
        touches = Touches(
            home=self.show_home,
            open_lesson=self.open_lesson,
            channels=self.show_channels,
            choose_language=self._choose_language_and_start,
            print_handout=self.print_handout,
            open_checkin=self.open_checkin,
            say=self._say,
            class_running=lambda: self.classes is not None,
        )
        # Each screen is made when the visit first reaches it: the start makes only the one
        # of its first frame.
        self.screens = ResidentScreens(
            self.stack, theme, settings, self.visit, self.overlays, touches,
            records=records, printing=printing, registry=channels,
        )  # fmt: skip
        self._connect()
        self.visit.subscribe(self._visit_changed)
        if narrator is not None:
            self.attach_narrator(narrator)
        self.set_language(self.visit.language)
        if open_home:
            self.show_home()
        else:
            self.show_attract()  # or, on a new kiosk, the PIN's set-up step

    # --- what the window's callers (tests, shots, the tools) reach through it ----------------
    @property
    def idle_overlay(self) -> IdleOverlay:
        return self.overlays.idle

    @property
    def quit_overlay(self) -> QuitOverlay:
        return self.overlays.quit

    @property
    def message(self) -> MessageOverlay:
        return self.overlays.message

    @property
    def attract(self) -> AttractScreen:
        return self.screens.attract

    @property
    def home(self) -> HomeScreen:
        return self.screens.home

    @property
    def player(self) -> LessonScreen:
        return self.screens.player

    @property
    def finish(self) -> FinishScreen:
        return self.screens.finish

    @property
    def resident_print(self) -> ResidentPrint:
        return self.screens.resident_print

    @property
    def channels(self) -> ChannelsScreen:
        return self.screens.channels

    @property
    def checkin(self) -> CheckInScreen:
        return self.screens.checkin

    @property
    def classes(self) -> ClassMode | None:
        """The class being taught, if any."""
        return self.class_host.mode

    @property
    def registry(self) -> ChannelRegistry:
        """The official channels: the commune's once `kiosk run` has read them."""
        return self.screens.registry

    @registry.setter
    def registry(self, registry: ChannelRegistry) -> None:
        self.screens.registry = registry

    @property
    def completions(self) -> LessonCompletions:
        return self.visit.completions

    def attach_narrator(self, narrator: Narrator) -> None:
        """The voice: given to the window as it is made, or (`kiosk run`) once its first
        frame is up. What was made before it hears it from then on; a lesson already open
        is read from its step."""
        if self.narrator is not None:
            return
        from ui.lesson_voice import LessonVoice

        self.narrator = narrator
        # It hears the visit after the window: a step drawn, then read.
        self.voice = LessonVoice(self.visit, self.library, narrator, self.settings, self)
        narrator.service.voice_found.connect(self.facilitator.set_voice)
        self.screens.attach_voice(self.voice, narrator)
        run = self.visit.run
        if run is not None and self.screen_name == "lesson":
            self.voice.catch_up(run.lesson, run.position)

    def _say(self, text: str) -> None:
        """Read `text` aloud in the interface's language (the channels' Listen), once there is
        a voice."""
        if self.narrator is not None:
            self.narrator.speak_text(text, self.language)

    def _connect(self) -> None:
        self.idle.warning.connect(self.overlays.show_idle_warning)
        self.idle.resumed.connect(lambda: self.overlays.hide(idle=True))
        self.idle.expired.connect(self._idle_expired)
        if self.records is not None:
            self.records.failed.connect(lambda error: log.warning("records: %s", error))
        gate = self.facilitator
        self.screen_changed.connect(gate.screen_shown)
        gate.screen_wanted.connect(self._show_facilitator_page)
        gate.attract_wanted.connect(self.show_attract)
        gate.quit_asked.connect(lambda: self.quit_overlay.open())
        gate.quit_requested.connect(self.quit_kiosk)
        gate.message_wanted.connect(lambda text: self.message.say(text))
        gate.settings_changed.connect(self.apply_settings)
        gate.pin_asked.connect(self._pin_asked)
        gate.class_wanted.connect(self.start_class)
        gate.class_resumed.connect(self.class_host.resume)
        gate.console_wanted.connect(self.class_host.open_console)
        gate.pin_cancelled.connect(
            lambda: self.idle.set_enabled(self.screen_name not in ("attract", *FACILITATOR_PLACES))
        )
        self.class_host.stage_shown.connect(self._show_class_stage)
        self.class_host.finished.connect(self.show_attract)

    def _show_facilitator_page(self, page: QWidget, name: str) -> None:
        if name != Place.CLASS:
            self.end_class()
        self.overlays.hide(idle=True)
        self._away = page
        self.visit.step_away(Place(name))

    # --- a class ------------------------------------------------------------------------------
    def start_class(self, lesson_ids: tuple[str, ...]) -> None:
        """ "Teach a class" in the panel: the console here, the lesson on the TV (ui/classroom)."""
        found = (self.find_lesson(lesson_id) for lesson_id in lesson_ids)
        lessons = [lesson for lesson in found if lesson is not None]
        kiosk = (self.theme, self.library, self.narrator, self.registry)
        self.class_host.start(kiosk, lessons, self.language)

    def _show_class_stage(self, stage: QWidget) -> None:
        self._away = stage
        self.visit.step_away(Place.CLASS)

    def end_class(self) -> None:
        """The panel opened past the PIN, the kiosk locked or closing: a class ends first."""
        self.class_host.end()

    def _pin_asked(self) -> None:
        self.overlays.hide(idle=True)
        self.idle.set_enabled(True)  # a gate left open, even over the attract loop, times out

    def apply_settings(self, settings: Settings) -> None:
        """New settings from the panel: idle times and the residential groups."""
        self.settings = settings
        if self.voice is not None:
            self.voice.settings = settings
        self.idle.idle_seconds = settings.idle_seconds
        self.idle.countdown_seconds = settings.idle_countdown_seconds
        self.screens.apply_settings(settings)

    def set_speed(self, speed: str) -> None:
        self.visit.set_speed(speed)

    # --- the visit, shown -----------------------------------------------------------------
    def _visit_changed(self, event: events.Event) -> None:
        """Everything the visit says, drawn: the one place the window follows it."""
        if isinstance(event, events.Moved):
            self._moved(event)
        elif isinstance(event, events.StepShown):
            self.player.show_position(event.position)
        elif isinstance(event, events.FeedbackGiven):
            self.player.show_feedback(event.position)
        elif isinstance(event, events.PraiseStarted):
            self.player.show_praise(event.turn)
        elif isinstance(event, events.LanguageChanged):
            self._language_changed(event.language)
        elif isinstance(event, events.SpeedChanged):
            player = self.screens.made_player
            if player is not None:  # else it is made at this speed
                player.set_speed(event.speed)
        elif isinstance(event, events.SignedIn):
            self.finish.set_signed_in(True)

    def _moved(self, event: events.Moved) -> None:
        place = event.place
        if place is Place.HOME:
            self.home.show_page(self.home.page_of(event.near) if event.near else 0)
        elif place is Place.FINISH and event.previous is not Place.CHECKIN:
            self._show_finish_lesson()
        elif place is Place.CHANNELS:
            self.channels.show_list()
            self.channels.show_page(0)
        if self.visit.run is None and self.screens.made_player is not None:
            self.screens.made_player.forget()
        screen = self._away if place in FACILITATOR_PLACES else self.screens.of(place)
        if screen is not None:
            self._show(screen, str(place))
        if place is Place.CHECKIN:
            lesson = self.visit.finished_lesson
            if lesson is not None:  # after _show, which stops any voice: the consent is read
                self.checkin.start(lesson, self.completions.practice_unaided)

    def _show(self, screen: QWidget, name: str) -> None:
        if name != "lesson" and self.narrator is not None:
            self.narrator.stop()  # before the next screen speaks (the check-in's consent)
        checkin = self.screens.made_checkin
        if name != "checkin" and checkin is not None:
            checkin.forget()
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        log.info("screen %s", name)  # every time: the walk and the soak follow the kiosk by it
        self.screen_name = name
        self.idle.set_enabled(name not in ("attract", *FACILITATOR_PLACES))
        self.screen_changed.emit(name)  # the facilitator's gate: its panel lock on or off

    # --- language -------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.visit.language

    def lessons(self) -> tuple[Lesson, ...]:
        """The lessons of the interface language; Vietnamese ones if that language has none."""
        return self.visit.lessons()

    def set_language(self, language: str) -> None:
        self.visit.set_language(language)

    def _language_changed(self, language: str) -> None:
        self.languages.set_language(language)
        self.screens.set_language(language)
        self.facilitator.set_language(language)
        self.language_changed.emit(language)

    def _choose_language_and_start(self, language: str) -> None:
        self.set_language(language)
        self.show_home()

    # --- navigation: what the window's callers (tests, shots, the gate) ask of the visit ----
    def show_attract(self) -> None:
        self.overlays.hide(idle=True, message=True, quit_question=True)
        self.facilitator.close_gate()
        self.end_class()
        if self.screens.made_home is not None:
            self.screens.made_home.show_page(0)
        if self.facilitator.needs_first_pin():  # a new kiosk: the facilitator's set-up first
            self.visit.forget()
            if self.screens.made_player is not None:
                self.screens.made_player.forget()
            self.facilitator.show_pin_setup("panel")
            return
        self.visit.go_attract()

    def show_home(self, page: int = 0) -> None:
        self.visit.go_home()
        self.home.show_page(page)

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        return self.visit.find_lesson(lesson_id)

    def open_lesson(self, lesson_id: str, step: int = 0) -> None:
        self.visit.open_lesson(lesson_id, step)

    def show_finish(self, lesson_id: str) -> None:
        self.visit.finish(lesson_id)

    def _show_finish_lesson(self) -> None:
        lesson = self.visit.finished_lesson
        if lesson is not None:
            self.finish.show_lesson(lesson, self.registry.shown(lesson.channels))

    def show_channels(self, channel_id: str = "") -> None:
        self.visit.go_channels()
        if channel_id:
            self.channels.open_channel(channel_id)

    def open_checkin(self, lesson_id: str) -> None:
        """Sign in for the lesson on the finish screen (`lesson_id`: the finish screen's)."""
        lesson = self.visit.finished_lesson
        if lesson is None or lesson.id != lesson_id or self.records is None:
            return
        self.visit.open_checkin()

    def print_handout(self, lesson_id: str) -> None:
        self.resident_print.start(self.find_lesson(lesson_id), self.registry, self.language)

    # --- idle -----------------------------------------------------------------------------
    def show_idle_warning(self, seconds_left: int) -> None:
        self.overlays.show_idle_warning(seconds_left)

    def _idle_expired(self) -> None:
        if self.visit.idle_expired(self.settings.language, self.settings.speed):
            self.show_attract()

    # --- quitting -------------------------------------------------------------------------
    def ask_quit(self) -> None:
        """Ctrl+Alt+Q: the PIN, then "Close the kiosk program?"."""
        self.facilitator.open("quit")

    def quit_kiosk(self) -> None:
        self.quit_allowed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The resident cannot close the kiosk: only the facilitator, past the PIN, does."""
        if self.quit_allowed:
            self.end_class()
            self.visit.end()
            if self.records is not None:
                self.records.close()  # what was handed over is written first
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys not taken by a screen (its focus was lost to a click) go to the current screen.
        current = self.stack.currentWidget()
        if current is not None and not current.hasFocus():
            current.setFocus()
            current.event(event)
            return
        super().keyPressEvent(event)
