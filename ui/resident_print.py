"""A resident's handout from the finish screen ("In hướng dẫn"): the print started, the
button held until the print is over, and what became of it said over the screen. A class's
handouts are the console's (ui/classroom/mode.py); this stays quiet for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.channels.model import ChannelRegistry
from kiosk.lessons.model import Lesson
from ui.print_service import PrintService
from ui.screens.finish import FinishScreen
from ui.widgets.message_overlay import MessageOverlay

if TYPE_CHECKING:
    from ui.printing.spooler import PrintOutcome


class ResidentPrint(QObject):
    """Its words are the window's: their translations' context is KioskWindow, as before."""

    def __init__(
        self,
        printing: PrintService | None,
        finish: FinishScreen,
        message: MessageOverlay,
        in_class: Callable[[], bool],
    ) -> None:
        super().__init__(finish)
        self.printing = printing
        self.finish = finish
        self.message = message
        self.in_class = in_class
        if printing is not None:
            printing.finished.connect(self._printed)

    def start(self, lesson: Lesson | None, registry: ChannelRegistry, language: str) -> None:
        if lesson is None or self.printing is None:
            self.message.say(
                QCoreApplication.translate(
                    "KioskWindow", "Printing is not set up here. Please ask the facilitator."
                )
            )
            return
        if self.printing.start(lesson, registry, language):
            self.finish.print_button.setEnabled(False)
            self.message.say(QCoreApplication.translate("KioskWindow", "Preparing your guide..."))

    def _printed(self, outcome: PrintOutcome) -> None:
        self.finish.print_button.setEnabled(True)
        if self.in_class():  # a class's handouts: its console says what became of them
            return
        if outcome.printed:
            self.message.say(
                QCoreApplication.translate(
                    "KioskWindow", "Printing now. Please take the sheet from the printer."
                )
            )
        else:
            self.message.say(
                QCoreApplication.translate(
                    "KioskWindow",
                    "The printer is not ready. Your guide has been saved; "
                    "please ask the facilitator to print it for you.",
                )
            )
