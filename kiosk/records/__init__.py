"""Participation records: people, sessions, attendance, support given, lesson completions.

The only package that speaks SQL (through sqlite-utils)."""

from kiosk.records.errors import RecordError
from kiosk.records.model import (
    CONSENT_VERSION,
    SESSION_KINDS,
    SUPPORT_KINDS,
    Attendance,
    AttendeeRow,
    CheckIn,
    Completion,
    NewPerson,
    Person,
    Session,
    Support,
)
from kiosk.records.store import RecordStore

__all__ = [
    "CONSENT_VERSION",
    "SESSION_KINDS",
    "SUPPORT_KINDS",
    "Attendance",
    "AttendeeRow",
    "CheckIn",
    "Completion",
    "NewPerson",
    "Person",
    "RecordError",
    "RecordStore",
    "Session",
    "Support",
]
