"""The facilitator's and the resident's use cases of the records, each one named operation.

An operation is a small frozen value that says what is asked (check a resident in, mark a
person present, add a person, record support, undo, start or end a session or a class, a
lesson taught to a class, a page of people...). `run(store)` does it in the store, in one go,
and returns a typed result that says what changed, so that a screen shows the answer without
knowing how it was found.
`changes` names what a successful run wrote ("people", "sessions", "attendance", "support",
"completions"; empty for a reading), for the screens that follow those records.

Qt-free and cheap to import: the store (sqlite-utils) is only named for the type checker.
The Qt side hands operations to the records thread (ui/records_service.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Protocol, TypeVar

from kiosk.records.classes import ClassEnded, ClassStarted, LessonTaught
from kiosk.records.errors import RecordError
from kiosk.records.model import (
    AttendeeRow,
    CheckIn,
    Completion,
    NewPerson,
    Person,
    Session,
    Support,
)

if TYPE_CHECKING:
    from kiosk.records.privacy import Retention
    from kiosk.records.store import RecordStore
    from kiosk.records.summary import SessionSummary

T_co = TypeVar("T_co", covariant=True)


class Operation(Protocol[T_co]):
    """What the records thread runs: `run(store)`, and what it writes (`changes`)."""

    @property
    def changes(self) -> str: ...

    def run(self, store: RecordStore) -> T_co: ...


# --- the resident, at the end of a lesson --------------------------------------------------
@dataclass(frozen=True)
class CheckInResident:
    """A resident signs in for a finished lesson (agreed to the consent): the person found
    again or added, the completion with their name, and present in the open session."""

    lesson_id: str
    person: NewPerson
    practice_unaided: bool | None = None
    language: str = ""
    changes: ClassVar[str] = "attendance"

    def run(self, store: RecordStore) -> CheckIn:
        return store.check_in(
            self.lesson_id,
            self.person,
            practice_unaided=self.practice_unaided,
            language=self.language,
        )


@dataclass(frozen=True)
class RecordCompletion:
    """A lesson finished with nobody signed in for it: it counts, anonymously."""

    lesson_id: str
    language: str = ""
    practice_unaided: bool | None = None
    changes: ClassVar[str] = "completions"

    def run(self, store: RecordStore) -> Completion:
        return store.record_completion(
            self.lesson_id, practice_unaided=self.practice_unaided, language=self.language
        )


# --- the facilitator's desk: the open session -----------------------------------------------
@dataclass(frozen=True)
class DeskState:
    """What the facilitator panel starts from."""

    session: Session | None  # the open session
    attendees: tuple[AttendeeRow, ...]  # who is in it
    last_facilitator: str  # the name on the newest session, to offer again


@dataclass(frozen=True)
class LoadDesk:
    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> DeskState:
        session = store.open_session()
        rows = store.attendees(session.id) if session else []
        sessions = store.list_sessions()
        return DeskState(session, tuple(rows), sessions[0].facilitator if sessions else "")


@dataclass(frozen=True)
class StartSession:
    kind: str
    location: str
    facilitator: str
    lessons: tuple[str, ...] = ()
    changes: ClassVar[str] = "sessions"

    def run(self, store: RecordStore) -> Session:
        return store.start_session(self.kind, self.location, self.facilitator, self.lessons)


@dataclass(frozen=True)
class SessionEnded:
    session_id: str
    counts: SessionSummary  # present, new, supported


@dataclass(frozen=True)
class EndSession:
    session_id: str
    changes: ClassVar[str] = "sessions"

    def run(self, store: RecordStore) -> SessionEnded:
        from kiosk.records.summary import session_summary

        store.end_session(self.session_id)
        return SessionEnded(self.session_id, session_summary(store, self.session_id))


# --- class mode: a facilitator teaches a group (kiosk/records/classes.py) ---------------------
@dataclass(frozen=True)
class StartClass:
    """The class goes into the open session, or a `group` session opened for it (with the
    lessons picked as planned, the facilitator and the place): ClassStarted says which."""

    lessons: tuple[str, ...]
    facilitator: str = ""
    location: str = ""
    changes: ClassVar[str] = "sessions"

    def run(self, store: RecordStore) -> ClassStarted:
        from kiosk.records.classes import start_class

        return start_class(store, self.lessons, self.facilitator, self.location)


@dataclass(frozen=True)
class RecordLessonTaught:
    """A lesson taught in the class: added to the session's lessons taught (once, in order),
    and a `class` completion when the class reached its last step (once per lesson and
    session)."""

    session_id: str
    lesson_id: str
    language: str = ""
    reached_end: bool = False
    changes: ClassVar[str] = "sessions"

    def run(self, store: RecordStore) -> LessonTaught:
        from kiosk.records.classes import record_lesson_taught

        return record_lesson_taught(
            store, self.session_id, self.lesson_id, self.language, self.reached_end
        )


@dataclass(frozen=True)
class EndClass:
    """The class is over: what it did, and its session ended when `close_session`."""

    session_id: str
    close_session: bool = False
    changes: ClassVar[str] = "sessions"

    def run(self, store: RecordStore) -> ClassEnded:
        from kiosk.records.classes import end_class

        return end_class(store, self.session_id, self.close_session)


# --- people ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchPeople:
    """The first `limit` people whose name matches `query` (accents and case aside)."""

    query: str
    limit: int = 30
    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> list[Person]:
        return store.search_people(self.query, self.limit)


@dataclass(frozen=True)
class PeoplePage:
    people: tuple[Person, ...]
    page: int
    page_count: int
    total: int | None  # None for a filtered list (only whether there is more is known)


@dataclass(frozen=True)
class PagePeople:
    """One page of everybody (or of a search), in name order: the store's search returns the
    first rows, so a page asks for the rows up to its end and keeps its last ones."""

    query: str
    page: int
    per_page: int
    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> PeoplePage:
        page, per_page = max(0, self.page), self.per_page
        end = (page + 1) * per_page
        rows = store.search_people(self.query, limit=end + 1)
        shown = tuple(rows[page * per_page : end])
        if self.query.strip():
            return PeoplePage(shown, page, page + 2 if len(rows) > end else page + 1, None)
        total = store.count_people()
        return PeoplePage(shown, page, max(1, -(-total // per_page)), total)


@dataclass(frozen=True)
class MarkedPresent:
    """`person` is present in the session. `new_today`: they were not before this (and
    `attendance_id` is what Undo takes back); `attendees`: who is present now."""

    person: Person
    new_today: bool
    attendance_id: str
    attendees: tuple[AttendeeRow, ...]


@dataclass(frozen=True)
class MarkPresent:
    """Mark a known person present in the open session (once: a second time changes
    nothing)."""

    session_id: str
    person: Person
    changes: ClassVar[str] = "attendance"

    def run(self, store: RecordStore) -> MarkedPresent:
        before = store.attendance_id(self.session_id, self.person.id)
        attendance = store.add_attendance(self.session_id, self.person.id)
        rows = tuple(store.attendees(self.session_id))
        return MarkedPresent(self.person, before is None, attendance.id, rows)


@dataclass(frozen=True)
class AddPerson:
    """Store a person typed in (found again when the name and birth year are known); with a
    session, mark them present in it too."""

    person: NewPerson
    session_id: str | None = None

    @property
    def changes(self) -> str:
        return "attendance" if self.session_id else "people"

    def run(self, store: RecordStore) -> MarkedPresent | PersonAdded:
        if self.session_id is None:
            person, _created = store.add_person(self.person)
            return PersonAdded(person)
        before = {row.person.id for row in store.attendees(self.session_id)}
        person, attendance = store.add_new_attendee(self.session_id, self.person)
        rows = tuple(store.attendees(self.session_id))
        return MarkedPresent(person, person.id not in before, attendance.id, rows)


@dataclass(frozen=True)
class PersonAdded:
    """A person stored with no session open (found again, or new)."""

    person: Person


# --- support ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SupportRecorded:
    support: Support
    attendees: tuple[AttendeeRow, ...] | None  # the session's, when one is open


@dataclass(frozen=True)
class RecordSupport:
    person: Person
    code: str
    session_id: str | None = None
    changes: ClassVar[str] = "support"

    def run(self, store: RecordStore) -> SupportRecorded:
        support = store.record_support(self.person.id, self.code, self.session_id)
        rows = tuple(store.attendees(self.session_id)) if self.session_id else None
        return SupportRecorded(support, rows)


# --- undo --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Undone:
    """What Undo took back: `what` ("attendance" or "support") and its record. `gone`: it was
    no longer there (nothing left to take back)."""

    what: str
    record_id: str
    gone: bool
    attendees: tuple[AttendeeRow, ...] | None  # the session's, when one is open


@dataclass(frozen=True)
class UndoLast:
    """Take back one thing recorded: a presence or a support given."""

    what: str  # "attendance" or "support"
    record_id: str
    session_id: str | None = None

    @property
    def changes(self) -> str:
        return self.what

    def run(self, store: RecordStore) -> Undone:
        gone = False
        try:
            if self.what == "attendance":
                store.remove_attendance(self.record_id)
            else:
                store.remove_support(self.record_id)
        except RecordError as error:
            if error.code != "not_found":
                raise
            gone = True
        rows = tuple(store.attendees(self.session_id)) if self.session_id else None
        return Undone(self.what, self.record_id, gone, rows)


# --- the calendar clock (kiosk/records/clockcheck.py) ---------------------------------------
@dataclass(frozen=True)
class CountDoubtful:
    """How many records were made while the clock looked wrong."""

    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> int:
        from kiosk.records.clockcheck import count_doubtful

        return sum(count_doubtful(store).values())


@dataclass(frozen=True)
class ConfirmDate:
    """The facilitator says `now` is the right date: taken as right, and the retention
    period of `months` applied with it."""

    months: int
    now: datetime
    changes: ClassVar[str] = "people"

    def run(self, store: RecordStore) -> Retention:
        from kiosk.records.privacy import retention_confirmed

        return retention_confirmed(store, self.months, self.now)
