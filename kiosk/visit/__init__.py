"""The resident's visit, without Qt: where the resident is (the attract loop, the lesson list,
a lesson's step, its finish, the check-in, the channels, or away with the facilitator), the
practice of the lesson being played, the language and the reading speed, and when a finished
lesson is recorded.

The window and its screens only show the visit and forward touches to it: a view calls a
method (`open_lesson`, `next`, `touch`, ...) and hears back, by the function it subscribed,
what changed (kiosk/visit/events.py), in order, before the call returns. Class mode's TV
window will be a second view of the same visit, subscribed to the same events."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.lessons.model import Lesson, Library
from kiosk.visit.completions import LessonCompletions, Record
from kiosk.visit.events import (
    FACILITATOR_PLACES,
    Event,
    Feedback,
    FeedbackGiven,
    LanguageChanged,
    LessonOpened,
    Moved,
    Place,
    Position,
    PraiseStarted,
    SignedIn,
    SpeedChanged,
    StepShown,
)
from kiosk.visit.lesson_run import LessonRun, Move

Listener = Callable[[Event], None]
PRAISE_MS = 2500  # after a right touch, the praise is shown (and said) this long, then Next

__all__ = ["FACILITATOR_PLACES", "PRAISE_MS", "Place", "Visit"]


class Visit:
    def __init__(
        self,
        library: Library,
        *,
        language: str,
        speed: str = "normal",
        record: Record | None = None,
    ) -> None:
        self.library = library
        self.language = language
        self.speed = speed
        self.place = Place.ATTRACT
        self.run: LessonRun | None = None  # the lesson being played, or the one just played
        self.finished_lesson: Lesson | None = None  # on the finish screen and the check-in
        self.signed_in = False  # the finished lesson was recorded with a name
        self.completions = LessonCompletions(record)
        self._praise_turn = 0
        self._listeners: list[Listener] = []

    # --- views ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear every change from now on; call what is returned to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _tell(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def position(self) -> Position | None:
        return self.run.position if self.run is not None else None

    @property
    def lesson(self) -> Lesson | None:
        """The lesson being played, or the one just played (until the attract loop)."""
        return self.run.lesson if self.run is not None else None

    # --- the lessons of the language ------------------------------------------------------
    def lessons(self) -> tuple[Lesson, ...]:
        """The lessons of the interface language; Vietnamese ones if that language has none."""
        return self.library.in_language(self.language) or self.library.in_language("vi")

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        return self.library.find(lesson_id, self.language) or self.library.find(lesson_id, "vi")

    def set_language(self, language: str) -> None:
        self.language = language
        self._tell(LanguageChanged(language))

    def set_speed(self, speed: str) -> None:
        self.speed = speed
        self._tell(SpeedChanged(speed))

    # --- places ---------------------------------------------------------------------------
    def _go(self, place: Place, near: str = "") -> None:
        if place not in (Place.FINISH, Place.CHECKIN):
            self.completions.record_anonymous()  # finished, and no one signed in for it
        previous, self.place = self.place, place
        self._tell(Moved(place, previous, near))

    def go_attract(self) -> None:
        self.forget()
        self._go(Place.ATTRACT)

    def forget(self) -> None:
        """The resident has gone: the lesson they played is forgotten."""
        self.run = None
        self.finished_lesson = None

    def go_home(self) -> None:
        self._go(Place.HOME)

    def back_to_list(self) -> None:
        """The lesson list, on the page of the lesson just played."""
        lesson = self.lesson
        self._go(Place.HOME, lesson.id if lesson is not None else "")

    def go_channels(self) -> None:
        self._go(Place.CHANNELS)

    def step_away(self, place: Place) -> None:
        """The facilitator's pages (the PIN's set-up, the panel)."""
        if place not in FACILITATOR_PLACES:
            raise ValueError(f"not a facilitator's place: {place}")
        self._go(place)

    def idle_expired(self, language: str, speed: str) -> bool:
        """No one has touched the kiosk: the kiosk's own language and speed again, and True:
        the view goes back to the attract loop (show_attract: its overlays, the PIN's set-up
        on a new kiosk). The facilitator's pages have their own lock: False, nothing changes."""
        if self.place in FACILITATOR_PLACES:
            return False
        self.set_language(language)
        self.set_speed(speed)
        return True

    # --- a lesson -------------------------------------------------------------------------
    def open_lesson(self, lesson_id: str, step: int = 0) -> bool:
        lesson = self.find_lesson(lesson_id)
        if lesson is None:
            return False
        self.run = LessonRun(lesson, step, self._praise_turn)
        self._tell(LessonOpened(lesson))
        self._tell(StepShown(self.run.position))
        self._go(Place.LESSON)
        return True

    def show_step(self, index: int) -> None:
        if self.run is not None:
            self._tell(StepShown(self.run.go_to(index)))

    def next(self) -> None:
        run = self.run
        if run is None:
            return
        move = run.next()
        if move is Move.STEP:
            self._tell(StepShown(run.position))
        elif move is Move.ANSWER:
            self._answered(run)
        elif move is Move.FINISHED:
            self.finish(run.lesson.id)

    def back(self) -> None:
        run = self.run
        if run is None:
            return
        if run.back() is Move.STEP:
            self._tell(StepShown(run.position))
        else:
            self.back_to_list()

    def touch(self, x: float, y: float, picture_side: float) -> None:
        """A touch on the step's picture, at (x, y) in the picture's units."""
        run = self.run
        if run is not None and self.place is Place.LESSON and run.touch(x, y, picture_side):
            self._answered(run)

    def _answered(self, run: LessonRun) -> None:
        position = run.position
        self._tell(FeedbackGiven(position))
        if position.praise_turn != self._praise_turn:  # a right touch
            self._praise_turn = position.praise_turn
            self._tell(PraiseStarted(position.praise_turn))

    def praise_elapsed(self, turn: int) -> None:
        """The praise for a right touch has been shown: the next step, unless the resident
        has moved on meanwhile (Next, Home, the idle return)."""
        run = self.run
        if (
            run is not None
            and self.place is Place.LESSON
            and turn == self._praise_turn
            and run.position.praise_turn == turn
            and run.position.feedback is Feedback.PRAISE
        ):
            self.next()

    # --- the finish and the check-in ------------------------------------------------------
    def finish(self, lesson_id: str) -> None:
        """The finish screen of a lesson (after its last step, or asked for directly)."""
        lesson = self.find_lesson(lesson_id)
        if lesson is None:
            return
        run = self.run
        played = run is not None and run.lesson.id == lesson.id
        unaided = run.practice_unaided if played and run is not None else None
        self.completions.finished(lesson.id, lesson.language, unaided)
        self.finished_lesson = lesson
        self.signed_in = False
        self._go(Place.FINISH)

    def open_checkin(self) -> bool:
        """Sign in for the finished lesson."""
        if self.finished_lesson is None:
            return False
        self._go(Place.CHECKIN)
        return True

    def leave_checkin(self) -> None:
        """Back from the check-in to the finish screen."""
        self._go(Place.FINISH)

    def checkin_submitting(self) -> None:
        self.completions.check_in_started()

    def checkin_saved(self) -> None:
        self.completions.check_in_saved()
        self.signed_in = True
        self._tell(SignedIn())

    def checkin_failed(self) -> None:
        resident_left = self.place not in (Place.FINISH, Place.CHECKIN)
        self.completions.check_in_failed(resident_left)

    def checkin_skipped(self) -> None:
        self.completions.record_anonymous()
        self.back_to_list()

    def end(self) -> None:
        """The kiosk closes: a lesson finished and not signed for still counts."""
        self.completions.record_anonymous()
