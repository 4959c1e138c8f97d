"""The records store: the one place that reads and writes the participation database.

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
    Attendance,
    AttendeeRow,
    CheckIn,
    Completion,
    NewPerson,
    Person,
    Session,
    Support,
)
from kiosk.records.names import match_key, search_key
from kiosk.records.schema import migrations

Now = Callable[[], datetime]


CANDIDATES = 2_000  # people sorted by name for one search at most (see search_people)


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


class RecordStore:
    def __init__(
        self,
        db: Database,
        kiosk_id: str,
        now: Now = utc_now,
        known_lessons: frozenset[str] | None = None,
    ) -> None:
        self.db = db
        self.kiosk_id = kiosk_id
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
        return _as_dict(self.db, "people", row)

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
            return _person(existing), False
        row = self._row(**values)
        self.db.table("people").insert(row)
        return _person(row), True

    def add_person(self, new: NewPerson) -> tuple[Person, bool]:
        """Add a person, or find the one with the same name and birth year; (person, created)."""
        with self._write():
            return self._find_or_add(new, same_group=False)

    def get_person(self, person_id: str) -> Person:
        row = self.db.execute("select * from people where id = ?", [person_id]).fetchone()
        found = _as_dict(self.db, "people", row)
        if found is None:
            raise RecordError("not_found")
        return _person(found)

    def search_people(self, query: str, limit: int = 30) -> list[Person]:
        """People whose name has words starting with each word typed, accents and case
        ignored; a number typed matches the start of the birth year. Anonymised people
        (kiosk/records/privacy.py) are never found: they have no name any more."""
        words = search_key(query).split()
        where: list[str] = ["anonymised_at is null"]
        params: list[Any] = []
        starts = []  # each word typed, as a quoted FTS5 prefix: "nguy"*
        for word in words:
            if word.isdigit():
                where.append("cast(birth_year as text) like ?")
                params.append(word + "%")
            else:
                starts.append('"' + word.replace('"', '""') + '"*')
        if starts:
            # At most CANDIDATES people are sorted: when more match ("n", "ng"), the first
            # recorded of them are shown, and the next letter typed narrows the list. With
            # a birth year typed too, every match is looked at (-1: no limit).
            where.insert(
                0,
                "rowid in (select rowid from people_search where people_search match ? limit ?)",
            )
            capped = CANDIDATES if len(starts) == len(words) else -1
            params[0:0] = [" AND ".join(starts), capped]
        sql = "select * from people where " + " and ".join(where)
        sql += " order by search_key, birth_year limit ?"
        params.append(limit)
        cursor = self.db.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [_person(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]

    def list_people(self) -> list[Person]:
        """Everyone whose personal data is kept (anonymised people are left out)."""
        rows = self.db.table("people").rows_where("anonymised_at is null", order_by="search_key")
        return [_person(row) for row in rows]

    def count(self, table: str) -> int:
        return self.db.table(table).count

    def count_people(self) -> int:
        """The people listed and searched: those whose personal data is kept."""
        return int(
            self.db.execute("select count(*) from people where anonymised_at is null").fetchone()[0]
        )

    def possible_duplicates(self) -> list[tuple[Person, ...]]:
        """Groups of people with the same birth year whose names differ only by accents or
        case: for the facilitator to look at. They are never merged silently."""
        sql = """select p.* from people p join (
                   select search_key, birth_year from people where anonymised_at is null
                   group by search_key, birth_year having count(distinct match_key) > 1
                 ) d on d.search_key = p.search_key and d.birth_year = p.birth_year
                 where p.anonymised_at is null
                 order by p.search_key, p.birth_year, p.full_name"""
        cursor = self.db.execute(sql)
        columns = [c[0] for c in cursor.description]
        groups: dict[tuple[str, int], list[Person]] = {}
        for row in cursor.fetchall():
            values = dict(zip(columns, row, strict=True))
            groups.setdefault((values["search_key"], values["birth_year"]), []).append(
                _person(values)
            )
        return [tuple(group) for group in groups.values()]

    # -- sessions ------------------------------------------------------------------------

    def start_session(
        self,
        kind: str,
        location: str,
        facilitator: str = "",
        lessons: list[str] | tuple[str, ...] = (),
    ) -> Session:
        values = {
            "kind": validate.session_kind(kind),
            "location": validate.short_text(location, "location_invalid"),
            "facilitator": validate.short_text(facilitator, "name_control"),
            "lessons": json.dumps(list(validate.lesson_ids(lessons, self.known_lessons))),
            "session_date": self.today(),
            "started_at": stamp(self._now()),
            "ended_at": None,
            "source": "kiosk",
        }
        row = self._row(**values)
        with self._write() as db:
            db.table("sessions").insert(row)
        return _session(row)

    def end_session(self, session_id: str) -> Session:
        session = self.get_session(session_id)
        if not session.is_open:
            return session
        moment = stamp(self._now())
        with self._write() as db:
            db.table("sessions").update(session_id, {"ended_at": moment, "updated_at": moment})
        return self.get_session(session_id)

    def get_session(self, session_id: str) -> Session:
        row = self.db.execute("select * from sessions where id = ?", [session_id]).fetchone()
        found = _as_dict(self.db, "sessions", row)
        if found is None:
            raise RecordError("not_found")
        return _session(found)

    def open_session(self) -> Session | None:
        """The session this kiosk has started and not yet ended, if any (the newest)."""
        rows = self.db.table("sessions").rows_where(
            "ended_at is null and kiosk_id = ? and source = 'kiosk'",
            [self.kiosk_id],
            order_by="started_at desc",
            limit=1,
        )
        return next((_session(row) for row in rows), None)

    def list_sessions(self) -> list[Session]:
        rows = self.db.table("sessions").rows_where(order_by="session_date desc, started_at desc")
        return [_session(row) for row in rows]

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
        return _support(row)

    def remove_support(self, support_id: str) -> None:
        """Undo one record of support given."""
        with self._write() as db:
            if db.execute("delete from support where id = ?", [support_id]).rowcount != 1:
                raise RecordError("not_found")

    def attendees(self, session_id: str) -> list[AttendeeRow]:
        """The people present in a session, in the order they were added, with their support."""
        cursor = self.db.execute(
            """select p.* from attendance a join people p on p.id = a.person_id
               where a.session_id = ? order by a.created_at, a.rowid""",
            [session_id],
        )
        columns = [c[0] for c in cursor.description]
        people = [_person(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]
        support: dict[str, list[Support]] = {}
        for row in self.db.table("support").rows_where(
            "session_id = ?", [session_id], order_by="created_at"
        ):
            support.setdefault(row["person_id"], []).append(_support(row))
        return [AttendeeRow(p, tuple(support.get(p.id, ()))) for p in people]

    def attendance_id(self, session_id: str, person_id: str) -> str | None:
        row = self.db.execute(
            "select id from attendance where session_id = ? and person_id = ?",
            [session_id, person_id],
        ).fetchone()
        return row[0] if row else None

    # -- lesson completions and check-in -------------------------------------------------

    def _complete(
        self,
        lesson_id: str,
        person_id: str | None,
        session_id: str | None,
        practice_unaided: bool | None,
        language: str,
    ) -> Completion:
        validate.lesson_ids([lesson_id], self.known_lessons)
        row = self._row(
            lesson_id=lesson_id,
            person_id=person_id,
            session_id=session_id,
            completed_at=stamp(self._now()),
            practice_unaided=None if practice_unaided is None else int(practice_unaided),
            language=language,
        )
        self.db.table("completions").insert(row)
        return _completion(row)

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

    def completions(self) -> list[Completion]:
        return [
            _completion(row) for row in self.db.table("completions").rows_where(order_by="rowid")
        ]

    # -- health --------------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's integrity and foreign-key checks find nothing wrong."""
        problems = [row[0] for row in self.db.execute("pragma integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [str(row) for row in self.db.execute("pragma foreign_key_check").fetchall()]
        return problems


def _as_dict(db: Database, table: str, row: tuple[Any, ...] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return dict(zip(db.table(table).columns_dict, row, strict=True))


def _person(row: dict[str, Any]) -> Person:
    return Person(
        id=row["id"],
        full_name=row["full_name"],
        birth_year=row["birth_year"],
        residential_group=row.get("residential_group") or "",
        gender=row.get("gender"),
        phone=row.get("phone"),
        consent_at=row.get("consent_at"),
        consent_version=row.get("consent_version"),
        kiosk_id=row["kiosk_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _session(row: dict[str, Any]) -> Session:
    return Session(
        id=row["id"],
        kind=row["kind"],
        location=row.get("location") or "",
        facilitator=row.get("facilitator") or "",
        started_at=row["started_at"],
        ended_at=row.get("ended_at"),
        lessons=tuple(json.loads(row.get("lessons") or "[]")),
        session_date=row["session_date"],
        kiosk_id=row["kiosk_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _support(row: dict[str, Any]) -> Support:
    return Support(
        id=row["id"],
        person_id=row["person_id"],
        code=row["code"],
        session_id=row.get("session_id"),
        given_on=row["given_on"],
        created_at=row["created_at"],
    )


def _completion(row: dict[str, Any]) -> Completion:
    unaided = row.get("practice_unaided")
    return Completion(
        id=row["id"],
        lesson_id=row["lesson_id"],
        person_id=row.get("person_id"),
        completed_at=row["completed_at"],
        session_id=row.get("session_id"),
        practice_unaided=None if unaided is None else bool(unaided),
        language=row.get("language") or "",
    )
