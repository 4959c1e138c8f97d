"""Personal data kept no longer than needed, and a resident's rights over it.

Vietnam's Personal Data Protection Law (2025) and Decree 13/2023/ND-CP ask for consent per
purpose, the least data, and keeping it no longer than the purpose needs. The purpose here is
twofold: knowing a resident again when they come back, and the commune's figures. The first
needs the name; the second never does.

Anonymising a person erases what names them: the full name (replaced by `ANONYMOUS_NAME`,
which is not a name), the keys made from it, the phone number and the gender. It keeps what
the figures count: the person's id, birth year (the 60+ figures), residential group (the
figures per group), and every attendance, support and completion row. So a report for any
period gives the same numbers before and after, and the kiosk can no longer tell who it was.

- `match_key` becomes "anonymous:<id>", unique to the person, so that nobody who checks in
  or is imported later is ever taken for them, and they are never listed as duplicates.
- `search_key` becomes "", which the full-text index splits into no words at all: the index
  keeps nothing of the name and search never finds them (the store's queries also skip
  `anonymised_at is not null`, for a birth year typed alone).
- `consent_at` and `consent_version` are kept. They name no one, and they show that what was
  recorded before was recorded with consent (the controller must be able to show that, and
  withdrawing consent does not make earlier processing unlawful).

The erasure is meant to last on disk too: it runs with SQLite's secure_delete on (freed space
is zeroed), merges the full-text index (whose old segments still hold the words of the names),
and then truncates the write-ahead log. Backups made before keep the names until they are
rotated out (kiosk/records/backup.py keeps KEEP_DAILY days).

The kiosk applies the retention period by itself only when its clock is plausible
(`retention_at_start`, kiosk/records/clockcheck.py), or once the facilitator has confirmed
the date (`retention_confirmed`). `anonymise_older_than` trusts the `now` it is given.
"""

from __future__ import annotations

import calendar
import contextlib
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.records.clockcheck import ClockVerdict, confirm_date, observe
from kiosk.records.errors import RecordError, storage_error
from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS, Person
from kiosk.records.names import search_key
from kiosk.records.store import RecordStore, stamp, utc_now

ANONYMOUS_NAME = "(ẩn danh)"  # "(anonymous)": shown where the name was, e.g. past attendance
ANONYMOUS_KEY = "anonymous:"  # + the person's id: the match key of an anonymised person
EXPORT_FORMAT_VERSION = 1
_CHUNK = 500  # ids per UPDATE (SQLite allows 999 parameters in older builds)
_ID_START = re.compile(r"[0-9a-f]{8}(-[0-9a-f-]{0,28})?")

# A person's last activity: the latest day of what they took part in (as YYYY-MM-DD), or of
# their consent; the day they were recorded only when there is none of these (an import of
# old paper sheets records people long after they took part). Timestamps are UTC and count
# by their UTC day: at most a day's difference at the edge of the period.
_EXPIRED = """
with activity(person_id, day) as (
    select id, substr(consent_at, 1, 10) from people
        where anonymised_at is null and consent_at is not null
    union all
    select a.person_id, s.session_date from attendance a join sessions s on s.id = a.session_id
    union all
    select person_id, given_on from support
    union all
    select person_id, substr(completed_at, 1, 10) from completions where person_id is not null
),
latest(person_id, day) as (select person_id, max(day) from activity group by person_id)
select p.id from people p left join latest l on l.person_id = p.id
where p.anonymised_at is null and coalesce(l.day, substr(p.created_at, 1, 10)) < ?
order by p.rowid
"""


@dataclass(frozen=True)
class PurgeResult:
    months: int
    cutoff: date  # people with no activity on or after this day are anonymised
    person_ids: tuple[str, ...]  # anonymised now (or, in a dry run, that would be)
    dry_run: bool = False

    @property
    def people(self) -> int:
        return len(self.person_ids)


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it has no such day)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def anonymise_older_than(
    store: RecordStore, months: int, now: datetime, dry_run: bool = False
) -> PurgeResult:
    """Anonymise everyone whose last activity (attendance, support, completion or consent;
    being recorded when there is none) was before the day `months` before `now` (the kiosk's
    local calendar).
    One transaction; people already anonymised are left alone, so a second run does nothing."""
    if months < 1:
        raise ValueError("the retention period must be at least one month")
    cutoff = months_before(now.astimezone().date(), months)
    if dry_run:
        return PurgeResult(months, cutoff, _expired(store, cutoff), dry_run)
    with _erasing(store):  # found and erased in one transaction: a check-in cannot slip between
        ids = _expired(store, cutoff)
        _anonymise(store, ids, stamp(now))
    if ids:
        _truncate_wal(store)
    return PurgeResult(months, cutoff, ids, dry_run)


@dataclass(frozen=True)
class Retention:
    """The retention period as the kiosk applies it by itself: what the clock check said,
    and what was anonymised (None: the clock looked wrong, so nothing was)."""

    clock: ClockVerdict
    purged: PurgeResult | None


def retention_at_start(store: RecordStore, months: int, now: datetime) -> Retention:
    """At each start: the retention period is applied only when the clock is plausible
    (kiosk/records/clockcheck.py); a clock years ahead would otherwise anonymise everyone
    at once, irreversibly."""
    verdict = observe(store, now, starting=True)
    if not verdict.plausible:
        return Retention(verdict, None)
    return Retention(verdict, anonymise_older_than(store, months, now))


def retention_confirmed(store: RecordStore, months: int, now: datetime) -> Retention:
    """The facilitator has confirmed that `now` is the right date: it is taken as right
    from now on, and the retention period applied with it."""
    verdict = confirm_date(store, now)
    return Retention(verdict, anonymise_older_than(store, months, now))


def _expired(store: RecordStore, cutoff: date) -> tuple[str, ...]:
    return tuple(row[0] for row in store.db.execute(_EXPIRED, [cutoff.isoformat()]))


def find_people(store: RecordStore, text: str, limit: int = 50) -> list[Person]:
    """People whose name matches `text` as the facilitator's search does (accents and case
    ignored, word starts, a birth year typed too), or whose id starts with `text` (at least
    8 characters, as `kiosk records person` shows them). Anonymised people are never found."""
    text = text.strip()
    if not search_key(text):
        return []
    if _ID_START.fullmatch(text.lower()):
        rows = store.db.execute(
            "select id from people where anonymised_at is null and id like ? order by rowid",
            [text.lower() + "%"],
        ).fetchall()
        if rows:
            return [store.get_person(row[0]) for row in rows[:limit]]
    return store.search_people(text, limit)


def export_person(
    store: RecordStore, person_id: str, now: datetime | None = None
) -> dict[str, Any]:
    """Everything stored about one person, as JSON-ready data: their row as stored, and what
    they took part in, with the session's kind, day, place, lessons planned and lessons taught
    to the class (not the facilitator: that is someone else's name). Class completions name
    no one: they are no one's data."""
    person = _dicts(store, "select * from people where id = ?", [person_id])
    if not person:
        raise RecordError("not_found")
    attendance = _dicts(
        store,
        """select a.id, a.created_at, a.session_id, s.kind, s.session_date, s.location,
                  s.lessons, s.lessons_taught, s.source
           from attendance a join sessions s on s.id = a.session_id
           where a.person_id = ? order by s.session_date, a.created_at""",
        [person_id],
    )
    for row in attendance:
        row["lessons"] = json.loads(row["lessons"] or "[]")
        row["lessons_taught"] = json.loads(row["lessons_taught"] or "[]")
        row["kind_label"] = dict(zip(("vi", "en"), SESSION_KINDS[row["kind"]], strict=True))
    support = _dicts(
        store,
        """select id, code, given_on, session_id, created_at from support
           where person_id = ? order by given_on, created_at""",
        [person_id],
    )
    for row in support:
        row["label"] = dict(zip(("vi", "en"), SUPPORT_KINDS[row["code"]], strict=True))
    completions = _dicts(
        store,
        """select id, lesson_id, completed_at, session_id, practice_unaided, language
           from completions where person_id = ? order by completed_at""",
        [person_id],
    )
    for row in completions:
        unaided = row["practice_unaided"]
        row["practice_unaided"] = None if unaided is None else bool(unaided)
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": stamp(now or utc_now()),
        "kiosk_id": store.kiosk_id,
        "person": person[0],
        "attendance": attendance,
        "support": support,
        "completions": completions,
    }


def delete_person(store: RecordStore, person_id: str, now: datetime | None = None) -> bool:
    """Remove a person's personal data at their request, at once: the same erasure as at the
    end of the retention period. Their rows of attendance, support and completions stay,
    tied to no name, so that figures already reported (and any report made again for a past
    period) do not change; deleting the rows would silently lower them. False when the
    person was already anonymised; RecordError("not_found") when there is no such person."""
    row = store.db.execute("select anonymised_at from people where id = ?", [person_id]).fetchone()
    if row is None:
        raise RecordError("not_found")
    if row[0] is not None:
        return False
    with _erasing(store):
        _anonymise(store, (person_id,), stamp(now or utc_now()))
    _truncate_wal(store)
    return True


def count_anonymised(store: RecordStore) -> int:
    sql = "select count(*) from people where anonymised_at is not null"
    return int(store.db.execute(sql).fetchone()[0])


def is_anonymised(store: RecordStore, person_id: str) -> bool:
    row = store.db.execute("select anonymised_at from people where id = ?", [person_id]).fetchone()
    return row is not None and row[0] is not None


# -- the erasure ---------------------------------------------------------------------------


@contextmanager
def _erasing(store: RecordStore) -> Iterator[None]:
    """One transaction with secure_delete on: the space the old values took is zeroed."""
    db = store.db
    try:
        before = db.execute("pragma secure_delete").fetchone()[0]
        db.execute("pragma secure_delete = on")
        try:
            with db.atomic():
                yield
        finally:
            db.execute(f"pragma secure_delete = {int(before)}")
    except sqlite3.Error as error:
        raise storage_error(error) from error


def _truncate_wal(store: RecordStore) -> None:
    """The write-ahead log still holds pages as they were before: copy it into the database
    and empty it. Another process reading just then keeps it (SQLite says busy); later
    checkpoints overwrite those pages."""
    with contextlib.suppress(sqlite3.Error):
        store.db.execute("pragma wal_checkpoint(truncate)")


def _anonymise(store: RecordStore, ids: tuple[str, ...], moment: str) -> None:
    """Inside a transaction: erase the personal data of `ids` (none: nothing to do)."""
    if not ids:
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        store.db.execute(
            f"""update people set full_name = ?, match_key = ? || id, search_key = '',
                   phone = null, gender = null, anonymised_at = ?, updated_at = ?
                where anonymised_at is null and id in ({marks})""",
            [ANONYMOUS_NAME, ANONYMOUS_KEY, moment, moment, *chunk],
        )
    # The triggers of m002 told the full-text index to forget the old words, but an FTS5
    # index only drops them from its segments when they are merged: merge them now.
    store.db.execute("insert into people_search(people_search) values ('optimize')")


def _dicts(store: RecordStore, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = store.db.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
