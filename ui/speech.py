"""Synthesis in the background: a thread that feeds the speech worker and reports with signals.

The GUI thread only hands over a plan (the sentences to prepare, most urgent first) and gets
`ready`, `failed` and `unavailable` back; it never waits on synthesis."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.narration.model import (
    EngineUnavailable,
    NarrationUnavailable,
    NoVoice,
    SynthesisError,
    Voice,
    rate_for,
)
from ui.tasks import Failure

if TYPE_CHECKING:
    from kiosk.narration.synth import Synthesizer

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English"}  # for the log


@dataclass(frozen=True)
class Sentence:
    language: str
    speed: str
    text: str  # normalised

    @property
    def key(self) -> str:
        return f"{self.language}|{self.speed}|{self.text}"


class SpeechService(QObject):
    ready = Signal(str, str)  # sentence key, WAV path
    failed = Signal(str, str)  # sentence key, reason
    unavailable = Signal(str, str)  # language ("" for all), reason
    # Which voice reads a language, once it is known: its name, or "" when there is none
    # (the lessons in that language are read as text). For the facilitator's settings page.
    voice_found = Signal(str, str)  # language, voice name

    def __init__(
        self,
        make_synthesizer: Callable[[], Synthesizer],
        preferred_voices: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_synthesizer = make_synthesizer
        self._preferred = dict(preferred_voices)
        self._plan: deque[Sentence] = deque()
        self._wake = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None
        self._dead_languages: dict[str, str] = {}  # language -> why it cannot speak
        self._engine_dead = ""
        self._warm: list[str] = []  # languages whose voice to find before any sentence
        self._synthesizer: Synthesizer | None = None  # used by the background thread only
        self._voices: dict[str, Voice] = {}
        self._told: dict[str, str] = {}  # language -> the voice name said by voice_found

    def plan(self, sentences: Iterable[Sentence]) -> None:
        """Replace what is still to be prepared; the first comes first."""
        wanted = deque(dict.fromkeys(sentences))
        with self._wake:
            self._plan = wanted
            self._wake.notify()
        if wanted:
            self._start()

    def warm_up(self, languages: Iterable[str]) -> None:
        """Start the worker and find the voices now, so that the first lesson speaks at once."""
        with self._wake:
            self._warm.extend(languages)
            self._wake.notify()
        self._start()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
            self._thread.start()

    def close(self) -> None:
        with self._wake:
            self._closing = True
            self._plan.clear()
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=30)

    # --- the background thread ------------------------------------------------------------
    def _next(self) -> Sentence | str | None:
        """The next job: a language to warm up, a sentence, or None to stop."""
        with self._wake:
            while not self._plan and not self._warm and not self._closing:
                self._wake.wait()
            if self._closing:
                return None
            return self._warm.pop(0) if self._warm else self._plan.popleft()

    def _voice(self, language: str) -> Voice:
        """The voice for `language`, found once (starts the worker the first time)."""
        if self._engine_dead:
            self._tell(language, "")
            raise EngineUnavailable(self._engine_dead)
        if language in self._dead_languages:
            raise NoVoice(self._dead_languages[language])
        if language not in self._voices:
            try:
                if self._synthesizer is None:
                    self._synthesizer = self._make_synthesizer()
                voice = self._synthesizer.voice_for(language, self._preferred.get(language, ""))
            except EngineUnavailable as error:
                self._engine_dead = str(error)
                log.warning("no speech engine: %s", error)
                self._tell(language, "")
                raise
            except NoVoice as error:
                self._dead_languages[language] = str(error)
                log.warning(
                    "no %s voice installed: lessons are read as text (%s)",
                    LANGUAGE_NAMES.get(language, language),
                    error,
                )
                self._tell(language, "")
                raise
            log.info("voice for %s: %s (%s)", language, voice.name, voice.id)
            self._voices[language] = voice
            self._tell(language, voice.name)
        return self._voices[language]

    def _tell(self, language: str, name: str) -> None:
        if self._told.get(language) != name:
            self._told[language] = name
            self.voice_found.emit(language, name)

    def _run(self) -> None:
        try:
            while (job := self._next()) is not None:
                if isinstance(job, str):
                    self._warm_voice(job)
                    continue
                self._speak(job)
        finally:
            if self._synthesizer is not None:
                self._synthesizer.close()

    def _warm_voice(self, language: str) -> None:
        try:
            self._voice(language)
        except NarrationUnavailable:
            pass  # said when a sentence in that language is asked for
        except Exception as error:  # a disk or a bug: logged; the sentences try again
            Failure.of(error, f"finding the {language} voice")

    def _speak(self, sentence: Sentence) -> None:
        try:
            voice = self._voice(sentence.language)
            assert self._synthesizer is not None
            rate = rate_for(sentence.language, sentence.speed)
            path = self._synthesizer.speak_to_cache(sentence.text, voice, rate)
        except EngineUnavailable:
            self.unavailable.emit("", self._engine_dead)
        except NoVoice:
            self.unavailable.emit(sentence.language, self._dead_languages[sentence.language])
        except (SynthesisError, NarrationUnavailable) as error:
            log.warning("a sentence could not be synthesised: %s", error)
            self.failed.emit(sentence.key, str(error))
        except Exception as error:  # a full disk, a bug: that sentence fails, the next is said
            self.failed.emit(sentence.key, Failure.of(error, "synthesis").detail)
        else:
            self.ready.emit(sentence.key, str(path))
