"""Freed memory goes back to the system when the kiosk rests (ui/memory_trim.py): a trim on
the home or attract screen once it has been shown a moment, never while a lesson runs, and at
most once a minute; and ui/memwatch.py, the leak-hunting log, says what it measures."""

from __future__ import annotations

import logging
import sys

import pytest

from ui import memory_trim, memwatch
from ui.memory_trim import MemoryTrim

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory_trim, "SETTLE_MS", 50)


def test_a_trim_waits_until_home_has_been_shown_a_moment(qtbot, quick) -> None:
    trim = MemoryTrim()
    trim.screen_changed("home")
    assert trim.trims == 0  # not at once: the resident may be tapping on
    qtbot.waitUntil(lambda: trim.trims == 1, timeout=2000)


def test_no_trim_when_the_resident_moves_on_to_a_lesson(qtbot, quick) -> None:
    trim = MemoryTrim()
    trim.screen_changed("home")
    trim.screen_changed("lesson")
    qtbot.wait(300)
    assert trim.trims == 0


def test_at_most_one_trim_a_minute(qtbot, quick) -> None:
    trim = MemoryTrim()
    trim.screen_changed("attract")
    qtbot.waitUntil(lambda: trim.trims == 1, timeout=2000)
    for screen in ("lesson", "home", "lesson", "attract"):
        trim.screen_changed(screen)
    qtbot.wait(300)
    assert trim.trims == 1


def test_the_arena_limit_is_taken_by_glibc() -> None:
    assert memory_trim.limit_arenas()


def test_memwatch_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    monkeypatch.delenv(memwatch.ENV, raising=False)
    assert memwatch.install(qapp) is None
    monkeypatch.setenv(memwatch.ENV, "not a number")
    assert memwatch.install(qapp) is None


def test_memwatch_logs_what_it_measures(monkeypatch, qapp, caplog) -> None:
    monkeypatch.setenv(memwatch.ENV, "3600")
    watch = memwatch.install(qapp)
    assert watch is not None
    try:
        with caplog.at_level(logging.INFO, logger="ui.memwatch"):
            watch.report()
    finally:
        watch.timer.stop()
        memwatch.tracemalloc.stop()
        watch.deleteLater()
    first = caplog.messages[0]
    assert first.startswith("memwatch: rss ") and "malloc" in first and "widgets" in first
