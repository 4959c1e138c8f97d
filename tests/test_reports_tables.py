"""The report's tables are built once, without Qt, for every output: one wording a figure
whether it is shown, printed or written to a file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from kiosk.reports.model import Report, ReportQuery
from kiosk.reports.periods import period
from kiosk.reports.tables import (
    figure_columns,
    figure_label,
    file_tables,
    lessons_table,
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


@pytest.mark.parametrize("language", ["vi", "en"])
def test_lessons_taught_to_groups_are_a_figure_of_their_own_everywhere(language):
    """Class mode's completions: one row of the summary shown and printed, one figure of the
    files (total, per group, per month), and a column of the lessons' tables apart from
    residents' own completions, with the same words in each."""
    report = _report()
    name = figure_label("class_completions", language)
    assert name == ("Lượt bài đã dạy cho lớp" if language == "vi" else "Lessons taught to groups")
    assert (name, "2") in summary_rows(report.total, language)
    printed = {t.key: t for t in report_tables(report, language)}
    assert (name, "2") in printed["summary"].rows
    taught = "Dạy cho lớp" if language == "vi" else "Taught to groups"
    lessons = printed["lessons"]
    assert lessons.columns[3:] == (
        "Hoàn thành" if language == "vi" else "Completed",
        taught,
    )
    by_lesson = {row[0]: row[1:] for row in lessons.rows}
    assert by_lesson == {
        "vneid-install": ("1", "2", "3", "1"),
        "scam-safety": ("0", "2", "2", "1"),
        "etax-mobile": ("1", "0", "1", "0"),
    }
    assert lessons.total is not None and lessons.total[1:] == ("2", "4", "6", "2")
    files = {t.key: t for t in file_tables(report, language)}
    assert ("class_completions", name) in figure_columns(language)
    summary = {row[1]: row[2] for row in files["summary"].rows}
    assert (summary["completions"], summary["class_completions"]) == (6, 2)
    months = files["months"]
    column = months.columns.index(name)
    assert [row[column] for row in months.rows] == [0, 2, 0]  # S4's class, in May
    groups = files["groups"]
    assert [row[groups.columns.index(name)] for row in groups.rows] == [0, 0, 0, 0]


def test_a_lesson_only_taught_to_a_class_has_a_row_with_no_completion():
    report = _report()
    total = replace(
        report.total,
        class_completions=3,
        class_completions_by_lesson={"scam-safety": 1, "vneid-install": 1, "zalo-basics": 1},
    )
    lessons = lessons_table(replace(report, total=total), "en", {"zalo-basics": "Zalo"})
    assert lessons.rows[-1] == ("Zalo", "0", "0", "0", "1")
    files = {t.key: t for t in file_tables(replace(report, total=total), "en", {})}
    assert files["lessons"].rows[-1] == ("zalo-basics", "", 0, 0, 0, 1)
