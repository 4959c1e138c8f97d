"""Knowing at start that the last run did not end cleanly.

`kiosk run` writes run.json in the data directory as it starts (its pid, when, the version)
and removes it when it ends cleanly (the facilitator closed it, or it was asked to stop with
SIGTERM or Ctrl+C). A run.json found at start is the last run's: it crashed, froze and was
killed, was killed outright, or the power went. The log says so, with what the supervisor
said of the last run (KIOSK_RESTART_REASON), and, for a native crash, crashtrace has already
logged the stack (kiosk/crashtrace.py keeps it, this only points at it).

Qt-free. Nothing here raises: a kiosk that cannot write its marker still starts.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.private import replace_private

log = logging.getLogger(__name__)

MARKER_FILE = "run.json"
RESTART_REASON_ENV = "KIOSK_RESTART_REASON"  # set by `kiosk supervise` for the next run


@dataclass(frozen=True)
class RunMarker:
    """One run of the kiosk, as its run.json says."""

    pid: int
    started: str  # ISO 8601, local time with its offset
    version: str

    def to_json(self) -> bytes:
        return json.dumps(
            {"pid": self.pid, "started": self.started, "version": self.version}
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> RunMarker:
        """What a run left; a damaged file is still a run that did not end cleanly."""
        try:
            raw = json.loads(data)
            return cls(int(raw["pid"]), str(raw["started"]), str(raw["version"]))
        except (ValueError, KeyError, TypeError):
            return cls(0, "?", "?")


def marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER_FILE


def mark_start(data_dir: Path, version: str, now: datetime | None = None) -> RunMarker | None:
    """Write this run's marker; return the last run's when it was still there (it did not
    end cleanly), else None."""
    path = marker_path(data_dir)
    previous = None
    try:
        previous = RunMarker.from_json(path.read_bytes())
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("run marker: cannot read %s: %s", path, error)
    started = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    try:
        replace_private(path, RunMarker(os.getpid(), started, version).to_json())
    except OSError as error:
        log.warning("run marker: cannot write %s: %s", path, error)
    return previous


def mark_clean_exit(data_dir: Path) -> None:
    """The run ended cleanly: its marker goes."""
    path = marker_path(data_dir)
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("run marker: cannot remove %s: %s", path, error)


def log_restart(
    previous: RunMarker | None, *, native_crash: bool = False, env: Mapping[str, str] | None = None
) -> None:
    """Say in the log why this run is a restart, when it is one."""
    if previous is not None:
        how = (
            "a native crash: its stack is logged above"
            if native_crash
            else "crash, freeze, power cut or kill"
        )
        log.warning(
            "restarted: the previous run (pid %d, started %s) did not end cleanly (%s)",
            previous.pid,
            previous.started,
            how,
        )
    reason = (os.environ if env is None else env).get(RESTART_REASON_ENV, "")
    if reason:
        log.warning("restarted by the supervisor: %s", reason)
