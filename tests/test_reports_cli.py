"""`kiosk report`, on the commune counted by hand (tests/report_fixture.py), in the data
directory the autouse fixture sets in KIOSK_DATA_DIR. Most run `kiosk.cli.main` in this
process; exit codes, the PDF and the damaged database run the real script."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.records.files import records_path
from tests.report_fixture import BY_MONTH, NAMES, TOTAL, build_commune

KIOSK = str(Path(sys.executable).parent / "kiosk")
Q2 = ["--from", "2026-04-01", "--to", "30/06/2026"]


@pytest.fixture
def commune(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    build_commune(records_path(data_dir))
    return data_dir


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KIOSK, *args], capture_output=True, text=True, timeout=120, env=os.environ
    )


def assert_no_names(*texts: str) -> None:
    for text in texts:
        for name in NAMES:
            assert name not in text


def test_json_report_of_the_quarter(commune, tmp_path, capsys):
    out = tmp_path / "q2.json"
    assert main(["report", *Q2, "--format", "json", "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.out == f"Đã ghi báo cáo: {out}\n"
    assert "01/04/2026 – 30/06/2026: 5 người tham gia (3 người từ 60 tuổi)" in printed.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["participants"] == TOTAL.participants
    assert data["app_installs"] == TOTAL.app_installs
    assert data["by_month"]["2026-05"]["participants"] == BY_MONTH["2026-05"].participants
    assert_no_names(printed.out, printed.err, out.read_text(encoding="utf-8"))


def test_csv_for_one_location_and_kind_in_english(commune, tmp_path, capsys):
    out = tmp_path / "group.csv"
    args = ["--location", "Nhà văn hóa tổ 2", "--kind", "group", "--lang", "en"]
    assert main(["report", *Q2, *args, "--format", "csv", "--out", str(out)]) == 0
    assert "Report written" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert ["Location", "Nhà văn hóa tổ 2"] in rows
    assert ["Session kind", "Group lesson"] in rows
    values = {row[1]: row[2] for row in rows if len(row) == 3 and row[1]}
    assert values["participants"] == "4" and values["attendances_by_kind.group"] == "4"


def test_a_location_that_matches_no_session_is_said_and_counts_zero(commune, tmp_path, capsys):
    out = tmp_path / "none.json"
    args = ["--location", "Chợ Đồng Xuân", "--format", "json", "--out", str(out)]
    assert main(["report", *Q2, *args]) == 0
    err = capsys.readouterr().err
    assert "Không có buổi nào ở địa điểm Chợ Đồng Xuân" in err
    assert "Nhà văn hóa tổ 1, Nhà văn hoá tổ 1, Nhà văn hóa tổ 2" in err
    assert json.loads(out.read_text(encoding="utf-8"))["participants"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "31/02/2026", "--to", "2026-06-30"],
            "Ngày không hợp lệ: 31/02/2026. Xin viết ngày theo dạng 31/12/2025 hoặc 2025-12-31.",
        ),
        (["--from", "2026-06-30", "--to", "2026-04-01"], "Ngày kết thúc (01/04/2026) ở trước"),
        ([*Q2, "--kind", "party"], "Không có loại buổi party. Các loại buổi: group, mobile_point"),
        (
            [*Q2, "--kind", "party", "--lang", "en"],
            "Unknown session kind 'party'. The kinds are: group, mobile_point",
        ),
    ],
)
def test_bad_input_is_said_and_writes_nothing(commune, tmp_path, capsys, args, message):
    out = tmp_path / "r.csv"
    assert main(["report", *args, "--format", "csv", "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_an_output_that_cannot_be_written_is_said(commune, tmp_path, capsys):
    missing = tmp_path / "stick" / "r.xlsx"
    assert main(["report", *Q2, "--format", "xlsx", "--out", str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"Không ghi được tệp {missing}: không có thư mục {missing.parent}" in err
    assert main(["report", *Q2, "--format", "xlsx", "--out", str(tmp_path), "--lang", "en"]) == 1
    assert f"Could not write {tmp_path}: it is a folder. No file was made." in (
        capsys.readouterr().err
    )


def test_no_records_is_said(tmp_path, data_dir, capsys):
    assert main(["report", *Q2, "--format", "json", "--out", str(tmp_path / "r.json")]) == 1
    assert f"Chưa có dữ liệu ở {records_path(data_dir)}" in capsys.readouterr().err


def test_exit_codes_of_the_real_script_and_a_damaged_database(commune, tmp_path):
    out = tmp_path / "r.json"
    done = kiosk("report", *Q2, "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["sessions"] == TOTAL.sessions
    usage = kiosk("report", *Q2, "--format", "doc", "--out", str(out))
    assert usage.returncode == 2
    out.unlink()
    records = records_path(commune)
    records.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 500)
    for side in ("-wal", "-shm"):
        Path(f"{records}{side}").unlink(missing_ok=True)
    damaged = kiosk("report", *Q2, "--format", "json", "--out", str(out))
    assert damaged.returncode == 1
    assert "Tệp dữ liệu bị hỏng" in damaged.stderr and "kiosk run" in damaged.stderr
    assert not out.exists()


def test_pdf_report(commune, tmp_path):
    out = tmp_path / "q2.pdf"
    done = kiosk("report", *Q2, "--format", "pdf", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["q2.pdf"]
