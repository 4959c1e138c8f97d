"""Printing a handout in the background: the screen never waits for the spooler."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.channels.model import ChannelRegistry
from kiosk.lessons.model import Lesson

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


class PrintService(QObject):
    finished = Signal(object)  # PrintOutcome

    def __init__(self, data_dir: Path, printer: str, paper: str, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.printer = printer
        self.paper = paper
        self.busy = False

    def start(self, lesson: Lesson, registry: ChannelRegistry, language: str) -> bool:
        """Begin printing; False when a print is already under way."""
        if self.busy:
            return False
        self.busy = True
        threading.Thread(
            target=self._run, args=(lesson, registry, language), name="print", daemon=True
        ).start()
        return True

    def _run(self, lesson: Lesson, registry: ChannelRegistry, language: str) -> None:
        from ui.printing.spooler import PrintOutcome, print_handout  # PDF and Qt printing code

        try:
            outcome = print_handout(
                lesson, registry, language, self.data_dir, printer=self.printer, paper=self.paper
            )
        except OSError as error:  # the PDF itself could not be written (a full disk...)
            outcome = PrintOutcome(False, "", Path(), f"the handout could not be saved: {error}")
        if outcome.printed:
            log.info("handout %s printed as %s", lesson.id, outcome.job)
        else:
            log.warning(
                "handout %s not printed: %s (PDF: %s)", lesson.id, outcome.reason, outcome.pdf
            )
        self.busy = False
        self.finished.emit(outcome)
