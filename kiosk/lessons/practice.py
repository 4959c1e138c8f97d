"""Tap-along practice: what a touch on a practice step's picture means, and whether a lesson's
practice was done without help.

The resident is asked to touch a place on the picture. Right: praise, then the next step. A
first miss (or Next before trying) gets a gentle hint; the second shows the place with a ring,
and from then on the step can be passed. There is never a score: the only thing kept is, per
lesson, whether every practice step was done before the ring had to be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.lessons.model import Lesson, Target

# A touch this close outside the target (a fraction of the picture's longer side) still
# counts: a finger is wide, and an older hand lands a little off.
SLOP = 0.03


class Outcome(Enum):
    RIGHT = "right"  # the right place: praise, then the next step
    HINT = "hint"  # first miss: a gentle hint, said again what to touch
    RING = "ring"  # second miss or more: the place is shown with a ring
    PASS = "pass"  # Next goes on (no practice here, done, or already shown)
    NONE = "none"  # nothing to do (a touch on a step already done, or not a practice)


@dataclass
class StepPractice:
    misses: int = 0
    done: bool = False
    shown: bool = False  # the ring was shown: done with help


def hits(target: Target, x: float, y: float, picture_side: float) -> bool:
    slop = SLOP * picture_side
    return (
        target.x - slop <= x <= target.x + target.width + slop
        and target.y - slop <= y <= target.y + target.height + slop
    )


class PracticeTracker:
    """The practice steps of one run through a lesson."""

    def __init__(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.steps = {
            index: StepPractice()
            for index, step in enumerate(lesson.steps)
            if step.practice is not None
        }

    def state(self, index: int) -> StepPractice | None:
        return self.steps.get(index)

    def touch(self, index: int, x: float, y: float, picture_side: float = 0.0) -> Outcome:
        """A touch at (x, y) in the picture's units; `picture_side` is its longer side."""
        state = self.steps.get(index)
        practice = self.lesson.steps[index].practice
        if state is None or practice is None or state.done:
            return Outcome.NONE
        if hits(practice.target, x, y, picture_side):
            state.done = True
            return Outcome.RIGHT
        return self._miss(state)

    def next_pressed(self, index: int) -> Outcome:
        """Next on a practice step not yet done counts as a miss, until the ring is shown."""
        state = self.steps.get(index)
        if state is None or state.done or state.shown:
            return Outcome.PASS
        return self._miss(state)

    @staticmethod
    def _miss(state: StepPractice) -> Outcome:
        state.misses += 1
        if state.misses >= 2:
            state.shown = True
            return Outcome.RING
        return Outcome.HINT

    @property
    def unaided(self) -> bool | None:
        """True when every practice step was done before its ring was shown; None when the
        lesson has no practice."""
        if not self.steps:
            return None
        return all(state.done and not state.shown for state in self.steps.values())
