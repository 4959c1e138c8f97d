"""A class taught from the kiosk, without Qt: the lessons chosen for the evening, the step the
hall is on, the ring on the picture ("Show where to touch"), the TV blanked or not, and what
the records must hear (each lesson taught, and whether it reached its last step).

Two views subscribe to one classroom: the audience window on the TV and the facilitator's
console (ui/classroom/), and the voice reads each step for the hall. A presenter's clicker,
the console's buttons and the keyboard all call the same methods."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kiosk.lessons.model import Lesson
from kiosk.visit.events import Feedback, FeedbackGiven, LessonOpened, Position, StepShown


@dataclass(frozen=True)
class Blanked:
    """The TV is blanked (black), or shows the lesson again."""

    blank: bool


@dataclass(frozen=True)
class LessonTaught:
    """For the records: `lesson` was taught; `reached_end` once its last step was shown."""

    lesson: Lesson
    reached_end: bool


@dataclass(frozen=True)
class ClassEnded:
    taught: tuple[str, ...]  # the lessons' ids, in the order taught
    finished: tuple[str, ...]  # those that reached their last step


ClassEvent = LessonOpened | StepShown | FeedbackGiven | Blanked | LessonTaught | ClassEnded
Listener = Callable[[ClassEvent], None]


class Classroom:
    def __init__(self, lessons: Sequence[Lesson], language: str) -> None:
        if not lessons:
            raise ValueError("a class needs at least one lesson")
        self.lessons = tuple(lessons)
        self.language = language
        self.speed = "normal"
        self.lesson_number = 0  # which of the chosen lessons
        self.position = Position(self.lessons[0], 0)
        self.blank = False
        self.ended = False
        self.taught: list[str] = []
        self.finished: list[str] = []
        self._listeners: list[Listener] = []

    # --- views ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _tell(self, event: ClassEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    def set_speed(self, speed: str) -> None:  # the voice's speed (ui/lesson_voice.py)
        self.speed = speed

    # --- what is shown --------------------------------------------------------------------
    @property
    def lesson(self) -> Lesson:
        return self.position.lesson

    @property
    def upcoming(self) -> Position | None:
        """The step after this one (the next lesson's first step on a lesson's last step)."""
        if not self.position.is_last:
            return replace(self.position, index=self.position.index + 1, feedback=Feedback.NONE)
        if self.lesson_number + 1 < len(self.lessons):
            return Position(self.lessons[self.lesson_number + 1], 0)
        return None

    @property
    def has_next_lesson(self) -> bool:
        return self.lesson_number + 1 < len(self.lessons)

    def begin(self) -> None:
        """The first lesson's first step: call once the views have subscribed."""
        self._open(0, 0)

    def _open(self, number: int, index: int) -> None:
        self.lesson_number = number
        lesson = self.lessons[number]
        self.position = Position(lesson, min(max(0, index), len(lesson.steps) - 1))
        if lesson.id not in self.taught:
            self.taught.append(lesson.id)
            self._tell(LessonTaught(lesson, reached_end=False))
        self._tell(LessonOpened(lesson))
        self._shown()

    def _shown(self) -> None:
        self._tell(StepShown(self.position))
        if self.position.is_last and self.lesson.id not in self.finished:
            self.finished.append(self.lesson.id)
            self._tell(LessonTaught(self.lesson, reached_end=True))

    # --- the facilitator's controls -------------------------------------------------------
    def next(self) -> None:
        """Forward: the next step; on a lesson's last step, the next lesson (if any)."""
        if self.ended:
            return
        if not self.position.is_last:
            self.position = Position(self.lesson, self.position.index + 1)
            self._shown()
        elif self.has_next_lesson:
            self._open(self.lesson_number + 1, 0)

    def back(self) -> None:
        """Back: the step before; on a lesson's first step, the last step of the one before."""
        if self.ended:
            return
        if self.position.index > 0:
            self.position = Position(self.lesson, self.position.index - 1)
            self._shown()
        elif self.lesson_number > 0:
            before = self.lessons[self.lesson_number - 1]
            self._open(self.lesson_number - 1, len(before.steps) - 1)

    def next_lesson(self) -> None:
        if not self.ended and self.has_next_lesson:
            self._open(self.lesson_number + 1, 0)

    def go_to_lesson(self, number: int) -> None:
        if not self.ended and 0 <= number < len(self.lessons):
            self._open(number, 0)

    def go_to_step(self, index: int) -> None:
        """A step of the lesson being taught (kept within it)."""
        if not self.ended:
            last = len(self.lesson.steps) - 1
            self.position = Position(self.lesson, min(max(0, index), last))
            self._shown()

    def read_again(self) -> None:
        """The same step, shown and read again from its start."""
        if not self.ended:
            self._tell(StepShown(self.position))

    def toggle_ring(self) -> None:
        """Show where to touch (on a practice step), or hide it again."""
        if self.ended or self.position.step.practice is None:
            return
        ring = self.position.feedback is not Feedback.RING
        self.position = replace(self.position, feedback=Feedback.RING if ring else Feedback.NONE)
        self._tell(FeedbackGiven(self.position))

    def toggle_blank(self) -> None:
        self.set_blank(not self.blank)

    def set_blank(self, blank: bool) -> None:
        if self.ended or blank == self.blank:
            return
        self.blank = blank
        self._tell(Blanked(blank))

    def end(self) -> ClassEnded:
        ended = ClassEnded(tuple(self.taught), tuple(self.finished))
        if not self.ended:
            self.ended = True
            self._tell(ended)
        return ended
