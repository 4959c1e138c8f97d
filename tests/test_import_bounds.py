"""Imports are bounded (issue 14): `kiosk records import` refuses a file over 20 MB by its
size before reading it, reads a line at a time, and stops at 100,000 rows or a 1 MB line,
with a clear message in Vietnamese and English and nothing imported."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from kiosk.records import RecordStore
from kiosk.records.csvcheck import MAX_BYTES, MAX_LINE_BYTES, MAX_ROWS
from kiosk.records.csvimport import ImportFailed, import_csv
from kiosk.records.files import records_path

ROOT = Path(__file__).resolve().parents[1]
KIOSK = "00000000-0000-4000-8000-0000000000f3"
HEADER = (
    b"date,full_name,birth_year,gender,residential_group,location,session_kind,lessons,support\n"
)
ROW = "2026-03-02,Nguyễn Thị Đều,1958,,Tổ 5,Nhà văn hóa tổ 5,group,,\n".encode()
TABLES = ("people", "sessions", "attendance", "support")


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = RecordStore.open(records_path(tmp_path / "data"), KIOSK, known_lessons=frozenset())
    yield opened
    opened.close()


def refused(store: RecordStore, path: Path) -> tuple[list[tuple[int, str]], float]:
    """The problems of importing `path` (it must fail), and how long that took."""
    start = time.perf_counter()
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    elapsed = time.perf_counter() - start
    assert all(store.count(table) == 0 for table in TABLES)
    return [(p.line, p.code) for p in caught.value.problems], elapsed


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_200_mb_sheet_is_refused_by_the_command_in_about_a_second(tmp_path):
    big = sparse(tmp_path / "sheet.csv", 200 * 1024 * 1024)
    data = tmp_path / "data"
    for language, words in (
        ("vi", "Tệp lớn quá (210 MB). Máy chỉ nhập tệp đến 20 MB, chưa đọc tệp này."),
        ("en", "The file is too large (210 MB); the kiosk imports files of up to 20 MB"),
    ):
        start = time.perf_counter()
        done = subprocess.run(
            [
                *(sys.executable, "-m", "kiosk", "records", "import", str(big)),
                *("--data-dir", str(data), "--lang", language),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        elapsed = time.perf_counter() - start
        print(f"kiosk records import of 200 MB ({language}): {elapsed:.2f} s", file=sys.stderr)
        assert done.returncode == 1
        assert f"{big}: {words}" in done.stdout
        assert done.stderr.strip() == (
            "Không nhập gì." if language == "vi" else "Nothing imported."
        )
        assert "Traceback" not in done.stderr
        assert elapsed < 5  # about 0.3 s of it is Python starting; measured 0.9 s in all
    assert not records_path(data).exists()  # refused before the records were even opened


@pytest.mark.parametrize("size", [MAX_BYTES + 1, 50_000_000, 200 * 1024 * 1024, 4 * 1024**3, 2**40])
def test_every_file_over_the_size_is_refused_unread(store, tmp_path, size):
    path = sparse(tmp_path / "sheet.csv", size)
    problems, elapsed = refused(store, path)
    assert problems == [(0, "too_large")]
    assert elapsed < 0.5


def test_a_quickly_written_real_file_over_the_size_is_refused(store, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(HEADER + ROW * (MAX_BYTES // len(ROW) + 1))
    assert path.stat().st_size > MAX_BYTES
    problems, elapsed = refused(store, path)
    assert problems == [(0, "too_large")] and elapsed < 0.5


def test_a_file_of_the_largest_size_is_read(store, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(HEADER + b" " * (MAX_BYTES - len(HEADER) - 1) + b"\n")
    assert path.stat().st_size == MAX_BYTES
    problems, _ = refused(store, path)
    assert problems == [(2, "line_too_long")]  # read, and stopped at its too long line


def test_more_rows_than_the_limit_are_refused_as_they_are_read(store, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(HEADER + b"x\n" * MAX_ROWS + b"\n" * 10 + b"x\n")
    problems, elapsed = refused(store, path)
    assert problems == [(0, "too_many_rows")]
    print(f"{MAX_ROWS + 1} short rows refused in {elapsed:.2f} s", file=sys.stderr)


def test_the_row_limit_itself_is_allowed(store, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(HEADER + b"x\n" * MAX_ROWS + b"\n" * 10)
    problems, _ = refused(store, path)
    assert len(problems) == MAX_ROWS and {code for _, code in problems} == {"field_count"}


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("one long line", b"a" * (MAX_LINE_BYTES + 10), [(1, "line_too_long")]),
        ("a long row", HEADER + ROW + b"x" * (2 * MAX_LINE_BYTES) + b"\n", [(3, "line_too_long")]),
        ("long CR line", HEADER + b"\r" + b"y" * (MAX_LINE_BYTES + 1), [(3, "line_too_long")]),
        ("binary zeros", bytes(5_000_000), [(1, "line_too_long")]),
    ],
)
def test_a_line_too_long_stops_the_reading(store, tmp_path, name, data, expected):
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    problems, elapsed = refused(store, path)
    assert problems == expected, name
    assert elapsed < 2


def test_a_device_with_no_size_is_bounded_too(store):
    problems, elapsed = refused(store, Path("/dev/zero"))  # endless, and its size says 0
    assert problems == [(1, "line_too_long")] and elapsed < 2


def test_an_endless_pipe_is_read_only_up_to_the_size(store, tmp_path):
    fifo = tmp_path / "sheet.csv"
    os.mkfifo(fifo)
    line = b" " * 999 + b"\n"

    def feed() -> None:
        with contextlib.suppress(OSError), fifo.open("wb") as handle:
            handle.write(HEADER)
            while True:
                handle.write(line * 100)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    problems, elapsed = refused(store, fifo)
    writer.join(timeout=10)
    assert problems == [(0, "too_large")] and elapsed < 10
    assert not writer.is_alive()


def test_reading_is_a_stream(store, tmp_path):
    """A 19 MB file of blank lines is read with well under 1 MB of memory, not its size."""
    path = tmp_path / "sheet.csv"
    path.write_bytes((b" " * 99_999 + b"\n") * 190)
    tracemalloc.start()
    try:
        problems, _ = refused(store, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problems == [(1, "empty_file")]
    assert peak < 2_000_000, peak


def test_the_messages_say_what_to_do_in_both_languages(store, tmp_path):
    path = sparse(tmp_path / "sheet.csv", 25_000_000)
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    (problem,) = caught.value.problems
    assert problem.describe("vi") == (
        "Tệp lớn quá (25 MB). Máy chỉ nhập tệp đến 20 MB, chưa đọc tệp này. "
        "Xin chia tệp thành nhiều tệp nhỏ hơn rồi nhập từng tệp."
    )
    assert problem.describe("en") == (
        "The file is too large (25 MB); the kiosk imports files of up to 20 MB and did not "
        "read this one. Please split it into smaller files and import each."
    )
    path.write_bytes(HEADER + b"x\n" * (MAX_ROWS + 1))
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    (problem,) = caught.value.problems
    assert problem.describe("vi") == (
        "Tệp có hơn 100000 dòng. Xin chia tệp thành nhiều tệp, mỗi tệp đến 100000 dòng, "
        "rồi nhập từng tệp."
    )
    assert problem.describe("en").startswith("The file has more than 100000 rows.")


def test_a_good_sheet_still_imports_across_chunks(store, tmp_path):
    """Lines that straddle the 64 KiB chunks, CR LF split between two chunks, a quoted cell
    over two lines: read as before."""
    rows = [
        f"2026-03-0{1 + n % 9},Người Số {n},1950,,Tổ {n % 7},Nhà văn hóa,group,,\r\n".encode()
        for n in range(3_000)
    ]
    data = HEADER.replace(b"\n", b"\r\n") + b"".join(rows)
    data += '2026-03-02,"Lê\r\nVăn",1950,,Tổ 1,NVH,group,,\r\n'.encode()
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"\xef\xbb\xbf" + data)
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    assert [(p.line, p.code) for p in caught.value.problems] == [(3_002, "name_control")]
    path.write_bytes(b"\xef\xbb\xbf" + data.replace(b"\r\n", b"\r"))  # old Mac line ends
    with pytest.raises(ImportFailed) as caught:
        import_csv(store, path)
    assert [(p.line, p.code) for p in caught.value.problems] == [(3_002, "name_control")]
    path.write_bytes(b"\xef\xbb\xbf" + HEADER + b"".join(rows))
    result = import_csv(store, path)
    assert result.rows == 3_000 and store.count("attendance") == 3_000
