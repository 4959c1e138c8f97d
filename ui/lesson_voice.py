"""The voice of the visit: a second subscriber to the resident's visit (kiosk/visit) beside
the window, which it hears after (a step is drawn, then read). It makes a lesson's narration
when the lesson opens, reads each step shown and follows the reading speed. It joins the
lesson screen's voice controls (Listen again, Pause, Speed, a tapped sentence) and the
facilitator's volume keys (Ctrl+Alt+Up and Ctrl+Alt+Down) to the narrator."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk.lessons.model import Lesson, Library
from kiosk.narration.script import step_script
from kiosk.settings import Settings
from kiosk.visit import Visit
from kiosk.visit.events import Event, LessonOpened, Position, SpeedChanged, StepShown
from ui.narrator import Narrator

if TYPE_CHECKING:
    from ui.screens.lesson import LessonScreen

log = logging.getLogger(__name__)


class LessonVoice(QObject):
    def __init__(
        self,
        visit: Visit,
        library: Library,
        narrator: Narrator,
        settings: Settings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.visit = visit
        self.library = library
        self.narrator = narrator
        self.player: LessonScreen | None = None  # the window's, once made (attach)
        self.settings = settings  # the window gives it new ones (autoplay)
        self.volume = settings.volume
        self._state = ""  # the narrator's last state and notice, for a player made later
        self._notice = ""
        visit.speed = narrator.speed
        narrator.state_changed.connect(self._voice_state)
        narrator.notice.connect(self._set_notice)
        for chord, step in (("Ctrl+Alt+Up", 10), ("Ctrl+Alt+Down", -10)):
            shortcut = QShortcut(QKeySequence(chord), window)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda step=step: self.change_volume(step))
        visit.subscribe(self._visit_changed)

    def attach(self, player: LessonScreen) -> None:
        """The lesson screen, made when the first lesson opens: its voice controls, joined."""
        narrator, visit = self.narrator, self.visit
        self.player = player  # at the visit's speed (the window's)
        player.listen_requested.connect(lambda _: narrator.listen_again())
        player.pause_requested.connect(narrator.toggle_pause)
        player.speed_requested.connect(visit.set_speed)
        player.sentence_tapped.connect(narrator.replay_sentence)
        player.speak.connect(lambda text: narrator.speak_text(text, visit.language))
        narrator.sentence_started.connect(player.set_reading)
        if self._notice:
            player.set_notice(self._notice)
        if self._state:
            self._voice_state(self._state)

    def catch_up(self, lesson: Lesson, position: Position) -> None:
        """Joined while `lesson` was open: read it from the step on the screen."""
        self._visit_changed(LessonOpened(lesson))
        self._visit_changed(StepShown(position))

    def _visit_changed(self, event: Event) -> None:
        if isinstance(event, LessonOpened):
            self._open(event.lesson)
        elif isinstance(event, StepShown):
            position = event.position
            # The end-to-end walk checks from the log that every step's narration was asked for.
            log.info(
                "narration: lesson %s step %d/%d",
                position.lesson.id,
                position.index + 1,
                position.total,
            )
            self.narrator.play_step(position.index, autoplay=self.settings.autoplay)
        elif isinstance(event, SpeedChanged):
            self.narrator.set_speed(event.speed)

    def _open(self, lesson: Lesson) -> None:
        pronunciations = self.library.pronunciations_for(lesson)
        scripts = [step_script(s, lesson.language, pronunciations) for s in lesson.steps]
        self.narrator.open_lesson(scripts, lesson.language)

    def _voice_state(self, state: str) -> None:
        self._state = state
        if self.player is None:
            return
        self.player.set_voice_state(state)
        if state == "idle":
            self.player.set_reading(-2)

    def _set_notice(self, reason: str) -> None:
        self._notice = reason
        if self.player is not None:
            self.player.set_notice(reason)

    def change_volume(self, step: int) -> None:
        """The facilitator's volume keys, by tenths."""
        self.volume = max(0, min(100, self.volume + step))
        self.narrator.set_volume(self.volume)
