"""Speed of printing (group `print`): a 10-step lesson's handout written to PDF."""

from __future__ import annotations

import datetime
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

RUNS = 10
# Example commune addresses, so that the handout carries its block of QR codes.
EXAMPLE_URLS = {
    "commune-zalo": "https://zalo.me/0123456789abcdef",
    "commune-fanpage": "https://www.facebook.com/xadonganh",
    "commune-website": "https://donganh.hanoi.gov.vn",
    "commune-hotline": "tel:+842438831234",
}


def bench_print(lessons: Path | None = None) -> dict[str, float]:
    """{"handout_pdf_ms": median ms of write_handout_pdf over RUNS runs after one warm-up}, for
    the first lesson under `lessons`, or a generated 10-step lesson when None, with the
    commune's channels filled in."""
    from kiosk.authoring.samplepack import write_sample_pack
    from kiosk.channels.defaults import default_registry
    from kiosk.channels.model import ChannelRegistry, Commune
    from kiosk.lessons import load_library
    from ui.app import create_app
    from ui.printing.sheets import write_handout_pdf

    create_app(offscreen=True)  # fonts need a QGuiApplication; an existing one is reused
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-print-") as tmp:
        folder = Path(tmp)
        if lessons is None:
            lessons = write_sample_pack(folder / "pack", lessons=1, steps=10)
        library = load_library(lessons, extract_dir=folder / "extracted")
        if not library.lessons:
            raise ValueError(f"no lesson loaded from {lessons}")
        lesson = library.lessons[0]
        channels = tuple(
            replace(c, url=EXAMPLE_URLS.get(c.id, c.url)) for c in default_registry().channels
        )
        registry = ChannelRegistry(channels, Commune("Xã Đông Anh", "0243 883 1234"))
        day = datetime.date.today()
        times = []
        for run in range(RUNS + 1):
            start = time.perf_counter()
            write_handout_pdf(folder / "handout.pdf", lesson, registry, lesson.language, today=day)
            if run:  # the first run warms up fonts, the SVG renderer and the QR cache
                times.append((time.perf_counter() - start) * 1000)
    return {"handout_pdf_ms": round(statistics.median(times), 1)}
