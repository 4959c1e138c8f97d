"""Class mode's records (kiosk/records/classes.py, the operations StartClass,
RecordLessonTaught and EndClass), on a real SQLite file without Qt: the session a class goes
into, the lessons taught in it, the class completions kept apart from residents' own in the
report, bad input refused with nothing stored, and an older records file brought up to date
with every row kept."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records.classes import ClassEnded, ClassStarted, LessonTaught
from kiosk.records.figures import compute_figures
from kiosk.records.files import records_path
from kiosk.records.model import CLASS_COMPLETION, RESIDENT_COMPLETION
from kiosk.records.operations import (
    CheckInResident,
    EndClass,
    EndSession,
    RecordCompletion,
    RecordLessonTaught,
    StartClass,
    StartSession,
)
from kiosk.records.privacy import anonymise_older_than, delete_person, export_person
from kiosk.records.schema import migrations, rebuild_report_facts
from kiosk.records.store import connect
from kiosk.reports.model import ReportQuery
from kiosk.text import say

KIOSK = "00000000-0000-4000-8000-0000000000c1"
LESSONS = frozenset({"vneid-install", "scam-safety", "etax-mobile", "zalo-basics"})
START = datetime(2026, 3, 20, 11, 0, tzinfo=UTC)
MARCH = ReportQuery(date(2026, 3, 1), date(2026, 3, 31))
LAN = NewPerson("Trần Thị Lan", 1950, "Tổ 5", consent=True)
HAI = NewPerson("Lê Văn Hải", 1947, "Tổ 2", consent=True)
TABLES = ("people", "sessions", "attendance", "support", "completions")


def ticking() -> Any:
    moments = iter(START + timedelta(minutes=n) for n in range(10_000))
    return lambda: next(moments)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    opened = RecordStore.open(records_path(tmp_path), KIOSK, ticking(), known_lessons=LESSONS)
    try:
        yield opened
    finally:
        opened.close()


def counts(store: RecordStore) -> dict[str, int]:
    return {table: store.count(table) for table in TABLES}


def dump(store: RecordStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every records table (and of the report's), to see that nothing changed."""
    tables = (*TABLES, "report_attendance", "report_support", "report_completions")
    return {t: sorted(store.db.execute(f"select * from {t}").fetchall()) for t in tables}


# -- starting a class -------------------------------------------------------------------------
def test_a_class_with_no_session_open_opens_a_group_session(store):
    started = StartClass(("vneid-install", "scam-safety"), "Chị Mai", "Nhà văn hóa tổ 5").run(store)
    assert isinstance(started, ClassStarted) and started.opened
    session = started.session
    assert (session.kind, session.facilitator, session.location) == (
        "group",
        "Chị Mai",
        "Nhà văn hóa tổ 5",
    )
    assert session.lessons == ("vneid-install", "scam-safety")  # planned
    assert session.lessons_taught == () and session.is_open
    assert started.attendees == ()
    assert store.open_session() == session
    assert store.count("sessions") == 1


def test_a_class_goes_into_the_session_already_open_and_leaves_it_as_it_was(store):
    desk = StartSession("help_desk", "Nhà văn hóa tổ 2", "Anh Tuấn", ("etax-mobile",)).run(store)
    person, _ = store.add_new_attendee(desk.id, LAN)
    started = StartClass(("vneid-install",), "Chị Mai", "Hội trường").run(store)
    assert not started.opened
    assert started.session == desk  # its kind, place, facilitator and plan are kept
    assert [row.person.id for row in started.attendees] == [person.id]
    assert store.count("sessions") == 1
    again = StartClass(("scam-safety",), "Chị Mai", "Hội trường").run(store)  # a second class
    assert not again.opened and again.session.id == desk.id


def test_a_class_after_the_session_ended_opens_a_new_one(store):
    first = StartClass(("vneid-install",)).run(store)
    EndClass(first.session.id, close_session=True).run(store)
    second = StartClass(("vneid-install",)).run(store)
    assert second.opened and second.session.id != first.session.id
    assert second.session.location == "" and second.session.facilitator == ""


# -- lessons taught, and class completions ------------------------------------------------------
def test_lessons_taught_are_recorded_in_order_each_once(store):
    session = StartClass(("vneid-install", "scam-safety")).run(store).session
    results = [
        RecordLessonTaught(session.id, lesson, "vi").run(store)
        for lesson in ("scam-safety", "vneid-install", "scam-safety", " vneid-install ")
    ]
    assert all(isinstance(result, LessonTaught) for result in results)
    assert [r.first_time for r in results] == [True, True, False, False]
    assert [r.lesson_id for r in results] == ["scam-safety", "vneid-install"] * 2
    assert results[-1].session.lessons_taught == ("scam-safety", "vneid-install")
    assert store.get_session(session.id).lessons_taught == ("scam-safety", "vneid-install")
    assert store.get_session(session.id).lessons == ("vneid-install", "scam-safety")  # the plan
    assert store.count("completions") == 0  # none reached its last step


def test_a_class_completion_only_when_the_last_step_was_reached_once_per_lesson(store):
    session = StartClass(("vneid-install",)).run(store).session
    partway = RecordLessonTaught(session.id, "vneid-install", "vi", reached_end=False).run(store)
    assert partway.completion is None and not partway.counted_now
    done = RecordLessonTaught(session.id, "vneid-install", "vi", reached_end=True).run(store)
    assert done.counted_now and not done.first_time
    completion = done.completion
    assert completion is not None
    assert (completion.kind, completion.person_id, completion.session_id) == (
        CLASS_COMPLETION,
        None,
        session.id,
    )
    assert (completion.lesson_id, completion.language) == ("vneid-install", "vi")
    for reached_end in (True, False, True):  # taught again, or back at its last step
        again = RecordLessonTaught(session.id, "vneid-install", "en", reached_end).run(store)
        assert again.completion == completion and not again.counted_now
    assert store.class_completions(session.id) == [completion]
    assert store.count("completions") == 1
    # In another session it is taught (and counted) again.
    EndClass(session.id, close_session=True).run(store)
    later = StartClass(("vneid-install",)).run(store).session
    other = RecordLessonTaught(later.id, "vneid-install", "vi", reached_end=True).run(store)
    assert other.counted_now and other.completion != completion
    assert store.count("completions") == 2


def test_the_database_itself_keeps_one_class_completion_per_lesson_and_session(store):
    session = StartClass(("vneid-install",)).run(store).session
    RecordLessonTaught(session.id, "vneid-install", reached_end=True).run(store)
    row = store._row(
        lesson_id="vneid-install",
        session_id=session.id,
        completed_at="2026-03-20T11:30:00.000000Z",
        kind=CLASS_COMPLETION,
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.db.table("completions").insert(row)
    with pytest.raises(sqlite3.IntegrityError):  # a kind the records do not know
        store.db.table("completions").insert({**row, "id": "x", "kind": "group"})
    assert store.count("completions") == 1


def test_end_class_says_what_the_class_did_and_closes_the_session_when_asked(store):
    session = StartClass(("vneid-install", "scam-safety")).run(store).session
    store.add_new_attendee(session.id, LAN)
    store.add_new_attendee(session.id, HAI)
    RecordLessonTaught(session.id, "vneid-install", reached_end=True).run(store)
    RecordLessonTaught(session.id, "scam-safety", reached_end=False).run(store)
    kept = EndClass(session.id).run(store)
    assert isinstance(kept, ClassEnded)
    assert kept.session.is_open and not kept.closed_now
    assert kept.lessons_taught == ("vneid-install", "scam-safety")
    assert kept.lessons_completed == ("vneid-install",)
    assert (kept.counts.present, kept.counts.new) == (2, 2)
    ended = EndClass(session.id, close_session=True).run(store)
    assert ended.closed_now and not ended.session.is_open
    assert store.open_session() is None
    twice = EndClass(session.id, close_session=True).run(store)
    assert not twice.closed_now and twice.session == ended.session


def test_the_operations_are_frozen_values_that_name_what_they_write():
    for operation in (
        StartClass(("vneid-install",), "Chị Mai", "Hội trường"),
        RecordLessonTaught("s", "vneid-install", "vi", True),
        EndClass("s", close_session=True),
    ):
        assert operation.changes == "sessions"
        with pytest.raises(dataclasses.FrozenInstanceError):
            operation.changes = "people"  # type: ignore[misc]


# -- the report: class completions apart from residents' own ------------------------------------
def test_residents_completions_are_unchanged_by_a_class_and_the_class_counts_apart(store):
    session = StartClass(("vneid-install", "scam-safety"), "Chị Mai", "Hội trường").run(store)
    sid = session.session.id
    CheckInResident("vneid-install", LAN, language="vi").run(store)  # a resident's own
    RecordCompletion("scam-safety", "vi").run(store)  # anonymous, in the session
    before = compute_figures(store, MARCH)
    RecordLessonTaught(sid, "vneid-install", "vi", reached_end=True).run(store)
    RecordLessonTaught(sid, "scam-safety", "vi", reached_end=True).run(store)
    RecordLessonTaught(sid, "etax-mobile", "vi", reached_end=False).run(store)
    RecordLessonTaught(sid, "vneid-install", "vi", reached_end=True).run(store)
    after = compute_figures(store, MARCH)
    own = ("completions", "completions_named", "completions_anonymous", "completions_by_lesson")
    for key in own:
        assert getattr(after.total, key) == getattr(before.total, key), key
    assert (after.total.completions_named, after.total.completions_anonymous) == (1, 1)
    assert after.total.class_completions == 2
    assert after.total.class_completions_by_lesson == {"scam-safety": 1, "vneid-install": 1}
    assert after.by_month["2026-03"].class_completions == 2
    assert all(f.class_completions == 0 for f in after.by_group.values())  # they name no one
    assert after.by_group == before.by_group
    # A report for the kind and place of the class counts it; another place does not.
    place = compute_figures(store, dataclasses.replace(MARCH, location="hội trường", kind="group"))
    assert place.total.class_completions == 2
    elsewhere = compute_figures(store, dataclasses.replace(MARCH, location="Chợ"))
    assert elsewhere.total.class_completions == 0
    # The report's tables equal a rebuild from the records.
    kept = dump(store)
    with store.db.conn:
        rebuild_report_facts(store.db)
    assert dump(store) == kept
    kinds = [c.kind for c in store.completions()]
    assert kinds == [RESIDENT_COMPLETION, RESIDENT_COMPLETION, CLASS_COMPLETION, CLASS_COMPLETION]


def test_the_report_follows_a_class_completion_removed_or_moved(store):
    sid = StartClass(("vneid-install",)).run(store).session.id
    done = RecordLessonTaught(sid, "vneid-install", reached_end=True).run(store).completion
    assert done is not None
    store.db.execute("update completions set kind = 'resident' where id = ?", [done.id])
    moved = compute_figures(store, MARCH).total
    assert (moved.class_completions, moved.completions_anonymous) == (0, 1)
    store.db.execute("update completions set kind = 'class' where id = ?", [done.id])
    back = compute_figures(store, MARCH).total
    assert (back.class_completions, back.completions) == (1, 0)
    store.db.execute("delete from completions where id = ?", [done.id])
    assert compute_figures(store, MARCH).total.class_completions == 0


# -- privacy: a class completion is no one's ---------------------------------------------------
def test_a_persons_export_and_erasure_leave_the_class_alone(store):
    sid = StartClass(("vneid-install",), "Chị Mai", "Hội trường").run(store).session.id
    lan, _ = store.add_new_attendee(sid, LAN)
    RecordLessonTaught(sid, "vneid-install", "vi", reached_end=True).run(store)
    RecordLessonTaught(sid, "scam-safety", "vi").run(store)
    data = export_person(store, lan.id, START)
    [attended] = data["attendance"]
    assert attended["lessons"] == ["vneid-install"]
    assert attended["lessons_taught"] == ["vneid-install", "scam-safety"]
    assert data["completions"] == []  # the class's completion is not hers
    figures = compute_figures(store, MARCH)
    assert delete_person(store, lan.id, START)
    assert compute_figures(store, MARCH) == figures
    assert len(store.class_completions(sid)) == 1
    result = anonymise_older_than(store, 1, START + timedelta(days=400))
    assert result.people == 0  # she is anonymised already; the class holds no one
    assert compute_figures(store, MARCH) == figures


# -- bad input: a clear message, nothing stored --------------------------------------------------
def assert_refused(store: RecordStore, operation: Any, code: str) -> RecordError:
    before = dump(store)
    with pytest.raises(RecordError) as caught:
        operation.run(store)
    error = caught.value
    assert error.code == code, (operation, error.code)
    vi, en = error.message("vi"), error.message("en")
    assert vi == say(f"record.{code}", "vi", **error.params) and vi != en
    assert vi.strip() and en.strip() and "{" not in vi + en
    assert dump(store) == before  # nothing stored, not half
    return error


@pytest.mark.parametrize(
    "session_id", ["", "   ", "no-such-session", "00000000-0000-4000-8000-000000000000", "'; --"]
)
def test_an_unknown_session_is_refused(store, session_id):
    StartClass(("vneid-install",)).run(store)
    for operation in (
        RecordLessonTaught(session_id, "vneid-install", "vi", reached_end=True),
        EndClass(session_id, close_session=True),
    ):
        error = assert_refused(store, operation, "session_unknown")
    assert error.message("vi") == "Không tìm thấy buổi này. Xin hãy bắt đầu lại lớp."


@pytest.mark.parametrize("reached_end", [False, True])
def test_a_closed_session_takes_no_lesson(store, reached_end):
    sid = StartClass(("vneid-install",)).run(store).session.id
    RecordLessonTaught(sid, "vneid-install").run(store)
    EndSession(sid).run(store)
    operation = RecordLessonTaught(sid, "scam-safety", "vi", reached_end)
    error = assert_refused(store, operation, "session_closed")
    assert error.message("vi") == "Buổi này đã kết thúc."
    assert store.get_session(sid).lessons_taught == ("vneid-install",)


@pytest.mark.parametrize("lesson", ["", " ", "\t", "\n", "  \u3000 "])
def test_an_empty_lesson_is_refused(store, lesson):
    sid = StartClass(("vneid-install",)).run(store).session.id
    error = assert_refused(store, RecordLessonTaught(sid, lesson, "vi", True), "lesson_empty")
    assert error.message("vi") == "Chưa chọn bài học nào."
    assert_refused(store, StartClass((lesson,)), "lesson_empty")


@pytest.mark.parametrize(
    "lesson",
    ["no-such-lesson", "VNEID-INSTALL", "vneid-install\x00", "vneid\u202einstall", "x" * 500],
)
def test_a_lesson_the_kiosk_does_not_have_is_refused(store, lesson):
    sid = StartClass(("vneid-install",)).run(store).session.id
    error = assert_refused(store, RecordLessonTaught(sid, lesson, "vi", True), "lesson_unknown")
    assert len(error.message("vi")) < 150 and "\x00" not in error.message("vi")
    assert_refused(store, StartClass(("vneid-install", lesson)), "lesson_unknown")


def test_a_class_needs_a_lesson_and_clean_words(store):
    assert_refused(store, StartClass(()), "lesson_empty")
    assert_refused(store, StartClass(("vneid-install",), "Chị\x07 Mai"), "name_control")
    assert_refused(
        store, StartClass(("vneid-install",), "", "Hội\u200f trường"), "location_invalid"
    )
    assert_refused(store, StartClass(("vneid-install",), "", "x" * 101), "location_invalid")
    sid = StartClass(("vneid-install",)).run(store).session.id
    assert_refused(store, RecordLessonTaught(sid, "vneid-install", "vi\x1b", True), "text_invalid")


def test_a_failure_half_way_leaves_neither_the_lesson_nor_its_completion(store):
    """The disk fails as the class completion is written: the lesson is not left taught
    without it; the same call succeeds once the disk is back."""
    sid = StartClass(("vneid-install",)).run(store).session.id
    store.db.execute(
        """create temp trigger fail before insert on completions
           begin select raise(abort, 'database or disk is full'); end"""
    )
    error = assert_refused(store, RecordLessonTaught(sid, "vneid-install", "vi", True), "disk_full")
    assert "Chưa có gì bị mất" in error.message("vi")
    assert store.get_session(sid).lessons_taught == ()
    store.db.execute("drop trigger fail")
    done = RecordLessonTaught(sid, "vneid-install", "vi", True).run(store)
    assert done.first_time and done.counted_now


# -- an older records file, brought up to date in place -----------------------------------------
def test_an_older_records_file_opens_with_every_row_kept(tmp_path):
    path = records_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(connect(path), execute_plugins=False)
    migrations.apply(db, stop_before="m006_class")  # the schema as the kiosk had it before
    assert "kind" not in db.table("completions").columns_dict
    old = RecordStore(db, KIOSK, ticking())
    session = old.start_session("group", "Nhà văn hóa tổ 5", "Chị Mai", ["vneid-install"])
    checked = old.check_in("vneid-install", LAN, practice_unaided=True, language="vi")
    hai, _ = old.add_new_attendee(session.id, HAI)
    old.record_support(hai.id, "install_vneid", session.id)
    old.record_completion("scam-safety", language="vi")
    old.end_session(session.id)
    old.record_completion("etax-mobile")  # outside any session
    rows = {t: db.execute(f"select * from {t} order by rowid").fetchall() for t in TABLES}
    columns = {t: list(db.table(t).columns_dict) for t in TABLES}
    db.close()

    store = RecordStore.open(path, KIOSK, ticking(), known_lessons=LESSONS)
    try:
        assert not migrations.pending(store.db)
        for table in TABLES:  # every row, every old column as it was
            names = ", ".join(columns[table])
            assert (
                store.db.execute(f"select {names} from {table} order by rowid").fetchall()
                == (rows[table])
            ), table
        assert [c.kind for c in store.completions()] == [RESIDENT_COMPLETION] * 3
        assert store.completions()[0] == checked.completion
        assert store.get_session(session.id).lessons_taught == ()
        assert store.get_session(session.id).lessons == ("vneid-install",)
        figures = compute_figures(store, MARCH).total
        assert (figures.completions, figures.completions_named, figures.class_completions) == (
            3,
            1,
            0,
        )
        assert (figures.participants, figures.app_installs["install_vneid"]) == (2, 1)
        kept = dump(store)
        with store.db.conn:
            rebuild_report_facts(store.db)
        assert dump(store) == kept
        # And class mode works on it.
        started = StartClass(("vneid-install",), "Chị Mai").run(store)
        assert started.opened
        RecordLessonTaught(started.session.id, "vneid-install", "vi", True).run(store)
        after = compute_figures(store, MARCH).total
        assert (after.completions, after.class_completions) == (3, 1)
    finally:
        store.close()
