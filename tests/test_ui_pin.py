"""Facilitator mode: reached by Ctrl+Alt+F or three taps in the top-right corner, then the
PIN; the lockout (5 wrong tries: 30 s, then doubling) on an injected clock; the panel and its
five-minute lock; the PIN set on first run; quitting only past the PIN."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from kiosk.pin import PinStore
from tests.conftest import TEST_PIN

CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
WRONG = "111111"


def press_chord(qtbot, window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.stack.currentWidget(), key, CHORD)


def type_pin(qtbot, pad, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)


def tap_corner(qtbot, window, offset: int = 10) -> None:  # type: ignore[no-untyped-def]
    """A touch near the window's top-right corner, on whatever widget is there."""
    point = QPoint(window.width() - offset, offset)
    widget = window.childAt(point) or window
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.mapFrom(window, point))


def status(window) -> str:  # type: ignore[no-untyped-def]
    gate = window.facilitator.pin_gate
    return gate.status.text() if gate.status.isVisibleTo(gate) else ""


def number(text: str) -> int:
    return int(re.search(r"\d+", text)[0])


@pytest.fixture
def lesson_window(make_window, bundled_library):  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_lesson(bundled_library.in_language("vi")[0].id, 1)
    return window


def test_ctrl_alt_f_asks_for_the_pin_and_the_right_pin_opens_the_panel(lesson_window, qtbot):
    window = lesson_window
    press_chord(qtbot, window, Qt.Key.Key_F)
    gate = window.facilitator.pin_gate
    assert gate.isVisible()
    assert gate.pad.masked and gate.pad.max_length == 6
    assert gate.pad.shown() == "○ ○ ○ ○ ○ ○"
    type_pin(qtbot, gate.pad, TEST_PIN[:3])
    assert gate.pad.shown() == "● ● ● ○ ○ ○"  # masked: the digits never show
    type_pin(qtbot, gate.pad, TEST_PIN[3:])  # six digits: tried at once
    assert not gate.isVisible()
    assert window.stack.currentWidget() is window.facilitator.panel
    assert window.screen_name == "facilitator"
    assert window.facilitator.panel.current_page() == "menu"
    assert window.facilitator.panel.geometry() == window.stack.geometry()  # the whole window


def test_cancel_closes_the_gate_and_keeps_the_lesson(lesson_window, qtbot):
    window = lesson_window
    press_chord(qtbot, window, Qt.Key.Key_F)
    type_pin(qtbot, window.facilitator.pin_gate.pad, "12")
    qtbot.mouseClick(window.facilitator.pin_gate.cancel, Qt.MouseButton.LeftButton)
    assert not window.facilitator.pin_gate.isVisible()
    assert window.stack.currentWidget() is window.player
    assert window.player.index == 1


def test_five_wrong_pins_lock_the_pad_for_30_s_then_each_failure_doubles(
    lesson_window, clock, qtbot
):
    window = lesson_window
    gate = window.facilitator.pin_gate
    press_chord(qtbot, window, Qt.Key.Key_F)
    for left in (4, 3, 2, 1):
        type_pin(qtbot, gate.pad, WRONG)
        assert gate.tries_left == left
        assert number(status(window)) == left  # "Sai mã PIN. Còn 4 lần thử."
        assert gate.pad.input_enabled
    type_pin(qtbot, gate.pad, WRONG)
    assert not gate.pad.input_enabled
    assert not gate.pad.keys["1"].isEnabled()
    assert number(status(window)) == 30
    # Locked: taps do nothing, and even the right PIN is not tried.
    qtbot.mouseClick(gate.pad.keys["2"], Qt.MouseButton.LeftButton)
    assert gate.pad.text() == ""
    gate.try_pin(TEST_PIN)
    assert window.facilitator.panel is None and gate.isVisible()
    clock.advance(12)
    gate.refresh()
    assert number(status(window)) == 18  # the countdown follows the clock
    assert not gate.pad.input_enabled
    clock.advance(18)
    qtbot.waitUntil(lambda: gate.pad.input_enabled, timeout=2000)  # the display timer
    assert status(window) == ""
    type_pin(qtbot, gate.pad, WRONG)  # a sixth failure: 60 s
    assert not gate.pad.input_enabled
    assert number(status(window)) == 60
    clock.advance(59)
    gate.refresh()
    assert not gate.pad.input_enabled
    clock.advance(1)
    gate.refresh()
    type_pin(qtbot, gate.pad, WRONG)  # a seventh: 120 s
    assert number(status(window)) == 120
    clock.advance(120)
    gate.refresh()
    type_pin(qtbot, gate.pad, TEST_PIN)
    assert window.stack.currentWidget() is window.facilitator.panel


def test_the_lock_holds_when_the_gate_is_closed_and_opened_again(lesson_window, clock, qtbot):
    window = lesson_window
    gate = window.facilitator.pin_gate
    press_chord(qtbot, window, Qt.Key.Key_F)
    for _ in range(5):
        type_pin(qtbot, gate.pad, WRONG)
    qtbot.mouseClick(gate.cancel, Qt.MouseButton.LeftButton)
    clock.advance(10)
    press_chord(qtbot, window, Qt.Key.Key_F)
    assert not gate.pad.input_enabled
    assert number(status(window)) == 20


def test_three_taps_in_the_top_right_corner_open_the_gate(lesson_window, clock, qtbot):
    window = lesson_window
    for _ in range(2):
        tap_corner(qtbot, window)
        clock.advance(0.9)
        assert not window.facilitator.pin_gate.isVisible()
    tap_corner(qtbot, window)
    assert window.facilitator.pin_gate.isVisible()
    assert window.stack.currentWidget() is window.player  # nothing else happened


def test_taps_too_slow_or_elsewhere_do_nothing(lesson_window, clock, qtbot):
    window = lesson_window
    for _ in range(4):  # one every 1.1 s: never three within 2 s
        tap_corner(qtbot, window)
        clock.advance(1.1)
    assert not window.facilitator.pin_gate.isVisible()
    clock.advance(5)
    tap_corner(qtbot, window)
    tap_corner(qtbot, window)
    qtbot.mouseClick(window.player.caption, Qt.MouseButton.LeftButton)  # not the corner
    tap_corner(qtbot, window)
    assert not window.facilitator.pin_gate.isVisible()
    assert window.facilitator.corner_taps.corner_px >= window.theme.target  # a finger's width


def test_quick_corner_taps_count_past_the_tap_guard_as_kiosk_run_watches(
    lesson_window, clock, qtbot
):
    """With the application's watchers as `kiosk run` puts them (ui.app.watch_input), the
    taps go the way a real touch goes (to the QWindow first, where the tap guard drops a
    second touch near the first within half a second): three taps 0.2 s apart, as a
    facilitator taps, open the gate, and the guard still drops the second and third."""
    from PySide6.QtTest import QTest

    from ui.app import watch_input

    window = lesson_window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    watch_input(app, window)
    try:
        handle = window.windowHandle()
        corner = QPoint(window.width() - 10, 10)
        for _ in range(3):
            QTest.mouseClick(
                handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
            )
            clock.advance(0.2)
        assert window.facilitator.pin_gate.isVisible()
        assert window.tap_guard.ignored == 2  # dropped for the residents' screens all the same
    finally:
        for watcher in (window.idle, window.tap_guard, window.facilitator.panel_lock):
            app.removeEventFilter(watcher)


def test_the_corner_works_from_the_attract_screen_too(make_window, clock, qtbot):
    window = make_window()
    assert window.stack.currentWidget() is window.attract
    for _ in range(3):
        tap_corner(qtbot, window)
        clock.advance(0.3)
    assert window.facilitator.pin_gate.isVisible()


def test_the_panel_locks_itself_after_five_minutes_without_input(lesson_window, clock, qtbot):
    window = lesson_window
    press_chord(qtbot, window, Qt.Key.Key_F)
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    panel = window.facilitator.panel
    clock.advance(250)
    window.idle.check()  # the residents' timeout does not apply to the facilitator
    assert not window.idle_overlay.isVisible()
    window.facilitator.panel_lock.check()
    assert window.stack.currentWidget() is panel
    panel.activity.emit()  # any tap in the panel
    clock.advance(299)
    window.facilitator.panel_lock.check()
    assert window.stack.currentWidget() is panel
    clock.advance(1)
    window.facilitator.panel_lock.check()
    assert window.stack.currentWidget() is window.attract
    # Locked means locked: the panel needs the PIN again.
    press_chord(qtbot, window, Qt.Key.Key_F)
    assert window.facilitator.pin_gate.isVisible()
    assert window.stack.currentWidget() is window.attract


def test_a_tap_in_the_panel_counts_as_input_for_the_lock(lesson_window, clock, qtbot):
    window = lesson_window
    window.facilitator.open("panel")
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    clock.advance(200)
    qtbot.mouseClick(window.facilitator.panel, Qt.MouseButton.LeftButton)
    clock.advance(200)
    window.facilitator.panel_lock.check()
    assert window.stack.currentWidget() is window.facilitator.panel


def test_the_panel_lock_button_returns_to_the_attract_screen(lesson_window, qtbot):
    window = lesson_window
    window.facilitator.open("panel")
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    window.facilitator.panel.lock_requested.emit()
    assert window.stack.currentWidget() is window.attract


def test_first_run_sets_the_pin_twice_and_a_mismatch_says_so(make_window, data_dir, qtbot):
    window = make_window(pin=None)
    setup = window.facilitator.pin_setup
    assert window.stack.currentWidget() is setup  # a new kiosk starts on the set-up step
    press_chord(qtbot, window, Qt.Key.Key_F)
    assert window.stack.currentWidget() is setup
    assert not window.facilitator.pin_gate.isVisible()
    type_pin(qtbot, setup.pad, "135790")
    assert setup.confirming
    type_pin(qtbot, setup.pad, "135791")
    assert not setup.confirming
    assert setup.problem.isVisible()  # "Hai lần nhập không giống nhau..."
    assert not PinStore(data_dir).is_set()
    type_pin(qtbot, setup.pad, "135790")
    assert not setup.problem.isVisible()
    type_pin(qtbot, setup.pad, "135790")
    assert PinStore(data_dir).matches("135790")
    assert "135790" not in (data_dir / "pin.json").read_text()  # only a hash is kept
    # The recovery code, shown once, in groups of four digits, until it is written down.
    assert window.stack.currentWidget() is setup and setup.code_line.isVisible()
    code = setup.code_line.text()
    assert re.fullmatch(r"\d{4} \d{4} \d{4}", code)
    assert PinStore(data_dir).recovery_matches(code)
    assert code.replace(" ", "") not in (data_dir / "pin-recovery.json").read_text()
    assert not setup.bar.home.isVisible() and not setup.buttons.back.isVisible()
    qtbot.mouseClick(setup.buttons.next, Qt.MouseButton.LeftButton)  # "Tôi đã ghi lại"
    assert window.stack.currentWidget() is window.facilitator.panel
    window.facilitator.lock()
    press_chord(qtbot, window, Qt.Key.Key_F)
    assert window.facilitator.pin_gate.isVisible()  # from now on, the PIN


def test_the_first_start_set_up_cannot_be_left_without_a_pin(make_window, data_dir, clock, qtbot):
    window = make_window(pin=None)
    setup = window.facilitator.pin_setup
    type_pin(qtbot, setup.pad, "135790")
    qtbot.mouseClick(setup.buttons.back, Qt.MouseButton.LeftButton)
    assert not setup.confirming  # one step back: the first entry again
    # No Back, no Home, no Escape out of the first step: the residents' screens (and their
    # corner) wait for the PIN.
    assert not setup.buttons.back.isVisible() and not setup.bar.home.isVisible()
    setup.go_back()
    setup.cancel()
    qtbot.keyClick(setup, Qt.Key.Key_Escape)
    for _ in range(3):
        tap_corner(qtbot, window)
    assert window.stack.currentWidget() is setup
    clock.advance(301)  # the facilitator's five-minute lock: back to the set-up, not the loop
    window.facilitator.panel_lock.check()
    window.show_attract()
    assert window.stack.currentWidget() is setup
    assert not PinStore(data_dir).is_set()


def test_quitting_is_impossible_without_the_right_pin(lesson_window, clock, qtbot):
    window = lesson_window
    press_chord(qtbot, window, Qt.Key.Key_Q)
    assert window.facilitator.pin_gate.isVisible()
    assert not window.quit_overlay.isVisible()
    for _ in range(5):
        type_pin(qtbot, window.facilitator.pin_gate.pad, WRONG)
    assert not window.quit_overlay.isVisible()
    press_chord(qtbot, window, Qt.Key.Key_Q)  # asking again changes nothing
    assert not window.quit_overlay.isVisible()
    qtbot.mouseClick(window.facilitator.pin_gate.cancel, Qt.MouseButton.LeftButton)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.isVisible()
    assert not window.quit_allowed


def test_quitting_on_first_run_sets_the_pin_first(make_window, qtbot):
    window = make_window(pin=None)
    press_chord(qtbot, window, Qt.Key.Key_Q)
    assert window.stack.currentWidget() is window.facilitator.pin_setup
    assert not window.quit_overlay.isVisible()
    type_pin(qtbot, window.facilitator.pin_setup.pad, "864209")
    type_pin(qtbot, window.facilitator.pin_setup.pad, "864209")
    assert not window.quit_overlay.isVisible()  # the recovery code first
    qtbot.mouseClick(window.facilitator.pin_setup.buttons.next, Qt.MouseButton.LeftButton)
    assert window.quit_overlay.isVisible()
    qtbot.mouseClick(window.quit_overlay.quit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_the_right_pin_then_quit_closes_the_kiosk_and_its_records(lesson_window, qtbot):
    window = lesson_window
    press_chord(qtbot, window, Qt.Key.Key_Q)
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    assert window.quit_overlay.isVisible()
    window.records.call(lambda store: None)  # the records thread runs
    qtbot.mouseClick(window.quit_overlay.quit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert window.records._thread is None  # closed, its queue finished


def test_the_panels_own_quit_closes_the_kiosk(lesson_window, qtbot):
    window = lesson_window
    window.facilitator.open("panel")
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    window.facilitator.panel.quit_requested.emit()
    assert not window.isVisible()


class Report:
    def message(self, language: str) -> str:
        return {"vi": "Tệp dữ liệu bị hỏng", "en": "The records file was damaged"}[language]


def test_a_recovery_report_is_for_the_facilitator_only(lesson_window, qtbot):
    window = lesson_window
    window.facilitator.set_recovery_report(Report())
    QApplication.processEvents()
    assert not window.message.isVisible()  # never to a resident
    press_chord(qtbot, window, Qt.Key.Key_F)
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    assert window.message.isVisible()
    assert window.message.message.text() == "Tệp dữ liệu bị hỏng"
    qtbot.mouseClick(window.message.ok, Qt.MouseButton.LeftButton)
    window.facilitator.lock()
    window.facilitator.open("panel")
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    assert not window.message.isVisible()  # told once


def test_the_idle_timeout_closes_the_gate(lesson_window, clock, qtbot):
    window = lesson_window
    press_chord(qtbot, window, Qt.Key.Key_F)
    type_pin(qtbot, window.facilitator.pin_gate.pad, "12")
    clock.advance(window.settings.idle_seconds + window.settings.idle_countdown_seconds)
    window.idle.check()
    window.idle.check()
    assert window.stack.currentWidget() is window.attract
    assert not window.facilitator.pin_gate.isVisible()


def test_a_damaged_records_file_is_reported_to_the_facilitator_behind_the_pin(
    make_window, data_dir, bundled_library, qtbot
):
    from kiosk.records.files import records_path
    from ui.app import open_records, start_records

    data_dir.mkdir(parents=True, exist_ok=True)
    records_path(data_dir).write_bytes(b"this is not a database " * 200)
    records, opened = open_records(data_dir, bundled_library)
    window = make_window(records=records)
    window.show_home()
    timer = start_records(window, records, opened, data_dir)
    assert timer.isActive()
    qtbot.waitUntil(lambda: window.facilitator.recovery is not None, timeout=20_000)
    assert not window.message.isVisible()  # the resident on the home screen sees nothing
    press_chord(qtbot, window, Qt.Key.Key_F)
    type_pin(qtbot, window.facilitator.pin_gate.pad, TEST_PIN)
    assert window.message.isVisible()
    assert window.message.message.text().startswith("Tệp dữ liệu ghi danh bị hỏng")
    assert list(data_dir.glob("records.corrupt-*"))  # the damaged file was kept aside


def test_a_gate_left_open_on_the_attract_screen_times_out(make_window, clock, qtbot):
    window = make_window()
    press_chord(qtbot, window, Qt.Key.Key_F)
    assert window.facilitator.pin_gate.isVisible()
    clock.advance(window.settings.idle_seconds + window.settings.idle_countdown_seconds)
    window.idle.check()
    window.idle.check()
    assert not window.facilitator.pin_gate.isVisible()
    assert window.stack.currentWidget() is window.attract
    press_chord(qtbot, window, Qt.Key.Key_F)
    qtbot.mouseClick(window.facilitator.pin_gate.cancel, Qt.MouseButton.LeftButton)
    clock.advance(10_000)
    window.idle.check()
    assert not window.idle_overlay.isVisible()  # the attract loop itself never times out
