"""Synthesis in the background: a thread that feeds the speech worker and reports with signals.

The GUI thread only hands over a plan (the sentences to prepare, most urgent first) and gets
`ready`, `failed` and `unavailable` back; it never waits on synthesis."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.narration.model import Voice, rate_for
from kiosk.narration.synth import (
    EngineUnavailable,
    NarrationUnavailable,
    NoVoice,
    SynthesisError,
    Synthesizer,
)

log = logging.getLogger(__name__)


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
        self._warm: list[str] = []

    def plan(self, sentences: Iterable[Sentence]) -> None:
        """Replace what is still to be prepared; the first comes first."""
        wanted = list(dict.fromkeys(sentences))
        with self._wake:
            self._plan = deque(wanted)
            self._wake.notify()
        self._start()

    def warm_up(self, languages: Iterable[str]) -> None:
        """Start the worker and find the voices now, so that the first lesson speaks at once."""
        self._warm = list(languages)
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
    def _next(self) -> Sentence | None:
        with self._wake:
            while not self._plan and not self._closing:
                self._wake.wait()
            return None if self._closing else self._plan.popleft()

    def _run(self) -> None:
        synthesizer: Synthesizer | None = None
        voices: dict[str, Voice] = {}
        try:
            for language in self._warm:
                try:
                    synthesizer = synthesizer or self._make_synthesizer()
                    preferred = self._preferred.get(language, "")
                    voices[language] = synthesizer.voice_for(language, preferred)
                    log.info(
                        "%s speech: %s (%s)", language, voices[language].name, voices[language].id
                    )
                except NarrationUnavailable as error:
                    log.warning("speech warm-up (%s): %s", language, error)
            while (sentence := self._next()) is not None:
                if self._engine_dead:
                    self.unavailable.emit("", self._engine_dead)
                    continue
                if sentence.language in self._dead_languages:
                    self.unavailable.emit(
                        sentence.language, self._dead_languages[sentence.language]
                    )
                    continue
                try:
                    if synthesizer is None:
                        synthesizer = self._make_synthesizer()
                    voice = voices.get(sentence.language)
                    if voice is None:
                        preferred = self._preferred.get(sentence.language, "")
                        voice = synthesizer.voice_for(sentence.language, preferred)
                        voices[sentence.language] = voice
                        log.info("%s speech: %s (%s)", sentence.language, voice.name, voice.id)
                    rate = rate_for(sentence.language, sentence.speed)
                    path = synthesizer.speak_to_cache(sentence.text, voice, rate)
                except EngineUnavailable as error:
                    self._engine_dead = str(error)
                    log.warning("no speech engine: %s", error)
                    self.unavailable.emit("", self._engine_dead)
                except NoVoice as error:
                    self._dead_languages[sentence.language] = str(error)
                    log.warning("no %s voice: %s", sentence.language, error)
                    self.unavailable.emit(sentence.language, str(error))
                except (SynthesisError, NarrationUnavailable, OSError) as error:
                    log.warning("a sentence could not be synthesised: %s", error)
                    self.failed.emit(sentence.key, str(error))
                else:
                    self.ready.emit(sentence.key, str(path))
        finally:
            if synthesizer is not None:
                synthesizer.close()
