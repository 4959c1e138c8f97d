"""`after_first_paint(widget, then)`: `then()` once, as `widget` is painted the first time
(the widget itself, before its children: the rest of that frame is painted just after).

For what the first frame need not wait for. An application-wide event filter written in
Python is called for every event of every object, each one wrapped for Python; installed
before the first frame, the corner taps' filter saw some 700 events of the start and made
PySide6 build the Python side of QStyle (its eleven enums) for the style's own events: about
10 ms before the home screen showed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)  # the widget's own events only: a few dozen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            then, self._then = self._then, None
            if then is not None:
                then()
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, at `widget`'s first paint (at once if it is already shown)."""
    if widget.isVisible() and not widget.visibleRegion().isEmpty():
        then()  # shown already: its first paint is behind it or on its way
        return
    _FirstPaint(widget, then)
