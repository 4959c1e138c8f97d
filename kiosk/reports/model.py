"""What a commune report holds: the campaign's figures for a date range (optionally one
location and one session kind), in total, per residential group and per month.

The JSON form (`Report.to_json`) is a published interface: other tools read its keys, so
they only ever grow. Definitions are in the README ("Reports"), exactly as computed in
`kiosk.records.figures`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS

APP_INSTALL_CODES = tuple(code for code in SUPPORT_KINDS if code.startswith("install_"))
REPORT_FORMAT_VERSION = 1


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
    completions: int = 0  # named + anonymous
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


@dataclass(frozen=True)
class Report:
    query: ReportQuery
    commune: str  # settings' commune_name ("" when not set)
    generated_at: str  # UTC, ISO 8601
    total: Figures
    by_group: dict[str, Figures]  # residential group ("" for people without one) -> figures
    by_month: dict[str, Figures]  # "YYYY-MM" -> figures, every month of the range

    def to_json(self) -> dict[str, object]:
        """Stable keys, named like the figures; dates as YYYY-MM-DD."""
        return {
            "format_version": REPORT_FORMAT_VERSION,
            "commune": self.commune,
            "generated_at": self.generated_at,
            "from": self.query.start.isoformat(),
            "to": self.query.end.isoformat(),
            "location": self.query.location,
            "kind": self.query.kind,
            **asdict(self.total),
            "by_residential_group": {g: asdict(f) for g, f in self.by_group.items()},
            "by_month": {m: asdict(f) for m, f in self.by_month.items()},
        }
