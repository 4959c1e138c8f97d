"""`kiosk records import`: paper sign-in sheets, typed into a spreadsheet and saved as CSV.

The file: UTF-8 with or without a BOM; comma- or semicolon-separated (told apart by the
header); a header line naming the columns, in any order and any case:

- date: YYYY-MM-DD or DD/MM/YYYY; never in the future
- full_name, birth_year, residential_group, location, session_kind (group, mobile_point,
  home_visit, help_desk, self_study): required columns
- gender, lessons (lesson ids separated by ";"), support (support codes separated by ";"):
  optional columns; their cells may be empty. Other columns are ignored.

Rows with the same date, location and kind are one session (`source = 'import'`); a session
of an earlier import with the same date, location and kind is reused, and its lessons become
the union of what it had and what the rows name. Its start and end are both the date at 00:00
local time (as a UTC stamp): paper sheets say the day, not the hour. Rows with the same name
(`names.match_key`), birth year and residential group (compared case-folded) are one person,
also when that person is already in the database. Attendance is one per (session, person);
support one per (person, session, code); so importing the same file again adds nothing.

Bounded: a file over 20 MB is refused by its size before it is read; one with more than
100,000 rows, or a line over 1 MB, when reading reaches it (kiosk/records/csvcheck.py reads a
line at a time).

All or nothing: every row is checked first and every problem is reported with the file's
physical line number (the header is line 1); a file with any problem imports nothing.
Then everything is written in one transaction.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.records.csvcheck import ImportRow, RowProblem, read_stream, size_problem
from kiosk.records.model import Person
from kiosk.records.names import match_key, search_key
from kiosk.records.store import RecordStore, stamp

__all__ = [
    "ImportFailed",
    "ImportResult",
    "ImportRow",
    "RowProblem",
    "check_size",
    "import_csv",
    "import_rows",
]


class ImportFailed(Exception):
    """The file has problems; nothing was imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problems; nothing imported")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    sessions_added: int
    people_added: int
    attendance_added: int
    support_added: int
    possible_duplicates: tuple[tuple[Person, ...], ...] = ()


class _DryRun(Exception):
    def __init__(self, result: ImportResult) -> None:
        self.result = result


def local_midnight(day: str) -> str:
    """The UTC stamp of 00:00 local time on `day` (YYYY-MM-DD): an imported session's start."""
    return stamp(datetime.fromisoformat(day).astimezone())


def check_size(path: Path) -> None:
    """ImportFailed when the file is larger than an import takes (csvcheck.MAX_BYTES) or
    cannot be looked at: found from its size, before anything is read."""
    try:
        problem = size_problem(path)
    except OSError as error:
        raise ImportFailed([_unreadable(path, error)]) from error
    if problem is not None:
        raise ImportFailed([problem])


def _unreadable(path: Path, error: OSError) -> RowProblem:
    return RowProblem(0, "unreadable", params={"detail": f"{path}: {error.strerror or error}"})


def import_csv(store: RecordStore, path: Path, dry_run: bool = False) -> ImportResult:
    """Check the whole file, then import it in one transaction (or, with `dry_run`, say what
    it would add and roll back). ImportFailed lists every problem (a file over the bounds of
    kiosk/records/csvcheck.py is refused by its size, or where reading reaches a bound);
    RecordError: the database could not be written (read-only, full disk), and nothing was."""
    check_size(path)
    try:
        with path.open("rb") as handle:
            rows, problems = read_stream(handle, store)
    except OSError as error:
        raise ImportFailed([_unreadable(path, error)]) from error
    if problems:
        raise ImportFailed(sorted(problems, key=lambda problem: problem.line))
    return import_rows(store, rows, dry_run=dry_run)


def import_rows(store: RecordStore, rows: list[ImportRow], dry_run: bool = False) -> ImportResult:
    try:
        with store._write():
            result = _write_rows(store, rows)
            if dry_run:
                raise _DryRun(result)
    except _DryRun as rolled_back:
        return rolled_back.result
    return result


def _write_rows(store: RecordStore, rows: list[ImportRow]) -> ImportResult:
    """Inside the transaction: load the identities already stored, add what is new."""
    conn = store.db.conn
    moment = stamp(store._now())
    key = functools.lru_cache(maxsize=None)(match_key)  # names, groups and places repeat

    def person_key(row: ImportRow) -> tuple[str, int, str]:
        return (key(row.full_name), row.birth_year, key(row.residential_group))

    def new_row(**values: Any) -> dict[str, Any]:
        common = {"kiosk_id": store.kiosk_id, "created_at": moment, "updated_at": moment}
        if store.clock_doubt:  # written while the clock looked wrong (clockcheck.py)
            common["clock_doubt"] = store.clock_doubt
        return {"id": str(uuid.uuid4()), **common, **values}

    people, sessions, attendance, support = _stored(conn, key, {key(r.full_name) for r in rows})
    new_people: list[dict[str, Any]] = []
    new_sessions: dict[str, dict[str, Any]] = {}
    new_attendance: list[dict[str, Any]] = []
    new_support: list[dict[str, Any]] = []
    more_lessons: set[str] = set()  # sessions of earlier imports that get more lessons
    touched: set[str] = set()
    for row in rows:
        who, where = person_key(row), (row.session_date, key(row.location), row.kind)
        person_id = people.get(who)
        if person_id is None:
            values = new_row(
                full_name=row.full_name,
                match_key=key(row.full_name),
                search_key=search_key(row.full_name),
                birth_year=row.birth_year,
                gender=row.gender,
                residential_group=row.residential_group,
            )
            new_people.append(values)
            person_id = people[who] = values["id"]
        touched.add(person_id)
        found = sessions.get(where)
        if found is None:
            start = local_midnight(row.session_date)
            values = new_row(
                kind=row.kind,
                location=row.location,
                facilitator="",
                session_date=row.session_date,
                started_at=start,
                ended_at=start,
                source="import",
            )
            new_sessions[values["id"]] = values
            found = sessions[where] = (values["id"], [])
        session_id, lessons = found
        for lesson_id in row.lessons:
            if lesson_id not in lessons:
                lessons.append(lesson_id)
                if session_id not in new_sessions:
                    more_lessons.add(session_id)
        if (session_id, person_id) not in attendance:
            attendance.add((session_id, person_id))
            new_attendance.append(new_row(session_id=session_id, person_id=person_id))
        for code in row.support:
            if (person_id, session_id, code) not in support:
                support.add((person_id, session_id, code))
                new_support.append(
                    new_row(
                        person_id=person_id,
                        session_id=session_id,
                        code=code,
                        given_on=row.session_date,
                    )
                )
    lessons_of = dict(sessions.values())
    for session_id, values in new_sessions.items():
        values["lessons"] = json.dumps(lessons_of[session_id], ensure_ascii=False)
    _insert_many(conn, "people", new_people)
    _insert_many(conn, "sessions", list(new_sessions.values()))
    _insert_many(conn, "attendance", new_attendance)
    _insert_many(conn, "support", new_support)
    conn.executemany(
        "update sessions set lessons = ?, updated_at = ? where id = ?",
        [(json.dumps(lessons_of[s], ensure_ascii=False), moment, s) for s in sorted(more_lessons)],
    )
    duplicates = tuple(
        group for group in store.possible_duplicates() if any(p.id in touched for p in group)
    )
    return ImportResult(
        rows=len(rows),
        sessions_added=len(new_sessions),
        people_added=len(new_people),
        attendance_added=len(new_attendance),
        support_added=len(new_support),
        possible_duplicates=duplicates,
    )


def _stored(
    conn: sqlite3.Connection, key: Callable[[str], str], names: set[str]
) -> tuple[
    dict[tuple[str, int, str], str],
    dict[tuple[str, str, str], tuple[str, list[str]]],
    set[tuple[str, str]],
    set[tuple[str, str, str]],
]:
    """What is already stored: people with one of `names` by (name, birth year, group);
    sessions of earlier imports by (date, place, kind) with their lessons; their attendance
    (session, person) and support (person, session, code). The earliest record wins."""
    people: dict[tuple[str, int, str], str] = {}
    for person_id, name_key, year, group in conn.execute(
        "select id, match_key, birth_year, residential_group from people order by created_at, rowid"
    ):
        if name_key in names:
            people.setdefault((name_key, year, key(group or "")), person_id)
    sessions: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
    for session_id, day, location, kind, lessons in conn.execute(
        """select id, session_date, location, kind, lessons from sessions
           where source = 'import' order by created_at, rowid"""
    ):
        sessions.setdefault(
            (day, key(location or ""), kind), (session_id, json.loads(lessons or "[]"))
        )
    imported = "session_id in (select id from sessions where source = 'import')"
    attendance = set(conn.execute(f"select session_id, person_id from attendance where {imported}"))
    support = set(conn.execute(f"select person_id, session_id, code from support where {imported}"))
    return people, sessions, attendance, support


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
    conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])
