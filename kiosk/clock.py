"""Time as the kiosk sees it: injectable, so that idle timeouts and a wrong calendar clock can
be tested without waiting (or without changing the machine's clock).

`monotonic()` measures durations (idle, PIN lock-outs); `now()` is the calendar time (UTC),
which on an old PC may be wrong by years: kiosk/records/clockcheck.py decides whether to
trust it before anything depends on it."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def now(self) -> datetime:
        """The calendar time, UTC (as the machine's clock has it: maybe wrong)."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to (tests, screenshots of timed screens). Its
    calendar time starts at `wall` (the real time when not given) and moves with `advance`;
    `set_wall` changes only the calendar, as someone setting the machine's date would."""

    def __init__(self, start: float = 1000.0, wall: datetime | None = None) -> None:
        self._now = start
        self._wall = wall if wall is not None else datetime.now(UTC)

    def monotonic(self) -> float:
        return self._now

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._now += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        self._wall = wall
