"""`kiosk bench --only records`: the records' speed on real files in a temporary folder.

- checkin_p95_ms: a resident's check-in (find or add the person, the completion, presence in
  the open session), each committed (WAL, synchronous=FULL), among 5,000 people already known;
  300 check-ins, a fifth of them returning residents.
- import_10k_s: `kiosk records import` of a generated 10,000-row sign-in CSV into a fresh
  database: reading, checking every row, and the one transaction.
- search_p95_ms: 100,000 people stored; a facilitator types names letter by letter and every
  keystroke runs the search.

No Qt is loaded. Figures are measured and printed, never asserted.
"""

from __future__ import annotations

import csv
import json
import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from kiosk.records.csvimport import import_csv
from kiosk.records.files import records_path
from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS, NewPerson
from kiosk.records.names import match_key, search_key
from kiosk.records.store import RecordStore, stamp, utc_now


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


TARGETS = {
    "checkin_p95_ms": (20.0, " ms"),
    "import_10k_s": (5.0, " s"),
    "search_p95_ms": (50.0, " ms"),
}
LESSONS = ("vneid-install", "commune-zalo-follow", "etax-mobile", "scam-safety")
SURNAMES = _words(
    "Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô "
    "Dương Lý Đinh Trịnh Lương Mai Đoàn Tạ Cao Quách Lâm Hà Kiều Thái Tô Triệu Ông"
)
MIDDLE_NAMES = _words(
    "Thị Thị Thị Văn Văn Văn Đức Ngọc Minh Thanh Hữu Quang Thu Kim Xuân Hồng Bảo Gia Công "
    "Thùy Diệu Mỹ Quốc Trọng Đình Phương Khánh Như Ánh"
)
GIVEN_NAMES = _words(
    "Đều Hoa Lan Hùng Dũng Tuấn Hương Mai Nga Bình An Phúc Yến Thủy Hạnh Sơn Long Hải Trang "
    "Linh Hà Nam Cường Thảo Oanh Lộc Thắng Quyên Nhung Huệ Cúc Đào Tùng Khoa Vân Ngân Huyền "
    "Thư Tâm Ly Loan Hiền Dung Phượng Tuyết Hằng Hồng Trúc Chiến Toàn Thịnh Bảo Uyên Ngọc "
    "Quỳnh Vy Khải Lực Thuận Xuân Kiên Luân Đạt Giang Hậu Nghĩa Ân"
)
QUERIES = (
    "nguyen thi deu",
    "Trần Văn Hùng",
    "le thi hoa 1958",
    "pham ngoc an",
    "deu",
    "hoang minh tuan 19",
    "vu thi thu trang",
    "DANG QUOC THINH",
)


def random_name(rnd: random.Random) -> str:
    name = [rnd.choice(SURNAMES), rnd.choice(MIDDLE_NAMES), rnd.choice(GIVEN_NAMES)]
    if rnd.random() < 0.3:
        name.insert(2, rnd.choice(MIDDLE_NAMES))
    return " ".join(name)


def write_sample_csv(
    path: Path, rows: int, seed: int = 5, people: int | None = None, today: date | None = None
) -> Path:
    """A realistic sign-in CSV: residents of 20 groups at sessions over the 120 days up to
    `today` (up to `people` distinct residents, default about 60% of the rows)."""
    rnd = random.Random(seed)
    today = today or date.today()
    residents = [
        (
            random_name(rnd),
            rnd.randint(1935, 2006),
            rnd.choice(("nữ", "nam", "")),
            rnd.randint(1, 20),
        )
        for _ in range(people or max(1, rows * 6 // 10))
    ]
    kinds, codes = list(SESSION_KINDS), list(SUPPORT_KINDS)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                *("date", "full_name", "birth_year", "gender", "residential_group"),
                *("location", "session_kind", "lessons", "support"),
            ]
        )
        for _ in range(rows):
            name, year, gender, group = rnd.choice(residents)
            day = today - timedelta(days=rnd.randint(0, 120))
            place = rnd.randint(1, 20)
            lessons = ";".join(rnd.sample(LESSONS, rnd.randint(0, 2)))
            support = ";".join(rnd.sample(codes, rnd.choice((0, 0, 1, 1, 2))))
            writer.writerow(
                [
                    day.isoformat() if rnd.random() < 0.5 else day.strftime("%d/%m/%Y"),
                    name,
                    year,
                    gender,
                    f"Tổ {group}",
                    f"Nhà văn hóa tổ {place}",
                    rnd.choice(kinds),
                    lessons,
                    support,
                ]
            )
    return path


def add_generated_people(store: RecordStore, count: int, seed: int = 7) -> None:
    """`count` generated people, in one transaction (executemany)."""
    rnd = random.Random(seed)
    moment = stamp(utc_now())
    rows = []
    for _ in range(count):
        name = random_name(rnd)
        rows.append(
            (
                *(str(uuid.uuid4()), store.kiosk_id, moment, moment, name, match_key(name)),
                *(search_key(name), rnd.randint(1935, 2008), f"Tổ {rnd.randint(1, 20)}"),
            )
        )
    with store._write() as db:
        db.conn.executemany(
            """insert into people (id, kiosk_id, created_at, updated_at, full_name, match_key,
                                   search_key, birth_year, residential_group)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def bench_checkin(folder: Path, count: int = 300) -> float:
    store = RecordStore.open(records_path(folder), "bench", known_lessons=frozenset(LESSONS))
    try:
        add_generated_people(store, 5_000)
        store.start_session("group", "Nhà văn hóa tổ 5", "Chị Lan", ["vneid-install"])
        rnd = random.Random(11)
        seen: list[NewPerson] = []
        samples = []
        for _ in range(count):
            if seen and rnd.random() < 0.2:
                new = rnd.choice(seen)
            else:
                new = NewPerson(random_name(rnd), rnd.randint(1935, 2006), "Tổ 5", consent=True)
                seen.append(new)
            start = time.perf_counter()
            store.check_in(rnd.choice(LESSONS), new, practice_unaided=True, language="vi")
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        store.close()
    return _p95(samples)


def bench_import(folder: Path) -> float:
    sheet = write_sample_csv(folder / "sheet.csv", 10_000)
    store = RecordStore.open(records_path(folder), "bench", known_lessons=frozenset(LESSONS))
    try:
        start = time.perf_counter()
        result = import_csv(store, sheet)
        elapsed = time.perf_counter() - start
    finally:
        store.close()
    assert result.rows == 10_000, result
    return elapsed


def bench_search(folder: Path) -> float:
    store = RecordStore.open(records_path(folder), "bench")
    try:
        add_generated_people(store, 100_000)
        store.search_people("warm")  # the first query reads the pages from disk
        samples = []
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                store.search_people(query[:end])
                samples.append((time.perf_counter() - start) * 1000)
    finally:
        store.close()
    return _p95(samples)


def bench_records() -> dict[str, float]:
    figures: dict[str, float] = {}
    for name, measure in (
        ("checkin_p95_ms", bench_checkin),
        ("import_10k_s", bench_import),
        ("search_p95_ms", bench_search),
    ):
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-records-") as scratch:
            figures[name] = measure(Path(scratch))
    return figures


def run_records_bench(*, json_out: Path | None) -> int:
    """Measure and print, as `kiosk bench` prints its other groups."""
    print("… records", file=sys.stderr, flush=True)
    figures = bench_records()
    print(f"{'figure':<26} {'value':>10}  target")
    for key, value in figures.items():
        limit, unit = TARGETS[key]
        verdict = f"at most {limit:g}{unit}  " + ("ok" if value <= limit else "MISSED")
        print(f"{key:<26} {value:>10.3f}  {verdict}")
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0
