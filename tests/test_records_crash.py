"""A crash at any moment loses nothing that was confirmed and leaves nothing half-written.

A child process (tests/records_crasher.py) records check-ins, attendance, support and CSV
imports on a real database file and logs each record only after the call that saved it has
returned; it is killed with SIGKILL at a random moment, 20 times, each round reopening the same
file. Then the database must pass SQLite's checks and hold every confirmed record, and every
import must be there whole or not at all.
"""

from __future__ import annotations

import json
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.records.backup import open_checked
from kiosk.records.files import records_path

ROUNDS = 20
CRASHER = Path(__file__).with_name("records_crasher.py")
IMPORT_LOCATION = re.compile(r"Điểm lưu động (r\d+n\d+) n(\d+) s(\d+)")
IMPORT_NAME = re.compile(r" (r\d+n\d+)\.\d+$")

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs POSIX signals (SIGKILL)"
)


def run_round(data_dir: Path, log: Path, round_number: int, rng: random.Random) -> str:
    """Start the crasher, kill it at a random moment; what it wrote on stderr."""
    stderr_path = data_dir.parent / f"crasher-{round_number}.err"
    with stderr_path.open("wb") as stderr:
        child = subprocess.Popen(
            [
                sys.executable,
                str(CRASHER),
                str(data_dir),
                str(log),
                str(rng.randrange(10**9)),
                str(round_number),
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=CRASHER.parent.parent,
        )
        assert child.stdout is not None
        # Most rounds are killed while recording; every fourth at any moment from its start
        # (while it opens, checks, migrates or makes its daily backup).
        if round_number % 4 != 3:
            ready, _, _ = select.select([child.stdout], [], [], 30)
            line = child.stdout.readline() if ready else b""
            if line != b"ready\n":
                child.kill()
                child.wait()
                pytest.fail(f"round {round_number}: no 'ready'\n{stderr_path.read_text()}")
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        code = child.wait()
        child.stdout.close()
    errors = stderr_path.read_text(encoding="utf-8", errors="replace")
    assert code == -signal.SIGKILL, f"round {round_number} ended by itself ({code}):\n{errors}"
    return errors


def confirmed(log: Path) -> list[dict[str, object]]:
    entries = []
    lines = log.read_bytes().split(b"\n") if log.exists() else []
    for number, line in enumerate(lines):
        if not line:
            continue
        try:
            entries.append(json.loads(line))
        except ValueError:  # only the very last line may have been cut off
            assert number == len(lines) - 1, line
    return entries


def ids(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[0] for row in conn.execute(f"select id from {table}")}


def test_sigkill_at_random_moments_loses_no_confirmed_record(data_dir: Path):
    data_dir.mkdir(parents=True)
    log = data_dir.parent / "confirmed.jsonl"
    rng = random.Random(20261123)
    started = time.monotonic()
    for round_number in range(ROUNDS):
        errors = run_round(data_dir, log, round_number, rng)
        assert "Traceback" not in errors, errors
    elapsed = time.monotonic() - started

    logged = confirmed(log)
    # A round whose last line is a "begin" was killed in the middle of that call.
    cut_off = [
        entry
        for entry, after in zip(logged, [*logged[1:], None], strict=True)
        if entry["kind"] == "begin" and (after is None or after["round"] != entry["round"])
    ]
    assert cut_off, "no kill landed inside a call"
    entries = [entry for entry in logged if entry["kind"] != "begin"]
    kinds = [str(entry["kind"]) for entry in entries]
    assert "recovery" not in kinds, [e for e in entries if e["kind"] == "recovery"]
    assert kinds.count("checkin") >= 20 and kinds.count("import") >= 3, kinds

    conn = sqlite3.connect(records_path(data_dir))
    try:
        assert [row[0] for row in conn.execute("pragma integrity_check")] == ["ok"]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        tables = {t: ids(conn, t) for t in ("people", "sessions", "attendance", "support")}
        tables["completions"] = ids(conn, "completions")

        # Every record the crasher was told was saved is there.
        for entry in entries:
            kind = entry["kind"]
            if kind in ("checkin", "attendee"):
                assert entry["person"] in tables["people"], entry
                assert entry["session"] in tables["sessions"], entry
                assert entry["attendance"] in tables["attendance"], entry
            if kind == "checkin":
                assert entry["completion"] in tables["completions"], entry
            if kind in ("session", "session_end"):
                assert entry["id"] in tables["sessions"], entry
            if kind == "session_end":
                ended = conn.execute("select ended_at from sessions where id = ?", [entry["id"]])
                assert ended.fetchone()[0] is not None, entry
            if kind == "support":
                assert entry["id"] in tables["support"], entry

        # No half check-ins: a named completion in a session has its person and attendance.
        assert conn.execute(
            """select count(*) from completions c
               left join people p on p.id = c.person_id
               left join attendance a on a.person_id = c.person_id and a.session_id = c.session_id
               where c.person_id is not null and (p.id is null
                     or (c.session_id is not null and a.id is null))"""
        ).fetchone() == (0,)
        # No attendance without its person and session, no support without its person.
        assert conn.execute(
            """select count(*) from attendance a
               where a.person_id not in (select id from people)
                  or a.session_id not in (select id from sessions)"""
        ).fetchone() == (0,)

        # Every import is whole or absent, confirmed or cut off.
        imported: dict[str, tuple[int, int]] = {}
        for session_id, location in conn.execute(
            "select id, location from sessions where source = 'import'"
        ):
            match = IMPORT_LOCATION.fullmatch(location)
            assert match, location
            tag, rows, support = match.group(1), int(match.group(2)), int(match.group(3))
            assert tag not in imported, f"import {tag} has two sessions"
            imported[tag] = (rows, support)
            attendance = conn.execute(
                "select count(*) from attendance where session_id = ?", [session_id]
            ).fetchone()[0]
            given = conn.execute(
                "select count(*) from support where session_id = ?", [session_id]
            ).fetchone()[0]
            assert (attendance, given) == (rows, support), tag
        people_per_import: dict[str, int] = {}
        for (name,) in conn.execute("select full_name from people"):
            found = IMPORT_NAME.search(name)
            if found:
                people_per_import[found.group(1)] = people_per_import.get(found.group(1), 0) + 1
        assert people_per_import == {tag: rows for tag, (rows, _s) in imported.items()}
        for entry in entries:
            if entry["kind"] == "import":
                assert imported.get(str(entry["tag"])) == (entry["rows"], entry["support"]), entry
        counts = {t: len(v) for t, v in tables.items()}
    finally:
        conn.close()

    store, report = open_checked(data_dir, "00000000-0000-4000-8000-00000000c0de")
    store.close()
    assert report is None
    print(
        f"\n{ROUNDS} SIGKILLs in {elapsed:.1f} s; confirmed: "
        f"{ {k: kinds.count(k) for k in sorted(set(kinds))} }; imports in the database: "
        f"{len(imported)}; rows: {counts}; killed inside a call: "
        f"{[str(entry['op']) for entry in cut_off]} (cut-off imports in the database: "
        f"{[e['tag'] for e in cut_off if e['op'] == 'import' and e['tag'] in imported]})"
    )
