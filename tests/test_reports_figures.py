"""The report's figures against a commune counted by hand (tests/report_fixture.py): in total,
per residential group, per month, with a location and a kind, and as the records change."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.records.figures import compute_figures, group_order, months_of
from kiosk.records.schema import rebuild_report_facts
from kiosk.records.store import RecordStore
from kiosk.reports.build import build_report
from kiosk.reports.model import ReportQuery
from tests.report_fixture import BY_GROUP, BY_MONTH, TOTAL, build_commune, figures

Q2 = ReportQuery(date(2026, 4, 1), date(2026, 6, 30))


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("commune") / "records.sqlite3"
    build_commune(path)
    return path


@pytest.fixture
def store(commune: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A copy of the commune's records, for a test that changes them."""
    copy = tmp_path / "records.sqlite3"
    source = RecordStore.open(commune, "kiosk-test")
    try:
        source.db.conn.execute("vacuum into ?", [str(copy)])
    finally:
        source.close()
    opened = RecordStore.open(copy, "kiosk-test")
    yield opened
    opened.close()


def test_every_figure_of_the_quarter_in_total_per_group_and_per_month(store):
    result = compute_figures(store, Q2)
    assert result.total == TOTAL
    assert list(result.by_group) == ["Tổ 1", "Tổ 2", "Tổ 10", ""]  # "Tổ 2" before "Tổ 10"
    assert result.by_group == BY_GROUP
    assert list(result.by_month) == ["2026-04", "2026-05", "2026-06"]
    assert result.by_month == BY_MONTH


def test_per_group_people_add_up_to_the_total_and_months_to_the_attendances(store):
    result = compute_figures(store, Q2)
    assert sum(f.participants for f in result.by_group.values()) == result.total.participants
    assert sum(f.attendances for f in result.by_month.values()) == result.total.attendances
    assert sum(f.sessions for f in result.by_month.values()) == result.total.sessions
    # Anonymous completions belong to no group.
    assert sum(f.completions_anonymous for f in result.by_group.values()) == 0


def test_a_location_counts_only_its_sessions_whatever_the_case_or_tone_mark_placement(store):
    # "hoá" and "hóa" are the same place (S2 and S3); support and lessons outside any
    # session (P6 on 21 May) are left out.
    result = compute_figures(store, ReportQuery(Q2.start, Q2.end, location="nhà văn hoá TỔ 1"))
    assert result.total == BY_MONTH["2026-04"]
    assert list(result.by_month) == ["2026-04", "2026-05", "2026-06"]
    assert result.by_month["2026-05"] == figures()


def test_a_kind_counts_only_its_sessions(store):
    result = compute_figures(store, ReportQuery(Q2.start, Q2.end, kind="group"))
    assert result.total == figures(
        participants=5,  # S2: P1 P2 P3 P5; S4: P1 P2 P3 P4
        participants_60_plus=3,
        attendances_by_kind={"group": 8},
        sessions_by_kind={"group": 2},
        completions_by_lesson={"vneid-install": (1, 1), "scam-safety": (0, 1)},  # in S2
        class_completions_by_lesson={"vneid-install": 1, "scam-safety": 1},  # S4's class
        app_installs={"install_vneid": 2, "install_etax": 1},
        individual_support_people=1,  # P2 in S4
        vneid_activations=1,
        vneid_recoveries=1,
        vneid_device_changes=1,
        digital_signatures=1,
        cashless_payments=1,
    )


def test_a_location_and_a_kind_together(store):
    query = ReportQuery(Q2.start, Q2.end, location="Nhà văn hóa tổ 2", kind="group")
    result = compute_figures(store, query)
    assert result.total == figures(  # S4 alone
        participants=4,
        participants_60_plus=2,
        attendances_by_kind={"group": 4},
        sessions_by_kind={"group": 1},
        class_completions_by_lesson={"vneid-install": 1, "scam-safety": 1},
        individual_support_people=1,
        vneid_recoveries=1,
        vneid_device_changes=1,
        digital_signatures=1,
        cashless_payments=1,
    )
    assert list(result.by_group) == ["Tổ 1", "Tổ 2", "Tổ 10"]


def test_a_location_with_no_session_counts_nothing(store):
    result = compute_figures(store, ReportQuery(Q2.start, Q2.end, location="Chợ Đồng Xuân"))
    assert result.total == figures()
    assert result.by_group == {}


def test_both_ends_of_the_range_are_included(store):
    last_day = compute_figures(store, ReportQuery(date(2026, 6, 30), date(2026, 6, 30)))
    assert last_day.total == figures(
        participants=1,
        participants_60_plus=1,
        attendances_by_kind={"home_visit": 1},
        sessions_by_kind={"home_visit": 1},
        individual_support_people=1,
    )
    first_day = compute_figures(store, ReportQuery(date(2026, 3, 31), date(2026, 4, 1)))
    assert first_day.total.participants == 5  # S1: P1 P7; S2: P1 P2 P3 P5
    assert first_day.total.attendances == 6
    assert first_day.total.completions_anonymous == 3
    assert list(first_day.by_month) == ["2026-03", "2026-04"]


def test_aged_60_is_reckoned_from_the_year_the_range_ends(store):
    # In a 2025 range P2 (born 1966) is not yet 60: 1966 > 2025 - 60.
    query = ReportQuery(date(2025, 1, 1), date(2026, 12, 31))
    assert compute_figures(store, query).total.participants_60_plus == 3  # ends in 2026
    store.db.execute("update people set birth_year = 1967 where full_name = 'Trần Văn Ánh'")
    assert compute_figures(store, query).total.participants_60_plus == 2


def test_anonymised_people_are_counted_as_before(store, commune):
    people = build_commune_ids(store)
    store.db.execute(
        """update people set full_name = '(ẩn danh)', match_key = 'anonymous:' || id,
                  search_key = '', phone = null, gender = null,
                  anonymised_at = '2026-08-01T00:00:00.000000Z'
           where id in (?, ?, ?)""",
        [people["Trần Văn Ánh"], people["Võ Thị Lan"], people["Hoàng Văn Nam"]],
    )
    store.db.conn.commit()
    result = compute_figures(store, Q2)
    assert (result.total, result.by_group, result.by_month) == (TOTAL, BY_GROUP, BY_MONTH)


def build_commune_ids(store: RecordStore) -> dict[str, str]:
    return {p.full_name: p.id for p in store.list_people()}


def test_the_report_tables_follow_every_change_of_the_records(store):
    """Moving a person to another group, a session to another day or kind, undoing presence
    and support: the figures follow, and the report's tables equal a rebuild from scratch."""
    people = build_commune_ids(store)
    store.db.execute(
        "update people set residential_group = 'Tổ 10' where id = ?", [people["Lê Thị Hoa"]]
    )
    moved = compute_figures(store, Q2)
    assert moved.total == TOTAL
    assert moved.by_group["Tổ 2"].participants == 1
    assert moved.by_group["Tổ 10"].participants == 2
    assert moved.by_group["Tổ 10"].digital_signatures == 1
    assert moved.by_group["Tổ 2"].digital_signatures == 0

    june = next(s for s in store.list_sessions() if s.session_date == "2026-06-30")
    store.db.execute(
        "update sessions set session_date = '2026-07-02', kind = 'group' where id = ?", [june.id]
    )
    later = compute_figures(store, Q2)
    assert later.total.sessions_by_kind["home_visit"] == 0
    assert later.total.attendances == TOTAL.attendances - 1
    assert later.by_month["2026-06"].participants == 0
    july = compute_figures(store, ReportQuery(date(2026, 7, 1), date(2026, 7, 31)))
    assert july.total.sessions_by_kind == figures(sessions_by_kind={"group": 2}).sessions_by_kind
    assert july.total.attendances_by_kind["group"] == 3  # S6: P3 P4; the moved S5: P2

    may = next(s for s in store.list_sessions() if s.session_date == "2026-05-20")
    for row in store.attendees(may.id):
        for support in row.support:
            store.remove_support(support.id)
        store.remove_attendance(store.attendance_id(may.id, row.person.id) or "")
    emptied = compute_figures(store, Q2).by_month["2026-05"]
    assert (emptied.attendances, emptied.participants, emptied.digital_signatures) == (0, 0, 0)
    assert emptied.sessions == 1  # held, now with nobody present
    assert emptied.individual_support_people == 1  # P6, outside any session

    def tables() -> list[list[tuple[object, ...]]]:
        return [
            sorted(store.db.execute(f"select * from {table}").fetchall())
            for table in ("report_attendance", "report_support", "report_completions")
        ]

    kept = tables()
    with store.db.conn:
        rebuild_report_facts(store.db)
    assert tables() == kept


def test_build_report_carries_the_query_commune_and_time(store):
    now = datetime(2026, 7, 2, 3, 4, 5, tzinfo=UTC)
    report = build_report(store, Q2, "Phường Hoàn Kiếm", now)
    assert (report.total, report.by_group, report.by_month) == (TOTAL, BY_GROUP, BY_MONTH)
    assert report.commune == "Phường Hoàn Kiếm"
    assert report.generated_at == "2026-07-02T03:04:05.000000Z"
    data = report.to_json()
    assert data["participants"] == 5 and data["from"] == "2026-04-01"
    assert list(data["by_residential_group"]) == ["Tổ 1", "Tổ 2", "Tổ 10", ""]


def test_months_and_group_order():
    assert months_of(date(2025, 11, 30), date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    groups = ["", "Tổ 10", "tổ 2", "Khu phố B", "Tổ 1", "Khu phố A"]
    assert sorted(groups, key=group_order) == [
        "Khu phố A",
        "Khu phố B",
        "Tổ 1",
        "tổ 2",
        "Tổ 10",
        "",
    ]


_LOCAL_DAY = """
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from kiosk.records.figures import compute_figures
from kiosk.records.store import RecordStore
from kiosk.reports.model import ReportQuery

clock = [datetime(2026, 6, 30, 17, 30, tzinfo=UTC)]
store = RecordStore.open(Path(sys.argv[1]), "k", now=lambda: clock[0])
store.record_completion("vneid-install")
clock[0] = datetime(2026, 6, 30, 16, 59, 59, 999900, tzinfo=UTC)
store.record_completion("scam-safety")
for month in (6, 7):
    query = ReportQuery(date(2026, month, 1), date(2026, month, 30))
    print(sorted(compute_figures(store, query).total.completions_by_lesson))
"""


@pytest.mark.parametrize(
    ("zone", "june", "july"),
    [
        # 00:30 on 1 July in Hà Nội (UTC+7), and 23:59:59.9999 on 30 June.
        ("Asia/Ho_Chi_Minh", ["scam-safety"], ["vneid-install"]),
        ("UTC", ["scam-safety", "vneid-install"], []),
    ],
)
def test_a_completion_counts_on_the_kiosks_local_day(tmp_path, zone, june, july):
    env = {**os.environ, "TZ": zone}
    out = subprocess.run(
        [sys.executable, "-c", _LOCAL_DAY, str(tmp_path / "r.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert out.stdout.splitlines() == [str(june), str(july)]


def test_imported_paper_sheets_are_counted_on_their_sessions_day(tmp_path):
    from kiosk.records.csvimport import import_csv

    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "\ufeffdate;full_name;birth_year;gender;residential_group;location;session_kind;"
        "lessons;support\n"
        "2025-09-02;Nguyễn Thị Đều;1958;nữ;Tổ 5;Nhà văn hóa tổ 5;group;vneid-install;"
        '"install_vneid;vneid_activate"\n'
        f"02/09/2025;{nfd_name()};1958;nữ;Tổ 5;nhà văn hoá tổ 5;group;;install_vneid\n"
        "2025-09-03;Trần Văn Ánh;1966;nam;Tổ 2;Nhà văn hóa tổ 5;help_desk;;individual_support\n",
        encoding="utf-8",
    )
    store = RecordStore.open(tmp_path / "r.sqlite3", "k")
    try:
        import_csv(store, sheet)
        result = compute_figures(store, ReportQuery(date(2025, 9, 1), date(2025, 9, 30)))
    finally:
        store.close()
    assert result.total == figures(
        participants=2,  # the same person twice in one session counts once
        participants_60_plus=1,  # 2025 - 60 = 1965: 1958 yes, 1966 no
        attendances_by_kind={"group": 1, "help_desk": 1},
        sessions_by_kind={"group": 1, "help_desk": 1},
        app_installs={"install_vneid": 1},  # the same install on the same sheet: once
        vneid_activations=1,
        individual_support_people=1,
    )


def nfd_name() -> str:
    import unicodedata

    return unicodedata.normalize("NFD", "Nguyễn Thị Đều")
