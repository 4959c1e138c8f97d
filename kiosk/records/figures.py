"""The commune report's figures, computed from the records: all of the report's SQL.

The figures read the report's tables (schema migrations m003 and m006), which hold one row per
attendance, support record and lesson completion with the days, kinds, places, groups and
birth years the figures need, and integer keys for people and sessions. The definitions
below are the README's ("Reports"), word for word what the code does.

Days are the kiosk's local calendar days, each record's own:
- an attendance counts on its session's day (`session_date`, the local day it was held);
- a support record on its `given_on` (the local day it was recorded; for imported paper
  sheets, the session's day);
- a lesson completion on the local calendar day of its `completed_at` (UTC), fixed when it
  was recorded (so a completion at 23:30 in Hà Nội counts on that day, not on the UTC one).
A record counts when its day is within the range, both ends included; a month's figures
are those of the records whose day is in that month (and in the range).

With a location or a session kind, only what happened in a session at that location (the
same name, case and tone-mark placement ignored) and of that kind counts: support given and
lessons completed outside any session are then left out; without them, they are included.

Lessons completed are residents' own (at the kiosk, named or anonymous). A lesson taught to a
group in class mode to its last step is a class completion (kiosk/records/classes.py, one per
lesson and session, naming no one): it counts in "lessons taught to groups"
(`class_completions`, and per lesson), on its own local day like the others, and never among
residents' completions.

People are counted by their id, never by their name, so people anonymised for privacy are
counted exactly as before. A person's residential group and birth year are those stored now.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kiosk.records.figures_model import APP_INSTALL_CODES, Figures, ReportQuery
from kiosk.records.model import CLASS_COMPLETION, SESSION_KINDS
from kiosk.records.names import match_key
from kiosk.records.store import RecordStore

OLDER_AGE = 60
INDIVIDUAL_SUPPORT = "individual_support"
# Figures that count support records of one code each.
SUPPORT_FIGURES = {
    "dossiers_online": "dossier_online",
    "vneid_activations": "vneid_activate",
    "vneid_recoveries": "vneid_recover",
    "vneid_device_changes": "vneid_change_device",
    "digital_signatures": "digital_signature",
    "cashless_payments": "cashless_payment",
}


@dataclass(frozen=True)
class ReportFigures:
    total: Figures
    by_group: dict[str, Figures]  # residential group ("" for none) -> figures, in group order
    by_month: dict[str, Figures]  # "YYYY-MM" -> figures, every month of the range


@dataclass
class _Tally:
    """Figures being counted; people by their person_no (the rowid of people)."""

    people: set[int] = field(default_factory=set)  # present at least once
    elders: set[int] = field(default_factory=set)  # of them, aged 60 or over
    attendances: Counter[str] = field(default_factory=Counter)  # session kind -> count
    sessions: Counter[str] = field(default_factory=Counter)  # session kind -> count
    named: Counter[str] = field(default_factory=Counter)  # lesson id -> completions
    anonymous: Counter[str] = field(default_factory=Counter)
    taught: Counter[str] = field(default_factory=Counter)  # lesson id -> class completions
    support: Counter[str] = field(default_factory=Counter)  # support code -> records
    supported_people: set[int] = field(default_factory=set)  # individual_support

    def figures(self) -> Figures:
        lessons = sorted(set(self.named) | set(self.anonymous))
        return Figures(
            participants=len(self.people),
            participants_60_plus=len(self.elders),
            attendances=sum(self.attendances.values()),
            sessions=sum(self.sessions.values()),
            attendances_by_kind={kind: self.attendances[kind] for kind in SESSION_KINDS},
            sessions_by_kind={kind: self.sessions[kind] for kind in SESSION_KINDS},
            completions=sum(self.named.values()) + sum(self.anonymous.values()),
            completions_named=sum(self.named.values()),
            completions_anonymous=sum(self.anonymous.values()),
            completions_by_lesson={
                lesson: {"named": self.named[lesson], "anonymous": self.anonymous[lesson]}
                for lesson in lessons
            },
            app_installs={code: self.support[code] for code in APP_INSTALL_CODES},
            individual_support_people=len(self.supported_people),
            **{name: self.support[code] for name, code in SUPPORT_FIGURES.items()},
            class_completions=sum(self.taught.values()),
            class_completions_by_lesson={
                lesson: self.taught[lesson] for lesson in sorted(self.taught)
            },
        )


def months_of(start: date, end: date) -> list[str]:
    """Every month from start's to end's, as YYYY-MM."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def group_order(group: str) -> tuple[bool, list[tuple[int, str]]]:
    """Residential groups in the order people expect: "Tổ 2" before "Tổ 10", none last."""
    parts = re.split(r"(\d+)", match_key(group))
    return group == "", [(int(p), "") if p.isdigit() else (0, p) for p in parts]


def locations_named(store: RecordStore, query: ReportQuery) -> list[str]:
    """The session locations, as stored, in the range that have the query's location name
    (the same name once case and tone-mark placement are ignored)."""
    if query.location is None:
        return []
    wanted = match_key(query.location)
    rows = store.db.execute(
        "select distinct location from sessions where session_date between ? and ?",
        [query.start.isoformat(), query.end.isoformat()],
    )
    return [row[0] for row in rows if match_key(row[0] or "") == wanted]


def known_locations(store: RecordStore) -> list[str]:
    """Every session location stored, for a message when a location matches none."""
    rows = store.db.execute("select distinct location from sessions where location != ''")
    return sorted((row[0] for row in rows), key=match_key)


def _session_filter(query: ReportQuery, places: list[str], alias: str) -> tuple[str, list[str]]:
    """SQL conditions (starting with " and") and their parameters for the location and
    kind, on a table whose kind and location columns are reached through `alias`."""
    sql, params = "", []
    if query.location is not None:
        sql += f" and {alias}location in ({', '.join('?' * len(places)) or 'null'})"
        params += places
    if query.kind is not None:
        sql += f" and {alias}kind = ?"
        params.append(query.kind)
    return sql, params


def compute_figures(store: RecordStore, query: ReportQuery) -> ReportFigures:
    """Every figure of the range: in total, per residential group and per month."""
    places = locations_named(store, query)
    filtered = query.location is not None or query.kind is not None
    days = [query.start.isoformat(), query.end.isoformat()]
    months = months_of(query.start, query.end)
    total = _Tally()
    by_month = {month: _Tally() for month in months}
    by_group: dict[str, _Tally] = {}

    def group(name: str) -> _Tally:
        found = by_group.get(name)
        if found is None:
            found = by_group[name] = _Tally()
        return found

    # Conditions on the session: on its own columns (sessions, report_attendance), and through
    # a join (support and completions, which may have no session: then they never match).
    held, held_params = _session_filter(query, places, "")
    join, joined, joined_params = "", "", list[str]()
    if filtered:
        join = "join sessions s on s.rowid = r.session_no"
        joined, joined_params = _session_filter(query, places, "s.")

    # Sessions held: every session of the range, with or without anyone marked present.
    for month, kind, count in store.db.execute(
        f"""select substr(session_date, 1, 7), kind, count(*) from sessions
            where session_date between ? and ?{held} group by 1, 2""",
        [*days, *held_params],
    ):
        total.sessions[kind] += count
        by_month[month].sessions[kind] += count

    # Attendance: one pass, in the order stored. Per month, residential group and kind: the
    # sessions with someone of the group present, the attendances, the people present and
    # those of them aged 60 or over (their person_no).
    older = query.end.year - OLDER_AGE
    for month, grp, kind, sessions, attendances, people, elders in store.db.execute(
        f"""select month, grp, kind, count(distinct session_no), count(*),
                   group_concat(person_no), group_concat(iif(birth_year <= ?, person_no, null))
            from report_attendance
            where month between ? and ? and day between ? and ?{held}
            group by month, grp, kind""",
        [older, months[0], months[-1], *days, *held_params],
    ):
        present = set(map(int, people.split(",")))
        present_elders = set(map(int, elders.split(","))) if elders else set()
        for tally in (total, by_month[month], group(grp)):
            tally.attendances[kind] += attendances
            tally.people |= present
            tally.elders |= present_elders
        by_group[grp].sessions[kind] += sessions

    # Support records: counted per code; individual support also per person.
    for month, grp, code, count, supported in store.db.execute(
        f"""select r.month, r.grp, r.code, count(*),
                   group_concat(iif(r.code = '{INDIVIDUAL_SUPPORT}', r.person_no, null))
            from report_support r {join}
            where r.month between ? and ? and r.day between ? and ?{joined}
            group by r.month, r.grp, r.code""",
        [months[0], months[-1], *days, *joined_params],
    ):
        people_helped = set(map(int, supported.split(","))) if supported else set()
        for tally in (total, by_month[month], group(grp)):
            tally.support[code] += count
            tally.supported_people |= people_helped

    # Lesson completions: residents' own, named and anonymous (anonymous ones belong to no
    # group), and apart from them those of classes (no person, so no group either).
    for month, grp, lesson, named, count, taught in store.db.execute(
        f"""select r.month, r.grp, r.lesson_id, r.named, count(*),
                   sum(r.kind = '{CLASS_COMPLETION}')
            from report_completions r {join}
            where r.month between ? and ? and r.day between ? and ?{joined}
            group by r.month, r.grp, r.lesson_id, r.named""",
        [months[0], months[-1], *days, *joined_params],
    ):
        if named:
            for tally in (total, by_month[month], group(grp)):
                tally.named[lesson] += count
        else:
            for tally in (total, by_month[month]):
                if count > taught:
                    tally.anonymous[lesson] += count - taught
                if taught:
                    tally.taught[lesson] += taught

    return ReportFigures(
        total=total.figures(),
        by_group={name: by_group[name].figures() for name in sorted(by_group, key=group_order)},
        by_month={month: tally.figures() for month, tally in by_month.items()},
    )
