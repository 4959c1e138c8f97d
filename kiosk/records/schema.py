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
