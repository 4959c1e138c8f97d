"""What the benchmark groups share (ui/tools/bench.py, bench_narration.py): the environment
a measured kiosk runs in, and a lesson whose practice steps count as done."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.window import KioskWindow


def environment() -> dict[str, str]:
    """This process's environment as an installed kiosk would have it."""
    env = dict(os.environ)
    # As on an installed kiosk, Python keeps the compiled modules (the warm-up run writes
    # them); without this, a shell that sets it makes every start compile the kiosk again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def as_if_practised(window: KioskWindow) -> None:
    """Mark the open lesson's practice steps done (the visit's, kiosk/visit). Next on a
    practice step not yet tried gives a hint and stays, which is not the step change the
    benchmarks measure."""
    run = window.visit.run
    if run is not None:
        for state in run.practice.steps.values():
            state.done = True
