"""The drawing kit of the bundled library: one visual language for every illustration.

A `Scene` is a 1200 x 900 picture (the units of its viewBox) in one language. Most steps draw a
large, simple phone on the left (`phone()`), the app's screen as shapes and short labels, and
a hand or an arrow showing where to touch; the right side holds one or two cards of large text
(`card()`). Colours are few and dark on light (contrast 7:1 or more for every label), lines are
thick, and nothing is copied from a real app: app "logos" are plain letters or pictograms.

Every method returns the `Box` it drew, so that a step can point at it (`hand_at`, `ring`) or
make it the practice target (`target`).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from kiosk.authoring.palette import (
    BLUE,
    FONT,
    GREEN,
    GREY,
    HEIGHT,
    INK,
    MUTED,
    ORANGE,
    PAPER,
    PHONE_H,
    PHONE_W,
    PHONE_X,
    PHONE_Y,
    RED,
    SCREEN_H,
    SCREEN_W,
    SCREEN_X,
    SCREEN_Y,
    SIDE_W,
    SIDE_X,
    SKIN,
    SOFT,
    WHITE,
    WIDTH,
    YELLOW,
)
from kiosk.authoring.pictograms import PICTOGRAMS
from kiosk.lessons.checks import smallest_target, smallest_text
from kiosk.lessons.media import ImageSize

# The advance of each printable ASCII character in Noto Sans, regular and bold, in fiftieths of
# the font size (character = chr(48 + advance)), measured with Qt's font metrics. Letters with
# Vietnamese marks take the width of their base letter; other characters count as 0.62.
_REGULAR = (
    "==DPMZU;??LM=@=CMMMMMMMMMM==MMMF]PPPTLJTUA>OJ]VWNWOKLUN^MLM"
    "@C@MF>LOHOLAOO==K=_ONOOEHBOIWJJHCLCM"
)
_BOLD = (
    "=>HPM]V=AAKM>@>EMMMMMMMMMM>>MMMH]RRPULKTVCAQL_YXOXQLMVP`QOM"
    "AEAMEBNPJPNCPQ??O?aQOPPGIFQL[MLHDLDM"
)
_SAFETY = 1.04  # horns (ư, ơ) and rounding: a line measured to fit keeps a little room

# The least font size of words in a 1200 x 900 picture: 22 px where the player gives the picture
# least room (kiosk.lessons.checks.smallest_text, 35.9 units), in whole units. The kit never
# shrinks a label below it: a label that does not fit is a DrawingError, so the build fails.
MIN_TEXT = math.ceil(smallest_text(ImageSize(WIDTH, HEIGHT)))
# The least width and height of a practice target in a 1200 x 900 picture: 56 px on the
# 538-px picture of a 1024x768 screen (kiosk.lessons.checks.smallest_target, 124.9 units), in
# whole units. A button, row or tile the resident is asked to touch is drawn at least this big.
TARGET = math.ceil(smallest_target(ImageSize(WIDTH, HEIGHT)))


class DrawingError(ValueError):
    """A picture the kit cannot draw legibly: words too small, or too long for their place."""


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def cx(self) -> float:
        return self.x + self.width / 2

    @property
    def cy(self) -> float:
        return self.y + self.height / 2

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def grown(self, by: float) -> Box:
        return Box(self.x - by, self.y - by, self.width + 2 * by, self.height + 2 * by)


def text_width(words: str, size: float, bold: bool = False) -> float:
    """How wide `words` are drawn in Noto Sans at font `size` (in the picture's units)."""
    table = _BOLD if bold else _REGULAR
    total = 0.0
    for char in words:
        base = unicodedata.normalize("NFD", char)[0]
        base = {"đ": "d", "Đ": "D"}.get(base, base)
        code = ord(base)
        total += (ord(table[code - 32]) - 48) / 50 if 32 <= code < 127 else 0.62
    return total * size * _SAFETY


def fit(words: str, width: float, size: float, bold: bool = False) -> float:
    """The largest font size from `size` down to MIN_TEXT (in steps of 2) at which `words` fit
    in `width` on one line; a DrawingError when they do not fit even at MIN_TEXT."""
    while text_width(words, size, bold) > width and size - 2 >= MIN_TEXT:
        size -= 2
    if text_width(words, size, bold) > width:
        raise DrawingError(
            f"'{words}' does not fit in {width:.0f} units even at font size {size:g}: "
            "shorten it or give it more room"
        )
    return size


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Break `text` into lines that fit `width` at font `size`; a "\n" always breaks. A word
    wider than `width` is a DrawingError."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if text_width(word, size, bold) > width:
                raise DrawingError(
                    f"the word '{word}' is wider than {width:.0f} units at font size {size:g}"
                )
            candidate = f"{line} {word}".strip()
            if text_width(candidate, size, bold) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass
class Scene:
    """One picture being drawn. `lang` is "vi" or "en"; `t(vi, en)` picks the label."""

    lang: str
    title: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    background: str = PAPER
    parts: list[str] = field(default_factory=list)
    practice: Box | None = None  # set by `target()`

    def t(self, vi: str, en: str) -> str:
        return vi if self.lang == "vi" else en

    @property
    def least_text(self) -> float:
        """The least font size of words in this picture (MIN_TEXT in a 1200 x 900 one)."""
        return math.ceil(smallest_text(ImageSize(self.width, self.height)))

    @property
    def least_target(self) -> float:
        """The least width and height of a practice target (TARGET in a 1200 x 900 picture)."""
        return math.ceil(smallest_target(ImageSize(self.width, self.height)))

    # -- output -------------------------------------------------------------------------

    def svg(self) -> str:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"\n'
            f'     width="{self.width}" height="{self.height}" '
            f'viewBox="0 0 {self.width} {self.height}">\n'
            f"<title>{escape(self.title)}</title>\n"
            f'<rect x="0" y="0" width="{self.width}" height="{self.height}" '
            f'fill="{self.background}"/>\n'
        )
        return head + "\n".join(self.parts) + "\n</svg>\n"

    def raw(self, element: str) -> None:
        """Any SVG Tiny element, for a shape the kit has no method for."""
        self.parts.append(element)

    # -- shapes -------------------------------------------------------------------------

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str = WHITE,
        *,
        r: float = 0,
        stroke: str = "",
        width: float = 6,
    ) -> Box:
        outline = f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" rx="{_n(r)}" '
            f'fill="{fill}"{outline}/>'
        )
        return Box(x, y, w, h)

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: str = WHITE,
        *,
        stroke: str = "",
        width: float = 6.0,
    ) -> Box:
        outline = f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""
        self.parts.append(
            f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" fill="{fill}"{outline}/>'
        )
        return Box(cx - r, cy - r, 2 * r, 2 * r)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: str = INK, width: float = 8
    ) -> None:
        self.parts.append(
            f'<path d="M {_n(x1)} {_n(y1)} L {_n(x2)} {_n(y2)}" stroke="{color}" '
            f'stroke-width="{_n(width)}" stroke-linecap="round" fill="none"/>'
        )

    def path(self, d: str, fill: str = "none", stroke: str = INK, width: float = 6) -> None:
        outline = f' stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else ""
        self.parts.append(
            f'<path d="{d}" fill="{fill}"{outline} stroke-linejoin="round" stroke-linecap="round"/>'
        )

    def text(
        self,
        x: float,
        y: float,
        words: str,
        size: float = 40,
        color: str = INK,
        *,
        bold: bool = False,
        anchor: str = "start",
    ) -> Box:
        """One line of text; `y` is its baseline. Words smaller than `least_text` are a
        DrawingError (words in a scaled group are caught by the build's check of the SVG)."""
        if size < self.least_text:
            raise DrawingError(
                f"'{words}' at font size {size:g}: words in a picture need at least "
                f"{self.least_text:g}"
            )
        weight = ' font-weight="bold"' if bold else ""
        align = f' text-anchor="{anchor}"' if anchor != "start" else ""
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(y)}" font-family="{FONT}" font-size="{_n(size)}"'
            f'{weight} fill="{color}"{align}>{escape(words)}</text>'
        )
        width = text_width(words, size, bold)
        left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
        return Box(left, y - size, width, size * 1.3)

    def paragraph(
        self,
        x: float,
        y: float,
        words: str,
        width: float,
        size: float = 40,
        color: str = INK,
        *,
        bold: bool = False,
        anchor: str = "start",
        gap: float = 1.3,
    ) -> Box:
        """Wrapped text whose first baseline is `y`; returns the box the lines take."""
        lines = wrap(words, width, size, bold)
        for index, line in enumerate(lines):
            self.text(x, y + index * size * gap, line, size, color, bold=bold, anchor=anchor)
        left = x - width / 2 if anchor == "middle" else x
        return Box(left, y - size, width, size * gap * len(lines))

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

    # -- around the phone ---------------------------------------------------------------

    def card(
        self,
        lines: str,
        y: float,
        *,
        x: float = SIDE_X,
        w: float = SIDE_W,
        color: str = INK,
        fill: str = WHITE,
        size: float = 44,
        icon: str = "",
        bold: bool = True,
    ) -> Box:
        """A card of large text beside the phone; a pictogram on its left when `icon`."""
        left = x + 30
        if icon:
            left = x + 120
        text_lines = wrap(lines, w - (left - x) - 24, size, bold)
        h = max(len(text_lines) * size * 1.25 + 56, 130 if icon else 0)
        box = self.rect(x, y, w, h, fill, r=28, stroke=color, width=6)
        if icon:
            self.icon(icon, x + 64, y + h / 2, 70, color)
        top = y + 28 + size * 0.95
        if icon and len(text_lines) == 1:
            top = y + h / 2 + size * 0.36
        for index, line in enumerate(text_lines):
            self.text(left, top + index * size * 1.25, line, size, color, bold=bold)
        return box

    def bubble(
        self,
        words: str,
        x: float,
        y: float,
        w: float,
        *,
        color: str = INK,
        fill: str = WHITE,
        size: float = 40,
        tail: str = "left",
    ) -> Box:
        """A speech or message bubble."""
        lines = wrap(words, w - 56, size)
        h = len(lines) * size * 1.25 + 48
        box = self.rect(x, y, w, h, fill, r=30, stroke=color, width=6)
        if tail == "left":
            self.path(
                f"M {x + 40} {y + h - 3} L {x + 20} {y + h + 40} L {x + 90} {y + h - 3}",
                fill=fill,
                stroke=color,
                width=6,
            )
            self.rect(x + 42, y + h - 10, 44, 8, fill)
        elif tail == "right":
            self.path(
                f"M {x + w - 90} {y + h - 3} L {x + w - 20} {y + h + 40} "
                f"L {x + w - 40} {y + h - 3}",
                fill=fill,
                stroke=color,
                width=6,
            )
            self.rect(x + w - 86, y + h - 10, 44, 8, fill)
        for index, line in enumerate(lines):
            self.text(x + 28, y + 24 + size * 0.95 + index * size * 1.25, line, size, color)
        return box

    def ring(self, box: Box, *, pad: float = 12, round_: float | None = None) -> None:
        """The orange ring that shows where to look (white halo, so it reads on any colour)."""
        outer = box.grown(pad)
        radius = round_ if round_ is not None else min(outer.height, outer.width) / 2
        self.rect(
            outer.x, outer.y, outer.width, outer.height, "none", r=radius, stroke=WHITE, width=24
        )
        self.rect(
            outer.x, outer.y, outer.width, outer.height, "none", r=radius, stroke=ORANGE, width=12
        )

    def hand(self, x: float, y: float, angle: float = -30) -> None:
        """A hand whose fingertip touches (x, y); the arm comes from below right."""
        skin = f'fill="{SKIN}" stroke="{INK}" stroke-width="6" stroke-linejoin="round"'
        self.parts.append(
            f'<g transform="translate({_n(x)} {_n(y)}) rotate({_n(angle)})">\n'
            f'  <rect x="-8" y="250" width="160" height="130" rx="18" fill="{BLUE}" '
            f'stroke="{INK}" stroke-width="6" stroke-linejoin="round"/>\n'
            f'  <rect x="-40" y="112" width="172" height="160" rx="60" {skin}/>\n'
            f'  <ellipse cx="-38" cy="190" rx="30" ry="56" {skin}/>\n'
            f'  <rect x="30" y="104" width="44" height="70" rx="22" {skin}/>\n'
            f'  <rect x="72" y="112" width="44" height="70" rx="22" {skin}/>\n'
            f'  <rect x="-26" y="0" width="52" height="175" rx="26" {skin}/>\n'
            f'  <rect x="-14" y="10" width="28" height="30" rx="12" fill="#fbe6d6"/>\n'
            "</g>"
        )

    def hand_at(self, box: Box, angle: float = -30) -> None:
        """The hand touching `box`: its middle, or its right part when the box is wide, so
        that the hand does not hide a centred label."""
        x = box.x + box.width * 0.82 if box.width > 260 else box.cx
        self.hand(x, box.cy + box.height * 0.1, angle)

    def arrow(self, x: float, y: float, angle: float = 0, length: float = 110) -> None:
        """A thick orange arrow whose tip is at (x, y), pointing in direction `angle`
        (degrees: 0 points right, 90 down, 180 left, 270 up)."""
        tail = length
        self.parts.append(
            f'<g transform="translate({_n(x)} {_n(y)}) rotate({_n(angle)})">\n'
            f'  <polygon points="0,0 -70,-56 -70,-24 -{_n(tail)},-24 -{_n(tail)},24 -70,24 '
            f'-70,56" fill="{ORANGE}" stroke="{INK}" stroke-width="5" '
            'stroke-linejoin="round"/>\n</g>'
        )

    def target(self, box: Box) -> Box:
        """Make `box` the practice target (the area the resident must touch). Draw no hand or
        ring on a practice step: the player shows the ring when the resident needs it.

        The area that counts is `box` itself, so the drawn control must be at least as large
        as a touch target (kiosk.lessons.checks.smallest_target: TARGET units in a 1200 x 900
        picture) on both sides; a smaller one is a DrawingError: draw the button, row or icon
        larger rather than count a touch beside it."""
        least = self.least_target
        if min(box.width, box.height) < least:
            raise DrawingError(
                f"the practice target ({box.width:g} x {box.height:g}) is too small to touch: "
                f"a target needs at least {least:g} units on each side; draw it larger"
            )
        if box.x < 0 or box.y < 0 or box.right > self.width or box.bottom > self.height:
            raise DrawingError(f"the practice target {box} goes outside the picture")
        self.practice = Box(round(box.x), round(box.y), round(box.width), round(box.height))
        return box

    # -- pictograms ---------------------------------------------------------------------

    def icon(self, name: str, cx: float, cy: float, size: float = 80, color: str = INK) -> Box:
        """A pictogram drawn in a `size` square centred on (cx, cy), in one colour."""
        draw = PICTOGRAMS.get(name)
        if draw is None:
            raise ValueError(f"no pictogram named {name!r}; known: {', '.join(sorted(PICTOGRAMS))}")
        scale = size / 100
        self.parts.append(
            f'<g transform="translate({_n(cx - size / 2)} {_n(cy - size / 2)}) scale({scale:.4f})">'
        )
        draw(self, color)
        self.parts.append("</g>")
        return Box(cx - size / 2, cy - size / 2, size, size)

    def qr(self, x: float, y: float, size: float, seed: int = 7) -> Box:
        """A picture of a QR code (a pattern, not a code: a phone reads nothing from it)."""
        cells = 21
        cell = size / cells
        box = self.rect(
            x - cell, y - cell, size + 2 * cell, size + 2 * cell, WHITE, r=8, stroke=INK, width=4
        )
        marks: list[str] = []
        state = seed * 7919 + 17
        for row in range(cells):
            for col in range(cells):
                finder = (
                    (row < 8 and col < 8)
                    or (row < 8 and col >= cells - 8)
                    or (row >= cells - 8 and col < 8)
                )
                if finder:
                    continue
                state = (state * 1103515245 + 12345) % 2**31
                if state % 5 < 2:
                    marks.append(
                        f"M {_n(x + col * cell)} {_n(y + row * cell)} h {_n(cell)} "
                        f"v {_n(cell)} h -{_n(cell)} Z"
                    )
        self.parts.append(f'<path d="{" ".join(marks)}" fill="{INK}"/>')
        for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
            self.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, INK)
            self.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, WHITE)
            self.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, INK)
        return box

    def person(
        self,
        cx: float,
        bottom: float,
        height: float = 300,
        *,
        shirt: str = BLUE,
        hair: str = "#9e9e9e",
        uniform: bool = False,
    ) -> Box:
        """A simple person from the waist up (grey hair by default: our residents)."""
        s = height / 300
        head_r = 55 * s
        head_cy = bottom - height + head_r + 4
        body_top = head_cy + head_r + 8 * s
        shirt_color = "#2e5d32" if uniform else shirt
        self.path(
            f"M {_n(cx - 110 * s)} {_n(bottom)} L {_n(cx - 110 * s)} {_n(body_top + 60 * s)} "
            f"C {_n(cx - 110 * s)} {_n(body_top)} {_n(cx - 70 * s)} {_n(body_top)} "
            f"{_n(cx - 40 * s)} {_n(body_top)} L {_n(cx + 40 * s)} {_n(body_top)} "
            f"C {_n(cx + 70 * s)} {_n(body_top)} {_n(cx + 110 * s)} {_n(body_top)} "
            f"{_n(cx + 110 * s)} {_n(body_top + 60 * s)} L {_n(cx + 110 * s)} {_n(bottom)} Z",
            fill=shirt_color,
        )
        self.circle(cx, head_cy, head_r, SKIN, stroke=INK)
        self.path(
            f"M {_n(cx - head_r)} {_n(head_cy - 4 * s)} C {_n(cx - head_r)} "
            f"{_n(head_cy - head_r * 1.3)} {_n(cx + head_r)} {_n(head_cy - head_r * 1.3)} "
            f"{_n(cx + head_r)} {_n(head_cy - 4 * s)} C {_n(cx + head_r * 0.6)} "
            f"{_n(head_cy - head_r * 0.6)} {_n(cx - head_r * 0.6)} {_n(head_cy - head_r * 0.6)} "
            f"{_n(cx - head_r)} {_n(head_cy - 4 * s)} Z",
            fill="#2e2e2e" if uniform else hair,
        )
        if uniform:  # a cap
            self.rect(
                cx - head_r * 1.1,
                head_cy - head_r * 1.25,
                head_r * 2.2,
                head_r * 0.55,
                "#2e5d32",
                r=10,
                stroke=INK,
                width=5,
            )
            self.circle(cx, head_cy - head_r * 0.98, 9 * s, YELLOW)
        self.circle(cx - 18 * s, head_cy + 2 * s, 5 * s, INK)
        self.circle(cx + 18 * s, head_cy + 2 * s, 5 * s, INK)
        self.path(
            f"M {_n(cx - 18 * s)} {_n(head_cy + 24 * s)} Q {_n(cx)} {_n(head_cy + 38 * s)} "
            f"{_n(cx + 18 * s)} {_n(head_cy + 24 * s)}",
            width=5,
        )
        return Box(cx - 110 * s, bottom - height, 220 * s, height)

    def id_card(self, x: float, y: float, w: float = 420) -> Box:
        """A citizen identity card: photo, lines, and the start of its 12-digit number, as
        large as the card allows (no fewer than MIN_TEXT units; on a card too small for that,
        a dark bar stands for the number)."""
        h = w * 0.63
        box = self.rect(x, y, w, h, "#e3f2fd", r=24, stroke=INK, width=6)
        self.rect(x + w * 0.06, y + h * 0.12, w * 0.26, h * 0.5, GREY, r=12)
        self.circle(x + w * 0.19, y + h * 0.3, w * 0.06, WHITE)
        for index, length in enumerate((0.5, 0.42, 0.46)):
            self.rect(x + w * 0.38, y + h * (0.16 + index * 0.15), w * length, h * 0.07, GREY, r=6)
        size, room = max(float(MIN_TEXT), w * 0.1), w * 0.7
        number = next((n for n in ("001056…", "001…") if text_width(n, size, True) <= room), "")
        if number:
            self.text(x + w * 0.06, y + h * 0.88, number, size, INK, bold=True)
        else:
            self.rect(x + w * 0.06, y + h * 0.74, w * 0.6, h * 0.1, INK, r=6)
        self.circle(x + w * 0.86, y + h * 0.78, w * 0.07, YELLOW, stroke=INK, width=4)
        return box

    def building(self, x: float, y: float, w: float = 420, label: str = "") -> Box:
        """A public office: roof, columns, a flag; `label` on a sign above the door."""
        h = w * 0.8
        self.path(
            f"M {_n(x)} {_n(y + h * 0.3)} L {_n(x + w / 2)} {_n(y)} "
            f"L {_n(x + w)} {_n(y + h * 0.3)} Z",
            fill="#d7ccc8",
        )
        self.rect(x + w * 0.05, y + h * 0.3, w * 0.9, h * 0.7, "#efebe9", stroke=INK)
        for index in range(4):
            self.rect(
                x + w * (0.14 + index * 0.2),
                y + h * 0.44,
                w * 0.08,
                h * 0.5,
                WHITE,
                stroke=INK,
                width=4,
            )
        self.line(x + w / 2, y - h * 0.05, x + w / 2, y - h * 0.3, INK, 5)
        self.rect(x + w / 2, y - h * 0.3, w * 0.16, h * 0.12, RED)
        if label:
            size = fit(label, w * 0.8, 40, True)
            self.rect(x + w * 0.08, y + h * 0.31, w * 0.84, size * 1.5, BLUE, r=8)
            self.text(
                x + w / 2,
                y + h * 0.31 + size * 1.08,
                label,
                size,
                WHITE,
                bold=True,
                anchor="middle",
            )
        return Box(x, y - h * 0.3, w, h * 1.3)

    def check(self, cx: float, cy: float, size: float = 120, color: str = GREEN) -> Box:
        """A round green tick: this is right."""
        return self.icon("check", cx, cy, size, color)

    def stop(self, cx: float, cy: float, size: float = 120) -> Box:
        """A round red 'no' sign: do not do this (for warnings, never for the resident's taps)."""
        return self.icon("no", cx, cy, size, RED)
