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


# --- Windows' SAPI5 voices, through pyttsx3's own SAPI5 driver -------------------------------

SAPI_TOKENS = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\"
# (token id, description, the token's Language attribute: a hex LCID, Gender), as Windows 10
# lists them; An is the OneCore voice copied to SAPI5's key (README: A Vietnamese voice).
SAPI_AN = (SAPI_TOKENS + "MSTTS_V110_viVN_An", "Microsoft An - Vietnamese (Vietnam)", "42A", "Male")
SAPI_DAVID = (
    SAPI_TOKENS + "TTS_MS_EN-US_DAVID_11.0",
    "Microsoft David Desktop - English (United States)",
    "409",
    "Male",
)
SAPI_ZIRA = (
    SAPI_TOKENS + "TTS_MS_EN-US_ZIRA_11.0",
    "Microsoft Zira Desktop - English (United States)",
    "409",
    "Female",
)


class _SapiToken:
    """One ISpeechObjectToken of SAPI.SpVoice.GetVoices()."""

    def __init__(self, token_id: str, description: str, language: str, gender: str) -> None:
        self.Id = token_id
        self._description = description
        self._attributes = {"Language": language, "Gender": gender, "Age": "Adult"}

    def GetDescription(self) -> str:
        return self._description

    def GetAttribute(self, name: str) -> str:
        return self._attributes.get(name, "")


class _SpVoice:
    """SAPI.SpVoice, enough for pyttsx3's driver to start and list the voices."""

    def __init__(self, tokens: list[_SapiToken]) -> None:
        self._tokens = tokens
        self.Voice = tokens[0]
        self.Rate = 0
        self.Volume = 100
        self.EventInterests = 0

    def GetVoices(self) -> list[_SapiToken]:
        return list(self._tokens)


def _fake_windows_com(tokens: list[_SapiToken]) -> None:
    """Windows' COM modules (comtypes, pythoncom) as pyttsx3's SAPI5 driver imports them."""
    import types

    comtypes = types.ModuleType("comtypes")
    client = types.ModuleType("comtypes.client")
    gen = types.ModuleType("comtypes.gen")
    speechlib = types.ModuleType("comtypes.gen.SpeechLib")
    pythoncom = types.ModuleType("pythoncom")
    client.CreateObject = lambda progid: _SpVoice(tokens)  # type: ignore[attr-defined]
    client.GetEvents = lambda source, sink: object()  # type: ignore[attr-defined]
    speechlib.SSFMCreateForWrite = 3  # type: ignore[attr-defined]
    pythoncom.PumpWaitingMessages = lambda: None  # type: ignore[attr-defined]
    comtypes.client = client  # type: ignore[attr-defined]
    comtypes.gen = gen  # type: ignore[attr-defined]
    gen.SpeechLib = speechlib  # type: ignore[attr-defined]
    sys.modules.update(
        {
            "comtypes": comtypes,
            "comtypes.client": client,
            "comtypes.gen": gen,
            "comtypes.gen.SpeechLib": speechlib,
            "pythoncom": pythoncom,
        }
    )


class WindowsPyttsx3(Pyttsx3Engine):
    """The real pyttsx3 adapter over pyttsx3's SAPI5 driver, on a Windows made up of the COM
    objects above: the voices, their ids and languages are what Windows gives. Speech is a
    beep (SAPI cannot speak here)."""

    tokens = (SAPI_DAVID, SAPI_ZIRA, SAPI_AN)

    def __init__(self) -> None:
        _fake_windows_com([_SapiToken(*token) for token in self.tokens])
        import pyttsx3

        start = pyttsx3.init
        pyttsx3.init = lambda *args, **kwargs: start("sapi5")  # what it picks on Windows
        super().__init__()

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        if voice_id not in self._all_ids:
            raise ValueError(f"voice {voice_id!r} is not installed")
        record("synthesize")
        write_sine(out_path, 0.05 * max(1, len(text.split())) * 150 / rate)


class WindowsEnglishOnly(WindowsPyttsx3):
    """A Windows without the Vietnamese voice: only David and Zira."""

    tokens = (SAPI_DAVID, SAPI_ZIRA)
