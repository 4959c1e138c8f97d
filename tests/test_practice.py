"""Tap-along practice: right touches are praised and lead on, misses get a hint and then a
pulsing ring, Next before trying counts as a miss, and whether the practice was done without
help is recorded with the lesson's completion."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from kiosk.lessons.model import Lesson, Practice, Step, Target, Topic
from kiosk.lessons.practice import Outcome, PracticeTracker
from kiosk.settings import Settings
from kiosk.visit import PRAISE_MS
from tests.test_ui_checkin import GROUPS, query, sign_in


def lesson_with(*practices: Practice | None) -> Lesson:
    steps = tuple(
        Step(text=f"Bước {n}.", narration=f"Bước {n}.", image=Path("x.svg"), practice=p)
        for n, p in enumerate(practices, 1)
    )
    return Lesson(
        "l", "Bài", Topic("t", "T"), "Tóm tắt.", Path("i.svg"), steps, "vi", "p", Path(".")
    )


BUTTON = Practice("Bác hãy chạm vào nút.", Target(100, 500, 400, 140))


def test_a_right_first_touch_is_done_without_help() -> None:
    tracker = PracticeTracker(lesson_with(None, BUTTON))
    assert tracker.touch(1, 300, 570, 1200) is Outcome.RIGHT
    assert tracker.touch(1, 300, 570, 1200) is Outcome.NONE  # done: a second touch is nothing
    assert tracker.next_pressed(1) is Outcome.PASS
    assert tracker.unaided is True


def test_a_first_miss_gets_a_hint_and_a_second_the_ring() -> None:
    tracker = PracticeTracker(lesson_with(BUTTON))
    assert tracker.touch(0, 900, 100, 1200) is Outcome.HINT
    assert tracker.unaided is False  # not done yet
    assert tracker.touch(0, 900, 100, 1200) is Outcome.RING
    assert tracker.touch(0, 300, 570, 1200) is Outcome.RIGHT
    assert tracker.unaided is False  # right, but only once the ring showed the place


def test_right_after_one_hint_still_counts_as_without_help() -> None:
    tracker = PracticeTracker(lesson_with(BUTTON, BUTTON))
    assert tracker.touch(0, 900, 100, 1200) is Outcome.HINT
    assert tracker.touch(0, 300, 570, 1200) is Outcome.RIGHT
    assert tracker.touch(1, 120, 520, 1200) is Outcome.RIGHT
    assert tracker.unaided is True


def test_next_before_trying_is_a_nudge_then_the_ring_then_it_passes() -> None:
    tracker = PracticeTracker(lesson_with(BUTTON, None))
    assert tracker.next_pressed(0) is Outcome.HINT
    assert tracker.next_pressed(0) is Outcome.RING
    assert tracker.next_pressed(0) is Outcome.PASS
    assert tracker.next_pressed(1) is Outcome.PASS  # not a practice step
    assert tracker.unaided is False


def test_a_touch_just_outside_the_edge_counts_but_not_far_off() -> None:
    tracker = PracticeTracker(lesson_with(BUTTON, BUTTON))
    assert tracker.touch(0, 100 - 30, 500 - 30, 1200) is Outcome.RIGHT  # within 3% of 1200
    assert tracker.touch(1, 100 - 40, 570, 1200) is Outcome.HINT


def test_a_lesson_without_practice_records_nothing_about_it() -> None:
    tracker = PracticeTracker(lesson_with(None, None))
    assert tracker.unaided is None
    assert tracker.touch(0, 1, 1, 1200) is Outcome.NONE


# --- the player -------------------------------------------------------------------------------


@pytest.fixture
def lesson(bundled_library):  # type: ignore[no-untyped-def]
    found = bundled_library.find("vneid-install", "vi")
    assert found is not None and found.practices >= 2
    return found


def practice_steps(lesson: Lesson) -> list[int]:
    return [index for index, step in enumerate(lesson.steps) if step.practice is not None]


@pytest.fixture
def at_practice(make_window, lesson):  # type: ignore[no-untyped-def]
    """A window on the lesson's first practice step, and that step's index."""
    window = make_window()
    window.open_lesson(lesson.id)
    index = practice_steps(lesson)[0]
    window.player.show_step(index)
    return window, index


def touch(qtbot, window, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
    """A touch at (x, y) in the picture's own units, through the widget on screen."""
    picture = window.player.picture
    spot = picture.to_widget(Target(x, y, 0, 0)).topLeft()
    where = QPoint(round(spot.x()), round(spot.y()))
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton, pos=where)


def touch_target(qtbot, window, target: Target) -> None:  # type: ignore[no-untyped-def]
    touch(qtbot, window, target.x + target.width / 2, target.y + target.height / 2)


def far_from(target: Target) -> tuple[float, float]:
    """A point of the picture well away from the target."""
    x = 40.0 if target.x > 400 else 1160.0
    y = 40.0 if target.y > 400 else 860.0
    return x, y


def test_the_voice_asks_the_resident_to_try(lesson) -> None:  # type: ignore[no-untyped-def]
    from kiosk.narration.script import step_script

    index = practice_steps(lesson)[0]
    script = step_script(lesson.steps[index], "vi", {})
    assert script.spoken[-1].text.startswith("Bác hãy chạm vào")


def test_a_right_touch_is_praised_then_the_lesson_goes_on(at_practice, qtbot, lesson):  # type: ignore[no-untyped-def]
    window, index = at_practice
    player = window.player
    target = lesson.steps[index].practice.target
    with qtbot.waitSignal(player.speak) as spoken:
        touch_target(qtbot, window, target)
    assert player.prompt.text().startswith("✓ ")
    assert player.prompt.property("role") == "praise"
    assert spoken.args[0] == player.prompt.text().removeprefix("✓ ")
    assert "✗" not in player.prompt.text() and "/" not in player.prompt.text()  # no score
    assert player.index == index  # the praise stays a moment
    qtbot.waitUntil(lambda: player.index == index + 1, timeout=5000)


def test_two_misses_show_the_pulsing_ring_and_let_the_step_pass(at_practice, qtbot, lesson):  # type: ignore[no-untyped-def]
    window, index = at_practice
    player = window.player
    target = lesson.steps[index].practice.target
    x, y = far_from(target)
    with qtbot.waitSignal(player.speak) as hint:
        touch(qtbot, window, x, y)
    assert player.picture.ring is None
    assert player.prompt.property("role") == "prompt"
    assert lesson.steps[index].practice.prompt in hint.args[0]  # the task, said again
    touch(qtbot, window, x, y)
    assert player.picture.ring == target
    before = player.picture.grab().toImage()
    qtbot.wait(700)  # half a pulse later the ring has grown or shrunk
    assert player.picture.grab().toImage() != before
    assert player.index == index
    qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
    assert player.index == index + 1
    assert player.picture.ring is None
    player.show_step(index)  # back again: the ring is still there to help
    assert player.picture.ring == target


def test_next_before_trying_gives_the_hint_first(at_practice, qtbot, lesson):  # type: ignore[no-untyped-def]
    window, index = at_practice
    player = window.player
    with qtbot.waitSignal(player.speak) as said:
        qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
    assert player.index == index
    # Nothing was touched: the hint says what to do, never "not the right place".
    prompt = lesson.steps[index].practice.prompt
    assert said.args[0] == f"Bác thử chạm trên hình trước nhé. {prompt}"
    assert "Chưa đúng" not in player.prompt.text()
    qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
    assert player.picture.ring is not None and player.index == index
    qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
    assert player.index == index + 1


def play_through(qtbot, window, lesson: Lesson, *, miss: bool) -> None:  # type: ignore[no-untyped-def]
    """Every step in order; each practice is touched right (after two misses when `miss`)."""
    player = window.player
    window.open_lesson(lesson.id)
    for index, step in enumerate(lesson.steps):
        assert player.index == index
        if step.practice is not None:
            if miss:
                for _ in range(2):
                    touch(qtbot, window, *far_from(step.practice.target))
            touch_target(qtbot, window, step.practice.target)
        qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.finish


@pytest.mark.parametrize("miss", [False, True])
def test_the_completion_records_whether_practice_was_done_without_help(  # type: ignore[no-untyped-def]
    make_window, qtbot, lesson, miss
):
    window = make_window()
    play_through(qtbot, window, lesson, miss=miss)
    window.show_home()  # nobody signed in: counted anonymously
    rows = query(qtbot, window, "select lesson_id, practice_unaided from completions")
    assert rows == [(lesson.id, 0 if miss else 1)]


def test_a_check_in_records_it_too(make_window, qtbot, lesson):  # type: ignore[no-untyped-def]
    window = make_window(settings=Settings(residential_groups=GROUPS))
    play_through(qtbot, window, lesson, miss=False)
    sign_in(qtbot, window)
    rows = query(qtbot, window, "select person_id is not null, practice_unaided from completions")
    assert rows == [(1, 1)]


def test_touches_off_the_picture_or_on_plain_steps_do_nothing(make_window, qtbot, lesson):  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_lesson(lesson.id)
    player = window.player
    plain = next(i for i, s in enumerate(lesson.steps) if s.practice is None)
    player.show_step(plain)
    with qtbot.assertNotEmitted(player.speak):
        touch(qtbot, window, 600, 450)
    assert player.index == plain
    assert player.picture.to_units(QPointF(-5, -5)) is None


def test_shot_shows_a_practice_step_after_a_miss_two_misses_or_a_right_touch(  # type: ignore[no-untyped-def]
    make_window, lesson
):
    from ui.tools.shot import ShotError, show_screen

    window = make_window()
    number = practice_steps(lesson)[0] + 1
    show_screen(window, f"lesson:{lesson.id}:{number}:hint")
    assert window.player.feedback == "hint" and window.player.picture.ring is None
    show_screen(window, f"lesson:{lesson.id}:{number}:ring")
    assert window.player.picture.ring == lesson.steps[number - 1].practice.target
    show_screen(window, f"lesson:{lesson.id}:{number}:praise")
    assert window.player.feedback == "praise"
    plain = next(i for i, s in enumerate(lesson.steps) if s.practice is None) + 1
    with pytest.raises(ShotError, match="has no practice"):
        show_screen(window, f"lesson:{lesson.id}:{plain}:ring")
    with pytest.raises(ShotError, match="practice states"):
        show_screen(window, f"lesson:{lesson.id}:{number}:score")


def test_leaving_during_the_praise_does_not_move_the_lesson_on(at_practice, qtbot, lesson):  # type: ignore[no-untyped-def]
    window, index = at_practice
    player = window.player
    touch_target(qtbot, window, lesson.steps[index].practice.target)
    assert player.feedback == "praise"
    window.show_home()
    with qtbot.assertNotEmitted(player.step_shown, wait=PRAISE_MS + 500):
        pass
    assert player.index == index and window.stack.currentWidget() is window.home


def test_the_ring_stops_pulsing_while_nobody_sees_it(at_practice, qtbot, lesson):  # type: ignore[no-untyped-def]
    window, _ = at_practice
    player = window.player
    for _ in range(2):
        player.go_next()  # two nudges: the ring
    pulse = player.picture._pulse
    assert pulse.state() == pulse.State.Running
    window.show_home()
    assert pulse.state() == pulse.State.Stopped
    window.stack.setCurrentWidget(player)
    assert pulse.state() == pulse.State.Running


def test_a_miss_says_not_quite_and_the_task_has_its_own_box(at_practice, qtbot, lesson):  # type: ignore[no-untyped-def]
    """The task sits right under the caption, in a blue-framed box with a hand, unlike the
    yellow marker of the sentence being read."""
    window, index = at_practice
    player = window.player
    with qtbot.waitSignal(player.speak) as said:
        touch(qtbot, window, *far_from(lesson.steps[index].practice.target))
    assert said.args[0].startswith("Chưa đúng chỗ")
    task, caption = player.task, player.caption
    assert task.isVisible() and player.task_hand.isVisible()
    gap = task.geometry().top() - caption.geometry().bottom()
    assert 0 <= gap <= window.theme.px(40)
    player.set_reading(0)
    marker = caption.labels[0].grab().toImage().pixelColor(6, 6).name()
    box = task.grab().toImage().pixelColor(task.width() // 2, 10).name()
    assert marker != box
