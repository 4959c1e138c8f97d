"""`kiosk records ...` and `kiosk backup`: the records' commands for IT helpers and
facilitators. `kiosk records purge` and `kiosk records person` are in
kiosk/commands/records_privacy.py; `kiosk pin` in kiosk/commands/pin.py.

Messages are in the language of `--lang`, else the kiosk's setting. Exit codes: 0 done,
1 a problem (bad rows, a database that cannot be written), 2 usage.
Everything heavy is imported inside the handlers, so that `kiosk` itself starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.commands.common import make_data_dir
from kiosk.lessons.model import LANGUAGES
from kiosk.text import say

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers
    from kiosk.records.csvimport import ImportResult
    from kiosk.records.model import Person
    from kiosk.records.store import RecordStore

NAMES: tuple[str, ...] = ("records", "backup")
# What writes in the data directory; the other actions only read it (a write-protected stick).
_WRITING = {"import", "purge", "person"}


def _text(key: str, language: str, **params: Any) -> str:
    return say(f"cmd.records.{key}", language, **params)


def add_parser(commands: Subparsers) -> None:
    """Register `records` and `backup` on the `kiosk` parser."""

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--data-dir", type=Path, help="where records and caches live")
        p.add_argument("--lang", choices=LANGUAGES, help="language of messages")

    records = commands.add_parser("records", help="participation records")
    actions = records.add_subparsers(dest="records_command", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="import a CSV of paper sign-in sheets")
    importing.add_argument("file", type=Path, help="a CSV file (UTF-8; comma or semicolon)")
    importing.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    importing.add_argument("--lessons", type=Path, help="the lesson packs whose ids are known")
    common(importing)
    for name, about in (
        ("people", "the people stored"),
        ("sessions", "the sessions stored"),
        ("duplicates", "people who may be entered twice (names differ only by accents)"),
    ):
        listing = actions.add_parser(name, help=about)
        listing.add_argument("--json", action="store_true")
        common(listing)
    purge = actions.add_parser(
        "purge", help="anonymise personal data older than the retention period (retention_months)"
    )
    purge.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    purge.add_argument(
        "--yes", action="store_true", help="today's date is right, though the clock looks wrong"
    )
    common(purge)
    person = actions.add_parser(
        "person", help="find a resident; export or delete their data at their request"
    )
    person.add_argument("name", help="the name or part of it (accents optional), or the code")
    person.add_argument("--export", type=Path, metavar="FILE", help="write their data as JSON")
    person.add_argument(
        "--delete", action="store_true", help="erase their personal data (asks first)"
    )
    person.add_argument("--yes", action="store_true", help="with --delete: do not ask")
    common(person)

    backup = commands.add_parser("backup", help="copy the records safely, even while running")
    backup.add_argument("dest", type=Path, help="a file or a folder (for example a USB stick)")
    common(backup)


def run(args: argparse.Namespace) -> int:
    if args.command == "records" and args.records_command in _WRITING:
        make_data_dir(args.data_dir)
    from kiosk.paths import default_data_dir
    from kiosk.records.errors import RecordError
    from kiosk.settings import load_settings

    data_dir: Path = args.data_dir or default_data_dir()
    language: str = args.lang or load_settings(data_dir)[0].language
    try:
        if args.command == "backup":
            return _backup(data_dir, args.dest, language)
        if args.records_command == "import":
            return _import(args, data_dir, language)
        if args.records_command in ("purge", "person"):
            from kiosk.commands.records_privacy import run_privacy_command

            if args.records_command == "person" and not args.delete:  # a look, an export
                return run_privacy_command(
                    args, data_dir, language, lambda: _open_for_reading(data_dir, language)
                )
            return run_privacy_command(
                args, data_dir, language, lambda: _open_store(data_dir, language, None)
            )
        store = _open_for_reading(data_dir, language)
        try:
            return _list(store, args.records_command, args.json, language)
        finally:
            store.close()
    except RecordError as error:
        print(f"kiosk {args.command}: {error.message(language)}", file=sys.stderr)
        return 1
    except _Damaged as damaged:
        print(f"kiosk {args.command}: {damaged}", file=sys.stderr)
        return 1


def _open_store(data_dir: Path, language: str, known_lessons: frozenset[str] | None) -> RecordStore:
    """The store, when its file is sound. Repair is left to the kiosk's start (which sets a
    damaged file aside): a command may run while the kiosk has the file open, and moving it
    then would lose what the kiosk writes next."""
    from datetime import UTC, datetime

    from kiosk.identity import kiosk_id
    from kiosk.records.backup import find_damage
    from kiosk.records.clockcheck import mark_writes
    from kiosk.records.files import records_path
    from kiosk.records.store import RecordStore

    path = records_path(data_dir)
    damage = find_damage(path) if path.exists() else None
    if damage is not None:
        raise _Damaged(_text("damaged", language, detail=damage.detail))
    store = RecordStore.open(path, kiosk_id(data_dir), known_lessons=known_lessons)
    mark_writes(store, datetime.now(UTC))  # written while the clock looks wrong: marked
    return store


def _open_for_reading(data_dir: Path, language: str) -> RecordStore:
    """For the listings: the records read without writing anything beside them, as they may
    be on a write-protected stick (kiosk/records/reading.py), with a word when they are
    read-only. Where there is no records file yet and one can be made, an empty one is."""
    import os

    from kiosk.records.files import records_path
    from kiosk.records.reading import RecordsDamaged, open_for_reading

    path = records_path(data_dir)
    if not path.exists() and (not data_dir.exists() or os.access(data_dir, os.W_OK | os.X_OK)):
        return _open_store(data_dir, language, known_lessons=None)
    try:
        store = open_for_reading(path)
    except RecordsDamaged as damaged:
        raise _Damaged(_text("damaged", language, detail=damaged.damage.detail)) from damaged
    if notice := store.read_only_notice(path, language):
        print(f"kiosk records: {notice}", file=sys.stderr)
    return store


class _Damaged(Exception):
    """The records file is damaged; the message says what to do."""


def _known_lessons(lessons: Path | None, data_dir: Path) -> frozenset[str]:
    from kiosk.lessons.index import load_indexed_library
    from kiosk.paths import bundled_lessons_dir

    library = load_indexed_library(lessons or bundled_lessons_dir(), data_dir)
    return frozenset(lesson.id for lesson in library.lessons)


def _import(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from kiosk.records.csvimport import ImportFailed, check_size, import_csv

    try:
        check_size(args.file)  # too large: said before anything is read, opened or loaded
        store = _open_store(data_dir, language, _known_lessons(args.lessons, data_dir))
        try:
            result = import_csv(store, args.file, dry_run=args.dry_run)
        finally:
            store.close()
    except ImportFailed as failed:
        for problem in failed.problems:
            print(f"{args.file}: {problem.describe(language)}")
        count, lines = len(failed.problems), len({p.line for p in failed.problems})
        if all(problem.line == 0 for problem in failed.problems):  # the file as a whole
            print(_text("nothing_read", language), file=sys.stderr)
        else:
            print(_text("nothing_imported", language, count=count, lines=lines), file=sys.stderr)
        return 1
    print(_import_summary(result, language, args.dry_run))
    if result.possible_duplicates:
        print(_text("duplicates", language))
        for group in result.possible_duplicates:
            print("  " + " / ".join(_person_line(person) for person in group))
    return 0


def _import_summary(result: ImportResult, language: str, dry_run: bool) -> str:
    return _text(
        "dry_run" if dry_run else "imported",
        language,
        rows=result.rows,
        sessions=result.sessions_added,
        people=result.people_added,
        attendance=result.attendance_added,
        support=result.support_added,
    )


def _person_line(person: Person) -> str:
    group = f", {person.residential_group}" if person.residential_group else ""
    return f"{person.full_name} ({person.birth_year}{group})"


def _list(store: RecordStore, what: str, as_json: bool, language: str) -> int:
    from kiosk.records.model import GENDERS, SESSION_KINDS, label

    if what == "people":
        people = store.list_people()
        if as_json:
            _print_json([asdict(person) for person in people])
            return 0
        for person in people:
            gender = label(GENDERS, person.gender, language) if person.gender else ""
            consent = person.consent_at[:10] if person.consent_at else "-"
            print(
                f"{person.full_name:<32} {person.birth_year}  {person.residential_group:<16} "
                f"{gender:<6} {consent}"
            )
        print(_text("people", language, count=len(people)), file=sys.stderr)
        from kiosk.records.privacy import count_anonymised

        if anonymised := count_anonymised(store):
            print(_text("anonymised", language, count=anonymised), file=sys.stderr)
        return 0
    if what == "duplicates":
        groups = store.possible_duplicates()
        if as_json:
            _print_json([[asdict(person) for person in group] for group in groups])
            return 0
        print(_text("duplicates" if groups else "no_duplicates", language))
        for group in groups:
            print("  " + " / ".join(_person_line(person) for person in group))
        return 0
    counts = _session_counts(store)
    rows = []
    for session in store.list_sessions():
        source, attendees, support = counts.get(session.id, ("", 0, 0))
        rows.append(
            {**asdict(session), "source": source, "attendees": attendees, "support": support}
        )
    if as_json:
        _print_json(rows)
        return 0
    for row in rows:
        kind = label(SESSION_KINDS, row["kind"], language)
        print(
            f"{row['session_date']}  {kind:<24} {row['location']:<28} "
            f"{_text('attendees', language, count=row['attendees']):<16} "
            f"{', '.join(row['lessons'])}"
        )
    print(_text("sessions", language, count=len(rows)), file=sys.stderr)
    return 0


def _session_counts(store: RecordStore) -> dict[str, tuple[str, int, int]]:
    """Per session: where it came from (kiosk or import), attendees, support records."""
    cursor = store.db.execute(
        """select s.id, s.source,
                  (select count(*) from attendance a where a.session_id = s.id),
                  (select count(*) from support u where u.session_id = s.id)
           from sessions s"""
    )
    return {row[0]: (row[1] or "", row[2], row[3]) for row in cursor.fetchall()}


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _backup(data_dir: Path, dest: Path, language: str) -> int:
    from kiosk.records.backup import backup_to
    from kiosk.records.files import records_path

    written = backup_to(records_path(data_dir), dest)
    print(_text("backup_done", language, path=written))
    return 0
