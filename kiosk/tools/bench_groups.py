"""The names of `kiosk bench`'s groups, without Qt: the command line lists them in its help
without loading Qt; ui/tools/bench.py runs them (its GROUPS, in this order: a test checks)."""

from __future__ import annotations

NAMES = (
    "start",
    "step",
    "memory",
    "narration",
    "print",
    "records",
    "reports",
    "soak",
    "class",
    "package",
    "scan",
)
ON_REQUEST = ("soak",)  # many minutes: run by `--only soak`, not by a plain `kiosk bench`
