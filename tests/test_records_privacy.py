"""Privacy (kiosk/records/privacy.py, `kiosk records purge` and `kiosk records person`): personal
data anonymised after the retention period with every figure unchanged, dry runs, a second run
that does nothing, search that no longer finds anyone anonymised, names gone from the file on
disk, a resident's data exported as JSON, and deletion on request, with and without the
confirmation typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records.files import records_path
from kiosk.records.names import match_key, search_key
from kiosk.records.privacy import (
    ANONYMOUS_NAME,
    anonymise_older_than,
    count_anonymised,
    delete_person,
    export_person,
    find_people,
    is_anonymised,
    months_before,
)
from kiosk.records.store import stamp

KIOSK = str(Path(sys.executable).parent / "kiosk")
KIOSK_ID = "00000000-0000-4000-8000-00000000000b"
LESSONS = frozenset({"vneid-install", "commune-zalo-follow"})
NOW = datetime(2026, 3, 20, 3, 0, tzinfo=UTC)  # 24 months before: 2024-03-20
OLD = datetime(2023, 2, 10, 3, 0, tzinfo=UTC)
RECENT = datetime(2025, 1, 5, 3, 0, tzinfo=UTC)
# Names that appear nowhere else, so that finding their bytes means finding them.
XUYEN = "Phùng Thị Xuyến"
XUYEN_PHONE = "0987654321"
THAM = "Vi Văn Thắm"
SENH = "Ma Văn Sểnh"


class Clock:
    """A settable clock; `offset` moves every moment (to make 2026-03-20 today)."""

    def __init__(self, moment: datetime, offset: timedelta = timedelta(0)) -> None:
        self.moment = moment
        self.offset = offset

    def __call__(self) -> datetime:
        return self.moment + self.offset


@pytest.fixture
def clock() -> Clock:
    return Clock(OLD)


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[RecordStore]:
    opened = RecordStore.open(records_path(tmp_path), KIOSK_ID, now=clock, known_lessons=LESSONS)
    yield opened
    opened.close()


def people(store: RecordStore) -> dict[str, dict[str, Any]]:
    cursor = store.db.execute("select * from people")
    columns = [c[0] for c in cursor.description]
    return {row[0]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}


def dump(store: RecordStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the records, and of the report's own tables when there are any."""
    tables = ["people", "sessions", "attendance", "support", "completions"]
    tables += [
        row[0]
        for row in store.db.execute(
            "select name from sqlite_master where type = 'table' and name like 'report%'"
        )
    ]
    return {t: store.db.execute(f"select * from {t} order by 1, 2").fetchall() for t in tables}


def figures(store: RecordStore) -> dict[str, Any]:
    """The campaign's figures as kiosk/reports/model.py defines them (participants, 60+,
    attendances per kind, per residential group and per month, support by kind, completions
    named and anonymous), counted straight from the tables."""
    queries = {
        "participants": "select count(distinct person_id) from attendance",
        "participants_60_plus": """select count(distinct a.person_id) from attendance a
            join people p on p.id = a.person_id where p.birth_year <= 1966""",
        "by_kind": """select s.kind, count(*), count(distinct a.person_id) from attendance a
            join sessions s on s.id = a.session_id group by 1 order by 1""",
        "by_group": """select p.residential_group, count(distinct a.person_id), count(*)
            from attendance a join people p on p.id = a.person_id group by 1 order by 1""",
        "by_month": """select substr(s.session_date, 1, 7), count(distinct a.person_id), count(*)
            from attendance a join sessions s on s.id = a.session_id group by 1 order by 1""",
        "support": """select code, count(*), count(distinct person_id) from support
            group by 1 order by 1""",
        "support_60_plus": """select count(distinct u.person_id) from support u
            join people p on p.id = u.person_id where p.birth_year <= 1966""",
        "completions": """select lesson_id, person_id is null, count(*) from completions
            group by 1, 2 order by 1, 2""",
        "per_session": "select session_id, count(*) from attendance group by 1 order by 1",
    }
    found = {name: store.db.execute(sql).fetchall() for name, sql in queries.items()}
    found["attendees"] = {
        s.id: len(store.attendees(s.id)) for s in store.list_sessions()
    }  # what a past session's attendance list shows
    from datetime import date

    from kiosk.records.figures import compute_figures
    from kiosk.reports.model import ReportQuery

    # And every figure of the report itself, over all the years the records cover.
    found["report"] = compute_figures(store, ReportQuery(date(2000, 1, 1), date(2099, 12, 31)))
    return found


def seed(store: RecordStore, clock: Clock) -> dict[str, str]:
    """Xuyến and Lan took part in 2023 only; Hùng in 2023 and in 2025; Thắm was added
    in 2025 and has done nothing since; an anonymous completion in 2023."""
    clock.moment = OLD
    xuyen, _ = store.add_person(NewPerson(XUYEN, 1950, "Tổ 5", "female", XUYEN_PHONE, consent=True))
    hung, _ = store.add_person(NewPerson("Trần Văn Hùng", 1962, "Tổ 2", "male"))
    lan, _ = store.add_person(NewPerson("Lê Thị Lan", 1990, "Tổ 2"))
    session = store.start_session("group", "Nhà văn hoá tổ 5", "Cô Hạnh", ["vneid-install"])
    for person in (xuyen, hung, lan):
        store.add_attendance(session.id, person.id)
    store.record_support(xuyen.id, "install_vneid", session.id)
    store.record_support(lan.id, "individual_support")
    store.record_completion("vneid-install", xuyen.id, practice_unaided=True, language="vi")
    store.record_completion("vneid-install")
    store.end_session(session.id)
    clock.moment = RECENT
    later = store.start_session("help_desk", "UBND xã")
    store.add_attendance(later.id, hung.id)
    store.record_support(hung.id, "dossier_online", later.id)
    store.end_session(later.id)
    tham, _ = store.add_person(NewPerson(THAM, 1958, "Tổ 1", phone="0911222333"))
    clock.moment = NOW
    return {"xuyen": xuyen.id, "hung": hung.id, "lan": lan.id, "tham": tham.id}


# -- retention ---------------------------------------------------------------------------


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(date(2026, 3, 20), 24) == date(2024, 3, 20)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 2, 29), 12) == date(2023, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_people_without_activity_in_the_period_lose_their_personal_data(store, clock):
    ids = seed(store, clock)
    before = people(store)
    result = anonymise_older_than(store, 24, NOW)
    assert (result.months, result.cutoff, result.dry_run) == (24, date(2024, 3, 20), False)
    assert set(result.person_ids) == {ids["xuyen"], ids["lan"]} and result.people == 2
    after = people(store)
    for key in ("xuyen", "lan"):
        old, new = before[ids[key]], after[ids[key]]
        assert new["full_name"] == ANONYMOUS_NAME
        assert new["match_key"] == "anonymous:" + ids[key]  # never anyone else's key
        assert new["search_key"] == ""  # no word for the search index
        assert new["phone"] is None and new["gender"] is None
        assert new["anonymised_at"] == new["updated_at"] == stamp(NOW)
        for kept in ("birth_year", "residential_group", "created_at", "kiosk_id"):
            assert new[kept] == old[kept]
        # Consent is kept: it names no one, and shows that what was kept had consent.
        assert (new["consent_at"], new["consent_version"]) == (
            old["consent_at"],
            old["consent_version"],
        )
    assert before[ids["xuyen"]]["consent_at"] is not None
    for key in ("hung", "tham"):  # Hùng came in 2025; Thắm was recorded in 2025
        assert after[ids[key]] == before[ids[key]]
    assert count_anonymised(store) == 2
    assert is_anonymised(store, ids["xuyen"]) and not is_anonymised(store, ids["hung"])
    assert not store.integrity_problems()
    # The full-text index agrees with the people table (an external-content FTS5 check).
    store.db.execute("insert into people_search(people_search, rank) values ('integrity-check', 1)")


def test_every_figure_is_the_same_after_anonymisation(store, clock):
    seed(store, clock)
    before, rows = figures(store), dump(store)
    assert anonymise_older_than(store, 24, NOW).people == 2
    assert figures(store) == before
    after = dump(store)
    for table in after.keys() - {"people"}:
        assert after[table] == rows[table], table  # not one row of activity touched
    assert len(after["people"]) == len(rows["people"])


def test_the_last_day_counts_and_the_day_before_does_not(store, clock):
    clock.moment = datetime(2024, 3, 20, 9, 0, tzinfo=UTC)
    on_the_day, _ = store.add_person(NewPerson("Hà Thị Một", 1950, consent=True))
    clock.moment = datetime(2024, 3, 19, 9, 0, tzinfo=UTC)
    day_before, _ = store.add_person(NewPerson("Hà Thị Hai", 1950, consent=True))
    result = anonymise_older_than(store, 24, NOW)
    assert result.person_ids == (day_before.id,) and on_the_day.id not in result.person_ids


def test_activity_counts_not_the_day_a_paper_sheet_was_typed_in(store, clock, tmp_path):
    """An import records people today for what they did long ago: their last activity is
    the session's day, not the import's."""
    from kiosk.records.csvimport import import_csv

    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "date;full_name;birth_year;residential_group;location;session_kind;support\n"
        f"2023-01-05;{SENH};1949;Tổ 3;Nhà văn hoá;group;install_vneid\n"
        "2025-06-01;Đinh Thị Mới;1951;Tổ 3;Nhà văn hoá;group;\n",
        encoding="utf-8",
    )
    clock.moment = NOW
    import_csv(store, sheet)
    result = anonymise_older_than(store, 24, NOW)
    assert [people(store)[i]["birth_year"] for i in result.person_ids] == [1949]


def test_a_dry_run_changes_nothing_and_finds_the_same_people(store, clock):
    seed(store, clock)
    rows = dump(store)
    dry = anonymise_older_than(store, 24, NOW, dry_run=True)
    assert dry.dry_run and dry.people == 2
    assert dump(store) == rows
    assert anonymise_older_than(store, 24, NOW).person_ids == dry.person_ids


def test_a_second_run_does_nothing(store, clock):
    seed(store, clock)
    assert anonymise_older_than(store, 24, NOW).people == 2
    rows = dump(store)
    later = datetime(2026, 3, 21, tzinfo=UTC)
    assert anonymise_older_than(store, 24, later).people == 0
    assert dump(store) == rows  # updated_at and anonymised_at kept from the first run


def test_a_shorter_period_reaches_more_people(store, clock):
    ids = seed(store, clock)
    assert set(anonymise_older_than(store, 6, NOW).person_ids) == {
        ids["xuyen"],
        ids["lan"],
        ids["hung"],
        ids["tham"],
    }
    with pytest.raises(ValueError):
        anonymise_older_than(store, 0, NOW)


# -- search and "the same person" ----------------------------------------------------------


def test_search_lists_and_duplicates_no_longer_show_anonymised_people(store, clock):
    seed(store, clock)
    clock.moment = OLD
    twin, _ = store.add_person(NewPerson("Phung Thi Xuyen", 1950, "Tổ 5"))  # accents missing
    clock.moment = NOW
    assert len(store.possible_duplicates()) == 1
    assert {p.full_name for p in store.search_people("xuyen")} == {XUYEN, "Phung Thi Xuyen"}
    anonymise_older_than(store, 24, NOW)
    for query in ("xuyen", "Phùng Thị Xuyến", "phung 1950", "1950", "lan", "an", "anonymous"):
        assert store.search_people(query) == [], query
    assert {p.full_name for p in store.search_people("")} == {"Trần Văn Hùng", THAM}
    assert {p.full_name for p in store.list_people()} == {"Trần Văn Hùng", THAM}
    assert store.possible_duplicates() == []
    assert find_people(store, "xuyen") == [] and find_people(store, twin.id) == []
    # The full-text index holds no word of their names any more.
    for word in ("phung", "xuyen", "lan", "anonymous", "an"):
        hits = store.db.execute(
            "select rowid from people_search where people_search match ?", [f'"{word}"*']
        ).fetchall()
        assert hits == [], word


def test_the_people_count_leaves_anonymised_people_out(store, clock):
    seed(store, clock)
    before = store.count_people()
    result = anonymise_older_than(store, 24, NOW)
    assert store.count("people") == before  # the rows stay, for the figures
    assert result.people > 0
    assert store.count_people() == before - result.people == len(store.list_people())


def test_the_same_name_checking_in_again_is_a_new_person(store, clock):
    ids = seed(store, clock)
    anonymise_older_than(store, 24, NOW)
    again = store.check_in("vneid-install", NewPerson(XUYEN, 1950, "Tổ 5", consent=True))
    assert not again.returning and again.person.id != ids["xuyen"]
    assert people(store)[ids["xuyen"]]["full_name"] == ANONYMOUS_NAME


def test_the_names_and_phone_are_gone_from_the_file_on_disk(tmp_path, clock):
    path = records_path(tmp_path / "disk")
    store = RecordStore.open(path, KIOSK_ID, now=clock, known_lessons=LESSONS)
    seed(store, clock)
    store.close()
    forms = forms_of(XUYEN) + forms_of("Lê Thị Lan") + [XUYEN_PHONE.encode(), b"xuyen"]
    assert all(form in raw_bytes(path) for form in forms[:1])  # there before
    store = RecordStore.open(path, KIOSK_ID, now=clock, known_lessons=LESSONS)
    anonymise_older_than(store, 24, NOW)
    store.close()
    content = raw_bytes(path)
    assert [form for form in forms if form in content] == []
    assert "Trần Văn Hùng".encode() in content  # still active: kept


def forms_of(name: str) -> list[bytes]:
    """The name as NFC, NFD, case-folded and accent-free bytes (what the tables held)."""
    return [
        unicodedata.normalize("NFC", name).encode(),
        unicodedata.normalize("NFD", name).encode(),
        match_key(name).encode(),
        search_key(name).encode(),
    ]


def raw_bytes(path: Path) -> bytes:
    sides = [path, Path(f"{path}-wal"), Path(f"{path}-journal")]
    return b"".join(p.read_bytes() for p in sides if p.exists())


# -- a resident's data on request ----------------------------------------------------------


def test_find_people_by_name_without_accents_or_by_code(store, clock):
    ids = seed(store, clock)
    assert [p.id for p in find_people(store, "phung thi xuyen")] == [ids["xuyen"]]
    assert [p.id for p in find_people(store, "XUYẾN 1950")] == [ids["xuyen"]]
    assert [p.id for p in find_people(store, ids["tham"][:8])] == [ids["tham"]]
    assert [p.id for p in find_people(store, ids["tham"].upper())] == [ids["tham"]]
    assert find_people(store, "  ") == [] and find_people(store, "zzz") == []


def test_export_holds_everything_stored_about_the_person(store, clock):
    ids = seed(store, clock)
    data = export_person(store, ids["xuyen"], now=NOW)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data  # JSON as it is
    assert data["format_version"] == 1 and data["exported_at"] == stamp(NOW)
    assert data["kiosk_id"] == KIOSK_ID
    person = data["person"]
    assert (person["id"], person["full_name"], person["phone"]) == (
        ids["xuyen"],
        XUYEN,
        XUYEN_PHONE,
    )
    assert person["birth_year"] == 1950 and person["residential_group"] == "Tổ 5"
    assert person["gender"] == "female" and person["consent_version"]
    assert person["anonymised_at"] is None
    [attended] = data["attendance"]
    assert attended["kind"] == "group" and attended["session_date"] == "2023-02-10"
    assert attended["location"] == "Nhà văn hoá tổ 5" and attended["lessons"] == ["vneid-install"]
    assert attended["kind_label"] == {"vi": "Lớp học nhóm", "en": "Group lesson"}
    [support] = data["support"]
    assert support["code"] == "install_vneid" and support["given_on"] == "2023-02-10"
    assert support["label"]["vi"] == "Cài VNeID"
    [completion] = data["completions"]
    assert completion["lesson_id"] == "vneid-install" and completion["practice_unaided"] is True
    assert "Cô Hạnh" not in json.dumps(data, ensure_ascii=False)  # the facilitator's own name
    with pytest.raises(RecordError) as missing:
        export_person(store, "no-such-id")
    assert missing.value.code == "not_found"


def test_delete_erases_at_once_and_every_figure_stays(store, clock):
    ids = seed(store, clock)
    before, rows = figures(store), dump(store)
    assert delete_person(store, ids["hung"], now=NOW)  # active: still erased on request
    hung = people(store)[ids["hung"]]
    assert hung["full_name"] == ANONYMOUS_NAME and hung["gender"] is None
    assert hung["anonymised_at"] == stamp(NOW) and hung["birth_year"] == 1962
    assert figures(store) == before
    for table, kept in dump(store).items():
        assert table == "people" or kept == rows[table], table
    assert find_people(store, "hung") == []
    assert not delete_person(store, ids["hung"])  # already done
    with pytest.raises(RecordError):
        delete_person(store, "no-such-id")
    assert not store.integrity_problems()


# -- the commands ----------------------------------------------------------------------------


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KIOSK, *args], input=stdin, capture_output=True, text=True, timeout=120, env=os.environ
    )


@pytest.fixture
def seeded(data_dir: Path) -> dict[str, str]:
    """The records of `seed` in the data directory, moved in time so that NOW is today (the
    commands use the real clock), and one more person recorded today."""
    clock = Clock(OLD, offset=datetime.now(UTC) - NOW)
    opened = RecordStore.open(records_path(data_dir), KIOSK_ID, clock, LESSONS)
    try:
        ids = seed(opened, clock)
        opened.add_person(NewPerson("Phùng Văn Xuyên", 1970, "Tổ 9"))
    finally:
        opened.close()
    return ids


def stored(data_dir: Path) -> dict[str, dict[str, Any]]:
    opened = RecordStore.open(records_path(data_dir), KIOSK_ID)
    try:
        return people(opened)
    finally:
        opened.close()


def test_purge_dry_run_then_purge_with_the_retention_setting(seeded, data_dir):
    ids = seeded
    before = stored(data_dir)
    dry = kiosk("records", "purge", "--dry-run", "--lang", "en")
    assert dry.returncode == 0, dry.stderr
    assert "Dry run, nothing changed: 2 people with no activity since" in dry.stdout
    assert "(personal data is kept for 24 months)" in dry.stdout
    assert stored(data_dir) == before
    done = kiosk("records", "purge")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Đã ẩn danh 2 người không có hoạt động nào từ ")
    assert "(dữ liệu cá nhân được giữ 24 tháng). Số liệu báo cáo không đổi." in done.stdout
    after = stored(data_dir)
    assert {i for i, row in after.items() if row["anonymised_at"]} == {ids["xuyen"], ids["lan"]}
    assert "Đã ẩn danh 0 người" in kiosk("records", "purge").stdout  # a second time
    listing = kiosk("records", "people", "--lang", "en")
    assert listing.stdout.count("\n") == 3 and XUYEN not in listing.stdout
    assert listing.stderr == "3 people\n(and 2 anonymised people, not listed here)\n"
    # Six months: Hùng (a year and more ago) and Thắm (recorded then) go too.
    (data_dir / "settings.json").write_text(json.dumps({"retention_months": 6}))
    shorter = kiosk("records", "purge", "--lang", "en")
    assert "Anonymised 2 people" in shorter.stdout and "kept for 6 months" in shorter.stdout


def test_person_lists_matches_with_year_and_group(seeded):
    ids = seeded
    found = kiosk("records", "person", "xuyen")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(ids["xuyen"][:8]) and XUYEN in lines[0]
    assert "1950" in lines[0] and "Tổ 5" in lines[0]
    assert "Phùng Văn Xuyên" in lines[1] and "1970" in lines[1] and "Tổ 9" in lines[1]
    assert found.stderr == "2 người khớp.\n"
    none = kiosk("records", "person", "Zzz", "--lang", "en")
    assert none.returncode == 1 and none.stdout == ""
    assert none.stderr.startswith("No one matches.")
    assert kiosk("records", "person", " ").returncode == 2


def test_export_needs_exactly_one_match(seeded, tmp_path):
    ids = seeded
    out = tmp_path / "xuyen.json"
    several = kiosk("records", "person", "xuyen", "--export", str(out))
    assert several.returncode == 1 and not out.exists()
    assert "Có 2 người khớp. Xin ghi rõ hơn" in several.stderr
    one = kiosk("records", "person", "xuyen 1950", "--export", str(out))
    assert one.returncode == 0, one.stderr
    assert f"vào {out}." in one.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["id"] == ids["xuyen"] and data["person"]["full_name"] == XUYEN
    assert XUYEN in out.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    by_code = kiosk("records", "person", ids["xuyen"][:8], "--export", str(out))
    assert by_code.returncode == 0
    unwritable = kiosk("records", "person", "xuyen 1950", "--export", str(tmp_path / "no" / "x"))
    assert unwritable.returncode == 1 and "Không ghi được tệp" in unwritable.stderr


def test_delete_asks_and_does_nothing_without_the_answer(seeded, data_dir):
    ids = seeded
    before = stored(data_dir)
    for answer in ("", "không\n", "n\n"):
        refused = kiosk("records", "person", THAM, "--delete", stdin=answer)
        assert refused.returncode == 1
        assert "Gõ CÓ để xóa:" in refused.stdout and THAM in refused.stdout
        assert refused.stderr.endswith("Chưa xóa gì.\n")
        assert THAM not in refused.stderr
    assert stored(data_dir) == before
    done = kiosk("records", "person", "vi van tham", "--delete", stdin="CÓ\n")
    assert done.returncode == 0, done.stderr
    assert "Đã xóa tên, số điện thoại và giới tính." in done.stdout
    after = stored(data_dir)[ids["tham"]]
    assert after["full_name"] == ANONYMOUS_NAME and after["phone"] is None
    gone = kiosk("records", "person", THAM)
    assert gone.returncode == 1


def test_delete_with_yes_and_in_english(seeded, data_dir, tmp_path):
    ids = seeded
    english = kiosk("records", "person", "Trần Văn Hùng", "--delete", "--lang", "en", stdin="yes\n")
    assert english.returncode == 0 and "Type YES to erase:" in english.stdout
    out = tmp_path / "lan.json"
    done = kiosk("records", "person", "le thi lan", "--export", str(out), "--delete", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Gõ CÓ" not in done.stdout  # not asked
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["full_name"] == "Lê Thị Lan"
    rows = stored(data_dir)
    assert rows[ids["hung"]]["anonymised_at"] and rows[ids["lan"]]["anonymised_at"]
    several = kiosk("records", "person", "xuyen", "--delete", "--yes")
    assert several.returncode == 1  # two match: nothing erased
    assert not stored(data_dir)[ids["xuyen"]]["anonymised_at"]
