"""`kiosk records import`: paper sign-in sheets as CSV, on real SQLite files.

Sessions and people grouped as the issue says, idempotent, all or nothing with every bad
line reported by its physical line number, possible duplicates listed and never merged."""

from __future__ import annotations

import json
import sqlite3
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records.csvimport import ImportFailed, import_csv, local_midnight
from kiosk.records.files import records_path
from kiosk.tools.bench_records import LESSONS as BENCH_LESSONS
from kiosk.tools.bench_records import write_sample_csv

KIOSK = "00000000-0000-4000-8000-00000000000b"
TABLES = ("people", "sessions", "attendance", "support", "completions")
LESSONS = frozenset({"vneid-install", "commune-zalo-follow"})
HEADER = "date,full_name,birth_year,gender,residential_group,location,session_kind,lessons,support"
NFD_DEU = unicodedata.normalize("NFD", "nguyễn thị  đều")

# Three sessions: 2 March group at NVH tổ 5 (rows 2-5, both date forms and a location in
# other case), 2 March help desk at NVH tổ 5 (row 6), 3 March group at NVH tổ 5 (row 7).
# Three people: Nguyễn Thị Đều 1958 Tổ 5 (rows 2, 3, 6 and 7, NFC and NFD), Trần Văn Ánh
# 1950 Tổ 2 (row 4), and another Trần Văn Ánh 1950 of Tổ 3 (row 5).
GOOD_ROWS = [
    "2026-03-02,Nguyễn Thị Đều,1958,nữ,Tổ 5,Nhà văn hóa tổ 5,group,vneid-install,install_vneid",
    f"02/03/2026,{NFD_DEU},1958,,tổ 5,NHÀ VĂN HÓA TỔ 5,group,commune-zalo-follow,install_vneid",
    '2026-03-02,Trần Văn Ánh,1950,nam,Tổ 2,Nhà văn hóa tổ 5,group,"vneid-install;'
    'commune-zalo-follow","install_vneid;vneid_activate"',
    "2/3/2026,Trần Văn Ánh,1950,nam,Tổ 3,Nhà văn hóa tổ 5,group,,",
    "2026-03-02,Nguyễn Thị Đều,1958,,Tổ 5,Nhà văn hóa tổ 5,help_desk,,individual_support",
    "03/03/2026,Nguyễn Thị Đều,1958,,Tổ 5,Nhà văn hóa tổ 5,Group,vneid-install,",
]


def now() -> datetime:
    return datetime(2026, 3, 20, 3, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = RecordStore.open(records_path(tmp_path), KIOSK, now=now, known_lessons=LESSONS)
    yield opened
    opened.close()


def counts(store: RecordStore) -> dict[str, int]:
    return {table: store.count(table) for table in TABLES}


def sheet(
    tmp_path: Path,
    rows: list[str],
    *,
    delimiter: str = ",",
    bom: bool = False,
    header: str = HEADER,
    name: str = "sheet.csv",
    newline: str = "\r\n",
) -> Path:
    lines = [header, *rows]
    if delimiter != ",":
        lines = [_resplit(line, delimiter) for line in lines]
    data = newline.join(lines).encode("utf-8") + newline.encode()
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def _resplit(line: str, delimiter: str) -> str:
    """The same CSV line with another delimiter (our rows quote every cell with a ';')."""
    import csv
    import io

    cells = next(csv.reader([line]))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(cells)
    return out.getvalue()


@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
@pytest.mark.parametrize("delimiter", [",", ";"], ids=["comma", "semicolon"])
def test_a_good_sheet_is_grouped_into_sessions_and_people(store, tmp_path, bom, delimiter):
    path = sheet(tmp_path, GOOD_ROWS, delimiter=delimiter, bom=bom)
    result = import_csv(store, path)
    assert (result.rows, result.sessions_added, result.people_added) == (6, 3, 3)
    assert (result.attendance_added, result.support_added) == (5, 4)
    assert result.possible_duplicates == ()
    assert counts(store) == {
        "people": 3,
        "sessions": 3,
        "attendance": 5,
        "support": 4,
        "completions": 0,
    }
    sessions = {(s.session_date, s.kind): s for s in store.list_sessions()}
    assert set(sessions) == {
        ("2026-03-02", "group"),
        ("2026-03-02", "help_desk"),
        ("2026-03-03", "group"),
    }
    group = sessions[("2026-03-02", "group")]
    assert group.location == "Nhà văn hóa tổ 5"  # as first written
    assert group.lessons == ("vneid-install", "commune-zalo-follow")  # the union
    assert group.started_at == group.ended_at == local_midnight("2026-03-02")
    assert not group.is_open and group.kiosk_id == KIOSK
    assert sessions[("2026-03-02", "help_desk")].lessons == ()
    assert [row.person.full_name for row in store.attendees(group.id)] == [
        "Nguyễn Thị Đều",
        "Trần Văn Ánh",
        "Trần Văn Ánh",
    ]
    deu = store.search_people("nguyen thi deu")
    assert [(p.full_name, p.birth_year, p.gender) for p in deu] == [
        ("Nguyễn Thị Đều", 1958, "female")
    ]
    codes = sorted((s.code, s.given_on) for row in store.attendees(group.id) for s in row.support)
    assert codes == [
        ("install_vneid", "2026-03-02"),
        ("install_vneid", "2026-03-02"),
        ("vneid_activate", "2026-03-02"),
    ]
    raw = store.db.execute("select distinct source from sessions").fetchall()
    assert raw == [("import",)]
    assert store.integrity_problems() == []


def test_importing_the_same_file_twice_adds_nothing(store, tmp_path):
    path = sheet(tmp_path, GOOD_ROWS)
    import_csv(store, path)
    first = counts(store)
    updated = store.db.execute("select max(updated_at) from sessions").fetchone()
    again = import_csv(store, path)
    assert (again.sessions_added, again.people_added) == (0, 0)
    assert (again.attendance_added, again.support_added) == (0, 0)
    assert counts(store) == first
    assert store.db.execute("select max(updated_at) from sessions").fetchone() == updated
    # The same file with semicolons, a BOM and the other date form is the same data.
    other = [row.replace("2026-03-02", "02/03/2026") for row in GOOD_ROWS]
    import_csv(store, sheet(tmp_path, other, delimiter=";", bom=True, name="again.csv"))
    assert counts(store) == first


def test_a_later_sheet_adds_to_sessions_and_people_already_stored(store, tmp_path):
    known, _ = store.add_person(NewPerson("Nguyễn Thị Đều", 1958, "Tổ 5"))
    import_csv(store, sheet(tmp_path, GOOD_ROWS[:1]))
    assert store.count("people") == 1  # the person already stored is reused
    more = [
        "2026-03-02,Nguyễn Thị Đều,1958,,Tổ 5,Nhà văn hóa tổ 5,group,commune-zalo-follow,"
        "vneid_activate",
        "2026-03-02,Lê Thị Hoa,1962,,Tổ 5,Nhà văn hóa tổ 5,group,,",
    ]
    result = import_csv(store, sheet(tmp_path, more, name="more.csv"))
    assert (result.sessions_added, result.people_added) == (0, 1)
    assert (result.attendance_added, result.support_added) == (1, 1)
    (session,) = store.list_sessions()
    assert session.lessons == ("vneid-install", "commune-zalo-follow")
    assert session.updated_at >= session.created_at
    assert store.attendees(session.id)[0].person.id == known.id


def test_a_kiosk_session_is_never_merged_with_an_imported_one(store, tmp_path):
    store.start_session("group", "Nhà văn hóa tổ 5")
    today = store.today()
    row = f"{today},Lê Thị Hoa,1962,,Tổ 5,Nhà văn hóa tổ 5,group,,"
    result = import_csv(store, sheet(tmp_path, [row]))
    assert result.sessions_added == 1
    assert store.open_session() is not None  # the kiosk's own session is still open


def test_a_tone_mark_placed_the_old_way_is_the_same_person(store, tmp_path):
    rows = [
        "2026-03-02,Lê Thị Hòa,1962,,Tổ 5,NVH,group,,",  # the modern placement
        "2026-03-03,Lê Thị Hoà,1962,,Tổ 5,NVH,group,,",  # the old one, as many phones type it
    ]
    result = import_csv(store, sheet(tmp_path, rows))
    assert (result.people_added, result.sessions_added, result.attendance_added) == (1, 2, 2)
    assert result.possible_duplicates == ()


def test_names_that_differ_by_accents_are_listed_never_merged(store, tmp_path):
    rows = [
        "2026-03-02,Nguyễn Thị Đều,1958,,Tổ 5,NVH,group,,",
        "2026-03-02,Nguyen Thi Deu,1958,,Tổ 5,NVH,group,,",
        "2026-03-02,Nguyễn Thị Dều,1958,,Tổ 5,NVH,group,,",
        "2026-03-02,Nguyễn Thị Đào,1958,,Tổ 5,NVH,group,,",
        "2026-03-02,Nguyen Thi Dao,1970,,Tổ 5,NVH,group,,",
    ]
    result = import_csv(store, sheet(tmp_path, rows))
    assert result.people_added == 5
    (group,) = result.possible_duplicates
    assert sorted(p.full_name for p in group) == [
        "Nguyen Thi Deu",
        "Nguyễn Thị Dều",
        "Nguyễn Thị Đều",
    ]
    assert store.count("people") == 5


BAD_ROWS = [
    "2026-03-02,Nguyễn Thị Đều,1958,,Tổ 5,NVH,group,vneid-install,install_vneid",  # 2: good
    "2026-13-02,Trần Văn Ánh,1950,,Tổ 2,NVH,group,,",  # 3: no 13th month
    "31/02/2026,Trần Văn Ánh,1950,,Tổ 2,NVH,group,,",  # 4: no 31 February
    "2026-04-01,Trần Văn Ánh,1950,,Tổ 2,NVH,group,,",  # 5: after today (20 March)
    "2026-03-02,   ,1950,,Tổ 2,NVH,group,,",  # 6: empty name
    "2026-03-02,Lê Văn Tám,1899,,Tổ 2,NVH,group,,",  # 7: too old
    "2026-03-02,Lê Văn Tám,2027,,Tổ 2,NVH,group,,",  # 8: next year
    "2026-03-02,Lê Văn Tám,19x0,,Tổ 2,NVH,group,,",  # 9: not a year
    "2026-03-02,Lê Văn Tám,1950,,Tổ 2,NVH,party,,",  # 10: unknown kind
    "2026-03-02,Lê Văn Tám,1950,,Tổ 2,NVH,group,no-such-lesson,",  # 11: unknown lesson
    "2026-03-02,Lê Văn Tám,1950,,Tổ 2,NVH,group,,install_tiktok",  # 12: unknown support
    "2026-03-02,Lê\x07Văn Tám,1950,,Tổ 2,NVH,group,,",  # 13: control character
    f"2026-03-02,{'Đ' * 101},1950,,Tổ 2,NVH,group,,",  # 14: too long
    "",  # 15: a blank line is fine
    "2026-03-02,Lê Văn Tám,1950,,Tổ 2",  # 16: too few cells
    "2026-03-02,Lê Văn Tám,1950,bê đê,Tổ 2,NVH,group,,",  # 17: unknown gender
    "03-02-2026,,1950,,Tổ 2,NVH,group,,",  # 18: bad date and empty name
]
BAD_LINES = [
    (3, "date", "date_invalid"),
    (4, "date", "date_invalid"),
    (5, "date", "date_future"),
    (6, "full_name", "name_empty"),
    (7, "birth_year", "birth_year_range"),
    (8, "birth_year", "birth_year_range"),
    (9, "birth_year", "birth_year_invalid"),
    (10, "session_kind", "session_kind_unknown"),
    (11, "lessons", "lesson_unknown"),
    (12, "support", "support_unknown"),
    (13, "full_name", "name_control"),
    (14, "full_name", "name_too_long"),
    (16, "", "field_count"),
    (17, "gender", "gender_unknown"),
    (18, "date", "date_invalid"),
    (18, "full_name", "name_empty"),
]


def test_a_sheet_with_bad_rows_imports_nothing_and_lists_every_one(store, tmp_path):
    store.add_person(NewPerson("Ai Đó", 1960))
    before = counts(store)
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, sheet(tmp_path, BAD_ROWS, newline="\n"))
    problems = caught.value.problems
    assert [(p.line, p.column, p.code) for p in problems] == BAD_LINES
    assert counts(store) == before
    vi = [p.describe("vi") for p in problems]
    en = [p.describe("en") for p in problems]
    assert vi[0] == (
        "Dòng 3, cột date: Ngày không hợp lệ: “2026-13-02”. "
        "Xin viết theo dạng 2026-03-15 hoặc 15/03/2026."
    )
    assert (
        en[0] == "Line 3, column date: Invalid date '2026-13-02': write 2026-03-15 or 15/03/2026."
    )
    assert vi[2] == "Dòng 5, cột date: Ngày 2026-04-01 chưa tới."
    assert en[3] == "Line 6, column full_name: Please enter the full name."
    assert vi[4] == "Dòng 7, cột birth_year: Năm sinh phải từ 1900 đến 2026."
    assert "no-such-lesson" in vi[8] and "no-such-lesson" in en[8]
    assert vi[9] == "Dòng 12, cột support: Loại hỗ trợ không có: install_tiktok."
    assert en[12] == "Line 16: The row has 5 fields; the header has 9."


def test_line_numbers_are_physical_lines_of_the_file(store, tmp_path):
    rows = [
        '2026-03-02,"Nguyễn Thị Đều",1958,,"Tổ 5","Nhà văn hóa\ntổ 5",group,,',  # lines 2-3
        "",  # line 4
        "2026-03-02,Lê Văn Tám,1950,,Tổ 2,NVH,party,,",  # line 5
    ]
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, sheet(tmp_path, rows))
    assert [(p.line, p.code) for p in caught.value.problems] == [
        (2, "location_invalid"),
        (5, "session_kind_unknown"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", [(1, "empty_file")]),
        (b"\xef\xbb\xbf \r\n", [(1, "empty_file")]),
        (HEADER.encode() + b"\r\n", [(2, "no_rows")]),
        (
            b"date,full_name,gender\n2026-03-02,Lan,\n",
            [(1, "columns_missing")],
        ),
        (HEADER.replace("gender", "date").encode() + b"\n", [(1, "column_repeated")]),
        # Windows-1258 or Latin-1 instead of UTF-8, on lines 3 and 5
        (
            (HEADER + "\n2026-03-02,Lan,1958,,Tổ 5,NVH,group,,\n").encode()
            + "2026-03-02,Đào,1958,,To 5,NVH,group,,\n".encode("cp1258")
            + "2026-03-02,Hoa,1958,,Tổ 5,NVH,group,,\n".encode()
            + "2026-03-02,Hà,1958,,Tô 5,NVH,group,,\n".encode("latin-1"),
            [(3, "encoding"), (5, "encoding")],
        ),
        ((HEADER + "\n").encode("utf-16"), [(1, "encoding")]),
    ],
    ids=["empty", "bom-only", "header-only", "missing", "repeated", "cp1258", "utf16"],
)
def test_files_that_cannot_be_read_say_why(store, tmp_path, data, expected):
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    assert [(p.line, p.code) for p in caught.value.problems] == expected
    for problem in caught.value.problems:
        assert problem.describe("vi") != problem.describe("en")
    assert counts(store) == dict.fromkeys(TABLES, 0)
    if expected == [(1, "columns_missing")]:
        assert caught.value.problems[0].message("en") == (
            "Missing columns: birth_year, residential_group, location, session_kind."
        )


def test_a_missing_file_is_one_problem(store, tmp_path):
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, tmp_path / "nowhere.csv")
    (problem,) = caught.value.problems
    assert problem.code == "unreadable" and problem.line == 0
    assert problem.describe("vi").startswith("Không mở được tệp")


def test_columns_in_any_order_and_case_and_without_the_optional_ones(store, tmp_path):
    path = sheet(
        tmp_path,
        ["Tổ 5,group,NVH,1958,Nguyễn Thị Đều,2026-03-02,ghi chú,,"],  # empty cells after
        header="Residential_Group,SESSION_KIND,location,birth_year,Full_Name,date,notes",
    )
    result = import_csv(store, path)
    assert (result.rows, result.people_added, result.support_added) == (1, 1, 0)


def test_dry_run_counts_and_writes_nothing(store, tmp_path):
    rows = [*GOOD_ROWS, "2026-03-02,Nguyen Thi Deu,1958,,Tổ 5,Nhà văn hóa tổ 5,group,,"]
    result = import_csv(store, sheet(tmp_path, rows), dry_run=True)
    assert (result.sessions_added, result.people_added, result.attendance_added) == (3, 4, 6)
    assert len(result.possible_duplicates) == 1
    assert counts(store) == dict.fromkeys(TABLES, 0)


def test_a_read_only_database_imports_nothing(store, tmp_path):
    path = sheet(tmp_path, GOOD_ROWS)
    conn = sqlite3.connect(f"{records_path(tmp_path).as_uri()}?mode=ro", uri=True)
    read_only = RecordStore(Database(conn), KIOSK, now=now, known_lessons=LESSONS)
    try:
        with pytest.raises(RecordError) as caught:
            import_csv(read_only, path)
        assert caught.value.code == "read_only"
    finally:
        read_only.close()
    assert counts(store) == dict.fromkeys(TABLES, 0)


def test_a_full_disk_during_an_import_leaves_nothing(store, tmp_path):
    path = write_sample_csv(tmp_path / "big.csv", 1_000, seed=3, today=now().date())
    store.known_lessons = frozenset(BENCH_LESSONS)
    pages = store.db.execute("pragma page_count").fetchone()[0]
    store.db.execute(f"pragma max_page_count = {pages + 5}")
    with pytest.raises(RecordError) as caught:
        import_csv(store, path)
    assert caught.value.code == "disk_full"
    assert counts(store) == dict.fromkeys(TABLES, 0)


def test_a_thousand_row_sheet_imports_quickly_and_once(tmp_path):
    path = write_sample_csv(tmp_path / "big.csv", 1_000, seed=3)
    store = RecordStore.open(records_path(tmp_path), KIOSK, known_lessons=frozenset(BENCH_LESSONS))
    try:
        start = time.perf_counter()
        result = import_csv(store, path)
        elapsed = time.perf_counter() - start
        assert result.rows == 1_000
        assert 0 < result.sessions_added < 1_000
        assert 0 < result.people_added <= 600
        assert result.attendance_added == store.count("attendance") <= 1_000
        assert store.count("people") == result.people_added
        assert elapsed < 5  # 10,000 rows take about 1 s; see `kiosk bench --only records`
        first = counts(store)
        assert import_csv(store, path).attendance_added == 0
        assert counts(store) == first
        lessons = store.db.execute("select lessons from sessions").fetchall()
        assert all(isinstance(json.loads(row[0]), list) for row in lessons)
        assert store.integrity_problems() == []
    finally:
        store.close()
