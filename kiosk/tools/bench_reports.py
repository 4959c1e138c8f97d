"""`kiosk bench --only reports`: the commune report's speed on a large database.

- report_quarter_ms: every figure of one quarter (total, per residential group, per month),
  `build_report` from the store to the Report, median of 7 runs after one warm-up run.
- report_quarter_filtered_ms: the same quarter for one location and one session kind.
- report_year_ms: every figure of one whole year (four times the quarter's records).
- report_db_fill_s: how long generating that database took (for information).
- report_pdf_ms: the quarter's report as a PDF, when a timer is given (`pdf_timer`:
  ui/tools/bench.py passes ui/reports/pdf.py's; the PDF is drawn with Qt, which the core
  never imports).

The database, generated in a temporary folder with the real schema (migrations, triggers):
100,000 people in 20 residential groups; 40,000 sessions over the four years 2025-2028
(kinds and 20 locations at random), 25 people each, 18 of them from the location's own
group, so 1,000,000 attendances (a quarter holds about 62,500); 250,000 support records
(four in five in a session, given to someone present) and 250,000 lesson completions (three
in ten anonymous, half in a session). Figures are measured and printed, never asserted.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kiosk.records.files import records_path
from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS
from kiosk.records.names import match_key, search_key
from kiosk.records.schema import rebuild_report_facts
from kiosk.records.store import RecordStore, stamp
from kiosk.reports.build import build_report
from kiosk.reports.model import Report, ReportQuery
from kiosk.tools.bench_records import LESSONS, random_name

PdfTimer = Callable[[Report], float]  # a report -> ms to write it as a PDF

TARGETS = {
    "report_quarter_ms": (200.0, " ms"),
}
PEOPLE = 100_000
GROUPS = 20
SESSIONS = 40_000
PER_SESSION = 25
LOCAL_SHARE = 18  # of PER_SESSION: people from the location's own residential group
SUPPORT = 250_000
COMPLETIONS = 250_000
FIRST_DAY = date(2025, 1, 1)
DAYS = (date(2029, 1, 1) - FIRST_DAY).days
QUARTER = ReportQuery(date(2026, 4, 1), date(2026, 6, 30))
FILTERED = ReportQuery(date(2026, 4, 1), date(2026, 6, 30), "Nhà văn hóa tổ 7", "group")
YEAR = ReportQuery(date(2026, 1, 1), date(2026, 12, 31))
RUNS = 7


def _ids(rnd: random.Random, count: int) -> list[str]:
    """Random version-4 UUIDs, as the kiosk makes them (uuid4), from the seeded generator."""
    ids = []
    for _ in range(count):
        h = f"{rnd.getrandbits(128):032x}"
        ids.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}")
    return ids


def fill_database(store: RecordStore, seed: int = 17) -> dict[str, int]:
    """The bench's records (see the module's docstring), inserted with executemany in one
    transaction; the report's tables are then filled as migration m003 fills them."""
    rnd = random.Random(seed)
    moment = stamp(datetime(2029, 1, 1, tzinfo=UTC))
    common = ("bench", moment, moment)
    names = [random_name(rnd) for _ in range(4_000)]
    keys = {name: (match_key(name), search_key(name)) for name in names}
    person_ids = _ids(rnd, PEOPLE)
    groups: list[list[int]] = [[] for _ in range(GROUPS)]
    people = []
    for number, person_id in enumerate(person_ids):
        name, group = rnd.choice(names), rnd.randrange(GROUPS)
        groups[group].append(number)
        year = rnd.randint(1935, 2008)
        people.append((person_id, *common, name, *keys[name], year, f"Tổ {group + 1}"))
    days = sorted(rnd.randrange(DAYS) for _ in range(SESSIONS))
    kinds = list(SESSION_KINDS)
    sessions, attendance, present = [], [], []
    for session_id, offset in zip(_ids(rnd, SESSIONS), days, strict=True):
        day = (FIRST_DAY + timedelta(days=offset)).isoformat()
        place = rnd.randrange(GROUPS)
        start = f"{day}T02:00:00.000000Z"
        place_name, kind = f"Nhà văn hóa tổ {place + 1}", rnd.choice(kinds)
        sessions.append(
            (session_id, *common, kind, place_name, "", day, start, start, "[]", "kiosk")
        )
        chosen = set(rnd.sample(groups[place], LOCAL_SHARE))
        while len(chosen) < PER_SESSION:
            chosen.add(rnd.randrange(PEOPLE))
        for number in chosen:
            attendance.append((*common, session_id, person_ids[number]))
            present.append((session_id, person_ids[number], day))
    codes = list(SUPPORT_KINDS)
    support = []
    for _ in range(SUPPORT):
        row: tuple[str, str | None, str, str]
        if rnd.random() < 0.8:
            session_id, person_id, day = rnd.choice(present)
            row = (person_id, session_id, rnd.choice(codes), day)
        else:
            day = (FIRST_DAY + timedelta(days=rnd.randrange(DAYS))).isoformat()
            row = (person_ids[rnd.randrange(PEOPLE)], None, rnd.choice(codes), day)
        support.append((*common, *row))
    completions = []
    for _ in range(COMPLETIONS):
        if rnd.random() < 0.5:
            session_id, person_id, day = rnd.choice(present)
            at: str | None = session_id
        else:
            day = (FIRST_DAY + timedelta(days=rnd.randrange(DAYS))).isoformat()
            person_id, at = person_ids[rnd.randrange(PEOPLE)], None
        anonymous = rnd.random() < 0.3
        moment_done = f"{day}T{rnd.randint(1, 10):02d}:{rnd.randrange(60):02d}:00.000000Z"
        completions.append(
            (*common, rnd.choice(LESSONS), None if anonymous else person_id, at, moment_done)
        )
    with _bulk(store) as conn:
        for sql, rows in (
            (
                """insert into people (id, kiosk_id, created_at, updated_at, full_name,
                       match_key, search_key, birth_year, residential_group)
                   values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                people,
            ),
            (
                """insert into sessions (id, kiosk_id, created_at, updated_at, kind, location,
                       facilitator, session_date, started_at, ended_at, lessons, source)
                   values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                sessions,
            ),
            (
                """insert into attendance (id, kiosk_id, created_at, updated_at, session_id,
                       person_id) values (?, ?, ?, ?, ?, ?)""",
                _with_ids(rnd, attendance),
            ),
            (
                """insert into support (id, kiosk_id, created_at, updated_at, person_id,
                       session_id, code, given_on) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                _with_ids(rnd, support),
            ),
            (
                """insert into completions (id, kiosk_id, created_at, updated_at, lesson_id,
                       person_id, session_id, completed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                _with_ids(rnd, completions),
            ),
        ):
            conn.executemany(sql, rows)
    return {
        "people": len(people),
        "sessions": len(sessions),
        "attendance": len(attendance),
        "support": len(support),
        "completions": len(completions),
    }


def _with_ids(rnd: random.Random, rows: Sequence[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(i, *row) for i, row in zip(_ids(rnd, len(rows)), rows, strict=True)]


@contextmanager
def _bulk(store: RecordStore) -> Iterator[sqlite3.Connection]:
    """One transaction for a bulk load: the report's triggers and the secondary indexes of
    attendance, support and completions are dropped, and made again after, with the report's
    tables filled from the records as migration m003 fills them for an existing database (a
    sort and one join instead of a million random insertions and trigger runs)."""
    conn = store.db.conn
    conn.execute("pragma cache_size = -500000")  # 500 MB while loading
    try:
        with store._write():
            saved = conn.execute(
                """select type, name, sql from sqlite_master
                   where sql is not null and ((type = 'trigger' and name like 'report_%')
                      or (type = 'index' and tbl_name in ('attendance', 'support', 'completions')))
                   order by type = 'trigger'"""
            ).fetchall()
            for kind, name, _sql in saved:
                conn.execute(f"drop {kind} {name}")
            yield conn
            for _kind, _name, sql in saved:
                conn.execute(sql)
            rebuild_report_facts(store.db)
    finally:
        conn.execute("pragma cache_size = -2000")


def _median_ms(measure: Callable[[], object], runs: int = RUNS) -> float:
    measure()  # the first run reads the pages from disk
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        measure()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_reports(pdf_timer: PdfTimer | None = None) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-reports-") as scratch:
        folder = Path(scratch)
        store = RecordStore.open(records_path(folder), "bench")
        try:
            start = time.perf_counter()
            fill_database(store)
            figures["report_db_fill_s"] = time.perf_counter() - start
            now = datetime(2029, 1, 2, tzinfo=UTC)

            def report(query: ReportQuery) -> Callable[[], Report]:
                return lambda: build_report(store, query, "Phường Bench", now)

            figures["report_quarter_ms"] = _median_ms(report(QUARTER))
            figures["report_quarter_filtered_ms"] = _median_ms(report(FILTERED))
            figures["report_year_ms"] = _median_ms(report(YEAR), runs=3)
            if pdf_timer is not None:
                figures["report_pdf_ms"] = pdf_timer(report(QUARTER)())
        finally:
            store.close()
    return figures
