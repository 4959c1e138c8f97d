"""A big number pad for a birth year or a PIN.

    [     1 9 5 _     ]
    [ 1 ] [ 2 ] [ 3 ]
    [ 4 ] [ 5 ] [ 6 ]
    [ 7 ] [ 8 ] [ 9 ]
    [Xoá] [ 0 ] [Xong]

1 2 3 on top as on a phone, the pad the residents know (a calculator has 7 8 9 on top).
Digits are spaced, to be read one by one. With a maximum length the line shows the places
still to fill ("1 9 5 _", or "● ● ○ ○ ○ ○" for a masked PIN), so the resident sees how many
digits are left; the open and filled circles differ in shape, not only in colour.
`set_enabled_input(False)` locks the pad (during a PIN lockout): the keys turn grey and ignore
taps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.keyboard import key_height, key_stylesheet, make_key

FILLED, EMPTY, SLOT = "●", "○", "_"


class NumberPad(QWidget):
    """Digits 0-9, Delete and Done. `max_length` (None: no limit) stops further digits;
    `masked` shows ● for each digit. Emits `text_changed(str)` and, on Done with at least one
    digit, `submitted(str)`."""

    repeatable_taps = True  # typing: the tap guard lets quick repeats through (ui/tap_guard)

    text_changed = Signal(str)
    submitted = Signal(str)

    def __init__(
        self,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        max_length: int | None = None,
        masked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.max_length = max_length
        self.masked = masked
        self.group = 0  # digits a group on the line ("4821 0937 55__"); 0: each one spaced
        self.input_enabled = True
        self._text = ""
        self.keys: dict[str, QPushButton] = {}
        self.setStyleSheet(key_stylesheet(theme))
        self._build()
        self.retranslate()
        self._refresh()

    def _build(self) -> None:
        gap, h = self.theme.spacing, key_height(self.theme)
        # Wide keys, narrower where the screen is (a 1024-wide 4:3 screen: the words beside
        # the pad keep room for a title of a few words a line).
        wide = self.theme.screen_width >= 1200 * self.theme.scale
        w = round((2.2 if wide else 1.7) * self.theme.target)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap)
        self.line = QLabel()
        self.line.setObjectName("typedLine")
        self.line.setFixedSize(3 * w + 2 * gap, h)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.line)
        grid = QGridLayout()
        grid.setSpacing(gap)
        column.addLayout(grid)
        for n, name in enumerate("123456789"):
            grid.addWidget(self._key(name, "letter", w, h), n // 3, n % 3)
        grid.addWidget(self._key("backspace", "action", w, h), 3, 0)
        grid.addWidget(self._key("0", "letter", w, h), 3, 1)
        grid.addWidget(self._key("done", "done", w, h), 3, 2)
        for digit in "0123456789":
            self.keys[digit].setText(digit)
            self.keys[digit].clicked.connect(lambda _=False, d=digit: self.type(d))
        self.keys["backspace"].clicked.connect(self.backspace)
        self.keys["done"].clicked.connect(self.submit)
        self.setFixedSize(3 * w + 2 * gap, 5 * h + 4 * gap)

    def _key(self, name: str, kind: str, width: int, height: int) -> QPushButton:
        key = make_key(kind, width, height)
        key.setObjectName(f"key_{name}")
        self.keys[name] = key
        return key

    def type(self, digit: str) -> None:
        full = self.max_length is not None and len(self._text) >= self.max_length
        if self.input_enabled and not full and digit.isdigit():
            self._set(self._text + digit)

    def backspace(self) -> None:
        if self.input_enabled:
            self._set(self._text[:-1])

    def submit(self) -> None:
        if self.input_enabled and self._text:
            self.submitted.emit(self._text)

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self._set("")

    def set_enabled_input(self, enabled: bool) -> None:
        """Lock (False) or unlock the pad; the digits typed so far stay."""
        self.input_enabled = enabled
        for key in self.keys.values():
            key.setEnabled(enabled)

    def _set(self, text: str) -> None:
        changed = text != self._text
        self._text = text
        self._refresh()
        if changed:
            self.text_changed.emit(text)

    def shown(self) -> str:
        """What the line shows for the current digits."""
        n = len(self._text)
        left = max(0, (self.max_length or 0) - n)
        typed = FILLED * n if self.masked else self._text
        if self.group and not self.masked:  # a long code, in the groups it is written in
            chars = typed + SLOT * left
            return " ".join(chars[i : i + self.group] for i in range(0, len(chars), self.group))
        return " ".join(typed + (EMPTY if self.masked else SLOT) * left)

    def _refresh(self) -> None:
        self.line.setText(self.shown())

    def retranslate(self) -> None:
        self.keys["backspace"].setText(self.tr("Delete"))
        self.keys["done"].setText(self.tr("Done"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
