"""`kiosk supervise`: keep the kiosk running where no systemd does it (Windows, or a Linux
session started by hand).

The supervisor starts the kiosk with KIOSK_HEARTBEAT_FILE (and KIOSK_HEARTBEAT_SECONDS) in its
environment; the kiosk's GUI thread renews that file at every heartbeat (ui/watchdog.py), so a
frozen GUI stops renewing it. The supervisor restarts the kiosk when:
- it ends with any exit code but 0, or is killed by a signal; 0 is the facilitator's "Close
  the kiosk" (the window closes, the event loop returns 0), and ends the supervisor too;
- its heartbeat file has not changed for `heartbeat_timeout` seconds, once it has beaten or
  after `start_grace` seconds if it never did: it is stopped (terminate, wait, kill) first.
Staleness is measured on the monotonic clock from when the supervisor saw the file change, so
a calendar clock set right (or wrong) never looks like a freeze.

A crash loop does not spin: after `crash_limit` ends within `crash_window` seconds each restart
waits `backoff_first` seconds, doubled every time, up to `backoff_max`; a run that lasted
`crash_window` seconds starts the count again. Each restart is logged with its reason, and the
next run is told it (KIOSK_RESTART_REASON, logged by kiosk/appliance/runmarker.py).

SIGTERM, SIGINT (Ctrl+C), SIGHUP and on Windows SIGBREAK (the console closed) stop the kiosk and
end the supervisor. Only subprocess, os, time and signal: the same code on Linux and Windows.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from kiosk.appliance.notify import HEARTBEAT_FILE_ENV, HEARTBEAT_SECONDS_ENV
from kiosk.appliance.runmarker import RESTART_REASON_ENV

log = logging.getLogger(__name__)

HEARTBEAT_FILE = "heartbeat"  # in the data directory
STOP_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP", "SIGBREAK")  # those this system has


@dataclass(frozen=True)
class SupervisorConfig:
    command: tuple[str, ...]
    heartbeat_file: Path
    heartbeat_timeout: float = 30.0  # seconds without a heartbeat: frozen
    start_grace: float = 120.0  # before the first heartbeat (the first frame of a slow start)
    stop_wait: float = 10.0  # after SIGTERM, before killing
    crash_limit: int = 10  # ends within crash_window before restarts wait
    crash_window: float = 60.0
    backoff_first: float = 1.0
    backoff_max: float = 60.0
    poll: float = 0.2

    @property
    def heartbeat_seconds(self) -> float:
        """How often the kiosk is asked to beat: six times within the timeout, at most 5 s."""
        return min(5.0, self.heartbeat_timeout / 6)


@dataclass
class RestartPolicy:
    """How long to wait before the next start, from how the runs ended."""

    crash_limit: int = 10
    crash_window: float = 60.0
    backoff_first: float = 1.0
    backoff_max: float = 60.0
    _ends: deque[float] = field(default_factory=deque)
    _level: int = 0  # restarts that waited in a row

    def delay_after(self, ended_at: float, uptime: float) -> float:
        if uptime >= self.crash_window:  # it ran well for a while: the count starts again
            self._ends.clear()
            self._level = 0
        self._ends.append(ended_at)
        while self._ends and ended_at - self._ends[0] > self.crash_window:
            self._ends.popleft()
        if self._level == 0 and len(self._ends) < self.crash_limit:
            return 0.0
        delay = min(self.backoff_first * 2.0**self._level, self.backoff_max)
        self._level += 1
        return delay

    @property
    def recent_ends(self) -> int:
        return len(self._ends)


def describe_exit(code: int) -> str:
    """`Popen.returncode` in words: a negative one is the signal that killed it (POSIX)."""
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "signal"
        return f"was killed by signal {name} ({-code})"
    return f"ended with exit code {code}"


class Supervisor:
    """Runs `config.command` until it is closed cleanly or the supervisor is told to stop."""

    def __init__(
        self,
        config: SupervisorConfig,
        env: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self.env = dict(os.environ if env is None else env)
        self.clock = clock
        self.policy = RestartPolicy(
            config.crash_limit, config.crash_window, config.backoff_first, config.backoff_max
        )
        self.stop_signal: str = ""  # the signal that asked us to stop
        self.restarts = 0

    # --- the loop ----------------------------------------------------------------------
    def run(self) -> int:
        """Supervise until the kiosk is closed (0) or a stop signal comes (0)."""
        previous = self._install_signals()
        try:
            return self._loop()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    def _loop(self) -> int:
        reason = ""
        while not self.stop_signal:
            started = self.clock()
            child = self._start(reason)
            if child is None:
                reason = "could not be started"
                code = None
            else:
                code, stale = self._watch(child, started)
                if self.stop_signal:
                    break
                if code == 0 and not stale:
                    log.info(
                        "supervisor: the kiosk (pid %d) was closed (exit code 0): "
                        "the supervisor ends too",
                        child.pid,
                    )
                    return 0
                reason = f"(pid {child.pid}) {stale}{describe_exit(code)}"
            ended = self.clock()
            delay = self.policy.delay_after(ended, ended - started)
            self.restarts += 1
            if delay:
                log.warning(
                    "supervisor: the kiosk %s; crash loop (%d ends within %.0f s): "
                    "restart %d in %.0f s",
                    reason,
                    self.policy.recent_ends,
                    self.config.crash_window,
                    self.restarts,
                    delay,
                )
            else:
                log.warning("supervisor: the kiosk %s; restart %d now", reason, self.restarts)
            self._wait(delay)
        log.info("supervisor: stopped (%s)", self.stop_signal)
        return 0

    def _start(self, reason: str) -> subprocess.Popen[bytes] | None:
        with contextlib.suppress(OSError):
            self.config.heartbeat_file.unlink(missing_ok=True)  # a beat is one of this run's
        env = dict(self.env)
        env[HEARTBEAT_FILE_ENV] = str(self.config.heartbeat_file)
        env[HEARTBEAT_SECONDS_ENV] = f"{self.config.heartbeat_seconds:g}"
        env.pop(RESTART_REASON_ENV, None)
        if reason:
            env[RESTART_REASON_ENV] = f"the last run {reason}"
        try:
            child = subprocess.Popen(list(self.config.command), env=env)
        except OSError as error:
            log.error("supervisor: cannot start %s: %s", " ".join(self.config.command), error)
            return None
        log.info(
            "supervisor: started the kiosk (pid %d): %s", child.pid, " ".join(self.config.command)
        )
        return child

    def _watch(self, child: subprocess.Popen[bytes], started: float) -> tuple[int, str]:
        """Wait for the child to end, or to freeze (then stop it). Returns its exit code and,
        when it was stopped for a stale heartbeat, the words that say so."""
        last_mtime: int | None = None
        last_change = started
        while True:
            code = child.poll()
            if code is not None:
                return code, ""
            if self.stop_signal:
                log.info(
                    "supervisor: %s received: stopping the kiosk (pid %d)",
                    self.stop_signal,
                    child.pid,
                )
                code = self._stop(child)
                log.info("supervisor: the kiosk (pid %d) %s", child.pid, describe_exit(code))
                return code, ""
            now = self.clock()
            mtime = _mtime(self.config.heartbeat_file)
            if mtime is not None and mtime != last_mtime:
                last_mtime, last_change = mtime, now
            beaten = last_mtime is not None
            limit = self.config.heartbeat_timeout if beaten else self.config.start_grace
            if now - last_change > limit:
                silent = now - last_change
                log.warning(
                    "supervisor: stale heartbeat: the kiosk (pid %d) gave none for %.1f s "
                    "(limit %g s%s): stopping it",
                    child.pid,
                    silent,
                    limit,
                    "" if beaten else ", none since it started",
                )
                code = self._stop(child)
                return code, f"gave no heartbeat for {silent:.1f} s (stale heartbeat) and "
            time.sleep(self.config.poll)

    def _stop(self, child: subprocess.Popen[bytes]) -> int:
        """Terminate, wait `stop_wait`, kill."""
        with contextlib.suppress(OSError):
            child.terminate()
        try:
            return child.wait(self.config.stop_wait)
        except subprocess.TimeoutExpired:
            log.warning(
                "supervisor: the kiosk (pid %d) did not stop within %g s: killing it",
                child.pid,
                self.config.stop_wait,
            )
        with contextlib.suppress(OSError):
            child.kill()
        return child.wait()

    def _wait(self, seconds: float) -> None:
        end = self.clock() + seconds
        while not self.stop_signal and self.clock() < end:
            time.sleep(min(self.config.poll, max(0.0, end - self.clock())))

    # --- signals -------------------------------------------------------------------------
    def _install_signals(self) -> dict[int, signal._HANDLER]:
        previous: dict[int, signal._HANDLER] = {}
        for name in STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue
            try:
                previous[number] = signal.signal(number, self._asked_to_stop)
            except (OSError, ValueError):  # not the main thread, or not settable here
                continue
        return previous

    def _asked_to_stop(self, number: int, _frame: FrameType | None) -> None:
        self.stop_signal = signal.Signals(number).name


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def default_command(data_dir: Path, frozen: bool, executable: str) -> tuple[str, ...]:
    """This same program's `run` for the same data directory: the frozen executable itself,
    or `python -m kiosk` from source."""
    program = (executable,) if frozen else (executable, "-m", "kiosk")
    return (*program, "run", "--data-dir", str(data_dir))
