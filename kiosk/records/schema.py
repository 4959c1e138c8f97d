"""The records' schema, as sqlite-utils migrations: every change of the schema is a new,
named step applied once, in its own transaction, and recorded in `_sqlite_migrations`."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("kiosk-records")

_COMMON = {"id": str, "kiosk_id": str, "created_at": str, "updated_at": str}


@migrations()
def m001_initial(db: Database) -> None:
    db.table("people").create(
        {
            **_COMMON,
            "full_name": str,
            "match_key": str,  # NFC, collapsed, case-folded: the same name
            "search_key": str,  # and without accents: what search and duplicate checks use
            "birth_year": int,
            "gender": str,
            "residential_group": str,
            "phone": str,
            "consent_at": str,
            "consent_version": str,
        },
        pk="id",
        not_null={"kiosk_id", "created_at", "updated_at", "full_name", "match_key", "search_key"},
        defaults={"residential_group": ""},
        strict=True,
    )
    db.table("people").create_index(["match_key", "birth_year"])
    db.table("people").create_index(["search_key"])
    db.table("sessions").create(
        {
            **_COMMON,
            "kind": str,
            "location": str,
            "facilitator": str,
            "session_date": str,
            "started_at": str,
            "ended_at": str,
            "lessons": str,  # a JSON list of lesson ids
            "source": str,  # kiosk or import
        },
        pk="id",
        not_null={"kiosk_id", "created_at", "updated_at", "kind", "session_date", "started_at"},
        strict=True,
    )
    db.table("sessions").create_index(["session_date", "location", "kind"])
    db.table("attendance").create(
        {**_COMMON, "session_id": str, "person_id": str},
        pk="id",
        not_null={"kiosk_id", "created_at", "updated_at", "session_id", "person_id"},
        foreign_keys=[("session_id", "sessions", "id"), ("person_id", "people", "id")],
        strict=True,
    )
    db.table("attendance").create_index(["session_id", "person_id"], unique=True)
    db.table("attendance").create_index(["person_id"])
    db.table("support").create(
        {**_COMMON, "person_id": str, "session_id": str, "code": str, "given_on": str},
        pk="id",
        not_null={"kiosk_id", "created_at", "updated_at", "person_id", "code", "given_on"},
        foreign_keys=[("person_id", "people", "id"), ("session_id", "sessions", "id")],
        strict=True,
    )
    db.table("support").create_index(["person_id"])
    db.table("support").create_index(["session_id", "person_id", "code"])
    db.table("completions").create(
        {
            **_COMMON,
            "lesson_id": str,
            "person_id": str,  # NULL: an anonymous completion
            "session_id": str,
            "completed_at": str,
            "practice_unaided": int,
            "language": str,
        },
        pk="id",
        not_null={"kiosk_id", "created_at", "updated_at", "lesson_id", "completed_at"},
        foreign_keys=[("person_id", "people", "id"), ("session_id", "sessions", "id")],
        strict=True,
    )
    db.table("completions").create_index(["lesson_id"])
    db.table("completions").create_index(["person_id"])


@migrations()
def m002_people_search(db: Database) -> None:
    """A full-text index of the accent-free names, with prefix indexes, so that the search
    as the facilitator types finds word starts without reading every person (a LIKE scan
    of 100,000 people took 30 to 50 ms a keystroke). Triggers keep it in step with people."""
    db.execute(
        """create virtual table people_search using fts5(
               search_key, content='people', content_rowid='rowid',
               tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"""
    )
    db.execute("insert into people_search(rowid, search_key) select rowid, search_key from people")
    db.execute(
        """create trigger people_search_insert after insert on people begin
               insert into people_search(rowid, search_key) values (new.rowid, new.search_key);
           end"""
    )
    db.execute(
        """create trigger people_search_delete after delete on people begin
               insert into people_search(people_search, rowid, search_key)
               values ('delete', old.rowid, old.search_key);
           end"""
    )
    db.execute(
        """create trigger people_search_update after update of search_key on people begin
               insert into people_search(people_search, rowid, search_key)
               values ('delete', old.rowid, old.search_key);
               insert into people_search(rowid, search_key) values (new.rowid, new.search_key);
           end"""
    )


@migrations()
def m004_privacy(db: Database) -> None:
    """When a person's name, phone and gender were erased (kiosk/records/privacy.py): after
    the retention period, or at their request. NULL while the personal data is kept."""
    db.table("people").add_column("anonymised_at", str)


# The commune report's figures (kiosk/records/figures.py) read these three tables, never
# the records themselves: one row per attendance, support record and lesson completion, with
# small integer keys (the rowids of people and sessions) instead of UUIDs, what the figures
# count by already in the row (the session's day, kind and location; the person's
# residential group and birth year; a completion's local day), and stored in the order the
# figures read them (month, then residential group, ...), so that a quarter is one ordered
# scan. Triggers keep them in step with the records, in the same transaction;
# `rebuild_report_facts` makes them again from the records.
# Why: a quarter's figures over 1,000,000 attendances, joining people and sessions by UUID
# for every attendance (4-7 us each), took over a second.
# They use the rowids of people and sessions, which stay as they are as long as nothing
# runs VACUUM (people_search, the full-text index, relies on that too).

_REPORT_ATTENDANCE = """
    insert into report_attendance
        (month, grp, kind, session_no, person_no, day, location, birth_year)
    select substr(s.session_date, 1, 7), coalesce(p.residential_group, ''), s.kind, s.rowid,
           p.rowid, s.session_date, coalesce(s.location, ''), p.birth_year
    from {source}
"""
_REPORT_SUPPORT = """
    insert into report_support (month, grp, code, ref, day, person_no, session_no)
    select substr({row}.given_on, 1, 7), coalesce(p.residential_group, ''), {row}.code,
           {row}.rowid, {row}.given_on, p.rowid,
           (select rowid from sessions where id = {row}.session_id)
    from {source} join people p on p.id = {row}.person_id
"""
# A completion's day is the kiosk's local calendar day of completed_at (UTC), as store.today()
# gives sessions and support theirs, fixed when it is recorded. Whole seconds: SQLite rounds
# fractions to milliseconds, which would put 23:59:59.9996 on the next day.
# A completion's kind (m006: a resident's own, or a class's) is kept with it: the figures
# count class completions apart. m003 made the table without it: its statements stay as they
# were, so that an older file is brought up to date step by step.
_DAY = "date(substr({row}.completed_at, 1, 19), 'localtime')"
_REPORT_COMPLETION_M003 = """
    insert into report_completions
        (month, grp, lesson_id, named, ref, day, person_no, session_no)
    select substr({day}, 1, 7), coalesce(p.residential_group, ''), {row}.lesson_id,
           {row}.person_id is not null, {row}.rowid, {day}, p.rowid,
           (select rowid from sessions where id = {row}.session_id)
    from {source} left join people p on p.id = {row}.person_id
""".replace("{day}", _DAY)
_REPORT_COMPLETION = """
    insert into report_completions
        (month, grp, lesson_id, named, ref, day, person_no, session_no, kind)
    select substr({day}, 1, 7), coalesce(p.residential_group, ''), {row}.lesson_id,
           {row}.person_id is not null, {row}.rowid, {day}, p.rowid,
           (select rowid from sessions where id = {row}.session_id), {row}.kind
    from {source} left join people p on p.id = {row}.person_id
""".replace("{day}", _DAY)
_COMPLETION_COLUMNS_M003 = "person_id, session_id, lesson_id, completed_at"
_COMPLETION_COLUMNS = "person_id, session_id, lesson_id, completed_at, kind"


def _rebuild(db: Database, completion: str) -> None:
    for table in ("report_attendance", "report_support", "report_completions"):
        db.execute(f"delete from {table}")
    db.execute(
        _REPORT_ATTENDANCE.format(
            source="attendance a join sessions s on s.id = a.session_id "
            "join people p on p.id = a.person_id"
        )
    )
    db.execute(_REPORT_SUPPORT.format(row="u", source="support u"))
    db.execute(completion.format(row="c", source="completions c"))


def rebuild_report_facts(db: Database) -> None:
    """Make the report's tables again from the records."""
    _rebuild(db, _REPORT_COMPLETION)


def _report_triggers(
    completion: str = _REPORT_COMPLETION, completion_columns: str = _COMPLETION_COLUMNS
) -> list[tuple[str, str, str]]:
    attendance = "sessions s, people p where s.id = new.session_id and p.id = new.person_id"
    add_attendance = _REPORT_ATTENDANCE.format(source=attendance) + ";"
    forget_attendance = """
        delete from report_attendance
        where person_no = (select rowid from people where id = old.person_id)
          and session_no = (select rowid from sessions where id = old.session_id);"""
    add_support = _REPORT_SUPPORT.format(row="new", source="(select 1)") + ";"
    forget_support = "delete from report_support where ref = old.rowid;"
    add_completion = completion.format(row="new", source="(select 1)") + ";"
    forget_completion = "delete from report_completions where ref = old.rowid;"
    person = "coalesce(new.residential_group, '')"
    return [
        ("report_attendance_insert", "insert on attendance", add_attendance),
        ("report_attendance_delete", "delete on attendance", forget_attendance),
        (
            "report_attendance_update",
            "update of session_id, person_id on attendance",
            forget_attendance + add_attendance,
        ),
        ("report_support_insert", "insert on support", add_support),
        ("report_support_delete", "delete on support", forget_support),
        (
            "report_support_update",
            "update of person_id, session_id, code, given_on on support",
            forget_support + add_support,
        ),
        ("report_completions_insert", "insert on completions", add_completion),
        ("report_completions_delete", "delete on completions", forget_completion),
        (
            "report_completions_update",
            f"update of {completion_columns} on completions",
            forget_completion + add_completion,
        ),
        (
            "report_people_update",
            "update of residential_group, birth_year on people",
            f"""update report_attendance set grp = {person}, birth_year = new.birth_year
                where person_no = new.rowid;
                update report_support set grp = {person} where person_no = new.rowid;
                update report_completions set grp = {person} where person_no = new.rowid;""",
        ),
        (
            "report_sessions_update",
            "update of session_date, kind, location on sessions",
            """update report_attendance
               set month = substr(new.session_date, 1, 7), day = new.session_date,
                   kind = new.kind, location = coalesce(new.location, '')
               where month = substr(old.session_date, 1, 7) and session_no = old.rowid;""",
        ),
    ]


@migrations()
def m003_report_facts(db: Database) -> None:
    """The report's tables (see above), filled from the records already there."""
    db.execute(
        """create table report_attendance (
               month text not null, grp text not null, kind text not null,
               session_no integer not null, person_no integer not null, day text not null,
               location text not null, birth_year integer,
               primary key (month, grp, kind, session_no, person_no)) without rowid"""
    )
    db.execute("create index report_attendance_person on report_attendance (person_no)")
    db.execute(
        """create table report_support (
               month text not null, grp text not null, code text not null,
               ref integer not null, day text not null, person_no integer not null,
               session_no integer,
               primary key (month, grp, code, ref)) without rowid"""
    )
    db.execute(
        """create table report_completions (
               month text not null, grp text not null, lesson_id text not null,
               named integer not null, ref integer not null, day text not null,
               person_no integer, session_no integer,
               primary key (month, grp, lesson_id, named, ref)) without rowid"""
    )
    for table in ("report_support", "report_completions"):
        db.execute(f"create unique index {table}_ref on {table} (ref)")
        db.execute(f"create index {table}_person on {table} (person_no)")
    _rebuild(db, _REPORT_COMPLETION_M003)
    for name, event, body in _report_triggers(_REPORT_COMPLETION_M003, _COMPLETION_COLUMNS_M003):
        db.execute(f"create trigger {name} after {event} begin {body} end")


# The tables whose rows carry a time the kiosk's clock gave (created_at and the rest).
CLOCK_TABLES = ("people", "sessions", "attendance", "support", "completions")


@migrations()
def m005_clock(db: Database) -> None:
    """What the kiosk knows of its own clock (kiosk/records/clockcheck.py): `clock_marks`
    keeps the last time it saw and when it last started, and `clock_doubt` marks each row
    written while the clock looked wrong ("ahead" or "behind"; NULL when it looked right).
    Existing rows are kept as they are, with no mark."""
    db.execute(
        """create table clock_marks (
               name text primary key, value text not null) strict, without rowid"""
    )
    for table in CLOCK_TABLES:
        db.table(table).add_column("clock_doubt", str)


@migrations()
def m006_class(db: Database) -> None:
    """Class mode (kiosk/records/classes.py): a completion gets a kind, "resident" (a
    resident's own lesson at the kiosk: every row already there) or "class" (a lesson taught
    to a group, tied to its session, with no person), at most one class completion per lesson
    and session; a session keeps the lessons taught in it (`lessons_taught`, a JSON list of
    lesson ids in the order first taught, each once; "[]" for the sessions already there). The
    report's completions keep the kind, so that the figures count class completions apart.
    Every row is kept as it was."""
    db.execute(
        """alter table completions add column kind text not null default 'resident'
           check (kind in ('resident', 'class'))"""
    )
    db.execute(
        """create unique index completions_class on completions (session_id, lesson_id)
           where kind = 'class'"""
    )
    db.execute("alter table sessions add column lessons_taught text not null default '[]'")
    db.execute("alter table report_completions add column kind text not null default 'resident'")
    for name, event, body in _report_triggers():
        if name in ("report_completions_insert", "report_completions_update"):
            db.execute(f"drop trigger {name}")
            db.execute(f"create trigger {name} after {event} begin {body} end")
