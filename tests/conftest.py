"""Shared fixtures. Every test runs offscreen, with its own empty data directory."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.clock import ManualClock
from kiosk.lessons import load_library
from kiosk.lessons.model import Library
from kiosk.paths import bundled_lessons_dir
from kiosk.settings import Settings
from tests.cups_server import PdfQueue
from tests.packbuilder import PackBuilder

# Landscape (a laptop, the common 768-line screens, full HD, an old 4:3 monitor, a 720p TV)
# and the upright kiosks that communes buy for public services.
SIZES = [
    (1280, 800),
    (1366, 768),
    (1920, 1080),
    (1024, 768),
    (1280, 720),
    (1080, 1920),
    (768, 1366),
]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data directory; the developer's own is never read or written."""
    path = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def bundled_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = load_library(bundled_lessons_dir(), extract_dir=tmp_path_factory.mktemp("packs"))
    assert not library.problems, [str(p) for p in library.problems]
    return library


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    """A folder for the lesson packs a test builds."""
    return tmp_path / "packs"


@pytest.fixture
def pack(packs: Path) -> PackBuilder:
    """A Vietnamese pack folder, built up by the test."""
    return PackBuilder(packs / "vi-basic")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


TEST_PIN = "246810"


@pytest.fixture
def make_window(  # type: ignore[no-untyped-def]
    qapp, bundled_library: Library, clock: ManualClock, data_dir: Path
) -> Iterator[Callable]:
    """Build a shown kiosk window of a given size and language; closed after the test.

    Like the kiosk itself it keeps records (a real RecordStore in the test's data directory,
    opened on the records thread at the first write) and has a PIN guard on the test clock;
    `pin` sets the PIN first (None: no PIN yet, the first run). `records` may be a
    RecordsService of the test's own, or False for a window without records."""
    from PySide6.QtCore import QSize

    from kiosk.pin import PinGuard, PinStore
    from kiosk.records import RecordStore
    from kiosk.records.files import records_path
    from ui.app import build_window, create_app
    from ui.records_service import RecordsService

    windows = []

    def make(
        size: tuple[int, int] = (1920, 1080),
        language: str = "vi",
        library: Library | None = None,
        settings: Settings | None = None,
        narrator=None,  # type: ignore[no-untyped-def]
        printing=None,  # type: ignore[no-untyped-def]
        records=None,  # type: ignore[no-untyped-def]
        pin: str | None = TEST_PIN,
    ):  # type: ignore[no-untyped-def]
        app = create_app()
        if records is None:
            records = RecordsService(lambda: RecordStore.open(records_path(data_dir), "test-kiosk"))
        pins = PinGuard(PinStore(data_dir), clock)
        if pin is not None and not pins.store.matches(pin):
            pins.store.set(pin)
        window = build_window(
            app,
            library or bundled_library,
            settings or Settings(),
            language=language,
            size=QSize(*size),
            clock=clock,
            narrator=narrator,
            printing=printing,
            records=records or None,
            pins=pins,
            data_dir=data_dir,
        )
        window.setFixedSize(QSize(*size))
        window.show()
        app.processEvents()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.narrator is not None:
            window.narrator.stop()
            window.narrator.service.close()
        window.quit_allowed = True
        window.close()  # closes the records service: queued writes are finished first
        window.languages.remove()  # the next test starts without this window's language
        window.deleteLater()


# One queue per test process: two runs on one machine (a fresh clone beside a working tree)
# must not remove each other's queue when they finish.
PDF_QUEUE = f"kiosk-test-pdf-{os.getpid()}"


@pytest.fixture(scope="session")
def pdf_queue() -> Iterator[PdfQueue]:
    """A real CUPS queue whose jobs land as PDF files (tests/cups_server.py), one per run."""
    from tests.cups_server import CupsUnavailable, start_pdf_queue

    try:
        queue = start_pdf_queue(PDF_QUEUE)
    except CupsUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"CUPS must run in CI: {error}")
        pytest.skip(f"no CUPS PDF queue: {error}")
    yield queue
    queue.stop()
