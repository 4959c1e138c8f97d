"""A class taught from the kiosk, without Qt (kiosk/classroom): the steps the hall is walked
through, the ring and the blank TV, what the records hear, the task said to a hall, and which
screen the hall sees."""

from __future__ import annotations

import pytest

from kiosk.classroom import Blanked, ClassEnded, ClassEvent, Classroom, LessonTaught
from kiosk.classroom.prompt import class_task
from kiosk.classroom.screens import ScreenInfo, choose_audience_screen
from kiosk.visit.events import Feedback, FeedbackGiven, LessonOpened, StepShown
from tests.test_visit import BUTTON, lesson

A = lesson("a", "vi", None, BUTTON, None)
B = lesson("b", "vi", None, None)


def room(*lessons_: object) -> tuple[Classroom, list[ClassEvent], list[ClassEvent]]:
    classroom = Classroom(lessons_ or (A, B), "vi")  # type: ignore[arg-type]
    tv: list[ClassEvent] = []
    console: list[ClassEvent] = []
    classroom.subscribe(tv.append)
    classroom.subscribe(console.append)
    classroom.begin()
    return classroom, tv, console


def steps(events: list[ClassEvent]) -> list[tuple[str, int]]:
    return [(e.position.lesson.id, e.position.index) for e in events if isinstance(e, StepShown)]


def taught(events: list[ClassEvent]) -> list[tuple[str, bool]]:
    return [(e.lesson.id, e.reached_end) for e in events if isinstance(e, LessonTaught)]


def test_forward_walks_every_step_and_on_into_the_next_lesson() -> None:
    classroom, tv, console = room()
    for _ in range(10):  # more presses than steps: the last step stays
        classroom.next()
    assert steps(tv) == [("a", 0), ("a", 1), ("a", 2), ("b", 0), ("b", 1)]
    assert tv == console  # both views heard the same, in the same order
    assert [e.lesson.id for e in tv if isinstance(e, LessonOpened)] == ["a", "b"]
    assert taught(tv) == [("a", False), ("a", True), ("b", False), ("b", True)]
    assert classroom.upcoming is None and not classroom.has_next_lesson


def test_back_returns_to_the_last_step_of_the_lesson_before_and_stops_at_the_start() -> None:
    classroom, tv, _ = room()
    classroom.next_lesson()
    classroom.back()
    assert (classroom.lesson.id, classroom.position.index) == ("a", 2)
    for _ in range(5):
        classroom.back()
    assert (classroom.lesson.id, classroom.position.index) == ("a", 0)
    # a's last step was shown when going back into it: it counts as reached, once
    assert taught(tv) == [("a", False), ("b", False), ("a", True)]


def test_a_lesson_taught_again_is_told_once_and_reached_once() -> None:
    classroom, tv, _ = room(A)
    for _ in range(3):
        classroom.next()
    classroom.go_to_lesson(0)
    for _ in range(3):
        classroom.next()
    assert taught(tv) == [("a", False), ("a", True)]
    assert classroom.end() == ClassEnded(("a",), ("a",))


def test_the_ring_shows_only_on_a_practice_step_and_goes_with_the_step() -> None:
    classroom, tv, _ = room()
    classroom.toggle_ring()  # step 1 has no practice: nothing
    assert not any(isinstance(e, FeedbackGiven) for e in tv)
    classroom.next()
    classroom.toggle_ring()
    assert classroom.position.ring and classroom.position.feedback is Feedback.RING
    classroom.toggle_ring()
    assert not classroom.position.ring
    classroom.toggle_ring()
    classroom.next()
    classroom.back()
    assert not classroom.position.ring  # a step shown again starts without it


def test_blanking_is_told_once_per_change_and_the_step_stays() -> None:
    classroom, tv, _ = room()
    classroom.next()
    classroom.toggle_blank()
    classroom.set_blank(True)  # already blank: nothing
    classroom.toggle_blank()
    assert [e.blank for e in tv if isinstance(e, Blanked)] == [True, False]
    assert classroom.position.index == 1


def test_an_ended_class_answers_nothing_more() -> None:
    classroom, tv, _ = room()
    ended = classroom.end()
    count = len(tv)
    for act in (classroom.next, classroom.back, classroom.toggle_blank, classroom.next_lesson):
        act()
    assert len(tv) == count and classroom.end() == ended
    assert sum(isinstance(e, ClassEnded) for e in tv) == 1


def test_a_class_needs_a_lesson() -> None:
    with pytest.raises(ValueError):
        Classroom((), "vi")


@pytest.mark.parametrize(
    ("prompt", "language", "task", "reads_on"),
    [
        ("Bác hãy chạm vào nút Cài đặt.", "vi", "chạm vào nút Cài đặt.", True),
        ("Bác hãy  chạm vào ô Wi-Fi.", "vi", "chạm vào ô Wi-Fi.", True),
        (
            "Tên này sai. Bác hãy chạm vào nút Báo cáo.",
            "vi",
            "Tên này sai. Bà con hãy chạm vào nút Báo cáo.",
            False,
        ),
        ("Chạm vào chỗ bác thấy chữ Gửi.", "vi", "Chạm vào chỗ bà con thấy chữ Gửi.", False),
        ("Please touch the Install button.", "en", "touch the Install button.", True),
        (
            "This name is wrong. Please touch Report.",
            "en",
            "This name is wrong. Please touch Report.",
            False,
        ),
        ("Bác hãy", "vi", "Bà con hãy", False),
    ],
)
def test_a_practice_task_is_said_to_the_whole_hall(
    prompt: str, language: str, task: str, reads_on: bool
) -> None:
    assert class_task(prompt, language) == (task, reads_on)


def test_the_hall_sees_the_largest_other_screen_that_is_big_enough() -> None:
    touch = ScreenInfo("touch", 1366, 768)
    tv = ScreenInfo("tv", 1920, 1080)
    small = ScreenInfo("small", 800, 480)
    projector = ScreenInfo("projector", 1280, 720)
    assert choose_audience_screen([touch, tv], "touch").audience == tv
    assert choose_audience_screen([touch, projector, tv], "touch").audience == tv
    alone = choose_audience_screen([touch, small], "touch")
    assert alone.audience is None and alone.too_small == (small,)
    assert choose_audience_screen([touch], "touch").audience is None
    assert choose_audience_screen([tv, touch], "tv").audience == touch  # the console is on tv
