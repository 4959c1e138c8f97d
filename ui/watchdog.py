"""The kiosk's side of the watchdog: READY=1 after the first frame, then a heartbeat from the
GUI thread, STOPPING=1 at the end (kiosk/appliance/notify.py sends them to systemd and renews
the supervisor's heartbeat file).

The heartbeat is a QTimer on the GUI thread: while the event loop is stuck (a slot that never
returns, a deadlock, a busy loop) no beat goes out, and systemd or `kiosk supervise` restarts
the kiosk. READY=1 waits for the window's first paint, whatever screen it shows (the attract
loop, or on a new kiosk the PIN's set-up), and goes out on the next turn of the event loop,
once that paint has been flushed to the screen.

SIGTERM and SIGINT (systemd or the supervisor stopping the kiosk, Ctrl+C in a terminal) close
the kiosk as the facilitator's "Close" does (the class ended, the visit and the records
closed), then the process exits with 128 + the signal's number, so the supervisor can tell
it from the facilitator's 0. Python's own handler cannot run while Qt waits in C++: the
signal is written to a socket (signal.set_wakeup_fd) that Qt watches.
"""

from __future__ import annotations

import contextlib
import logging
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.appliance.notify import Notifier

if TYPE_CHECKING:
    from types import FrameType

    from ui.window import KioskWindow

log = logging.getLogger(__name__)

STOP_SIGNALS = ("SIGTERM", "SIGINT")


class Watchdog(QObject):
    """READY=1 once after the window's first frame, then WATCHDOG=1 every interval.
    `first_frame` tells the rest of the kiosk, once: what can wait for it waits."""

    first_frame = Signal()
    # Once, just before READY=1 is sent and the first frame logged: what the outside may rely
    # on from READY on (a stop signal closing the kiosk cleanly) is put in place first.
    about_to_be_ready = Signal()

    def __init__(
        self, notifier: Notifier, window: QWidget, screen_name: Callable[[], str] = str
    ) -> None:
        super().__init__(window)
        self.notifier = notifier
        self.window = window
        self.screen_name = screen_name
        self.is_ready = False
        self.beats = 0
        self.timer = QTimer(self)
        interval = notifier.heartbeat_interval
        if interval is not None:
            self.timer.setInterval(max(1, round(interval * 1000)))
        self.timer.timeout.connect(self.heartbeat)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.ready)  # after this paint reaches the screen
        return False

    def ready(self) -> None:
        if self.is_ready:
            return
        self.is_ready = True
        self.about_to_be_ready.emit()
        screen = self.screen_name()
        self.notifier.ready(f"showing {screen}" if screen else "running")
        interval = self.notifier.heartbeat_interval
        if interval is None:
            log.info("watchdog: first frame painted (screen %s); nobody to notify", screen)
        else:
            log.info(
                "watchdog: first frame painted (screen %s); READY=1 sent, a heartbeat every %.3g s",
                screen,
                interval,
            )
            self.timer.start()
        self.first_frame.emit()  # READY=1 first: what waited for the frame comes after it

    def heartbeat(self) -> None:
        self.beats += 1
        self.notifier.heartbeat()

    def stopping(self) -> None:
        self.timer.stop()
        self.notifier.stopping("stopping")


class StopSignals(QObject):
    """SIGTERM and SIGINT call `on_stop` on the GUI thread (POSIX; on Windows, SIGINT)."""

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_stop = on_stop
        self.received = 0  # the first stop signal's number
        self._previous: dict[int, Callable[[int, FrameType | None], object] | int | None] = {}
        self._previous_fd = -1
        import socket  # once the first frame is up (Appliance)

        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        try:
            self._previous_fd = signal.set_wakeup_fd(
                self._writer.fileno(), warn_on_full_buffer=False
            )
            for name in STOP_SIGNALS:
                number = getattr(signal, name, None)
                if number is not None:
                    self._previous[number] = signal.signal(number, _noted)
        except (OSError, ValueError) as error:  # not the main thread; the default stays
            log.warning("stop signals: cannot watch them: %s", error)

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            numbers = self._reader.recv(64)
            for number in numbers:
                if number in self._previous and not self.received:
                    self.received = number
                    log.info(
                        "%s received: closing the kiosk as the facilitator would",
                        signal.Signals(number).name,
                    )
                    self.on_stop()

    def exit_code(self, code: int) -> int:
        """The event loop's code, or 128 + the signal that stopped the kiosk."""
        return 128 + self.received if self.received else code

    def uninstall(self) -> None:
        """Give back the handlers (for tests; the kiosk keeps them to its end)."""
        with contextlib.suppress(OSError, ValueError):
            for number, handler in self._previous.items():
                signal.signal(number, handler)
            signal.set_wakeup_fd(self._previous_fd)
        self._previous.clear()
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def _noted(_number: int, _frame: FrameType | None) -> None:
    """The handler Python runs: nothing; the wakeup socket tells the GUI thread."""


class Appliance:
    """What run_kiosk installs: the watchdog, and the stop signals at the first frame, just
    before READY=1 and the log's first-frame line (`watch_stops`; before it, a stop signal
    ends the kiosk at once: nothing is open yet to close). A stop signal that comes once the
    kiosk said it was up closes it cleanly, however soon."""

    def __init__(self, watchdog: Watchdog, on_stop: Callable[[], None]) -> None:
        self.watchdog = watchdog
        self.stops: StopSignals | None = None
        self._on_stop = on_stop
        watchdog.about_to_be_ready.connect(self.watch_stops)

    def watch_stops(self) -> None:
        if self.stops is None:
            self.stops = StopSignals(self._on_stop, self.watchdog)

    def exit_code(self, code: int) -> int:
        return self.stops.exit_code(code) if self.stops is not None else code


def install(app: QCoreApplication, window: KioskWindow) -> Appliance:
    """Before the window is shown: READY=1 at its first frame, the heartbeat, STOPPING=1 when
    the application quits, and SIGTERM/SIGINT closing the kiosk cleanly."""
    watchdog = Watchdog(Notifier.from_environment(), window, lambda: window.screen_name)
    app.aboutToQuit.connect(watchdog.stopping)
    return Appliance(watchdog, window.quit_kiosk)
