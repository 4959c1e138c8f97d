"""The records' reading queries: people found, listed and counted, sessions, who was present and
the support they had, the completions, and SQLite's own checks of the file; and the turning of a
row into the record it holds (kiosk/records/model.py).

RecordStore (kiosk/records/store.py) adds the writes to these; ReadingStore
(kiosk/records/reading.py) is a store opened for reading only. No query here writes anything.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from kiosk.records.errors import RecordError
from kiosk.records.model import (
    CLASS_COMPLETION,
    RESIDENT_COMPLETION,
    AttendeeRow,
    Completion,
    Person,
    Session,
    Support,
)
from kiosk.records.names import search_key

CANDIDATES = 2_000  # people sorted by name for one search at most (see search_people)


class RecordQueries:
    """What can be asked of the records without changing them."""

    def __init__(self, db: Database, kiosk_id: str) -> None:
        self.db = db
        self.kiosk_id = kiosk_id

    # -- people --------------------------------------------------------------------------

    def get_person(self, person_id: str) -> Person:
        row = self.db.execute("select * from people where id = ?", [person_id]).fetchone()
        found = row_dict(self.db, "people", row)
        if found is None:
            raise RecordError("not_found")
        return to_person(found)

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
        return [to_person(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]

    def list_people(self) -> list[Person]:
        """Everyone whose personal data is kept (anonymised people are left out)."""
        rows = self.db.table("people").rows_where("anonymised_at is null", order_by="search_key")
        return [to_person(row) for row in rows]

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
                to_person(values)
            )
        return [tuple(group) for group in groups.values()]

    # -- sessions ------------------------------------------------------------------------

    def get_session(self, session_id: str) -> Session:
        row = self.db.execute("select * from sessions where id = ?", [session_id]).fetchone()
        found = row_dict(self.db, "sessions", row)
        if found is None:
            raise RecordError("not_found")
        return to_session(found)

    def open_session(self) -> Session | None:
        """The session this kiosk has started and not yet ended, if any (the newest)."""
        rows = self.db.table("sessions").rows_where(
            "ended_at is null and kiosk_id = ? and source = 'kiosk'",
            [self.kiosk_id],
            order_by="started_at desc",
            limit=1,
        )
        return next((to_session(row) for row in rows), None)

    def list_sessions(self) -> list[Session]:
        rows = self.db.table("sessions").rows_where(order_by="session_date desc, started_at desc")
        return [to_session(row) for row in rows]

    # -- attendance and support ----------------------------------------------------------

    def attendees(self, session_id: str) -> list[AttendeeRow]:
        """The people present in a session, in the order they were added, with their support."""
        cursor = self.db.execute(
            """select p.* from attendance a join people p on p.id = a.person_id
               where a.session_id = ? order by a.created_at, a.rowid""",
            [session_id],
        )
        columns = [c[0] for c in cursor.description]
        people = [to_person(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]
        support: dict[str, list[Support]] = {}
        for row in self.db.table("support").rows_where(
            "session_id = ?", [session_id], order_by="created_at"
        ):
            support.setdefault(row["person_id"], []).append(to_support(row))
        return [AttendeeRow(p, tuple(support.get(p.id, ()))) for p in people]

    def attendance_id(self, session_id: str, person_id: str) -> str | None:
        row = self.db.execute(
            "select id from attendance where session_id = ? and person_id = ?",
            [session_id, person_id],
        ).fetchone()
        return row[0] if row else None

    # -- lesson completions -------------------------------------------------------------

    def completions(self) -> list[Completion]:
        """Every completion, residents' own and classes' (see `Completion.kind`)."""
        return [
            to_completion(row) for row in self.db.table("completions").rows_where(order_by="rowid")
        ]

    def class_completions(self, session_id: str) -> list[Completion]:
        """The lessons taught to the end in a session in class mode, in the order reached."""
        rows = self.db.table("completions").rows_where(
            "session_id = ? and kind = ?", [session_id, CLASS_COMPLETION], order_by="rowid"
        )
        return [to_completion(row) for row in rows]

    # -- health --------------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's integrity and foreign-key checks find nothing wrong."""
        problems = [row[0] for row in self.db.execute("pragma integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [str(row) for row in self.db.execute("pragma foreign_key_check").fetchall()]
        return problems


def row_dict(db: Database, table: str, row: tuple[Any, ...] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return dict(zip(db.table(table).columns_dict, row, strict=True))


def to_person(row: dict[str, Any]) -> Person:
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


def to_session(row: dict[str, Any]) -> Session:
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
        lessons_taught=tuple(json.loads(row.get("lessons_taught") or "[]")),
    )


def to_support(row: dict[str, Any]) -> Support:
    return Support(
        id=row["id"],
        person_id=row["person_id"],
        code=row["code"],
        session_id=row.get("session_id"),
        given_on=row["given_on"],
        created_at=row["created_at"],
    )


def to_completion(row: dict[str, Any]) -> Completion:
    unaided = row.get("practice_unaided")
    return Completion(
        id=row["id"],
        lesson_id=row["lesson_id"],
        person_id=row.get("person_id"),
        completed_at=row["completed_at"],
        session_id=row.get("session_id"),
        practice_unaided=None if unaided is None else bool(unaided),
        language=row.get("language") or "",
        kind=row.get("kind") or RESIDENT_COMPLETION,
    )
