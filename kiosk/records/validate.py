"""Checks on what people type, before anything is stored."""

from __future__ import annotations

import re

from kiosk.records.errors import RecordError
from kiosk.records.model import (
    GENDERS,
    MAX_NAME_LENGTH,
    MIN_BIRTH_YEAR,
    SESSION_KINDS,
    SUPPORT_KINDS,
)
from kiosk.records.names import clean_name, has_control_characters

_PHONE = re.compile(r"\+?\d{9,12}")


def full_name(raw: str) -> str:
    if has_control_characters(raw):
        raise RecordError("name_control")
    name = clean_name(raw)
    if not name:
        raise RecordError("name_empty")
    if len(name) > MAX_NAME_LENGTH:
        raise RecordError("name_too_long", limit=MAX_NAME_LENGTH)
    return name


def birth_year(raw: int | str, this_year: int) -> int:
    if isinstance(raw, bool):
        raise RecordError("birth_year_invalid")
    if isinstance(raw, str):
        text = raw.strip()
        if not re.fullmatch(r"\d{4}", text):
            raise RecordError("birth_year_invalid")
        raw = int(text)
    if not MIN_BIRTH_YEAR <= raw <= this_year:
        raise RecordError("birth_year_range", low=MIN_BIRTH_YEAR, high=this_year)
    return raw


def short_text(raw: str | None, code: str, limit: int = 100) -> str:
    """A group, a location or a facilitator's name: tidy, no control characters, not too long."""
    text = clean_name(raw or "")
    if has_control_characters(raw or "") or len(text) > limit:
        raise RecordError(code)
    return text


def gender(raw: str | None) -> str | None:
    if raw is None or raw.strip() == "":
        return None
    value = raw.strip().casefold()
    aliases = {"nữ": "female", "nu": "female", "f": "female", "nam": "male", "m": "male"}
    value = aliases.get(value, value)
    if value not in GENDERS:
        raise RecordError("gender_unknown", value=raw)
    return value


def phone(raw: str | None) -> str | None:
    if raw is None:
        return None
    digits = re.sub(r"[\s.\-()]", "", raw)
    if not digits:
        return None
    if not _PHONE.fullmatch(digits):
        raise RecordError("phone_invalid")
    return digits


def support_code(code: str) -> str:
    if code not in SUPPORT_KINDS:
        raise RecordError("support_unknown", value=code)
    return code


def session_kind(kind: str) -> str:
    if kind not in SESSION_KINDS:
        raise RecordError("session_kind_unknown", value=kind)
    return kind


def lesson_ids(ids: list[str] | tuple[str, ...], known: frozenset[str] | None) -> tuple[str, ...]:
    """Lesson ids, each known to the library when `known` is given; order kept, repeats removed."""
    result: list[str] = []
    for lesson_id in ids:
        lesson_id = lesson_id.strip()
        if not lesson_id:
            continue
        if known is not None and lesson_id not in known:
            raise RecordError("lesson_unknown", value=lesson_id)
        if lesson_id not in result:
            result.append(lesson_id)
    return tuple(result)
