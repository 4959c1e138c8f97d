"""Printing a handout in the background: the screen never waits for the printer."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.lessons.model import Lesson
from ui.tasks import Failure, Worker

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from ui.printing.spooler import PrintOutcome

log = logging.getLogger(__name__)


class PrintService(QObject):
    """One print at a time; `finished(PrintOutcome)` after every print, even one that raised
    (then not printed, with the reason for the log), and the service is free again."""

    finished = Signal(object)  # PrintOutcome

    def __init__(self, data_dir: Path, printer: str, paper: str, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.printer = printer
        self.paper = paper
        self.busy = False
        self._worker = Worker("print", parent=self)

    def start(
        self, lesson: Lesson, registry: ChannelRegistry, language: str, copies: int = 1
    ) -> bool:
        """Begin printing (`copies` of the handout: a class's); False when a print is already
        under way."""
        if self.busy:
            return False
        self.busy = True
        self._worker.submit(
            lambda: self._print(lesson, registry, language, copies),
            lambda outcome: self._over(lesson, outcome),
            lambda failure: self._over(lesson, self._not_printed(failure)),
        )
        return True

    def _print(
        self, lesson: Lesson, registry: ChannelRegistry, language: str, copies: int
    ) -> PrintOutcome:
        from ui.printing import spooler  # PDF and Qt printing code

        return spooler.print_handout(
            lesson,
            registry,
            language,
            self.data_dir,
            printer=self.printer,
            paper=self.paper,
            copies=copies,
        )

    @staticmethod
    def _not_printed(failure: Failure) -> PrintOutcome:
        from ui.printing.spooler import PrintOutcome

        done = "made" if failure.bug else "saved"  # saved: a full disk, a read-only one...
        return PrintOutcome(False, "", Path(), f"the handout could not be {done}: {failure.detail}")

    def _over(self, lesson: Lesson, outcome: PrintOutcome) -> None:
        if outcome.printed:
            log.info("handout %s sent to printer %s", lesson.id, outcome.printer)
        else:
            log.warning(
                "handout %s not printed: %s (PDF: %s)", lesson.id, outcome.reason, outcome.pdf
            )
        self.busy = False
        self.finished.emit(outcome)
