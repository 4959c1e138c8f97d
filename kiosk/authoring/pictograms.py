"""Pictograms for the drawing kit, each drawn in a 100 x 100 square in one colour."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from kiosk.authoring.palette import INK, WHITE


class Pen(Protocol):
    """The shapes a pictogram is drawn with: those of kiosk/authoring/canvas.py's Canvas."""

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
    ) -> object: ...

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: str = WHITE,
        *,
        stroke: str = "",
        width: float = 6.0,
    ) -> object: ...

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: str = INK, width: float = 8
    ) -> None: ...

    def path(self, d: str, fill: str = "none", stroke: str = INK, width: float = 6) -> None: ...

    def raw(self, element: str) -> None: ...


def _wifi(s: Pen, c: str) -> None:
    for r in (18, 38, 58):
        s.path(
            f"M {50 - r} {78 - r * 0.55} Q 50 {78 - r * 1.35} {50 + r} {78 - r * 0.55}",
            stroke=c,
            width=9,
        )
    s.circle(50, 82, 8, c)


def _signal(s: Pen, c: str) -> None:
    for i in range(4):
        s.rect(12 + i * 22, 80 - i * 20, 16, 14 + i * 20, c, r=3)


def _check(s: Pen, c: str) -> None:
    s.circle(50, 50, 46, c)
    s.path("M 28 52 L 44 68 L 74 34", stroke=WHITE, width=11)


def _no(s: Pen, c: str) -> None:
    s.circle(50, 50, 44, WHITE, stroke=c, width=10)
    s.line(20, 80, 80, 20, c, 10)


def _warning(s: Pen, c: str) -> None:
    s.path("M 50 8 L 94 88 L 6 88 Z", fill=c, stroke=c, width=6)
    s.rect(45, 34, 10, 32, WHITE, r=4)
    s.circle(50, 76, 6, WHITE)


def _lock(s: Pen, c: str) -> None:
    s.path("M 30 46 L 30 32 C 30 8 70 8 70 32 L 70 46", stroke=c, width=9)
    s.rect(18, 44, 64, 48, c, r=8)
    s.circle(50, 64, 7, WHITE)
    s.rect(47, 64, 6, 14, WHITE)


def _phone(s: Pen, c: str) -> None:
    s.rect(28, 6, 44, 88, c, r=10)
    s.rect(34, 16, 32, 62, WHITE, r=3)
    s.circle(50, 86, 4, WHITE)


def _call(s: Pen, c: str) -> None:
    s.path(
        "M 22 14 L 38 12 L 46 34 L 36 42 C 42 56 48 62 60 66 L 68 56 L 90 64 L 88 80 "
        "C 60 92 12 52 22 14 Z",
        fill=c,
        stroke=c,
        width=4,
    )


def _card(s: Pen, c: str) -> None:
    s.rect(6, 20, 88, 60, WHITE, r=8, stroke=c, width=7)
    s.circle(28, 46, 10, c)
    s.rect(18, 58, 20, 12, c, r=4)
    s.rect(46, 38, 38, 7, c, r=3)
    s.rect(46, 54, 30, 7, c, r=3)


def _person(s: Pen, c: str) -> None:
    s.circle(50, 30, 20, c)
    s.path("M 14 94 C 14 58 86 58 86 94 Z", fill=c, stroke=c, width=4)


def _people(s: Pen, c: str) -> None:
    s.circle(32, 34, 15, c)
    s.circle(68, 34, 15, c)
    s.path("M 4 90 C 4 56 60 56 60 90 Z", fill=c, stroke=c, width=4)
    s.path("M 40 90 C 40 56 96 56 96 90 Z", fill=c, stroke=WHITE, width=4)


def _shield(s: Pen, c: str) -> None:
    s.path(
        "M 50 6 L 88 20 L 88 48 C 88 72 70 88 50 96 C 30 88 12 72 12 48 L 12 20 Z",
        fill=c,
        stroke=c,
        width=4,
    )
    s.path("M 32 50 L 46 64 L 70 38", stroke=WHITE, width=9)


def _badge(s: Pen, c: str) -> None:
    s.path(
        "M 50 6 L 88 20 L 88 48 C 88 72 70 88 50 96 C 30 88 12 72 12 48 L 12 20 Z",
        fill=c,
        stroke=c,
        width=4,
    )


def _star(s: Pen, c: str) -> None:
    points = []
    for i in range(10):
        radius = 46 if i % 2 == 0 else 19
        angle = math.radians(-90 + i * 36)
        points.append(f"{50 + radius * math.cos(angle):.1f},{52 + radius * math.sin(angle):.1f}")
    s.raw(f'<polygon points="{" ".join(points)}" fill="{c}"/>')


def _qr(s: Pen, c: str) -> None:
    for x, y in ((6, 6), (62, 6), (6, 62)):
        s.rect(x, y, 32, 32, "none", r=4, stroke=c, width=8)
        s.rect(x + 11, y + 11, 10, 10, c)
    for x, y in ((60, 60), (80, 80), (80, 60), (60, 80)):
        s.rect(x, y, 14, 14, c)


def _search(s: Pen, c: str) -> None:
    s.circle(42, 42, 26, "none", stroke=c, width=10)
    s.line(62, 62, 88, 88, c, 12)


def _camera(s: Pen, c: str) -> None:
    s.rect(8, 28, 84, 60, c, r=12)
    s.rect(32, 16, 36, 16, c, r=4)
    s.circle(50, 58, 20, WHITE)
    s.circle(50, 58, 11, c)


def _bell(s: Pen, c: str) -> None:
    s.path(
        "M 50 12 C 28 12 24 32 24 48 L 24 66 L 14 78 L 86 78 L 76 66 L 76 48 C 76 32 72 12 50 12 Z",
        fill=c,
        stroke=c,
        width=4,
    )
    s.circle(50, 86, 9, c)


def _home(s: Pen, c: str) -> None:
    s.path("M 10 50 L 50 12 L 90 50", stroke=c, width=10)
    s.path("M 22 44 L 22 90 L 78 90 L 78 44", fill=c, stroke=c, width=6)
    s.rect(42, 62, 16, 28, WHITE)


def _back(s: Pen, c: str) -> None:
    s.path("M 64 14 L 28 50 L 64 86", stroke=c, width=12)


def _document(s: Pen, c: str) -> None:
    s.path("M 18 6 L 62 6 L 82 26 L 82 94 L 18 94 Z", fill=WHITE, stroke=c, width=7)
    s.path("M 62 6 L 62 26 L 82 26", stroke=c, width=6)
    for y in (42, 58, 74):
        s.rect(30, y, 40, 6, c, r=3)


def _clock(s: Pen, c: str) -> None:
    s.circle(50, 50, 42, WHITE, stroke=c, width=8)
    s.path("M 50 24 L 50 52 L 68 62", stroke=c, width=8)


def _key(s: Pen, c: str) -> None:
    s.circle(30, 50, 20, "none", stroke=c, width=10)
    s.line(50, 50, 92, 50, c, 10)
    s.line(80, 50, 80, 66, c, 9)
    s.line(66, 50, 66, 62, c, 9)


def _chat(s: Pen, c: str) -> None:
    s.path("M 12 16 L 88 16 L 88 68 L 42 68 L 22 88 L 26 68 L 12 68 Z", fill=c, stroke=c, width=6)
    for x in (32, 50, 68):
        s.circle(x, 42, 6, WHITE)


def _money(s: Pen, c: str) -> None:
    s.rect(6, 24, 88, 52, WHITE, r=6, stroke=c, width=7)
    s.circle(50, 50, 14, c)
    s.circle(20, 50, 5, c)
    s.circle(80, 50, 5, c)


def _bank(s: Pen, c: str) -> None:
    s.path("M 8 38 L 50 10 L 92 38 Z", fill=c, stroke=c, width=5)
    for x in (18, 40, 62):
        s.rect(x, 44, 14, 34, c)
    s.rect(8, 82, 84, 10, c)


def _link(s: Pen, c: str) -> None:
    s.rect(8, 36, 50, 28, "none", r=14, stroke=c, width=9)
    s.rect(42, 36, 50, 28, "none", r=14, stroke=c, width=9)


def _pen(s: Pen, c: str) -> None:
    s.path("M 20 80 L 28 58 L 70 16 L 84 30 L 42 72 Z", fill=c, stroke=c, width=4)
    s.line(12, 92, 88, 92, c, 6)


def _face(s: Pen, c: str) -> None:
    for d in (
        "M 8 30 L 8 8 L 30 8",
        "M 70 8 L 92 8 L 92 30",
        "M 8 70 L 8 92 L 30 92",
        "M 92 70 L 92 92 L 70 92",
    ):
        s.path(d, stroke=c, width=8)
    s.circle(50, 46, 16, "none", stroke=c, width=7)
    s.path("M 28 80 C 32 64 68 64 72 80", stroke=c, width=7)


def _robot(s: Pen, c: str) -> None:
    s.rect(18, 28, 64, 52, c, r=14)
    s.circle(38, 52, 8, WHITE)
    s.circle(62, 52, 8, WHITE)
    s.rect(38, 66, 24, 5, WHITE, r=2)
    s.line(50, 28, 50, 12, c, 6)
    s.circle(50, 10, 7, c)
    s.rect(8, 44, 8, 20, c, r=3)
    s.rect(84, 44, 8, 20, c, r=3)


def _sim(s: Pen, c: str) -> None:
    s.path("M 22 6 L 66 6 L 84 24 L 84 94 L 22 94 Z", fill=c, stroke=c, width=5)
    s.rect(36, 44, 34, 34, WHITE, r=5)
    s.line(53, 44, 53, 78, c, 4)
    s.line(36, 61, 70, 61, c, 4)


def _store(s: Pen, c: str) -> None:
    s.rect(14, 30, 72, 62, c, r=10)
    s.path("M 34 30 C 34 8 66 8 66 30", stroke=c, width=8)
    s.path("M 40 54 L 60 54 M 50 44 L 50 64", stroke=WHITE, width=8)


def _settings(s: Pen, c: str) -> None:
    for i in range(8):
        angle = math.radians(i * 45)
        x, y = 50 + 38 * math.cos(angle), 50 + 38 * math.sin(angle)
        s.circle(x, y, 10, c)
    s.circle(50, 50, 34, c)
    s.circle(50, 50, 13, WHITE)


def _eye(s: Pen, c: str) -> None:
    s.path("M 6 50 C 26 18 74 18 94 50 C 74 82 26 82 6 50 Z", fill=WHITE, stroke=c, width=7)
    s.circle(50, 50, 16, c)


def _play(s: Pen, c: str) -> None:
    s.rect(6, 18, 88, 64, c, r=18)
    s.path("M 40 34 L 66 50 L 40 66 Z", fill=WHITE, stroke=WHITE, width=4)


def _thumb(s: Pen, c: str) -> None:
    s.rect(8, 44, 18, 46, c, r=4)
    s.path(
        "M 32 46 L 50 12 C 60 10 64 18 60 30 L 56 42 L 84 42 C 94 42 94 54 88 56 "
        "C 94 60 92 70 86 72 C 90 78 86 86 80 88 L 32 88 Z",
        fill=c,
        stroke=c,
        width=4,
    )


def _touch(s: Pen, c: str) -> None:
    s.circle(50, 26, 18, "none", stroke=c, width=6)
    s.rect(42, 26, 16, 56, c, r=8)
    s.rect(30, 56, 44, 38, c, r=14)


def _mic(s: Pen, c: str) -> None:
    s.rect(36, 8, 28, 52, c, r=14)
    s.path("M 22 46 C 22 80 78 80 78 46", stroke=c, width=8)
    s.line(50, 76, 50, 92, c, 8)


def _upload(s: Pen, c: str) -> None:
    s.path("M 50 64 L 50 14 M 28 36 L 50 14 L 72 36", stroke=c, width=10)
    s.path("M 14 60 L 14 88 L 86 88 L 86 60", stroke=c, width=9)


PICTOGRAMS: dict[str, Callable[[Pen, str], None]] = {
    "wifi": _wifi, "signal": _signal, "check": _check, "no": _no, "warning": _warning,
    "lock": _lock, "phone": _phone, "call": _call, "card": _card, "person": _person,
    "people": _people, "shield": _shield, "badge": _badge, "star": _star, "qr": _qr,
    "search": _search,
    "camera": _camera, "bell": _bell, "home": _home, "back": _back, "document": _document,
    "clock": _clock, "key": _key, "chat": _chat, "money": _money, "bank": _bank, "link": _link,
    "pen": _pen, "face": _face, "robot": _robot, "sim": _sim, "store": _store,
    "settings": _settings, "eye": _eye, "play": _play, "thumb": _thumb, "touch": _touch,
    "mic": _mic, "upload": _upload,
}  # fmt: skip
