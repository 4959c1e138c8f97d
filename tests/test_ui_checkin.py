"""A resident signs in at the end of a lesson: consent read aloud, the name on the on-screen
keyboard, the birth year on the number pad, the residential group; a real RecordStore in the
test's data directory, written on the records thread."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from PySide6.QtCore import Qt
from sqlite_utils import Database

from kiosk.records import CONSENT_VERSION, RecordError, RecordStore
from kiosk.records.files import records_path
from kiosk.settings import Settings
from ui.records_service import RecordsService
from ui.screens.checkin_pages import CONSENT, CONSENT_TEXT_VERSION

NAME = "Nguyễn Thị Đều"
GROUPS = ("Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4", "Tổ 5", "Tổ 6", "Tổ 7", "Tổ 8")
# The name as an elder types it without Telex: plain letters, then a mark key.
NAME_KEYS = ["n", "g", "u", "y", "e", "n", "ê", "ã", "space", "t", "h", "i", "ạ", "space"]
NAME_KEYS += ["đ", "e", "u", "ê", "à"]


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def query(qtbot, window, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Rows read on the records thread, after every write handed over before."""
    found: list[list[tuple]] = []
    window.records.call(lambda store: store.db.execute(sql).fetchall(), on_done=found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


@pytest.fixture
def lesson(bundled_library):  # type: ignore[no-untyped-def]
    return bundled_library.in_language("vi")[0]


@pytest.fixture
def window(make_window, lesson):  # type: ignore[no-untyped-def]
    window = make_window(settings=Settings(residential_groups=GROUPS))
    window.show_finish(lesson.id)
    return window


def sign_in(qtbot, window, keys=NAME_KEYS, year: str = "1950", group: str = "Tổ 2"):  # type: ignore[no-untyped-def]
    checkin = window.checkin
    with qtbot.waitSignal(checkin.speak) as spoken:
        click(qtbot, window.finish.checkin)
    assert window.stack.currentWidget() is checkin
    assert checkin.step == "consent"
    assert spoken.args == [CONSENT["vi"].spoken]  # the consent is read aloud
    click(qtbot, checkin.buttons.next)  # Đồng ý
    assert checkin.step == "name"
    for key in keys:
        click(qtbot, checkin.keyboard.keys[key])
    click(qtbot, checkin.buttons.next)
    assert checkin.step == "year"
    for digit in year:
        click(qtbot, checkin.year.pad.keys[digit])
    click(qtbot, checkin.buttons.next)
    assert checkin.step == "group"
    tile = next(t for t in checkin.group.tiles if t.group_name == group)
    with qtbot.waitSignal(checkin.signed_in, timeout=10_000) as saved:
        click(qtbot, tile)
    assert checkin.step == "done"
    return saved.args[0]


def test_the_consent_wording_is_the_version_stored_with_each_person():
    assert CONSENT_TEXT_VERSION == CONSENT_VERSION
    spoken = CONSENT["vi"].spoken
    for must in ("họ tên", "năm sinh", "tổ dân phố", "bài", "nhà văn hóa", "chỉ lưu trên máy"):
        assert must in spoken
    assert "người hướng dẫn" in spoken and "Đồng ý" in spoken and "Bỏ qua" in spoken


def test_a_resident_signs_in_and_the_record_is_committed(window, qtbot, lesson):
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    skip, agree = checkin.buttons.skip, checkin.buttons.next
    assert abs(skip.width() - agree.width()) <= 1  # Bỏ qua is as large as Đồng ý
    assert skip.height() == agree.height()
    click(qtbot, checkin.buttons.back)
    assert window.stack.currentWidget() is window.finish
    result = sign_in(qtbot, window)
    assert checkin.keyboard.text() == "" and checkin.year.pad.text() == ""  # forgotten
    assert not result.returning
    assert "Đều" in checkin.done.line.text()  # "Cảm ơn bác Đều!"
    people = query(
        qtbot,
        window,
        "select id, full_name, birth_year, residential_group, consent_at, consent_version "
        "from people",
    )
    assert len(people) == 1
    person_id, full_name, birth_year, group, consent_at, version = people[0]
    assert full_name == unicodedata.normalize("NFC", NAME) == NAME
    assert (birth_year, group) == (1950, "Tổ 2")
    assert consent_at and version == CONSENT_VERSION
    completions = query(qtbot, window, "select lesson_id, person_id, language from completions")
    assert completions == [(lesson.id, person_id, "vi")]
    # Back to the finish screen: it says so, and leaving adds no anonymous completion.
    click(qtbot, checkin.buttons.back)
    assert window.stack.currentWidget() is window.finish
    assert not window.finish.checkin.isEnabled()
    click(qtbot, window.finish.bar.home)
    assert len(query(qtbot, window, "select id from completions")) == 1


def test_the_same_resident_again_is_welcomed_back_and_not_added_twice(window, qtbot, lesson):
    sign_in(qtbot, window)
    click(qtbot, window.checkin.buttons.next)  # Học bài khác
    assert window.stack.currentWidget() is window.home
    window.show_finish(lesson.id)
    # Telex this time, and another group: still the same person (name and birth year).
    telex = [*"nguyeenx", "space", *"thij", "space", *"ddeeuf"]
    result = sign_in(qtbot, window, keys=telex, group="Tổ 5")
    assert result.returning
    assert "Đều" in window.checkin.done.headline.text()  # "Chào mừng bác Đều quay lại!"
    assert query(qtbot, window, "select count(*) from people") == [(1,)]
    rows = query(qtbot, window, "select person_id from completions")
    assert len(rows) == 2 and rows[0] == rows[1] == (result.person.id,)


def test_skip_records_only_an_anonymous_completion(window, qtbot, lesson):
    click(qtbot, window.finish.checkin)
    click(qtbot, window.checkin.buttons.skip)  # Bỏ qua
    assert window.stack.currentWidget() is window.home
    assert query(qtbot, window, "select lesson_id, person_id from completions") == [
        (lesson.id, None)
    ]
    assert query(qtbot, window, "select count(*) from people") == [(0,)]
    window.show_channels()
    assert len(query(qtbot, window, "select id from completions")) == 1  # once


def test_leaving_the_finish_screen_by_home_counts_the_lesson_once(window, qtbot, lesson):
    click(qtbot, window.finish.bar.home)
    window.show_channels()
    window.show_home()
    assert query(qtbot, window, "select lesson_id, person_id from completions") == [
        (lesson.id, None)
    ]


def test_the_idle_timeout_forgets_the_check_in_and_counts_the_lesson(window, qtbot, clock):
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    click(qtbot, checkin.buttons.next)
    for key in NAME_KEYS:
        click(qtbot, checkin.keyboard.keys[key])
    assert checkin.keyboard.text() == NAME
    clock.advance(window.settings.idle_seconds)
    window.idle.check()
    assert window.idle_overlay.isVisible()  # the residents' timeout applies here
    clock.advance(window.settings.idle_countdown_seconds)
    window.idle.check()
    assert window.stack.currentWidget() is window.attract
    assert checkin.keyboard.text() == "" and checkin.lesson is None  # nothing personal kept
    assert query(qtbot, window, "select person_id from completions") == [(None,)]
    assert query(qtbot, window, "select count(*) from people") == [(0,)]


def test_every_step_has_back_and_home_in_the_same_places(window, qtbot):
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    home = checkin.bar.home.mapTo(window, checkin.bar.home.rect().topLeft())
    assert home == window.finish.bar.home.mapTo(window, window.finish.bar.home.rect().topLeft())
    places = set()
    for step in ("consent", "name", "year", "group"):
        checkin.show_step(step)
        assert checkin.bar.home.isVisible() and checkin.buttons.back.isVisible()
        places.add(checkin.buttons.back.mapTo(window, checkin.buttons.back.rect().topLeft()))
    assert len(places) == 1
    click(qtbot, checkin.bar.home)
    assert window.stack.currentWidget() is window.home


def test_a_bad_name_or_year_is_said_on_the_page(window, qtbot):
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    click(qtbot, checkin.buttons.next)
    click(qtbot, checkin.buttons.next)  # no name typed
    assert checkin.step == "name"
    assert checkin.problem_text() == RecordError("name_empty").message("vi")
    click(qtbot, checkin.keyboard.keys["a"])
    assert checkin.problem_text() == ""
    click(qtbot, checkin.buttons.next)
    for digit in "1850":
        click(qtbot, checkin.year.pad.keys[digit])
    click(qtbot, checkin.buttons.next)
    assert checkin.step == "year"
    assert checkin.problem_text().startswith("Năm sinh phải từ 1900")
    assert checkin.year.pad.text() == "1850"  # kept, to correct


def test_without_groups_the_group_step_is_skipped(make_window, qtbot, lesson):
    window = make_window()  # no residential groups in the settings
    window.show_finish(lesson.id)
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    click(qtbot, checkin.buttons.next)
    for key in NAME_KEYS:
        click(qtbot, checkin.keyboard.keys[key])
    click(qtbot, checkin.buttons.next)
    for digit in "1950":
        click(qtbot, checkin.year.pad.keys[digit])
    with qtbot.waitSignal(checkin.signed_in, timeout=10_000):
        click(qtbot, checkin.buttons.next)
    assert checkin.step == "done"
    assert query(qtbot, window, "select residential_group from people") == [("",)]


def test_groups_are_paged_six_at_a_time(window, qtbot):
    checkin = window.checkin
    window.open_checkin(window.finish.lesson.id)
    checkin.show_step("group")
    assert checkin.group.pager.isVisible()
    shown = [t.group_name for t in checkin.group.tiles if t.isVisible()]
    assert shown == list(GROUPS[:6])
    click(qtbot, checkin.group.pager.next)
    assert [t.group_name for t in checkin.group.tiles if t.isVisible()] == list(GROUPS[6:])


def read_only_records(data_dir):  # type: ignore[no-untyped-def]
    """A store whose file cannot be written (as a read-only file or a full disk would)."""
    path = records_path(data_dir)
    RecordStore.open(path, "test-kiosk").close()

    def open_store() -> RecordStore:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return RecordStore(Database(conn), "test-kiosk")

    return RecordsService(open_store)


def test_a_store_that_cannot_write_says_so_and_keeps_what_was_typed(
    make_window, qtbot, data_dir, lesson
):
    window = make_window(
        settings=Settings(residential_groups=GROUPS), records=read_only_records(data_dir)
    )
    window.show_finish(lesson.id)
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    click(qtbot, checkin.buttons.next)
    for key in NAME_KEYS:
        click(qtbot, checkin.keyboard.keys[key])
    click(qtbot, checkin.buttons.next)
    for digit in "1950":
        click(qtbot, checkin.year.pad.keys[digit])
    click(qtbot, checkin.buttons.next)
    with qtbot.waitSignal(checkin.save_failed, timeout=10_000):
        click(qtbot, checkin.group.tiles[1])
    assert checkin.step == "group"  # not "signed in"
    assert checkin.problem_text() == RecordError("read_only").message("vi")
    assert "Chưa có gì bị mất" in checkin.problem_text()
    assert checkin.keyboard.text() == NAME
    assert checkin.year.pad.text() == "1950"
    assert checkin.group.tiles[1].isEnabled()  # may be tried again
    click(qtbot, checkin.buttons.back)
    assert checkin.step == "year" and checkin.year.pad.text() == "1950"


def test_a_failure_after_the_resident_left_still_reaches_the_completions(
    make_window, qtbot, data_dir, lesson
):
    """The answer to a check-in that comes after the screen forgot it is dropped; its
    failure is still heard, so that the lesson counts (anonymously) all the same."""
    import threading

    records = read_only_records(data_dir)
    window = make_window(settings=Settings(residential_groups=GROUPS), records=records)
    window.show_finish(lesson.id)
    checkin = window.checkin
    click(qtbot, window.finish.checkin)
    click(qtbot, checkin.buttons.next)
    for key in NAME_KEYS:
        click(qtbot, checkin.keyboard.keys[key])
    click(qtbot, checkin.buttons.next)
    for digit in "1950":
        click(qtbot, checkin.year.pad.keys[digit])
    click(qtbot, checkin.buttons.next)
    gate = threading.Event()
    records.call(lambda _store: gate.wait(10))  # the answer is held back
    click(qtbot, checkin.group.tiles[1])
    assert checkin.saving and window.completions.saving is not None
    checkin.forget()  # the resident has gone
    with qtbot.waitSignal(checkin.save_failed, timeout=10_000):
        gate.set()
    assert checkin.step == "consent" and not checkin.saving
    assert checkin.problem_text() == ""  # said to no one
    assert window.completions.saving is None


def test_the_window_hands_the_consent_to_the_narrator(make_window, data_dir, qtbot, lesson):
    from ui.app import make_narrator

    narrator = make_narrator(data_dir, Settings())
    said: list[tuple[str, str]] = []
    narrator.speak_text = lambda text, language: said.append((text, language))  # type: ignore[method-assign]
    window = make_window(narrator=narrator)
    window.show_finish(lesson.id)
    click(qtbot, window.finish.checkin)
    assert said == [(CONSENT["vi"].spoken, "vi")]
    click(qtbot, window.checkin.consent.listen)  # Nghe lại
    assert said[-1] == (CONSENT["vi"].spoken, "vi")
    click(qtbot, window.checkin.buttons.next)
    assert len(said) == 3 and said[-1][0] != CONSENT["vi"].spoken  # the name step's words
