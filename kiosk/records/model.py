"""The participation records: who took part, in what, and what help they got.

Every record carries a UUID, the id of the kiosk that made it, and UTC created/updated times
(ISO 8601), so that the records of many kiosks can later be merged without clashes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.records.kinds import SESSION_KIND_CODES, SUPPORT_KIND_CODES
from kiosk.text import say


def _labels(area: str, codes: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """code -> (Vietnamese, English) label, the texts `area.code` of kiosk/text/records.py."""
    return {code: (say(f"{area}.{code}", "vi"), say(f"{area}.{code}", "en")) for code in codes}


# Support kinds: stable codes (stored, exported, imported) with their labels.
SUPPORT_KINDS: dict[str, tuple[str, str]] = _labels("support", SUPPORT_KIND_CODES)

# Session kinds: stable codes with their labels.
SESSION_KINDS: dict[str, tuple[str, str]] = _labels("session_kind", SESSION_KIND_CODES)

# A lesson completion's kind: a resident's own (at the kiosk), or a lesson taught to a class
# in class mode (kiosk/records/classes.py: no person, tied to the session).
RESIDENT_COMPLETION = "resident"
CLASS_COMPLETION = "class"
COMPLETION_KINDS = (RESIDENT_COMPLETION, CLASS_COMPLETION)

GENDERS: dict[str, tuple[str, str]] = _labels("gender", ("female", "male", "other"))

# The consent text the resident agreed to; bump when its wording changes.
CONSENT_VERSION = "2026-12-v3"  # v3: what is kept of a scanned card

MAX_NAME_LENGTH = 100
MIN_BIRTH_YEAR = 1900


def label(table: dict[str, tuple[str, str]], code: str, language: str) -> str:
    vi, en = table[code]
    return vi if language == "vi" else en


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    birth_year: int
    residential_group: str = ""
    gender: str | None = None
    phone: str | None = None
    consent_at: str | None = None
    consent_version: str | None = None
    kiosk_id: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class NewPerson:
    """What a facilitator or a resident types in; checked and cleaned by the store."""

    full_name: str
    birth_year: int | str
    residential_group: str = ""
    gender: str | None = None
    phone: str | None = None
    consent: bool = False


@dataclass(frozen=True)
class Session:
    id: str
    kind: str
    location: str
    facilitator: str
    started_at: str
    ended_at: str | None = None
    lessons: tuple[str, ...] = ()  # planned
    session_date: str = ""  # YYYY-MM-DD, the local day it took place
    kiosk_id: str = ""
    created_at: str = ""
    updated_at: str = ""
    lessons_taught: tuple[str, ...] = ()  # in class mode: in the order first taught, each once

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class Attendance:
    id: str
    session_id: str
    person_id: str
    created_at: str = ""


@dataclass(frozen=True)
class Support:
    id: str
    person_id: str
    code: str
    session_id: str | None = None
    given_on: str = ""  # YYYY-MM-DD
    created_at: str = ""


@dataclass(frozen=True)
class Completion:
    id: str
    lesson_id: str
    person_id: str | None  # None: an anonymous completion
    completed_at: str
    session_id: str | None = None
    practice_unaided: bool | None = None
    language: str = ""
    kind: str = RESIDENT_COMPLETION  # or CLASS_COMPLETION: taught to a class, no person


@dataclass(frozen=True)
class CheckIn:
    """The result of a resident signing in at the end of a lesson."""

    person: Person
    completion: Completion
    returning: bool  # True: the person was already known (same name and birth year)


@dataclass(frozen=True)
class AttendeeRow:
    """One line of a session's attendance list, with the support recorded for that person."""

    person: Person
    support: tuple[Support, ...] = field(default=())
