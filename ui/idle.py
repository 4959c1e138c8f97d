"""Idle watch: after a quiet spell, ask "are you still there?", then give up and go home.

Time comes from an injectable clock; `check()` is what the poll timer calls, and what tests
call after moving a manual clock."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.clock import Clock

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    warning = Signal(int)  # seconds left; emitted when the warning starts and at each second
    expired = Signal()
    resumed = Signal()  # input came during the warning

    def __init__(
        self,
        clock: Clock,
        idle_seconds: float,
        countdown_seconds: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.countdown_seconds = countdown_seconds
        self.enabled = False
        self.warning_shown = False
        self._last_input = clock.monotonic()
        self._last_left: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def set_enabled(self, enabled: bool) -> None:
        """Off on the attract screen, on everywhere else."""
        self.enabled = enabled
        self.poke()

    def poke(self) -> None:
        """Someone touched the screen."""
        self._last_input = self.clock.monotonic()
        if self.warning_shown:
            self.warning_shown = False
            self._last_left = None
            self.resumed.emit()

    def check(self) -> None:
        if not self.enabled:
            return
        quiet = self.clock.monotonic() - self._last_input
        if quiet < self.idle_seconds:
            return
        left = math.ceil(self.idle_seconds + self.countdown_seconds - quiet)
        if left <= 0:
            self.warning_shown = False
            self._last_left = None
            self.enabled = False
            self.expired.emit()
            return
        self.warning_shown = True
        if left != self._last_left:
            self._last_left = left
            self.warning.emit(left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.poke()
        return False
