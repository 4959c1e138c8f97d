"""What the facilitator panel knows between its pages: the open session, who is in it, and
what this visit did (for Undo). Every store call goes through the RecordsService; results
come back on the GUI thread. No page touches the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.records import AttendeeRow, NewPerson, Person, RecordError, RecordStore, Session
from kiosk.records.model import Support
from kiosk.records.summary import SessionSummary, session_summary
from ui.records_service import RecordsService

Done = Callable[[Any], None]
Failed = Callable[[RecordError], None]


@dataclass(frozen=True)
class Action:
    """One thing this visit recorded, that Undo can take back."""

    kind: str  # "attendance" or "support"
    record_id: str
    person: Person
    code: str = ""  # the support code


@dataclass(frozen=True)
class Added:
    person: Person
    new: bool  # False: the person was already in the session


@dataclass(frozen=True)
class PeoplePage:
    people: tuple[Person, ...]
    page: int
    page_count: int
    total: int | None  # None for a filtered list (only whether there is more is known)


class Desk(QObject):
    session_changed = Signal()
    attendees_changed = Signal()
    undo_changed = Signal()
    load_failed = Signal(object)  # a RecordError: the records could not be read

    def __init__(self, records: RecordsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.session: Session | None = None
        self.attendees: list[AttendeeRow] = []
        self.actions: list[Action] = []
        self.loose_support: dict[str, list[Support]] = {}  # given outside a session, this visit
        self.last_facilitator = ""
        self.loaded = False  # the first load() has answered
        self.visit = 0  # a new one at each lock: a late answer is not undone by the next visit

    # -- state -------------------------------------------------------------------------
    def load(self, on_done: Done | None = None) -> None:
        """Read the open session (if any), its attendees and the last facilitator's name."""

        def work(store: RecordStore) -> tuple[Session | None, list[AttendeeRow], str]:
            session = store.open_session()
            rows = store.attendees(session.id) if session else []
            sessions = store.list_sessions()
            return session, rows, sessions[0].facilitator if sessions else ""

        def done(result: tuple[Session | None, list[AttendeeRow], str]) -> None:
            self.session, rows, self.last_facilitator = result
            self.loaded = True
            self._set_attendees(rows)
            self.session_changed.emit()
            if on_done is not None:
                on_done(result)

        self.records.call(work, done, self.load_failed.emit)

    def end_visit(self) -> None:
        """The panel was locked or left: Undo starts afresh next time."""
        self.visit += 1
        self.actions.clear()
        self.loose_support.clear()
        self.undo_changed.emit()

    def _set_attendees(self, rows: list[AttendeeRow] | None) -> None:
        if rows is not None:
            self.attendees = rows
            self.attendees_changed.emit()

    def is_present(self, person_id: str) -> bool:
        return any(row.person.id == person_id for row in self.attendees)

    def support_counts(self, person_id: str) -> dict[str, int]:
        """Support given to a person in the open session (or, with none, in this visit)."""
        if self.session is not None:
            given = next((r.support for r in self.attendees if r.person.id == person_id), ())
        else:
            given = tuple(self.loose_support.get(person_id, ()))
        counts: dict[str, int] = {}
        for support in given:
            counts[support.code] = counts.get(support.code, 0) + 1
        return counts

    # -- sessions ----------------------------------------------------------------------
    def start_session(
        self,
        kind: str,
        location: str,
        facilitator: str,
        lessons: tuple[str, ...],
        on_done: Done,
        on_error: Failed,
    ) -> None:
        def done(session: Session) -> None:
            self.session = session
            self.last_facilitator = session.facilitator
            self.actions.clear()
            self._set_attendees([])
            self.session_changed.emit()
            self.undo_changed.emit()
            on_done(session)

        self.records.call(
            lambda store: store.start_session(kind, location, facilitator, lessons),
            done,
            on_error,
            changes="sessions",
        )

    def end_session(self, on_done: Done, on_error: Failed) -> None:
        """End the open session; `on_done(SessionSummary)` (present, new, supported), or
        `on_done(None)` when there was none."""
        if self.session is None:
            on_done(None)
            return
        session_id = self.session.id

        def work(store: RecordStore) -> SessionSummary:
            store.end_session(session_id)
            return session_summary(store, session_id)

        def done(summary: SessionSummary) -> None:
            self.session = None
            self.actions.clear()  # what belongs to an ended session is not undone from here
            self._set_attendees([])
            self.session_changed.emit()
            self.undo_changed.emit()
            on_done(summary)

        self.records.call(work, done, on_error, "sessions")

    # -- people ------------------------------------------------------------------------
    def search(self, query: str, limit: int, on_done: Done) -> None:
        self.records.call(lambda store: store.search_people(query, limit), on_done)

    def people_page(self, query: str, page: int, per_page: int, on_done: Done) -> None:
        """One page of everybody (or of a search), in name order: the store's search returns
        the first rows, so a page asks for the rows up to its end and keeps its last ones."""

        def work(store: RecordStore) -> PeoplePage:
            end = (page + 1) * per_page
            rows = store.search_people(query, limit=end + 1)
            shown = tuple(rows[page * per_page : end])
            if query.strip():
                return PeoplePage(shown, page, page + 2 if len(rows) > end else page + 1, None)
            total = store.count_people()
            return PeoplePage(shown, page, max(1, -(-total // per_page)), total)

        self.records.call(work, on_done)

    def add_attendee(self, person: Person, on_done: Done, on_error: Failed) -> None:
        """Mark a known person present in the open session."""
        assert self.session is not None
        session_id, visit = self.session.id, self.visit

        def work(store: RecordStore) -> tuple[bool, str, list[AttendeeRow]]:
            before = store.attendance_id(session_id, person.id)
            attendance = store.add_attendance(session_id, person.id)
            return before is None, attendance.id, store.attendees(session_id)

        def done(result: tuple[bool, str, list[AttendeeRow]]) -> None:
            new, attendance_id, rows = result
            if new:
                self._push(Action("attendance", attendance_id, person), visit)
            self._set_attendees(rows)
            on_done(Added(person, new))

        self.records.call(work, done, on_error, "attendance")

    def add_new_person(self, new: NewPerson, on_done: Done, on_error: Failed) -> None:
        """Store a person typed in (found again when the name and birth year are known), and
        mark them present when a session is open."""
        visit = self.visit
        if self.session is None:
            self.records.call(
                lambda store: store.add_person(new),
                lambda result: on_done(Added(result[0], True)),
                on_error,
                "people",
            )
            return
        session_id = self.session.id

        def work(store: RecordStore) -> tuple[Person, str, bool, list[AttendeeRow]]:
            before = {row.person.id for row in store.attendees(session_id)}
            person, attendance = store.add_new_attendee(session_id, new)
            return person, attendance.id, person.id not in before, store.attendees(session_id)

        def done(result: tuple[Person, str, bool, list[AttendeeRow]]) -> None:
            person, attendance_id, fresh, rows = result
            if fresh:
                self._push(Action("attendance", attendance_id, person), visit)
            self._set_attendees(rows)
            on_done(Added(person, fresh))

        self.records.call(work, done, on_error, "attendance")

    # -- support -----------------------------------------------------------------------
    def record_support(self, person: Person, code: str, on_done: Done, on_error: Failed) -> None:
        session_id = self.session.id if self.session else None
        visit = self.visit

        def work(store: RecordStore) -> tuple[Support, list[AttendeeRow] | None]:
            support = store.record_support(person.id, code, session_id)
            return support, store.attendees(session_id) if session_id else None

        def done(result: tuple[Support, list[AttendeeRow] | None]) -> None:
            support, rows = result
            if session_id is None and visit == self.visit:
                self.loose_support.setdefault(person.id, []).append(support)
            self._push(Action("support", support.id, person, code), visit)
            self._set_attendees(rows)
            on_done(support)

        self.records.call(work, done, on_error, "support")

    # -- undo --------------------------------------------------------------------------
    def _push(self, action: Action, visit: int, at: int | None = None) -> None:
        """Keep `action` for Undo, unless the panel was locked since it was asked for."""
        if visit != self.visit:
            return
        self.actions.insert(len(self.actions) if at is None else at, action)
        self.undo_changed.emit()

    @property
    def can_undo(self) -> bool:
        return bool(self.actions)

    def undo(self, on_done: Done, on_error: Failed) -> None:
        """Take back the newest action of this visit; `on_done(action)`."""
        if not self.actions:
            return
        action = self.actions.pop()
        at, visit = len(self.actions), self.visit
        self.undo_changed.emit()
        session_id = self.session.id if self.session else None

        def work(store: RecordStore) -> list[AttendeeRow] | None:
            try:
                if action.kind == "attendance":
                    store.remove_attendance(action.record_id)
                else:
                    store.remove_support(action.record_id)
            except RecordError as error:
                if error.code != "not_found":  # already gone: nothing left to undo
                    raise
            return store.attendees(session_id) if session_id else None

        def done(rows: list[AttendeeRow] | None) -> None:
            given = self.loose_support.get(action.person.id, [])
            self.loose_support[action.person.id] = [s for s in given if s.id != action.record_id]
            self._set_attendees(rows)
            on_done(action)

        def failed(error: RecordError) -> None:
            # Still there: back in its place, for the facilitator to try again.
            self._push(action, visit, min(at, len(self.actions)))
            on_error(error)

        self.records.call(work, done, failed, action.kind)

    # -- the calendar clock (kiosk/records/clockcheck.py) -------------------------------
    def count_doubtful(self, on_done: Done) -> None:
        """`on_done(count)`: the records made while the clock looked wrong."""
        from kiosk.records.clockcheck import count_doubtful

        self.records.call(lambda store: sum(count_doubtful(store).values()), on_done)

    def confirm_date(self, months: int, now: datetime, on_done: Done, on_error: Failed) -> None:
        """The facilitator says `now` is the right date: taken as right, and the retention
        period applied with it; `on_done(Retention)`."""
        from kiosk.records.privacy import retention_confirmed

        self.records.call(
            lambda store: retention_confirmed(store, months, now), on_done, on_error, "people"
        )
