"""What a commune report holds: the campaign's figures for a date range (optionally one
location and one session kind), in total, per residential group and per month.

The JSON form (`Report.to_json`) is a published interface: other tools read its keys, so
they only ever grow. Definitions are in the README ("Reports"), exactly as computed in
`kiosk.records.figures`."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# The question and the figures are the records' (kiosk/records/figures_model.py); a report
# adds what it says about itself.
from kiosk.records.figures_model import APP_INSTALL_CODES, Figures, ReportQuery

__all__ = ["APP_INSTALL_CODES", "Figures", "Report", "ReportQuery"]

REPORT_FORMAT_VERSION = 1


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
