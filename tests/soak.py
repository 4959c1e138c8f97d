"""The soak: the real kiosk driven for minutes by fast, varied input, to find what only shows
after thousands of events (a native crash, memory that grows).

`kiosk run` full screen on its own Xvfb (tests/xsession.py), touched and keyed through
xdotool as fast as a hurried resident never would: lesson numbers and page turns on the home
screen, Next, Back, Escape and taps on the picture in lessons, every visible control of each
screen clicked and double-clicked (where they are comes from the kiosk's geometry log), the
finish screen, the channels, the check-in and back out, and now and then no input at all
until the idle return brings the attract loop back. The kiosk's log and output are read as
they grow; the run stops at the first traceback or when the process dies (then with what
faulthandler wrote to logs/crash.txt). The resident set size is sampled as it goes.

In CI: tests/test_soak.py (2,000 events). The long run, a command of its own:

    .venv/bin/python -m tests.soak --events 20000 --minutes 30

and `kiosk bench --only soak` (10,000 events) prints soak_events_survived and
soak_rss_growth_mb."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.lessons import load_library
from kiosk.lessons.model import Target
from kiosk.paths import bundled_lessons_dir
from tests.xsession import GEOMETRY, KioskProcess, XServer, installed_data_dir, missing_tools

SCREEN = re.compile(r"ui\.window: screen (\w+)$")
TROUBLE = ("Traceback (most recent call last)", "Fatal Python error")
IDLE_SECONDS = 30  # the shortest idle time settings.json takes (README: 30 to 3600)
COUNTDOWN_SECONDS = 20  # the shortest countdown
SILENT_S = 20  # input all along, and not a line logged: the kiosk stopped answering
BASELINE_EVENT = 500  # memory is measured from here: what the first screens load is done
SAMPLE_EVERY = 25  # events between two readings of the resident set size
WINDOW = 8  # readings whose median is "the size" at the baseline and at the end
# Keys a resident's keyboard (or a facilitator's) sends on each screen.
KEYS: dict[str, list[str]] = {
    "attract": ["Return", "space"],
    "home": ["1", "2", "3", "4", "5", "6", "1", "2", "Right", "Left", "Next", "Prior"],
    "lesson": ["Right"] * 6 + ["Left", "Return", "space", "Escape"],
    "finish": ["Return", "Right", "Escape"],
    "channels": ["Escape"],
    "checkin": ["a", "e", "BackSpace", "1", "9", "Return", "Escape"],
    "pin_setup": ["Escape"],
    "facilitator": ["Escape"],
}
AVOID = ("print_button",)  # a handout for every tap would fill the print queue, not memory
# Controls touched more often than the others, so that lessons get finished and signed for.
FAVOURITES: dict[str, tuple[str, ...]] = {
    "lesson": ("next",),
    "finish": ("checkin",),
    "checkin": ("buttons.next",),
}
NARRATED = re.compile(r"ui\.lesson_voice: narration: lesson (\S+) step (\d+)/\d+$")


@dataclass
class SoakResult:
    planned: int
    events: int = 0  # inputs sent before the end (or the death)
    problem: str = ""  # "" when nothing went wrong
    rss_kb: list[tuple[int, int]] = field(default_factory=list)  # (event, VmRSS in kB)
    screens: Counter[str] = field(default_factory=Counter)  # screens the kiosk showed
    idle_returns: int = 0
    seconds: float = 0.0

    @property
    def survived(self) -> bool:
        return not self.problem and self.events == self.planned

    def rss_mb_at(self, first: int, last: int | None = None) -> float:
        """The median resident set size (MB) of the readings between two events."""
        chosen = [kb for event, kb in self.rss_kb if first <= event <= (last or 10**9)]
        return statistics.median(chosen) / 1024 if chosen else float("nan")

    @property
    def baseline_mb(self) -> float:
        return self.rss_mb_at(BASELINE_EVENT, BASELINE_EVENT + WINDOW * SAMPLE_EVERY)

    @property
    def end_mb(self) -> float:
        last = self.rss_kb[-WINDOW:]
        return statistics.median(kb for _, kb in last) / 1024 if last else float("nan")

    @property
    def growth_mb(self) -> float:
        return self.end_mb - self.baseline_mb

    def summary(self) -> str:
        return (
            f"soak: {self.events}/{self.planned} events in {self.seconds:.0f} s, "
            f"{self.idle_returns} idle returns; RSS {self.baseline_mb:.1f} MB at event "
            f"{BASELINE_EVENT}, {self.end_mb:.1f} MB at the end ({self.growth_mb:+.1f} MB); "
            f"screens {dict(self.screens)}" + (f"\nPROBLEM: {self.problem}" if self.problem else "")
        )


class _Grown:
    """The new text of a file that grows (the log, the output), read from where it was left."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset, self.pending = path, 0, ""

    def lines(self) -> list[str]:
        if not self.path.exists():
            return []
        with open(self.path, "rb") as file:
            file.seek(self.offset)
            data = file.read()
        self.offset += len(data)
        *finished, self.pending = (self.pending + data.decode("utf-8", "replace")).split("\n")
        return finished


class Soak:
    def __init__(
        self,
        workdir: Path,
        events: int,
        *,
        size: tuple[int, int] = (1366, 768),
        seed: int = 13,
        idle_at: tuple[int, ...] = (),
        pause_s: float = 0.02,
        minutes: float | None = None,
        progress: bool = False,
    ) -> None:
        self.workdir, self.size, self.idle_at = workdir, size, set(idle_at)
        self.progress = progress  # a line every 500 events
        self.random = random.Random(seed)
        self.pause_s, self.minutes = pause_s, minutes
        self.result = SoakResult(planned=events)
        self.screen = ""
        self.view: dict[str, Any] | None = None  # the last geometry line of this screen
        self.tail: list[str] = []  # the last lines of the log, for a failure's message
        self.lesson_step: tuple[str, int] | None = None  # the step last narrated
        # When the first input the kiosk has not answered yet (not a line logged since) was
        # sent; None while nothing waits for an answer (the start, an idle return).
        self.unanswered_since: float | None = None
        self.sent: list[str] = []  # the last inputs, for a failure's message
        self.failed_inputs = 0  # xdotool failures in a row
        self.library = load_library(bundled_lessons_dir(), extract_dir=workdir / "packs")

    # --- the run --------------------------------------------------------------------------
    def run(self) -> SoakResult:
        data_dir = self.workdir / "data"
        settings = {
            "idle_seconds": IDLE_SECONDS,
            "idle_countdown_seconds": COUNTDOWN_SECONDS,
            "volume": 0,
            "residential_groups": ["Tổ 1", "Tổ 2", "Tổ 3"],
        }
        installed_data_dir(data_dir, settings)  # settings and a PIN, as at installation
        server = XServer(*self.size, self.workdir / "xvfb.log")
        server.start()
        self.kiosk = KioskProcess(server.display, data_dir, self.workdir)
        self.env = dict(os.environ, DISPLAY=server.display)
        self.log = _Grown(self.kiosk.log_path)
        self.outputs = [_Grown(self.kiosk.stdout_path), _Grown(self.kiosk.stderr_path)]
        started = time.monotonic()
        try:
            self.kiosk.start()
            self._wait_for("attract", 90)
            self._drive(started)
        except _Stop:
            pass
        finally:
            self.result.seconds = time.monotonic() - started
            self.kiosk.stop()
            server.stop()
        return self.result

    def _drive(self, started: float) -> None:
        planned = self.result.planned
        for event in range(planned):
            if event in self.idle_at:
                self._idle_return()
            self._one_input()
            self.result.events = event + 1
            if self.result.events % SAMPLE_EVERY == 0 or self.result.events == planned:
                self._sample()
                self._watch()
            if self.progress and self.result.events % 500 == 0:
                rss = self.result.rss_kb[-1][1] / 1024 if self.result.rss_kb else 0.0
                seconds = time.monotonic() - started
                print(
                    f"soak: {self.result.events} events, {seconds:.0f} s, RSS {rss:.1f} MB",
                    file=sys.stderr,
                    flush=True,
                )
            if self.minutes:  # keep to the schedule: the events spread over the minutes
                due = started + self.minutes * 60 * self.result.events / planned
                time.sleep(max(0.0, due - time.monotonic()))
            else:
                time.sleep(self.pause_s)
        time.sleep(1.0)  # what the last inputs set off
        self._watch()

    def _sample(self) -> None:
        pid = self.kiosk.process.pid if self.kiosk.process else 0
        with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:  # (a process that is gone: _watch says so)
                if line.startswith("VmRSS:"):
                    self.result.rss_kb.append((self.result.events, int(line.split()[1])))

    # --- what the kiosk says --------------------------------------------------------------
    def _watch(self) -> None:
        """Read the new log lines (the screen, where the controls are); stop on trouble."""
        lines = self.log.lines()
        if lines:
            self.unanswered_since = None
        elif (
            self.unanswered_since is not None
            and time.monotonic() - self.unanswered_since > SILENT_S
            and self.kiosk.alive()
        ):
            self._fail(
                f"the kiosk stopped answering: input for {SILENT_S} s and not a line logged\n"
                + self._stacks()
            )
        for line in lines:
            self.tail = [*self.tail[-40:], line[:300]]
            if any(mark in line for mark in TROUBLE):
                self._fail(f"a traceback in the kiosk's log: {line}")
            if found := SCREEN.search(line):
                self.screen = found.group(1)
                self.result.screens[self.screen] += 1
                self.view = None
            elif found := NARRATED.search(line):
                self.lesson_step = (found.group(1), int(found.group(2)) - 1)
            elif found := GEOMETRY.search(line):
                view = json.loads(found.group(1))
                if view["screen"] == self.screen:
                    self.view = view
        for output in self.outputs:
            text = "\n".join(output.lines())
            for mark in TROUBLE:
                if mark in text:
                    start = text.index(mark)
                    self._fail(f"a traceback in the kiosk's output:\n{text[start : start + 4000]}")
        if not self.kiosk.alive():
            code = self.kiosk.process.returncode if self.kiosk.process else None
            crash = self.kiosk.data_dir / "logs" / "crash.txt"
            trace = crash.read_text(errors="replace")[:6000] if crash.exists() else ""
            self._fail(f"the kiosk process ended (exit code {code})\n{trace}")

    def _stacks(self) -> str:
        """Where every thread of a kiosk that hangs is (gdb, with Python's frames), kept in
        the work folder; its first lines for the message."""
        pid = self.kiosk.process.pid if self.kiosk.process else 0
        command = ["gdb", "-q", "-batch", "-iex", "add-auto-load-safe-path /", "-p", str(pid)]
        command += ["-ex", "thread apply all py-bt", "-ex", "thread apply all bt 25"]
        try:
            found = subprocess.run(command, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as error:
            return f"(no stacks: {error})"
        path = self.workdir / "hang-stacks.txt"
        path.write_text(found.stdout + found.stderr + self._x_state(), encoding="utf-8")
        frames = [line for line in found.stdout.splitlines() if line.startswith(("Thread", "  "))]
        return f"stacks in {path}:\n" + "\n".join(frames[:80])

    def _x_state(self) -> str:
        """What the X server says of focus, pointer and windows, and a picture of the screen
        (hang-screen.png), for a kiosk that no longer answers."""
        said = []
        for command in (
            ["xdotool", "getwindowfocus", "getwindowname"],
            ["xdotool", "getmouselocation"],
            ["xwininfo", "-root", "-tree"],
        ):
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                done = subprocess.run(
                    command, env=self.env, capture_output=True, text=True, timeout=10
                )
                said.append(f"$ {' '.join(command)}\n{done.stdout}{done.stderr}")
        with contextlib.suppress(Exception):  # (a picture is a help, not a need)
            from PIL import ImageGrab

            ImageGrab.grab(xdisplay=self.env["DISPLAY"]).save(self.workdir / "hang-screen.png")
        return "\n--- the X server ---\n" + "\n".join(said)

    def _fail(self, problem: str) -> None:
        self.result.problem = (
            f"{problem}\n--- the last inputs ---\n"
            + "\n".join(self.sent[-15:])
            + "\n--- end of the log ---\n"
            + "\n".join(self.tail[-25:])
        )
        raise _Stop

    def _wait_for(self, screen: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.screen != screen:
            if time.monotonic() > deadline:
                self._fail(f"no screen {screen} within {timeout:.0f} s")
            time.sleep(0.1)
            self._watch()

    def _idle_return(self) -> None:
        """No input at all until the idle warning has counted down to the attract loop."""
        self._watch()
        if self.screen in ("attract", "pin_setup", "facilitator"):  # no idle watch there
            self._xdotool("key", "Escape" if self.screen != "attract" else "Return")
            time.sleep(1.0)
            self._watch()
            if self.screen == "attract":
                self._xdotool("key", "Return")
            time.sleep(1.0)
            self._watch()
        self.screen = ""
        wait = IDLE_SECONDS + COUNTDOWN_SECONDS + 30
        self.unanswered_since = None  # quiet on purpose: the countdown logs nothing
        self._wait_for("attract", wait)  # fails with "no screen attract" if it never comes
        self.result.idle_returns += 1

    # --- input ----------------------------------------------------------------------------
    def _xdotool(self, *args: str) -> None:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        self.sent = [*self.sent[-30:], f"{self.screen}: {' '.join(args)} -> {done.returncode}"]
        if self.unanswered_since is None:
            self.unanswered_since = time.monotonic()
        self.failed_inputs = self.failed_inputs + 1 if done.returncode else 0
        if self.failed_inputs >= 3:
            self._fail(f"xdotool fails: {done.stderr.strip()}")

    def _one_input(self) -> None:
        self._watch()
        deadline = time.monotonic() + 0.3  # a new screen: a glance before touching it
        while self.view is None and self.screen and time.monotonic() < deadline:
            time.sleep(0.03)
            self._watch()
        pick = self.random.random()
        controls = self._controls()
        favourites = [c for c in controls if c in FAVOURITES.get(self.screen, ())]
        if self.screen == "lesson" and pick < 0.2 and self._picture_tap():
            return
        if favourites and pick < 0.35:
            self._click(self.random.choice(favourites), double=pick < 0.25)
        elif controls and pick < 0.6:
            self._click(self.random.choice(controls), double=pick < 0.4)
        else:
            self._xdotool("key", self.random.choice(KEYS.get(self.screen, ["Escape", "Return"])))

    def _click(self, control: str, *, double: bool = False) -> None:
        """A click somewhere inside a control (two, 0.12 s apart, for a double click)."""
        x, y, width, height = self.view["controls"][control] if self.view else (0, 0, 0, 0)
        x += self.random.randint(width // 4, 3 * width // 4)
        y += self.random.randint(height // 4, 3 * height // 4)
        twice = ["--repeat", "2", "--delay", "120"] if double else []
        self._xdotool("mousemove", str(x), str(y), "click", *twice, "1")

    def _controls(self) -> list[str]:
        if self.view is None:
            return []
        width, height = self.size  # (a control of another screen size is never touched)
        return [
            name
            for name, (x, y, w, h) in self.view["controls"].items()
            if not name.endswith(AVOID) and w > 0 and h > 0 and 0 <= x < width and 0 <= y < height
        ]

    def _picture_tap(self) -> bool:
        """A touch on the step's picture: on the practice target more often than not (the
        lesson goes on), else anywhere (a miss, or a picture with nothing to touch)."""
        pictures = self.view["pictures"] if self.view else {}
        if "picture" not in pictures:
            return False
        left, top, width, height = pictures["picture"]["image"]
        units_w, units_h = pictures["picture"]["units"]
        target = self._target()
        if target is not None and self.random.random() < 0.6:
            x = left + (target.x + target.width / 2) * width / units_w
            y = top + (target.y + target.height / 2) * height / units_h
        else:
            x = left + self.random.random() * width
            y = top + self.random.random() * height
        self._xdotool("mousemove", str(round(x)), str(round(y)), "click", "1")
        return True

    def _target(self) -> Target | None:
        """The practice target of the step on screen, if it has one."""
        if self.view is None or self.lesson_step is None:
            return None
        lesson_id, step = self.lesson_step
        lesson = self.library.find(lesson_id, "vi")
        if lesson is None or self.view["state"].get("step") != step or step >= len(lesson.steps):
            return None
        practice = lesson.steps[step].practice
        return practice.target if practice is not None else None


class _Stop(Exception):
    """The run ends early: the problem is in the result."""


def run_soak(
    events: int,
    *,
    minutes: float | None = None,
    idle_every: int = 0,
    workdir: Path | None = None,
    seed: int = 13,
    progress: bool = False,
) -> SoakResult:
    """A soak of `events` inputs; an idle return every `idle_every` events (0: none)."""
    missing = missing_tools()
    if missing:
        raise RuntimeError(f"the soak needs {' and '.join(missing)} (Debian: xvfb, xdotool)")
    idle_at = tuple(range(idle_every, events, idle_every)) if idle_every else ()
    options: dict[str, Any] = {
        "idle_at": idle_at,
        "minutes": minutes,
        "seed": seed,
        "progress": progress,
    }
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
        return Soak(workdir, events, **options).run()
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as scratch:
        return Soak(Path(scratch), events, **options).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--minutes", type=float, help="spread the events over this long")
    parser.add_argument("--idle-every", type=int, default=2_000, help="0: no idle return")
    parser.add_argument("--max-growth-mb", type=float, default=5.0)
    parser.add_argument("--keep", type=Path, help="a folder for the data, log and output")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    result = run_soak(
        args.events,
        minutes=args.minutes,
        idle_every=args.idle_every,
        workdir=args.keep,
        seed=args.seed,
        progress=True,
    )
    print(result.summary())
    print(f"soak_events_survived {result.events}")
    print(f"soak_rss_growth_mb {result.growth_mb:.2f}")
    return 0 if result.survived and result.growth_mb <= args.max_growth_mb else 1


if __name__ == "__main__":
    sys.exit(main())
