"""The narration facade for the app and the CLI: a sentence in, a cached WAV file out.

Every method blocks (a cache miss waits for the speech worker, at most about two time limits
and two start-ups), so the app calls it from a background thread, never from the GUI thread.
It is safe to call from several threads; the calls run one after the other. Nothing starts
until the first call: building a `Synthesizer` costs nothing.

Failures are exceptions, all `NarrationUnavailable` with a short English `reason` for the log:
`EngineUnavailable` (no engine at all: show "Không có giọng đọc" everywhere), `NoVoice` (no
voice for this language), `SynthesisError` (this sentence failed; the next may work).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

from kiosk.narration.cache import AudioCache, CorruptAudio
from kiosk.narration.engine import DEFAULT_SPEC
from kiosk.narration.model import (
    EngineUnavailable,
    NarrationUnavailable,
    NoVoice,
    SpeechJob,
    SynthesisError,
    Voice,
)
from kiosk.narration.voices import choose_voice
from kiosk.narration.worker import DEFAULT_START_TIMEOUT_S, DEFAULT_TIMEOUT_S, SpeechWorker

__all__ = [
    "EngineUnavailable",
    "NarrationUnavailable",
    "NoVoice",
    "SynthesisError",
    "Synthesizer",
]

log = logging.getLogger(__name__)

CACHE_FOLDER = "speech-cache"


class Synthesizer:
    def __init__(
        self,
        data_dir: Path,
        engine_spec: str = DEFAULT_SPEC,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        start_timeout_s: float = DEFAULT_START_TIMEOUT_S,
    ) -> None:
        self.cache = AudioCache(data_dir / CACHE_FOLDER)
        self.worker = SpeechWorker(
            engine_spec, timeout_s=timeout_s, start_timeout_s=start_timeout_s
        )
        self._lock = threading.RLock()
        self._tidied = False

    @property
    def engine_id(self) -> str:
        """The engine's id; starts the worker the first time (raises `EngineUnavailable`)."""
        return self.worker.engine_id

    def voices(self) -> list[Voice]:
        return self.worker.voices()

    def voice_for(self, language: str, preferred_id: str = "") -> Voice:
        """The voice for `language` (the preferred one when installed); raises `NoVoice`."""
        voices = self.worker.voices()
        voice = choose_voice(voices, language, preferred_id)
        if voice is None:
            installed = ", ".join(sorted(f"{v.id} ({v.language})" for v in voices)) or "none"
            raise NoVoice(
                f"no {language!r} voice in {self.worker.engine_id}; installed: {installed}"
            )
        return voice

    def cached(self, text: str, voice: Voice, rate: int) -> Path | None:
        """The cached WAV of this sentence, or None; never synthesises."""
        return self.cache.get(SpeechJob(text, voice.id, rate), self.engine_id)

    def speak_to_cache(self, text_normalised: str, voice: Voice, rate: int) -> Path:
        """The WAV file of this sentence, from the cache or synthesised into it now."""
        job = SpeechJob(text_normalised, voice.id, rate)
        with self._lock:
            engine_id = self.engine_id
            key = self.cache.key(job, engine_id)
            hit = self.cache.lookup(key)
            if hit is not None:
                return hit
            self._tidy_once()
            temp = self.cache.temp_path(key)
            try:
                self.worker.synthesize(job, temp)
                return self.cache.store(key, temp)
            except CorruptAudio as error:
                raise SynthesisError(f"the engine wrote unusable audio: {error}") from None
            except OSError as error:
                raise SynthesisError(f"could not write the audio cache: {error}") from None
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()

    def close(self) -> None:
        """Stop the worker; the cache stays. A later call starts a new worker."""
        self.worker.close()

    def __enter__(self) -> Synthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tidy_once(self) -> None:
        if not self._tidied:
            self._tidied = True
            removed = self.cache.remove_leftovers()
            if removed:
                log.info("removed %d temporary speech files left from before", removed)
