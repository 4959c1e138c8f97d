"""The phone of the drawing kit and what its screen shows: the phone itself, an app's title bar,
buttons, text boxes, list rows, tiles, app icons, a keyboard and the boxes of a code. All of it
is drawn inside the phone's screen (palette.py: SCREEN_X, SCREEN_Y, SCREEN_W, SCREEN_H), large
enough to be a practice target.
"""

from __future__ import annotations

from kiosk.authoring.canvas import Canvas
from kiosk.authoring.measure import MIN_TEXT, Box, DrawingError, fit, wrap
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    GREY,
    INK,
    MUTED,
    PHONE_H,
    PHONE_W,
    PHONE_X,
    PHONE_Y,
    SCREEN_H,
    SCREEN_W,
    SCREEN_X,
    SCREEN_Y,
    SOFT,
    WHITE,
)


class Phone(Canvas):
    """A canvas with the phone on its left and the app screens drawn on it."""

    # -- the phone and its screen -------------------------------------------------------

    def phone(self, screen: str = WHITE) -> Box:
        """The phone on the left; returns its screen."""
        self.rect(PHONE_X, PHONE_Y, PHONE_W, PHONE_H, INK, r=70)
        box = self.rect(SCREEN_X, SCREEN_Y, SCREEN_W, SCREEN_H, screen, r=22)
        self.rect(310, 46, 100, 18, "#555555", r=9)
        self.rect(300, 838, 120, 16, "#555555", r=8)
        return box

    def app_bar(
        self, title: str, color: str = BLUE, *, back: bool = False, height: float = 120
    ) -> Box:
        """The coloured bar at the top of an app's screen, with its title in white."""
        x, y, w = SCREEN_X, SCREEN_Y, SCREEN_W
        self.path(
            f"M {x} {y + 22} C {x} {y + 10} {x + 10} {y} {x + 22} {y} L {x + w - 22} {y} "
            f"C {x + w - 10} {y} {x + w} {y + 10} {x + w} {y + 22} L {x + w} {y + height} "
            f"L {x} {y + height} Z",
            fill=color,
            stroke="",
        )
        left = x + 28
        if back:
            self.path(
                f"M {x + 62} {y + height / 2 - 24} L {x + 36} {y + height / 2} "
                f"L {x + 62} {y + height / 2 + 24}",
                stroke=WHITE,
                width=9,
            )
            left = x + 86
        size = fit(title, w - (left - x) - 20, 44, True)
        self.text(left, y + height / 2 + size * 0.36, title, size, WHITE, bold=True)
        return Box(x, y, w, height)

    def button(
        self,
        label: str,
        y: float,
        color: str = GREEN,
        *,
        x: float = SCREEN_X + 30,
        w: float = SCREEN_W - 60,
        h: float = 130,
        text_color: str = WHITE,
        outline: bool = False,
        size: float = 48,
    ) -> Box:
        """A rounded button across the screen (or at x, w); a "\n" in `label` breaks it into
        lines. It is as tall as a practice target (TARGET) with a little room, so that any
        button can be the one the resident is asked to touch."""
        if outline:
            box = self.rect(x, y, w, h, WHITE, r=min(h, w) / 2, stroke=color, width=8)
            text_color = color
        else:
            box = self.rect(x, y, w, h, color, r=min(h, w) / 2)
        lines = label.split("\n")
        size = min(fit(line, w - 40, size, True) for line in lines)
        first = y + h / 2 + size * 0.36 - (len(lines) - 1) * size * 0.575
        for index, line in enumerate(lines):
            self.text(
                x + w / 2,
                first + index * size * 1.15,
                line,
                size,
                text_color,
                bold=True,
                anchor="middle",
            )
        return box

    def field(self, label: str, y: float, value: str = "", *, h: float = 100) -> Box:
        """A text box: its label inside in grey, or the value typed in black."""
        x, w = SCREEN_X + 26, SCREEN_W - 52
        box = self.rect(x, y, w, h, WHITE, r=18, stroke=INK, width=4)
        shown, color = (value, INK) if value else (label, MUTED)
        size = fit(shown, w - 50, 40)
        self.text(x + 24, y + h / 2 + size * 0.36, shown, size, color)
        return box

    def row(
        self,
        label: str,
        y: float,
        *,
        icon: str = "",
        color: str = BLUE,
        h: float = 110,
        size: float = 40,
        chevron: bool = True,
    ) -> Box:
        """A list row: a pictogram, a label (a "\n" breaks it into two lines), and a chevron;
        a thin line below."""
        x, w = SCREEN_X, SCREEN_W
        box = Box(x, y, w, h)
        left = x + 28
        if icon:
            self.circle(
                x + 64,
                y + h / 2,
                36,
                SOFT["blue"] if color == BLUE else WHITE,
                stroke=color,
                width=5,
            )
            self.icon(icon, x + 64, y + h / 2, 44, color)
            left = x + 118
        lines = label.split("\n")
        size = min(fit(line, w - (left - x) - 60, size) for line in lines)
        first = y + h / 2 + size * 0.36 - (len(lines) - 1) * size * 0.55
        for index, line in enumerate(lines):
            self.text(left, first + index * size * 1.1, line, size, INK)
        if chevron:
            self.path(
                f"M {x + w - 50} {y + h / 2 - 18} L {x + w - 30} {y + h / 2} "
                f"L {x + w - 50} {y + h / 2 + 18}",
                stroke=MUTED,
                width=6,
            )
        self.line(x + 20, y + h, x + w - 20, y + h, GREY, 3)
        return box

    def tile(
        self,
        label: str,
        x: float,
        y: float,
        *,
        icon: str = "",
        color: str = BLUE,
        w: float = 210,
        h: float = 170,
        size: float = MIN_TEXT,
    ) -> Box:
        """A square shortcut on an app's home: pictogram above, label below (two lines at
        most)."""
        box = self.rect(
            x, y, w, h, SOFT["blue"] if color == BLUE else WHITE, r=24, stroke=color, width=5
        )
        if icon:
            self.icon(icon, x + w / 2, y + h * 0.38, 64, color)
        lines = wrap(label, w - 16, size, True)
        if len(lines) > 2:
            raise DrawingError(f"the tile label '{label}' takes more than two lines")
        base = y + h * 0.74 if len(lines) == 1 else y + h * 0.68
        for index, line in enumerate(lines):
            self.text(
                x + w / 2, base + index * size * 1.15, line, size, INK, bold=True, anchor="middle"
            )
        return box

    def app_icon(
        self,
        x: float,
        y: float,
        letter: str,
        color: str,
        *,
        size: float = 150,
        label: str = "",
        glyph: str = "",
    ) -> Box:
        """An app as the phone's home screen shows it: a rounded square with a letter or
        pictogram (never a copy of the real logo), its name below."""
        box = self.rect(x, y, size, size, color, r=size * 0.24)
        if glyph:
            self.icon(glyph, x + size / 2, y + size / 2, size * 0.6, WHITE)
        else:
            font = max(size * (0.5 if len(letter) <= 2 else 0.3), self.least_text)
            font = fit(letter, size * 0.9, font, True)
            self.text(
                x + size / 2,
                y + size / 2 + font * 0.36,
                letter,
                font,
                WHITE,
                bold=True,
                anchor="middle",
            )
        if label:
            self.text(x + size / 2, y + size + 44, label, MIN_TEXT, INK, anchor="middle")
        return box

    def keyboard(self, y: float = 560) -> Box:
        """A phone keyboard as rows of grey keys (no letters: it only says 'a keyboard')."""
        x, w = SCREEN_X + 10, SCREEN_W - 20
        box = self.rect(x, y, w, SCREEN_Y + SCREEN_H - y - 10, "#dfe3e8", r=14)
        key_w = (w - 20) / 10
        for row_index, count in enumerate((10, 9, 7)):
            left = x + 10 + (10 - count) * key_w / 2
            for key in range(count):
                self.rect(
                    left + key * key_w + 3, y + 14 + row_index * 58, key_w - 6, 48, WHITE, r=8
                )
        return box

    def code_boxes(self, digits: str, y: float, *, count: int = 6) -> Box:
        """The boxes of a one-time code or a PIN: `digits` typed, the rest empty."""
        size, gap = 62, 12
        total = count * size + (count - 1) * gap
        x = SCREEN_X + (SCREEN_W - total) / 2
        for index in range(count):
            self.rect(x + index * (size + gap), y, size, 76, WHITE, r=10, stroke=INK, width=4)
            if index < len(digits):
                self.text(
                    x + index * (size + gap) + size / 2,
                    y + 54,
                    digits[index],
                    44,
                    INK,
                    bold=True,
                    anchor="middle",
                )
        return Box(x, y, total, 76)
