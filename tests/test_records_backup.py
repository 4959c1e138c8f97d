"""Backups while the kiosk writes, the daily rotation, and recovery of a damaged file at start.
Real SQLite files in a temporary folder."""

from __future__ import annotations

import errno
import os
import random
import re
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records import backup as backup_module
from kiosk.records.backup import (
    KEEP_DAILY,
    backup_to,
    backups_dir,
    daily_backup,
    open_checked,
)
from kiosk.records.damage import find_damage
from kiosk.records.files import records_path

KIOSK = "00000000-0000-4000-8000-000000000001"
NAMES = ["Nguyễn Thị Đều", "Trần Văn Ánh", "Lê Thị Ặ ỹ Ộ", "Phạm Quốc Hưng 🌾", "Đỗ Minh Khôi"]


def local(year: int, month: int, day: int, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour).astimezone()


def fill(store: RecordStore, count: int, tag: str = "", with_session: bool = True) -> None:
    """`count` people, each in a session with support and a completion."""
    session = store.start_session("group", "Nhà văn hóa tổ 3", "Cô Lan") if with_session else None
    for i in range(count):
        new = NewPerson(f"{NAMES[i % len(NAMES)]} {tag}{i}", 1940 + i % 60, "Tổ 3", consent=True)
        check_in = store.check_in("vneid-install", new)
        if session is not None and i % 3 == 0:
            store.record_support(check_in.person.id, "install_vneid", session.id)


def bulk(store: RecordStore, count: int) -> None:
    """Many people in one transaction: a database of a few hundred pages, fast."""
    moment = "2026-03-01T08:00:00.000000Z"
    rows = [
        {
            "id": f"bulk-{i}",
            "kiosk_id": KIOSK,
            "created_at": moment,
            "updated_at": moment,
            "full_name": f"Người số {i} {'x' * 60}",
            "match_key": f"người số {i}",
            "search_key": f"nguoi so {i}",
            "birth_year": 1950,
            "residential_group": "Tổ 1",
        }
        for i in range(count)
    ]
    with store.db.atomic():
        store.db.table("people").insert_all(rows)


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("people", "sessions", "attendance", "support", "completions")
        }
    finally:
        conn.close()


def problems_of(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        found = [row[0] for row in conn.execute("pragma integrity_check")]
        found = [p for p in found if p != "ok"]
        return found + [str(row) for row in conn.execute("pragma foreign_key_check")]
    finally:
        conn.close()


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return records_path(data_dir)


@pytest.fixture
def store(db_path: Path) -> RecordStore:
    opened = RecordStore.open(db_path, KIOSK)
    yield opened
    opened.close()


# -- backup_to ---------------------------------------------------------------------------


def test_backup_while_another_connection_writes(store: RecordStore, db_path: Path, tmp_path):
    bulk(store, 3000)  # about 3,000 pages: each copy takes a while
    writer_store = RecordStore.open(db_path, KIOSK)
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def write() -> None:
        try:
            i = 0
            while not stop.is_set():
                writer_store.add_person(NewPerson(f"Bà Ngô Thị Tư {i} 🌸", 1950, "Tổ 5"))
                i += 1
                written.append(i)
        except BaseException as error:  # reported by the test below
            failures.append(error)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(written) < 5:
            time.sleep(0.01)
        copies = []
        for n in range(60):  # until the writer has committed while a copy was being made
            before = store.count("people")  # committed before this copy began
            during = len(written)
            copy = backup_to(db_path, tmp_path / f"copy{n}.sqlite")
            after = store.count("people")
            copies.append((copy, before, after, len(written) - during))
            if n >= 2 and any(wrote for *_rest, wrote in copies):
                break
    finally:
        stop.set()
        thread.join()
        writer_store.close()
    assert not failures, failures
    assert sum(wrote for *_rest, wrote in copies) > 0, "the writer never wrote during a copy"
    for copy, before, after, _wrote in copies:
        assert problems_of(copy) == []
        assert before <= counts(copy)["people"] <= after
        assert not Path(f"{copy}-wal").exists()  # one self-contained file
        conn = sqlite3.connect(copy)
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
        conn.close()
    assert not list(tmp_path.glob(".*.tmp*"))


def test_backup_into_a_folder_or_onto_a_file(store: RecordStore, db_path: Path, tmp_path):
    fill(store, 4)
    folder = tmp_path / "usb"
    folder.mkdir()
    made = backup_to(db_path, folder, now=lambda: local(2026, 3, 9, 14))
    assert made.parent == folder
    assert re.fullmatch(r"records-\d{8}-\d{6}\.sqlite", made.name)
    assert made.name == f"records-{local(2026, 3, 9, 14):%Y%m%d-%H%M%S}.sqlite"
    assert counts(made)["people"] == 4

    target = folder / "kiosk-backup.sqlite"
    target.write_bytes(b"an older file that the backup replaces")
    assert backup_to(db_path, target) == target
    assert counts(target)["people"] == 4
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, target.name])


def test_backup_to_an_unwritable_place_says_so_in_both_languages(
    store: RecordStore, db_path: Path, tmp_path
):
    with pytest.raises(RecordError) as raised:
        backup_to(db_path, tmp_path / "no such folder" / "records.sqlite")
    assert raised.value.code == "backup_unwritable"
    assert "no such folder" in raised.value.message("vi")
    assert "could not be written" in raised.value.message("en")

    with pytest.raises(RecordError) as raised:
        backup_to(db_path, db_path)  # never onto the live file itself
    assert raised.value.code == "backup_unwritable"

    with pytest.raises(RecordError) as raised:
        backup_to(tmp_path / "missing.sqlite", tmp_path / "out.sqlite")
    assert raised.value.code == "backup_no_database"


def test_a_full_disk_leaves_the_old_backup_whole(
    store: RecordStore, db_path: Path, tmp_path, monkeypatch
):
    fill(store, 2)
    target = tmp_path / "records.sqlite"
    backup_to(db_path, target)
    old = target.read_bytes()
    fill(store, 2, tag="b")

    flush = backup_module._fsync

    def full(path: Path) -> None:
        if path.is_file():  # the copy cannot be flushed: the disk is full
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        flush(path)

    monkeypatch.setattr(backup_module, "_fsync", full)
    with pytest.raises(RecordError) as raised:
        backup_to(db_path, target)
    assert raised.value.code == "backup_disk_full"
    assert "đầy" in raised.value.message("vi")
    assert "no room" in raised.value.message("en")
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith("tmp")) == []


# -- daily backups -----------------------------------------------------------------------


def test_daily_backup_once_a_day_keeping_the_newest_seven(
    store: RecordStore, db_path: Path, data_dir: Path
):
    fill(store, 1)
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True)
    manual = folder / "records-20250101-120000.sqlite"  # made with `kiosk backup`
    manual.write_bytes(b"kept")
    start = local(2026, 3, 1, 9)
    for day in range(10):
        now = start + timedelta(days=day)
        made = daily_backup(data_dir, db_path, now=lambda now=now: now)
        assert made == folder / f"records-{now:%Y-%m-%d}.sqlite"
        later = now + timedelta(hours=8)
        assert daily_backup(data_dir, db_path, now=lambda later=later: later) is None
    days = sorted(p.name for p in folder.glob("records-????-??-??.sqlite"))
    assert len(days) == KEEP_DAILY
    expected = [f"records-{start + timedelta(days=d):%Y-%m-%d}.sqlite" for d in range(3, 10)]
    assert days == expected
    assert manual.read_bytes() == b"kept"
    assert problems_of(folder / days[-1]) == []


# -- recovery at start -------------------------------------------------------------------


def garbage_pages(path: Path) -> None:
    size = path.stat().st_size
    rng = random.Random(5)
    with path.open("r+b") as file:
        for page in (size // 4096 // 2, size // 4096 // 2 + 1, size // 4096 // 2 + 3):
            file.seek(page * 4096)
            file.write(rng.randbytes(4096))


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2 + 1000)


def not_a_database(path: Path) -> None:
    path.write_text("Danh sách ghi danh\nNguyễn Thị Đều,1958\n" * 50, encoding="utf-8")


def dangling_attendance(path: Path) -> None:
    conn = sqlite3.connect(path)  # foreign keys are off on a plain connection
    conn.execute("delete from people where id in (select person_id from attendance limit 1)")
    conn.commit()
    conn.close()


def build_with_backup(data_dir: Path, db_path: Path) -> tuple[Path, dict[str, int], datetime]:
    """A database; a backup of it; then more records that the backup does not have."""
    store = RecordStore.open(db_path, KIOSK)
    fill(store, 30)
    bulk(store, 400)
    taken = datetime(2026, 3, 2, 7, 30).astimezone()
    backup = backup_to(db_path, backups_dir_made(data_dir) / "records-2026-03-02.sqlite")
    os.utime(backup, (taken.timestamp(), taken.timestamp()))
    in_backup = counts(backup)
    fill(store, 5, tag="after")
    store.close()
    return backup, in_backup, taken


def backups_dir_made(data_dir: Path) -> Path:
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize(
    ("damage", "kind"),
    [
        (garbage_pages, "integrity"),
        (truncate, "truncated"),
        (not_a_database, "not_database"),
        (dangling_attendance, "foreign_keys"),
    ],
)
def test_a_damaged_file_is_kept_aside_and_the_newest_good_backup_restored(
    data_dir: Path, db_path: Path, damage, kind
):
    backup, in_backup, taken = build_with_backup(data_dir, db_path)
    backup_bytes = backup.read_bytes()
    damage(db_path)
    damaged = db_path.read_bytes()
    now = datetime(2026, 3, 3, 8, 15).astimezone()

    store, report = open_checked(data_dir, KIOSK, now=lambda: now)
    try:
        assert report is not None
        assert report.damage.kind == kind
        assert report.damage.detail
        utc_stamp = f"{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        assert report.kept_at == data_dir / f"records.corrupt-{utc_stamp}.sqlite"
        assert report.kept_at.read_bytes() == damaged  # kept exactly, never deleted
        assert report.backup == backup
        assert backup.read_bytes() == backup_bytes  # copied, not moved
        assert report.backup_taken_at == taken
        assert report.restored == in_backup
        assert {t: store.count(t) for t in in_backup} == in_backup
        assert store.search_people("after") == []  # made after the backup: missing, and said
        assert store.integrity_problems() == []
        for language, time_text in (
            ("vi", taken.strftime("%H:%M ngày %d/%m/%Y")),
            ("en", taken.strftime("%Y-%m-%d %H:%M")),
        ):
            text = report.message(language)
            assert time_text in text
            assert str(report.kept_at) in text
            assert f"{in_backup['people']} " in text
        assert "có thể bị thiếu" in report.message("vi")
        assert "may be missing" in report.message("en")
        # Today's backup was made after opening, from the restored records.
        assert counts(backups_dir(data_dir) / f"records-{now:%Y-%m-%d}.sqlite") == in_backup
    finally:
        store.close()


def test_a_damaged_newest_backup_is_passed_over_for_an_older_good_one(
    data_dir: Path, db_path: Path
):
    good, in_backup, taken = build_with_backup(data_dir, db_path)
    newer = backups_dir(data_dir) / "records-2026-03-03.sqlite"
    backup_to(db_path, newer)
    garbage_pages(newer)
    os.utime(newer, (taken.timestamp() + 86400, taken.timestamp() + 86400))
    assert find_damage(newer) is not None
    truncate(db_path)

    store, report = open_checked(data_dir, KIOSK, now=lambda: local(2026, 3, 4))
    store.close()
    assert report is not None
    assert report.backup == good
    assert report.restored == in_backup
    assert [path for path, _why in report.skipped] == [newer]
    assert newer.exists()


def test_with_no_good_backup_a_new_empty_database_is_started(data_dir: Path, db_path: Path):
    store = RecordStore.open(db_path, KIOSK)
    fill(store, 10)
    bulk(store, 300)
    store.close()
    garbage_pages(db_path)

    store, report = open_checked(data_dir, KIOSK, now=lambda: local(2026, 3, 4))
    try:
        assert report is not None
        assert report.backup is None and report.backup_taken_at is None
        assert report.restored == {}
        assert report.kept_at is not None and report.kept_at.exists()
        assert store.count("people") == 0
        assert store.integrity_problems() == []
        assert "bắt đầu một tệp dữ liệu mới" in report.message("vi")
        assert "new, empty records file" in report.message("en")
    finally:
        store.close()


def test_a_missing_file_is_a_new_database_and_gets_its_daily_backup(data_dir: Path):
    now = local(2026, 3, 5)
    store, report = open_checked(data_dir, KIOSK, now=lambda: now)
    store.close()
    assert report is None
    assert records_path(data_dir).is_file()
    assert (backups_dir(data_dir) / f"records-{now:%Y-%m-%d}.sqlite").is_file()


def test_a_sound_database_opens_as_it_is(data_dir: Path, db_path: Path):
    store = RecordStore.open(db_path, KIOSK)
    fill(store, 6)
    store.close()
    store, report = open_checked(data_dir, KIOSK, now=lambda: local(2026, 3, 5))
    try:
        assert report is None
        assert store.count("people") == 6
    finally:
        store.close()
    assert not list(data_dir.glob("records.corrupt-*"))


def test_an_empty_file_is_new_unless_there_are_backups(data_dir: Path, db_path: Path):
    data_dir.mkdir(parents=True)
    db_path.write_bytes(b"")
    store, report = open_checked(data_dir, KIOSK, now=lambda: local(2026, 3, 5))
    store.close()
    assert report is None  # cut off while first created: nothing was lost
    for made in backups_dir(data_dir).iterdir():  # the daily backup of that empty database
        made.unlink()

    backup, in_backup, _taken = build_with_backup(data_dir, db_path)
    db_path.write_bytes(b"")
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    store, report = open_checked(data_dir, KIOSK, now=lambda: local(2026, 3, 6))
    store.close()
    assert report is not None and report.damage.kind == "empty"
    assert report.backup == backup and report.restored == in_backup
