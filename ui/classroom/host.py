"""The kiosk's side of a class (class mode itself is ui/classroom/mode.py, loaded for the
first class): it opens the class the panel asked for, puts its stage in the window's stack,
and says when the stage is to be shown and when the class has ended."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from kiosk.lessons.model import Lesson, Library
    from ui.classroom.mode import ClassMode
    from ui.facilitator.desk import Desk
    from ui.narrator import Narrator
    from ui.print_service import PrintService
    from ui.records_service import RecordsService
    from ui.theme import Theme


class ClassHost(QObject):
    """At most one class at a time, taught from the window's `stack`. `desk`: the panel's
    attendance (the count present); `add_person`: the console's "add a person", which the
    facilitator's gate opens."""

    stage_shown = Signal(object)  # the class's stage (a QWidget): to be shown as Place.CLASS
    finished = Signal()  # the console's End: the window goes back to the attract loop

    def __init__(
        self,
        stack: QStackedWidget,
        desk: Callable[[], Desk | None],
        add_person: Callable[[], None],
        records: RecordsService | None,
        printing: PrintService | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._desk = desk
        self._add_person = add_person
        self._records = records
        self._printing = printing
        self.mode: ClassMode | None = None  # the class being taught

    def start(
        self,
        kiosk: tuple[Theme, Library, Narrator | None, ChannelRegistry],
        lessons: list[Lesson],
        language: str,
    ) -> None:
        """ "Teach a class" in the panel: the console here, the lesson on the TV."""
        from ui.classroom.mode import open_class

        if not lessons or self.mode is not None:
            return
        mode = open_class(kiosk, lessons, language, self._desk(), self._records, self._printing)
        self._stack.addWidget(mode.stage)
        mode.ended.connect(lambda _ended, mode=mode: self._finished(mode))
        mode.add_person_requested.connect(self._add_person)
        self.mode = mode
        self.resume()
        mode.begin()

    def resume(self) -> None:
        """Back to the class (from the attendance taken during it)."""
        if self.mode is not None:
            self.stage_shown.emit(self.mode.stage)
            self.mode.tick()

    def open_console(self) -> None:
        if self.mode is not None:
            self.mode.open_console()

    def _finished(self, mode: ClassMode) -> None:
        """The console's End; the panel is behind the PIN again."""
        if self.mode is mode:
            self.mode = None
            mode.close(self._stack)
            self.finished.emit()

    def end(self) -> None:
        """The panel opened past the PIN, the kiosk locked or closing: a class ends first (what
        it taught is already recorded), and the TV goes dark."""
        mode, self.mode = self.mode, None
        if mode is not None:
            mode.classroom.end()
            mode.close(self._stack)
