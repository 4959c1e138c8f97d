"""The commune report: the figures of a range, with what the report says about itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from kiosk.records.figures import compute_figures
from kiosk.records.store import RecordStore, stamp
from kiosk.reports.model import Report, ReportQuery


def build_report(store: RecordStore, query: ReportQuery, commune: str, now: datetime) -> Report:
    """Every figure of `query`'s range (see kiosk.records.figures for the definitions).
    `now` is when the report is made (stamped in UTC); the store is only read."""
    figures = compute_figures(store, query)
    return Report(
        query=query,
        commune=commune,
        generated_at=stamp(now),
        total=figures.total,
        by_group=figures.by_group,
        by_month=figures.by_month,
    )


Builder = Callable[[RecordStore, ReportQuery, str, datetime], Report]


@dataclass(frozen=True)
class BuildReport:
    """A record operation (kiosk/records/operations.py): the report of `query` for `commune`,
    made at `now`, on the records thread. `builder` is build_report; a test may give another
    (a fault, a fixed report)."""

    query: ReportQuery
    commune: str
    now: datetime
    builder: Builder = build_report
    changes: ClassVar[str] = ""

    def run(self, store: RecordStore) -> Report:
        return self.builder(store, self.query, self.commune, self.now)
