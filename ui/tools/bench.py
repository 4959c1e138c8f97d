"""`kiosk bench`: speed and memory, measured and printed, never asserted.

Groups: start (cold start of the kiosk to the home screen's first frame, against a bare
PySide6 window), step (input event to the next step painted, 500 transitions), memory
(peak resident memory with 100 generated lessons loaded and walked), soak (only when asked
for, `--only soak`: the real kiosk under Xvfb, 10,000 fast inputs; tests/soak.py), package
(the PyInstaller build of `make dist`: its start against a bare frozen window, and its size;
ui/tools/bench_package.py)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.tools.bench_groups import ON_REQUEST
from kiosk.tools.bench_records import TARGETS as RECORDS_TARGETS
from kiosk.tools.bench_records import bench_records
from kiosk.tools.bench_reports import TARGETS as REPORTS_TARGETS
from kiosk.tools.bench_reports import bench_reports
from ui.app import FIRST_FRAME_MARKER as MARKER
from ui.tools.bench_class import TARGETS as CLASS_TARGETS
from ui.tools.bench_class import bench_class
from ui.tools.bench_common import as_if_practised, environment
from ui.tools.bench_narration import bench_narration
from ui.tools.bench_package import TARGETS as PACKAGE_TARGETS
from ui.tools.bench_package import bench_package, time_to_marker
from ui.tools.bench_print import bench_print
from ui.tools.bench_scan import TARGETS as SCAN_TARGETS
from ui.tools.bench_scan import bench_scan

START_RUNS = 11
STEP_TRANSITIONS = 500

_BARE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Xin chào")
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("{MARKER}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
label.installEventFilter(watch)
label.resize(1280, 800)
label.show()
app.exec()
"""


def bench_start(lessons: Path | None) -> dict[str, float]:
    env = environment()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as data:
        # The `kiosk` script beside this Python, as an IT helper starts it.
        script = Path(sys.executable).with_name("kiosk")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "kiosk"]
        kiosk = [*command, "run", "--windowed", "--data-dir", data, "--bench-first-frame"]
        if lessons:
            kiosk += ["--lessons", str(lessons)]
        bare = [sys.executable, "-c", _BARE]
        time_to_marker(kiosk, env)  # warm the disk cache once; every run then sees the same
        time_to_marker(bare, env)
        kiosk_times, bare_times, first_times = [], [], []
        for _ in range(START_RUNS):
            kiosk_times.append(time_to_marker(kiosk, env))
            bare_times.append(time_to_marker(bare, env))
        for _ in range(3):  # the first start after a pack changed: every pack checked again
            (Path(data) / "lessons-index.json").unlink()
            first_times.append(time_to_marker(kiosk, env))
    start_s, bare_s = statistics.median(kiosk_times), statistics.median(bare_times)
    return {
        "start_s": start_s,
        "bare_start_s": bare_s,
        "start_ratio": start_s / bare_s,
        "start_after_pack_change_s": statistics.median(first_times),
    }


def bench_step(lessons: Path | None) -> dict[str, float]:
    os.environ.update(environment())
    from PySide6.QtCore import QEvent, QObject, QSize, Qt
    from PySide6.QtGui import QKeyEvent

    from kiosk.lessons import load_library
    from kiosk.paths import bundled_lessons_dir
    from kiosk.settings import Settings
    from ui.app import build_window, create_app

    app = create_app()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        library = load_library(lessons or bundled_lessons_dir(), extract_dir=Path(scratch))
        lesson = max(library.lessons, key=lambda item: len(item.steps))
        window = build_window(
            app, library, Settings(), language=lesson.language, size=QSize(1920, 1080)
        )
        window.show()
        window.open_lesson(lesson.id)
        app.processEvents()
        player = window.player
        as_if_practised(window)
        painted: set[str] = set()

        class PaintWatch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted.add(watched.objectName())
                return False

        watch = PaintWatch()
        player.picture.setObjectName("picture")
        for widget in (player.picture, player.caption):
            widget.installEventFilter(watch)
        samples: list[float] = []
        forward = True
        for _ in range(STEP_TRANSITIONS):
            last = len(lesson.steps) - 1
            if player.index == last:
                forward = False
            elif player.index == 0:
                forward = True
            key = Qt.Key.Key_Right if forward else Qt.Key.Key_Left
            painted.clear()
            start = time.perf_counter()
            app.sendEvent(
                player, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
            )
            while not {"picture", "caption"} <= painted:
                app.processEvents()
                if time.perf_counter() - start > 5:
                    raise RuntimeError("a step was not painted within 5 s")
            samples.append((time.perf_counter() - start) * 1000)
        window.quit_allowed = True
        window.close()
    samples.sort()
    return {
        "step_p50_ms": statistics.median(samples),
        "step_p95_ms": samples[int(len(samples) * 0.95) - 1],
    }


_MEMORY_CHILD = """
import resource, sys
from pathlib import Path
from ui.tools.bench import walk_sample_library
walk_sample_library(Path(sys.argv[1]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
"""


def walk_sample_library(folder: Path) -> None:
    """Load a generated pack, show home and every page, and walk one lesson (child process)."""
    from PySide6.QtCore import QSize

    from kiosk.authoring.samplepack import write_sample_pack
    from kiosk.lessons import load_library
    from kiosk.settings import Settings
    from ui.app import build_window, create_app

    write_sample_pack(folder / "sample", lessons=100, steps=8)
    app = create_app()
    library = load_library(folder / "sample", extract_dir=folder / "x")
    assert len(library.lessons) == 100, library.problems[:3]
    window = build_window(app, library, Settings(), size=QSize(1920, 1080))
    window.show()
    window.show_home()
    for page in range(window.home.page_count):
        window.home.show_page(page)
        app.processEvents()
    for lesson in library.lessons[:10]:
        window.open_lesson(lesson.id)
        for _ in lesson.steps:
            window.player.go_next()
            app.processEvents()


def bench_report_group(_lessons: Path | None) -> dict[str, float]:
    """Group `reports`: the figures (kiosk/tools/bench_reports.py) and, when this installation
    draws PDFs, `report_pdf_ms` from ui/reports/pdf.py's timer (it needs a QGuiApplication)."""
    try:
        from ui.reports.pdf import time_report_pdf
    except ImportError:
        return bench_reports()
    from ui.app import create_app

    create_app(offscreen=True)
    return bench_reports(pdf_timer=time_report_pdf)


def bench_memory(lessons: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        out = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, scratch],
            capture_output=True,
            text=True,
            env=environment(),
            check=True,
        )
    return {"peak_rss_mb": float(out.stdout.strip().splitlines()[-1])}


SOAK_EVENTS = 10_000


def bench_soak(_lessons: Path | None) -> dict[str, float]:
    """The real kiosk on its own Xvfb, 10,000 fast and varied inputs with an idle return
    every 2,500 (tests/soak.py, which a source checkout has): the events it lived through,
    and how much its resident set grew from event 500 to the end."""
    try:
        from tests.soak import run_soak
    except ImportError as error:
        raise RuntimeError(
            f"the soak runs from a source checkout (tests/soak.py): {error}"
        ) from None
    result = run_soak(SOAK_EVENTS, idle_every=2_500, progress=True)
    print(result.summary(), file=sys.stderr)
    return {
        "soak_events_survived": float(result.events),
        "soak_rss_mb_at_500": round(result.baseline_mb, 2),
        "soak_rss_mb_at_end": round(result.end_mb, 2),
        "soak_rss_growth_mb": round(result.growth_mb, 2),
    }


GROUPS: dict[str, Callable[[Path | None], dict[str, float]]] = {
    "start": bench_start,
    "step": bench_step,
    "memory": bench_memory,
    "narration": bench_narration,
    "print": bench_print,
    "records": lambda _lessons: bench_records(),
    "reports": bench_report_group,
    "soak": bench_soak,
    "class": bench_class,
    "package": bench_package,
    "scan": bench_scan,
}
# ON_REQUEST (soak: many minutes) runs by `--only soak`, not by a plain `kiosk bench`; the
# names, without Qt, for the command line's help: kiosk/tools/bench_groups.py.
TARGETS = {
    "start_ratio": (2.0, ""),
    "step_p95_ms": (50.0, " ms"),
    "peak_rss_mb": (200.0, " MB"),
    "narration_start_p95_ms": (100.0, " ms"),
    "narration_cold_ms": (500.0, " ms"),
    "handout_pdf_ms": (300.0, " ms"),
    "soak_rss_growth_mb": (5.0, " MB"),
    **RECORDS_TARGETS,
    **REPORTS_TARGETS,
    **CLASS_TARGETS,
    **PACKAGE_TARGETS,
    **SCAN_TARGETS,
}


def run_bench(*, json_out: Path | None, only: str | None, lessons: Path | None) -> int:
    if only and only not in GROUPS:
        print(f"kiosk bench: unknown group {only!r}; groups: {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    figures: dict[str, float] = {}
    for name, group in GROUPS.items():
        if only == name or (only is None and name not in ON_REQUEST):
            print(f"… {name}", file=sys.stderr, flush=True)
            figures.update(group(lessons))
    print(f"{'figure':<26} {'value':>10}  target")
    for key, value in figures.items():
        target = TARGETS.get(key)
        verdict = ""
        if target:
            verdict = f"at most {target[0]:g}{target[1]}  " + (
                "ok" if value <= target[0] else "MISSED"
            )
        print(f"{key:<26} {value:>10.3f}  {verdict}")
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0
