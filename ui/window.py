"""The kiosk window: the touchscreen's view of the resident's visit (kiosk/visit). It shows the
screen of the visit's place, forwards the screens' touches to the visit, and holds what only
a window has: the idle watch, the overlays, the voice, printing. The facilitator's way in
(Ctrl+Alt+F or three taps in the top-right corner, then the PIN) is its FacilitatorGate
(ui/facilitator/gate.py), which asks the window for its pages by signals."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.clock import Clock
from kiosk.lessons.model import Lesson, Library
from kiosk.pin import PinGuard
from kiosk.settings import Settings
from kiosk.visit import Visit, events
from kiosk.visit.completions import LessonCompletions
from kiosk.visit.events import FACILITATOR_PLACES, Place
from ui.facilitator.gate import FacilitatorGate
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatcher
from ui.tap_guard import TapGuard
from ui.theme import Theme

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
        self.records = records
        self.pins = pins
        self.data_dir = data_dir
        self.quit_allowed = False
        self.screen_name = ""
        self.visit = Visit(
            library,
            language=languages.language or settings.language,
            speed=settings.speed,
            record=records.submit if records is not None else None,
        )
        self._away: QWidget | None = None  # the facilitator's page being shown
        self.classes: ClassMode | None = None  # a class being taught
        self.setObjectName("window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(theme.stylesheet())

        # Each screen is made when the visit first reaches it (the properties below): the
        # start makes only the one of its first frame.
        self._registry = channels  # the defaults until `kiosk run` reads the commune's
        self._attract: AttractScreen | None = None
        self._home: HomeScreen | None = None
        self._player: LessonScreen | None = None
        self._finish: FinishScreen | None = None
        self._resident_print: ResidentPrint | None = None
        self._channels: ChannelsScreen | None = None
        self._checkin: CheckInScreen | None = None  # made at the first "Ghi tên"
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # The overlays too are made when first opened (the properties below).
        self._idle_overlay: IdleOverlay | None = None
        self._quit_overlay: QuitOverlay | None = None
        self._message: MessageOverlay | None = None
        self.printing = printing
        self.idle = IdleWatcher(clock, settings.idle_seconds, settings.idle_countdown_seconds, self)
        # installed on the application by the entry point, as the idle watch is
        self.tap_guard = TapGuard(clock, theme.target, parent=self)
        # the chords, the corner taps (on the application), the PIN, the panel and its lock
        self.facilitator = FacilitatorGate(
            self,
            self.stack,
            theme,
            clock,
            library,
            settings,
            records=records,
            pins=pins,
            data_dir=data_dir,
        )
        self._connect()
        self._connect_facilitator(self.facilitator)
        self.visit.subscribe(self._visit_changed)
        self.voice: LessonVoice | None = None
        if narrator is not None:
            self.attach_narrator(narrator)
        self.set_language(self.visit.language)
        if open_home:
            self.show_home()
        else:
            self.show_attract()  # or, on a new kiosk, the PIN's set-up step

    @property
    def idle_overlay(self) -> IdleOverlay:
        """ "Are you still there?": made at the first idle warning."""
        if self._idle_overlay is None:
            from ui.widgets.idle_overlay import IdleOverlay

            overlay = IdleOverlay(self.theme, self)
            overlay.still_here.connect(self.idle.poke)
            self._idle_overlay = overlay
        return self._idle_overlay

    @property
    def quit_overlay(self) -> QuitOverlay:
        """ "Close the kiosk program?": made when the facilitator first asks."""
        if self._quit_overlay is None:
            from ui.widgets.quit_overlay import QuitOverlay

            overlay = QuitOverlay(self.theme, self)
            overlay.cancelled.connect(overlay.hide)
            overlay.confirmed.connect(self.quit_kiosk)
            self._quit_overlay = overlay
        return self._quit_overlay

    @property
    def message(self) -> MessageOverlay:
        """A message over the screen (a printer's answer, a facilitator's notice)."""
        if self._message is None:
            from ui.widgets.message_overlay import MessageOverlay

            self._message = MessageOverlay(self.theme, self)
        return self._message

    def _hide_overlays(
        self, *, idle: bool = False, message: bool = False, quit_question: bool = False
    ) -> None:
        """Hide those of the overlays named that were made (the rest have nothing to hide)."""
        for wanted, overlay in (
            (idle, self._idle_overlay),
            (message, self._message),
            (quit_question, self._quit_overlay),
        ):
            if wanted and overlay is not None:
                overlay.hide()

    @property
    def registry(self) -> ChannelRegistry:
        """The official channels: the commune's (`kiosk run` gives them once the first frame
        is up), the built-in ones until then."""
        if self._registry is None:
            from kiosk.channels.defaults import default_registry

            self._registry = default_registry()
        return self._registry

    @registry.setter
    def registry(self, registry: ChannelRegistry) -> None:
        self._registry = registry
        if self._channels is not None:
            self._channels.registry = registry
            self._channels.set_language(self.language)  # drawn again if shown

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
        if self._player is not None:
            self.voice.attach(self._player)
        run = self.visit.run
        if run is not None and self.screen_name == "lesson":
            self.voice.catch_up(run.lesson, run.position)

    def _say(self, text: str) -> None:
        """Read `text` aloud in the interface's language (the channels' Listen), once there is
        a voice."""
        if self.narrator is not None:
            self.narrator.speak_text(text, self.language)

    @property
    def completions(self) -> LessonCompletions:
        return self.visit.completions

    def _connect(self) -> None:
        self.idle.warning.connect(self.show_idle_warning)
        self.idle.resumed.connect(lambda: self._hide_overlays(idle=True))
        self.idle.expired.connect(self._idle_expired)
        if self.records is not None:
            self.records.failed.connect(lambda error: log.warning("records: %s", error))

    # --- the screens made at first use --------------------------------------------------------
    def _add_page(self, page: QWidget) -> None:
        """A screen made after the start joins the stack polished and laid out with the style
        sheet, as the first ones are: unpolished, its buttons would ask for their whole
        unstyled width, and the stack (and the window) would take it as its least size."""
        self.stack.addWidget(page)  # first: polished under the window's style sheet
        for widget in (page, *page.findChildren(QWidget)):
            widget.ensurePolished()
        layout = page.layout()
        if layout is not None:
            for inner in (layout, *layout.findChildren(QLayout)):
                inner.invalidate()

    @property
    def attract(self) -> AttractScreen:
        """The attract loop, made when first shown (the first frame of a kiosk set up)."""
        if self._attract is None:
            from ui.screens.attract import AttractScreen

            attract = AttractScreen(self.theme, self.settings.attract_slide_seconds)
            attract.start.connect(self.show_home)
            attract.language_chosen.connect(self._choose_language_and_start)
            self._attract = attract
            self._show_language_on_attract(self.language)
            self._add_page(attract)
        return self._attract

    @property
    def home(self) -> HomeScreen:
        """The lessons' list, made when first shown (at the first touch of the attract loop)."""
        if self._home is None:
            from ui.screens.home import HomeScreen

            home = HomeScreen(self.theme, self.theme.tile_columns)
            home.lesson_chosen.connect(lambda lesson_id: self.open_lesson(lesson_id))
            home.channels_requested.connect(self.show_channels)
            home.set_lessons(self.lessons())
            self._home = home
            self._add_page(home)
        return self._home

    @property
    def player(self) -> LessonScreen:
        """The lesson screen, made when the first lesson opens."""
        if self._player is None:
            from ui.screens.lesson import LessonScreen

            visit = self.visit
            player = LessonScreen(self.theme)
            player.next_requested.connect(visit.next)
            player.back_requested.connect(visit.back)
            player.step_requested.connect(visit.show_step)
            player.touched_at.connect(visit.touch)
            player.praise_shown.connect(visit.praise_elapsed)
            player.home_requested.connect(lambda: self.show_home())
            player.set_speed(visit.speed)
            self._player = player
            self._add_page(player)
            if self.voice is not None:
                self.voice.attach(player)
        return self._player

    @property
    def finish(self) -> FinishScreen:
        """The finish screen, made when the first lesson ends."""
        return self._made_finish()[0]

    @property
    def resident_print(self) -> ResidentPrint:
        """A resident's handout, printed from the finish screen (made with it)."""
        return self._made_finish()[1]

    def _made_finish(self) -> tuple[FinishScreen, ResidentPrint]:
        if self._finish is None or self._resident_print is None:
            from ui.resident_print import ResidentPrint
            from ui.screens.finish import FinishScreen

            visit = self.visit
            finish = FinishScreen(self.theme)
            finish.set_checkin_available(self.records is not None)
            finish.another_lesson.connect(visit.back_to_list)
            finish.repeat_lesson.connect(lambda lesson_id: self.open_lesson(lesson_id))
            finish.home_requested.connect(lambda: self.show_home())
            finish.print_requested.connect(self.print_handout)
            finish.checkin_requested.connect(self.open_checkin)
            self._finish = finish
            self._resident_print = ResidentPrint(
                self.printing, finish, self.message, lambda: self.classes is not None
            )
            self._add_page(finish)
        return self._finish, self._resident_print

    @property
    def channels(self) -> ChannelsScreen:
        """The official channels' screen, made when it is first opened."""
        if self._channels is None:
            from ui.screens.channels import ChannelsScreen

            channels = ChannelsScreen(self.theme, self.registry)
            channels.set_language(self.language)
            channels.home_requested.connect(lambda: self.show_home())
            channels.speak.connect(self._say)
            self._channels = channels
            self._add_page(channels)
        return self._channels

    def _connect_facilitator(self, gate: FacilitatorGate) -> None:
        self.screen_changed.connect(gate.screen_shown)
        gate.screen_wanted.connect(self._show_facilitator_page)
        gate.attract_wanted.connect(self.show_attract)
        gate.quit_asked.connect(lambda: self.quit_overlay.open())
        gate.quit_requested.connect(self.quit_kiosk)
        gate.message_wanted.connect(lambda text: self.message.say(text))
        gate.settings_changed.connect(self.apply_settings)
        gate.pin_asked.connect(self._pin_asked)
        gate.class_wanted.connect(self.start_class)
        gate.class_resumed.connect(self._class_resumed)
        gate.console_wanted.connect(self._open_class_console)
        gate.pin_cancelled.connect(
            lambda: self.idle.set_enabled(self.screen_name not in ("attract", *FACILITATOR_PLACES))
        )

    def _show_facilitator_page(self, page: QWidget, name: str) -> None:
        if name != Place.CLASS:
            self.end_class()
        self._hide_overlays(idle=True)
        self._away = page
        self.visit.step_away(Place(name))

    # --- a class ------------------------------------------------------------------------------
    def start_class(self, lesson_ids: tuple[str, ...]) -> None:
        """ "Teach a class" in the panel: the console here, the lesson on the TV (ui/classroom)."""
        from ui.classroom.mode import open_class  # loaded for the first class

        found = (self.find_lesson(lesson_id) for lesson_id in lesson_ids)
        lessons = [lesson for lesson in found if lesson is not None]
        if not lessons or self.classes is not None:
            return
        kiosk = (self.theme, self.library, self.narrator, self.registry)
        desk = self.facilitator.desk()
        mode = open_class(kiosk, lessons, self.language, desk, self.records, self.printing)
        self.stack.addWidget(mode.stage)
        mode.ended.connect(lambda _ended, mode=mode: self._class_finished(mode))
        mode.add_person_requested.connect(self.facilitator.class_attendance)
        self.classes = mode
        self._class_resumed()
        mode.begin()

    def _class_resumed(self) -> None:
        if self.classes is not None:
            self._away = self.classes.stage
            self.visit.step_away(Place.CLASS)
            self.classes.tick()

    def _open_class_console(self) -> None:
        if self.classes is not None:
            self.classes.open_console()

    def _class_finished(self, mode: ClassMode) -> None:
        """The console's End: back to the attract loop; the panel is behind the PIN again."""
        if self.classes is mode:
            self.classes = None
            mode.close(self.stack)
            self.show_attract()

    def end_class(self) -> None:
        """The panel opened past the PIN, the kiosk locked or closing: a class ends first (what
        it taught is already recorded), and the TV goes dark."""
        mode, self.classes = self.classes, None
        if mode is not None:
            mode.classroom.end()
            mode.close(self.stack)

    def _pin_asked(self) -> None:
        self._hide_overlays(idle=True)
        self.idle.set_enabled(True)  # a gate left open, even over the attract loop, times out

    def apply_settings(self, settings: Settings) -> None:
        """New settings from the panel: idle times and the residential groups."""
        self.settings = settings
        if self.voice is not None:
            self.voice.settings = settings
        self.idle.idle_seconds = settings.idle_seconds
        self.idle.countdown_seconds = settings.idle_countdown_seconds
        if self._checkin is not None:
            self._checkin.set_groups(settings.residential_groups)

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
            if self._player is not None:  # else it is made at this speed
                self._player.set_speed(event.speed)
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
        if self.visit.run is None and self._player is not None:
            self._player.forget()
        screen: QWidget | None = None
        if place is Place.ATTRACT:
            screen = self.attract
        elif place is Place.HOME:
            screen = self.home
        elif place is Place.LESSON:
            screen = self.player
        elif place is Place.FINISH:
            screen = self.finish
        elif place is Place.CHANNELS:
            screen = self.channels
        elif place is Place.CHECKIN:
            screen = self.checkin
        elif place in FACILITATOR_PLACES:
            screen = self._away
        if screen is not None:
            self._show(screen, str(place))
        if place is Place.CHECKIN:
            lesson = self.visit.finished_lesson
            if lesson is not None:  # after _show, which stops any voice: the consent is read
                self.checkin.start(lesson, self.completions.practice_unaided)

    def _show(self, screen: QWidget, name: str) -> None:
        if name != "lesson" and self.narrator is not None:
            self.narrator.stop()  # before the next screen speaks (the check-in's consent)
        if name != "checkin" and self._checkin is not None:
            self._checkin.forget()
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
        if self._home is not None:
            self._home.set_lessons(self.lessons())
        self._show_language_on_attract(language)
        if self._channels is not None:
            self._channels.set_language(language)
        if self._checkin is not None:
            self._checkin.set_language(language)
        self.facilitator.set_language(language)
        self.language_changed.emit(language)

    def _show_language_on_attract(self, language: str) -> None:
        if self._attract is not None:
            slides = [step.image for lesson in self.lessons() for step in lesson.steps[:3]]
            self._attract.set_slides(slides)
            self._attract.set_current_language(language)

    def _choose_language_and_start(self, language: str) -> None:
        self.set_language(language)
        self.show_home()

    # --- navigation: what the window's callers (tests, shots, the gate) ask of the visit ----
    def show_attract(self) -> None:
        self._hide_overlays(idle=True, message=True, quit_question=True)
        self.facilitator.close_gate()
        self.end_class()
        if self._home is not None:
            self._home.show_page(0)
        if self.facilitator.needs_first_pin():  # a new kiosk: the facilitator's set-up first
            self.visit.forget()
            if self._player is not None:
                self._player.forget()
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

    # --- check-in -------------------------------------------------------------------------
    @property
    def checkin(self) -> CheckInScreen:
        """The sign-in screens, made at first use: their keyboard is kept out of the start."""
        if self._checkin is None:
            self._checkin = self._make_checkin()
            self.stack.addWidget(self._checkin)
        return self._checkin

    def _make_checkin(self) -> CheckInScreen:
        from ui.screens.checkin import CheckInScreen

        groups = self.settings.residential_groups
        checkin = CheckInScreen(self.theme, self.records, groups)
        checkin.follow(self.visit, self.narrator)
        checkin.home_requested.connect(lambda: self.show_home())
        return checkin

    def open_checkin(self, lesson_id: str) -> None:
        """Sign in for the lesson on the finish screen (`lesson_id`: the finish screen's)."""
        lesson = self.visit.finished_lesson
        if lesson is None or lesson.id != lesson_id or self.records is None:
            return
        self.visit.open_checkin()

    # --- printing -------------------------------------------------------------------------
    def print_handout(self, lesson_id: str) -> None:
        self.resident_print.start(self.find_lesson(lesson_id), self.registry, self.language)

    # --- idle -----------------------------------------------------------------------------
    def show_idle_warning(self, seconds_left: int) -> None:
        self.idle_overlay.set_seconds_left(seconds_left)
        if not self.idle_overlay.isVisible():
            self.idle_overlay.open()

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
