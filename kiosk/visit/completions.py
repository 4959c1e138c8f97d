"""Each finished lesson counts once in the records: with the resident's name when they sign
in, otherwise anonymously when the finish screen (and the check-in) is left."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the records' operations load with the first completion, after the start
    from kiosk.records.operations import RecordCompletion

Record = Callable[["RecordCompletion"], object]


class LessonCompletions:
    """The bookkeeping behind the finish screen. `unsigned` is the lesson finished and not yet
    recorded; a check-in records its completion itself, so it takes the lesson over while it
    is being saved, and gives it back when the save fails. `record` hands an operation to the
    records (None: a kiosk without records)."""

    def __init__(self, record: Record | None) -> None:
        self.record = record
        self.unsigned: tuple[str, str] | None = None  # (lesson id, language)
        self.saving: tuple[str, str] | None = None
        # Whether the last finished lesson's practice was done without help (None: none).
        self.practice_unaided: bool | None = None

    def finished(self, lesson_id: str, language: str, practice_unaided: bool | None = None) -> None:
        """A lesson reached its finish screen (an earlier one not signed for counts now)."""
        self.record_anonymous()
        self.unsigned = (lesson_id, language)
        self.practice_unaided = practice_unaided

    def record_anonymous(self) -> None:
        if self.unsigned is None:
            return
        lesson_id, language = self.unsigned
        unaided = self.practice_unaided
        self.unsigned = None
        if self.record is not None:
            from kiosk.records.operations import RecordCompletion

            self.record(RecordCompletion(lesson_id, language, unaided))

    def check_in_started(self) -> None:
        self.saving, self.unsigned = self.unsigned, None

    def check_in_saved(self) -> None:
        self.saving = None

    def check_in_failed(self, resident_left: bool) -> None:
        """Nothing was stored: the lesson still counts, now if the resident has gone."""
        if self.unsigned is None:
            self.unsigned = self.saving
        self.saving = None
        if resident_left:
            self.record_anonymous()
