"""The core's own words, in one catalogue: every sentence that kiosk/ (not the screens, which
use Qt's tr(), and not the lessons, which are content) says in Vietnamese and English.

    say("record.name_empty", "vi")                  -> "Xin hãy nhập họ và tên."
    say("cmd.records.backup_done", "en", path=p)    -> "Backed up to ..."

A key is `area.name`; each entry has both languages, with the same `str.format` fields
(tests/test_text_catalogue.py checks it). Any language but Vietnamese gets the English.
The texts are kept by area (records, commands, reports, scan), each a plain dict: importing
them costs next to nothing, so `kiosk run` loads them all.
"""

from __future__ import annotations

from typing import Any

from kiosk.text import commands, records, reports, scan

LANGUAGES = ("vi", "en")
CATALOGUE: dict[str, dict[str, str]] = {
    **records.TEXTS,
    **commands.TEXTS,
    **reports.TEXTS,
    **scan.TEXTS,
}


def say(key: str, language: str, **fields: Any) -> str:
    """The text of `key` in `language` ("vi", else English), with `fields` put in."""
    return CATALOGUE[key]["vi" if language == "vi" else "en"].format(**fields)


def has(key: str) -> bool:
    return key in CATALOGUE
