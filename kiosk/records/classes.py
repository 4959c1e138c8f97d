"""Class mode's records: a facilitator teaches a group from the kiosk, the lesson on a TV.

- `start_class`: the class goes into the session this kiosk has open; when none is open, a
  `group` session is opened for it (the lessons picked as its planned lessons, the
  facilitator's name, the place).
- `record_lesson_taught`: the lesson joins the session's lessons taught (in the order first
  taught, each once) and, when the class reached the lesson's last step, the session gets a
  `class` completion of it: once per lesson and session, so teaching a lesson again (or
  going back to its last step) does not count it twice. A unique index of the completions
  (schema migration m006) makes sure of it.
- `end_class`: what the class did, and the session closed when asked.

A class completion names no one (person_id is NULL) and is tied to its session: the report
counts it as a lesson taught to a group, apart from residents' own completions, which it
never changes (kiosk/records/figures.py). A person's export and anonymisation
(kiosk/records/privacy.py) never meet it.

Each call is one transaction. An unknown session, a session already ended, no lesson or an
unknown lesson raise a RecordError (said in the person's language) with nothing stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.records import validate
from kiosk.records.errors import RecordError
from kiosk.records.model import CLASS_COMPLETION, AttendeeRow, Completion, Session
from kiosk.records.names import has_control_characters

if TYPE_CHECKING:
    from kiosk.records.store import RecordStore
    from kiosk.records.summary import SessionSummary

CLASS_SESSION_KIND = "group"
MAX_LESSON_ID = 100


@dataclass(frozen=True)
class ClassStarted:
    """The session the class is recorded in. `opened`: it was opened for the class (no
    session was open); otherwise it is the one the facilitator had open, left as it was."""

    session: Session
    opened: bool
    attendees: tuple[AttendeeRow, ...]  # who is present in it already


@dataclass(frozen=True)
class LessonTaught:
    """A lesson taught in the class's session.

    `session`: with its lessons taught now; `first_time`: the lesson was added to them by
    this call (False: it had been taught in this session before). `completion`: the
    session's class completion of the lesson, when the class reached its last step now or
    before (None: not yet); `counted_now`: that completion was recorded by this call."""

    session: Session
    lesson_id: str
    first_time: bool
    completion: Completion | None
    counted_now: bool


@dataclass(frozen=True)
class ClassEnded:
    """What the class did: its session (ended when asked; `closed_now`: by this call), the
    lessons taught and those taught to the end (class completions), and the session's
    summary (present, new, supported)."""

    session: Session
    closed_now: bool
    lessons_taught: tuple[str, ...]
    lessons_completed: tuple[str, ...]
    counts: SessionSummary


def lesson_id(store: RecordStore, raw: object) -> str:
    """One lesson id, checked: RecordError("lesson_empty") when there is none,
    RecordError("lesson_unknown") when it cannot be a lesson of this kiosk's library."""
    if not isinstance(raw, str) or not raw.strip():
        raise RecordError("lesson_empty")
    if has_control_characters(raw) or len(raw.strip()) > MAX_LESSON_ID:
        shown = "".join(c for c in raw.strip() if c.isprintable())[:MAX_LESSON_ID]
        raise RecordError("lesson_unknown", value=shown)
    (lesson,) = validate.lesson_ids([raw], store.known_lessons)
    return lesson


def session_of_class(store: RecordStore, session_id: str) -> Session:
    """The session, or RecordError("session_unknown") when there is no such session."""
    if not isinstance(session_id, str) or not session_id.strip():
        raise RecordError("session_unknown")
    try:
        return store.get_session(session_id)
    except RecordError as error:
        if error.code != "not_found":
            raise
        raise RecordError("session_unknown") from error


def open_session_of_class(store: RecordStore, session_id: str) -> Session:
    """The session, still open: RecordError("session_closed") once it has ended."""
    session = session_of_class(store, session_id)
    if not session.is_open:
        raise RecordError("session_closed")
    return session


def start_class(
    store: RecordStore,
    lessons: tuple[str, ...] | list[str],
    facilitator: str = "",
    location: str = "",
) -> ClassStarted:
    """The open session, or a `group` session opened now (see the module's text). At least
    one lesson: RecordError("lesson_empty") when none is given."""
    from kiosk.records.queries import to_session

    if isinstance(lessons, str) or not lessons:
        raise RecordError("lesson_empty")
    for raw in lessons:
        lesson_id(store, raw)
    values = store.session_values(CLASS_SESSION_KIND, location, facilitator, lessons)
    with store._write() as db:
        session = store.open_session()
        opened = session is None
        if session is None:
            row = store._row(**values)
            db.table("sessions").insert(row)
            session = to_session(row)
    return ClassStarted(session, opened, tuple(store.attendees(session.id)))


def record_lesson_taught(
    store: RecordStore,
    session_id: str,
    lesson: str,
    language: str = "",
    reached_end: bool = False,
) -> LessonTaught:
    """The lesson taught in the session (see the module's text)."""
    from kiosk.records.store import stamp

    lesson = lesson_id(store, lesson)
    language = validate.short_text(language, "text_invalid", limit=16)
    with store._write() as db:
        session = open_session_of_class(store, session_id)  # as it is inside the transaction
        first_time = lesson not in session.lessons_taught
        if first_time:
            taught = [*session.lessons_taught, lesson]
            db.table("sessions").update(
                session.id,
                {"lessons_taught": json.dumps(taught), "updated_at": stamp(store._now())},
            )
        completion = _class_completion(store, session.id, lesson)
        counted_now = False
        if completion is None and reached_end:
            completion = store._complete(
                lesson, None, session.id, None, language, kind=CLASS_COMPLETION
            )
            counted_now = True
    return LessonTaught(store.get_session(session.id), lesson, first_time, completion, counted_now)


def end_class(store: RecordStore, session_id: str, close_session: bool = False) -> ClassEnded:
    """What the class did; the session ended too when `close_session` (an ended session is
    left as it was: ending it twice changes nothing)."""
    from kiosk.records.summary import session_summary

    session = session_of_class(store, session_id)
    closed_now = close_session and session.is_open
    if closed_now:
        session = store.end_session(session.id)
    done = tuple(c.lesson_id for c in store.class_completions(session.id))
    return ClassEnded(
        session, closed_now, session.lessons_taught, done, session_summary(store, session.id)
    )


def _class_completion(store: RecordStore, session_id: str, lesson: str) -> Completion | None:
    return next((c for c in store.class_completions(session_id) if c.lesson_id == lesson), None)
