"""Learner cards for everyone present, in one print (ui/printing/learner_cards.py): made and
sent to the printer off the GUI thread; `finished(sentence)` says how it went, in the panel's
language. The sheet's PDF stays in the data folder (owner-only) when nothing printed."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.records import Person
from kiosk.settings import Settings
from ui.records_service import RecordsService
from ui.tasks import Worker

if TYPE_CHECKING:
    from kiosk.records.store import RecordStore
    from ui.printing.learner_cards import CardFace
    from ui.printing.spooler import PrintOutcome

log = logging.getLogger(__name__)


class CardPrint(QObject):
    finished = Signal(str)

    def __init__(
        self,
        records: RecordsService,
        data_dir: Path,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = records
        self.data_dir = data_dir
        self.settings = settings
        self.busy = False
        self._worker = Worker("cards", parent=self)

    def set_settings(self, settings: object) -> None:
        if isinstance(settings, Settings):
            self.settings = settings

    def start(self, people: Sequence[Person], language: str) -> str:
        """Begin; what to say now ("" when a print is already under way)."""
        if self.busy:
            return ""
        self.busy = True
        chosen = tuple(people)

        def faces(store: RecordStore) -> list[CardFace]:
            from ui.printing.learner_cards import faces_of

            return faces_of(chosen, store.kiosk_id)

        self.records.call(
            faces,
            lambda made: self._print(made, language),
            lambda error: self._over(self.tr("The cards could not be made."), str(error)),
        )
        return self.tr("Printing {count} learner cards…").format(count=len(chosen))

    def _print(self, faces: list[CardFace], language: str) -> None:
        settings = self.settings

        def work() -> PrintOutcome:
            from ui.printing.learner_cards import print_cards

            return print_cards(
                faces, language, self.data_dir, settings.commune_name, settings.printer
            )

        self._worker.submit(
            work,
            self._printed,
            lambda failure: self._over(self.tr("The cards could not be made."), failure.detail),
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.printed:
            log.info("learner cards sent to printer %s", outcome.printer)
            self._over(self.tr("The learner cards are printing."), "")
        else:
            self._over(
                self.tr("Not printed: the cards are saved in the kiosk's folder to print later."),
                outcome.reason,
            )

    def _over(self, sentence: str, reason: str) -> None:
        if reason:
            log.warning("learner cards not printed: %s", reason)
        self.busy = False
        self.finished.emit(sentence)
