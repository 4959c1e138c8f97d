"""A wrong clock never destroys data. The retention period (kiosk/records/privacy.py) runs by
itself only when the calendar clock is plausible (kiosk/records/clockcheck.py): not earlier
than the last time the kiosk saw or the newest record, not further ahead than the kiosk may
have been switched off. Tried through the Clock abstraction (kiosk/clock.py) with the clock
far ahead and behind, slightly off, at the first start, on an empty database, with damaged
marks, just under and just over the threshold, and confirmed by the facilitator; then with
the real `kiosk` under libfaketime (Debian package faketime): `kiosk records purge` and
`kiosk run` with the clock five years ahead and behind anonymise no one."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlite_utils import Database

from kiosk.clock import ManualClock
from kiosk.identity import kiosk_id
from kiosk.records import NewPerson, RecordStore
from kiosk.records.clockcheck import (
    AHEAD,
    BEHIND,
    BEHIND_SLACK,
    JUMP_ALLOWED,
    JUMP_CAP,
    PLAUSIBLE,
    UNKNOWN,
    check_clock,
    count_doubtful,
    observe,
    read_marks,
)
from kiosk.records.csvimport import import_csv
from kiosk.records.files import records_path
from kiosk.records.privacy import retention_at_start, retention_confirmed
from kiosk.records.schema import CLOCK_TABLES, migrations
from kiosk.records.store import connect, stamp

KIOSK = str(Path(sys.executable).parent / "kiosk")
# libfaketime itself, preloaded, not the `faketime` wrapper: the wrapper keeps a semaphore and
# a shared-memory segment named by its pid in /dev/shm, left behind when it is killed, and a
# later wrapper given the same pid then fails with "sem_open: File exists" (a CI run did).
FAKETIME = next(
    (str(p) for p in sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))), None
)
NOW = datetime(2026, 3, 20, 3, 0, tzinfo=UTC)  # the true time of the tests through the Clock
LAST = NOW - timedelta(days=2)  # the kiosk was last on two days before
OLD, RECENT = "Phùng Thị Xuyến", "Vi Văn Khuể"  # last came 30 months and 1 month before NOW
YEARS_5 = timedelta(days=1826)
MINUTE = timedelta(minutes=1)


def seed(store: RecordStore, clock: ManualClock, now: datetime = NOW) -> None:
    """A kiosk in use: two residents recorded 30 months and a month before `now`, and the
    kiosk last on two days before. Every step goes through `clock`, as the running kiosk's
    does."""
    for days, name, year in ((915, OLD, 1950), (30, RECENT, 1948)):
        clock.set_wall(now - timedelta(days=days))
        session = store.start_session("group", "Nhà văn hóa tổ 5")
        store.add_new_attendee(session.id, NewPerson(name, year, "Tổ 5", consent=True))
        store.end_session(session.id)
    clock.set_wall(now - timedelta(days=2))
    assert observe(store, clock.now(), starting=True).plausible
    clock.set_wall(now)


@pytest.fixture
def wall() -> ManualClock:
    return ManualClock(wall=NOW)


@pytest.fixture
def store(tmp_path: Path, wall: ManualClock) -> Iterator[RecordStore]:
    opened = RecordStore.open(records_path(tmp_path), "clock-kiosk", now=wall.now)
    yield opened
    opened.close()


@pytest.fixture
def seeded(store: RecordStore, wall: ManualClock) -> RecordStore:
    seed(store, wall)
    return store


def names(store: RecordStore) -> set[str]:
    return {p.full_name for p in store.list_people()}


def marks(store: RecordStore) -> dict[str, str]:
    return dict(store.db.execute("select name, value from clock_marks").fetchall())


# -- the start: retention only with a plausible clock ----------------------------------------


@pytest.mark.parametrize(
    ("delta", "kind", "reason"),
    [
        (YEARS_5, AHEAD, "jump"),  # the five-year jump of the issue
        (timedelta(days=366), AHEAD, "jump"),
        (JUMP_ALLOWED + MINUTE, AHEAD, "jump"),  # just over the threshold
        (JUMP_ALLOWED - MINUTE, PLAUSIBLE, "in_step"),  # just under it
        (timedelta(days=2), PLAUSIBLE, "in_step"),  # today, two days on
        (MINUTE, PLAUSIBLE, "in_step"),  # slightly ahead
        (-BEHIND_SLACK + MINUTE, PLAUSIBLE, "in_step"),  # a time server's small step back
        (-BEHIND_SLACK - MINUTE, BEHIND, "before_last_seen"),  # just over the slack
        (-timedelta(days=3), BEHIND, "before_last_seen"),
        (-timedelta(days=1500), BEHIND, "before_release"),  # a flat CMOS battery: 2022
        (-YEARS_5 - timedelta(days=365 * 20), BEHIND, "before_release"),  # the year 2000
    ],
)
def test_the_start_anonymises_only_with_a_plausible_clock(seeded, wall, delta, kind, reason):
    store = seeded
    before = marks(store)
    start = LAST + delta
    wall.set_wall(start)
    retention = retention_at_start(store, 24, wall.now())
    assert (retention.clock.kind, retention.clock.reason) == (kind, reason)
    if kind == PLAUSIBLE:
        assert retention.purged is not None and retention.purged.people == 1
        assert names(store) == {RECENT}  # only the one past 24 months, as the real date says
        assert marks(store)["last_start"] == stamp(start)
    else:
        assert retention.purged is None
        assert names(store) == {OLD, RECENT}  # nobody anonymised
        assert marks(store) == before  # a wrong clock moves no mark
        assert store.clock_doubt == kind


def test_a_second_start_with_the_same_wrong_clock_still_anonymises_no_one(seeded, wall):
    for days in (0, 1, 30):  # the kiosk used for a month with the clock five years ahead
        wall.set_wall(NOW + YEARS_5 + timedelta(days=days))
        assert retention_at_start(seeded, 24, wall.now()).purged is None
    assert names(seeded) == {OLD, RECENT}
    wall.set_wall(NOW + timedelta(days=1))  # someone sets the date: plausible again
    assert retention_at_start(seeded, 24, wall.now()).clock.plausible
    assert names(seeded) == {RECENT}


def test_the_first_start_ever_on_an_empty_database(store, wall):
    retention = retention_at_start(store, 24, wall.now())
    assert (retention.clock.kind, retention.clock.reason) == (PLAUSIBLE, "first_start")
    assert retention.purged is not None and retention.purged.people == 0
    assert marks(store)["last_seen"] == marks(store)["last_start"] == stamp(NOW)


def test_the_first_start_ever_with_a_flat_cmos_battery(store, wall):
    wall.set_wall(datetime(2000, 1, 1, tzinfo=UTC))
    retention = retention_at_start(store, 24, wall.now())
    assert (retention.clock.kind, retention.clock.reason) == (BEHIND, "before_release")
    assert marks(store) == {}  # the year 2000 is never taken as the last time seen


def test_an_empty_database_is_still_judged_by_its_marks(store, wall):
    assert retention_at_start(store, 24, wall.now()).clock.plausible
    wall.set_wall(NOW + YEARS_5)
    assert retention_at_start(store, 24, wall.now()).clock.kind == AHEAD


def test_a_database_from_before_the_marks_is_judged_by_its_newest_record(seeded, wall):
    seeded.db.execute("delete from clock_marks")  # as after the upgrade that added them
    other = RecordStore(seeded.db, "other-kiosk", now=lambda: NOW + timedelta(days=400))
    other.add_person(NewPerson("Lò Văn Pá", 1960, "Tổ 2"))  # another kiosk, its clock ahead
    wall.set_wall(NOW + YEARS_5)
    verdict = check_clock(seeded, wall.now())
    assert (verdict.kind, verdict.reference) == (AHEAD, NOW - timedelta(days=30))
    wall.set_wall(NOW)  # 30 days after the newest record: more than four weeks, asked
    assert check_clock(seeded, wall.now()).kind == AHEAD
    wall.set_wall(NOW - timedelta(days=10))  # other kiosks' clocks say nothing about ours
    assert check_clock(seeded, wall.now()).kind == PLAUSIBLE
    wall.set_wall(NOW - timedelta(days=31))  # before this kiosk's own newest record
    assert check_clock(seeded, wall.now()).reason == "before_newest_record"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("last_seen", ""),
        ("last_seen", "hôm qua"),
        ("last_seen", "2026-02-30T00:00:00.000000Z"),  # no such day
        ("last_seen", "2026-03-18"),  # a day without its time
        ("last_seen", "2026-03-18T00:00:00+07:00"),  # not the stored form
        ("last_seen", "9" * 100_000),
        ("last_seen", "\x00\ufeff2026-03-18T00:00:00.000000Z"),
        ("last_start", "NaN"),
        ("longest_off", "-5"),
        ("longest_off", "1e9"),
        ("longest_off", "９９"),  # full-width digits
        ("longest_off", "9" * 40),  # over a hundred years
    ],
)
def test_damaged_marks_never_open_the_way(store, wall, name, value):
    """A mark that cannot be read counts for nothing. On an empty database with no readable
    time, the clock is unknown: nothing is anonymised until the facilitator confirms it; a
    damaged longest break allows no more than four weeks."""
    assert retention_at_start(store, 24, wall.now()).clock.plausible  # the first start
    damage(store, name, value)
    retention = retention_at_start(store, 24, wall.now() + YEARS_5)
    assert name in retention.clock.damaged and retention.purged is None
    assert retention.clock.kind == (AHEAD if name == "longest_off" else UNKNOWN)
    assert retention.clock.allowed == JUMP_ALLOWED
    assert retention_at_start(store, 24, wall.now() + JUMP_ALLOWED + MINUTE).purged is None


@pytest.mark.parametrize("value", ["", "hôm qua", "2026-03-18", "9" * 100_000])
def test_damaged_marks_with_records_are_judged_by_the_newest_record(seeded, wall, value):
    damage(seeded, "last_seen", value)
    wall.set_wall(NOW + YEARS_5)
    retention = retention_at_start(seeded, 24, wall.now())
    assert (retention.clock.kind, retention.purged) == (AHEAD, None)
    assert names(seeded) == {OLD, RECENT}
    verdict = check_clock(seeded, NOW - timedelta(days=31))
    assert (verdict.kind, verdict.reason) == (BEHIND, "before_newest_record")


def damage(store: RecordStore, name: str, value: str) -> None:
    """`name` holds `value`; for a time, every stored time does (nothing readable is left)."""
    if name in ("last_seen", "last_start"):
        store.db.execute("update clock_marks set value = ?", [value])
    store.db.execute("insert or replace into clock_marks values (?, ?)", [name, value])


def test_a_last_seen_damaged_into_the_far_future_only_holds_retention_back(seeded, wall):
    seeded.db.execute(
        "update clock_marks set value = '9999-12-31T23:59:59.999999Z' where name = 'last_seen'"
    )
    retention = retention_at_start(seeded, 24, wall.now())
    assert (retention.clock.kind, retention.purged) == (BEHIND, None)
    assert retention_confirmed(seeded, 24, wall.now()).purged.people == 1  # the facilitator
    assert check_clock(seeded, wall.now() + timedelta(hours=1)).plausible


# -- the facilitator's confirmation -----------------------------------------------------------


def test_a_confirmed_date_is_taken_as_right_and_retention_applied(seeded, wall):
    wall.set_wall(NOW + YEARS_5)
    assert retention_at_start(seeded, 24, wall.now()).purged is None
    confirmed = retention_confirmed(seeded, 24, wall.now())
    assert (confirmed.clock.kind, confirmed.clock.reason) == (PLAUSIBLE, "confirmed")
    assert confirmed.purged.people == 2 and names(seeded) == set()
    assert read_marks(seeded).confirmed_at == NOW + YEARS_5
    wall.set_wall(NOW + YEARS_5 + timedelta(days=1))
    assert retention_at_start(seeded, 24, wall.now()).clock.plausible


def test_a_confirmed_long_break_allows_as_long_a_break_later_up_to_a_season(seeded, wall):
    wall.set_wall(NOW + timedelta(days=60))  # switched off for the summer
    assert retention_at_start(seeded, 24, wall.now()).clock.kind == AHEAD
    retention_confirmed(seeded, 24, wall.now())
    assert read_marks(seeded).longest_off >= timedelta(days=60)
    start = NOW + timedelta(days=60 + 50)  # a shorter break later: no question
    assert retention_at_start(seeded, 24, start).clock.plausible
    verdict = check_clock(seeded, start + JUMP_CAP + MINUTE)
    assert (verdict.kind, verdict.allowed) == (AHEAD, timedelta(days=62))  # two days before
    retention_confirmed(seeded, 24, start + timedelta(days=400))  # a year confirmed once
    assert check_clock(seeded, start + timedelta(days=400) + JUMP_CAP - MINUTE).plausible
    assert check_clock(seeded, start + timedelta(days=400) + JUMP_CAP + MINUTE).kind == AHEAD


def test_confirming_an_earlier_date_marks_what_a_fast_clock_recorded(seeded, wall):
    wall.set_wall(NOW + timedelta(days=20))  # twenty days fast, unnoticed (under the threshold)
    assert retention_at_start(seeded, 24, wall.now()).clock.plausible
    seeded.add_person(NewPerson("Hà Thị Nhung", 1955, "Tổ 1"))
    wall.set_wall(NOW)  # then set right: the kiosk has seen later than this
    assert retention_at_start(seeded, 24, wall.now()).clock.kind == BEHIND
    retention_confirmed(seeded, 24, wall.now())
    assert count_doubtful(seeded) == {"people": 1}
    assert "Hà Thị Nhung" in names(seeded)  # kept, and marked
    assert check_clock(seeded, NOW + timedelta(hours=1)).plausible


# -- records made meanwhile, the hourly check, the schema -----------------------------------


def test_records_made_while_the_clock_looks_wrong_are_kept_and_marked(seeded, wall, tmp_path):
    wall.set_wall(NOW + YEARS_5)
    assert retention_at_start(seeded, 24, wall.now()).purged is None
    session = seeded.start_session("help_desk", "UBND xã")
    person, _ = seeded.add_new_attendee(session.id, NewPerson("Đinh Thị Ngọt", 1951, "Tổ 3"))
    seeded.record_support(person.id, "install_vneid", session.id)
    seeded.record_completion("vneid-install", person.id)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "date;full_name;birth_year;gender;residential_group;location;session_kind;support\n"
        "2026-03-01;Ma Văn Sểnh;1949;nam;Tổ 3;Nhà văn hóa;group;\n",
        encoding="utf-8",
    )
    import_csv(seeded, sheet)
    assert count_doubtful(seeded) == {
        "people": 2,
        "sessions": 2,
        "attendance": 2,
        "support": 1,
        "completions": 1,
    }
    for table in CLOCK_TABLES:
        doubts = {r[0] for r in seeded.db.execute(f"select clock_doubt from {table}")}
        assert doubts <= {None, AHEAD}
    wall.set_wall(NOW + timedelta(days=1))  # the date set right: new rows are not marked
    assert retention_at_start(seeded, 24, wall.now()).clock.plausible
    seeded.add_person(NewPerson("Hà Thị Nhung", 1955, "Tổ 1"))
    assert count_doubtful(seeded)["people"] == 2
    assert {OLD, "Đinh Thị Ngọt", "Ma Văn Sểnh"} & names(seeded) == {"Đinh Thị Ngọt", "Ma Văn Sểnh"}


def test_the_hourly_check_follows_a_clock_changed_while_running(seeded, wall):
    assert retention_at_start(seeded, 24, wall.now()).clock.plausible
    for _ in range(3):
        wall.advance(3600)
        assert observe(seeded, wall.now()).plausible
    assert marks(seeded)["last_seen"] == stamp(NOW + timedelta(hours=3))
    assert marks(seeded)["last_start"] == stamp(NOW)
    wall.set_wall(NOW + YEARS_5)  # someone sets the year by hand
    assert observe(seeded, wall.now()).kind == AHEAD and seeded.clock_doubt == AHEAD
    assert marks(seeded)["last_seen"] == stamp(NOW + timedelta(hours=3))
    wall.set_wall(NOW + timedelta(hours=4))  # and back
    assert observe(seeded, wall.now()).plausible and seeded.clock_doubt is None


def test_the_migration_keeps_the_records_and_adds_no_mark(tmp_path):
    path = records_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(connect(path))
    migrations.apply(db, stop_before="m005_clock")
    assert "clock_marks" not in db.table_names()
    old = RecordStore(db, "clock-kiosk", now=lambda: NOW)
    session = old.start_session("group", "Nhà văn hóa")
    old.add_new_attendee(session.id, NewPerson(OLD, 1950, "Tổ 5", consent=True))
    assert check_clock(old, NOW).plausible and count_doubtful(old) == {}  # read before: no error
    db.close()
    store = RecordStore.open(path, "clock-kiosk", now=lambda: NOW)
    try:
        assert names(store) == {OLD} and store.count("attendance") == 1
        assert count_doubtful(store) == {} and marks(store) == {}
        for table in CLOCK_TABLES:
            assert "clock_doubt" in store.db.table(table).columns_dict
    finally:
        store.close()


def test_backups_made_with_a_fast_clock_never_push_out_later_ones(data_dir):
    """The daily backups are rotated by their date. Once the date is right again, those made
    while the clock was five years ahead must neither have each new backup deleted at once
    as the oldest, nor be preferred by a restore to the backups made since."""
    from kiosk.records.backup import KEEP_DAILY, backups_dir, daily_backup, list_backups

    path = records_path(data_dir)
    store = RecordStore.open(path, "clock-kiosk")
    store.add_person(NewPerson(RECENT, 1948, "Tổ 5"))
    store.close()
    today = datetime.now(UTC)
    for days in range(KEEP_DAILY, 0, -1):
        daily_backup(data_dir, path, lambda days=days: today - timedelta(days=days))
    for days in range(KEEP_DAILY + 3):  # ten days with the clock ahead (copies of the records)
        moment = today + YEARS_5 + timedelta(days=days)
        made = daily_backup(data_dir, path, lambda moment=moment: moment)
        assert made is not None
        os.utime(made, (moment.timestamp(), moment.timestamp()))  # as that clock stamps it
    fast = sorted(p.name for p in backups_dir(data_dir).iterdir())
    assert len(fast) == KEEP_DAILY
    real = []
    for days in range(KEEP_DAILY + 2):  # the date set right again, for nine days
        made = daily_backup(data_dir, path, lambda days=days: today + timedelta(days=days))
        assert made is not None and made.exists()
        real.append(made.name)
        assert list_backups(data_dir)[0] == made  # a restore takes it before the "future" ones
    kept = sorted(p.name for p in backups_dir(data_dir).iterdir())
    assert kept == sorted(real[-KEEP_DAILY:] + fast)  # the fast ones wait for their day


# -- the real kiosk under libfaketime -----------------------------------------------------------

needs_faketime = pytest.mark.skipif(
    FAKETIME is None, reason="needs faketime (apt install faketime)"
)


def faked(shift: str | None, env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment that moves a program's clock by `shift` ("+5y", "-3d") through
    libfaketime, or leaves it as it is for None."""
    env = dict(os.environ if env is None else env)
    if shift:
        env["LD_PRELOAD"] = " ".join(filter(None, [FAKETIME, env.get("LD_PRELOAD")]))
        env["FAKETIME"] = shift
    return env


def seed_real(data_dir: Path) -> None:
    """The records of a kiosk in use until an hour ago, in real time, under its real id."""
    now = datetime.now(UTC)
    clock = ManualClock(wall=now)
    store = RecordStore.open(records_path(data_dir), kiosk_id(data_dir), now=clock.now)
    try:
        seed(store, clock, now)
    finally:
        store.close()


def kiosk(
    *args: str, shift: str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS`, its clock moved by `shift` ("+5y", "-5y") through libfaketime."""
    return subprocess.run(
        [KIOSK, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        env=faked(shift),
    )


def stored_names(data_dir: Path) -> set[str]:
    store = RecordStore.open(records_path(data_dir), kiosk_id(data_dir))
    try:
        return names(store)
    finally:
        store.close()


@needs_faketime
def test_purge_says_when_the_clock_looks_wrong_and_asks_for_yes(data_dir):
    seed_real(data_dir)
    ahead = kiosk("records", "purge", shift="+5y")
    assert ahead.returncode == 1, ahead.stderr
    assert ahead.stderr.startswith("Đồng hồ máy có vẻ sai: hôm nay là ")
    assert "lâu hơn mọi lần máy được tắt" in ahead.stderr and "--yes" in ahead.stderr
    assert ahead.stdout == "" and stored_names(data_dir) == {OLD, RECENT}
    behind = kiosk("records", "purge", "--lang", "en", shift="-5y")
    assert behind.returncode == 1
    assert "The computer's clock looks wrong: is today " in behind.stderr
    assert "before the kiosk program existed" in behind.stderr
    back = kiosk("records", "purge", "--lang", "en", shift="-3d")
    assert back.returncode == 1 and "later than today" in back.stderr
    dry = kiosk("records", "purge", "--dry-run", "--lang", "en", shift="+5y")
    assert dry.returncode == 0 and "Dry run, nothing changed: 2 people" in dry.stdout
    assert "--yes" not in dry.stderr and "looks wrong" in dry.stderr
    assert stored_names(data_dir) == {OLD, RECENT}
    confirmed = kiosk("records", "purge", "--yes", "--lang", "en", shift="+5y")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "Anonymised 2 people" in confirmed.stdout and "Today is taken as" in confirmed.stderr
    assert stored_names(data_dir) == set()


@needs_faketime
def test_purge_with_a_plausible_clock_asks_nothing(data_dir):
    seed_real(data_dir)
    done = kiosk("records", "purge", "--lang", "en")
    assert done.returncode == 0 and "looks wrong" not in done.stderr
    assert "Anonymised 1 people" in done.stdout and stored_names(data_dir) == {RECENT}


@needs_faketime
def test_an_import_with_the_clock_ahead_is_kept_and_marked(data_dir, tmp_path):
    seed_real(data_dir)
    sheet = tmp_path / "sheet.csv"
    day = datetime.now(UTC).date() - timedelta(days=10)
    sheet.write_text(
        "date;full_name;birth_year;gender;residential_group;location;session_kind;support\n"
        f"{day};Ma Văn Sểnh;1949;nam;Tổ 3;Nhà văn hóa;group;install_vneid\n",
        encoding="utf-8",
    )
    done = kiosk("records", "import", str(sheet), shift="+5y")
    assert done.returncode == 0, done.stderr
    store = RecordStore.open(records_path(data_dir), kiosk_id(data_dir))
    try:
        marked = count_doubtful(store)
        assert marked == {"people": 1, "sessions": 1, "attendance": 1, "support": 1}
    finally:
        store.close()
    assert stored_names(data_dir) == {OLD, RECENT, "Ma Văn Sểnh"}


def run_until_records_open(data_dir: Path, shift: str | None) -> str:
    """`kiosk run` as a kiosk starts it (offscreen), its clock moved by `shift`, until the
    records are opened and the retention logged; then stopped. Returns the log."""
    log_file = data_dir / "logs" / "kiosk.log"
    seen = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    process = subprocess.Popen(
        [KIOSK, "run", "--windowed", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=faked(shift, {**os.environ, "QT_QPA_PLATFORM": "offscreen"}),
        start_new_session=True,  # the kiosk and any child it starts are stopped together
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            if "retention:" in text[len(seen) :]:
                break
            time.sleep(0.2)
    finally:
        # The whole group (a fresh clone's run once found four kiosks still running ten
        # minutes on). Killed, not terminated: under a moved clock the kiosk's timed waits at
        # exit would wait years; the log is all we need.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)
        # libfaketime names its shared memory by the pid and removes it only at a clean exit.
        for left in (f"faketime_shm_{process.pid}", f"sem.faketime_sem_{process.pid}"):
            Path("/dev/shm", left).unlink(missing_ok=True)
    return log_file.read_text(encoding="utf-8")[len(seen) :]


@needs_faketime
@pytest.mark.parametrize("shift", ["+5y", "-5y", "+40d", "-3d"])
def test_the_real_kiosk_with_a_wrong_clock_anonymises_no_one(data_dir, shift):
    seed_real(data_dir)
    before = stored_names(data_dir)
    log = run_until_records_open(data_dir, shift)
    assert "retention: not applied, the clock looks wrong" in log, log
    assert stored_names(data_dir) == before == {OLD, RECENT}
    log = run_until_records_open(data_dir, None)  # the date set right again
    assert "retention: 1 people anonymised" in log, log
    assert stored_names(data_dir) == {RECENT}


# -- the facilitator's question, on the kiosk window ------------------------------------------


@pytest.fixture
def fast_kiosk(make_window, bundled_library, data_dir, clock, qtbot):  # type: ignore[no-untyped-def]
    """A kiosk window whose records were in use until two days ago, started with its clock
    five years ahead (the test's ManualClock), its records opened as `kiosk run` opens them."""
    from ui.app import open_records

    seed_real(data_dir)
    clock.set_wall(datetime.now(UTC) + YEARS_5)
    records, opened = open_records(data_dir, bundled_library, 24, clock)
    window = make_window(records=records)
    records.call(lambda _store: opened.clock_verdict, on_done=window.facilitator.set_clock_verdict)
    qtbot.waitUntil(lambda: window.facilitator.clock_verdict is not None, timeout=10_000)
    assert window.facilitator.clock_verdict.kind == AHEAD
    return window


def ask_store(qtbot, window, work):  # type: ignore[no-untyped-def]
    box: list[object] = []
    window.records.call(work, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def reopen(window) -> None:  # type: ignore[no-untyped-def]
    window.facilitator.lock()
    window.facilitator.show_panel()


def test_wrong_keeps_everyone_and_is_not_asked_again(fast_kiosk, clock, qtbot):
    window = fast_kiosk
    window.facilitator.show_panel()
    panel = window.facilitator.panel
    page = panel.clock_check
    assert panel.current_page() == "clock_check"
    qtbot.waitUntil(lambda: page.counted, timeout=10_000)
    assert f"{clock.now().astimezone():%d/%m/%Y}" in page.question.text()
    assert page.right.isVisible() and page.wrong.isVisible() and not page.done.isVisible()
    qtbot.mouseClick(page.wrong, Qt.MouseButton.LeftButton)
    assert page.state == "denied" and page.done.isVisible() and not page.right.isVisible()
    assert ask_store(qtbot, window, names) == {OLD, RECENT}
    qtbot.mouseClick(page.done, Qt.MouseButton.LeftButton)
    assert panel.current_page() == "menu"
    reopen(window)
    assert panel.current_page() == "menu"  # answered: not asked again in this run
    # A check-in meanwhile is kept, and marked; the next question counts it.
    ask_store(qtbot, window, lambda s: s.add_person(NewPerson("Hà Thị Nhung", 1955, "Tổ 1")))
    assert ask_store(qtbot, window, count_doubtful) == {"people": 1}


def test_back_leaves_the_question_for_the_next_opening(fast_kiosk):
    window = fast_kiosk
    window.facilitator.show_panel()
    panel = window.facilitator.panel
    panel.clock_check.bar.back_clicked.emit()
    assert panel.current_page() == "menu"
    reopen(window)
    assert panel.current_page() == "clock_check"


def test_right_confirms_the_date_and_applies_the_retention(fast_kiosk, clock, qtbot):
    window = fast_kiosk
    window.facilitator.show_panel()
    page = window.facilitator.panel.clock_check
    qtbot.waitUntil(lambda: page.counted, timeout=10_000)
    qtbot.mouseClick(page.right, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == "confirmed", timeout=10_000)
    assert ask_store(qtbot, window, names) == set()  # five years on, both are past 24 months
    assert "2" in page.detail.text() and "24" in page.detail.text()
    assert window.facilitator.panel.clock_verdict.plausible
    qtbot.mouseClick(page.done, Qt.MouseButton.LeftButton)
    reopen(window)
    assert window.facilitator.panel.current_page() == "menu"
    seen = ask_store(qtbot, window, read_marks)
    assert seen.confirmed_at is not None and seen.confirmed_at.year == clock.now().year


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (768, 1366), (1920, 1080)])
@pytest.mark.parametrize("spec", ["facilitator:clock", "facilitator:clock:wrong"])
def test_the_question_fits_every_screen(make_window, size, spec):
    from PySide6.QtWidgets import QApplication

    from ui.theme import Theme
    from ui.tools.audit import audit
    from ui.tools.shot import show_screen

    window = make_window(size=size)
    show_screen(window, spec)
    QApplication.processEvents()
    assert [str(f) for f in audit(window, Theme(*size))] == []
