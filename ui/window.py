"""The kiosk window: the screens, the way between them, the idle watch, check-in; the
facilitator's way in (Ctrl+Alt+F or three taps in the top-right corner, then the PIN) is its
FacilitatorGate (ui/facilitator/gate.py), which asks the window for its pages by signals."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.channels.defaults import default_registry
from kiosk.channels.model import ChannelRegistry
from kiosk.clock import Clock
from kiosk.lessons.model import Lesson, Library
from kiosk.narration.script import step_script
from kiosk.pin import PinGuard
from kiosk.settings import Settings
from ui.facilitator.gate import FACILITATOR_SCREENS, FacilitatorGate
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatcher
from ui.narrator import Narrator
from ui.print_service import PrintService
from ui.records_service import RecordsService
from ui.screens.attract import AttractScreen
from ui.screens.channels import ChannelsScreen
from ui.screens.checkin_completions import LessonCompletions
from ui.screens.finish import FinishScreen
from ui.screens.home import HomeScreen
from ui.screens.lesson import LessonScreen
from ui.tap_guard import TapGuard
from ui.theme import Theme
from ui.widgets.idle_overlay import IdleOverlay
from ui.widgets.message_overlay import MessageOverlay
from ui.widgets.quit_overlay import QuitOverlay

if TYPE_CHECKING:
    from ui.printing.spooler import PrintOutcome
    from ui.screens.checkin import CheckInScreen

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
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.theme = theme
        self.languages = languages
        self.clock = clock
        self.narrator = narrator
        self.records = records
        self.pins = pins
        self.data_dir = data_dir
        self.volume = settings.volume
        self.quit_allowed = False
        self.screen_name = ""
        self.completions = LessonCompletions(records)
        self.setObjectName("window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(theme.stylesheet())

        self.attract = AttractScreen(theme, settings.attract_slide_seconds)
        self.home = HomeScreen(theme, theme.tile_columns)
        self.player = LessonScreen(theme)
        self.finish = FinishScreen(theme)
        self.registry = channels or default_registry()
        self.channels = ChannelsScreen(theme, self.registry)
        self._checkin: CheckInScreen | None = None  # made at the first "Ghi tên"
        self.finish.set_checkin_available(records is not None)
        self.stack = QStackedWidget()
        screens = (self.attract, self.home, self.player, self.finish, self.channels)
        for screen in screens:
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.idle_overlay = IdleOverlay(theme, self)
        self.quit_overlay = QuitOverlay(theme, self)
        self.message = MessageOverlay(theme, self)
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
        if narrator is not None:
            self._connect_narrator(narrator)
        self.set_language(languages.language or settings.language)
        self.facilitator.report_pin_state()
        self.show_attract()  # or, on a new kiosk, the PIN's set-up step

    def _connect(self) -> None:
        self.attract.start.connect(self.show_home)
        self.attract.language_chosen.connect(self._choose_language_and_start)
        self.home.lesson_chosen.connect(lambda lesson_id: self.open_lesson(lesson_id))
        self.player.finished.connect(self.show_finish)
        self.player.left.connect(self._back_to_list)
        self.player.home_requested.connect(lambda: self.show_home())
        self.finish.another_lesson.connect(self._back_to_list)
        self.finish.repeat_lesson.connect(lambda lesson_id: self.open_lesson(lesson_id))
        self.finish.home_requested.connect(lambda: self.show_home())
        self.home.channels_requested.connect(self.show_channels)
        self.finish.print_requested.connect(self.print_handout)
        if self.printing is not None:
            self.printing.finished.connect(self._printed)
        self.channels.home_requested.connect(lambda: self.show_home())
        self.idle.warning.connect(self.show_idle_warning)
        self.idle.resumed.connect(self.idle_overlay.hide)
        self.idle.expired.connect(self._idle_expired)
        self.idle_overlay.still_here.connect(self.idle.poke)
        self.quit_overlay.cancelled.connect(self.quit_overlay.hide)
        self.quit_overlay.confirmed.connect(self.quit_kiosk)
        self.finish.checkin_requested.connect(self.open_checkin)
        if self.records is not None:
            self.records.failed.connect(lambda error: log.warning("records: %s", error))

    def _connect_facilitator(self, gate: FacilitatorGate) -> None:
        self.screen_changed.connect(gate.screen_shown)
        gate.screen_wanted.connect(self._show_facilitator_page)
        gate.attract_wanted.connect(self.show_attract)
        gate.quit_asked.connect(self.quit_overlay.open)
        gate.quit_requested.connect(self.quit_kiosk)
        gate.message_wanted.connect(self.message.say)
        gate.settings_changed.connect(self.apply_settings)
        gate.pin_asked.connect(self._pin_asked)
        gate.pin_cancelled.connect(
            lambda: self.idle.set_enabled(self.screen_name not in ("attract", "facilitator"))
        )

    def _show_facilitator_page(self, page: QWidget, name: str) -> None:
        self.idle_overlay.hide()
        self._show(page, name)

    def _pin_asked(self) -> None:
        self.idle_overlay.hide()
        self.idle.set_enabled(True)  # a gate left open, even over the attract loop, times out

    def apply_settings(self, settings: Settings) -> None:
        """New settings from the panel: idle times and the residential groups."""
        self.settings = settings
        self.idle.idle_seconds = settings.idle_seconds
        self.idle.countdown_seconds = settings.idle_countdown_seconds
        if self._checkin is not None:
            self._checkin.set_groups(settings.residential_groups)

    def _connect_narrator(self, narrator: Narrator) -> None:
        player = self.player
        player.set_speed(narrator.speed)
        player.step_shown.connect(self._narrate_step)
        player.listen_requested.connect(lambda _: narrator.listen_again())
        player.pause_requested.connect(narrator.toggle_pause)
        player.speed_requested.connect(self.set_speed)
        player.sentence_tapped.connect(narrator.replay_sentence)
        narrator.sentence_started.connect(player.set_reading)
        narrator.state_changed.connect(self._voice_state)
        narrator.notice.connect(player.set_notice)
        self.channels.speak.connect(lambda text: narrator.speak_text(text, self.language))
        player.speak.connect(lambda text: narrator.speak_text(text, self.language))
        for chord, step in (("Ctrl+Alt+Up", 10), ("Ctrl+Alt+Down", -10)):
            shortcut = QShortcut(QKeySequence(chord), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda step=step: self.change_volume(step))

    def _narrate_step(self, index: int) -> None:
        lesson = self.player.lesson
        if self.narrator is None or lesson is None:
            return
        # The end-to-end walk checks from the log that every step's narration was asked for.
        log.info("narration: lesson %s step %d/%d", lesson.id, index + 1, len(lesson.steps))
        self.narrator.play_step(index, autoplay=self.settings.autoplay)

    def _voice_state(self, state: str) -> None:
        self.player.set_voice_state(state)
        if state == "idle":
            self.player.set_reading(-2)

    def set_speed(self, speed: str) -> None:
        self.player.set_speed(speed)
        if self.narrator is not None:
            self.narrator.set_speed(speed)

    def change_volume(self, step: int) -> None:
        """The facilitator's volume keys: Ctrl+Alt+Up and Ctrl+Alt+Down, by tenths."""
        self.volume = max(0, min(100, self.volume + step))
        if self.narrator is not None:
            self.narrator.set_volume(self.volume)

    # --- language -------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.languages.language

    def lessons(self) -> tuple[Lesson, ...]:
        """The lessons of the interface language; Vietnamese ones if that language has none."""
        return self.library.in_language(self.language) or self.library.in_language("vi")

    def set_language(self, language: str) -> None:
        self.languages.set_language(language)
        self.home.set_lessons(self.lessons())
        slides = [step.image for lesson in self.lessons() for step in lesson.steps[:3]]
        self.attract.set_slides(slides)
        self.attract.set_current_language(language)
        self.channels.set_language(language)
        if self._checkin is not None:
            self._checkin.set_language(language)
        self.facilitator.set_language(language)
        self.language_changed.emit(language)

    def _choose_language_and_start(self, language: str) -> None:
        self.set_language(language)
        self.show_home()

    # --- navigation -----------------------------------------------------------------------
    def _show(self, screen: QWidget, name: str) -> None:
        if name != "lesson" and self.narrator is not None:
            self.narrator.stop()
        if name not in ("finish", "checkin"):
            self.completions.record_anonymous()  # finished, and no one signed in for it
        if name != "checkin" and self._checkin is not None:
            self._checkin.forget()
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        log.info("screen %s", name)  # every time: the walk and the soak follow the kiosk by it
        self.screen_name = name
        self.idle.set_enabled(name not in ("attract", *FACILITATOR_SCREENS))
        self.screen_changed.emit(name)  # the facilitator's gate: its panel lock on or off

    def current_screen(self) -> str:
        return str(self.stack.currentWidget().__class__.__name__)

    def show_attract(self) -> None:
        self.idle_overlay.hide()
        self.message.hide()
        self.quit_overlay.hide()
        self.facilitator.close_gate()
        self.player.lesson = None  # the session is forgotten
        self.home.show_page(0)
        if self.facilitator.needs_first_pin():  # a new kiosk: the facilitator's set-up first
            self.facilitator.show_pin_setup("panel")
            return
        self._show(self.attract, "attract")

    def show_home(self, page: int = 0) -> None:
        self.home.show_page(page)
        self._show(self.home, "home")

    def _back_to_list(self) -> None:
        lesson = self.player.lesson
        self.show_home(self.home.page_of(lesson.id) if lesson else 0)

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        return self.library.find(lesson_id, self.language) or self.library.find(lesson_id, "vi")

    def open_lesson(self, lesson_id: str, step: int = 0) -> None:
        lesson = self.find_lesson(lesson_id)
        if lesson is None:
            return
        if self.narrator is not None:
            pronunciations = self.library.pronunciations_for(lesson)
            scripts = [step_script(s, lesson.language, pronunciations) for s in lesson.steps]
            self.narrator.open_lesson(scripts, lesson.language)
        self.player.show_lesson(lesson, step)
        self._show(self.player, "lesson")

    def show_finish(self, lesson_id: str) -> None:
        lesson = self.find_lesson(lesson_id)
        if lesson is None:
            return
        played = self.player.lesson is not None and self.player.lesson.id == lesson.id
        unaided = self.player.practice_unaided if played else None
        self.completions.finished(lesson.id, lesson.language, unaided)
        self.finish.show_lesson(lesson, self.registry.shown(lesson.channels))
        self._show(self.finish, "finish")

    def show_channels(self, channel_id: str = "") -> None:
        self.channels.show_list()
        self.channels.show_page(0)
        self._show(self.channels, "channels")
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

        checkin = CheckInScreen(self.theme, self.records, self.settings.residential_groups)
        checkin.home_requested.connect(lambda: self.show_home())
        checkin.left.connect(lambda: self._show(self.finish, "finish"))
        checkin.skipped.connect(self._checkin_skipped)
        checkin.another_lesson.connect(self._back_to_list)
        checkin.submitting.connect(self.completions.check_in_started)
        checkin.signed_in.connect(lambda _result: self.finish.set_signed_in(True))
        checkin.save_failed.connect(
            lambda: self.completions.check_in_failed(self.screen_name not in ("finish", "checkin"))
        )
        narrator = self.narrator
        if narrator is not None:
            checkin.speak.connect(lambda text: narrator.speak_text(text, self.language))
        checkin.set_language(self.language)
        return checkin

    def open_checkin(self, lesson_id: str) -> None:
        lesson = self.find_lesson(lesson_id)
        if lesson is None or self.records is None:
            return
        self._show(self.checkin, "checkin")
        # after _show, which stops any voice: the consent is read
        self.checkin.start(lesson, self.completions.practice_unaided)

    def _checkin_skipped(self) -> None:
        self.completions.record_anonymous()
        self._back_to_list()

    # --- printing -------------------------------------------------------------------------
    def print_handout(self, lesson_id: str) -> None:
        lesson = self.find_lesson(lesson_id)
        if lesson is None or self.printing is None:
            self.message.say(self.tr("Printing is not set up here. Please ask the facilitator."))
            return
        if self.printing.start(lesson, self.registry, self.language):
            self.finish.print_button.setEnabled(False)
            self.message.say(self.tr("Preparing your guide..."))

    def _printed(self, outcome: PrintOutcome) -> None:
        self.finish.print_button.setEnabled(True)
        if outcome.printed:
            self.message.say(self.tr("Printing now. Please take the sheet from the printer."))
        else:
            self.message.say(
                self.tr(
                    "The printer is not ready. Your guide has been saved; "
                    "please ask the facilitator to print it for you."
                )
            )

    # --- idle -----------------------------------------------------------------------------
    def show_idle_warning(self, seconds_left: int) -> None:
        self.idle_overlay.set_seconds_left(seconds_left)
        if not self.idle_overlay.isVisible():
            self.idle_overlay.open()

    def _idle_expired(self) -> None:
        if self.screen_name in FACILITATOR_SCREENS:
            return
        self.set_language(self.settings.language)
        self.set_speed(self.settings.speed)
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
            self.completions.record_anonymous()
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
