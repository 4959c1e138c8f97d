"""Undo: takes back the newest thing this panel visit recorded (a person marked present, or
one support given), and says what it took back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.records.model import SUPPORT_KINDS, label
from ui.facilitator.desk import Action, Desk
from ui.theme import Theme
from ui.widgets.buttons import BigButton


class UndoButton(BigButton):
    """Enabled while there is something to undo. `undone(str)` says what was taken back;
    `failed(RecordError)` when the store could not (the action stays on the stack)."""

    undone = Signal(str)
    failed = Signal(object)

    def __init__(self, theme: Theme, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("secondary", parent)
        self.setFixedHeight(theme.button_height)
        self.setObjectName("undo")
        self.desk = desk
        self.language = "vi"
        self.clicked.connect(self.undo)
        desk.undo_changed.connect(self._follow)
        self._follow()
        self.retranslate()

    def _follow(self) -> None:
        self.setEnabled(self.desk.can_undo)

    def undo(self) -> None:
        if self.desk.can_undo:
            self.desk.undo(lambda action: self.undone.emit(self.describe(action)), self.failed.emit)

    def describe(self, action: Action) -> str:
        who = action.person.full_name
        if action.kind == "attendance":
            return self.tr("Undone: {name} is no longer in this session.").format(name=who)
        what = label(SUPPORT_KINDS, action.code, self.language)
        return self.tr("Undone: {support} for {name}.").format(support=what, name=who)

    def retranslate(self) -> None:
        self.setText(self.tr("Undo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
