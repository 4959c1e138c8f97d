"""Reading the records without writing anything next to them: what `kiosk report` and
`kiosk records people` (and `sessions`, `duplicates`) use, so that they work on a records file
on a write-protected stick, a read-only mount, or in a folder the user may not write.

Nothing is written beside the file: no migration, no backup, no log; and where the folder
cannot be written, no -wal or -shm either. How the file is opened
(https://www.sqlite.org/wal.html#readonly):

- with SQLite's read-only mode (`mode=ro`) first: it works wherever SQLite can make or use the
  -shm (a writable folder, or a -wal and -shm already there);
- when that cannot open and there is no -wal with anything in it, the database file holds
  every record: it is opened `immutable=1` (no locks, no -shm), which is right on a medium
  that nothing can change;
- a -wal with records in it but no usable -shm (the files of a kiosk that was running, copied
  to a stick): the file and its -wal are copied into a private temporary folder (0700, removed
  when the store is closed), and the copy is read, with what the -wal holds.

A file from an older version of the kiosk (its schema behind) is brought up to date in such a
private copy; the original is left as it was. A damaged file is reported (`RecordsDamaged`)
and left as it is: repairing it is for the kiosk's start (kiosk/records/backup.py).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlite_utils import Database

from kiosk.private import copy_private, create_private
from kiosk.records.damage import Damage, find_damage
from kiosk.records.errors import RecordError
from kiosk.records.schema import migrations
from kiosk.records.store import RecordStore
from kiosk.text import say

# SQLite cannot open the file this way (no -shm to be had): try the next way.
_NEXT_WAY = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY)


class RecordsDamaged(Exception):
    """The records file fails its check; `damage` says how. Nothing was changed."""

    def __init__(self, damage: Damage) -> None:
        super().__init__(damage.detail)
        self.damage = damage


class ReadingStore(RecordStore):
    """A RecordStore opened for reading only (see the module's text). `read_only` is true
    when the file or its folder cannot be written; `copied` when a private copy is read."""

    def __init__(self, db: Database, kiosk_id: str, copy_dir: Path | None) -> None:
        super().__init__(db, kiosk_id)
        self.read_only = False
        self.copied = copy_dir is not None
        self._copy_dir = copy_dir

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._copy_dir is not None:
                shutil.rmtree(self._copy_dir, ignore_errors=True)
                self._copy_dir = None

    def read_only_notice(self, path: Path, language: str) -> str:
        """The sentence to say when `read_only`, else ''."""
        if not self.read_only:
            return ""
        return say("reading.read_only_notice", language, path=path)


def writable(path: Path) -> bool:
    """Whether the file and its folder can be written (False on a read-only mount, even as
    root)."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def open_for_reading(path: Path, kiosk_id: str = "") -> ReadingStore:
    """The records at `path`, to read. RecordError("no_records") when there is no file,
    RecordError("unreadable") when it cannot be read, RecordsDamaged when it fails its check."""
    path = Path(path)
    if not path.is_file():
        raise RecordError("no_records", path=str(path))
    try:
        conn, copy_dir = _connection(path)
    except (sqlite3.Error, OSError) as error:
        raise RecordError("unreadable", path=str(path), detail=_detail(error)) from error
    try:
        damage = find_damage(path, reader=conn)
        if damage is not None:
            raise RecordsDamaged(damage)
        if migrations.pending(Database(conn, execute_plugins=False)):
            if copy_dir is None:  # an older kiosk's file: brought up to date in a copy
                copy_dir = _private_temp()
                conn = _copied(conn, copy_dir / path.name)
            migrations.apply(Database(conn, execute_plugins=False))
        store = ReadingStore(Database(conn, execute_plugins=False), kiosk_id, copy_dir)
    except BaseException as error:
        conn.close()
        _remove(copy_dir)
        if isinstance(error, (sqlite3.Error, OSError)):
            raise RecordError("unreadable", path=str(path), detail=_detail(error)) from error
        if isinstance(error, RecordError) and error.code != "no_records":  # locked, ...
            detail = str(error.params.get("detail", error.code))
            raise RecordError("unreadable", path=str(path), detail=detail) from error
        raise
    store.read_only = not writable(path)
    return store


def _connection(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = _try(uri)
    if conn is not None:
        return conn, None
    wal = Path(f"{path}-wal")
    if not (wal.is_file() and wal.stat().st_size > 0):
        conn = _try(uri + "&immutable=1")
        if conn is not None:
            return conn, None
    copy_dir = _private_temp()
    try:
        copy = copy_dir / path.name
        copy_private(path, copy)
        if wal.is_file():
            copy_private(wal, Path(f"{copy}-wal"))
        return _open_copy(copy), copy_dir
    except BaseException:
        _remove(copy_dir)
        raise


def _try(uri: str) -> sqlite3.Connection | None:
    """A connection that has read the schema, or None when SQLite cannot open the file this
    way. Any other failure (not a database, damaged) is left for find_damage to name."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        if _code(error) in _NEXT_WAY:
            if conn is not None:
                conn.close()
            return None
        if conn is None:
            raise
    return conn


def _copied(conn: sqlite3.Connection, copy: Path) -> sqlite3.Connection:
    """What `conn` reads, copied with the SQLite backup API into the private file `copy`;
    `conn` is closed once the copy is made."""
    target = _open_copy(copy)
    try:
        conn.backup(target)
    except BaseException:
        target.close()
        raise
    conn.close()
    return target


def _open_copy(copy: Path) -> sqlite3.Connection:
    create_private(copy)
    conn = sqlite3.connect(str(copy), timeout=10, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _private_temp() -> Path:
    return Path(tempfile.mkdtemp(prefix="kiosk-records-"))  # 0700, whatever the umask


def _remove(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def _detail(error: sqlite3.Error | OSError) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return str(error)
