"""The lesson-pack domain: what a loaded pack, lesson and step are."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a pack, tied to a file and a 1-based line (0 when no line applies)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Target:
    """A rectangle on a step's illustration, in the image's own units (SVG viewBox or pixels)."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Practice:
    """A tap-along exercise: the resident is asked to touch the target on the illustration."""

    prompt: str
    target: Target


@dataclass(frozen=True)
class Step:
    text: str
    narration: str  # written for the ear; equals `text` when the pack gives none
    image: Path  # absolute
    audio: Path | None = None  # absolute; a recorded voice played instead of synthesis
    practice: Practice | None = None
    # For the facilitator teaching a class, shown on the console only: never spoken, never
    # shown to residents. "" when the pack gives none.
    notes: str = ""


@dataclass(frozen=True)
class Topic:
    id: str
    title: str


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    language: str
    version: str
    license: str
    topics: tuple[Topic, ...]
    folder: Path
    # (written, spoken) pairs from pack.yaml's `pronunciations`, in the file's order.
    pronunciations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    topic: Topic
    summary: str
    icon: Path  # absolute
    steps: tuple[Step, ...]
    language: str
    pack_id: str
    folder: Path
    channels: tuple[str, ...] = ()
    notes: str = ""  # the facilitator's notes for the whole lesson, like Step.notes

    @property
    def practices(self) -> int:
        return sum(1 for step in self.steps if step.practice is not None)


@dataclass(frozen=True)
class Library:
    """Every lesson that loaded, and every problem found on the way."""

    packs: tuple[Pack, ...] = ()
    lessons: tuple[Lesson, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    def in_language(self, language: str) -> tuple[Lesson, ...]:
        """Lessons in one language, in home-screen order (pack topic order, then folder name)."""
        return tuple(lesson for lesson in self.lessons if lesson.language == language)

    def find(self, lesson_id: str, language: str) -> Lesson | None:
        for lesson in self.lessons:
            if lesson.id == lesson_id and lesson.language == language:
                return lesson
        return None

    def pronunciations_for(self, lesson: Lesson) -> dict[str, str]:
        """The pronunciations of the pack `lesson` comes from (written -> spoken)."""
        for pack in self.packs:
            if pack.id == lesson.pack_id and pack.language == lesson.language:
                return dict(pack.pronunciations)
        return {}

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if self.in_language(lang))
