"""`kiosk bench --only class`: a class on two screens (Qt's offscreen platform given a 1366x768
touchscreen and a 1920x1080 TV), in a process of its own. `class_step_p95_ms`: a clicker's
Page Down to both windows painted with the next step (the TV's picture and words, the
console's picture), over 300 steps through the fifteen lessons; `class_rss_mb`: the resident
set after the whole class, and `class_rss_growth_mb` since the end of its first lesson."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ui.tools.bench_common import environment

CLASS_STEPS = 300
SCREENS = {
    "screens": [
        {"name": "touch", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "tv", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}
TARGETS = {"class_step_p95_ms": (33.0, " ms"), "class_rss_mb": (220.0, " MB")}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_class(lessons_dir: str, scratch: str) -> dict[str, float]:
    """In the child: teach every lesson of one language, Page Down after Page Down."""
    import statistics
    import time

    from PySide6.QtCore import QEvent, QObject, QSize, Qt
    from PySide6.QtGui import QKeyEvent

    from kiosk.lessons import load_library
    from kiosk.paths import bundled_lessons_dir
    from kiosk.settings import Settings
    from ui.app import build_window, create_app

    app = create_app()
    source = Path(lessons_dir) if lessons_dir else bundled_lessons_dir()
    library = load_library(source, extract_dir=Path(scratch))
    lessons = library.in_language("vi") or library.lessons
    window = build_window(app, library, Settings(), language="vi", size=QSize(1366, 768))
    window.setScreen(app.screens()[0])
    window.show()
    app.processEvents()
    window.start_class(tuple(lesson.id for lesson in lessons))
    mode = window.classes
    if mode is None or mode.tv is None:
        raise RuntimeError("the class did not open its TV window on the second screen")
    tv, console = mode.tv, mode.stage.console
    painted: set[str] = set()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.add(watched.objectName())
            return False

    watch = PaintWatch()
    for widget, name in (
        (tv.picture, "tv_picture"),
        (tv.words, "tv_words"),
        (console.current, "console"),
    ):
        widget.setObjectName(name)
        widget.installEventFilter(watch)
    app.processEvents()
    samples: list[float] = []
    after_first = 0.0
    first = mode.classroom.lesson.id
    for _ in range(CLASS_STEPS):
        painted.clear()
        start = time.perf_counter()
        app.sendEvent(
            console,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
        )
        while not {"tv_picture", "tv_words", "console"} <= painted:
            app.processEvents()
            if time.perf_counter() - start > 5:
                raise RuntimeError("a class step was not painted on both screens within 5 s")
        samples.append((time.perf_counter() - start) * 1000)
        if not after_first and mode.classroom.lesson.id != first:
            after_first = rss_mb()
        if mode.classroom.upcoming is None:
            mode.classroom.go_to_lesson(0)
    end = rss_mb()
    mode.classroom.end()
    window.quit_allowed = True
    window.close()
    samples.sort()
    return {
        "class_step_p50_ms": statistics.median(samples),
        "class_step_p95_ms": samples[int(len(samples) * 0.95) - 1],
        "class_rss_mb": round(end, 1),
        "class_rss_growth_mb": round(end - after_first, 1),
    }


def bench_class(lessons: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-class-") as scratch:
        config = Path(scratch) / "screens.json"
        config.write_text(json.dumps(SCREENS), encoding="utf-8")
        env = {**environment(), "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        code = (
            "import json, sys\n"
            "from ui.tools.bench_class import run_class\n"
            "print('CLASS ' + json.dumps(run_class(sys.argv[1], sys.argv[2])), flush=True)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(lessons or ""), scratch],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            cwd=os.getcwd(),
        )
        line = next((x for x in done.stdout.splitlines() if x.startswith("CLASS ")), "")
        if done.returncode != 0 or not line:
            raise RuntimeError(f"the class bench failed: {done.stderr[-2000:]}")
        figures: dict[str, float] = json.loads(line[6:])
        return figures
