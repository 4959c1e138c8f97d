"""Personal data is readable only by the kiosk's user: the data directory and what holds
personal data in it (the records, their -wal and -shm, backups, logs, a person's export, the
PIN's files) are made owner-only (0700 folders, 0600 files) whatever the umask, and what an
earlier version left open is closed at start (kiosk/private.py). POSIX only: on Windows the
per-user profile's access list protects the data directory."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import crashtrace
from kiosk.cli import main
from kiosk.commands.run import setup_logging
from kiosk.private import (
    copy_private,
    create_private,
    open_private,
    private_dir,
    tighten,
    tighten_data_dir,
    write_private_bytes,
    write_private_text,
)
from kiosk.records.backup import backup_to, daily_backup, open_checked
from kiosk.records.files import records_path
from kiosk.records.model import NewPerson
from kiosk.records.store import RecordStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

KIOSK = str(Path(sys.executable).parent / "kiosk")
UMASKS = [0o022, 0o000, 0o002, 0o077]
NAME = "Nguyễn Thị Đều"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def assert_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file: nothing for group or others."""
    expected = 0o700 if path.is_dir() else 0o600
    assert mode(path) == expected, f"{path}: {oct(mode(path))}"


@pytest.fixture(params=UMASKS, ids=[f"umask{u:03o}" for u in UMASKS])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    before = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(before)


def make_store(data_dir: Path) -> RecordStore:
    store = RecordStore.open(records_path(data_dir), "test-kiosk")
    store.add_person(NewPerson(NAME, 1958, "Tổ 5", consent=True))
    return store


# -- the helpers --------------------------------------------------------------------------


def test_private_dir_makes_every_missing_folder_0700(tmp_path, umask):
    tmp_path.chmod(0o755)
    made = private_dir(tmp_path / "a" / "b" / "c")
    for folder in (tmp_path / "a", tmp_path / "a" / "b", made):
        assert_private(folder)
    assert mode(tmp_path) == 0o755  # the folder that was there is not touched


def test_private_dir_leaves_an_existing_folder_unless_it_is_ours(tmp_path, umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    private_dir(shared)
    assert mode(shared) == 0o755
    private_dir(shared, ours=True)
    assert_private(shared)


@pytest.mark.parametrize(
    "write",
    [
        lambda p: write_private_text(p, "Đều\n"),
        lambda p: write_private_bytes(p, b"\x00\x01"),
        lambda p: open_private(p, "a").close(),
        lambda p: open_private(p, "w", newline="").close(),
        lambda p: create_private(p),
    ],
    ids=["text", "bytes", "append", "newline", "create"],
)
def test_files_are_made_0600_and_existing_ones_are_closed(tmp_path, umask, write):
    new, old = tmp_path / "new.txt", tmp_path / "old.txt"
    write(new)
    assert_private(new)
    old.write_text("x")
    old.chmod(0o666)
    write(old)
    assert_private(old)


def test_copy_private_and_exclusive_open(tmp_path, umask):
    source = tmp_path / "source"
    source.write_bytes(b"records" * 1000)
    source.chmod(0o644)
    copy_private(source, tmp_path / "copy")
    assert (tmp_path / "copy").read_bytes() == source.read_bytes()
    assert_private(tmp_path / "copy")
    with pytest.raises(FileExistsError):
        open_private(tmp_path / "copy", "x")


def test_tighten_never_follows_a_link_nor_closes_a_shared_sticky_folder(tmp_path):
    target = tmp_path / "target"
    target.write_text("x")
    target.chmod(0o644)
    (tmp_path / "link").symlink_to(target)
    assert tighten(tmp_path / "link") is None
    assert mode(target) == 0o644
    sticky = tmp_path / "tmp-like"
    sticky.mkdir()
    sticky.chmod(0o1777)
    assert tighten(sticky) is None
    assert mode(sticky) == 0o1777
    assert tighten(tmp_path / "missing") is None  # never raises


# -- the records, their -wal and -shm, backups ------------------------------------------------


def test_the_records_and_the_wal_and_shm_sqlite_makes_are_0600(data_dir, umask):
    store = make_store(data_dir)
    try:
        path = records_path(data_dir)
        sides = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(side.exists() for side in sides)  # open, in WAL mode
        for made in (data_dir, path, *sides):
            assert_private(made)
    finally:
        store.close()


def test_sqlite_gives_the_wal_and_shm_the_mode_of_the_database_file(tmp_path, umask):
    """What the kiosk relies on: SQLite makes -wal, -shm and -journal with the database
    file's mode whatever the umask, so a 0600 database file is enough."""
    import sqlite3

    for journal in ("wal", "delete"):
        path = tmp_path / f"{journal}.sqlite"
        create_private(path)
        conn = sqlite3.connect(path)
        conn.execute(f"pragma journal_mode = {journal}")
        conn.execute("create table t (x)")
        conn.execute("begin")
        conn.execute("insert into t values (1)")
        sides = [Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")]
        present = [side for side in sides if side.exists()]
        assert present
        for side in present:
            assert_private(side)
        conn.commit()
        conn.close()


def test_records_made_by_an_earlier_version_are_closed_when_opened(data_dir, umask):
    store = make_store(data_dir)
    path = records_path(data_dir)
    for loose in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        loose.chmod(0o644)
    store.close()
    path.chmod(0o644)
    store = RecordStore.open(path, "test-kiosk")
    try:
        store.add_person(NewPerson("Trần Văn Ánh", 1950, "Tổ 2", consent=True))
        for made in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert_private(made)
    finally:
        store.close()


def test_daily_backups_and_copies_are_0600_in_a_0700_folder(data_dir, tmp_path, umask):
    make_store(data_dir).close()
    made = daily_backup(data_dir, records_path(data_dir))
    assert made is not None
    assert_private(made.parent)
    assert_private(made)
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = backup_to(records_path(data_dir), stick)
    assert_private(copy)
    assert not [p for p in stick.iterdir() if p != copy]  # no temporary left


def test_start_restores_a_damaged_file_as_0600(data_dir, umask):
    make_store(data_dir).close()
    daily_backup(data_dir, records_path(data_dir))
    path = records_path(data_dir)
    path.write_bytes(b"not a database at all" * 100)
    store, report = open_checked(data_dir, "test-kiosk")
    try:
        assert report is not None and report.backup is not None
        assert store.count_people() == 1
        assert_private(path)
        assert report.kept_at is not None
    finally:
        store.close()


# -- exports, logs, the PIN's files ------------------------------------------------------------


def test_a_persons_export_is_0600(data_dir, tmp_path, umask, capsys):
    make_store(data_dir).close()
    export = tmp_path / "deu.json"
    assert main(["records", "person", "deu", "--export", str(export), "--lang", "en"]) == 0
    assert json.loads(export.read_text(encoding="utf-8"))
    assert_private(export)
    export.chmod(0o644)  # written again over a file that others could read
    assert main(["records", "person", "deu", "--export", str(export), "--lang", "en"]) == 0
    assert_private(export)


def test_the_log_and_the_crash_file_are_0600_in_a_0700_folder(data_dir, umask):
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        setup_logging(data_dir)
        logging.getLogger("kiosk").info("a line")
        crashtrace.arm(data_dir)
        crashtrace.disarm()
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                handler.close()
        root.handlers[:] = handlers
    assert_private(data_dir)
    assert_private(data_dir / "logs")
    assert_private(data_dir / "logs" / "kiosk.log")
    assert_private(crashtrace.crash_file(data_dir))


def test_writing_commands_make_a_new_data_dir_0700(data_dir, umask, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "date;full_name;birth_year;gender;residential_group;location;session_kind\n"
        f"2025-09-02;{NAME};1958;nữ;Tổ 5;Nhà văn hóa tổ 5;group\n",
        encoding="utf-8",
    )
    assert main(["records", "import", str(sheet)]) == 0
    assert_private(data_dir)
    assert_private(records_path(data_dir))


def test_the_pin_files_are_0600(data_dir, umask):
    from kiosk.pin import PinStore

    private_dir(data_dir)
    pins = PinStore(data_dir)
    pins.set("246810")
    assert not pins.matches("000000")
    for name in ("pin.json", "pin-tries.json"):
        if (data_dir / name).exists():
            assert_private(data_dir / name)
    assert (data_dir / "pin.json").exists()


# -- closing what an earlier version left open -----------------------------------------------


def loose_data_dir(data_dir: Path) -> list[Path]:
    """A data directory as an earlier version left it under umask 022."""
    make_store(data_dir).close()
    daily_backup(data_dir, records_path(data_dir))
    (data_dir / "logs").mkdir()
    (data_dir / "logs" / "kiosk.log").write_text("x\n")
    (data_dir / "logs" / "kiosk.log.1").write_text("x\n")
    (data_dir / "pin.json").write_text("{}")
    (data_dir / "pin-tries.json").write_text("{}")
    (data_dir / "records.corrupt-20250101T000000Z.sqlite").write_bytes(b"x")
    (data_dir / "reports").mkdir()
    (data_dir / "reports" / "bao-cao.csv").write_text("x")
    (data_dir / "cache").mkdir()  # no personal data: the folder is closed, not what is in it
    (data_dir / "cache" / "sentence.wav").write_bytes(b"RIFF")
    loose = [p for p in [data_dir, *data_dir.rglob("*")]]
    for path in loose:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return loose


def test_tighten_data_dir_closes_what_holds_personal_data_and_logs_it(data_dir, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.private")
    loose_data_dir(data_dir)
    changed = dict(tighten_data_dir(data_dir))
    personal = [
        data_dir,
        records_path(data_dir),
        data_dir / "backups",
        *(data_dir / "backups").iterdir(),
        data_dir / "logs",
        data_dir / "logs" / "kiosk.log",
        data_dir / "logs" / "kiosk.log.1",
        data_dir / "pin.json",
        data_dir / "pin-tries.json",
        data_dir / "records.corrupt-20250101T000000Z.sqlite",
        data_dir / "reports" / "bao-cao.csv",
        data_dir / "kiosk-id",
    ]
    for path in personal:
        if path.exists():
            assert_private(path)
            assert changed[path] in (0o755, 0o644)
            assert any(str(path) in r.getMessage() for r in caplog.records), path
    assert mode(data_dir / "cache" / "sentence.wav") == 0o644  # behind the closed folder
    assert tighten_data_dir(data_dir) == []  # nothing more to do


def test_tighten_data_dir_is_quiet_on_a_missing_or_unchangeable_folder(tmp_path):
    assert tighten_data_dir(tmp_path / "none") == []


# -- the real kiosk -----------------------------------------------------------------------------


def run_kiosk(data_dir: Path, umask_value: int) -> dict[Path, int]:
    """`kiosk run` (offscreen) started with `umask_value` until its records are open; the modes
    of everything in the data directory while it runs (the -wal and -shm exist then)."""
    log_file = data_dir / "logs" / "kiosk.log"
    process = subprocess.Popen(
        [KIOSK, "run", "--windowed", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=lambda: os.umask(umask_value),
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            if "retention:" in text and Path(f"{records_path(data_dir)}-shm").exists():
                break
            time.sleep(0.2)
        else:
            pytest.fail("the kiosk did not open its records: " + text[-2000:])
        return {p: mode(p) for p in [data_dir, *data_dir.rglob("*")] if not p.is_symlink()}
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.parametrize("umask_value", [0o000, 0o022])
def test_the_real_kiosk_keeps_everything_personal_owner_only(data_dir, umask_value):
    modes = run_kiosk(data_dir, umask_value)
    path = records_path(data_dir)
    must = [
        data_dir,
        path,
        Path(f"{path}-wal"),
        Path(f"{path}-shm"),
        data_dir / "backups",
        data_dir / "logs",
        data_dir / "logs" / "kiosk.log",
        data_dir / "logs" / "crash.txt",
    ]
    for made in must:
        assert made in modes, made
    assert list((data_dir / "backups").glob("records-*.sqlite"))
    personal = [
        p
        for p in modes
        if (p.parent == data_dir and p.is_file()) or p.parent.name in ("backups", "logs")
    ]
    for made in {*must, *personal}:
        expected = 0o700 if made.is_dir() else 0o600
        assert modes[made] == expected, f"{made}: {oct(modes[made])}"


def test_the_real_kiosk_closes_an_old_data_dir_at_start(data_dir):
    loose_data_dir(data_dir)
    (data_dir / "pin.json").unlink()  # not a PIN file the PIN code would refuse
    (data_dir / "pin-tries.json").unlink()
    modes = run_kiosk(data_dir, 0o022)
    assert modes[data_dir] == 0o700
    for made in (records_path(data_dir), *(data_dir / "backups").iterdir()):
        assert modes[made] == 0o600, made
    log_text = (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert f"made owner-only: {data_dir} (was 755)" in log_text
    assert f"made owner-only: {records_path(data_dir)} (was 644)" in log_text
    assert NAME not in log_text  # the log names paths only
