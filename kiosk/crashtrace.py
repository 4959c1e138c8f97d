"""A native crash leaves a trace.

At start `arm()` opens `logs/crash.txt` in the data directory, keeps it open for the life of
the process, and points Python's faulthandler at it: on a segmentation fault, an abort or a
bus error (in Qt or any library), the stack of every thread is written there, with nothing
left to open or allocate. A run that ends normally leaves the file empty.

At the next start a file that is not empty is what the last run left: `arm()` moves it aside
(crash-<date>-<time>.txt, the last few kept) and returns it as a `PreviousCrash`, which the
entry point logs with its stack and hands to the window, to be told to the facilitator when
the panel next opens (never to a resident). Qt-free, like the rest of `kiosk/`."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from kiosk.private import open_private, private_dir
from kiosk.text import say

log = logging.getLogger(__name__)

CRASH_FILE = "crash.txt"
KEEP = 5  # crash-*.txt files kept in the logs folder
MAX_STACK_CHARS = 20_000  # what is logged of one stack (a deep recursion can be long)

_stream: TextIO | None = None  # the open crash file: kept open, faulthandler writes to it


@dataclass(frozen=True)
class PreviousCrash:
    """What the last run left in crash.txt."""

    when: datetime  # when the file was last written: the crash
    stack: str  # what faulthandler wrote
    kept_at: Path | None  # where the file is now (None if it could not be moved)

    def message(self, language: str) -> str:
        """A few plain sentences for the facilitator (as the records' recovery report)."""
        when = self.when.strftime("%H:%M %d/%m/%Y")
        kept = str(self.kept_at) if self.kept_at is not None else "-"
        return say("crash.previous", language, when=when, kept=kept)


def crash_file(data_dir: Path) -> Path:
    return data_dir / "logs" / CRASH_FILE


def arm(data_dir: Path) -> PreviousCrash | None:
    """Take what the last run left, if anything, then make this run's crashes write to
    crash.txt. Never raises: a kiosk that cannot write its logs still starts."""
    global _stream
    path = crash_file(data_dir)
    previous = None
    try:
        private_dir(path.parent, ours=True)
        previous = _take_previous(path)
        stream = open_private(path, "w", encoding="utf-8")
    except OSError as error:
        log.warning("crash trace: cannot write %s: %s", path, error)
        return previous
    if _stream is not None:
        _stream.close()
    _stream = stream
    faulthandler.enable(file=stream, all_threads=True)
    return previous


def disarm() -> None:
    """Stop writing crashes to the file (for tests; the kiosk keeps it to the end)."""
    global _stream
    if _stream is not None:
        faulthandler.disable()
        _stream.close()
        _stream = None


def _take_previous(path: Path) -> PreviousCrash | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    stat = path.stat()
    when = datetime.fromtimestamp(stat.st_mtime)
    stack = path.read_text(encoding="utf-8", errors="replace")
    target = path.with_name(f"crash-{when:%Y%m%d-%H%M%S}.txt")
    kept: Path | None = target
    try:
        path.replace(target)
    except OSError as error:
        log.warning("crash trace: cannot move %s aside: %s", path, error)
        kept = None
    _prune(path.parent)
    return PreviousCrash(when, stack, kept)


def _prune(folder: Path) -> None:
    kept = sorted(folder.glob("crash-*.txt"))
    for old in kept[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()


def log_previous(previous: PreviousCrash) -> None:
    """The last run's crash, in the log: when, and the stack faulthandler wrote."""
    stack = previous.stack.strip()
    if len(stack) > MAX_STACK_CHARS:
        stack = stack[:MAX_STACK_CHARS] + "\n[...]"
    log.error(
        "the kiosk crashed before, at %s (kept in %s); what faulthandler wrote:\n%s",
        previous.when.isoformat(timespec="seconds"),
        previous.kept_at or "-",
        stack,
    )
