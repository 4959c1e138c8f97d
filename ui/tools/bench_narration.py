"""`kiosk bench --only narration`: the real engine, measured.

- prerender_sentences_per_s, cache_mb: `kiosk narrate` over the bundled packs, fresh cache;
- narration_start_p95_ms: warm cache, a step painted to its audio playing, over 200 steps;
- narration_cold_ms: opening a lesson none of whose sentences are cached, to its first
  sentence playing, with the speech worker already running (as it is once the kiosk is up).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui.tools.bench_common import as_if_practised, environment

NARRATION_STEPS = 200


def _wait(app: Any, done: Callable[[], bool], limit_s: float = 60.0) -> None:
    start = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - start > limit_s:
            raise RuntimeError("timed out waiting for narration")


def _longer_than(count: int, *lists: list[float]) -> Callable[[], bool]:
    """Whether every one of `lists` has grown past `count` items (asked as they grow)."""
    return lambda: all(len(items) > count for items in lists)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def bench_narration(lessons: Path | None) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QSize, Qt
    from PySide6.QtGui import QKeyEvent

    from kiosk.lessons import load_library
    from kiosk.narrate import make_synthesizer, prerender
    from kiosk.paths import bundled_lessons_dir
    from kiosk.settings import Settings
    from ui.app import build_window, create_app, make_narrator

    os.environ.update(environment())
    app = create_app()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        data = Path(scratch)
        library = load_library(lessons or bundled_lessons_dir(), extract_dir=data / "x")
        settings = Settings()
        synthesizer = make_synthesizer(data)
        synthesizer.voice_for("vi")  # the worker is up before the clock starts
        with open(os.devnull, "w") as quiet:
            start = time.perf_counter()
            summary = prerender(
                library, synthesizer, settings, library.languages, ["normal"], quiet
            )
            elapsed = time.perf_counter() - start
        synthesizer.close()
        figures["prerender_sentences_per_s"] = summary.done / elapsed
        wavs = list(data.rglob("*.wav"))
        figures["cache_mb"] = sum(path.stat().st_size for path in wavs) / 1e6

        narrator = make_narrator(data, settings)
        window = build_window(app, library, settings, size=QSize(1920, 1080), narrator=narrator)
        window.show()
        lessons_vi = library.in_language("vi")
        lesson = max(lessons_vi, key=lambda item: len(item.steps))
        painted: list[float] = []
        playing: list[float] = []

        class PaintWatch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and len(painted) == len(playing):
                    painted.append(time.perf_counter())
                return False

        watch = PaintWatch()
        narrator.playing.connect(lambda: playing.append(time.perf_counter()))
        window.player.picture.installEventFilter(watch)
        window.open_lesson(lesson.id)
        as_if_practised(window)
        _wait(app, lambda: len(playing) >= 1)
        painted.clear()
        playing.clear()
        forward = True
        player = window.player
        for _ in range(NARRATION_STEPS):
            if player.index == len(lesson.steps) - 1:
                forward = False
            elif player.index == 0:
                forward = True
            key = Qt.Key.Key_Right if forward else Qt.Key.Key_Left
            count = len(playing)
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
            app.sendEvent(player, event)
            _wait(app, _longer_than(count, playing, painted))
        figures["narration_start_p95_ms"] = _p95(
            [(b - a) * 1000 for a, b in zip(painted, playing, strict=True)]
        )

        window.show_home()
        for path in data.rglob("*.wav"):
            path.unlink()
        narrator.ready.clear()
        playing.clear()
        other = next(item for item in lessons_vi if item.id != lesson.id)
        start = time.perf_counter()
        window.open_lesson(other.id)
        _wait(app, lambda: len(playing) >= 1)
        figures["narration_cold_ms"] = (time.perf_counter() - start) * 1000
        window.quit_allowed = True
        window.close()
        narrator.service.close()
    return figures
