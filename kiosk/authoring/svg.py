"""The drawing kit of the bundled library: one visual language for every illustration.

A `Scene` is a 1200 x 900 picture (the units of its viewBox) in one language. Most steps draw a
large, simple phone on the left (`phone()`), the app's screen as shapes and short labels, and
a hand or an arrow showing where to touch; the right side holds one or two cards of large text
(`card()`). Colours are few and dark on light (contrast 7:1 or more for every label), lines are
thick, and nothing is copied from a real app: app "logos" are plain letters or pictograms.

Every method returns the `Box` it drew, so that a step can point at it (`hand_at`, `ring`) or
make it the practice target (`target`).

The kit is in four parts: kiosk/authoring/measure.py (how wide words are, the least sizes, `Box`),
canvas.py (the picture, its shapes, words and pictograms), phone.py (the phone and its screen)
and this module: `Scene`, with what goes around the phone (cards, bubbles, the hand, rings,
arrows, people, things and signs).
"""

from __future__ import annotations

from kiosk.authoring.measure import (
    MIN_TEXT,
    TARGET,
    Box,
    DrawingError,
    fit,
    num,
    text_width,
    wrap,
)
from kiosk.authoring.palette import (
    BLUE,
    GREEN,
    GREY,
    INK,
    ORANGE,
    RED,
    SIDE_W,
    SIDE_X,
    SKIN,
    WHITE,
    YELLOW,
)
from kiosk.authoring.phone import Phone

# The lesson sources (kiosk/authoring/library) import these from here.
__all__ = ["MIN_TEXT", "TARGET", "Box", "DrawingError", "Scene", "fit", "text_width", "wrap"]


class Scene(Phone):
    """One picture being drawn. `lang` is "vi" or "en"; `t(vi, en)` picks the label. The
    shapes, words and pictograms are kiosk/authoring/canvas.py's, the phone and its screen
    kiosk/authoring/phone.py's; here is what goes around the phone."""

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
            f'<g transform="translate({num(x)} {num(y)}) rotate({num(angle)})">\n'
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
            f'<g transform="translate({num(x)} {num(y)}) rotate({num(angle)})">\n'
            f'  <polygon points="0,0 -70,-56 -70,-24 -{num(tail)},-24 -{num(tail)},24 -70,24 '
            f'-70,56" fill="{ORANGE}" stroke="{INK}" stroke-width="5" '
            'stroke-linejoin="round"/>\n</g>'
        )

    # -- people, things and signs --------------------------------------------------------

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
                        f"M {num(x + col * cell)} {num(y + row * cell)} h {num(cell)} "
                        f"v {num(cell)} h -{num(cell)} Z"
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
            f"M {num(cx - 110 * s)} {num(bottom)} L {num(cx - 110 * s)} {num(body_top + 60 * s)} "
            f"C {num(cx - 110 * s)} {num(body_top)} {num(cx - 70 * s)} {num(body_top)} "
            f"{num(cx - 40 * s)} {num(body_top)} L {num(cx + 40 * s)} {num(body_top)} "
            f"C {num(cx + 70 * s)} {num(body_top)} {num(cx + 110 * s)} {num(body_top)} "
            f"{num(cx + 110 * s)} {num(body_top + 60 * s)} L {num(cx + 110 * s)} {num(bottom)} Z",
            fill=shirt_color,
        )
        self.circle(cx, head_cy, head_r, SKIN, stroke=INK)
        self.path(
            f"M {num(cx - head_r)} {num(head_cy - 4 * s)} C {num(cx - head_r)} "
            f"{num(head_cy - head_r * 1.3)} {num(cx + head_r)} {num(head_cy - head_r * 1.3)} "
            f"{num(cx + head_r)} {num(head_cy - 4 * s)} C {num(cx + head_r * 0.6)} "
            f"{num(head_cy - head_r * 0.6)} {num(cx - head_r * 0.6)} {num(head_cy - head_r * 0.6)} "
            f"{num(cx - head_r)} {num(head_cy - 4 * s)} Z",
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
            f"M {num(cx - 18 * s)} {num(head_cy + 24 * s)} Q {num(cx)} {num(head_cy + 38 * s)} "
            f"{num(cx + 18 * s)} {num(head_cy + 24 * s)}",
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
            f"M {num(x)} {num(y + h * 0.3)} L {num(x + w / 2)} {num(y)} "
            f"L {num(x + w)} {num(y + h * 0.3)} Z",
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
