"""`kiosk records purge` and `kiosk records person`: the retention period applied by hand, and
a resident's data shown, exported or deleted at their request (kiosk/records/privacy.py).
Registered (kept there: `kiosk` loads only the group modules at start) and run by
kiosk/commands/records.py, with the same languages and exit codes:
0 done, 1 a problem (no one or several people match, deletion not confirmed, a purge while
the computer's clock looks wrong without --yes), 2 usage.

Messages that go to stderr never repeat a name: stderr may end up in a system log.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.text import say

if TYPE_CHECKING:
    from kiosk.records.clockcheck import ClockVerdict
    from kiosk.records.model import Person
    from kiosk.records.store import RecordStore

_YES = {"co", "yes"}  # accent-free and case-folded: CÓ, có, Co, YES, yes


def _text(key: str, language: str, **params: Any) -> str:
    return say(f"cmd.privacy.{key}", language, **params)


def run_privacy_command(
    args: argparse.Namespace,
    data_dir: Path,
    language: str,
    open_store: Callable[[], RecordStore],
) -> int:
    store = open_store()
    try:
        if args.records_command == "purge":
            return _purge(store, data_dir, args.dry_run, args.yes, language)
        return _person(store, args, language)
    finally:
        store.close()


def _purge(store: RecordStore, data_dir: Path, dry_run: bool, yes: bool, language: str) -> int:
    """The retention period, by hand. When the clock looks wrong (kiosk/records/clockcheck.py)
    it says so and anonymises no one, unless `--yes` confirms today's date (a dry run only
    says so). Exit 1 when it did not run for that reason."""
    from kiosk.records.clockcheck import check_clock, count_doubtful
    from kiosk.records.privacy import anonymise_older_than, retention_confirmed
    from kiosk.settings import load_settings

    months = load_settings(data_dir)[0].retention_months
    now = datetime.now(UTC)
    clock = check_clock(store, now)
    if not clock.plausible:
        print(_clock_text(clock, language), file=sys.stderr)
        if doubtful := sum(count_doubtful(store).values()):
            print(_text("clock_doubtful", language, count=doubtful), file=sys.stderr)
        if not dry_run and not yes:
            print(_text("clock_ask_yes", language), file=sys.stderr)
            return 1
    if dry_run or clock.plausible:
        result = anonymise_older_than(store, months, now, dry_run=dry_run)
    else:  # confirmed with --yes
        confirmed = retention_confirmed(store, months, now).purged
        assert confirmed is not None  # confirmed: always applied
        result = confirmed
        print(_text("clock_confirmed", language, today=_day(now)), file=sys.stderr)
    key = "purge_dry_run" if dry_run else "purged"
    print(_text(key, language, count=result.people, cutoff=result.cutoff, months=months))
    return 0


def _clock_text(clock: ClockVerdict, language: str) -> str:
    """Why the clock looks wrong, in a sentence or two (dates in the kiosk's local calendar)."""
    seen = _day(clock.reference) if clock.reference is not None else ""
    days = abs(clock.gap.days) if clock.gap is not None else 0
    key = {
        "before_release": "clock_before_release",
        "marks_damaged": "clock_unknown",
        "jump": "clock_ahead",
    }.get(clock.reason, "clock_behind")
    why = _text(key, language, seen=seen, days=days)
    return _text("clock_wrong", language, today=_day(clock.now), why=why)


def _day(moment: datetime) -> str:
    return f"{moment.astimezone():%d/%m/%Y}"


def _person(store: RecordStore, args: argparse.Namespace, language: str) -> int:
    from kiosk.private import write_private_text
    from kiosk.records.privacy import delete_person, export_person, find_people

    if not args.name.strip():
        print(_text("query_empty", language), file=sys.stderr)
        return 2
    found = find_people(store, args.name)
    if not found:
        print(_text("no_match", language), file=sys.stderr)
        return 1
    for person in found:
        print(_line(person))
    acting = args.export is not None or args.delete
    if not acting:
        print(_text("matches", language, count=len(found)), file=sys.stderr)
        return 0
    if len(found) > 1:
        print(_text("several", language, count=len(found)), file=sys.stderr)
        return 1
    person = found[0]
    if args.export is not None:
        data = json.dumps(export_person(store, person.id), ensure_ascii=False, indent=2)
        try:
            write_private_text(args.export, data + "\n")  # 0600: everything about them
        except OSError as error:
            detail = error.strerror or type(error).__name__
            failed = _text("export_failed", language, path=args.export, detail=detail)
            print(failed, file=sys.stderr)
            return 1
        print(_text("exported", language, path=args.export))
    if not args.delete:
        return 0
    if not args.yes:
        print(_text("confirm", language, name=person.full_name, year=person.birth_year), end="")
        sys.stdout.flush()
        answer = sys.stdin.readline()
        if not sys.stdin.isatty():
            print()  # what was typed did not end the line on the screen
        if not _confirmed(answer):
            print(_text("not_confirmed", language), file=sys.stderr)
            return 1
    delete_person(store, person.id)
    print(_text("deleted", language))
    return 0


def _confirmed(answer: str) -> bool:
    from kiosk.records.names import search_key

    return search_key(answer) in _YES


def _line(person: Person) -> str:
    """The code (the id's first 8 characters, enough to pick one person), name, year, group."""
    group = person.residential_group
    return f"{person.id[:8]}  {person.full_name:<32} {person.birth_year}  {group}"
