"""The records store: the one place that reads and writes the participation database. Its
queries (kiosk/records/queries.py, RecordQueries) read; this module's methods write.

Every write is one transaction, committed (WAL, synchronous=FULL) before the method returns,
so a screen that says "saved" after a call is telling the truth, and a crash or power cut at
any moment leaves every confirmed record in place and nothing half-written.

A store is used from one thread at a time (the UI's records worker); it may be opened on one
thread and used on another.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk.private import create_private, private_dir, tighten
from kiosk.records import validate
from kiosk.records.errors import RecordError, storage_error
from kiosk.records.model import (
    CONSENT_VERSION,
    RESIDENT_COMPLETION,
    Attendance,
    CheckIn,
    Completion,
    NewPerson,
    Person,
    Session,
    Support,
)
from kiosk.records.names import match_key, search_key
from kiosk.records.queries import (
    RecordQueries,
    row_dict,
    to_completion,
    to_person,
    to_session,
    to_support,
)
from kiosk.records.schema import migrations

Now = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """UTC, ISO 8601, microseconds, with a Z: sorts as text in time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the kiosk's pragmas: WAL, synchronous=FULL, foreign keys on. The
    file is made owner-only (0600) before SQLite opens it, and its -wal, -shm and -journal,
    which SQLite makes with the database file's mode, are too (kiosk/private.py)."""
    create_private(path)
    for suffix in ("-wal", "-shm", "-journal"):
        tighten(Path(f"{path}{suffix}"))
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class RecordStore(RecordQueries):
    def __init__(
        self,
        db: Database,
        kiosk_id: str,
        now: Now = utc_now,
        known_lessons: frozenset[str] | None = None,
    ) -> None:
        super().__init__(db, kiosk_id)
        self._now = now
        self.known_lessons = known_lessons
        # Set by kiosk/records/clockcheck.py while the clock looks wrong ("ahead", "behind"):
        # every row written then carries it in its clock_doubt column.
        self.clock_doubt: str | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        kiosk_id: str,
        now: Now = utc_now,
        known_lessons: frozenset[str] | None = None,
    ) -> RecordStore:
        """Open (creating when missing, owner-only, in an owner-only folder) and migrate.
        RecordError when it cannot be written. For reading only (a write-protected stick),
        see kiosk/records/reading.py."""
        try:
            private_dir(path.parent)
            db = Database(connect(path), execute_plugins=False)
            migrations.apply(db)
        except (sqlite3.Error, OSError) as error:
            raise storage_error(error) from error
        return cls(db, kiosk_id, now, known_lessons)

    def close(self) -> None:
        self.db.close()

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One transaction; SQLite failures come out as RecordError, with nothing stored."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as error:
            raise storage_error(error) from error

    def _row(self, **values: Any) -> dict[str, Any]:
        moment = stamp(self._now())
        return {
            "id": str(uuid.uuid4()),
            "kiosk_id": self.kiosk_id,
            "created_at": moment,
            "updated_at": moment,
            **({"clock_doubt": self.clock_doubt} if self.clock_doubt else {}),
            **values,
        }

    def this_year(self) -> int:
        return self._now().astimezone().year

    def today(self) -> str:
        return self._now().astimezone().date().isoformat()

    # -- people --------------------------------------------------------------------------

    def _person_values(self, new: NewPerson) -> dict[str, Any]:
        name = validate.full_name(new.full_name)
        values: dict[str, Any] = {
            "full_name": name,
            "match_key": match_key(name),
            "search_key": search_key(name),
            "birth_year": validate.birth_year(new.birth_year, self.this_year()),
            "residential_group": validate.short_text(new.residential_group, "group_invalid"),
            "gender": validate.gender(new.gender),
            "phone": validate.phone(new.phone),
        }
        if new.consent:
            values["consent_at"] = stamp(self._now())
            values["consent_version"] = CONSENT_VERSION
        return values

    def _find_same(self, values: dict[str, Any], same_group: bool) -> dict[str, Any] | None:
        sql = "select * from people where match_key = ? and birth_year = ?"
        params: list[Any] = [values["match_key"], values["birth_year"]]
        if same_group:
            sql += " and residential_group = ?"
            params.append(values["residential_group"])
        row = self.db.execute(sql + " order by created_at limit 1", params).fetchone()
        return row_dict(self.db, "people", row)

    def _find_or_add(self, new: NewPerson, same_group: bool) -> tuple[Person, bool]:
        """Inside a transaction: the person with the same name and birth year (and group, when
        asked), or a new one. Returns (person, created)."""
        values = self._person_values(new)
        existing = self._find_same(values, same_group)
        if existing is not None:
            if new.consent and not existing.get("consent_at"):
                update = {k: values[k] for k in ("consent_at", "consent_version")}
                update["updated_at"] = stamp(self._now())
                self.db.table("people").update(existing["id"], update)
                existing.update(update)
            return to_person(existing), False
        row = self._row(**values)
        self.db.table("people").insert(row)
        return to_person(row), True

    def add_person(self, new: NewPerson) -> tuple[Person, bool]:
        """Add a person, or find the one with the same name and birth year; (person, created)."""
        with self._write():
            return self._find_or_add(new, same_group=False)

    # -- sessions ------------------------------------------------------------------------

    def session_values(
        self,
        kind: str,
        location: str,
        facilitator: str = "",
        lessons: list[str] | tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """A new session's columns, checked (RecordError), starting now."""
        return {
            "kind": validate.session_kind(kind),
            "location": validate.short_text(location, "location_invalid"),
            "facilitator": validate.short_text(facilitator, "name_control"),
            "lessons": json.dumps(list(validate.lesson_ids(lessons, self.known_lessons))),
            "session_date": self.today(),
            "started_at": stamp(self._now()),
            "ended_at": None,
            "source": "kiosk",
        }

    def start_session(
        self,
        kind: str,
        location: str,
        facilitator: str = "",
        lessons: list[str] | tuple[str, ...] = (),
    ) -> Session:
        row = self._row(**self.session_values(kind, location, facilitator, lessons))
        with self._write() as db:
            db.table("sessions").insert(row)
        return to_session(row)

    def end_session(self, session_id: str) -> Session:
        session = self.get_session(session_id)
        if not session.is_open:
            return session
        moment = stamp(self._now())
        with self._write() as db:
            db.table("sessions").update(session_id, {"ended_at": moment, "updated_at": moment})
        return self.get_session(session_id)

    # -- attendance and support ----------------------------------------------------------

    def _attend(self, session_id: str, person_id: str) -> Attendance:
        found = self.db.execute(
            "select id, created_at from attendance where session_id = ? and person_id = ?",
            [session_id, person_id],
        ).fetchone()
        if found:
            return Attendance(found[0], session_id, person_id, found[1])
        row = self._row(session_id=session_id, person_id=person_id)
        self.db.table("attendance").insert(row)
        return Attendance(row["id"], session_id, person_id, row["created_at"])

    def add_attendance(self, session_id: str, person_id: str) -> Attendance:
        """Mark a person present (once: a second call returns the first record)."""
        self.get_session(session_id)
        self.get_person(person_id)
        with self._write():
            return self._attend(session_id, person_id)

    def add_new_attendee(self, session_id: str, new: NewPerson) -> tuple[Person, Attendance]:
        """Find or add the person and mark them present, in one transaction."""
        self.get_session(session_id)
        with self._write():
            person, _created = self._find_or_add(new, same_group=False)
            return person, self._attend(session_id, person.id)

    def remove_attendance(self, attendance_id: str) -> None:
        """Undo a mark of presence, with the support recorded for that person in that session."""
        with self._write() as db:
            row = db.execute(
                "select session_id, person_id from attendance where id = ?", [attendance_id]
            ).fetchone()
            if row is None:
                raise RecordError("not_found")
            db.execute(
                "delete from support where session_id = ? and person_id = ?", [row[0], row[1]]
            )
            db.execute("delete from attendance where id = ?", [attendance_id])

    def record_support(self, person_id: str, code: str, session_id: str | None = None) -> Support:
        values = {
            "person_id": person_id,
            "session_id": session_id,
            "code": validate.support_code(code),
            "given_on": self.today(),
        }
        self.get_person(person_id)
        if session_id is not None:
            self.get_session(session_id)
        row = self._row(**values)
        with self._write() as db:
            db.table("support").insert(row)
        return to_support(row)

    def remove_support(self, support_id: str) -> None:
        """Undo one record of support given."""
        with self._write() as db:
            if db.execute("delete from support where id = ?", [support_id]).rowcount != 1:
                raise RecordError("not_found")

    # -- lesson completions and check-in -------------------------------------------------

    def _complete(
        self,
        lesson_id: str,
        person_id: str | None,
        session_id: str | None,
        practice_unaided: bool | None,
        language: str,
        kind: str = RESIDENT_COMPLETION,
    ) -> Completion:
        validate.lesson_ids([lesson_id], self.known_lessons)
        row = self._row(
            lesson_id=lesson_id,
            person_id=person_id,
            session_id=session_id,
            completed_at=stamp(self._now()),
            practice_unaided=None if practice_unaided is None else int(practice_unaided),
            language=language,
            # a resident's own: the column's default (a file not yet migrated has no column)
            **({} if kind == RESIDENT_COMPLETION else {"kind": kind}),
        )
        self.db.table("completions").insert(row)
        return to_completion(row)

    def record_completion(
        self,
        lesson_id: str,
        person_id: str | None = None,
        practice_unaided: bool | None = None,
        language: str = "",
    ) -> Completion:
        """A lesson finished; anonymous when no person is given."""
        with self._write():
            session = self.open_session()
            return self._complete(
                lesson_id, person_id, session.id if session else None, practice_unaided, language
            )

    def check_in(
        self,
        lesson_id: str,
        new: NewPerson,
        practice_unaided: bool | None = None,
        language: str = "",
    ) -> CheckIn:
        """A resident signs in at the end of a lesson, having agreed to the consent text: the
        person (found again when the same name and birth year are known), the completion,
        and presence in the open session, all in one transaction."""
        if not new.consent:
            raise ValueError("check_in needs the resident's consent; use record_completion")
        with self._write():
            person, created = self._find_or_add(new, same_group=False)
            session = self.open_session()
            completion = self._complete(
                lesson_id, person.id, session.id if session else None, practice_unaided, language
            )
            if session is not None:
                self._attend(session.id, person.id)
        return CheckIn(person, completion, returning=not created)
