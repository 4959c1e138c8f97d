"""What the facilitator panel knows between its pages: the open session, who is in it, and
what this visit did (for Undo). Every use of the records is a named operation
(kiosk/records/operations.py) handed to the RecordsService; results come back on the GUI
thread. No page touches the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, Signal

from kiosk.records import AttendeeRow, NewPerson, Person, RecordError, Session
from kiosk.records.model import Support
from kiosk.records.operations import (
    AddPerson,
    ConfirmDate,
    CountDoubtful,
    DeskState,
    EndSession,
    LoadDesk,
    MarkedPresent,
    MarkPresent,
    PagePeople,
    PeoplePage,
    PersonAdded,
    RecordSupport,
    SearchPeople,
    SessionEnded,
    StartSession,
    SupportRecorded,
    UndoLast,
    Undone,
)
from kiosk.records.scanning import (
    CardHolder,
    CardRefused,
    FindCardHolder,
    FindLearnerCardHolder,
    MarkLearnerCardPresent,
)
from ui.records_service import RecordsService, Turn

if TYPE_CHECKING:
    from kiosk.cards import CitizenCard, LearnerCard
    from kiosk.records.store import RecordStore

Done = Callable[[Any], None]
Failed = Callable[[RecordError], None]

__all__ = ["Action", "Added", "CardHolder", "Desk", "PeoplePage"]


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
class MarkLearnerCardHere:
    """MarkLearnerCardPresent with this kiosk's id, as its records know it."""

    session_id: str
    card: LearnerCard
    changes: ClassVar[str] = "attendance"

    def run(self, store: RecordStore) -> MarkedPresent | CardRefused:
        return MarkLearnerCardPresent(self.session_id, self.card, store.kiosk_id).run(store)


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

        def done(state: DeskState) -> None:
            self.session, self.last_facilitator = state.session, state.last_facilitator
            self.loaded = True
            self._set_attendees(state.attendees)
            self.session_changed.emit()
            if on_done is not None:
                on_done(state)

        self.records.submit(LoadDesk(), done, self.load_failed.emit)

    def end_visit(self) -> None:
        """The panel was locked or left: Undo starts afresh next time."""
        self.visit += 1
        self.actions.clear()
        self.loose_support.clear()
        self.undo_changed.emit()

    def _set_attendees(self, rows: tuple[AttendeeRow, ...] | list[AttendeeRow] | None) -> None:
        if rows is not None:
            self.attendees = list(rows)
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

        self.records.submit(StartSession(kind, location, facilitator, lessons), done, on_error)

    def end_session(self, on_done: Done, on_error: Failed) -> None:
        """End the open session; `on_done(SessionSummary)` (present, new, supported), or
        `on_done(None)` when there was none."""
        if self.session is None:
            on_done(None)
            return

        def done(ended: SessionEnded) -> None:
            self.session = None
            self.actions.clear()  # what belongs to an ended session is not undone from here
            self._set_attendees([])
            self.session_changed.emit()
            self.undo_changed.emit()
            on_done(ended.counts)

        self.records.submit(EndSession(self.session.id), done, on_error)

    # -- people ------------------------------------------------------------------------
    def search(self, query: str, limit: int, on_done: Done, turn: Turn | None = None) -> None:
        """The first `limit` people matching `query`; an answer for an older `turn` is
        dropped."""
        self.records.submit(SearchPeople(query, limit), on_done, turn=turn)

    def people_page(
        self, query: str, page: int, per_page: int, on_done: Done, turn: Turn | None = None
    ) -> None:
        """One page of everybody (or of a search), in name order: `on_done(PeoplePage)`."""
        self.records.submit(PagePeople(query, page, per_page), on_done, turn=turn)

    def add_attendee(self, person: Person, on_done: Done, on_error: Failed) -> None:
        """Mark a known person present in the open session."""
        assert self.session is not None
        visit = self.visit
        self.records.submit(
            MarkPresent(self.session.id, person),
            lambda marked: on_done(self._marked(marked, visit)),
            on_error,
        )

    def add_new_person(self, new: NewPerson, on_done: Done, on_error: Failed) -> None:
        """Store a person typed in (found again when the name and birth year are known), and
        mark them present when a session is open."""
        visit = self.visit
        session_id = self.session.id if self.session else None

        def done(result: MarkedPresent | PersonAdded) -> None:
            if isinstance(result, PersonAdded):
                on_done(Added(result.person, True))
            else:
                on_done(self._marked(result, visit))

        self.records.submit(AddPerson(new, session_id), done, on_error)

    # -- scanned cards (kiosk/cards) --------------------------------------------------------
    def find_card_holder(
        self, card: CitizenCard, on_done: Done, on_error: Failed, turn: Turn | None = None
    ) -> None:
        """Who a citizen ID card names, and whether they are present: `on_done(CardHolder)`."""
        session_id = self.session.id if self.session else None
        self.records.submit(FindCardHolder(card, session_id), on_done, on_error, turn=turn)

    def find_learner_card(
        self, card: LearnerCard, on_done: Done, on_error: Failed, turn: Turn | None = None
    ) -> None:
        """Whose learner card this is, without marking anyone: `on_done(Person)`, or
        `on_done(CardRefused)` (another kiosk's card, an unknown or anonymised person)."""
        self.records.submit(FindLearnerCardHolder(card), on_done, on_error, turn=turn)

    def mark_learner_card(
        self, card: LearnerCard, on_done: Done, on_error: Failed, turn: Turn | None = None
    ) -> None:
        """A learner card marks its person present at once: `on_done(Added)` (new False: was
        already present), or `on_done(CardRefused)`."""
        assert self.session is not None
        visit = self.visit

        def done(result: MarkedPresent | CardRefused) -> None:
            on_done(result if isinstance(result, CardRefused) else self._marked(result, visit))

        self.records.submit(MarkLearnerCardHere(self.session.id, card), done, on_error, turn=turn)

    def _marked(self, marked: MarkedPresent, visit: int) -> Added:
        if marked.new_today:
            self._push(Action("attendance", marked.attendance_id, marked.person), visit)
        self._set_attendees(marked.attendees)
        return Added(marked.person, marked.new_today)

    # -- support -----------------------------------------------------------------------
    def record_support(self, person: Person, code: str, on_done: Done, on_error: Failed) -> None:
        session_id = self.session.id if self.session else None
        visit = self.visit

        def done(recorded: SupportRecorded) -> None:
            support = recorded.support
            if session_id is None and visit == self.visit:
                self.loose_support.setdefault(person.id, []).append(support)
            self._push(Action("support", support.id, person, code), visit)
            self._set_attendees(recorded.attendees)
            on_done(support)

        self.records.submit(RecordSupport(person, code, session_id), done, on_error)

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

        def done(undone: Undone) -> None:
            given = self.loose_support.get(action.person.id, [])
            self.loose_support[action.person.id] = [s for s in given if s.id != action.record_id]
            self._set_attendees(undone.attendees)
            on_done(action)

        def failed(error: RecordError) -> None:
            # Still there: back in its place, for the facilitator to try again.
            self._push(action, visit, min(at, len(self.actions)))
            on_error(error)

        self.records.submit(UndoLast(action.kind, action.record_id, session_id), done, failed)

    # -- the calendar clock (kiosk/records/clockcheck.py) -------------------------------
    def count_doubtful(self, on_done: Done) -> None:
        """`on_done(count)`: the records made while the clock looked wrong."""
        self.records.submit(CountDoubtful(), on_done)

    def confirm_date(self, months: int, now: datetime, on_done: Done, on_error: Failed) -> None:
        """The facilitator says `now` is the right date: taken as right, and the retention
        period applied with it; `on_done(Retention)`."""
        self.records.submit(ConfirmDate(months, now), on_done, on_error)
