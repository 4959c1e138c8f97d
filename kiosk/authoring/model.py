"""The sources of the bundled library: each lesson written once, in both languages, with the
drawing of each step. `kiosk lessons build` turns them into the packs in `lessons/vi` and
`lessons/en` (plain YAML and SVG files, which is all the kiosk reads)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.authoring.svg import Scene

Draw = Callable[[Scene], None]


@dataclass(frozen=True)
class T:
    """A text in Vietnamese and in English."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class StepSource:
    text: T  # on screen: short
    draw: Draw  # the picture; on a practice step it must call scene.target(box)
    say: T | None = None  # the narration, written for the ear; defaults to `text`
    practice: T | None = None  # the prompt: what the resident is asked to touch
    notes: T | None = None  # for the facilitator teaching a class; never spoken nor shown


@dataclass(frozen=True)
class LessonSource:
    folder: str  # "03-vneid-level2": the folder name in both packs (sets the order)
    id: str
    topic: str
    title: T
    summary: T
    icon: Draw  # drawn on a 200 x 200 scene
    steps: tuple[StepSource, ...]
    channels: tuple[str, ...] = ()
    # Words the voice would read badly, per language: written form -> spoken form.
    pronunciations: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: T | None = None  # the facilitator's notes for the whole lesson


@dataclass(frozen=True)
class TopicSource:
    id: str
    title: T


@dataclass(frozen=True)
class PackSource:
    ids: T  # the pack ids per language
    title: T
    version: str
    license: str
    topics: tuple[TopicSource, ...]
    lessons: tuple[LessonSource, ...]
