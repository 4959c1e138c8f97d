"""Memory that the kiosk freed goes back to the system.

A kiosk that runs for weeks frees as much as it takes, yet its resident set crept up by
about half a megabyte a thousand inputs (tests/soak.py): glibc's malloc keeps freed memory in
each of its arenas (one per thread that ever allocated: the voice's decoder threads, the
speech worker, Qt's threads) for the next allocation, and a fragmented arena is seldom
given back. What Python and Qt hold in use stayed flat (ui/memwatch.py), and `malloc_trim`
gave 11 MB back at once. So: fewer arenas (two), set before Qt starts its threads, and a
trim when the kiosk rests on the home or attract screen, at most once a minute. Linux with
glibc only; elsewhere nothing is done."""

from __future__ import annotations

import ctypes
import logging
import sys
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
M_ARENA_MAX = -8  # mallopt's parameter (malloc.h)
ARENAS = 2
RESTING_SCREENS = ("home", "attract")
SETTLE_MS = 1500  # the screen has been shown this long: the resident is reading, not tapping
EVERY_S = 60.0


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # glibc's name on every Linux that has it (ctypes.util.find_library would run
        # ldconfig in a child process to learn it, at every start).
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    except (OSError, AttributeError):  # musl, or no glibc: nothing to tune
        return None
    return libc


def limit_arenas() -> bool:
    """Two malloc arenas for the whole process; call before Qt starts its threads."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, ARENAS))


class MemoryTrim(QObject):
    """Gives freed memory back when the kiosk rests (see the module's note)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._libc = _libc()
        self._last = -EVERY_S
        self.trims = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.trim)
        self._screen = ""

    def screen_changed(self, name: str) -> None:
        self._screen = name
        if name in RESTING_SCREENS and time.monotonic() - self._last >= EVERY_S:
            self._timer.start()
        else:
            self._timer.stop()

    def trim(self) -> None:
        if self._libc is None or self._screen not in RESTING_SCREENS:
            return
        started = time.monotonic()
        self._libc.malloc_trim(0)
        self._last = time.monotonic()
        self.trims += 1
        if self.trims <= 3:
            log.info("memory trimmed in %.0f ms", (self._last - started) * 1000)
