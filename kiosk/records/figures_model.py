"""What the records count for a report: the question (`ReportQuery`, a range of days and
optionally one location and one session kind) and one set of answers (`Figures`).

They live beside the SQL that computes them (kiosk/records/figures.py), below the report
(kiosk/reports/), which imports them from here: the records never import the reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS

APP_INSTALL_CODES = tuple(code for code in SUPPORT_KINDS if code.startswith("install_"))


@dataclass(frozen=True)
class ReportQuery:
    start: date  # first day, inclusive (the kiosk's local calendar)
    end: date  # last day, inclusive
    location: str | None = None  # one session location (or residential group), or all
    kind: str | None = None  # one of SESSION_KINDS, or all

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the range ends before it starts")
        if self.kind is not None and self.kind not in SESSION_KINDS:
            raise ValueError(f"unknown session kind {self.kind!r}")


@dataclass(frozen=True)
class Figures:
    """One set of figures: for the whole range, one residential group or one month."""

    participants: int = 0
    participants_60_plus: int = 0
    attendances: int = 0
    sessions: int = 0
    attendances_by_kind: dict[str, int] = field(default_factory=dict)  # every SESSION_KINDS
    sessions_by_kind: dict[str, int] = field(default_factory=dict)  # every SESSION_KINDS
    completions: int = 0  # residents' own: named + anonymous (never a class's)
    completions_named: int = 0
    completions_anonymous: int = 0
    # lesson id -> {"named": n, "anonymous": n}
    completions_by_lesson: dict[str, dict[str, int]] = field(default_factory=dict)
    app_installs: dict[str, int] = field(default_factory=dict)  # every APP_INSTALL_CODES
    individual_support_people: int = 0
    dossiers_online: int = 0
    vneid_activations: int = 0
    vneid_recoveries: int = 0
    vneid_device_changes: int = 0
    digital_signatures: int = 0
    cashless_payments: int = 0
    # Lessons taught to groups in class mode: a class completion per lesson taught to its last
    # step in a session (kiosk/records/classes.py), counted apart from residents' own.
    class_completions: int = 0
    class_completions_by_lesson: dict[str, int] = field(default_factory=dict)  # lesson id -> n
