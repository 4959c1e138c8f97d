"""Fake speech engines that the speech worker's child imports by spec, to force faults.

Use as `SpeechWorker("tests.fake_engines:HangingEngine")`. The child is a fresh process, so a
fake that must behave differently the second time, or report how often it ran, keeps its
state in the folder named by the environment variable `FAKE_ENGINE_STATE` (set it before the
worker starts; the child inherits it). Only the fakes that act once need it.
"""

from __future__ import annotations

import math
import os
import signal
import struct
import sys
import time
import wave
from pathlib import Path

from kiosk.narration.engine import Pyttsx3Engine
from kiosk.narration.model import Voice

STATE_ENV = "FAKE_ENGINE_STATE"
RATE = 22050

VI = Voice("fake/vi", "Fake Vietnamese (Northern)", "vi", "north", "vi")
VI_SOUTH = Voice("fake/vi-south", "Fake Vietnamese (Southern)", "vi", "south", "vi-vn-x-south")
EN = Voice("fake/en", "Fake English", "en", "", "en-gb")


def state_dir() -> Path:
    folder = Path(os.environ[STATE_ENV])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def record(event: str) -> None:
    """Append one line to the state folder's log, readable by the test in the parent.

    Does nothing when no state folder was given (a test that does not count)."""
    if not os.environ.get(STATE_ENV):
        return
    with open(state_dir() / "events", "a", encoding="utf-8") as handle:
        handle.write(f"{event} {os.getpid()}\n")


def events(folder: Path) -> list[str]:
    path = folder / "events"
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.exists() else []


def first_time(name: str) -> bool:
    """True the first time it is asked for `name` (across processes), False afterwards."""
    marker = state_dir() / f"{name}.done"
    if marker.exists():
        return False
    marker.touch()
    return True


def write_sine(path: Path, seconds: float, frequency: float = 440.0) -> None:
    frames = int(RATE * seconds)
    samples = (int(8000 * math.sin(2 * math.pi * frequency * i / RATE)) for i in range(frames))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", s) for s in samples))


def hang() -> None:
    while True:
        time.sleep(3600)


class SineEngine:
    """Speaks every word as a 50 ms beep; a different pitch per voice."""

    engine_id = "fake-sine-1"
    voices = (VI, VI_SOUTH, EN)

    def list_voices(self) -> list[Voice]:
        return list(self.voices)

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        if voice_id not in {v.id for v in self.voices}:
            raise ValueError(f"voice {voice_id!r} is not installed")
        record("synthesize")
        pitch = 300.0 + 100 * [v.id for v in self.voices].index(voice_id)
        write_sine(out_path, 0.05 * max(1, len(text.split())) * 150 / rate, pitch)


class HangingEngine(SineEngine):
    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        record("hang")
        hang()


class StubbornHangingEngine(SineEngine):
    """Hangs and ignores SIGTERM, like a driver stuck in C code with signals blocked."""

    def __init__(self) -> None:
        if hasattr(signal, "SIGTERM"):
            signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        record("hang")
        hang()


class HangOnceEngine(SineEngine):
    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        if first_time("hang"):
            record("hang")
            hang()
        super().synthesize(text, voice_id, rate, out_path)


class CrashOnceEngine(SineEngine):
    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        if first_time("crash"):
            record("crash")
            os._exit(3)
        super().synthesize(text, voice_id, rate, out_path)


class CrashingEngine(SineEngine):
    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        record("crash")
        os._exit(3)


class FailingEngine(SineEngine):
    """Raises for one word and works otherwise: an engine error, not a dead worker."""

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        if "boom" in text:
            record("fail")
            raise RuntimeError("the fake engine cannot say boom")
        super().synthesize(text, voice_id, rate, out_path)


class GarbageEngine(SineEngine):
    """Claims success but writes something that is not a WAV."""

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        record("garbage")
        out_path.write_bytes(b"RIFF\x00\x00garbage, not audio")


class BrokenInitEngine(SineEngine):
    """Like pyttsx3 on a machine without libespeak-ng."""

    def __init__(self) -> None:
        record("init")
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")


class HangingInitEngine(SineEngine):
    def __init__(self) -> None:
        record("init")
        hang()


class CrashingInitEngine(SineEngine):
    def __init__(self) -> None:
        record("init")
        os._exit(4)


class EnglishOnlyEngine(SineEngine):
    voices = (EN,)


class NoEspeakPyttsx3(Pyttsx3Engine):
    """The real pyttsx3 adapter on a machine where libespeak-ng cannot be loaded."""

    def __init__(self) -> None:
        import ctypes

        def refuse(name: str) -> None:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")

        ctypes.cdll.LoadLibrary = refuse  # type: ignore[method-assign]
        super().__init__()


class NoPyttsx3(Pyttsx3Engine):
    """The real pyttsx3 adapter where pyttsx3 is not installed."""

    def __init__(self) -> None:
        sys.modules["pyttsx3"] = None  # type: ignore[assignment]  # import now fails
        super().__init__()
