"""The resident's way through: attract, home, the lesson player, finish; by touch and by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from kiosk.lessons.model import Library
from tests.conftest import TEST_PIN
from tests.test_practice import touch_target


def first_lesson(library: Library, language: str = "vi"):  # type: ignore[no-untyped-def]
    return library.in_language(language)[0]


def test_starts_on_attract_and_a_touch_anywhere_opens_home(make_window, qtbot):
    window = make_window()
    assert window.stack.currentWidget() is window.attract
    qtbot.mouseClick(window.attract.picture, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_language_button_switches_language_and_starts(make_window, qtbot, bundled_library):
    window = make_window(language="vi")
    assert window.attract.invite.text() == "Mời bác chạm vào màn hình để bắt đầu"
    qtbot.mouseClick(window.attract.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert window.language == "en"
    assert window.home.bar.title.text() == "Choose a lesson"
    titles = set()
    for page in range(window.home.page_count):  # the lessons are shown a few to a page
        window.home.show_page(page)
        titles |= {tile.title.text() for tile in window.home.tiles}
    assert titles == {lesson.title for lesson in bundled_library.in_language("en")}


def test_tile_opens_lesson_and_next_walks_every_step_to_finish(make_window, qtbot, bundled_library):
    window = make_window()
    window.show_home()
    lesson = first_lesson(bundled_library)
    tile = next(t for t in window.home.tiles if t.lesson_id == lesson.id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    player = window.player
    assert window.stack.currentWidget() is player
    total = len(lesson.steps)
    for number in range(1, total + 1):
        assert player.bar.right.text() == f"Bước {number} / {total}"
        assert player.caption.text() == lesson.steps[number - 1].text
        assert player.picture.path == lesson.steps[number - 1].image
        expected = "Hoàn thành" if number == total else "Tiếp theo"
        assert player.next.text() == expected
        practice = lesson.steps[number - 1].practice
        if practice is not None:  # a tap-along step: touch the right place first
            touch_target(qtbot, window, practice.target)
        qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.finish
    assert window.finish.lesson_title.text() == lesson.title
    assert window.finish.another.text() == "Học bài khác"


def test_back_steps_back_and_leaves_to_the_list_from_step_one(make_window, qtbot, bundled_library):
    window = make_window()
    lesson = first_lesson(bundled_library)
    window.open_lesson(lesson.id, 2)
    qtbot.mouseClick(window.player.back, Qt.MouseButton.LeftButton)
    assert window.player.index == 1
    qtbot.mouseClick(window.player.back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.player.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_home_is_in_the_same_corner_on_every_screen(make_window, bundled_library):
    window = make_window()
    lesson = first_lesson(bundled_library)
    window.open_lesson(lesson.id)
    QApplication.processEvents()
    in_lesson = window.player.bar.home.mapTo(window, window.player.bar.home.rect().topLeft())
    window.show_finish(lesson.id)
    QApplication.processEvents()
    in_finish = window.finish.bar.home.mapTo(window, window.finish.bar.home.rect().topLeft())
    assert in_lesson == in_finish
    assert window.player.bar.home.size() == window.finish.bar.home.size()


def test_home_button_and_another_lesson_return_to_the_list(make_window, qtbot, bundled_library):
    window = make_window()
    lesson = first_lesson(bundled_library)
    window.open_lesson(lesson.id, 1)
    qtbot.mouseClick(window.player.bar.home, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    window.show_finish(lesson.id)
    qtbot.mouseClick(window.finish.another, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    window.show_finish(lesson.id)
    qtbot.mouseClick(window.finish.repeat, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.player
    assert window.player.index == 0


def test_keyboard_for_the_facilitator(make_window, qtbot, bundled_library):
    window = make_window()
    lesson = first_lesson(bundled_library)
    qtbot.keyClick(window.attract, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    qtbot.keyClick(window.home, Qt.Key.Key_1)
    assert window.stack.currentWidget() is window.player
    assert window.player.lesson.id == lesson.id
    qtbot.keyClick(window.player, Qt.Key.Key_Right)
    qtbot.keyClick(window.player, Qt.Key.Key_Enter)
    assert window.player.index == 2
    qtbot.keyClick(window.player, Qt.Key.Key_Left)
    assert window.player.index == 1
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_practice_prompt_is_shown_only_on_practice_steps(make_window, bundled_library):
    window = make_window()
    lesson = first_lesson(bundled_library)
    assert lesson.practices >= 1
    for index, step in enumerate(lesson.steps):
        window.open_lesson(lesson.id, index)
        assert window.player.prompt.isVisible() == (step.practice is not None)
        if step.practice is not None:
            assert window.player.prompt.text() == f"Thử làm: {step.practice.prompt}"


def test_listen_again_keeps_its_place_and_asks_for_narration(make_window, qtbot, bundled_library):
    window = make_window()
    window.open_lesson(first_lesson(bundled_library).id, 1)
    with qtbot.waitSignal(window.player.listen_requested) as blocker:
        qtbot.mouseClick(window.player.listen, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert window.player.listen.text() == "Nghe lại"


def test_the_resident_cannot_close_the_window(make_window):
    window = make_window()
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.isVisible()


def type_pin(qtbot, gate, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        qtbot.mouseClick(gate.pad.keys[digit], Qt.MouseButton.LeftButton)


def test_facilitator_chord_asks_for_the_pin_then_asks_then_quits(make_window, qtbot):
    window = make_window()
    window.show_home()
    qtbot.keyClick(
        window.home,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert window.facilitator.pin_gate.isVisible()
    assert not window.quit_overlay.isVisible()
    type_pin(qtbot, window.facilitator.pin_gate, TEST_PIN)
    assert window.quit_overlay.isVisible()
    qtbot.mouseClick(window.quit_overlay.stay, Qt.MouseButton.LeftButton)
    assert not window.quit_overlay.isVisible()
    assert window.isVisible()
    window.ask_quit()  # the facilitator is still past the PIN: straight to the question
    qtbot.mouseClick(window.quit_overlay.quit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
