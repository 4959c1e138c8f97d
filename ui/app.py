"""Building the Qt side: the application, the theme for the screen, and the kiosk window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLoggingCategory, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.clock import Clock, SystemClock
from kiosk.lessons.model import Library
from kiosk.narration.model import DEFAULT_ENGINE, engine_spec
from kiosk.pin import PinGuard, PinStore
from kiosk.settings import Settings
from ui import errors, watchdog
from ui.i18n import LanguageSwitcher
from ui.memory_trim import MemoryTrim, limit_arenas
from ui.print_service import PrintService
from ui.records_service import RecordsService
from ui.theme import FONT_FAMILIES, Theme
from ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from kiosk.crashtrace import PreviousCrash
    from kiosk.narration.synth import Synthesizer
    from kiosk.records import RecordStore
    from kiosk.records.backup import RecoveryReport
    from kiosk.records.clockcheck import ClockVerdict
    from ui.narrator import Narrator

log = logging.getLogger(__name__)

FIRST_FRAME_MARKER = "FIRST-FRAME-PAINTED"
BACKUP_CHECK_MS = 3_600_000  # the daily backup is looked at every hour (one a day is made)
RECORDS_OPEN_DELAY_MS = 1_500  # the records are opened and checked once the first frame is up
FIRST_FRAME_WAIT_MS = 10_000  # what waits for the first frame waits no longer than this


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
    records: RecordsService | None = None,
    pins: PinGuard | None = None,
    data_dir: Path | None = None,
    open_home: bool = False,
) -> KioskWindow:
    """A window for `size` (a screenshot or a development window) or for the primary screen.
    Without `records` there is no check-in; without `pins` no facilitator mode (and no quit
    chord): the entry point always gives both. `open_home`: see KioskWindow."""
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
        records=records,
        pins=pins,
        data_dir=data_dir,
        open_home=open_home,
    )
    window.resize(size)
    return window


class OpenedRecords:
    """Opens the records on the records thread, as the service's `open_store`: the start-up
    check (a damaged file is set aside and the newest good backup restored) and today's
    backup run there, never on the GUI thread. The check's report waits in `report`.
    Then the calendar clock is checked (kiosk/records/clockcheck.py) and, only when it is
    plausible, personal data older than `retention_months` is anonymised
    (kiosk/records/privacy.py); the verdict waits in `clock_verdict` for the facilitator.
    Only the count is logged, and a failure there never stops the kiosk."""

    def __init__(
        self,
        data_dir: Path,
        library: Library,
        retention_months: int = Settings.retention_months,
        clock: Clock | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.known_lessons = frozenset(lesson.id for lesson in library.lessons)
        self.retention_months = retention_months
        self.clock = clock or SystemClock()
        self.report: RecoveryReport | None = None
        self.clock_verdict: ClockVerdict | None = None

    def __call__(self) -> RecordStore:
        from kiosk.identity import kiosk_id
        from kiosk.records.backup import open_checked

        store, self.report = open_checked(
            self.data_dir, kiosk_id(self.data_dir), known_lessons=self.known_lessons
        )
        try:
            from kiosk.records.privacy import retention_at_start

            retention = retention_at_start(store, self.retention_months, self.clock.now())
        except Exception as error:  # the kiosk goes on; the next start tries again
            log.warning(
                "retention: anonymisation failed (%s)", getattr(error, "code", type(error).__name__)
            )
        else:
            self.clock_verdict = retention.clock
            if retention.purged is None:
                log.warning(
                    "retention: not applied, the clock looks wrong: %s", retention.clock.describe()
                )
            else:
                log.info("retention: %d people anonymised", retention.purged.people)
        return store

    def watch_clock(self, store: RecordStore) -> ClockVerdict:
        """Every hour and at exit, on the records thread: the time seen, noted while the
        clock looks right; a clock changed while the kiosk runs is judged as at a start."""
        from kiosk.records.clockcheck import observe

        verdict = observe(store, self.clock.now())
        if not verdict.plausible and (self.clock_verdict is None or self.clock_verdict.plausible):
            log.warning("clock: it looks wrong now: %s", verdict.describe())
        self.clock_verdict = verdict
        return verdict

    def note_exit(self, store: RecordStore) -> None:
        """As the records close (RecordsService.at_close): the last time seen, once the
        clock was judged at their opening."""
        if self.clock_verdict is not None:
            self.watch_clock(store)


def open_records(
    data_dir: Path,
    library: Library,
    retention_months: int = Settings.retention_months,
    clock: Clock | None = None,
) -> tuple[RecordsService, OpenedRecords]:
    opened = OpenedRecords(data_dir, library, retention_months, clock)
    return RecordsService(opened), opened


def start_records(
    window: KioskWindow, records: RecordsService, opened: OpenedRecords, data_dir: Path
) -> QTimer:
    """Open and check the records now, on their thread. What the check found waits in the
    window for the facilitator (shown when the panel is next opened, never to a resident); a
    store that cannot be opened at all is told the same way (a RecordError has message()).
    Then the daily backup, and the calendar clock (OpenedRecords.watch_clock), are looked
    at every hour: a kiosk may run for days. What the clock check says goes to the window
    (a clock that looks wrong is put to the facilitator behind the PIN).
    The first call waits until the first screen is up: opening imports sqlite-utils (a few
    tenths of a second), which would slow the start even on its own thread (one GIL)."""

    def backup_today(_store: RecordStore) -> object:
        from kiosk.records.backup import daily_backup
        from kiosk.records.files import records_path

        return daily_backup(data_dir, records_path(data_dir))

    QTimer.singleShot(
        RECORDS_OPEN_DELAY_MS,
        lambda: records.call(
            lambda _store: opened.report,
            on_done=window.facilitator.set_recovery_report,
            on_error=window.facilitator.set_recovery_report,
        ),
    )
    QTimer.singleShot(
        RECORDS_OPEN_DELAY_MS,
        lambda: records.call(
            lambda _store: opened.clock_verdict, on_done=window.facilitator.set_clock_verdict
        ),
    )
    backups = QTimer(window)
    backups.setInterval(BACKUP_CHECK_MS)
    backups.timeout.connect(lambda: records.call(backup_today))
    backups.timeout.connect(
        lambda: records.call(opened.watch_clock, on_done=window.facilitator.set_clock_verdict)
    )
    backups.start()
    return backups


def make_narrator(
    data_dir: Path, settings: Settings, engine_spec: str = DEFAULT_ENGINE
) -> Narrator:
    """Speech for the kiosk: one worker process (started at the first sentence), its cache
    under the data directory, and the player."""
    from ui.narrator import Narrator
    from ui.speech import SpeechService

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
    # Its size is fixed to the screen's: a layout that asks for more (a long word, a wide
    # row) is squeezed, never allowed to push the window past the glass (ui.tools.audit checks
    # that nothing needs to be).
    screen = QGuiApplication.primaryScreen()
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setFixedSize(screen.geometry().size())
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touchscreen needs no pointer


def watch_input(app: QApplication, window: KioskWindow) -> None:
    """The window's watchers of every input, on the application (`kiosk run`, once the first
    frame is up): the idle watch, the tap guard, the panel's lock, and the corner taps last,
    so that they are asked first (Qt asks the last installed first): the tap guard drops a
    second touch near the first within half a second, and three quick taps in the corner,
    as a facilitator taps them, must all count."""
    for watcher in (window.idle, window.tap_guard, window.facilitator.panel_lock):
        app.installEventFilter(watcher)
    app.installEventFilter(window.facilitator.corner_taps)  # there already: moved to the front


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
    previous_crash: PreviousCrash | None = None,
) -> int:
    limit_arenas()  # before Qt's threads: freed memory is not spread over many arenas
    app = create_app()
    errors.install()  # every uncaught error and Qt warning to the log; the kiosk goes on
    size = QSize(1280, 800) if windowed else QGuiApplication.primaryScreen().geometry().size()
    printing = PrintService(data_dir, settings.printer, settings.paper)
    records, opened = open_records(data_dir, library, settings.retention_months)
    pins = PinGuard(PinStore(data_dir), SystemClock())
    window = build_window(
        app,
        library,
        settings,
        language=language,
        size=size,
        printing=printing,
        records=records,
        pins=pins,
        data_dir=data_dir,
        open_home=first_frame_only,  # the bench times the home screen's first frame
    )
    records.at_close.append(opened.note_exit)  # the last time seen, as they close
    app.aboutToQuit.connect(records.close)
    start_records(window, records, opened, data_dir)
    if previous_crash is not None:  # told to the facilitator when the panel next opens
        window.facilitator.set_previous_crash(previous_crash)
    if first_frame_only:
        first_frame = _FirstFrame(window)
        window.home.installEventFilter(first_frame)
    if os.environ.get("KIOSK_GEOMETRY_LOG", "") not in ("", "0"):  # the tests' only
        from ui import geometry_log

        geometry_log.install(window)
    if os.environ.get("KIOSK_MEMWATCH"):  # leak hunting only: KIOSK_MEMWATCH=SECONDS
        from ui import memwatch

        memwatch.install(window)
    window.screen_changed.connect(MemoryTrim(window).screen_changed)
    appliance = watchdog.install(app, window)  # READY=1 at the first frame, then the heartbeat
    done: list[bool] = []

    def after_first_frame() -> None:
        """What the first frame does not wait for, once: the collector (off for the start,
        kiosk.commands.run), the PIN's state in the log, the commune's channels, the voice
        (its worker soon after) and the watchers of every input. The stop signals are in
        place already (ui.watchdog: just before READY=1), unless no frame ever came."""
        if done:
            return
        done.append(True)
        gc.enable()
        window.facilitator.report_pin_state()
        from kiosk.channels.store import check_lesson_links, load_channels

        registry, problems = load_channels(data_dir)
        for problem in problems + check_lesson_links(registry, library):
            log.warning("channels: %s", problem)
        window.registry = registry
        narrator = make_narrator(data_dir, settings, engine_spec())
        app.aboutToQuit.connect(narrator.service.close)
        window.attach_narrator(narrator)
        QTimer.singleShot(500, lambda: narrator.service.warm_up(library.languages))
        appliance.watch_stops()  # in place already, unless no frame ever came
        watch_input(app, window)

    appliance.watchdog.first_frame.connect(after_first_frame)
    # A window never painted (no screen to show it on) gets all of it all the same.
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, after_first_frame)
    present(window, app, windowed=windowed)
    window.idle.start()
    window.facilitator.panel_lock.start()
    return appliance.exit_code(app.exec())  # 128 + N when signal N closed it
