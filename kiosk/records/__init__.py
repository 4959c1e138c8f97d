"""Participation records: people, sessions, attendance, support given, lesson completions.

The only package that speaks SQL (through sqlite-utils). Importing the package is cheap: the
store (and sqlite-utils, which takes a few tenths of a second to import) loads on first use,
so that `kiosk run` shows its first screen before any of it is needed."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "RecordError": "kiosk.records.errors",
    "RecordStore": "kiosk.records.store",
    **dict.fromkeys(
        (
            "CONSENT_VERSION",
            "SESSION_KINDS",
            "SUPPORT_KINDS",
            "Attendance",
            "AttendeeRow",
            "CheckIn",
            "Completion",
            "NewPerson",
            "Person",
            "Session",
            "Support",
        ),
        "kiosk.records.model",
    ),
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'kiosk.records' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
