"""Whether the kiosk's calendar clock can be trusted, before anything that cannot be undone
depends on it.

Old PCs lose their time (a flat CMOS battery starts them in 2000, or at the date the BIOS was
made) or get it set by hand to a wrong year. The one thing the kiosk does with the date that
cannot be undone is the retention period: people with no activity for `retention_months`
are anonymised (kiosk/records/privacy.py). Started once with the clock five years ahead, it
would anonymise every resident. So the clock is first compared with what the kiosk itself
has seen, kept in the records database (table `clock_marks`):

- `last_seen`: the latest time it saw, written at each start, every hour while it runs and
  at exit (only while the clock looks right);
- `last_start`: when it last started with a clock that looked right;
- `longest_off`: the longest gap between two of these, as confirmed or accepted;
- and the newest record this kiosk wrote with a clock that looked right (a database made
  before these marks existed has only that).

The clock is *behind* when it reads earlier than the latest of these by more than
BEHIND_SLACK (a time server may step a clock back a little), or earlier than RELEASE_FLOOR
(before this program existed). It is *ahead* when it reads further past them than the kiosk
may plausibly have been switched off: JUMP_ALLOWED (four weeks), or the longest break it has
had before, up to JUMP_CAP. Otherwise it is *plausible*; so is the first start ever, with
nothing to compare with. Marks that cannot be read, with nothing else to compare with, make
it *unknown*: treated as wrong.

A clock that is not plausible moves no mark, so it stays suspect until it reads right again
(someone sets the date) or the facilitator confirms the date behind the PIN (or
`kiosk records purge --yes`): `confirm_date`. Meanwhile the kiosk works as usual: what it
records is kept, with the row's `clock_doubt` set to the verdict ("ahead", "behind", ...),
and counted for the facilitator (`count_doubtful`).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.records.errors import storage_error
from kiosk.records.schema import CLOCK_TABLES
from kiosk.records.store import RecordStore, stamp

log = logging.getLogger(__name__)

PLAUSIBLE, AHEAD, BEHIND, UNKNOWN = "plausible", "ahead", "behind", "unknown"

JUMP_ALLOWED = timedelta(days=28)  # a kiosk switched off for up to four weeks: no question
JUMP_CAP = timedelta(days=92)  # a longer break confirmed before allows at most a season's
BEHIND_SLACK = timedelta(minutes=10)  # a time server stepping a drifting clock back
RELEASE_FLOOR = datetime(2025, 1, 1, tzinfo=UTC)  # no kiosk ran this program before
RECENT_ROWS = 200  # the newest rows of a table read for its newest time (see newest_record)
_MAX_VALUE = 64  # characters: a mark longer than this is damaged, not parsed


@dataclass(frozen=True)
class ClockMarks:
    """What the kiosk has seen of its clock; None where nothing (readable) is stored."""

    last_seen: datetime | None = None
    last_start: datetime | None = None
    longest_off: timedelta = timedelta(0)
    confirmed_at: datetime | None = None
    damaged: tuple[str, ...] = ()  # the names of marks that could not be read


@dataclass(frozen=True)
class ClockVerdict:
    """`kind`: plausible, ahead, behind or unknown. `reason` says why, in a word:
    first_start, in_step, confirmed (plausible); jump (ahead); before_release,
    before_last_seen, before_last_start, before_newest_record (behind); marks_damaged
    (unknown). `reference` is the time `now` was compared with."""

    kind: str
    reason: str
    now: datetime
    reference: datetime | None = None
    allowed: timedelta = JUMP_ALLOWED
    damaged: tuple[str, ...] = field(default=())

    @property
    def plausible(self) -> bool:
        return self.kind == PLAUSIBLE

    @property
    def gap(self) -> timedelta | None:
        """How far `now` is past the reference (negative: before it)."""
        return None if self.reference is None else self.now - self.reference

    def describe(self) -> str:
        """One line for the log (dates only: nothing about anyone)."""
        text = f"{self.kind} ({self.reason}): now {stamp(self.now)}"
        if self.reference is not None:
            text += f", compared with {stamp(self.reference)}"
            text += f", {_days(self.gap)} days apart; {_days(self.allowed)} allowed"
        if self.damaged:
            text += f"; unreadable marks: {', '.join(self.damaged)}"
        return text


def _days(span: timedelta | None) -> str:
    return "?" if span is None else f"{span.total_seconds() / 86400:.1f}"


# -- the judgement ---------------------------------------------------------------------------


def judge(now: datetime, marks: ClockMarks, newest: datetime | None) -> ClockVerdict:
    """The verdict on `now` (UTC), given the marks and the newest trusted record."""
    allowed = min(max(marks.longest_off, JUMP_ALLOWED), JUMP_CAP)

    def verdict(kind: str, reason: str, reference: datetime | None = None) -> ClockVerdict:
        return ClockVerdict(kind, reason, now, reference, allowed, marks.damaged)

    if now < RELEASE_FLOOR:
        return verdict(BEHIND, "before_release", RELEASE_FLOOR)
    known = [
        (moment, name)
        for moment, name in (
            (marks.last_seen, "last_seen"),
            (marks.last_start, "last_start"),
            (newest, "newest_record"),
        )
        if moment is not None
    ]
    if not known:  # the first start ever, or marks that cannot be read
        if marks.damaged:
            return verdict(UNKNOWN, "marks_damaged")
        return verdict(PLAUSIBLE, "first_start")
    reference, name = max(known, key=lambda pair: pair[0])
    if now < reference - BEHIND_SLACK:
        return verdict(BEHIND, f"before_{name}", reference)
    if now - reference > allowed:
        return verdict(AHEAD, "jump", reference)
    return verdict(PLAUSIBLE, "in_step", reference)


def check_clock(store: RecordStore, now: datetime) -> ClockVerdict:
    """The verdict on `now`, reading only: nothing is written (`kiosk records purge`)."""
    return judge(now, read_marks(store), newest_record(store))


def observe(store: RecordStore, now: datetime, *, starting: bool = False) -> ClockVerdict:
    """Judge `now` and act on it: a plausible clock moves the marks forward (and, at a start,
    records the start and the break before it); any other leaves them as they are. From now
    on the store marks what it writes with the verdict's kind, or with nothing."""
    marks = read_marks(store)
    verdict = judge(now, marks, newest_record(store))
    if verdict.plausible:
        values = {"last_seen": stamp(max(now, marks.last_seen or now))}
        if starting:
            values["last_start"] = stamp(now)
            if marks.last_seen is not None and now > marks.last_seen:
                off = max(marks.longest_off, now - marks.last_seen)
                values["longest_off"] = str(int(off.total_seconds()))
        _write_marks(store, values)
    store.clock_doubt = None if verdict.plausible else verdict.kind
    if not verdict.plausible:
        log.debug("clock: %s", verdict.describe())
    return verdict


def mark_writes(store: RecordStore, now: datetime) -> ClockVerdict | None:
    """For a command that writes beside the running kiosk (`kiosk records import`): what it
    writes is marked when the clock looks wrong; no mark is moved. None when the check could
    not be made (a busy database): then nothing is marked, and nothing else changes."""
    try:
        verdict = check_clock(store, now)
    except sqlite3.Error as error:
        log.warning("clock: not checked (%s)", error)
        return None
    store.clock_doubt = None if verdict.plausible else verdict.kind
    return verdict


def confirm_date(store: RecordStore, now: datetime) -> ClockVerdict:
    """The facilitator says `now` is right: it becomes the last time seen and started (even
    when earlier than before), the break before it counts as a break the kiosk has had, and
    what was recorded after `now` (a clock that was ahead, unnoticed) is marked "ahead"."""
    marks = read_marks(store)
    before = judge(now, marks, newest_record(store))
    values = {"last_seen": stamp(now), "last_start": stamp(now), "confirmed_at": stamp(now)}
    if before.reference is not None and now > before.reference:
        off = max(marks.longest_off, now - before.reference)
        values["longest_off"] = str(int(off.total_seconds()))
    moment = stamp(now + BEHIND_SLACK)
    try:
        with store.db.atomic():
            for table in CLOCK_TABLES:
                store.db.execute(
                    f"""update {table} set clock_doubt = ?
                        where clock_doubt is null and created_at > ?""",
                    [AHEAD, moment],
                )
            _set_marks(store, values)
    except sqlite3.Error as error:
        raise storage_error(error) from error
    store.clock_doubt = None
    log.info("clock: date confirmed (%s)", before.describe())
    return ClockVerdict(PLAUSIBLE, "confirmed", now, before.reference, before.allowed)


def count_doubtful(store: RecordStore) -> dict[str, int]:
    """The rows written while the clock looked wrong, per table (tables with none left out)."""
    counts: dict[str, int] = {}
    for table in CLOCK_TABLES:
        try:
            sql = f"select count(*) from {table} where clock_doubt is not null"
            count = int(store.db.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # a database from before the marks (read-only)
            count = 0
        if count:
            counts[table] = count
    return counts


# -- reading and writing the marks -----------------------------------------------------------


def read_marks(store: RecordStore) -> ClockMarks:
    """The marks as stored; a value that cannot be read is named in `damaged`, never raised."""
    try:
        rows = store.db.execute("select name, value from clock_marks").fetchall()
    except sqlite3.OperationalError:  # no such table: a database from before (read-only)
        return ClockMarks()
    found: dict[str, object] = {}
    damaged: list[str] = []
    for name, value in rows:
        if name not in ("last_seen", "last_start", "confirmed_at", "longest_off"):
            continue
        parsed = _parse(name, value)
        if parsed is None:
            damaged.append(str(name))
        else:
            found[name] = parsed
    if damaged:
        log.warning("clock: unreadable marks in the records: %s", ", ".join(sorted(damaged)))
    return ClockMarks(
        last_seen=_moment(found.get("last_seen")),
        last_start=_moment(found.get("last_start")),
        longest_off=_span(found.get("longest_off")),
        confirmed_at=_moment(found.get("confirmed_at")),
        damaged=tuple(sorted(damaged)),
    )


def _moment(value: object) -> datetime | None:
    return value if isinstance(value, datetime) else None


def _span(value: object) -> timedelta:
    return value if isinstance(value, timedelta) else timedelta(0)


def _parse(name: str, value: object) -> datetime | timedelta | None:
    if not isinstance(value, str) or len(value) > _MAX_VALUE:
        return None
    if name == "longest_off":
        if not value.isascii() or not value.isdigit():
            return None
        seconds = int(value)
        return timedelta(seconds=seconds) if seconds <= 100 * 366 * 86400 else None
    return parse_stamp(value)


def parse_stamp(value: str) -> datetime | None:
    """A stored UTC time (`stamp`'s form, 2026-03-20T03:00:00.000000Z), or None."""
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except (ValueError, TypeError):
        return None


def newest_record(store: RecordStore) -> datetime | None:
    """The newest time in the rows this kiosk wrote with a clock that looked right: the
    latest `created_at` among each table's RECENT_ROWS last rows (rows are appended in time
    order; the marks, not this, are what holds up a kiosk that ran long without writing).
    Other kiosks' rows (merged bundles) say nothing about this kiosk's clock."""
    newest: datetime | None = None
    for table in CLOCK_TABLES:
        try:
            row = store.db.execute(
                f"""select max(created_at) from (
                        select created_at from {table}
                        where kiosk_id = ? and clock_doubt is null
                        order by rowid desc limit ?)""",
                [store.kiosk_id, RECENT_ROWS],
            ).fetchone()
        except sqlite3.OperationalError:  # a database from before the marks (read-only)
            return None
        moment = parse_stamp(row[0]) if row and isinstance(row[0], str) else None
        if moment is not None and (newest is None or moment > newest):
            newest = moment
    return newest


def _write_marks(store: RecordStore, values: dict[str, str]) -> None:
    try:
        with store.db.atomic():
            _set_marks(store, values)
    except sqlite3.Error as error:
        raise storage_error(error) from error


def _set_marks(store: RecordStore, values: dict[str, str]) -> None:
    store.db.conn.executemany(
        "insert or replace into clock_marks (name, value) values (?, ?)", list(values.items())
    )
