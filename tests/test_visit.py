"""The resident's visit without Qt (kiosk/visit): whole visits driven by calls, as the window
forwards touches, and what every view hears back. No widget, no event loop: this is the state
that class mode's TV window will show beside the touchscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.lessons.loader import load_library
from kiosk.lessons.model import Lesson, Library, Practice, Step, Target, Topic
from kiosk.paths import bundled_lessons_dir
from kiosk.records.operations import RecordCompletion
from kiosk.visit import Visit
from kiosk.visit.events import (
    Event,
    Feedback,
    FeedbackGiven,
    LanguageChanged,
    LessonOpened,
    Moved,
    Place,
    PraiseStarted,
    SignedIn,
    SpeedChanged,
    StepShown,
)

BUTTON = Practice("Bác hãy chạm vào nút.", Target(100, 500, 400, 140))
RIGHT = (300.0, 570.0, 1200.0)  # inside the button, on a picture 1200 units across
WRONG = (900.0, 100.0, 1200.0)


def lesson(lesson_id: str, language: str, *practices: Practice | None) -> Lesson:
    steps = tuple(
        Step(text=f"Bước {n}.", narration=f"Bước {n}.", image=Path(f"{n}.svg"), practice=p)
        for n, p in enumerate(practices, 1)
    )
    return Lesson(
        lesson_id,
        f"Bài {lesson_id}",
        Topic("t", "T"),
        "Tóm tắt.",
        Path("i.svg"),
        steps,
        language,
        "p",
        Path("."),
    )


LIBRARY = Library(
    lessons=(
        lesson("a", "vi", None, BUTTON, None),
        lesson("b", "vi", None, None),
        lesson("a", "en", None, BUTTON, None),
    )
)


class Views:
    """Two views of one visit (the touchscreen and, later, the TV): what each heard."""

    def __init__(self, visit: Visit) -> None:
        self.touchscreen: list[Event] = []
        self.tv: list[Event] = []
        visit.subscribe(self.touchscreen.append)
        self.stop_tv = visit.subscribe(self.tv.append)

    def places(self) -> list[str]:
        return [str(e.place) for e in self.touchscreen if isinstance(e, Moved)]

    def steps(self) -> list[int]:
        return [e.position.index for e in self.touchscreen if isinstance(e, StepShown)]

    def clear(self) -> None:
        self.touchscreen.clear()
        self.tv.clear()


@pytest.fixture
def recorded() -> list[RecordCompletion]:
    return []


@pytest.fixture
def visit(recorded: list[RecordCompletion]) -> Visit:
    return Visit(LIBRARY, language="vi", record=recorded.append)


def test_a_whole_visit_home_lesson_practice_finish_and_back_to_the_attract_loop(
    visit: Visit, recorded: list[RecordCompletion]
) -> None:
    views = Views(visit)
    visit.go_home()
    assert visit.open_lesson("a")
    assert isinstance(views.touchscreen[1], LessonOpened)  # narration is made before step 1
    visit.next()  # step 2 is a practice step
    visit.touch(*WRONG)
    assert visit.position is not None and visit.position.feedback is Feedback.HINT
    visit.touch(*RIGHT)
    assert visit.position.feedback is Feedback.PRAISE
    praise = [e for e in views.touchscreen if isinstance(e, PraiseStarted)]
    assert len(praise) == 1
    visit.praise_elapsed(praise[0].turn)  # the view's timer: the next step follows
    assert visit.position.index == 2
    visit.next()  # Finish on the last step
    assert visit.place is Place.FINISH and visit.finished_lesson is LIBRARY.lessons[0]
    assert recorded == []  # not yet: the resident may sign in
    visit.go_attract()
    assert recorded == [RecordCompletion("a", "vi", practice_unaided=True)]
    assert visit.lesson is None and visit.finished_lesson is None  # forgotten
    assert views.places() == ["home", "lesson", "finish", "attract"]
    assert views.steps() == [0, 1, 2]
    assert views.tv == views.touchscreen  # the second view heard the same, in the same order


def test_a_second_view_subscribes_and_unsubscribes_without_disturbing_the_first(
    visit: Visit,
) -> None:
    views = Views(visit)
    visit.open_lesson("b")
    views.stop_tv()
    visit.next()
    assert len(views.touchscreen) == len(views.tv) + 1
    assert views.steps() == [0, 1]


def test_each_finished_lesson_is_recorded_once_anonymously_when_its_finish_is_left(
    visit: Visit, recorded: list[RecordCompletion]
) -> None:
    visit.open_lesson("b")
    visit.next()
    visit.next()
    assert visit.place is Place.FINISH
    visit.open_lesson("b")  # "Học lại": the first run counts now, once
    assert recorded == [RecordCompletion("b", "vi", None)]
    visit.go_home()
    visit.go_channels()
    assert len(recorded) == 1
    visit.finish("b")  # straight to a finish screen
    visit.finish("a")  # another finish: the earlier one counts
    visit.go_home()
    assert [r.lesson_id for r in recorded] == ["b", "b", "a"]


def test_a_check_in_records_the_lesson_itself_and_a_failed_one_gives_it_back(
    visit: Visit, recorded: list[RecordCompletion]
) -> None:
    views = Views(visit)
    visit.finish("a")
    assert visit.open_checkin()
    visit.checkin_submitting()
    visit.checkin_failed()  # the resident is still at the check-in: nothing recorded yet
    assert recorded == []
    visit.checkin_submitting()
    visit.checkin_saved()
    assert visit.signed_in and any(isinstance(e, SignedIn) for e in views.touchscreen)
    visit.leave_checkin()
    visit.go_home()
    assert recorded == []  # signed in: the check-in recorded it with the name


def test_a_check_in_that_fails_after_the_resident_left_still_counts_the_lesson(
    visit: Visit, recorded: list[RecordCompletion]
) -> None:
    visit.finish("a")
    visit.open_checkin()
    visit.checkin_submitting()
    visit.go_home()  # gone before the answer
    assert recorded == []
    visit.checkin_failed()
    assert recorded == [RecordCompletion("a", "vi", None)]


def test_skipping_the_check_in_counts_the_lesson_and_shows_the_list_near_it(
    visit: Visit, recorded: list[RecordCompletion]
) -> None:
    views = Views(visit)
    visit.open_lesson("a")
    visit.next()
    visit.next()  # untried: a nudge
    visit.next()  # the ring
    visit.next()  # passes now
    visit.next()
    assert visit.place is Place.FINISH
    visit.open_checkin()
    visit.checkin_skipped()
    assert recorded == [RecordCompletion("a", "vi", practice_unaided=False)]
    last = [e for e in views.touchscreen if isinstance(e, Moved)][-1]
    assert (last.place, last.previous, last.near) == (Place.HOME, Place.CHECKIN, "a")


def test_next_before_trying_nudges_then_rings_then_passes(visit: Visit) -> None:
    views = Views(visit)
    visit.open_lesson("a", 1)
    visit.next()
    visit.next()
    answers = [e.position.feedback for e in views.touchscreen if isinstance(e, FeedbackGiven)]
    assert answers == [Feedback.UNTRIED, Feedback.RING]
    assert visit.position is not None and visit.position.ring
    visit.back()
    visit.next()  # back on the step whose ring was shown: it shows again, and Next passes
    assert visit.position.ring and visit.position.index == 1
    visit.next()
    assert visit.position.index == 2


def test_the_praise_does_not_move_on_unseen_after_home_or_another_step(visit: Visit) -> None:
    views = Views(visit)
    visit.open_lesson("a", 1)
    visit.touch(*RIGHT)
    turn = [e for e in views.touchscreen if isinstance(e, PraiseStarted)][-1].turn
    visit.go_home()
    visit.praise_elapsed(turn)  # the timer fires late
    assert visit.place is Place.HOME
    visit.open_lesson("a", 1)
    assert visit.position is not None and visit.position.feedback is Feedback.NONE  # a new run
    visit.praise_elapsed(turn)  # a stale turn
    assert visit.position.index == 1
    visit.touch(*RIGHT)
    visit.next()  # Next during the praise goes on at once
    assert visit.position.index == 2
    visit.praise_elapsed(turn + 1)  # and the timer does not move it a second time
    assert visit.position.index == 2


def test_a_step_already_done_says_so_and_a_touch_on_it_is_nothing(visit: Visit) -> None:
    views = Views(visit)
    visit.open_lesson("a", 1)
    visit.touch(*RIGHT)
    visit.back()
    visit.next()
    assert visit.position is not None and visit.position.feedback is Feedback.DONE
    views.clear()
    visit.touch(*WRONG)
    assert views.touchscreen == []


def test_back_on_the_first_step_goes_to_the_list_near_the_lesson(visit: Visit) -> None:
    views = Views(visit)
    visit.open_lesson("b")
    visit.back()
    last = [e for e in views.touchscreen if isinstance(e, Moved)][-1]
    assert (last.place, last.near) == (Place.HOME, "b")


def test_steps_asked_for_out_of_range_stay_in_the_lesson(visit: Visit) -> None:
    visit.open_lesson("b", 99)
    assert visit.position is not None and visit.position.index == 1
    visit.show_step(-5)
    assert visit.position.index == 0
    assert not visit.open_lesson("no-such-lesson")
    assert visit.lesson is not None and visit.lesson.id == "b"


def test_lessons_follow_the_language_with_vietnamese_when_it_has_none(visit: Visit) -> None:
    views = Views(visit)
    visit.set_language("en")
    assert [x.id for x in visit.lessons()] == ["a"]
    visit.open_lesson("b")  # no English "b": the Vietnamese one
    assert visit.lesson is not None and visit.lesson.language == "vi"
    visit.open_lesson("a")
    assert visit.lesson.language == "en"
    assert LanguageChanged("en") in views.touchscreen


def test_the_idle_return_restores_language_and_speed_but_not_on_the_facilitator_pages(
    visit: Visit,
) -> None:
    views = Views(visit)
    visit.set_language("en")
    visit.set_speed("slower")
    visit.step_away(Place.FACILITATOR)
    assert not visit.idle_expired("vi", "normal")
    assert (visit.language, visit.speed) == ("en", "slower")
    visit.go_home()
    assert visit.idle_expired("vi", "normal")
    assert (visit.language, visit.speed) == ("vi", "normal")
    assert SpeedChanged("normal") in views.touchscreen
    with pytest.raises(ValueError):
        visit.step_away(Place.HOME)


def test_leaving_a_finish_for_the_facilitator_records_it(
    visit: Visit, recorded: list[RecordCompletion]
) -> None:
    visit.finish("a")
    visit.step_away(Place.PIN_SETUP)
    assert recorded == [RecordCompletion("a", "vi", None)]
    visit.end()  # the kiosk closes: nothing counts twice
    assert len(recorded) == 1


def test_a_kiosk_without_records_plays_a_whole_visit() -> None:
    visit = Visit(LIBRARY, language="vi")  # no records: completions go nowhere
    visit.open_lesson("b")
    visit.next()
    visit.next()
    visit.go_attract()
    assert visit.place is Place.ATTRACT


def test_every_bundled_lesson_can_be_walked_to_its_finish_without_qt(
    recorded: list[RecordCompletion],
) -> None:
    """The fifteen lessons in both languages, walked by Next alone: each practice step
    nudges, rings and passes, and each lesson is recorded once."""
    library = load_library(bundled_lessons_dir())
    assert len(library.lessons) >= 30
    for language in ("vi", "en"):
        visit = Visit(library, language=language, record=recorded.append)
        for each in visit.lessons():
            visit.open_lesson(each.id)
            for _ in range(3 * len(each.steps) + 1):
                if visit.place is Place.FINISH:
                    break
                visit.next()
            assert visit.place is Place.FINISH, each.id
            visit.go_home()
    practised = [r for r in recorded if r.practice_unaided is not None]
    assert len(recorded) == len(library.lessons)
    assert practised and all(r.practice_unaided is False for r in practised)
