"""Keys as a USB QR scanner types them (each key's own text, fast, then Enter), or as a hand
types (slow), sent to the real window as the window system sends them: to its QWindow, which
hands them to the focused widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def _key(char: str) -> int:
    if char == "\n":
        return int(Qt.Key.Key_Return.value)
    if char.isascii() and char.isprintable():
        return ord(char.upper())
    return int(Qt.Key.Key_unknown.value)


def send_key(window: QWidget, char: str) -> None:
    target: Any = window.windowHandle() or window
    text = "\r" if char == "\n" else char
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            target, QKeyEvent(kind, _key(char), Qt.KeyboardModifier.NoModifier, text)
        )


def scan(window: QWidget, text: str, enter: bool = True, gap_ms: int = 0) -> None:
    """A scanner: every key within `gap_ms` (0: back to back) of the last, then Enter."""
    for char in text + ("\n" if enter else ""):
        send_key(window, char)
        if gap_ms:
            QTest.qWait(gap_ms)


def type_by_hand(window: QWidget, text: str, gap_ms: int = 120) -> None:
    """A person at a keyboard: `gap_ms` between keys."""
    for char in text:
        send_key(window, char)
        QTest.qWait(gap_ms)
