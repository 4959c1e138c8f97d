"""Test-only: where the controls are on the screen, for the end-to-end walk test.

With `KIOSK_GEOMETRY_LOG=1` in its environment the kiosk logs (logger `ui.geometry_log`, INFO)
one line `geometry {json}` a moment after every screen change, lesson step, practice feedback,
check-in page and resize. The JSON holds the screen's name, its state (the lesson step and its
practice feedback, the check-in page, the home page) and the rectangle `[x, y, width, height]`,
in screen pixels, of every visible control the screen keeps as an attribute, named by the
attribute path: `next`, `bar.home`, `keyboard.keys.q`, `year.pad.keys.1`,
`tiles.vneid-install` (a tile or group in a list is named by its lesson id or group name). A
picture also gives where the image itself lands and its units, which practice targets are
measured in.

A test can so touch the real controls of any layout without knowing it
(tests/test_e2e_walk.py). A kiosk never sets the variable, and without it nothing is installed.
"""

from __future__ import annotations

import json
import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QWidget

from ui.widgets.illustration import Illustration

if TYPE_CHECKING:
    from ui.window import KioskWindow

log = logging.getLogger(__name__)

ENV = "KIOSK_GEOMETRY_LOG"
SETTLE_MS = 150  # after the last change: the layout has been done
MAX_DEPTH = 3  # attribute levels below the screen (checkin -> year -> pad -> keys)


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def _rect(widget: QWidget) -> list[int]:
    corner = widget.mapToGlobal(QPoint(0, 0))
    return [corner.x(), corner.y(), widget.width(), widget.height()]


def _name(widget: QWidget, index: int) -> str:
    for attribute in ("lesson_id", "group_name"):
        value = getattr(widget, attribute, "")
        if isinstance(value, str) and value:
            return value
    return str(index)


def controls(screen: QWidget) -> tuple[dict[str, list[int]], dict[str, dict[str, Any]]]:
    """The visible controls a screen keeps as attributes, and its pictures."""
    found: dict[str, list[int]] = {}
    pictures: dict[str, dict[str, Any]] = {}
    seen: set[int] = set()

    def add(name: str, widget: QWidget, depth: int) -> None:
        if id(widget) in seen or not widget.isVisible():
            return
        seen.add(id(widget))
        found[name] = _rect(widget)
        if isinstance(widget, Illustration) and not widget.units.isEmpty():
            image = widget.image_rect()
            corner = widget.mapToGlobal(image.topLeft().toPoint())
            pictures[name] = {
                "image": [corner.x(), corner.y(), round(image.width()), round(image.height())],
                "units": [widget.units.width(), widget.units.height()],
            }
        if depth < MAX_DEPTH and type(widget).__module__.startswith("ui."):
            visit(name + ".", widget, depth + 1)

    def visit(prefix: str, owner: object, depth: int) -> None:
        for attribute, value in vars(owner).items():
            if attribute.startswith("_"):
                continue
            if isinstance(value, QWidget):
                add(prefix + attribute, value, depth)
            elif isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, QWidget):
                        add(f"{prefix}{attribute}.{key}", item, depth)
            elif isinstance(value, list | tuple):
                for index, item in enumerate(value):
                    if isinstance(item, QWidget):
                        add(f"{prefix}{attribute}.{_name(item, index)}", item, depth)

    visit("", screen, 1)
    return found, pictures


class GeometryLog(QObject):
    """Logs the current screen's controls once things have settled after a change."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.count = 0
        self._checkin_watched = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.write)
        window.screen_changed.connect(self._screen_changed)
        window.player.step_shown.connect(self.schedule)
        window.player.speak.connect(self.schedule)  # practice feedback may move the words
        window.home.pager.page_requested.connect(self.schedule)
        window.installEventFilter(self)
        for overlay in (window.idle_overlay, window.quit_overlay, window.message):
            overlay.installEventFilter(self)  # shown and hidden: the controls change
        self._gate_watched = False  # the PIN gate is made when first asked for
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self.timer.start()

    def _screen_changed(self, name: str) -> None:
        if name == "checkin" and not self._checkin_watched:
            self._checkin_watched = True
            self.window.checkin.pages.currentChanged.connect(self.schedule)
        self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        gate = self.window.facilitator._pin_gate
        if gate is not None and not self._gate_watched:
            self._gate_watched = True
            gate.installEventFilter(self)
            self.schedule()
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.schedule()
        return False

    def overlay(self) -> QWidget | None:
        """The overlay over the screen (the idle question, a message, quitting, the PIN)."""
        window = self.window
        for widget in (
            window.idle_overlay,
            window.quit_overlay,
            window.message,
            window.facilitator._pin_gate,
        ):
            if widget is not None and widget.isVisible():
                return widget
        return None

    def state(self) -> dict[str, object]:
        """The lesson step (from 0) and what its practice box says, the check-in page, the
        home page."""
        window, name = self.window, self.window.screen_name
        if name == "lesson":
            return {"step": window.player.index, "feedback": window.player.feedback}
        if name == "checkin":
            return {"step": window.checkin.step}
        if name == "home":
            return {"page": window.home.page}
        return {}

    def write(self) -> None:
        screen = self.window.stack.currentWidget()
        if screen is None:
            return
        self.count += 1
        found, pictures = controls(screen)
        overlay = self.overlay()
        if overlay is not None:  # what is under an overlay cannot be touched: only its own
            found, pictures = controls(overlay)
        line = {
            "n": self.count,
            "screen": self.window.screen_name,
            "overlay": overlay.objectName() or type(overlay).__name__ if overlay else "",
            "state": self.state(),
            "window": _rect(self.window),
            "controls": found,
            "pictures": pictures,
        }
        log.info("geometry %s", json.dumps(line, ensure_ascii=False, separators=(",", ":")))


def install(window: KioskWindow) -> GeometryLog | None:
    """The geometry log for `window` when the environment asks for it; otherwise None."""
    return GeometryLog(window) if enabled() else None
