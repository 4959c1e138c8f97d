"""The drawing kit's measures: how wide words are drawn, the least font size and touch target of
a picture, and the `Box` every drawing returns. A label that cannot be drawn legibly is a
`DrawingError`, so that the build fails rather than ship words too small to read.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from kiosk.authoring.palette import HEIGHT, WIDTH
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


def num(value: float) -> str:
    """A coordinate as SVG text: one decimal at most, no trailing zero."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
