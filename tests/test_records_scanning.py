"""The record operations of a scanned card (kiosk/records/scanning.py) on a real SQLite file:
a citizen ID card's holder found by the usual matching, or offered as new; a learner card
marking its person present at once, once per session, or refused with the reason; and none
of the card's numbers, address or dates in the database afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.cards import CitizenCard, LearnerCard, learner_payload, read_scan
from kiosk.records import NewPerson, Person, RecordError, RecordStore
from kiosk.records.files import records_path
from kiosk.records.operations import AddPerson, MarkedPresent, MarkPresent, UndoLast
from kiosk.records.privacy import anonymise_older_than, delete_person
from kiosk.records.scanning import (
    CardHolder,
    CardRefused,
    FindCardHolder,
    FindLearnerCardHolder,
    MarkLearnerCardPresent,
)
from kiosk.text import has

KIOSK = "00000000-0000-4000-8000-00000000000c"
OTHER_KIOSK = "11111111-1111-4111-8111-111111111111"
TODAY = date(2026, 3, 20)
ID, OLD = "001158012345", "012345678"
ADDRESS = "Số 12, ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Hà Nội"


def card_text(name: str = "TRẦN THỊ LAN", born: str = "05031950", sex: str = "Nữ") -> str:
    return f"{ID}|{OLD}|{name}|{born}|{sex}|{ADDRESS}|15082021"


def scanned(text: str) -> CitizenCard:
    card = read_scan(text, today=TODAY)
    assert isinstance(card, CitizenCard)
    return card


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


@pytest.fixture
def session_id(store: RecordStore) -> str:
    return store.start_session("group", "Tổ 5", "Hà").id


def add(store: RecordStore, name: str, year: int, **more: object) -> Person:
    person, created = store.add_person(NewPerson(name, year, **more))  # type: ignore[arg-type]
    assert created
    return person


def test_the_operations_name_what_they_write() -> None:
    card = CitizenCard("Trần Thị Lan", 1950, "female")
    assert FindCardHolder(card, None).changes == ""
    assert MarkLearnerCardPresent("s", LearnerCard(KIOSK, KIOSK), KIOSK).changes == "attendance"
    assert FindLearnerCardHolder(LearnerCard(KIOSK, KIOSK), KIOSK).changes == ""


# --- a citizen ID card ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "stored",
    ["Trần Thị Lan", "trần thị lan", "TRẦN THỊ LAN", "  Trần   Thị Lan ", "Trần thị Lan"],
)
def test_a_card_finds_its_holder_by_name_and_birth_year(
    store: RecordStore, session_id: str, stored: str
) -> None:
    lan = add(store, stored, 1950)
    add(store, "Trần Thị Lan", 1951)
    add(store, "Trần Thị Lân", 1950)
    add(store, "Trần Thị Lam", 1950)
    holder = FindCardHolder(scanned(card_text()), session_id).run(store)
    assert holder == CardHolder(lan, False, CitizenCard("Trần Thị Lan", 1950, "female"))


def test_the_tone_mark_may_sit_on_either_vowel(store: RecordStore) -> None:
    hoa = add(store, "Lê Thị Hòa", 1948)  # typed on a phone
    assert FindCardHolder(scanned(card_text("LÊ THỊ HOÀ", "01011948")), None).run(store).person == (
        hoa
    )


def test_the_first_recorded_of_two_same_people_is_found(store: RecordStore) -> None:
    first = add(store, "Trần Thị Lan", 1950, residential_group="Tổ 1")
    # The store never adds the same person twice; an import of another kiosk's records may.
    store.db.table("people").insert(
        {**store.db.table("people").get(first.id), "id": "later", "created_at": "2027-01-01"}
    )
    assert FindCardHolder(scanned(card_text()), None).run(store).person == first


def test_nobody_found_is_offered_as_new_and_one_touch_adds_them(
    store: RecordStore, session_id: str
) -> None:
    card = scanned(card_text("PHẠM VĂN ĐỨC", "12121945", "Nam"))
    holder = FindCardHolder(card, session_id).run(store)
    assert holder == CardHolder(None, False, CitizenCard("Phạm Văn Đức", 1945, "male"))
    marked = AddPerson(NewPerson(card.name, card.birth_year), session_id).run(store)
    assert isinstance(marked, MarkedPresent) and marked.new_today
    again = FindCardHolder(card, session_id).run(store)
    assert again == CardHolder(marked.person, True, card)
    assert again.person is not None and again.person.gender is None  # sex only when agreed


def test_present_is_for_this_session(store: RecordStore, session_id: str) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    card = scanned(card_text())
    assert not FindCardHolder(card, session_id).run(store).present
    MarkPresent(session_id, lan).run(store)
    assert FindCardHolder(card, session_id).run(store).present
    assert not FindCardHolder(card, None).run(store).present
    store.end_session(session_id)
    other = store.start_session("group", "Tổ 6", "Hà").id
    assert not FindCardHolder(card, other).run(store).present


def test_an_anonymised_person_is_never_found(store: RecordStore) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    assert delete_person(store, lan.id)
    assert FindCardHolder(scanned(card_text()), None).run(store).person is None


def test_finding_writes_nothing(store: RecordStore, session_id: str) -> None:
    add(store, "Trần Thị Lan", 1950)
    before = store.db.execute("select total_changes()").fetchone()[0]
    for _ in range(3):
        FindCardHolder(scanned(card_text()), session_id).run(store)
        FindCardHolder(scanned(card_text("AI ĐÓ")), session_id).run(store)
    assert store.db.execute("select total_changes()").fetchone()[0] == before


def test_finding_uses_the_name_index(store: RecordStore) -> None:
    plan = store.db.execute(
        "explain query plan select * from people where match_key = ? and birth_year = ? "
        "and anonymised_at is null order by created_at limit 1",
        ["x", 1950],
    ).fetchall()
    assert any("USING INDEX" in str(row) and "match_key" in str(row) for row in plan), plan


# --- a learner card ---------------------------------------------------------------------------
def learner(person_id: str, kiosk_id: str = KIOSK) -> LearnerCard:
    card = read_scan(learner_payload(kiosk_id, person_id), today=TODAY)
    assert isinstance(card, LearnerCard)
    return card


def attendance_rows(store: RecordStore) -> int:
    return store.count("attendance")


def test_a_learner_card_marks_its_person_present_once(store: RecordStore, session_id: str) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    first = MarkLearnerCardPresent(session_id, learner(lan.id), KIOSK).run(store)
    assert isinstance(first, MarkedPresent)
    assert (first.person, first.new_today) == (lan, True)
    assert [row.person.id for row in first.attendees] == [lan.id]
    second = MarkLearnerCardPresent(session_id, learner(lan.id), KIOSK).run(store)
    assert isinstance(second, MarkedPresent)
    assert (second.new_today, second.attendance_id) == (False, first.attendance_id)
    assert attendance_rows(store) == 1


def test_undo_takes_a_learner_card_back(store: RecordStore, session_id: str) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    marked = MarkLearnerCardPresent(session_id, learner(lan.id), KIOSK).run(store)
    assert isinstance(marked, MarkedPresent)
    undone = UndoLast("attendance", marked.attendance_id, session_id).run(store)
    assert undone.attendees == ()
    again = MarkLearnerCardPresent(session_id, learner(lan.id), KIOSK).run(store)
    assert isinstance(again, MarkedPresent) and again.new_today


def test_a_card_of_merged_records_from_another_kiosk_is_accepted(
    store: RecordStore, session_id: str
) -> None:
    """Records merged from another kiosk keep that kiosk's id: its cards are good here."""
    row: dict[str, str | int] = {
        "id": "9b2d3c1e-7a44-4f0e-9c61-0d5e8f2a1b37",
        "full_name": "Lê Văn Hải",
        "match_key": "lê văn hải",
        "search_key": "le van hai",
        "birth_year": 1947,
        "kiosk_id": OTHER_KIOSK,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }
    store.db.table("people").insert(row)
    marked = MarkLearnerCardPresent(session_id, learner(str(row["id"]), OTHER_KIOSK), KIOSK).run(
        store
    )
    assert isinstance(marked, MarkedPresent) and marked.person.full_name == "Lê Văn Hải"


@pytest.mark.parametrize(
    ("kiosk_id", "problem"),
    [(OTHER_KIOSK, "scan.card_other_kiosk"), (KIOSK, "scan.card_unknown_person")],
)
def test_a_card_of_nobody_here_is_refused(
    store: RecordStore, session_id: str, kiosk_id: str, problem: str
) -> None:
    add(store, "Trần Thị Lan", 1950)
    nobody = "4e1f9a8b-2c3d-4e5f-8a9b-0c1d2e3f4a5b"
    refused = MarkLearnerCardPresent(session_id, learner(nobody, kiosk_id), KIOSK).run(store)
    assert refused == CardRefused(problem)
    assert has(problem)
    assert attendance_rows(store) == 0


def test_a_card_of_a_deleted_person_is_refused(store: RecordStore, session_id: str) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    card = learner(lan.id)
    assert delete_person(store, lan.id)
    assert MarkLearnerCardPresent(session_id, card, KIOSK).run(store) == CardRefused(
        "scan.card_anonymised"
    )
    assert attendance_rows(store) == 0


def test_a_card_of_a_person_anonymised_for_age_is_refused(
    store: RecordStore, session_id: str
) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    assert anonymise_older_than(store, 1, datetime(2030, 1, 1, tzinfo=UTC)).person_ids
    refused = MarkLearnerCardPresent(session_id, learner(lan.id), KIOSK).run(store)
    assert refused == CardRefused("scan.card_anonymised")


def test_a_learner_card_in_a_closed_session_is_the_usual_record_error(
    store: RecordStore, session_id: str
) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    with pytest.raises(RecordError):
        MarkLearnerCardPresent("no-such-session", learner(lan.id), KIOSK).run(store)
    assert attendance_rows(store) == 0


# --- a learner card at the resident's check-in: its person, nothing written -------------------
def test_a_learner_card_names_its_person_and_writes_nothing(
    store: RecordStore, session_id: str
) -> None:
    lan = add(store, "Trần Thị Lan", 1950, residential_group="Tổ 2")
    add(store, "Trần Thị Lan", 1951)
    before = store.db.execute("select total_changes()").fetchone()[0]
    assert FindLearnerCardHolder(learner(lan.id), KIOSK).run(store) == lan
    assert FindLearnerCardHolder(learner(lan.id)).run(store) == lan  # the records' own kiosk
    assert store.db.execute("select total_changes()").fetchone()[0] == before
    assert attendance_rows(store) == 0  # not marked present: the check-in does that


@pytest.mark.parametrize(
    ("kiosk_id", "problem"),
    [(OTHER_KIOSK, "scan.card_other_kiosk"), (KIOSK, "scan.card_unknown_person")],
)
def test_a_learner_card_of_nobody_here_names_nobody(
    store: RecordStore, kiosk_id: str, problem: str
) -> None:
    add(store, "Trần Thị Lan", 1950)
    nobody = learner("4e1f9a8b-2c3d-4e5f-8a9b-0c1d2e3f4a5b", kiosk_id)
    assert FindLearnerCardHolder(nobody, KIOSK).run(store) == CardRefused(problem)
    assert FindLearnerCardHolder(nobody).run(store) == CardRefused(problem)


def test_a_learner_card_of_a_deleted_or_anonymised_person_names_nobody(
    store: RecordStore,
) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    hai = add(store, "Lê Văn Hải", 1947)
    assert delete_person(store, lan.id)
    assert FindLearnerCardHolder(learner(lan.id), KIOSK).run(store) == CardRefused(
        "scan.card_anonymised"
    )
    assert FindLearnerCardHolder(learner(hai.id), KIOSK).run(store) == hai
    assert anonymise_older_than(store, 1, datetime(2030, 1, 1, tzinfo=UTC)).person_ids
    assert FindLearnerCardHolder(learner(hai.id), KIOSK).run(store) == CardRefused(
        "scan.card_anonymised"
    )


# --- what is kept -----------------------------------------------------------------------------
def test_the_database_holds_nothing_of_the_card_but_name_and_birth_year(
    store: RecordStore, session_id: str, tmp_path: Path
) -> None:
    lan = add(store, "Trần Thị Lan", 1950)
    for text in (card_text(), card_text("NGÔ THỊ BÍCH", "09091939")):
        card = scanned(text)
        holder = FindCardHolder(card, session_id).run(store)
        if holder.person is None:
            AddPerson(NewPerson(card.name, card.birth_year, consent=True), session_id).run(store)
        else:
            MarkPresent(session_id, holder.person).run(store)
    MarkLearnerCardPresent(session_id, learner(lan.id), KIOSK).run(store)
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    assert files
    data = b"".join(p.read_bytes() for p in files)
    assert "Ngô Thị Bích".encode() in data
    for secret in (ID, OLD, "Hàng Bông", "05031950", "09091939", "15082021"):
        assert secret.encode() not in data, secret
        assert secret.encode("utf-16-le") not in data, secret
