"""Safe keeping of the records: copies made while the kiosk runs, a daily rotating backup, and
the check at start that sets a damaged file aside and restores the newest good backup.

- `backup_to` copies with SQLite's online backup API in one step, that is inside one read
  transaction: the copy is the database as it stood when the copy began, while the kiosk goes
  on writing (in WAL mode readers and the writer do not block each other). The copy goes to a
  hidden temporary file next to the destination, is made a single file (journal_mode=DELETE),
  passes integrity_check and foreign_key_check, is fsynced, and only then is renamed over the
  destination, so the destination is never half a file. Its modification time is set to the
  moment the copy began: that is the time of the backup.
- Daily backups live in `data_dir/backups/records-YYYY-MM-DD.sqlite` (the kiosk's local day).
  At most one a day: nothing is done when today's file exists. After a new one is made, the
  newest 7 daily files (by the date in their names) are kept and older daily files are
  deleted. Nothing else in the folder (copies made with `kiosk backup`) is ever deleted.
- `open_checked`, at start: a missing file is a new, empty database. A file that is not a
  database, is cut short, or fails integrity_check or foreign_key_check (found by
  kiosk/records/damage.py) is moved aside with its -wal and -shm to
  `data_dir/records.corrupt-<UTC time>.sqlite` (never deleted); the newest backup (by the time
  it was taken) that passes the same checks is copied in its place; the `RecoveryReport` says
  what happened, for the facilitator.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kiosk.private import copy_private, create_private, private_dir
from kiosk.records.damage import (
    SIDE_SUFFIXES,
    Damage,
    check_connection,
    connect_existing,
    primary_code,
)

# kiosk/commands/records.py imports find_damage from here
from kiosk.records.damage import find_damage as find_damage
from kiosk.records.errors import RecordError
from kiosk.records.files import records_path
from kiosk.records.store import Now, RecordStore, utc_now
from kiosk.text import say

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP_DAILY = 7
TABLES = ("people", "sessions", "attendance", "support", "completions")

_DAILY_NAME = re.compile(r"records-(\d{4}-\d{2}-\d{2})\.sqlite")
_STALE_TEMP_SECONDS = 3600


@dataclass(frozen=True)
class RecoveryReport:
    """What the start-up check found and did, for the facilitator."""

    damage: Damage
    kept_at: Path | None  # where the damaged file (with its -wal and -shm) now is
    backup: Path | None  # the backup copied in its place; None: a new, empty database
    backup_taken_at: datetime | None  # UTC
    restored: dict[str, int] = field(default_factory=dict)  # rows per table in the backup
    skipped: tuple[tuple[Path, str], ...] = ()  # backups that failed their check, and why

    def taken_text(self, language: str) -> str:
        if self.backup_taken_at is None:
            return ""
        return say("recovery.taken_at", language, time=self.backup_taken_at.astimezone())

    def message(self, language: str) -> str:
        """A few plain sentences for the facilitator: what was wrong, what was restored."""
        what = say(f"damage.{self.damage.kind}", language)
        damaged = say("recovery.damaged", language, what=what, kept=self.kept_at or "-")
        outcome = "restored" if self.backup is not None else "started_empty"
        counts = {table: self.restored.get(table, 0) for table in TABLES}
        done = say(f"recovery.{outcome}", language, when=self.taken_text(language), **counts)
        return f"{damaged} {done}"


# -- copies ------------------------------------------------------------------------------


def backup_to(db_path: Path, dest: Path, now: Now = utc_now) -> Path:
    """Copy the live database to `dest` (a file, or a folder to put records-YYYYmmdd-HHMMSS
    .sqlite in, local time) and return the file written. RecordError when it cannot be done;
    then `dest` is left as it was."""
    db_path, dest = Path(db_path), Path(dest)
    if not db_path.is_file():
        raise RecordError("backup_no_database", path=str(db_path))
    if dest.is_dir():
        dest = dest / f"records-{now().astimezone():%Y%m%d-%H%M%S}.sqlite"
    if dest.exists() and os.path.samefile(dest, db_path):
        raise RecordError("backup_unwritable", dest=str(dest))
    temp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    began = time.time()
    try:
        _copy_checked(db_path, temp)
        os.utime(temp, (began, began))
        os.replace(temp, dest)
        _fsync(dest.parent)
    except (sqlite3.Error, OSError) as error:
        raise _backup_error(error, dest) from error
    finally:
        _remove_with_sides(temp)
    return dest


def _copy_checked(source: Path, temp: Path) -> None:
    _remove_with_sides(temp)
    src = connect_existing(source)
    try:
        create_private(temp)  # 0600, and so its journal: a backup holds every name
        dst = sqlite3.connect(str(temp))
        try:
            src.backup(dst)  # every page in one step: one consistent snapshot
            dst.execute("PRAGMA journal_mode = DELETE")
            problems = check_connection(dst)
            if problems:
                raise RecordError("backup_damaged", detail=problems[0])
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(temp)


def _backup_error(error: sqlite3.Error | OSError, dest: Path) -> RecordError:
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return RecordError("backup_disk_full", dest=str(dest))
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR):
            return RecordError("backup_unwritable", dest=str(dest))
        return RecordError("backup_failed", detail=str(error))
    code = primary_code(error)
    if code == sqlite3.SQLITE_FULL:
        return RecordError("backup_disk_full", dest=str(dest))
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return RecordError("backup_unwritable", dest=str(dest))
    return RecordError("backup_failed", detail=str(error))


# -- daily backups -----------------------------------------------------------------------


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def daily_backup(data_dir: Path, db_path: Path, now: Now = utc_now) -> Path | None:
    """Today's backup (local day), unless it exists; then only the newest KEEP_DAILY daily
    files are kept. Returns the file made, or None when today's was already there."""
    folder = backups_dir(data_dir)
    dest = folder / f"records-{now().astimezone():%Y-%m-%d}.sqlite"
    if dest.exists():
        return None
    try:
        private_dir(folder, ours=True)
    except OSError as error:
        raise _backup_error(error, folder) from error
    made = backup_to(db_path, dest, now)
    _rotate(folder, f"{now().astimezone():%Y-%m-%d}")
    return made


def _rotate(folder: Path, today: str) -> None:
    """Keep the KEEP_DAILY newest daily backups dated `today` or before. One dated later was
    made while the clock was ahead (kiosk/records/clockcheck.py): it is kept and not counted,
    so that it never pushes out those made once the date is right; its day comes later."""
    daily: list[tuple[str, Path]] = []
    for path in folder.iterdir():
        match = _DAILY_NAME.fullmatch(path.name)
        if match and path.is_file():
            daily.append((match.group(1), path))
        elif (
            path.name.startswith(".records-")
            and path.name.endswith(".tmp")
            and time.time() - path.stat().st_mtime > _STALE_TEMP_SECONDS
        ):
            # Left by a backup that was cut off (power cut); an hour is far longer than any copy.
            path.unlink(missing_ok=True)
    daily.sort()
    dated = [(day, path) for day, path in daily if day <= today]
    for _day, path in dated[:-KEEP_DAILY]:
        path.unlink(missing_ok=True)


def list_backups(data_dir: Path) -> list[Path]:
    """Every backup in the data directory's backup folder, the newest (time taken) first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite") if p.is_file() and not p.name.startswith(".")]
    # One taken "in the future" was taken while the clock was ahead: after every other, so
    # that a restore never prefers it to what was backed up once the date was right.
    later = time.time() + 86_400
    return sorted(
        found,
        key=lambda p: (p.stat().st_mtime <= later, p.stat().st_mtime, p.name),
        reverse=True,
    )


# -- start-up ----------------------------------------------------------------------------


def open_checked(
    data_dir: Path,
    kiosk_id: str,
    now: Now = utc_now,
    known_lessons: frozenset[str] | None = None,
) -> tuple[RecordStore, RecoveryReport | None]:
    """Check the database, recover it from the newest good backup when it is damaged, open
    it, and make today's backup. The report is None when nothing was wrong."""
    data_dir = Path(data_dir)
    path = records_path(data_dir)
    damage = find_damage(path)
    if damage is not None and damage.kind == "empty" and not list_backups(data_dir):
        damage = None  # cut off while it was first created: nothing was ever in it
    report = _recover(data_dir, path, damage, now) if damage is not None else None
    store = RecordStore.open(path, kiosk_id, now, known_lessons)
    try:
        daily_backup(data_dir, path, now)
    except RecordError as error:
        log.warning("No daily backup of the records: %s", error)
    return store, report


def _recover(data_dir: Path, path: Path, damage: Damage, now: Now) -> RecoveryReport:
    log.error("The records file %s is damaged (%s): %s", path, damage.kind, damage.detail)
    kept = _set_aside(path, data_dir, now)
    skipped: list[tuple[Path, str]] = []
    for candidate in list_backups(data_dir):
        try:
            counts = _restore(candidate, path)
        except _Unusable as why:
            log.warning("Backup %s not used: %s", candidate, why)
            skipped.append((candidate, str(why)))
            continue
        taken = datetime.fromtimestamp(candidate.stat().st_mtime, UTC)
        log.warning("Restored the records from %s, taken at %s", candidate, taken)
        return RecoveryReport(damage, kept, candidate, taken, counts, tuple(skipped))
    return RecoveryReport(damage, kept, None, None, {}, tuple(skipped))


def _set_aside(path: Path, data_dir: Path, now: Now) -> Path | None:
    """Move the damaged file and its -wal, -shm and -journal aside, never over anything."""
    moment = now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = data_dir / f"records.corrupt-{moment}.sqlite"
    number = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", *SIDE_SUFFIXES)):
        aside = data_dir / f"records.corrupt-{moment}-{number}.sqlite"
        number += 1
    kept: Path | None = None
    try:
        for suffix in ("", *SIDE_SUFFIXES):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{aside}{suffix}"))
                kept = kept or Path(f"{aside}{suffix}")
        _fsync(data_dir)
    except OSError as error:
        raise RecordError("recovery_failed", detail=str(error)) from error
    return kept


class _Unusable(Exception):
    """A backup that fails its check."""


def _restore(backup: Path, path: Path) -> dict[str, int]:
    """Copy a backup (never move it) into place through a checked temporary file."""
    temp = path.with_name(f".{path.name}.restore.tmp")
    try:
        _remove_with_sides(temp)
        copy_private(backup, temp)
        wal = Path(f"{backup}-wal")
        if wal.is_file():
            copy_private(wal, Path(f"{temp}-wal"))
        damage = find_damage(temp)
        if damage is not None:
            what = say(f"damage.{damage.kind}", "en")  # for the log
            raise _Unusable(f"{what}: {damage.detail}")
        counts = _counts(temp)
        _fsync(temp)
        os.replace(temp, path)
        _fsync(path.parent)
        return counts
    except (RecordError, sqlite3.Error) as error:
        raise _Unusable(str(error)) from error
    except OSError as error:
        raise RecordError("recovery_failed", detail=str(error)) from error
    finally:
        _remove_with_sides(temp)


def _counts(path: Path) -> dict[str, int]:
    conn = connect_existing(path)
    try:
        present = {row[0] for row in conn.execute("select name from sqlite_master")}
        if "people" not in present:
            raise _Unusable("not a records database (it has no people table)")
        return {
            table: conn.execute(f"select count(*) from [{table}]").fetchone()[0]
            if table in present
            else 0
            for table in TABLES
        }
    finally:
        conn.close()


# -- files -------------------------------------------------------------------------------


def _fsync(path: Path) -> None:
    """Flush a file to the disk, or a folder after a rename (skipped on Windows, which cannot
    open folders and makes renames durable by itself)."""
    folder = path.is_dir()
    if folder and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", *SIDE_SUFFIXES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
