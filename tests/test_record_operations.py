"""The named record operations (kiosk/records/operations.py), run on a real SQLite file
without Qt: each does its use case in the store and says what changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.records import NewPerson, Person, RecordError, RecordStore
from kiosk.records.files import records_path
from kiosk.records.operations import (
    AddPerson,
    CheckInResident,
    ConfirmDate,
    CountDoubtful,
    DeskState,
    EndSession,
    LoadDesk,
    MarkedPresent,
    MarkPresent,
    PagePeople,
    PeoplePage,
    PersonAdded,
    RecordCompletion,
    RecordSupport,
    SearchPeople,
    SessionEnded,
    StartSession,
    SupportRecorded,
    UndoLast,
    Undone,
)
from kiosk.records.summary import SessionSummary

KIOSK = "00000000-0000-4000-8000-00000000000c"
LAN = NewPerson("Trần Thị Lan", 1950, "Tổ 5", consent=True)
HAI = NewPerson("Lê Văn Hải", 1947, consent=True)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    moments = iter(
        datetime(2026, 3, 20, 3, 0, tzinfo=UTC) + timedelta(minutes=n) for n in range(999)
    )
    opened = RecordStore.open(records_path(tmp_path), KIOSK, now=lambda: next(moments))
    try:
        yield opened
    finally:
        opened.close()


def count(store: RecordStore, table: str) -> int:
    return store.count(table)


def test_operations_are_frozen_values_that_name_what_they_write() -> None:
    person = Person("p", "Trần Thị Lan", 1950)
    writes = {
        CheckInResident("l", LAN): "attendance",
        RecordCompletion("l"): "completions",
        StartSession("group", "Tổ 5", "Hà"): "sessions",
        EndSession("s"): "sessions",
        MarkPresent("s", person): "attendance",
        AddPerson(LAN): "people",
        AddPerson(LAN, "s"): "attendance",
        RecordSupport(person, "install_vneid"): "support",
        UndoLast("attendance", "a"): "attendance",
        UndoLast("support", "x"): "support",
        ConfirmDate(24, datetime(2026, 3, 20, tzinfo=UTC)): "people",
    }
    readings = (LoadDesk(), SearchPeople("lan"), PagePeople("", 0, 6), CountDoubtful())
    for operation, changes in writes.items():
        assert operation.changes == changes
    for reading in readings:
        assert reading.changes == ""
    for operation in (*writes, *readings):
        with pytest.raises(dataclasses.FrozenInstanceError):
            operation.changes = "x"  # type: ignore[misc]


def test_a_desk_starts_empty_then_shows_the_open_session(store: RecordStore) -> None:
    assert LoadDesk().run(store) == DeskState(None, (), "")
    session = StartSession("group", "Nhà văn hóa tổ 5", "Chị Hà", ()).run(store)
    assert session.facilitator == "Chị Hà" and session.ended_at is None
    state = LoadDesk().run(store)
    assert state.session == session and state.attendees == () and state.last_facilitator == "Chị Hà"


def test_mark_present_says_whether_the_person_is_new_today(store: RecordStore) -> None:
    session = StartSession("group", "Tổ 5", "Hà").run(store)
    lan, _ = store.add_person(LAN)
    first = MarkPresent(session.id, lan).run(store)
    assert isinstance(first, MarkedPresent)
    assert first.person == lan and first.new_today
    assert [row.person.id for row in first.attendees] == [lan.id]
    again = MarkPresent(session.id, lan).run(store)
    assert not again.new_today and again.attendance_id == first.attendance_id
    assert len(again.attendees) == 1 and count(store, "attendance") == 1
    assert LoadDesk().run(store).attendees == again.attendees


def test_add_person_without_a_session_stores_them_once(store: RecordStore) -> None:
    added = AddPerson(LAN).run(store)
    assert isinstance(added, PersonAdded) and added.person.full_name == "Trần Thị Lan"
    again = AddPerson(LAN).run(store)
    assert again == PersonAdded(added.person)  # found again by name and birth year
    assert count(store, "people") == 1 and count(store, "attendance") == 0


def test_add_person_in_a_session_marks_them_present(store: RecordStore) -> None:
    session = StartSession("help_desk", "Tổ 3", "Hà").run(store)
    added = AddPerson(HAI, session.id).run(store)
    assert isinstance(added, MarkedPresent) and added.new_today
    assert [row.person.full_name for row in added.attendees] == ["Lê Văn Hải"]
    again = AddPerson(HAI, session.id).run(store)
    assert isinstance(again, MarkedPresent) and not again.new_today
    assert again.person.id == added.person.id and count(store, "attendance") == 1


def test_support_inside_and_outside_a_session(store: RecordStore) -> None:
    lan, _ = store.add_person(LAN)
    loose = RecordSupport(lan, "install_vneid").run(store)
    assert isinstance(loose, SupportRecorded) and loose.attendees is None
    assert loose.support.code == "install_vneid" and loose.support.session_id is None
    session = StartSession("group", "Tổ 5", "Hà").run(store)
    MarkPresent(session.id, lan).run(store)
    given = RecordSupport(lan, "install_etax", session.id).run(store)
    assert given.support.session_id == session.id and given.attendees is not None
    assert [s.code for s in given.attendees[0].support] == ["install_etax"]
    with pytest.raises(RecordError):
        RecordSupport(lan, "no_such_support").run(store)


def test_undo_takes_back_a_presence_or_a_support(store: RecordStore) -> None:
    session = StartSession("group", "Tổ 5", "Hà").run(store)
    lan, _ = store.add_person(LAN)
    marked = MarkPresent(session.id, lan).run(store)
    given = RecordSupport(lan, "install_vneid", session.id).run(store)

    undone = UndoLast("support", given.support.id, session.id).run(store)
    assert undone == Undone("support", given.support.id, False, undone.attendees)
    assert undone.attendees is not None and undone.attendees[0].support == ()
    assert count(store, "support") == 0

    undone = UndoLast("attendance", marked.attendance_id, session.id).run(store)
    assert not undone.gone and undone.attendees == ()
    # Already gone (undone elsewhere): nothing left to take back, and said so.
    again = UndoLast("attendance", marked.attendance_id, session.id).run(store)
    assert again.gone and again.attendees == ()
    assert UndoLast("support", given.support.id).run(store).attendees is None


def test_end_session_returns_its_counts(store: RecordStore) -> None:
    session = StartSession("group", "Tổ 5", "Hà").run(store)
    lan = AddPerson(LAN, session.id).run(store)
    AddPerson(HAI, session.id).run(store)
    RecordSupport(lan.person, "install_vneid", session.id).run(store)
    ended = EndSession(session.id).run(store)
    assert ended == SessionEnded(session.id, SessionSummary(present=2, new=2, supported=1))
    assert LoadDesk().run(store).session is None
    assert LoadDesk().run(store).last_facilitator == "Hà"


def test_pages_of_people_in_name_order(store: RecordStore) -> None:
    names = [f"Nguyễn Văn {chr(ord('A') + n)}" for n in range(7)]
    for n, name in enumerate(names):
        store.add_person(NewPerson(name, 1940 + n, consent=True))
    first = PagePeople("", 0, 3).run(store)
    assert first == PeoplePage(first.people, 0, 3, 7)
    assert [p.full_name for p in first.people] == names[:3]
    last = PagePeople("", 2, 3).run(store)
    assert [p.full_name for p in last.people] == names[6:] and last.page_count == 3
    assert PagePeople("", 5, 3).run(store).people == ()  # past the end: an empty page
    assert PagePeople("", -1, 3).run(store).page == 0
    # A filtered list knows only whether there is more.
    filtered = PagePeople("nguyen van", 0, 3).run(store)
    assert filtered.total is None and filtered.page_count == 2 and len(filtered.people) == 3
    assert PagePeople("nguyen van", 2, 3).run(store).page_count == 3
    assert [p.full_name for p in SearchPeople("van b", 5).run(store)] == [names[1]]
    assert PagePeople("", 0, 6).run(store).total == 7


def test_an_empty_list_has_one_page(store: RecordStore) -> None:
    assert PagePeople("", 0, 6).run(store) == PeoplePage((), 0, 1, 0)
    assert PagePeople("lan", 0, 6).run(store) == PeoplePage((), 0, 1, None)


def test_check_in_and_anonymous_completion(store: RecordStore) -> None:
    session = StartSession("group", "Tổ 5", "Hà").run(store)
    checked = CheckInResident("vneid-install", LAN, practice_unaided=True, language="vi").run(store)
    assert not checked.returning and checked.completion.person_id == checked.person.id
    assert checked.completion.practice_unaided is True and checked.completion.language == "vi"
    assert [row.person.id for row in LoadDesk().run(store).attendees] == [checked.person.id]
    again = CheckInResident("zalo-basics", LAN).run(store)
    assert again.returning and again.person.id == checked.person.id
    anonymous = RecordCompletion("zalo-basics", "en", practice_unaided=False).run(store)
    assert anonymous.person_id is None and anonymous.session_id == session.id
    assert anonymous.language == "en" and anonymous.practice_unaided is False
    assert count(store, "completions") == 3 and count(store, "people") == 1


def test_clock_operations(store: RecordStore) -> None:
    assert CountDoubtful().run(store) == 0
    store.add_person(LAN)
    retention = ConfirmDate(24, datetime(2026, 3, 20, 4, 0, tzinfo=UTC)).run(store)
    assert retention.clock.kind == "plausible" and retention.clock.reason == "confirmed"
    assert retention.purged is not None  # the date taken as right: the period applied
    assert CountDoubtful().run(store) == 0
