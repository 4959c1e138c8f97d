"""Idle: a warning with a visible countdown of at least 20 s, then back to the start."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.settings import Settings


def countdown_seconds(window) -> int:  # type: ignore[no-untyped-def]
    return int(re.search(r"\d+", window.idle_overlay.countdown.text())[0])


def test_warns_after_idle_time_then_returns_to_attract(make_window, clock, bundled_library):
    window = make_window()
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id, 2)
    clock.advance(119)
    window.idle.check()
    assert not window.idle_overlay.isVisible()
    clock.advance(1)
    window.idle.check()
    assert window.idle_overlay.isVisible()
    assert window.idle_overlay.question.text() == "Bác còn đang học không ạ?"
    assert countdown_seconds(window) == 30
    clock.advance(10.5)
    window.idle.check()
    assert countdown_seconds(window) == 20
    clock.advance(19.5)
    window.idle.check()
    assert window.stack.currentWidget() is window.attract
    assert not window.idle_overlay.isVisible()
    assert window.player.lesson is None  # the lesson is forgotten


def test_continue_button_keeps_the_lesson(make_window, clock, qtbot, bundled_library):
    window = make_window()
    lesson = bundled_library.in_language("vi")[0]
    window.open_lesson(lesson.id, 2)
    clock.advance(125)
    window.idle.check()
    qtbot.mouseClick(window.idle_overlay.button, Qt.MouseButton.LeftButton)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.player
    assert window.player.index == 2
    clock.advance(119)
    window.idle.check()
    assert not window.idle_overlay.isVisible()  # the clock started again at the touch


def test_any_touch_counts_as_activity(make_window, clock):
    window = make_window()
    QApplication.instance().installEventFilter(window.idle)
    try:
        window.show_home()
        clock.advance(100)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.home, press)
        clock.advance(100)
        window.idle.check()
        assert not window.idle_overlay.isVisible()
    finally:
        QApplication.instance().removeEventFilter(window.idle)


def test_attract_screen_never_times_out(make_window, clock):
    window = make_window()
    clock.advance(10_000)
    window.idle.check()
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.attract


def test_idle_time_is_a_setting_and_returns_to_default_language(make_window, clock):
    window = make_window(settings=Settings(idle_seconds=60, idle_countdown_seconds=20))
    window.set_language("en")
    window.show_home()
    clock.advance(60)
    window.idle.check()
    assert window.idle_overlay.isVisible()
    assert countdown_seconds(window) == 20
    clock.advance(20)
    window.idle.check()
    assert window.stack.currentWidget() is window.attract
    assert window.language == "vi"


def test_the_poll_timer_drives_the_watch(make_window, clock, qtbot):
    window = make_window()
    window.show_home()
    window.idle.start()
    clock.advance(121)
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
