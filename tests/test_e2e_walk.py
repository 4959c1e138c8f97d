"""A resident's whole visit, through the real process: `kiosk run` full screen on Xvfb, touched
and keyed through xdotool (tests/xsession.py).

From the attract loop to the home screen, into a lesson with practice steps, every step in
turn (a miss then the right place; Next before trying then the right place; the right place
at once; the other steps by the Next button or the arrow key), the finish screen, and a
check-in on the on-screen keyboard and number pad. Any traceback in the output or the log,
or the process ending, fails it; the log must show the narration asked for every step, in
order. No sound card is needed: the volume is set to 0 and playback runs silently."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lessons.model import Library, Target
from kiosk.lessons.practice import hits
from tests.xsession import (
    GEOMETRY,
    Driver,
    Geometry,
    KioskProcess,
    XServer,
    installed_data_dir,
    kiosk_command,
    missing_tools,
)

LESSON = "vneid-install"
# The most common kiosk screen; KIOSK_E2E_SCREEN=WxH walks another (1024x768, 768x1366...).
SIZE = tuple(int(n) for n in os.environ.get("KIOSK_E2E_SCREEN", "1366x768").split("x"))
GROUPS = ["Tổ 1", "Tổ 2", "Tổ 3"]
NAME = "Nguyễn Thị Đều"
# The name as an elder types it without Telex: plain letters, then a mark key.
NAME_KEYS = ["n", "g", "u", "y", "e", "n", "ê", "ã", "space", "t", "h", "i", "ạ", "space"]
NAME_KEYS += ["đ", "e", "u", "ê", "à"]
YEAR = "1950"


@pytest.fixture
def kiosk(tmp_path: Path, data_dir: Path) -> Iterator[Driver]:
    missing = missing_tools()
    if missing:
        pytest.skip(f"the end-to-end walk needs {' and '.join(missing)} (Debian: xvfb, xdotool)")
    installed_data_dir(data_dir, {"residential_groups": GROUPS, "volume": 0})
    server = XServer(SIZE[0], SIZE[1], tmp_path / "xvfb.log")
    server.start()
    process = KioskProcess(server.display, data_dir, tmp_path)
    try:
        process.start()
        yield Driver(process, server)
    finally:
        process.stop()
        server.stop()


def miss_point(view: Geometry, target: Target) -> tuple[float, float]:
    """A place on the picture, in its units, as far from the target as a corner allows; a
    touch there is a miss for the kiosk's own rule (the target and its slop)."""
    units_w, units_h = view.pictures["picture"]["units"]
    corners = [(fx * units_w, fy * units_h) for fx in (0.06, 0.94) for fy in (0.06, 0.94)]
    centre_x, centre_y = target.x + target.width / 2, target.y + target.height / 2
    x, y = max(corners, key=lambda p: (p[0] - centre_x) ** 2 + (p[1] - centre_y) ** 2)
    assert not hits(target, x, y, max(units_w, units_h))
    return x, y


def a_nudge(feedback: str) -> bool:
    """What the practice box says after Next before trying: anything but praise or nothing."""
    return feedback not in ("", "praise", "done")


def touch_target(kiosk: Driver, view: Geometry, target: Target) -> None:
    middle = (target.x + target.width / 2, target.y + target.height / 2)
    kiosk.touch(view.to_screen("picture", *middle), "the practice target")


def test_a_resident_walks_a_whole_lesson_and_signs_in(
    kiosk: Driver, bundled_library: Library
) -> None:
    lesson = bundled_library.find(LESSON, "vi")
    assert lesson is not None
    total = len(lesson.steps)
    practices = [index for index, step in enumerate(lesson.steps) if step.practice is not None]
    assert len(practices) >= 3, "the walk needs a lesson with three practice steps"
    miss_first, next_first = practices[:2]  # and the third: the right place at once

    # The attract loop: a touch anywhere starts; the picture is the biggest place.
    kiosk.wait_screen("attract", timeout=30)
    attract = kiosk.wait_geometry("attract")
    kiosk.tap(attract, "picture")
    kiosk.wait_screen("home")

    # Home: the lesson's tile, turning pages until it shows.
    home = kiosk.wait_geometry("home", page=0)
    while f"tiles.{LESSON}" not in home.controls:
        page = home.state["page"]
        kiosk.tap(home, "pager.next")
        home = kiosk.wait_geometry("home", page=page + 1)
    kiosk.tap(home, f"tiles.{LESSON}")
    kiosk.wait_screen("lesson")

    for index, step in enumerate(lesson.steps):
        kiosk.wait_line(rf"ui\.lesson_voice: narration: lesson {LESSON} step {index + 1}/{total}$")
        view = kiosk.wait_geometry("lesson", step=index, feedback="")
        practice = step.practice
        if practice is not None:
            if index == miss_first:  # a touch beside the place: a gentle hint
                miss = view.to_screen("picture", *miss_point(view, practice.target))
                kiosk.touch(miss, "beside the practice target")
                view = kiosk.wait_geometry("lesson", step=index, feedback="hint")
            elif index == next_first:  # Next before trying: told what to do; the step stays
                kiosk.tap(view, "next")
                view = kiosk.wait_geometry("lesson", step=index, feedback=a_nudge)
            # The right place: praise, and the lesson goes on by itself.
            touch_target(kiosk, view, practice.target)
            kiosk.wait_geometry("lesson", step=index, feedback="praise")
        elif index % 2:
            kiosk.key("Right")  # the keyboard's Next
        else:
            kiosk.tap(view, "next")  # Finish, on the last step

    # The finish screen, then signing in.
    kiosk.wait_screen("finish")
    finish = kiosk.wait_geometry("finish")
    kiosk.tap(finish, "checkin")
    kiosk.wait_screen("checkin")
    consent = kiosk.wait_geometry("checkin", step="consent")
    kiosk.tap(consent, "buttons.next")  # Đồng ý
    name = kiosk.wait_geometry("checkin", step="name")
    for key in NAME_KEYS:
        kiosk.tap(name, f"keyboard.keys.{key}")
    kiosk.tap(name, "buttons.next")
    year = kiosk.wait_geometry("checkin", step="year")
    for digit in YEAR:
        kiosk.tap(year, f"year.pad.keys.{digit}")
    kiosk.tap(year, "buttons.next")
    group = kiosk.wait_geometry("checkin", step="group")
    kiosk.tap(group, f"group.tiles.{GROUPS[1]}")
    kiosk.wait_geometry("checkin", step="done")  # shown only once the records committed it

    # What was written, read back as an IT helper would.
    listed = subprocess.run(
        [*kiosk_command(), "records", "people", "--json"],
        env=kiosk.kiosk.environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    people = json.loads(listed.stdout)
    assert [(p["full_name"], p["birth_year"], p["residential_group"]) for p in people] == [
        (NAME, int(YEAR), GROUPS[1])
    ]

    kiosk.check()  # still running, and no traceback anywhere
    lines = kiosk.all_lines()
    narrated = [
        int(found.group(1))
        for line in lines
        if (found := re.search(rf"narration: lesson {LESSON} step (\d+)/{total}$", line))
    ]
    assert narrated == list(range(1, total + 1))
    screens = [line.rsplit(" ", 1)[1] for line in lines if re.search(r"ui\.window: screen ", line)]
    assert screens == ["attract", "home", "lesson", "finish", "checkin"]
    # The window never grew past its screen, on any screen the walk saw.
    seen = [json.loads(found.group(1)) for line in lines if (found := GEOMETRY.search(line))]
    too_big = {
        (g["screen"], tuple(g["window"]))
        for g in seen
        if g["window"][2] > SIZE[0] or g["window"][3] > SIZE[1]
    }
    assert not too_big, f"the window is larger than the {SIZE} screen: {sorted(too_big)}"
