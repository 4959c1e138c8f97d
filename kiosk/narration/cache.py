"""Synthesised sentences on disk, addressed by what made them.

A file's name is the sha256 of a canonical JSON of its text, voice, rate and engine, so the
same sentence is synthesised once and a new engine version never reuses old audio. Files are
written under a temporary name and renamed into place, so a reader never sees half a file;
a file that is not a readable, non-empty PCM WAV anyway (a crash, a full disk, a hand edit)
is deleted when found, and synthesised again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
import uuid
import wave
from pathlib import Path

from kiosk.narration.model import SpeechJob

log = logging.getLogger(__name__)

KEY_VERSION = 1  # bump when the key's recipe changes
_TEMP_DIR = "tmp"
_LEFTOVER_AGE_S = 3600.0


class CorruptAudio(ValueError):
    """A file meant for the cache is not a usable WAV; the message says why."""


def wav_problem(path: Path) -> str | None:
    """Why `path` is not a readable, non-empty PCM WAV, or None when it is one."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return f"cannot read it: {error}"
    if size == 0:
        return "the file is empty"
    try:
        with wave.open(str(path), "rb") as wav:
            if wav.getcomptype() != "NONE":
                return f"not PCM ({wav.getcomptype()})"
            frames = wav.getnframes()
            width = wav.getsampwidth() * wav.getnchannels()
            if frames <= 0 or width <= 0 or wav.getframerate() <= 0:
                return "no audio in it"
            data = wav.readframes(frames)
    except (wave.Error, EOFError, OSError, ValueError) as error:
        return f"not a readable WAV: {error or type(error).__name__}"
    if len(data) != frames * width:
        return f"truncated: {len(data) // width} of {frames} frames"
    return None


class AudioCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key(job: SpeechJob, engine_id: str) -> str:
        canonical = json.dumps(
            {
                "v": KEY_VERSION,
                "text": job.text,
                "voice": job.voice_id,
                "rate": int(job.rate),
                "engine": engine_id,
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.wav"

    def get(self, job: SpeechJob, engine_id: str) -> Path | None:
        """The cached WAV of `job`, or None (a corrupt one is deleted, so it gets redone)."""
        return self.lookup(self.key(job, engine_id))

    def lookup(self, key: str) -> Path | None:
        path = self.path(key)
        if not path.exists():
            return None
        problem = wav_problem(path)
        if problem is None:
            return path
        log.warning("deleting corrupt cached audio %s: %s", path, problem)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:  # e.g. still open for playback on Windows
            log.warning("could not delete %s: %s", path, error)
        return None

    def temp_path(self, key: str) -> Path:
        """A fresh name, on the cache's own file system, for the worker to write to."""
        folder = self.folder / _TEMP_DIR
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{key}.{os.getpid()}-{uuid.uuid4().hex[:12]}.wav"

    def store(self, key: str, source: Path) -> Path:
        """Check the WAV at `source` and move it into place atomically; return its path.

        Raises `CorruptAudio` (and deletes `source`) when it is not a usable WAV."""
        problem = wav_problem(source)
        if problem is not None:
            with contextlib.suppress(OSError):
                source.unlink()
            raise CorruptAudio(problem)
        # On disk before the rename: a kiosk switched off at the wall must not keep a
        # well-formed file of zeros under a good name.
        with open(source, "rb+") as handle:
            os.fsync(handle.fileno())
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        return target

    def store_bytes(self, key: str, data: bytes) -> Path:
        """Write WAV bytes into the cache atomically (through a temporary file)."""
        temp = self.temp_path(key)
        try:
            temp.write_bytes(data)
            return self.store(key, temp)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()

    def size_bytes(self) -> int:
        """Bytes taken by the cached WAV files."""
        total = 0
        if not self.folder.is_dir():
            return 0
        for path in self.folder.glob("??/*.wav"):
            with contextlib.suppress(OSError):
                total += path.stat().st_size
        return total

    def remove_leftovers(self, older_than_s: float = _LEFTOVER_AGE_S) -> int:
        """Delete temporary files that a killed worker or a crash left behind."""
        folder = self.folder / _TEMP_DIR
        if not folder.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - older_than_s
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed
