"""What can go wrong with a record, said in the person's language.

The store raises `RecordError` with a stable code; the screen or the command shows
`error.message(language)`, the text `record.<code>` of kiosk/text/records.py. Nothing is
half-stored when one is raised.
"""

from __future__ import annotations

from typing import Any

from kiosk.text import say


class RecordError(Exception):
    """A record that cannot be stored, with the reason in both languages."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        return say(f"record.{self.code}", language, **self.params)


def storage_error(error: Exception) -> RecordError:
    """The RecordError for an SQLite failure: read-only file, full disk, or anything else."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return RecordError("read_only")
    if "disk is full" in text or "database or disk is full" in text:
        return RecordError("disk_full")
    return RecordError("storage", detail=str(error))
