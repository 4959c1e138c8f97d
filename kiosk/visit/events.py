"""What a view hears from the resident's visit (kiosk/visit/__init__.py): small frozen
records, one per kind of change. A view subscribes with a function and matches on the type;
the touchscreen's window is one view, class mode's TV window will be another."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.lessons.model import Lesson, Step


class Place(StrEnum):
    """Where the visit is. The first six are the resident's; the last three belong to the
    facilitator (no resident idle return there: the panel has its own lock, a class none)."""

    ATTRACT = "attract"
    HOME = "home"
    LESSON = "lesson"
    FINISH = "finish"
    CHECKIN = "checkin"
    CHANNELS = "channels"
    PIN_SETUP = "pin_setup"
    FACILITATOR = "facilitator"
    CLASS = "class"  # a class taught from the kiosk (kiosk/classroom)


FACILITATOR_PLACES = (Place.FACILITATOR, Place.PIN_SETUP, Place.CLASS)


class Feedback(StrEnum):
    """What a practice step's task box says now. Never a score."""

    NONE = ""  # the task itself: "Try it: ..."
    PRAISE = "praise"  # a right touch; the next step follows after a moment
    DONE = "done"  # back on a step already done
    HINT = "hint"  # a first miss
    UNTRIED = "untried"  # Next before any touch on the picture
    RING = "ring"  # the place is shown with a ring; the step can be passed


@dataclass(frozen=True)
class Position:
    """One step of the lesson being played, as every view shows it."""

    lesson: Lesson
    index: int
    feedback: Feedback = Feedback.NONE
    praise_turn: int = 0  # which of the praises to say (they take turns)

    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def total(self) -> int:
        return len(self.lesson.steps)

    @property
    def is_last(self) -> bool:
        return self.index == self.total - 1

    @property
    def ring(self) -> bool:
        """Whether the place to touch is shown with a ring on the picture."""
        return self.feedback is Feedback.RING and self.step.practice is not None


@dataclass(frozen=True)
class Moved:
    """The visit went to another place. `near`: on the lesson list, the id of the lesson the
    list should show (the one just left); "" for its first page."""

    place: Place
    previous: Place
    near: str = ""


@dataclass(frozen=True)
class LessonOpened:
    """A lesson starts (from its first step, or the one asked for): its narration is made."""

    lesson: Lesson


@dataclass(frozen=True)
class StepShown:
    """A step is shown (a new one, or the same one again): draw it and read it."""

    position: Position


@dataclass(frozen=True)
class FeedbackGiven:
    """The practice box answered a touch (praise, a hint, the ring): show it and say it."""

    position: Position


@dataclass(frozen=True)
class PraiseStarted:
    """A right touch: after a moment (the view's timer) call Visit.praise_elapsed(turn)."""

    turn: int


@dataclass(frozen=True)
class LanguageChanged:
    language: str


@dataclass(frozen=True)
class SpeedChanged:
    speed: str  # "normal", "slow", "slower"


@dataclass(frozen=True)
class SignedIn:
    """The finished lesson was recorded with the resident's name."""


Event = (
    Moved
    | LessonOpened
    | StepShown
    | FeedbackGiven
    | PraiseStarted
    | LanguageChanged
    | SpeedChanged
    | SignedIn
)
