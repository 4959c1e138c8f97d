"""What can be wrong with a records file, found without changing it: not a database, cut short,
failing SQLite's integrity or foreign-key check, empty, or only its -wal left. The kiosk's start
sets a damaged file aside and restores a backup (kiosk/records/backup.py, which checks each copy
it makes with `check_connection` too); reading a file for a report says it is damaged
(kiosk/records/reading.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.records.errors import storage_error

MAGIC = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database

# What can be wrong with the file found at start; told to the facilitator as `damage.<kind>`.
DAMAGE_KINDS = ("not_database", "truncated", "integrity", "foreign_keys", "empty", "missing")


@dataclass(frozen=True)
class Damage:
    kind: str  # one of DAMAGE_KINDS
    detail: str  # what SQLite or the check said, for the person in charge


def check_connection(conn: sqlite3.Connection) -> list[str]:
    """What integrity_check and foreign_key_check find; empty when all is well."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    problems = [p for p in problems if p != "ok"]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
    return problems


def find_damage(path: Path, reader: sqlite3.Connection | None = None) -> Damage | None:
    """What is wrong with the database file at `path`; None when it is sound or missing (a
    new one will be made). RecordError when it cannot even be read (permissions, locks):
    that is not damage, and the file must be left alone. `reader`: a connection to check
    through instead of one opened for writing (kiosk/records/reading.py); left open."""
    sides = [Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES]
    has_wal = sides[0].is_file() and sides[0].stat().st_size > 0
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(100)
    except FileNotFoundError:
        return Damage("missing", "only the -wal journal is left") if has_wal else None
    except OSError as error:
        raise storage_error(error) from error
    if size == 0 and not has_wal:
        return Damage("empty", "0 bytes")
    if size > 0 and not head.startswith(MAGIC[: len(head)]):
        return Damage("not_database", "the file does not start with the SQLite header")
    if 0 < size < 100:
        return Damage("truncated", f"{size} bytes, shorter than the SQLite header")
    try:
        conn = reader or connect_existing(path)
        try:
            problems = check_connection(conn)
        finally:
            if reader is None:
                conn.close()
    except sqlite3.DatabaseError as error:
        if primary_code(error) not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise storage_error(error) from error
        problems = [str(error)]
    if not problems:
        return None
    if all(p.startswith("foreign key:") for p in problems):
        return Damage("foreign_keys", "; ".join(problems[:5]))
    kind = "truncated" if not has_wal and _shorter_than_header(head, size) else "integrity"
    return Damage(kind, "; ".join(problems[:5]))


def _shorter_than_header(head: bytes, size: int) -> bool:
    """The header says how many pages the file has (when bytes 92-95 match 24-27); only
    trusted without a -wal, since a checkpoint cut off writes page 1 before the pages after."""
    if len(head) < 100 or head[24:28] != head[92:96]:
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return size < int.from_bytes(head[28:32], "big") * page_size


def primary_code(error: sqlite3.Error) -> int:
    """SQLite's primary result code (SQLITE_FULL, ...) without the extended bits."""
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def connect_existing(path: Path) -> sqlite3.Connection:
    """A connection to a database file that must already exist (never creates one)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
