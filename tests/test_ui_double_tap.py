"""A second touch on the same place within half a second is ignored: a double tap on Next
moves one step, quick taps never pass through the finish screen, and typing keeps its repeats.
Taps go to the window as the window system delivers them (QTest on the QWindow), through the
guard the entry point installs on the application."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ui.tap_guard import TapGuard

QUICK = 0.15  # seconds between the two taps of a habitual double tap


@pytest.fixture
def guarded(make_window, qapp) -> Iterator:  # type: ignore[no-untyped-def]
    window = make_window()
    qapp.installEventFilter(window.tap_guard)
    yield window
    qapp.removeEventFilter(window.tap_guard)


def tap(window: QWidget, widget: QWidget) -> None:
    """One touch at the middle of `widget`, delivered to the window's QWindow."""
    where = widget.mapTo(window, widget.rect().center())
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QApplication.processEvents()


def test_a_double_tap_on_next_moves_one_step(guarded, clock, bundled_library):  # type: ignore[no-untyped-def]
    window = guarded
    lesson = next(x for x in bundled_library.in_language("vi") if x.steps[1].practice is None)
    window.open_lesson(lesson.id)
    tap(window, window.player.next)
    clock.advance(QUICK)
    tap(window, window.player.next)
    assert window.player.index == 1
    assert window.tap_guard.ignored == 1
    clock.advance(0.6)  # a deliberate second touch, later, is taken
    tap(window, window.player.next)
    assert window.player.index == 2


def test_quick_taps_never_pass_through_the_finish_screen(guarded, clock, bundled_library):  # type: ignore[no-untyped-def]
    window = guarded
    lesson = next(x for x in bundled_library.in_language("vi") if x.steps[-1].practice is None)
    window.open_lesson(lesson.id, len(lesson.steps) - 1)
    for _ in range(4):  # a trembling hand: four taps 0.1 s apart
        tap(window, window.player.next)
        clock.advance(0.1)
    assert window.screen_name == "finish"
    assert window.tap_guard.ignored == 3


def test_a_double_tap_on_back_goes_back_one_step(guarded, clock, bundled_library):  # type: ignore[no-untyped-def]
    window = guarded
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id, 3)
    tap(window, window.player.back)
    clock.advance(QUICK)
    tap(window, window.player.back)
    assert window.player.index == 2


def test_two_quick_taps_in_different_places_are_both_taken(guarded, clock, bundled_library):  # type: ignore[no-untyped-def]
    window = guarded
    lesson = next(x for x in bundled_library.in_language("vi") if x.steps[1].practice is None)
    window.open_lesson(lesson.id)
    tap(window, window.player.next)
    clock.advance(QUICK)
    tap(window, window.player.back)
    assert window.player.index == 0
    assert window.tap_guard.ignored == 0


def test_typing_keeps_its_quick_repeats(qapp, clock) -> None:  # type: ignore[no-untyped-def]
    from ui.theme import Theme
    from ui.widgets.numpad import NumberPad

    pad = NumberPad(Theme(1920, 1080))
    guard = TapGuard(clock, 80)
    qapp.installEventFilter(guard)
    try:
        pad.show()
        typed: list[str] = []
        pad.text_changed.connect(typed.append)
        five = next(b for b in pad.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "5")
        for _ in range(2):
            where = five.mapTo(pad, five.rect().center())
            handle = pad.windowHandle()
            QTest.mouseClick(
                handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
            )
            clock.advance(QUICK)
        assert typed[-1] == "55"
        assert guard.ignored == 0
    finally:
        qapp.removeEventFilter(guard)
        pad.close()
        pad.deleteLater()
