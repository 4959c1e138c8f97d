"""One run through a lesson, without Qt: the step shown, the practice of its tap-along steps
(kiosk/lessons/practice.py) and what the practice box says. The visit
(kiosk/visit/__init__.py) owns one at a time and tells its views what changed."""

from __future__ import annotations

from dataclasses import replace
from enum import Enum

from kiosk.lessons.model import Lesson
from kiosk.lessons.practice import Outcome, PracticeTracker
from kiosk.visit.events import Feedback, Position


class Move(Enum):
    """What Next or Back did."""

    STEP = "step"  # another step is shown
    ANSWER = "answer"  # the practice box answered instead (a hint, the ring)
    FINISHED = "finished"  # Next on the last step
    LEFT = "left"  # Back on the first step


class LessonRun:
    def __init__(self, lesson: Lesson, index: int = 0, praise_turn: int = 0) -> None:
        self.lesson = lesson
        self.practice = PracticeTracker(lesson)
        self.position = Position(lesson, 0, praise_turn=praise_turn)
        self.go_to(index)

    @property
    def index(self) -> int:
        return self.position.index

    @property
    def practice_unaided(self) -> bool | None:
        """Whether this run's practice steps were all done without the ring; None when the
        lesson has none."""
        return self.practice.unaided

    def go_to(self, index: int) -> Position:
        """Show a step (kept within the lesson): a step already done says so, a step whose
        ring was shown shows it again."""
        index = min(max(0, index), len(self.lesson.steps) - 1)
        state = self.practice.state(index)
        feedback = Feedback.NONE
        if state is not None and state.done:
            feedback = Feedback.DONE
        elif state is not None and state.shown:
            feedback = Feedback.RING
        self.position = replace(self.position, index=index, feedback=feedback)
        return self.position

    def touch(self, x: float, y: float, picture_side: float) -> bool:
        """A touch on the picture at (x, y) in its units. True when the practice box answers
        (praise, a hint or the ring)."""
        outcome = self.practice.touch(self.index, x, y, picture_side)
        return self._answer(outcome)

    def next(self) -> Move:
        """Next: a practice step not yet tried answers first; praise being shown goes on."""
        if self.position.feedback is not Feedback.PRAISE:
            outcome = self.practice.next_pressed(self.index)
            if outcome is not Outcome.PASS and self._answer(outcome, untried=True):
                return Move.ANSWER
        if self.index + 1 < len(self.lesson.steps):
            self.go_to(self.index + 1)
            return Move.STEP
        return Move.FINISHED

    def back(self) -> Move:
        if self.index > 0:
            self.go_to(self.index - 1)
            return Move.STEP
        return Move.LEFT

    def _answer(self, outcome: Outcome, *, untried: bool = False) -> bool:
        """Praise, a hint or the ring. `untried`: Next was touched before any touch on the
        picture, so the hint says what to do rather than "not quite"."""
        if outcome in (Outcome.NONE, Outcome.PASS) or self.position.step.practice is None:
            return False
        turn = self.position.praise_turn
        if outcome is Outcome.RIGHT:
            feedback, turn = Feedback.PRAISE, turn + 1
        elif outcome is Outcome.HINT:
            feedback = Feedback.UNTRIED if untried else Feedback.HINT
        else:
            feedback = Feedback.RING
        self.position = replace(self.position, feedback=feedback, praise_turn=turn)
        return True
