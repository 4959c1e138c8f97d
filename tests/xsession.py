"""The real kiosk process on its own X server, driven by real input events.

`XServer` starts Xvfb on a display nobody else uses; `KioskProcess` starts `kiosk run` (full
screen, the xcb platform, `KIOSK_GEOMETRY_LOG=1`) with a throwaway data directory, and
`Driver` touches it through xdotool and waits for what the kiosk itself logs: the screen
changes, the narration asked for each step, and where the controls are (ui/geometry_log.py),
so no layout's pixels are written into a test. Any traceback, in the output or the log, and
the process dying fail the wait at once, with the end of the log in the message."""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kiosk.pin import PinStore

T = TypeVar("T")
POLL_S = 0.05
GEOMETRY = re.compile(r"ui\.geometry_log: geometry (\{.*\})$")
SAME_PLACE_PX = 100  # two touches this close are "the same place" for the double-tap guard
SETTLE_S = 0.65  # a second touch on the same place waits this long (the guard ignores 0.5 s)


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


class XServer:
    """Xvfb on a free display: a random one is tried (never :0, which a developer's own session
    or another test may use), and Xvfb itself says, through -displayfd, that it got it."""

    def __init__(self, width: int, height: int, log_path: Path) -> None:
        self.width, self.height = width, height
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def start(self, tries: int = 20) -> None:
        for number in random.sample(range(200, 900), tries):
            read, write = os.pipe()
            command = ["Xvfb", f":{number}", "-displayfd", str(write), "-nolisten", "tcp"]
            command += ["-screen", "0", f"{self.width}x{self.height}x24"]
            with open(self.log_path, "ab") as log:
                process = subprocess.Popen(
                    command,
                    pass_fds=(write,),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            os.close(write)
            answer = _read_until_closed_or_line(read, process, timeout=10.0)
            os.close(read)
            if answer.strip() == str(number):
                self.process, self.display = process, f":{number}"
                return
            _stop(process)  # the display was taken: another one
        raise RuntimeError(f"no free X display; see {self.log_path}")

    def stop(self) -> None:
        if self.process is not None:
            _stop(self.process)
            self.process = None


def _read_until_closed_or_line(fd: int, process: subprocess.Popen[bytes], timeout: float) -> str:
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    data = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in data and time.monotonic() < deadline:
        if not selector.select(timeout=0.1):
            if process.poll() is not None:
                break
            continue
        chunk = os.read(fd, 64)
        if not chunk:
            break
        data += chunk
    selector.close()
    return data.decode(errors="replace")


def _stop(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """End a process started in its own session, and whatever it started (the speech worker)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(grace)
    with contextlib.suppress(ProcessLookupError, PermissionError):  # what outlived its leader
        os.killpg(process.pid, signal.SIGKILL)


PIN = "246810"  # the facilitator's PIN of the kiosks these walks start


def installed_data_dir(data_dir: Path, settings: dict[str, Any]) -> None:
    """A data directory as a kiosk set up at installation has it: its settings, and the PIN
    chosen (with its recovery code), so that the first screen is the attract loop and the
    corner opens the PIN pad."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    PinStore(data_dir).set(PIN)


def kiosk_command() -> list[str]:
    """`kiosk` as installed next to this Python (.venv/bin/kiosk), else `python -m kiosk`."""
    script = Path(sys.executable).with_name("kiosk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kiosk"]


class KioskProcess:
    """`kiosk run --data-dir DIR` on `display`, its stdout and stderr kept in files."""

    def __init__(self, display: str, data_dir: Path, out_dir: Path) -> None:
        self.display = display
        self.data_dir = data_dir
        self.stdout_path = out_dir / "kiosk.stdout"
        self.stderr_path = out_dir / "kiosk.stderr"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.data_dir / "logs" / "kiosk.log"

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("WAYLAND_DISPLAY", None)
        env.update(
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",  # for this process only: the test suite runs offscreen
            KIOSK_DATA_DIR=str(self.data_dir),
            KIOSK_GEOMETRY_LOG="1",
            PYTHONFAULTHANDLER="1",  # a native crash prints where it happened
        )
        return env

    def start(self) -> None:
        command = [*kiosk_command(), "run", "--data-dir", str(self.data_dir)]
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(
                command,
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.process is not None:
            _stop(self.process)

    def output(self) -> str:
        return "".join(
            path.read_text(encoding="utf-8", errors="replace")
            for path in (self.stdout_path, self.stderr_path)
            if path.exists()
        )

    def log(self) -> str:
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@dataclass(frozen=True)
class Geometry:
    """One `geometry` line of the log: a screen, its state, its controls and pictures."""

    screen: str
    state: dict[str, Any]
    controls: dict[str, list[int]]
    pictures: dict[str, dict[str, Any]]

    def centre(self, name: str) -> tuple[int, int]:
        if name not in self.controls:
            raise AssertionError(
                f"no visible control {name!r} on {self.screen}: {sorted(self.controls)}"
            )
        x, y, width, height = self.controls[name]
        return x + width // 2, y + height // 2

    def to_screen(self, picture: str, x: float, y: float) -> tuple[int, int]:
        """A point of a picture, in its own units, on the screen."""
        shown = self.pictures[picture]
        left, top, width, height = shown["image"]
        units_w, units_h = shown["units"]
        return round(left + x * width / units_w), round(top + y * height / units_h)


class Driver:
    """Touches and keys through xdotool; waits by reading the kiosk's log as it grows."""

    def __init__(self, kiosk: KioskProcess, server: XServer) -> None:
        self.kiosk = kiosk
        self.display = server.display
        self.screen = (server.width, server.height)
        self.offset = 0  # how far the log has been read
        self.pending = ""  # a line not yet finished
        self.lines: list[str] = []  # every finished line read so far
        self.cursor = 0  # waits look at the lines written since the last touch or key
        self._last_touch: tuple[int, int] | None = None
        self._last_touch_at = 0.0
        self._changed_at = 0.0  # when a wait last saw the kiosk answer

    # --- input ----------------------------------------------------------------------------
    def _xdotool(self, *args: str) -> None:
        env = dict(os.environ, DISPLAY=self.display)
        subprocess.run(["xdotool", *args], env=env, check=True, timeout=10)

    def tap(self, view: Geometry, control: str) -> None:
        """A tap on the middle of one of the controls a geometry line gives."""
        self.touch(view.centre(control), control)

    def touch(self, point: tuple[int, int], what: str = "") -> None:
        """A tap: the pointer moved there, pressed and released. A second tap on the same place
        waits until the kiosk's double-tap guard would take it (SETTLE_S after the tap before
        and after the change that the test last saw)."""
        x, y = point
        width, height = self.screen
        if not (0 <= x < width and 0 <= y < height):
            raise AssertionError(f"{what or 'a touch'} at {point}: off the {width}x{height} screen")
        if self._last_touch is not None:
            lx, ly = self._last_touch
            if abs(x - lx) <= SAME_PLACE_PX and abs(y - ly) <= SAME_PLACE_PX:
                since = max(self._last_touch_at, self._changed_at)
                wait = since + SETTLE_S - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
        self._mark()
        self._xdotool("mousemove", str(x), str(y), "click", "1")
        self._last_touch, self._last_touch_at = (x, y), time.monotonic()

    def key(self, name: str) -> None:
        self._mark()
        self._xdotool("key", name)

    def _mark(self) -> None:
        """What the kiosk logs from now on answers this input."""
        self.check()
        self._read()
        self.cursor = len(self.lines)

    # --- what the kiosk says --------------------------------------------------------------
    def _read(self) -> None:
        path = self.kiosk.log_path
        if not path.exists():
            return
        with open(path, "rb") as log:
            log.seek(self.offset)
            data = log.read()
        self.offset += len(data)
        text = self.pending + data.decode("utf-8", errors="replace")
        *finished, self.pending = text.split("\n")
        self.lines.extend(finished)

    def check(self) -> None:
        """Fail on a traceback anywhere, or a kiosk that is gone."""
        problem = ""
        for where, text in (("output", self.kiosk.output()), ("log", self.kiosk.log())):
            if "Traceback" in text:
                start = text.index("Traceback")
                problem = f"a traceback in the kiosk's {where}:\n{text[max(0, start - 300) :]}"
                break
        if not problem and not self.kiosk.alive():
            code = self.kiosk.process.returncode if self.kiosk.process else None
            problem = f"the kiosk process ended (exit code {code})"
        if problem:
            raise AssertionError(f"{problem[:6000]}\n--- end of the log ---\n{self.tail()}")

    def tail(self, lines: int = 25) -> str:
        shown = [line if len(line) < 300 else line[:300] + "..." for line in self.lines[-lines:]]
        return "\n".join(shown)

    def _wait(self, find: Callable[[str], T | None], what: str, timeout: float) -> T:
        """The first thing `find` makes of a log line written since the last touch or key."""
        deadline = time.monotonic() + timeout
        while True:
            self._read()
            for line in self.lines[self.cursor :]:
                found = find(line)
                if found is not None:
                    self._changed_at = time.monotonic()
                    return found
            self.check()
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"no {what} in the log within {timeout} s of the last input\n"
                    f"--- end of the log ---\n{self.tail()}"
                )
            time.sleep(POLL_S)

    def wait_line(self, pattern: str, timeout: float = 15.0) -> re.Match[str]:
        return self._wait(re.compile(pattern).search, f"line matching {pattern!r}", timeout)

    def wait_screen(self, name: str, timeout: float = 15.0) -> None:
        self.wait_line(rf"ui\.window: screen {re.escape(name)}$", timeout)

    def wait_geometry(self, screen: str, timeout: float = 15.0, **state: Any) -> Geometry:
        """Where the controls are once `screen` shows with every item of `state` (a value, or a
        test of the value)."""

        def find(line: str) -> Geometry | None:
            found = GEOMETRY.search(line)
            if found is None:
                return None
            shown = json.loads(found.group(1))
            if shown["screen"] != screen or not all(
                want(shown["state"].get(key)) if callable(want) else shown["state"].get(key) == want
                for key, want in state.items()
            ):
                return None
            return Geometry(screen, shown["state"], shown["controls"], shown["pictures"])

        return self._wait(find, f"geometry of {screen} {state}", timeout)

    def all_lines(self) -> list[str]:
        self._read()
        return list(self.lines)
