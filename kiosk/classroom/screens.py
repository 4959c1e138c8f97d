"""Which screen the hall sees: any screen other than the console's that is large enough (at
least 1024x600; a smaller one is named to the facilitator, never used), the largest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_WIDTH, MIN_HEIGHT = 1024, 600


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    width: int
    height: int

    @property
    def big_enough(self) -> bool:
        return self.width >= MIN_WIDTH and self.height >= MIN_HEIGHT


@dataclass(frozen=True)
class ScreenChoice:
    audience: ScreenInfo | None  # None: one screen, the lesson under the console
    too_small: tuple[ScreenInfo, ...] = ()  # other screens not used: said on the console


def choose_audience_screen(screens: Sequence[ScreenInfo], console: str) -> ScreenChoice:
    others = [s for s in screens if s.name != console]
    usable = sorted(
        (s for s in others if s.big_enough), key=lambda s: s.width * s.height, reverse=True
    )
    small = tuple(s for s in others if not s.big_enough)
    return ScreenChoice(usable[0] if usable else None, small)
