"""What runs inside the speech worker's child process: the engine adapters and the serve loop.

pyttsx3 is only ever imported here, and this module's engine code only ever runs in the one
child process that `kiosk.narration.worker.SpeechWorker` starts: pyttsx3 crashes when two
engines synthesise at once, and it can hang, so it lives where it can be killed.

An engine is chosen by a spec string: "pyttsx3" (the real one), or "module:ClassName" for any
class with the `SpeechEngine` shape and a constructor without arguments (tests pass fakes
that the child imports this way).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import logging
import os
import platform
import re
import signal
import threading
import wave
from collections.abc import Iterable
from multiprocessing import parent_process
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol, cast

from kiosk.narration.model import Voice

log = logging.getLogger(__name__)

DEFAULT_SPEC = "pyttsx3"

# The messages between the two processes, all plain tuples.
# child -> parent, once at start:  (READY, engine_id) | (INIT_ERROR, reason)
# parent -> child:                 (VOICES,) | (SYNTHESIZE, text, voice_id, rate, path) | (QUIT,)
# child -> parent, one per request: (OK, result) | (ERROR, reason)
READY = "ready"
INIT_ERROR = "init-error"
VOICES = "voices"
SYNTHESIZE = "synthesize"
QUIT = "quit"
OK = "ok"
ERROR = "error"


class SpeechEngine(Protocol):
    """One text-to-speech engine, used by one thread of one process."""

    @property
    def engine_id(self) -> str:
        """Stable name of the engine and its version, part of every cache key."""
        ...

    def list_voices(self) -> list[Voice]:
        """The installed Vietnamese and English voices."""
        ...

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        """Write `text` spoken by `voice_id` at `rate` words a minute to the WAV `out_path`."""
        ...


# --- mapping what pyttsx3 reports to our voices --------------------------------------------

# Windows LCIDs of Vietnamese (vi-VN) in the forms SAPI5 and pyttsx3 report them.
_VI_LCIDS = {"1066", "42a", "042a"}
_VI_REGIONS = {"vi": "north", "vi-vn-x-central": "central", "vi-vn-x-south": "south"}
_VI_IN_ID = re.compile(r"(?<![a-z])vi[-_]?vn(?![a-z])")  # MSTTS_V110_viVN_An, vi-VN, vi_VN
_EN_IN_ID = re.compile(r"(?<![a-z])en[-_]?(us|gb|au|ca|in|ie|nz|za)(?![a-z])")


def _language_tags(languages: Iterable[object]) -> list[str]:
    """pyttsx3's `Voice.languages`, lower-cased with "-": ["vi"], ["en-gb"], ["vi-vn"].

    Older pyttsx3 releases gave espeak's raw bytes (a priority byte, then the tag) and SAPI5
    LCIDs as numbers; both are read too."""
    tags = []
    for item in languages:
        text = item.decode("utf-8", "ignore") if isinstance(item, bytes) else str(item)
        text = "".join(ch for ch in text if ch.isprintable()).strip().lower().replace("_", "-")
        text = text.removeprefix("unknown locale:").strip()  # pyttsx3's SAPI5 LCID fallback
        if text:
            tags.append(text)
    return tags


def voice_from_pyttsx3(voice_id: str, name: str, languages: Iterable[object]) -> Voice | None:
    """Our `Voice` for one pyttsx3 voice, or None when it is neither Vietnamese nor English.

    espeak-ng reports one tag each: "vi" (northern), "vi-vn-x-central", "vi-vn-x-south",
    "en-gb", "en-us"... SAPI5 reports "vi-VN" (pyttsx3 2.99) or nothing (older pyttsx3), so a
    Windows voice is also known by an id or name that mentions vi-VN / viVN / the LCID 1066.
    MBROLA voices ("mb/...") are skipped: they need separate MBROLA data that is rarely there.
    """
    if voice_id.startswith("mb/"):
        return None
    tags = [t for t in _language_tags(languages) if t != "unknown"]
    for tag in tags:
        if tag == "vi" or tag.startswith("vi-") or tag in _VI_LCIDS:
            return Voice(voice_id, name, "vi", _VI_REGIONS.get(tag, ""), tag)
        if tag == "en" or tag.startswith("en-"):
            return Voice(voice_id, name, "en", "", tag)
    if tags:
        return None  # the engine said which language it is, and it is another one
    lowered_id, lowered_name = voice_id.lower(), name.lower()
    if _VI_IN_ID.search(lowered_id) or "vietnam" in lowered_name:
        return Voice(voice_id, name, "vi", "", "vi-vn")
    match = _EN_IN_ID.search(lowered_id)
    if match or "english" in lowered_name:
        return Voice(voice_id, name, "en", "", f"en-{match.group(1)}" if match else "en")
    return None


# --- the pyttsx3 adapter -------------------------------------------------------------------


class EngineStartError(RuntimeError):
    """The engine cannot be used at all; the message says why."""


class Pyttsx3Engine:
    """pyttsx3 with its platform's driver: espeak-ng on Linux, SAPI5 on Windows."""

    def __init__(self) -> None:
        try:
            import pyttsx3
        except Exception as error:  # ImportError, or a broken install
            raise EngineStartError(f"pyttsx3 cannot be imported: {_describe(error)}") from error
        try:
            # pyttsx3.init() imports the driver, which loads libespeak-ng (or SAPI5 via COM).
            self._engine: Any = pyttsx3.init()
        except Exception as error:
            raise EngineStartError(
                f"pyttsx3 could not start its speech driver: {_describe(error)}"
            ) from error
        self._driver = str(getattr(self._engine, "driver_name", "") or "unknown")
        self._errors: list[str] = []
        # pyttsx3 runs queued commands inside runAndWait and swallows their exceptions,
        # reporting them only to "error" listeners.
        self._engine.connect("error", self._on_error)
        self._all_ids: set[str] = set()
        self._voices: list[Voice] = []
        try:
            for raw in self._engine.getProperty("voices") or []:
                voice_id = str(raw.id)
                self._all_ids.add(voice_id)
                voice = voice_from_pyttsx3(voice_id, str(raw.name or voice_id), raw.languages or [])
                if voice is not None:
                    self._voices.append(voice)
        except Exception as error:
            raise EngineStartError(f"pyttsx3 could not list voices: {_describe(error)}") from error
        self._engine_id = f"pyttsx3-{self._driver}-{self._driver_version()}"
        self._cut_short = False
        self._finished = threading.Event()
        self._engine.connect("finished-utterance", self._on_finished)
        if self._driver == "espeak":
            self._disarm_espeak_stop()

    @property
    def engine_id(self) -> str:
        return self._engine_id

    def list_voices(self) -> list[Voice]:
        return list(self._voices)

    def synthesize(self, text: str, voice_id: str, rate: int, out_path: Path) -> None:
        if not text.strip():
            raise ValueError("nothing to say: the text is empty")
        if voice_id not in self._all_ids:
            # pyttsx3 would swallow the error and speak with the previous voice.
            raise ValueError(f"voice {voice_id!r} is not installed")
        problem = ""
        for _attempt in range(_ATTEMPTS):
            problem = self._synthesize_once(text, voice_id, rate, out_path)
            if not problem:
                return
            log.warning("pyttsx3: %s; synthesising again", problem)
        raise RuntimeError(f"pyttsx3 {problem}")

    def _synthesize_once(self, text: str, voice_id: str, rate: int, out_path: Path) -> str:
        """One try; returns what went wrong, or "" when `out_path` holds the speech."""
        self._errors.clear()
        self._cut_short = False
        self._finished.clear()
        with contextlib.suppress(FileNotFoundError):
            out_path.unlink()
        chatter = io.StringIO()
        # The espeak driver prints "Audio saved to ..." for every file.
        with contextlib.redirect_stdout(chatter):
            self._engine.setProperty("voice", voice_id)
            self._engine.setProperty("rate", int(rate))
            self._engine.save_to_file(text, str(out_path))
            self._engine.runAndWait()
            # pyttsx3 2.99's espeak driver runs its queue, endLoop() included, before it
            # starts the synthesis, so runAndWait() can return while espeak-ng's thread is
            # still speaking: the WAV file is written when "finished-utterance" comes.
            # Checking earlier found no file, and a retry then cleared the audio buffer of
            # the synthesis still running, which wrote a cut WAV (seen: 1.7 s of 6.2 s).
            finished = self._finished.wait(_FINISH_TIMEOUT_S)
        if self._errors:
            raise RuntimeError(f"pyttsx3 reported: {self._errors[0]}")
        if not finished:
            # Still speaking: another try would mix into its audio. The worker is restarted.
            raise RuntimeError(f"pyttsx3 did not finish within {_FINISH_TIMEOUT_S:.0f} s")
        if self._cut_short:
            return "cut the utterance short"
        if not out_path.is_file() or out_path.stat().st_size == 0:
            return "wrote no audio file"
        if _wav_frames(out_path) == 0:
            return "wrote a WAV file without audio"
        return ""

    def _on_finished(self, name: object = None, completed: object = True, **_: object) -> None:
        if completed is False:
            self._cut_short = True
        self._finished.set()

    def _disarm_espeak_stop(self) -> None:
        """Work around a race in pyttsx3 2.99's espeak driver that drops rates and audio.

        runAndWait() ends its command queue with endLoop(), which calls the driver's stop();
        that calls espeak_Cancel() whenever espeak_IsPlaying() is true, and it is true while
        espeak-ng's asynchronous queue still holds the SetParameter(RATE) just sent. The
        cancel throws the new rate away (measured here: 4 jobs in 10 at the previous rate)
        and now and then the audio too (an empty or cut WAV). We never interrupt speech (a
        stuck worker is killed), so stop() is made to do nothing."""
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        if driver is not None and callable(getattr(driver, "stop", None)):
            driver.stop = _do_nothing
        else:  # pragma: no cover - a pyttsx3 shaped differently
            log.warning("pyttsx3's espeak driver has no stop() to disarm; rates may be lost")

    def _on_error(self, name: object = None, exception: object = None, **_: object) -> None:
        self._errors.append(
            _describe(exception) if isinstance(exception, BaseException) else repr(exception)
        )

    def _driver_version(self) -> str:
        if self._driver == "espeak":
            try:
                from pyttsx3.drivers import _espeak

                info = _espeak.Info()
                text = info.decode("utf-8", "replace") if isinstance(info, bytes) else str(info)
                return text.split()[0] if text.split() else "unknown"
            except Exception:
                return "unknown"
        if self._driver == "sapi5":
            return f"windows-{platform.version()}"
        try:
            from importlib.metadata import version

            return version("pyttsx3")
        except Exception:
            return "unknown"


_FINISH_TIMEOUT_S = 20.0  # a long sentence takes well under a second on an old PC
_ATTEMPTS = 3  # tries of one sentence inside the engine when pyttsx3 loses its audio


def _do_nothing() -> None:
    return None


def _wav_frames(path: Path) -> int:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes()
    except (wave.Error, EOFError, OSError):
        return 0


# --- choosing and serving an engine --------------------------------------------------------


def make_engine(spec: str = DEFAULT_SPEC) -> SpeechEngine:
    """Build the engine that `spec` names: "pyttsx3", or "module:ClassName"."""
    if spec == DEFAULT_SPEC:
        return Pyttsx3Engine()
    module_name, sep, class_name = spec.partition(":")
    if not sep or not module_name or not class_name:
        raise EngineStartError(f"bad engine spec {spec!r}: use 'pyttsx3' or 'module:ClassName'")
    try:
        factory = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as error:
        raise EngineStartError(f"engine {spec!r} not found: {_describe(error)}") from error
    return cast(SpeechEngine, factory())


def serve(conn: Connection, spec: str) -> None:
    """The child's whole life: build the engine, then answer requests until told to quit.

    Runs in the spawned child only. Any failure to build the engine is reported, not raised;
    a request's failure is reported and the child goes on serving."""
    with contextlib.suppress(ValueError, OSError):  # Ctrl+C in a terminal is the parent's
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    try:
        engine = make_engine(spec)
        engine_id = str(engine.engine_id)
    except Exception as error:
        reason = str(error) if isinstance(error, EngineStartError) else _describe(error)
        with contextlib.suppress(OSError):
            conn.send((INIT_ERROR, reason))
        conn.close()
        return
    conn.send((READY, engine_id))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        kind = request[0]
        if kind == QUIT:
            conn.close()
            return
        try:
            if kind == VOICES:
                result: object = engine.list_voices()
            elif kind == SYNTHESIZE:
                _, text, voice_id, rate, path = request
                engine.synthesize(text, voice_id, rate, Path(path))
                result = None
            else:
                raise ValueError(f"unknown request {kind!r}")
        except Exception as error:
            conn.send((ERROR, _describe(error)))
        else:
            conn.send((OK, result))


def _exit_with_parent() -> None:
    """If the kiosk dies while the engine hangs, do not linger as an orphan."""
    parent = parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _describe(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
