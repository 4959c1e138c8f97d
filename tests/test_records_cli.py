"""`kiosk records ...`, `kiosk backup` and `kiosk pin set`, with the data directory the autouse
fixture sets in KIOSK_DATA_DIR. Most run `kiosk.cli.main` in this process; the ones about
stdin, exit codes and start-up cost run the real script."""

from __future__ import annotations

import ast
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.pin import PinStore
from kiosk.records.files import records_path

KIOSK = str(Path(sys.executable).parent / "kiosk")
HEADER = "date;full_name;birth_year;gender;residential_group;location;session_kind;lessons;support"
ROWS = [
    "2025-09-02;Nguyễn Thị Đều;1958;nữ;Tổ 5;Nhà văn hóa tổ 5;group;vneid-install;install_vneid",
    "02/09/2025;Trần Văn Ánh;1950;nam;Tổ 2;Nhà văn hóa tổ 5;group;"
    '"vneid-install;commune-zalo-follow";"install_vneid;vneid_activate"',
    "2025-09-03;Nguyen Thi Deu;1958;;Tổ 5;Nhà văn hóa tổ 5;help_desk;;individual_support",
]


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KIOSK, *args], input=stdin, capture_output=True, text=True, timeout=120, env=os.environ
    )


@pytest.fixture
def good_sheet(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_text("\ufeff" + "\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def bad_sheet(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    rows = [*ROWS, "2025-09-02;;1958;;Tổ 5;NVH;group;;", "2025-09-02;Lan;1958;;Tổ 5;NVH;party;;"]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_import_then_list_people_and_sessions_as_json(good_sheet, data_dir, capsys):
    assert main(["records", "import", str(good_sheet)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 3 dòng: 2 buổi mới, 3 người mới, 3 lượt tham dự mới, 4 lượt hỗ trợ mới." in out
    assert "Có thể trùng người" in out
    assert "Nguyen Thi Deu (1958, Tổ 5) / Nguyễn Thị Đều (1958, Tổ 5)" in out

    assert main(["records", "people", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert [p["full_name"] for p in people] == ["Nguyễn Thị Đều", "Nguyen Thi Deu", "Trần Văn Ánh"]
    assert list(people[0]) == [
        "id",
        "full_name",
        "birth_year",
        "residential_group",
        "gender",
        "phone",
        "consent_at",
        "consent_version",
        "kiosk_id",
        "created_at",
        "updated_at",
    ]
    assert people[0]["gender"] == "female" and people[0]["birth_year"] == 1958
    kiosk_id = (data_dir / "kiosk-id").read_text().strip()
    assert {p["kiosk_id"] for p in people} == {kiosk_id}

    assert main(["records", "sessions", "--json"]) == 0
    sessions = json.loads(capsys.readouterr().out)
    assert [(s["session_date"], s["kind"], s["attendees"], s["support"]) for s in sessions] == [
        ("2025-09-03", "help_desk", 1, 1),
        ("2025-09-02", "group", 2, 3),
    ]
    assert sessions[1]["lessons"] == ["vneid-install", "commune-zalo-follow"]
    assert sessions[1]["source"] == "import" and sessions[1]["location"] == "Nhà văn hóa tổ 5"

    assert main(["records", "duplicates", "--json"]) == 0
    (group,) = json.loads(capsys.readouterr().out)
    assert sorted(p["full_name"] for p in group) == ["Nguyen Thi Deu", "Nguyễn Thị Đều"]

    assert main(["records", "people", "--lang", "en"]) == 0
    listing = capsys.readouterr()
    assert "Trần Văn Ánh" in listing.out and "Male" in listing.out
    assert listing.err.strip() == "3 people"
    assert main(["records", "sessions"]) == 0
    listing = capsys.readouterr()
    assert "Lớp học nhóm" in listing.out and "2 người dự" in listing.out


def test_importing_again_adds_nothing_and_dry_run_writes_nothing(good_sheet, capsys):
    assert main(["records", "import", str(good_sheet), "--dry-run", "--lang", "en"]) == 0
    assert "Dry run, nothing written" in capsys.readouterr().out
    assert main(["records", "people", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["records", "import", str(good_sheet)]) == 0
    assert main(["records", "import", str(good_sheet), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 rows: 0 new sessions, 0 new people, 0 new attendances" in out


def test_a_bad_sheet_exits_1_lists_each_line_and_imports_nothing(bad_sheet, capsys):
    assert main(["records", "import", str(bad_sheet)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{bad_sheet}: Dòng 5, cột full_name: Xin hãy nhập họ và tên.",
        f"{bad_sheet}: Dòng 6, cột session_kind: Loại buổi không có: party.",
    ]
    assert "Không nhập gì: 2 lỗi ở 2 dòng" in captured.err
    assert main(["records", "import", str(bad_sheet), "--lang", "en"]) == 1
    assert "Line 6, column session_kind: Unknown session kind 'party'." in capsys.readouterr().out
    assert main(["records", "sessions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_unknown_lessons_are_those_not_in_the_selected_packs(tmp_path, good_sheet, capsys):
    packs = tmp_path / "packs"
    packs.mkdir()  # no packs: no lesson is known
    assert main(["records", "import", str(good_sheet), "--lessons", str(packs)]) == 1
    out = capsys.readouterr().out
    assert "Dòng 2, cột lessons: Không có bài học vneid-install." in out
    assert "Dòng 3, cột lessons" in out


def test_the_language_setting_is_used_without_lang(good_sheet, data_dir, capsys):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    assert main(["records", "import", str(good_sheet)]) == 0
    assert capsys.readouterr().out.startswith("Imported 3 rows")


def test_backup_writes_a_copy_that_opens_with_the_rows(good_sheet, tmp_path, capsys):
    assert main(["records", "import", str(good_sheet)]) == 0
    dest = tmp_path / "usb" / "records-copy.sqlite"
    dest.parent.mkdir()
    assert main(["backup", str(dest)]) == 0
    assert str(dest) in capsys.readouterr().out
    copy = sqlite3.connect(dest)
    try:
        assert copy.execute("select count(*) from people").fetchone()[0] == 3
        names = {row[0] for row in copy.execute("select full_name from people")}
        assert "Nguyễn Thị Đều" in names
        assert copy.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    assert main(["backup", str(dest.parent), "--lang", "en"]) == 0  # a folder: a new file in it
    assert "Backed up to" in capsys.readouterr().out
    assert len(list(dest.parent.glob("*.sqlite"))) == 2


def test_backup_without_records_or_to_nowhere_exits_1(tmp_path, data_dir, capsys):
    assert main(["backup", str(tmp_path / "copy.sqlite")]) == 1
    assert "kiosk backup:" in capsys.readouterr().err
    assert main(["records", "people"]) == 0  # creates the database
    assert capsys.readouterr().err == "0 người\n"
    assert records_path(data_dir).is_file()
    assert main(["backup", str(tmp_path / "no" / "such" / "folder" / "x.sqlite")]) == 1
    assert capsys.readouterr().err.startswith("kiosk backup: ")


def test_pin_set_reads_two_lines_from_stdin(data_dir, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("246810\n246810\n"))
    assert main(["pin", "set"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == "Đã đặt mã PIN."
    code = said[1].removeprefix("Mã khôi phục mới: ")  # shown once, for writing down
    assert PinStore(data_dir).recovery_matches(code)
    assert PinStore(data_dir).matches("246810")
    assert not PinStore(data_dir).matches("000000")
    monkeypatch.setattr(sys, "stdin", io.StringIO("111111\n222222\n"))
    assert main(["pin", "set", "--lang", "en"]) == 1
    assert "differ" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("12345\n12345\n"))
    assert main(["pin", "set"]) == 1
    assert "6 chữ số" in capsys.readouterr().err
    assert PinStore(data_dir).matches("246810")  # unchanged by the failures


def test_the_real_script_exit_codes_and_pin_from_a_pipe(good_sheet, bad_sheet, data_dir):
    result = kiosk("pin", "set", stdin="135790\n135790\n")
    assert result.returncode == 0, result.stderr
    assert PinStore(data_dir).matches("135790")
    assert kiosk("records", "import", str(bad_sheet)).returncode == 1
    done = kiosk("records", "import", str(good_sheet), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported 3 rows")
    assert kiosk("records").returncode == 2  # usage: no action
    assert kiosk("records", "import").returncode == 2
    assert kiosk("records", "people", "--lang", "fr").returncode == 2
    missing = kiosk("records", "import", str(good_sheet.with_name("missing.csv")))
    assert missing.returncode == 1 and "Không mở được tệp" in missing.stdout
    assert "records" in kiosk("--help").stdout


def test_starting_the_kiosk_does_not_load_the_sqlite_code():
    """sqlite-utils takes a few tenths of a second to import: not before the first frame."""
    code = (
        "import sys; from kiosk import cli; cli._parser().parse_args(['run']);"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'kiosk.records.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(ast.literal_eval(out.stdout))
    # The kind codes (the report command's choices), the plain model and the name checks (which
    # settings.json's groups go through) only: no SQL code.
    assert loaded <= {"kiosk.records.kinds", "kiosk.records.model", "kiosk.records.names"}, loaded
    assert not any(m.startswith("sqlite_utils") for m in loaded)


def test_bench_records_runs_without_qt_and_writes_its_figures(tmp_path):
    out = tmp_path / "bench.json"
    code = (
        "import sys; from kiosk.cli import main;"
        f"code = main(['bench', '--only', 'records', '--json', {str(out)!r}]);"
        "assert 'PySide6' not in sys.modules and 'ui' not in sys.modules; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert set(figures) == {"checkin_p95_ms", "import_10k_s", "search_p95_ms"}
    assert all(value > 0 for value in figures.values())
    assert "import_10k_s" in result.stdout and "at most 5 s" in result.stdout


def test_a_damaged_file_is_reported_and_left_alone_for_the_kiosk_to_repair(
    good_sheet, data_dir, capsys
):
    """A command may run while the kiosk has the file open: it must not move it aside."""
    assert main(["records", "import", str(good_sheet)]) == 0
    path = records_path(data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    damaged = path.read_bytes()[:4096] + b"\x00garbage" * 2000
    path.write_bytes(damaged)
    capsys.readouterr()
    assert main(["records", "people", "--lang", "en"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert path.read_bytes() == damaged
    assert not list(data_dir.glob("records.corrupt-*"))
