"""What grows in a kiosk that runs for hours: with `KIOSK_MEMWATCH=SECONDS` in its
environment the kiosk logs (logger `ui.memwatch`, INFO), every SECONDS, its resident set
size, what the C allocator holds in use, the number of Python objects and Qt objects, the
Python types whose count grew most since the first reading, and (tracemalloc) the lines of
Python that allocated most since then. For finding a leak (tests/soak.py --memwatch), never
on in use: tracemalloc slows Python down."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import os
import tracemalloc
from collections import Counter

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
ENV = "KIOSK_MEMWATCH"


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _malloc_in_use_kb() -> int:
    """Bytes glibc's malloc has handed out and not had back (-1 where there is no mallinfo2)."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        libc.mallinfo2.restype = _MallInfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):
        return -1
    return int(info.uordblks + info.hblkhd) // 1024


def _rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def _types() -> Counter[str]:
    return Counter(type(thing).__qualname__ for thing in gc.get_objects())


class MemWatch(QObject):
    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        tracemalloc.start(8)
        self.first_types = _types()
        self.first_snapshot = tracemalloc.take_snapshot()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.report)
        self.timer.start(round(seconds * 1000))

    def report(self) -> None:
        gc.collect()
        types = _types()
        grown = (types - self.first_types).most_common(12)
        app = QApplication.instance()
        qt_objects = len(app.findChildren(QObject)) if app is not None else -1
        widgets = len(QApplication.allWidgets())
        log.info(
            "memwatch: rss %d kB, malloc %d kB, python objects %d, app children %d, widgets %d, "
            "traced %d kB; types grown %s",
            _rss_kb(),
            _malloc_in_use_kb(),
            sum(types.values()),
            qt_objects,
            widgets,
            tracemalloc.get_traced_memory()[0] // 1024,
            grown,
        )
        snapshot = tracemalloc.take_snapshot()
        for stat in snapshot.compare_to(self.first_snapshot, "traceback")[:6]:
            where = " <- ".join(f"{f.filename}:{f.lineno}" for f in stat.traceback[:4])
            log.info(
                "memwatch: %+d kB in %+d blocks at %s",
                stat.size_diff // 1024,
                stat.count_diff,
                where,
            )


def install(parent: QObject) -> MemWatch | None:
    seconds = os.environ.get(ENV, "")
    try:
        every = float(seconds)
    except ValueError:
        return None
    return MemWatch(every, parent) if every > 0 else None
