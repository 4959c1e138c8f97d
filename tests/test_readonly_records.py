"""Read-only use of the records works on a read-only medium: `kiosk report` and `kiosk records
people` (and `sessions`, `duplicates`) read a records file on a write-protected stick, in every
state a kiosk's files can be copied in, without writing anything there, and say that the
file is read-only (kiosk/records/reading.py).

The medium is made read-only for real: a read-only bind mount and a read-only loop-mounted
ext4 image when the tests run as root (as root, file modes stop nothing); a folder without
write permission otherwise."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.cli import main
from kiosk.records.backup import backup_to
from kiosk.records.files import records_path
from kiosk.records.model import NewPerson
from kiosk.records.reading import open_for_reading
from kiosk.records.schema import migrations
from kiosk.records.store import RecordStore, connect

KIOSK = str(Path(sys.executable).parent / "kiosk")
NAMES = ("Nguyễn Thị Đều", "Trần Văn Ánh", "Lê Thị Hoa")
LATE = "Phạm Minh Tuấn"  # recorded last: only in the -wal of a kiosk that was running


def _overrides_modes() -> bool:
    """Whether this process writes whatever the file modes say: root, with the capability
    CAP_DAC_OVERRIDE (bit 1) it has unless dropped (`setpriv`, a container)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("CapEff:"):
                return bool(int(line.split()[1], 16) & 0b10)
    except (OSError, ValueError):
        pass
    return hasattr(os, "geteuid") and os.geteuid() == 0


ROOT = _overrides_modes()
MEDIA = ["bind", "loop", "no-permission"]


# -- the records, in the states a kiosk leaves them -------------------------------------------


def fill(store: RecordStore, names: tuple[str, ...]) -> None:
    session = store.start_session("group", "Nhà văn hóa tổ 5")
    for number, name in enumerate(names):
        person, _ = store.add_person(NewPerson(name, 1950 + number, "Tổ 5", consent=True))
        store.add_attendance(session.id, person.id)


def closed_kiosk(folder: Path) -> None:
    """The kiosk was closed: only records.sqlite (SQLite removes the -wal and -shm)."""
    store = RecordStore.open(records_path(folder), "kiosk-a")
    fill(store, (*NAMES, LATE))
    store.close()


def running_kiosk(folder: Path, sides: tuple[str, ...] = ("-wal", "-shm")) -> None:
    """Copied while the kiosk ran: the last records are only in the -wal."""
    source = folder.parent / (folder.name + "-live")
    store = RecordStore.open(records_path(source), "kiosk-a")
    store.db.execute("pragma wal_autocheckpoint = 0")
    fill(store, NAMES)
    store.db.execute("pragma wal_checkpoint(truncate)")
    fill(store, (LATE,))
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", *sides):
        shutil.copyfile(f"{records_path(source)}{suffix}", f"{records_path(folder)}{suffix}")
    store.close()


def wal_without_shm(folder: Path) -> None:
    running_kiosk(folder, sides=("-wal",))


def empty_wal_and_shm(folder: Path) -> None:
    closed_kiosk(folder)
    path = records_path(folder)
    Path(f"{path}-wal").write_bytes(b"")
    Path(f"{path}-shm").write_bytes(b"")


def older_kiosk(folder: Path) -> None:
    """A file of an earlier version: the report's tables (m003) and later steps missing."""
    folder.mkdir(parents=True)
    db = Database(connect(records_path(folder)), execute_plugins=False)
    migrations.apply(db, stop_before="m003_report_facts")
    store = RecordStore(db, "kiosk-old")
    fill(store, (*NAMES, LATE))
    store.close()


def a_backup(folder: Path) -> None:
    """A copy made with `kiosk backup` (a single file, rollback journal) as records.sqlite."""
    source = folder.parent / (folder.name + "-kiosk")
    closed_kiosk(source)
    folder.mkdir(parents=True)
    backup_to(records_path(source), records_path(folder))


def from_another_kiosk(folder: Path) -> None:
    """A whole data directory of a kiosk: settings, the kiosk id, logs, backups."""
    closed_kiosk(folder)
    (folder / "kiosk-id").write_text("2f1c8a8e-3a4b-4c1d-9e8f-0a1b2c3d4e5f\n")
    (folder / "settings.json").write_text(json.dumps({"language": "vi"}))
    (folder / "logs").mkdir()
    (folder / "logs" / "kiosk.log").write_text("")
    (folder / "backups").mkdir()
    backup_to(records_path(folder), folder / "backups" / "records-2026-01-01.sqlite")


STATES: dict[str, Callable[[Path], None]] = {
    "closed": closed_kiosk,
    "running": running_kiosk,
    "wal-without-shm": wal_without_shm,
    "empty-wal-and-shm": empty_wal_and_shm,
    "older-version": older_kiosk,
    "a-backup": a_backup,
    "a-whole-data-dir": from_another_kiosk,
}


# -- a write-protected medium -------------------------------------------------------------------


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@contextmanager
def write_protected(folder: Path, medium: str) -> Iterator[Path]:
    """`folder`'s files on a medium nothing can be written to; yields the folder to read."""
    if medium == "no-permission":
        if ROOT:
            pytest.skip("root writes whatever the modes say; the mounts test this")
        paths = [folder, *folder.rglob("*")]
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for path in paths:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    if not ROOT or shutil.which("mount") is None:
        pytest.skip("mounting needs root")
    target = folder.with_name(folder.name + "-" + medium)
    target.mkdir()
    if medium == "bind":
        steps = [["mount", "--bind", str(folder), str(target)]]
        steps.append(["mount", "-o", "remount,bind,ro", str(target)])
    else:
        image = folder.with_name(folder.name + ".img")
        made = _run("mkfs.ext4", "-q", "-F", "-d", str(folder), str(image), "16M")
        if made.returncode != 0:
            pytest.skip(f"no ext4 image: {made.stderr.strip()}")
        steps = [["mount", "-o", "ro,loop", str(image), str(target)]]
    for step in steps:
        done = _run(*step)
        if done.returncode != 0:
            _run("umount", str(target))
            pytest.skip(f"{' '.join(step)}: {done.stderr.strip()}")
    try:
        yield target
    finally:
        _run("umount", str(target))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    return tmp_path / "stick" / "kiosk-data"


def people_on(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(["records", "people", "--json", "--data-dir", str(folder), "--lang", "en"])
    out, err = capsys.readouterr()
    names = [p["full_name"] for p in json.loads(out)] if code == 0 else []
    return code, names, err


def report_on(folder: Path, out: Path, capsys: pytest.CaptureFixture[str], form: str = "json"):
    args = ["report", "--from", "2000-01-01", "--to", "2100-12-31", "--format", form]
    code = main([*args, "--out", str(out), "--data-dir", str(folder), "--lang", "en"])
    return code, capsys.readouterr().err


# -- the commands on a read-only medium ---------------------------------------------------------


@pytest.mark.parametrize("medium", MEDIA)
@pytest.mark.parametrize("state", list(STATES))
def test_people_and_report_read_a_write_protected_stick(stick, tmp_path, capsys, state, medium):
    STATES[state](stick)
    before = snapshot(stick)
    expected = sorted((*NAMES, LATE))
    with write_protected(stick, medium) as folder:
        code, names, err = people_on(folder, capsys)
        assert code == 0, err
        assert sorted(names) == expected  # with what only the -wal held
        assert "is read-only" in err and "nothing is written there" in err
        assert "Traceback" not in err
        out = tmp_path / "report.json"
        code, err = report_on(folder, out, capsys)
        assert code == 0, err
        figures = json.loads(out.read_text(encoding="utf-8"))
        assert figures["participants"] == 4 and figures["attendances"] == 4
        assert "is read-only" in err
        for listing in ("sessions", "duplicates"):
            assert main(["records", listing, "--data-dir", str(folder)]) == 0
        capsys.readouterr()
        assert snapshot(folder) == before  # nothing written there, nothing changed
    assert snapshot(stick) == before
    assert not list(tmp_path.glob("**/kiosk-records-*"))  # no private copy left behind


@pytest.mark.parametrize("medium", ["bind", "no-permission"])
def test_a_report_with_lesson_titles_on_a_write_protected_stick(stick, tmp_path, capsys, medium):
    running_kiosk(stick)
    with write_protected(stick, medium) as folder:
        out = tmp_path / "report.csv"
        code, err = report_on(folder, out, capsys, form="csv")
        assert code == 0, err
        assert out.read_text(encoding="utf-8-sig").startswith('"Digital literacy for all')
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            ["records.sqlite", "records.sqlite-wal", "records.sqlite-shm"]
        )


@pytest.mark.parametrize("medium", ["bind", "no-permission"])
def test_a_person_is_found_and_exported_from_a_stick_and_a_delete_says_why_not(
    stick, tmp_path, capsys, medium
):
    running_kiosk(stick)
    before = snapshot(stick)
    export = tmp_path / "tuan.json"
    with write_protected(stick, medium) as folder:
        data = ["--data-dir", str(folder), "--lang", "en"]
        assert main(["records", "person", "tuan", "--export", str(export), *data]) == 0
        assert json.loads(export.read_text(encoding="utf-8"))["person"]["full_name"] == LATE
        assert "is read-only" in capsys.readouterr().err
        assert main(["records", "person", "tuan", "--delete", "--yes", *data]) == 1
        assert "read-only" in capsys.readouterr().err
    assert snapshot(stick) == before


DAMAGE: dict[str, Callable[[Path], None]] = {
    "not-a-database": lambda p: p.write_bytes(b"hello, this is not a database\n" * 200),
    "empty": lambda p: p.write_bytes(b""),
    "cut-short": lambda p: p.write_bytes(p.read_bytes()[:50]),
    "garbage-pages": lambda p: p.write_bytes(p.read_bytes()[:4096] + b"\x00garbage" * 4000),
}


@pytest.mark.parametrize("medium", MEDIA)
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_on_a_stick_is_said_and_left_alone(stick, tmp_path, capsys, damage, medium):
    closed_kiosk(stick)
    DAMAGE[damage](records_path(stick))
    before = snapshot(stick)
    with write_protected(stick, medium) as folder:
        code, _names, err = people_on(folder, capsys)
        assert code == 1 and "damaged" in err and "Traceback" not in err, err
        code, err = report_on(folder, tmp_path / "report.json", capsys)
        assert code == 1 and "damaged" in err, err
        assert not (tmp_path / "report.json").exists()
    assert snapshot(stick) == before


@pytest.mark.parametrize("medium", ["bind", "no-permission"])
def test_a_stick_without_records_says_so(stick, tmp_path, capsys, medium):
    stick.mkdir(parents=True)
    (stick / "settings.json").write_text("{}")
    with write_protected(stick, medium) as folder:
        code, _names, err = people_on(folder, capsys)
        assert code == 1 and "There are no records at" in err, err
        code, err = report_on(folder, tmp_path / "report.json", capsys)
        assert code == 1 and "There are no records at" in err, err
    assert sorted(p.name for p in stick.iterdir()) == ["settings.json"]


@pytest.mark.parametrize("name", ["Nhà văn hóa #1", "a?mode=rw&x=1", "100% ổ USB"])
def test_a_stick_folder_with_any_name(tmp_path, capsys, name):
    folder = tmp_path / name
    running_kiosk(folder)
    with write_protected(folder, "bind" if ROOT else "no-permission") as protected:
        code, names, err = people_on(protected, capsys)
    assert code == 0 and len(names) == 4, err


def test_a_file_that_cannot_be_read_is_said_and_left_alone(stick, capsys):
    if ROOT:
        pytest.skip("root reads whatever the modes say")
    closed_kiosk(stick)
    records_path(stick).chmod(0o000)
    try:
        code, _names, err = people_on(stick, capsys)
    finally:
        records_path(stick).chmod(0o600)
    assert code == 1 and "could not be read" in err and "Traceback" not in err, err


def test_in_vietnamese_the_read_only_notice(stick, capsys):
    closed_kiosk(stick)
    with write_protected(stick, "bind" if ROOT else "no-permission") as folder:
        assert main(["records", "people", "--data-dir", str(folder), "--lang", "vi"]) == 0
        err = capsys.readouterr().err
    assert "chỉ đọc được" in err and "không ghi gì vào đó" in err and "4 người" in err


# -- the same commands where the records can be written -----------------------------------------


@pytest.mark.parametrize("state", ["closed", "running", "older-version"])
def test_where_it_can_be_written_nothing_is_migrated_or_said(stick, tmp_path, capsys, state):
    STATES[state](stick)
    before = snapshot(stick)
    code, names, err = people_on(stick, capsys)
    assert code == 0 and sorted(names) == sorted((*NAMES, LATE)), err
    assert "read-only" not in err
    code, err = report_on(stick, tmp_path / "report.json", capsys)
    assert code == 0, err
    after = snapshot(stick)
    assert after.get("records.sqlite") == before["records.sqlite"]  # not migrated, not written
    assert set(after) <= {*before, "records.sqlite-wal", "records.sqlite-shm"}
    assert not (stick / "backups").exists() and not (stick / "logs").exists()


def test_open_for_reading_never_writes_through_its_connection(stick):
    closed_kiosk(stick)
    store = open_for_reading(records_path(stick))
    try:
        assert not store.read_only and not store.copied
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("delete from people")
        assert store.count_people() == 4
    finally:
        store.close()


def test_an_older_file_is_brought_up_to_date_only_in_a_private_copy(stick):
    older_kiosk(stick)
    store = open_for_reading(records_path(stick))
    try:
        assert store.copied
        assert not migrations.pending(store.db)
        copy = Path(store.db.execute("pragma database_list").fetchone()[2])
        assert copy.parent != stick and (copy.parent.stat().st_mode & 0o077) == 0
    finally:
        store.close()
    assert not copy.parent.exists()
    with sqlite3.connect(f"{records_path(stick).as_uri()}?mode=ro", uri=True) as conn:
        tables = {row[0] for row in conn.execute("select name from sqlite_master")}
    assert "report_attendance" not in tables  # the original is as it was


# -- the real command on a read-only ext4 stick ---------------------------------------------------


@pytest.mark.parametrize("state", ["closed", "running"])
def test_the_real_commands_on_a_read_only_loop_mounted_stick(stick, tmp_path, state):
    STATES[state](stick)
    with write_protected(stick, "loop" if ROOT else "no-permission") as folder:
        env = {**os.environ, "KIOSK_DATA_DIR": str(folder)}
        people = subprocess.run(
            [KIOSK, "records", "people", "--json", "--lang", "en"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert people.returncode == 0, people.stderr
        assert sorted(p["full_name"] for p in json.loads(people.stdout)) == sorted((*NAMES, LATE))
        assert "is read-only" in people.stderr and "Traceback" not in people.stderr
        out = tmp_path / "report.xlsx"
        report = subprocess.run(
            [
                KIOSK,
                "report",
                "--from",
                "2025-01-01",
                "--to",
                "2100-12-31",
                "--format",
                "xlsx",
                "--out",
                str(out),
                "--lang",
                "en",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert report.returncode == 0, report.stderr
        assert out.stat().st_size > 0 and "4 participants" in report.stderr
