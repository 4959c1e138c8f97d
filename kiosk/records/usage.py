"""Whether the records show that this kiosk was ever used: for the PIN, which must fail
closed (kiosk/pin.py). A kiosk whose `pin.json` is gone may choose a new PIN on its screen
only when it is new; records that hold anything, or that cannot be read, say it is not.

Reads only, with the standard library's sqlite3 (no sqlite-utils: this runs at start, on the
GUI thread), and never changes a file: read-only connections.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.records.files import RECORDS_FILENAME

# The tables a resident or a facilitator fills (kiosk/records/schema.py). A fresh kiosk opens
# its records (and makes the day's backup) at its first start: the tables are there, empty.
USED_TABLES = ("people", "sessions", "attendance", "support", "completions")
MAX_FILES = 40  # backups looked at, at most (the kiosk keeps far fewer)


def records_show_use(data_dir: Path) -> str:
    """Why the records say the kiosk was used ("" when they do not): a records file or a
    backup that holds a row, or that cannot be read (cannot tell counts as used), or a
    damaged records file set aside at a start (`records.corrupt-*`)."""
    data_dir = Path(data_dir)
    aside = sorted(data_dir.glob("records.corrupt-*"))
    if aside:
        return f"a damaged records file was kept aside ({aside[0].name})"
    files = [data_dir / RECORDS_FILENAME]
    backups = data_dir / "backups"
    if backups.is_dir():
        files += sorted(p for p in backups.glob("*.sqlite") if not p.name.startswith("."))[
            :MAX_FILES
        ]
    for path in files:
        reason = _file_shows_use(path)
        if reason:
            return f"{path.relative_to(data_dir)}: {reason}"
    return ""


def _file_shows_use(path: Path) -> str:
    try:
        if not path.exists() and not path.is_symlink():
            return ""
        if path.stat().st_size == 0:
            return ""  # cut off while it was first made: nothing was ever in it
    except OSError as error:
        return f"cannot be read ({error.strerror or type(error).__name__})"
    # With no -wal beside it, no one is writing it and every row is in the file: read it as
    # immutable, which leaves no -wal and -shm behind.
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=2)
    except (sqlite3.Error, OSError) as error:
        return f"cannot be read ({error})"
    try:
        present = {row[0] for row in conn.execute("select name from sqlite_master")}
        for table in USED_TABLES:
            if table in present and conn.execute(f"select 1 from [{table}] limit 1").fetchone():
                return f"it holds {table}"
        if "people" not in present:
            return "not a records database"
        return ""
    except sqlite3.Error as error:
        return f"cannot be read ({error})"
    finally:
        conn.close()
