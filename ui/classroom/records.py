"""What a class leaves in the records: the session it goes into (the open one, or a `group`
session opened for it: StartClass), each lesson taught and, at its last step, one `class`
completion (RecordLessonTaught), through the records thread. Lessons taught before the
session's id is known wait for it; a failure is logged and said on the console."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.classroom import LessonTaught
from kiosk.records import RecordError
from kiosk.records.classes import ClassStarted
from kiosk.records.operations import RecordLessonTaught, StartClass
from ui.records_service import RecordsService

log = logging.getLogger(__name__)


class ClassRecords:
    def __init__(
        self,
        records: RecordsService,
        on_started: Callable[[ClassStarted], None],
        on_failed: Callable[[RecordError], None],
    ) -> None:
        self.records = records
        self.on_started = on_started
        self.on_failed = on_failed
        self.session_id = ""
        self.waiting: list[LessonTaught] = []

    def start(self, lessons: tuple[str, ...], facilitator: str = "") -> None:
        self.records.submit(StartClass(lessons, facilitator), self._started, self._failed)

    def _started(self, started: ClassStarted) -> None:
        self.session_id = started.session.id
        log.info(
            "class: session %s (%s)", started.session.id, "opened" if started.opened else "open"
        )
        self.on_started(started)
        waiting, self.waiting = self.waiting, []
        for taught in waiting:
            self.taught(taught)

    def taught(self, taught: LessonTaught) -> None:
        if not self.session_id:
            self.waiting.append(taught)
            return
        lesson = taught.lesson
        operation = RecordLessonTaught(
            self.session_id, lesson.id, lesson.language, taught.reached_end
        )
        self.records.submit(operation, None, self._failed)

    def _failed(self, error: RecordError) -> None:
        log.warning("class: the records did not take it: %s", error.code)
        self.on_failed(error)
