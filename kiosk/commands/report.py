"""`kiosk report`: the commune's figures for a date range, written as CSV, XLSX, PDF or JSON.

    kiosk report --from DATE --to DATE [--location X] [--kind K]
                 --format csv|xlsx|pdf|json --out FILE [--data-dir DIR] [--lang vi|en]

DATE is YYYY-MM-DD or DD/MM/YYYY. The report counts; it names nobody. Messages are in the
language of `--lang`, else the kiosk's setting (Vietnamese unless changed). Exit codes: 0 the
file is written; 1 a problem, said in a sentence (a bad date, a range that ends before it
starts, an unknown kind, a damaged database, a file that cannot be written), and then no
file is left behind; 2 usage. The PDF is drawn with Qt (ui/reports/pdf.py), imported only
when asked for (`_pdf_writer`); `run_report` takes the loader, so the rest never needs Qt.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.lessons.model import LANGUAGES
from kiosk.text import say

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers
    from kiosk.records.store import RecordStore
    from kiosk.reports.model import Report, ReportQuery

# (report, file, language, lesson titles or None): ui/reports/pdf.py's write_report_pdf.
PdfWriter = Callable[["Report", Path, str, "Mapping[str, str] | None"], object]
FORMATS = ("csv", "xlsx", "pdf", "json")
NAMES: tuple[str, ...] = ("report",)


def _text(key: str, language: str, **params: Any) -> str:
    return say(f"cmd.report.{key}", language, **params)


class ReportProblem(Exception):
    """Something the person running the command must change; the message says what."""


def add_parser(commands: Subparsers) -> None:
    report = commands.add_parser(
        "report", help="the commune's figures for a date range (CSV, XLSX, PDF or JSON)"
    )
    report.add_argument(
        "--from", dest="start", required=True, metavar="DATE", help="first day, included"
    )
    report.add_argument(
        "--to", dest="end", required=True, metavar="DATE", help="last day, included"
    )
    report.add_argument("--location", help="only sessions held at this location")
    report.add_argument("--kind", help="only sessions of this kind: " + ", ".join(_kinds()))
    report.add_argument("--format", dest="format", choices=FORMATS, required=True)
    report.add_argument("--out", type=Path, required=True, help="the file to write")
    report.add_argument("--data-dir", type=Path, help="where records and caches live")
    report.add_argument("--lang", choices=LANGUAGES, help="language of the report and messages")


def _kinds() -> tuple[str, ...]:
    from kiosk.records.kinds import SESSION_KIND_CODES  # the codes only: a cheap start

    return SESSION_KIND_CODES


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_day(value: str) -> date | None:
    """YYYY-MM-DD or DD/MM/YYYY (one-digit day and month too); None when it is no such day."""
    value = value.strip()
    try:
        if match := _ISO.fullmatch(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.fullmatch(value):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def run(args: argparse.Namespace) -> int:
    return run_report(args, _pdf_writer)


def _pdf_writer() -> PdfWriter:
    """The report drawn with Qt, offscreen. ImportError when this installation cannot draw
    it."""
    from ui.app import create_app
    from ui.reports.pdf import write_report_pdf

    create_app(offscreen=True)

    def write(report: Report, out: Path, language: str, titles: Mapping[str, str] | None) -> int:
        return write_report_pdf(report, out, language, lesson_titles=titles)

    return write


def run_report(args: argparse.Namespace, load_pdf_writer: Callable[[], PdfWriter]) -> int:
    from kiosk.paths import default_data_dir
    from kiosk.settings import load_settings

    data_dir: Path = args.data_dir or default_data_dir()
    settings = load_settings(data_dir)[0]
    language: str = args.lang or settings.language
    try:
        return _report(args, data_dir, settings.commune_name, language, load_pdf_writer)
    except ReportProblem as problem:
        print(f"kiosk report: {problem}", file=sys.stderr)
        return 1


def _report(
    args: argparse.Namespace,
    data_dir: Path,
    commune: str,
    language: str,
    load_pdf_writer: Callable[[], PdfWriter],
) -> int:
    import sqlite3

    from kiosk.records.errors import RecordError
    from kiosk.records.store import utc_now
    from kiosk.reports.build import build_report

    query = _query(args, language)
    out: Path = args.out
    _check_out(out, language)
    writer: PdfWriter | None = None
    if args.format == "pdf":
        try:
            writer = load_pdf_writer()
        except ImportError as error:
            raise ReportProblem(_text("no_pdf", language, detail=error)) from error
    store = _open_store(data_dir, language)
    try:
        _check_location(store, query, language)
        report = build_report(store, query, commune, utc_now())
    except sqlite3.DatabaseError as error:
        raise ReportProblem(_text("damaged", language, detail=error)) from error
    except RecordError as error:
        raise ReportProblem(error.message(language)) from error
    finally:
        store.close()
    titles = _lesson_titles(data_dir, language) if args.format != "json" else None
    try:
        _write(report, out, args.format, language, titles, writer)
    except OSError as error:
        detail = error.strerror or str(error)
        raise ReportProblem(_text("bad_out", language, path=out, detail=detail)) from error
    print(_text("written", language, path=out))
    total = report.total
    print(
        _text(
            "summary",
            language,
            start=_day(query.start, language),
            end=_day(query.end, language),
            participants=total.participants,
            elders=total.participants_60_plus,
            attendances=total.attendances,
            sessions=total.sessions,
        ),
        file=sys.stderr,
    )
    return 0


def _day(day: date, language: str) -> str:
    return day.strftime("%d/%m/%Y") if language == "vi" else day.isoformat()


def _query(args: argparse.Namespace, language: str) -> ReportQuery:
    from kiosk.records.model import SESSION_KINDS
    from kiosk.reports.model import ReportQuery

    days = []
    for value in (args.start, args.end):
        day = parse_day(value)
        if day is None:
            raise ReportProblem(_text("bad_date", language, value=value))
        days.append(day)
    start, end = days
    if end < start:
        raise ReportProblem(
            _text(
                "end_before_start", language, start=_day(start, language), end=_day(end, language)
            )
        )
    kind = args.kind.strip() if args.kind else None
    if kind is not None and kind not in SESSION_KINDS:
        raise ReportProblem(
            _text("unknown_kind", language, value=kind, kinds=", ".join(SESSION_KINDS))
        )
    location = args.location.strip() if args.location and args.location.strip() else None
    return ReportQuery(start, end, location, kind)


def _check_out(out: Path, language: str) -> None:
    """Said before the figures are counted: a folder that does not exist, a folder given
    as the file. (Any other failure is said when the file is written.)"""
    if out.is_dir():
        detail = _text("is_folder", language)
    elif not out.parent.is_dir():
        detail = _text("no_folder", language, folder=out.parent)
    else:
        return
    raise ReportProblem(_text("bad_out", language, path=out, detail=detail))


def _open_store(data_dir: Path, language: str) -> RecordStore:
    """The store, when its file is there and sound, opened for reading only: nothing is
    written beside it (no migration, no backup, no log), as it may be on a write-protected
    stick (kiosk/records/reading.py); said when it is read-only. No repair either: the
    kiosk's start sets a damaged file aside and restores a backup."""
    from kiosk.records.errors import RecordError
    from kiosk.records.files import records_path
    from kiosk.records.reading import RecordsDamaged, open_for_reading

    path = records_path(data_dir)
    if not path.is_file():
        raise ReportProblem(_text("no_records", language, path=path))
    try:
        store = open_for_reading(path)
    except RecordsDamaged as damaged:
        detail = damaged.damage.detail
        raise ReportProblem(_text("damaged", language, detail=detail)) from damaged
    except RecordError as error:
        raise ReportProblem(
            _text("unreadable", language, detail=error.message(language))
        ) from error
    if notice := store.read_only_notice(path, language):
        print(f"kiosk report: {notice}", file=sys.stderr)
    return store


def _check_location(store: RecordStore, query: ReportQuery, language: str) -> None:
    """A warning (the report is still made) when no session of the range is at the location."""
    from kiosk.records.figures import known_locations, locations_named

    if query.location is None or locations_named(store, query):
        return
    places = ", ".join(known_locations(store)) or "-"
    print(
        "kiosk report: " + _text("no_location", language, value=query.location, places=places),
        file=sys.stderr,
    )


def _lesson_titles(data_dir: Path, language: str) -> dict[str, str]:
    """Lesson id -> title in the report's language (else in the other), from the bundled packs
    through the kiosk's lesson index (in a temporary folder when the data directory cannot be
    written: a write-protected stick)."""
    import os
    import tempfile

    from kiosk.lessons.index import load_indexed_library
    from kiosk.paths import bundled_lessons_dir

    if os.access(data_dir, os.W_OK | os.X_OK):
        library = load_indexed_library(bundled_lessons_dir(), data_dir)
    else:
        with tempfile.TemporaryDirectory(prefix="kiosk-lessons-") as scratch:
            library = load_indexed_library(bundled_lessons_dir(), Path(scratch))
    titles: dict[str, str] = {}
    for lesson in sorted(library.lessons, key=lambda item: item.language != language):
        titles.setdefault(lesson.id, lesson.title)
    return titles


def _write(
    report: Report,
    out: Path,
    form: str,
    language: str,
    titles: dict[str, str] | None,
    pdf_writer: PdfWriter | None,
) -> None:
    from kiosk.reports.exports import write_atomically, write_csv, write_json, write_xlsx

    if form == "csv":
        write_csv(report, out, language, titles)
    elif form == "xlsx":
        write_xlsx(report, out, language, titles)
    elif form == "json":
        write_json(report, out)
    else:
        assert pdf_writer is not None
        write_atomically(out, lambda path: pdf_writer(report, path, language, titles))
