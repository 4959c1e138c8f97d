"""What a step says and shows, sentence by sentence.

The caption shows the step's text; the voice reads its narration, which may be worded for the
ear and differ from the text. Each spoken sentence is tied to the caption sentence it belongs
to, so that the player can highlight the sentence being read and replay one sentence: when
both have as many sentences, sentence i goes with sentence i; otherwise spoken sentences are
spread evenly over the caption's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.lessons.model import Step
from kiosk.narration.sentences import split_sentences


@dataclass(frozen=True)
class Spoken:
    shown: int  # index of the caption sentence this belongs to
    text: str  # normalised for the ear


@dataclass(frozen=True)
class StepScript:
    shown: tuple[str, ...]  # the caption, sentence by sentence
    spoken: tuple[Spoken, ...]  # what the voice says, in order
    recording: Path | None = None  # a recorded voice from the pack, played instead


def step_script(step: Step, language: str, pronunciations: Mapping[str, str]) -> StepScript:
    from kiosk.narration.normalize import normalize  # its word lists load on first use

    shown = tuple(split_sentences(step.text)) or (step.text,)
    heard = split_sentences(step.narration) or [step.narration]
    spoken = [
        Spoken(
            min(len(shown) - 1, index * len(shown) // len(heard)),
            normalize(sentence, language, pronunciations),
        )
        for index, sentence in enumerate(heard)
    ]
    if step.practice is not None:  # then the voice asks the resident to try
        spoken.append(
            Spoken(len(shown) - 1, normalize(step.practice.prompt, language, pronunciations))
        )
    return StepScript(shown, tuple(s for s in spoken if s.text.strip()), step.audio)
