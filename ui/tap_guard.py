"""A second touch on the same place, within half a second, is ignored everywhere.

Older hands tremble and many people double-tap by habit: two taps 0.15 s apart on Next would
move two steps, and quick taps would pass straight through the finish screen. The guard sits
on the application, where a touch first arrives for the window (before any widget sees it),
and drops a press near the last one taken within `window_s`, with its double-click and its
release. Typing is left alone: a widget that declares `repeatable_taps` (the keyboards and
number pads, where "oo" and "1955" are meant) takes every tap."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import Clock

DOUBLE_TAP_S = 0.5


def _repeatable(widget: QWidget | None) -> bool:
    while widget is not None:
        if getattr(widget, "repeatable_taps", False):
            return True
        widget = widget.parentWidget()
    return False


class TapGuard(QObject):
    def __init__(
        self,
        clock: Clock,
        radius: float,
        window_s: float = DOUBLE_TAP_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.radius = radius
        self.window_s = window_s
        self.ignored = 0  # how many taps were dropped (for tests and the log)
        self._last_at = -math.inf
        self._last_pos = QPointF(-1e9, -1e9)
        self._eating = False  # the rest of a dropped tap: its double-click and release

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseButtonRelease,
        ) or not isinstance(watched, QWindow):
            return False
        if kind != QEvent.Type.MouseButtonPress:
            eat = self._eating
            if kind == QEvent.Type.MouseButtonRelease:
                self._eating = False
            return eat
        assert isinstance(event, QMouseEvent)
        where = event.globalPosition()
        now = self.clock.monotonic()
        near = math.dist((where.x(), where.y()), (self._last_pos.x(), self._last_pos.y()))
        if (
            now - self._last_at < self.window_s
            and near <= self.radius
            and not _repeatable(QApplication.widgetAt(where.toPoint()))
        ):
            self._eating = True
            self.ignored += 1
            return True
        self._eating = False
        self._last_at = now
        self._last_pos = QPointF(where)
        return False
