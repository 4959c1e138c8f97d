"""The report's files read back: CSV (csv module, byte order mark), XLSX (openpyxl), JSON;
every figure as computed, no name of anyone, and nothing left when writing fails."""

from __future__ import annotations

import csv
import json
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from kiosk.records.store import RecordStore
from kiosk.reports import exports
from kiosk.reports.build import build_report
from kiosk.reports.exports import write_csv, write_json, write_xlsx
from kiosk.reports.model import Report, ReportQuery
from kiosk.reports.tables import figure_columns, figure_value
from tests.report_fixture import BY_GROUP, BY_MONTH, NAMES, TOTAL, build_commune

TITLES = {"vneid-install": "Cài đặt VNeID", "scam-safety": "Phòng tránh lừa đảo"}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    path = tmp_path_factory.mktemp("commune") / "records.sqlite3"
    build_commune(path)
    store = RecordStore.open(path, "kiosk-test")
    try:
        query = ReportQuery(date(2026, 4, 1), date(2026, 6, 30))
        return build_report(store, query, "Xã Đông Anh", datetime(2026, 7, 1, tzinfo=UTC))
    finally:
        store.close()


def read_sections(path: Path) -> list[list[list[str]]]:
    """The CSV's blocks of rows, split at the empty rows."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    sections: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            sections[-1].append(row)
        else:
            sections.append([])
    return sections


def assert_names_absent(text: str) -> None:
    for name in NAMES:
        for form in ("NFC", "NFD"):
            assert unicodedata.normalize(form, name) not in text
        assert name.split()[-1] + " " not in text  # not even a given name in a sentence


@pytest.mark.parametrize("language", ["vi", "en"])
def test_csv_has_a_byte_order_mark_and_every_table_reads_back(report, tmp_path, language):
    path = tmp_path / "report.csv"
    write_csv(report, path, language, TITLES)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    about, summary, lessons, apps, groups, months = read_sections(path)
    columns = figure_columns(language)

    assert about[0] == [
        "Báo cáo Bình dân học vụ số" if language == "vi" else "Digital literacy for all: report"
    ]
    assert about[1][1] == "Xã Đông Anh"
    assert about[2][1] == ("01/04/2026" if language == "vi" else "2026-04-01")
    assert summary[0] == ["Tổng hợp" if language == "vi" else "Summary"]
    assert summary[1] == (
        ["Chỉ số", "Mã", "Số liệu"] if language == "vi" else ["Figure", "Key", "Value"]
    )
    assert [row[0] for row in summary[2:]] == [name for _key, name in columns]
    assert {row[1]: int(row[2]) for row in summary[2:]} == {
        key: figure_value(TOTAL, key) for key, _ in columns
    }

    # Residents' own completions (named, anonymous, total), then apart the lessons taught to
    # a group to their end in class mode.
    assert lessons[1][-1] == ("Dạy cho lớp" if language == "vi" else "Taught to groups")
    assert lessons[2:] == [
        ["etax-mobile", "", "1", "0", "1", "0"],
        ["scam-safety", TITLES["scam-safety"], "0", "2", "2", "1"],
        ["vneid-install", TITLES["vneid-install"], "1", "2", "3", "1"],
    ]
    figures = {row[1]: (row[0], int(row[2])) for row in summary[2:]}
    assert figures["completions"][1] == 6  # the class's lessons are not among them
    assert figures["class_completions"] == (
        "Lượt bài đã dạy cho lớp" if language == "vi" else "Lessons taught to groups",
        2,
    )
    assert {row[1]: int(row[2]) for row in apps[2:]} == TOTAL.app_installs

    assert groups[1] == [groups[1][0], *(name for _key, name in columns)]
    no_group = "(Không ghi tổ)" if language == "vi" else "(No group)"
    assert [row[0] for row in groups[2:]] == ["Tổ 1", "Tổ 2", "Tổ 10", no_group]
    for row, figures in zip(groups[2:], BY_GROUP.values(), strict=True):
        assert [int(v) for v in row[1:]] == [figure_value(figures, k) for k, _ in columns]
    expected_months = ["04/2026", "05/2026", "06/2026"] if language == "vi" else list(BY_MONTH)
    assert [row[0] for row in months[2:]] == expected_months
    for row, figures in zip(months[2:], BY_MONTH.values(), strict=True):
        assert [int(v) for v in row[1:]] == [figure_value(figures, k) for k, _ in columns]
    text = path.read_text(encoding="utf-8-sig")
    assert unicodedata.is_normalized("NFC", text)
    assert_names_absent(text)


def test_xlsx_has_one_sheet_per_table_with_the_same_figures(report, tmp_path):
    path = tmp_path / "report.xlsx"
    write_xlsx(report, path, "vi")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo bài học",
        "Theo ứng dụng",
        "Theo tổ dân phố",
        "Theo tháng",
    ]
    sheets = {
        name: [list(row) for row in book[name].iter_rows(values_only=True)]
        for name in book.sheetnames
    }
    columns = figure_columns("vi")
    summary = sheets["Tổng hợp"]
    heading = summary.index(["Chỉ số", "Mã", "Số liệu"])
    assert summary[0][0] == "Báo cáo Bình dân học vụ số"
    assert {row[1]: row[2] for row in summary[heading + 1 :]} == {
        key: figure_value(TOTAL, key) for key, _ in columns
    }
    assert sheets["Theo bài học"] == [
        ["Bài học", "Có tên", "Ẩn danh", "Tổng", "Dạy cho lớp"],
        ["etax-mobile", 1, 0, 1, 0],
        ["scam-safety", 0, 2, 2, 1],
        ["vneid-install", 1, 2, 3, 1],
    ]
    taught = next(row for row in summary if row[1] == "class_completions")
    assert taught == ["Lượt bài đã dạy cho lớp", "class_completions", 2]
    assert {row[1]: row[2] for row in sheets["Theo ứng dụng"][1:]} == TOTAL.app_installs
    groups = sheets["Theo tổ dân phố"]
    assert groups[0] == ["Tổ dân phố", *(name for _key, name in columns)]
    assert groups[1:] == [
        [name or "(Không ghi tổ)", *(figure_value(f, key) for key, _ in columns)]
        for name, f in BY_GROUP.items()
    ]
    months = sheets["Theo tháng"]
    assert [row[0] for row in months[1:]] == ["04/2026", "05/2026", "06/2026"]
    assert months[1:][1][1:] == [figure_value(BY_MONTH["2026-05"], key) for key, _ in columns]
    book.close()
    assert_names_absent(json.dumps(sheets, ensure_ascii=False, default=str))


def test_json_has_the_figures_under_stable_keys(report, tmp_path):
    path = tmp_path / "report.json"
    write_json(report, path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    data = json.loads(raw.decode("utf-8"))
    for key in (
        "participants",
        "participants_60_plus",
        "attendances",
        "sessions",
        "attendances_by_kind",
        "sessions_by_kind",
        "completions",
        "completions_named",
        "completions_anonymous",
        "completions_by_lesson",
        "app_installs",
        "individual_support_people",
        "dossiers_online",
        "vneid_activations",
        "vneid_recoveries",
        "vneid_device_changes",
        "digital_signatures",
        "cashless_payments",
        "class_completions",
        "class_completions_by_lesson",
    ):
        assert data[key] == getattr(TOTAL, key), key
    assert data["class_completions_by_lesson"] == {"scam-safety": 1, "vneid-install": 1}
    assert data["completions"] == 6
    assert data["app_installs"] == {
        "install_vneid": 2,
        "install_etax": 1,
        "install_vssid": 1,
        "install_ihanoi": 0,
        "install_other": 0,
    }
    assert (data["from"], data["to"], data["location"], data["kind"]) == (
        "2026-04-01",
        "2026-06-30",
        None,
        None,
    )
    assert data["commune"] == "Xã Đông Anh" and data["format_version"] == 1
    assert data["by_residential_group"]["Tổ 10"]["dossiers_online"] == 2
    assert data["by_month"]["2026-06"]["sessions_by_kind"]["mobile_point"] == 1
    assert_names_absent(raw.decode("utf-8"))


@pytest.mark.parametrize("form", ["csv", "xlsx", "json"])
def test_a_failed_write_leaves_no_file(report, tmp_path, monkeypatch, form):
    path = tmp_path / f"report.{form}"
    path.write_text("the report of last month")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if form == "csv":
        monkeypatch.setattr(exports, "file_tables", broken)
        write = lambda: write_csv(report, path, "vi")  # noqa: E731
    elif form == "xlsx":
        monkeypatch.setattr("openpyxl.Workbook.save", broken)
        write = lambda: write_xlsx(report, path, "vi")  # noqa: E731
    else:
        monkeypatch.setattr(Path, "write_text", broken)
        write = lambda: write_json(report, path)  # noqa: E731
    with pytest.raises(OSError):
        write()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert path.read_text() == "the report of last month"  # the old file is untouched
