"""The drawing kit's canvas: a picture in one language, its SVG Tiny output, and the shapes,
words and pictograms everything else is drawn with (kiosk/authoring/phone.py draws the phone's
screen with them, kiosk/authoring/svg.py the rest of a `Scene`). Every method that draws
something returns the `Box` it drew.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from kiosk.authoring.measure import Box, DrawingError, num, text_width, wrap
from kiosk.authoring.palette import (
    FONT,
    HEIGHT,
    INK,
    PAPER,
    WHITE,
    WIDTH,
)
from kiosk.authoring.pictograms import PICTOGRAMS
from kiosk.lessons.checks import smallest_target, smallest_text
from kiosk.lessons.media import ImageSize


@dataclass
class Canvas:
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
        outline = f' stroke="{stroke}" stroke-width="{num(width)}"' if stroke else ""
        self.parts.append(
            f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" rx="{num(r)}" '
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
        outline = f' stroke="{stroke}" stroke-width="{num(width)}"' if stroke else ""
        self.parts.append(
            f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{fill}"{outline}/>'
        )
        return Box(cx - r, cy - r, 2 * r, 2 * r)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: str = INK, width: float = 8
    ) -> None:
        self.parts.append(
            f'<path d="M {num(x1)} {num(y1)} L {num(x2)} {num(y2)}" stroke="{color}" '
            f'stroke-width="{num(width)}" stroke-linecap="round" fill="none"/>'
        )

    def path(self, d: str, fill: str = "none", stroke: str = INK, width: float = 6) -> None:
        outline = f' stroke="{stroke}" stroke-width="{num(width)}"' if stroke else ""
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
            f'<text x="{num(x)}" y="{num(y)}" font-family="{FONT}" font-size="{num(size)}"'
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

    # -- the practice target -----------------------------------------------------------

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
            f'<g transform="translate({num(cx - size / 2)} {num(cy - size / 2)}) '
            f'scale({scale:.4f})">'
        )
        draw(self, color)
        self.parts.append("</g>")
        return Box(cx - size / 2, cy - size / 2, size, size)
