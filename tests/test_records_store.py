"""The records store on real SQLite files: people found again, accent-free search, exact
storage of every Vietnamese letter, every bad input refused with nothing stored, read-only
files and full disks, undo, and the pragmas and columns every record relies on."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records.files import records_path

KIOSK = "00000000-0000-4000-8000-00000000000a"
TABLES = ("people", "sessions", "attendance", "support", "completions")
LESSONS = frozenset({"vneid-install", "commune-zalo-follow"})
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def now() -> datetime:
    return datetime(2026, 3, 20, 3, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = RecordStore.open(records_path(tmp_path), KIOSK, now=now, known_lessons=LESSONS)
    yield opened
    opened.close()


def counts(store: RecordStore) -> dict[str, int]:
    return {table: store.count(table) for table in TABLES}


def vietnamese_letters() -> tuple[str, str]:
    """The 67 lower-case letters of Vietnamese that are not plain ASCII, and their capitals."""
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    lower = [unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy" for tone in tones]
    letters = "".join(ch for ch in lower if not ch.isascii()) + "đ"
    return letters, letters.upper()


def test_there_are_134_letters_and_each_is_one_code_point():
    lower, upper = vietnamese_letters()
    assert len(lower) == len(upper) == 67
    assert len(set(lower + upper)) == 134


def test_a_person_is_found_again_by_name_and_birth_year(store):
    first, created = store.add_person(NewPerson("Nguyễn Thị Đều", 1958, "Tổ 5"))
    assert created
    nfd = unicodedata.normalize("NFD", "  nguyễn   THỊ đều ")
    again, created_again = store.add_person(NewPerson(nfd, "1958", "Tổ 5"))
    assert not created_again and again.id == first.id
    other, created_other = store.add_person(NewPerson("Nguyễn Thị Đều", 1959, "Tổ 5"))
    assert created_other and other.id != first.id
    assert store.count("people") == 2
    assert store.get_person(first.id).full_name == "Nguyễn Thị Đều"


def test_search_ignores_accents_and_case_and_matches_birth_years(store):
    deu, _ = store.add_person(NewPerson("Nguyễn Thị Đều", 1958, "Tổ 5"))
    store.add_person(NewPerson("Nguyễn Thị Đào", 1961, "Tổ 5"))
    store.add_person(NewPerson("Trần Văn Hùng", 1958, "Tổ 2"))
    assert [p.id for p in store.search_people("nguyen thi deu")] == [deu.id]
    assert [p.id for p in store.search_people("DEU")] == [deu.id]
    assert [p.id for p in store.search_people("Đều")] == [deu.id]
    assert [p.id for p in store.search_people("ng th d 1958")] == [deu.id]
    assert {p.full_name for p in store.search_people("1958")} == {"Nguyễn Thị Đều", "Trần Văn Hùng"}
    assert {p.full_name for p in store.search_people("nguyen")} == {
        "Nguyễn Thị Đều",
        "Nguyễn Thị Đào",
    }
    assert store.search_people("eu") == []  # words match from their start
    assert store.search_people("nguyen 1970") == []
    assert store.search_people("100%_") == []


def test_search_of_many_matches_sorts_a_bounded_set_and_narrows_exactly(store):
    """More than CANDIDATES matches: the list still holds only matches, in name order; a
    narrower search, or one with a birth year, is exact."""
    from kiosk.records.names import search_key
    from kiosk.records.queries import CANDIDATES
    from kiosk.tools.bench_records import add_generated_people

    add_generated_people(store, 5 * CANDIDATES)
    deu, _ = store.add_person(NewPerson("Nguyễn Thị Đều", 1958, "Tổ 5"))  # recorded last
    everyone = [(search_key(p.full_name), p) for p in store.list_people()]

    def exact(*words: str, year: str = "") -> list[str]:
        found = [
            (key, p.birth_year, p.id)
            for key, p in everyone
            if all(any(w.startswith(word) for w in key.split()) for word in words)
            and str(p.birth_year).startswith(year)
        ]
        return [person_id for *_, person_id in sorted(found)][:30]

    assert len([key for key, _ in everyone if key.startswith("n") or " n" in key]) > CANDIDATES
    wide = [search_key(p.full_name) for p in store.search_people("n")]
    assert len(wide) == 30
    assert all(any(w.startswith("n") for w in key.split()) for key in wide)
    assert wide == sorted(wide)
    narrow = [p.id for p in store.search_people("nguyen thi deu")]
    assert narrow == exact("nguyen", "thi", "deu") and deu.id in narrow
    assert [p.id for p in store.search_people("n 1958")] == exact("n", year="1958")


def test_every_vietnamese_letter_and_emoji_are_stored_exactly(store, tmp_path):
    lower, upper = vietnamese_letters()
    names = [lower, upper, "Bà Tư 👵🏽 🌾", "Gia đình 👨‍👩‍👧 Ặ ỹ Ộ"]
    ids = [
        store.add_person(NewPerson(name, 1950 + i, "Tổ 1"))[0].id for i, name in enumerate(names)
    ]
    store.close()
    reopened = RecordStore.open(records_path(tmp_path), KIOSK, now=now)
    try:
        assert [reopened.get_person(person_id).full_name for person_id in ids] == names
    finally:
        reopened.close()
    raw = sqlite3.connect(records_path(tmp_path))
    stored = [row[0] for row in raw.execute("select full_name from people order by birth_year")]
    raw.close()
    assert stored == names


@pytest.mark.parametrize(
    ("name", "year", "code"),
    [
        ("", 1958, "name_empty"),
        ("   \u00a0\u3000 ", 1958, "name_empty"),  # spaces, no-break and ideographic
        ("  \t ", 1958, "name_control"),  # a tab is a control character
        ("Nguyễn " * 15, 1958, "name_too_long"),
        ("Nguyễn\x00Đều", 1958, "name_control"),
        ("Nguyễn\nĐều", 1958, "name_control"),
        ("Nguyễn\x1bĐều", 1958, "name_control"),
        ("Nguyễn Thị Đều", 1899, "birth_year_range"),
        ("Nguyễn Thị Đều", 2027, "birth_year_range"),  # the year after this one
        ("Nguyễn Thị Đều", "19a8", "birth_year_invalid"),
        ("Nguyễn Thị Đều", "", "birth_year_invalid"),
    ],
)
def test_bad_people_are_refused_in_both_languages_and_nothing_is_stored(store, name, year, code):
    session = store.start_session("group", "Nhà văn hóa")
    before = counts(store)
    with pytest.raises(RecordError) as caught:
        store.add_person(NewPerson(name, year, "Tổ 5"))
    assert caught.value.code == code
    with pytest.raises(RecordError):
        store.check_in("vneid-install", NewPerson(name, year, "Tổ 5", consent=True))
    with pytest.raises(RecordError):
        store.add_new_attendee(session.id, NewPerson(name, year, "Tổ 5"))
    vi, en = caught.value.message("vi"), caught.value.message("en")
    assert vi and en and vi != en
    assert counts(store) == before


def test_a_name_of_exactly_100_letters_is_kept(store):
    person, _ = store.add_person(NewPerson("Đ" * 100, 1958))
    assert person.full_name == "Đ" * 100
    assert store.this_year() == 2026
    assert store.add_person(NewPerson("Lan", 2026))[1]


def test_unknown_support_codes_and_lessons_are_refused(store):
    session = store.start_session("group", "Nhà văn hóa", lessons=["vneid-install"])
    person, _ = store.add_person(NewPerson("Lê Văn Tám", 1950))
    before = counts(store)
    with pytest.raises(RecordError) as support:
        store.record_support(person.id, "install_tiktok", session.id)
    assert support.value.code == "support_unknown"
    assert "install_tiktok" in support.value.message("vi")
    for attempt in (
        lambda: store.start_session("group", "Nhà văn hóa", lessons=["no-such-lesson"]),
        lambda: store.record_completion("no-such-lesson", person.id),
        lambda: store.check_in("no-such-lesson", NewPerson("Mới", 1950, consent=True)),
    ):
        with pytest.raises(RecordError) as lesson:
            attempt()
        assert lesson.value.code == "lesson_unknown"
    with pytest.raises(RecordError) as kind:
        store.start_session("party", "Nhà văn hóa")
    assert kind.value.code == "session_kind_unknown"
    assert counts(store) == before


def test_a_read_only_database_says_so_and_stores_nothing(store, tmp_path):
    store.add_person(NewPerson("Nguyễn Thị Đều", 1958))
    store.close()
    path = records_path(tmp_path)
    # chmod does not stop root; a read-only connection stops everyone.
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    read_only = RecordStore(Database(conn), KIOSK, now=now, known_lessons=LESSONS)
    try:
        for write in (
            lambda: read_only.add_person(NewPerson("Trần Văn Ánh", 1960)),
            lambda: read_only.check_in("vneid-install", NewPerson("Lê Ba", 1950, consent=True)),
            lambda: read_only.start_session("group", "Nhà văn hóa"),
        ):
            with pytest.raises(RecordError) as caught:
                write()
            assert caught.value.code == "read_only"
            assert "chỉ đọc" in caught.value.message("vi")
            assert "read-only" in caught.value.message("en")
        assert read_only.count("people") == 1
        assert [p.full_name for p in read_only.search_people("deu")] == ["Nguyễn Thị Đều"]
    finally:
        read_only.close()


def test_a_full_disk_says_so_and_leaves_no_half_check_in(store):
    session = store.start_session("group", "Nhà văn hóa", lessons=["vneid-install"])
    pages = store.db.execute("pragma page_count").fetchone()[0]
    store.db.execute(f"pragma max_page_count = {pages + 2}")
    done = 0
    with pytest.raises(RecordError) as caught:
        for i in range(10_000):
            name = f"Người thứ {i} " + "Đ" * 60
            store.check_in("vneid-install", NewPerson(name, 1950, "Tổ 5", consent=True))
            done += 1
    assert caught.value.code == "disk_full"
    assert "đầy" in caught.value.message("vi") and "full" in caught.value.message("en")
    assert done > 0
    # Every confirmed check-in is whole; the one that failed left nothing.
    assert counts(store) == {
        "people": done,
        "sessions": 1,
        "attendance": done,
        "support": 0,
        "completions": done,
    }
    assert len(store.attendees(session.id)) == done
    assert store.integrity_problems() == []


def test_check_in_says_whether_the_resident_was_known(store):
    session = store.start_session("group", "Nhà văn hóa tổ 5", lessons=["vneid-install"])
    first = store.check_in("vneid-install", NewPerson("Nguyễn Thị Đều", 1958, "Tổ 5", consent=True))
    assert not first.returning
    assert first.person.consent_at and first.person.consent_version
    again = store.check_in(
        "commune-zalo-follow", NewPerson("nguyễn thị đều", "1958", "Tổ 5", consent=True)
    )
    assert again.returning and again.person.id == first.person.id
    assert again.completion.session_id == session.id
    assert counts(store) | {"sessions": 1} == {
        "people": 1,
        "sessions": 1,
        "attendance": 1,
        "support": 0,
        "completions": 2,
    }
    with pytest.raises(ValueError):
        store.check_in("vneid-install", NewPerson("Không đồng ý", 1958))


def test_attendance_once_and_undo_of_attendance_and_support(store):
    session = store.start_session("group", "Nhà văn hóa")
    person, _ = store.add_person(NewPerson("Trần Văn Ánh", 1960))
    first = store.add_attendance(session.id, person.id)
    assert store.add_attendance(session.id, person.id).id == first.id
    assert store.count("attendance") == 1
    install = store.record_support(person.id, "install_vneid", session.id)
    activate = store.record_support(person.id, "vneid_activate", session.id)
    store.remove_support(install.id)
    assert [s.code for s in store.attendees(session.id)[0].support] == ["vneid_activate"]
    with pytest.raises(RecordError) as gone:
        store.remove_support(install.id)
    assert gone.value.code == "not_found"
    store.remove_attendance(first.id)
    assert store.attendees(session.id) == []
    assert store.count("support") == 0  # the support given in that session went with it
    with pytest.raises(RecordError):
        store.remove_support(activate.id)
    with pytest.raises(RecordError):
        store.remove_attendance(first.id)
    assert store.count("people") == 1  # undo never removes the person


def test_pragmas_are_in_effect(store):
    assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("pragma synchronous").fetchone()[0] == 2  # FULL
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "insert into attendance (id, kiosk_id, created_at, updated_at, session_id, person_id)"
            " values ('a', 'k', 'x', 'x', 'no-session', 'no-person')"
        )
    store.db.conn.rollback()
    with pytest.raises(RecordError) as caught:
        store.add_attendance("no-session", "no-person")
    assert caught.value.code == "not_found"


def test_every_row_has_a_uuid_the_kiosk_id_and_utc_times(store):
    session = store.start_session("help_desk", "Nhà văn hóa", "Cô Lan", ["vneid-install"])
    check_in = store.check_in("vneid-install", NewPerson("Đỗ Minh Khôi", 1970, consent=True))
    store.record_support(check_in.person.id, "install_vneid", session.id)
    store.record_completion("commune-zalo-follow")  # anonymous
    store.end_session(session.id)
    assert all(store.count(table) >= 1 for table in TABLES)
    for table in TABLES:
        for row in store.db.table(table).rows:
            assert uuid.UUID(row["id"]).version == 4
            assert row["kiosk_id"] == KIOSK
            assert STAMP.fullmatch(row["created_at"]), row
            assert STAMP.fullmatch(row["updated_at"]), row
            assert row["updated_at"] >= row["created_at"]
    assert store.get_session(session.id).ended_at == "2026-03-20T03:00:00.000000Z"
