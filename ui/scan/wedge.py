"""A USB QR scanner typing like a keyboard (a "keyboard wedge"): its keys come much faster than
any hand types, and end with Enter. `ScannerWedge` watches every key of the application while a
page that takes scans is shown (`attach`/`detach`, from the page's show and hide) and turns
such a burst into `scanned(text)`, so a card is read without first touching a field.

How a scan is told from a person typing: every key with text is held back for a moment
(`gap_ms`, 50 ms: not felt by a hand). When the next key comes within that time, it is held
with it; when none comes, the held keys go on to where they were going, in order. A burst of
at least `min_chars` keys, each within `gap_ms` of the last, ending with Enter, is a scan: its
keys are swallowed. A person typing (100 ms and more between keys) is never one. A burst that
stops without its Enter (the scanner unplugged mid-code) is dropped after `lost_ms` and said
as `incomplete()`.

The text is each key's own text (`QKeyEvent.text()`), as the scanner types it: a scanner in a
Unicode mode sends "ễ" as one key. The scan is handed on once and not kept here."""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

GAP_MS = 50  # at most this long between two keys of a scan (scanners: 1-20 ms)
MIN_CHARS = 8  # a shorter burst is not a scan (a citizen card's QR has ~150 characters)
LOST_MS = 300  # a scan that stops this long without its Enter is lost
MAX_HELD = 4096  # a burst longer than this is still a scan, but not kept whole

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


@dataclass(frozen=True)
class HeldKey:
    """A key held back, to be passed on if it turns out not to be a scan."""

    kind: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    autorepeat: bool
    receiver: weakref.ref[QWidget]


def _pointer(event: QEvent) -> int:
    return int(shiboken6.getCppPointer(event)[0])


class ScannerWedge(QObject):
    """An application event filter while attached. `scanned(text)`: a whole scan, once;
    `incomplete()`: a scan that stopped without its Enter (nothing of it is passed on)."""

    scanned = Signal(str)
    incomplete = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap_ms: int = GAP_MS,
        min_chars: int = MIN_CHARS,
        lost_ms: int = LOST_MS,
    ) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self.min_chars = min_chars
        self.lost_ms = lost_ms
        self.attached = False
        self._held: list[HeldKey] = []
        self._chars: list[str] = []  # the text of the held presses
        self._last_ms = 0.0  # when the newest held press came
        self._replaying = False
        self._seen: tuple[int, weakref.ref[QWidget]] | None = None  # the last key we let by
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)

    # -- attaching ---------------------------------------------------------------------
    def attach(self) -> None:
        """Watch the application's keys (a page that takes scans is shown)."""
        app = QCoreApplication.instance()
        if app is not None and not self.attached:
            app.installEventFilter(self)
            self.attached = True

    def detach(self) -> None:
        """Stop watching; keys held back go on at once (nothing typed is lost)."""
        app = QCoreApplication.instance()
        if app is not None and self.attached:
            app.removeEventFilter(self)
        self.attached = False
        self._timer.stop()
        if self._scanning:
            self._drop()
        else:
            self._replay()

    @property
    def holding(self) -> bool:
        return bool(self._held)

    @property
    def _scanning(self) -> bool:
        """The held keys are already too many, too fast, for a hand."""
        return len(self._chars) >= self.min_chars

    # -- the filter ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() not in KEYS or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        pointer = _pointer(event)
        if not event.isAccepted() and self._seen is not None and self._seen[0] == pointer:
            # The same key, ignored by the widget it was let by to and passed on to a parent
            # (a new key comes accepted, whatever address it reuses).
            before = self._seen[1]()
            if before is not None and watched.isAncestorOf(before):
                return False
        if event.type() == QEvent.Type.KeyRelease:
            return self._release(watched, event, pointer)
        return self._press(watched, event, pointer)

    def _now(self, event: QKeyEvent) -> float:
        stamp = event.timestamp()  # the window system's time of the key, when it gives one
        return float(stamp) if stamp else time.monotonic() * 1000.0

    def _press(self, watched: QWidget, event: QKeyEvent, pointer: int) -> bool:
        now = self._now(event)
        # Once too many keys came too fast for a hand, a hiccup of the machine (up to
        # `lost_ms`) does not cut the scan in two.
        wait = self.lost_ms if self._scanning else self.gap_ms
        late = bool(self._held) and now - self._last_ms > wait
        if late:  # the pause came (the timer had no chance to run): not a scan
            if self._scanning:
                self._drop(lost=True)
            else:
                self._replay()
        key = event.key()
        text = event.text()
        if key in ENTER:
            if self._scanning:
                self._finish()
                return True
            self._replay()
            return self._let_by(watched, pointer)
        if text and text.isprintable():
            self._hold(watched, event)
            self._chars.append(text)
            self._last_ms = now
            self._timer.start(self.lost_ms if self._scanning else self.gap_ms)
            return True
        if self._held and not text:  # Shift and the like, inside a burst: kept in order
            self._hold(watched, event)
            return True
        self._replay()  # Backspace, Escape, arrows...: a hand; what was held goes first
        return self._let_by(watched, pointer)

    def _release(self, watched: QWidget, event: QKeyEvent, pointer: int) -> bool:
        if self._held:
            self._hold(watched, event)
            return True
        return self._let_by(watched, pointer)

    def _let_by(self, watched: QWidget, pointer: int) -> bool:
        self._seen = (pointer, weakref.ref(watched))
        return False

    def _hold(self, watched: QWidget, event: QKeyEvent) -> None:
        if len(self._held) >= MAX_HELD:
            return
        self._held.append(
            HeldKey(
                event.type(),
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
                weakref.ref(watched),
            )
        )

    # -- what the held keys become ------------------------------------------------------
    def _quiet(self) -> None:
        """No key for a while: a hand's keys go on; a scan without its Enter is lost."""
        if self._scanning:
            self._drop(lost=True)
        else:
            self._replay()

    def _finish(self) -> None:
        self._timer.stop()
        text = "".join(self._chars)
        self._held.clear()
        self._chars.clear()
        self.scanned.emit(text)

    def _drop(self, lost: bool = False) -> None:
        self._timer.stop()
        self._held.clear()
        self._chars.clear()
        if lost:
            self.incomplete.emit()

    def _replay(self) -> None:
        """Send the held keys on, in order, to the widgets they were for."""
        self._timer.stop()
        held, self._held = self._held, []
        self._chars.clear()
        if not held:
            return
        self._replaying = True
        try:
            for key in held:
                receiver = key.receiver()
                if receiver is None or not shiboken6.isValid(receiver):
                    continue
                event = QKeyEvent(key.kind, key.key, key.modifiers, key.text, key.autorepeat)
                QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False
