"""Building the Qt side: the application, the theme for the screen, and the kiosk window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLoggingCategory, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.channels.model import ChannelRegistry
from kiosk.channels.store import check_lesson_links, load_channels
from kiosk.clock import Clock, SystemClock
from kiosk.lessons.model import Library
from kiosk.narration.model import DEFAULT_ENGINE, engine_spec
from kiosk.settings import Settings
from ui.i18n import LanguageSwitcher
from ui.narrator import Narrator
from ui.print_service import PrintService
from ui.speech import SpeechService
from ui.theme import FONT_FAMILIES, Theme
from ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.narration.synth import Synthesizer

log = logging.getLogger(__name__)

FIRST_FRAME_MARKER = "FIRST-FRAME-PAINTED"


def create_app(argv: Sequence[str] | None = None, *, offscreen: bool = False) -> QApplication:
    """The one QApplication of the process (reused when one exists, as under pytest-qt)."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # QtMultimedia's FFmpeg prints every file it opens, and the libraries it looks for; the
    # narrator logs real playback errors itself.
    QLoggingCategory.setFilterRules("qt.multimedia*=false")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName("cultural-house-kiosk")
    installed = set(QFontDatabase.families())
    font = QFont()
    font.setFamilies([f for f in FONT_FAMILIES if f in installed] or FONT_FAMILIES)
    app.setFont(font)
    if "Noto Sans" not in installed:
        log.warning("font Noto Sans not found; Vietnamese may look wrong (install fonts-noto-core)")
    return app


def build_window(
    app: QApplication,
    library: Library,
    settings: Settings,
    *,
    language: str | None = None,
    size: QSize | None = None,
    clock: Clock | None = None,
    narrator: Narrator | None = None,
    channels: ChannelRegistry | None = None,
    printing: PrintService | None = None,
) -> KioskWindow:
    """A window for `size` (a screenshot or a development window) or for the primary screen."""
    if size is None:
        size = QGuiApplication.primaryScreen().geometry().size()
    languages = LanguageSwitcher(app)
    languages.set_language(language or settings.language)
    window = KioskWindow(
        library,
        settings,
        Theme(size.width(), size.height()),
        languages,
        clock or SystemClock(),
        narrator,
        channels,
        printing,
    )
    window.resize(size)
    return window


def make_narrator(
    data_dir: Path, settings: Settings, engine_spec: str = DEFAULT_ENGINE
) -> Narrator:
    """Speech for the kiosk: one worker process (started at the first sentence), its cache
    under the data directory, and the player."""

    def make_synthesizer() -> Synthesizer:  # runs on the speech thread, after start-up
        from kiosk.narration.synth import Synthesizer

        return Synthesizer(data_dir, engine_spec=engine_spec)

    service = SpeechService(
        make_synthesizer,
        {"vi": settings.voice_vi, "en": settings.voice_en},
    )
    narrator = Narrator(service, speed=settings.speed, volume=settings.volume)
    service.setParent(narrator)
    return narrator


def present(window: KioskWindow, app: QApplication, *, windowed: bool) -> None:
    """Show the window: a development window, or the whole primary screen."""
    if windowed:
        window.show()
        return
    # Frameless and given the screen's geometry, so that it fills the screen even where no
    # window manager runs to honour a full-screen request.
    screen = QGuiApplication.primaryScreen()
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touchscreen needs no pointer


class _FirstFrame(QObject):
    """Prints a marker at the home screen's first paint and ends the program (for the bench)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(FIRST_FRAME_MARKER, flush=True)
            QTimer.singleShot(0, lambda: QApplication.exit(0))  # quit() would ask the window
            watched.removeEventFilter(self)
        return False


def run_kiosk(
    library: Library,
    settings: Settings,
    data_dir: Path,
    *,
    windowed: bool,
    language: str | None,
    first_frame_only: bool = False,
) -> int:
    app = create_app()
    size = QSize(1280, 800) if windowed else QGuiApplication.primaryScreen().geometry().size()
    narrator = make_narrator(data_dir, settings, engine_spec())
    registry, problems = load_channels(data_dir)
    for problem in problems + check_lesson_links(registry, library):
        log.warning("channels: %s", problem)
    printing = PrintService(data_dir, settings.printer, settings.paper)
    window = build_window(
        app,
        library,
        settings,
        language=language,
        size=size,
        narrator=narrator,
        channels=registry,
        printing=printing,
    )
    app.aboutToQuit.connect(narrator.service.close)
    # Once the first frame is up, start the speech worker in the background.
    QTimer.singleShot(500, lambda: narrator.service.warm_up(library.languages))
    if first_frame_only:
        first_frame = _FirstFrame(window)
        window.home.installEventFilter(first_frame)
        window.show_home()
    present(window, app, windowed=windowed)
    app.installEventFilter(window.idle)
    window.idle.start()
    return app.exec()
