"""`kiosk narrate` and `kiosk say`: speech prepared or spoken from the command line."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kiosk.lessons.model import Library
from kiosk.narration.model import Voice, engine_spec, rate_for
from kiosk.narration.normalize import normalize
from kiosk.narration.script import step_script
from kiosk.narration.synth import NarrationUnavailable, SynthesisError, Synthesizer
from kiosk.settings import Settings


@dataclass
class Summary:
    done: int = 0  # synthesised now
    cached: int = 0  # already in the cache
    failed: int = 0
    recorded: int = 0  # steps with a recording from the pack: nothing to synthesise


def make_synthesizer(data_dir: Path) -> Synthesizer:
    return Synthesizer(data_dir, engine_spec=engine_spec())


def sentences_of(library: Library, language: str) -> tuple[list[str], int]:
    """Every distinct normalised sentence of the lessons in `language`, in lesson order, and
    the number of steps that bring their own recording."""
    seen: dict[str, None] = {}
    recorded = 0
    for lesson in library.in_language(language):
        pronunciations = library.pronunciations_for(lesson)
        for step in lesson.steps:
            script = step_script(step, language, pronunciations)
            if script.recording is not None:
                recorded += 1
                continue
            seen.update((spoken.text, None) for spoken in script.spoken)
    return list(seen), recorded


def _bar(done: int, total: int, out: TextIO, width: int = 30) -> None:
    """A progress bar redrawn in place on a terminal; in a log, only the finished bar."""
    if done < total and not out.isatty():
        return
    filled = width * done // max(1, total)
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    out.flush()


def prerender(
    library: Library,
    synthesizer: Synthesizer,
    settings: Settings,
    languages: Iterable[str],
    speeds: Iterable[str],
    out: TextIO = sys.stderr,
) -> Summary:
    """Synthesise every sentence of every step into the cache, with a progress bar."""
    summary = Summary()
    speeds = list(speeds)
    for language in languages:
        sentences, recorded = sentences_of(library, language)
        summary.recorded += recorded
        preferred = settings.voice_vi if language == "vi" else settings.voice_en
        voice = synthesizer.voice_for(language, preferred)
        total = len(sentences) * len(speeds)
        out.write(f"{language}: {voice.name} ({voice.id}), {total} sentences\n")
        count = 0
        for speed in speeds:
            rate = rate_for(language, speed)
            for text in sentences:
                if synthesizer.cached(text, voice, rate) is not None:
                    summary.cached += 1
                else:
                    try:
                        synthesizer.speak_to_cache(text, voice, rate)
                        summary.done += 1
                    except SynthesisError as error:
                        summary.failed += 1
                        out.write(f"\nfailed: {text[:60]!r}: {error}\n")
                count += 1
                _bar(count, total, out)
        out.write("\n")
    return summary


def say(
    text: str, language: str, settings: Settings, synthesizer: Synthesizer
) -> tuple[str, Voice, Path]:
    """The normalised text, the voice, and the WAV file (in the cache) that speaks it."""
    spoken = normalize(text, language, {})
    preferred = settings.voice_vi if language == "vi" else settings.voice_en
    voice = synthesizer.voice_for(language, preferred)
    rate = rate_for(language, settings.speed)
    return spoken, voice, synthesizer.speak_to_cache(spoken, voice, rate)


__all__ = ["NarrationUnavailable", "Summary", "make_synthesizer", "prerender", "say"]
