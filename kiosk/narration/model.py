"""What narration is made of: voices, speeds and speech jobs. No Qt, no engine here."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENGINE_ENV = "KIOSK_TTS_ENGINE"  # "pyttsx3" (the default) or "module:Class" of a test engine
DEFAULT_ENGINE = "pyttsx3"


def engine_spec() -> str:
    """The speech engine to use: `KIOSK_TTS_ENGINE`, else pyttsx3."""
    return os.environ.get(ENGINE_ENV, DEFAULT_ENGINE)


# Speech rate in words per minute at normal speed; "slow" and "slower" are synthesised at a
# lower rate (not played slower), so the voice keeps its pitch.
BASE_RATE = {"vi": 150, "en": 160}
SPEEDS = {"normal": 1.0, "slow": 0.8, "slower": 0.65}


def rate_for(language: str, speed: str) -> int:
    return round(BASE_RATE[language] * SPEEDS[speed])


@dataclass(frozen=True)
class Voice:
    id: str  # what the engine takes to select it (pyttsx3: setProperty("voice", id))
    name: str
    language: str  # "vi" or "en"
    region: str = ""  # for Vietnamese: "north", "central" or "south"
    locale: str = ""  # the engine's own language tag: "vi-vn-x-south", "en-gb", "vi-VN"


@dataclass(frozen=True)
class SpeechJob:
    """One sentence to synthesise. `text` is already normalised for the ear."""

    text: str
    voice_id: str
    rate: int  # words per minute


class NarrationUnavailable(Exception):
    """Speech cannot be had; the UI shows "Không có giọng đọc" and the log shows `reason`.

    `kind` tells the subclasses apart without isinstance: "engine", "voice" or "synthesis".
    """

    kind = "unavailable"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # short, English, for the log


class EngineUnavailable(NarrationUnavailable):
    """No speech engine: pyttsx3 missing, its driver failed to start, no espeak-ng library."""

    kind = "engine"


class NoVoice(NarrationUnavailable):
    """The engine runs but has no voice for the language asked for."""

    kind = "voice"


class SynthesisError(NarrationUnavailable):
    """One sentence could not be synthesised (engine error, or the worker hung or died twice)."""

    kind = "synthesis"
