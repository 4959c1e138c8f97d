"""The hidden way to the facilitator's PIN: `CornerTaps` counts taps in the window's top-right
corner (an invisible area, not a button); three within two seconds, timed by the injected
clock, ask for the PIN. Kept apart from the PIN pad, which is made only when first asked for."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QWidget

from kiosk.clock import Clock

TAPS = 3
TAP_WINDOW_S = 2.0


class CornerTaps(QObject):
    """An application event filter: three presses in the top-right corner of `window` within
    `TAP_WINDOW_S` emit `triggered`. Events are only watched, never taken."""

    triggered = Signal()

    def __init__(self, window: QWidget, clock: Clock, corner_px: int) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.corner_px = corner_px
        self.taps: list[float] = []
        self._last: tuple[int, float, float] | None = None  # one press seen by many widgets

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            return False
        # A press is seen first by the window's QWindow (where the tap guard may drop it: the
        # kiosk puts this filter before the guard, so quick taps count), then by the widgets.
        if isinstance(watched, QWindow):
            if watched is not self.window.windowHandle():
                return False
        elif not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if isinstance(event, QMouseEvent):
            point = event.globalPosition()
        elif isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].globalPosition()
        else:
            return False
        # A press travels up from the widget under the finger to its parents: count it once.
        seen = (event.timestamp(), point.x(), point.y())
        if seen == self._last:
            return False
        self._last = seen
        self.press(self.window.mapFromGlobal(point))
        return False

    def in_corner(self, local: QPointF) -> bool:
        return local.x() >= self.window.width() - self.corner_px and 0 <= local.y() < self.corner_px

    def press(self, local: QPointF) -> None:
        """One press at `local` (window coordinates)."""
        if not self.in_corner(local):
            self.taps.clear()
            return
        now = self.clock.monotonic()
        self.taps = [t for t in self.taps if now - t <= TAP_WINDOW_S] + [now]
        if len(self.taps) >= TAPS:
            self.taps.clear()
            self.triggered.emit()
