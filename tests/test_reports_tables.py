"""The report's tables are built once, without Qt, for every output: one wording a figure
whether it is shown, printed or written to a file."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.reports.model import Report, ReportQuery
from kiosk.reports.periods import period
from kiosk.reports.tables import (
    figure_columns,
    figure_label,
    file_tables,
    report_tables,
    summary_rows,
)
from tests.report_fixture import BY_GROUP, BY_MONTH, TOTAL


def _report() -> Report:
    query = ReportQuery(date(2026, 4, 1), date(2026, 6, 30))
    stamp = datetime(2026, 7, 1, tzinfo=UTC).isoformat()
    return Report(query, "Xã Đông Anh", stamp, TOTAL, BY_GROUP, BY_MONTH)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_figure_has_one_name_on_screen_on_paper_and_in_the_files(language):
    report = _report()
    shown = {name for name, _ in summary_rows(report.total, language)}
    in_files = dict(figure_columns(language))
    for key in ("participants", "participants_60_plus", "attendances", "sessions"):
        assert figure_label(key, language) in shown
        assert in_files[key] == figure_label(key, language)
    printed = {t.key: t for t in report_tables(report, language)}
    files = {t.key: t for t in file_tables(report, language)}
    assert printed["summary"].rows[0][0] == files["summary"].rows[0][0]
    assert printed["groups"].columns[0] == files["groups"].columns[0]


def test_the_core_builds_the_tables_without_qt():
    import subprocess
    import sys

    code = (
        "import sys, kiosk.reports.tables, kiosk.reports.exports, kiosk.reports.periods; "
        "print(any(m.startswith(('PySide6', 'ui')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("key", "today", "expected"),
    [
        ("month", date(2026, 11, 15), (date(2026, 11, 1), date(2026, 11, 15))),
        ("last_month", date(2026, 1, 10), (date(2025, 12, 1), date(2025, 12, 31))),
        ("quarter", date(2026, 12, 31), (date(2026, 10, 1), date(2026, 12, 31))),
    ],
)
def test_the_periods_live_in_the_core(key, today, expected):
    assert period(key, today) == expected
