"""The panel's first page: what the facilitator can do, at most six big cards.

Without a session: start one, record support, people, reports, settings, quit. With one
open, its card (attendance, and ending it) comes first and "add people" second, so the two
things done most during a lesson are one tap away; ending a session is on its attendance page.
That makes seven cards: closing the kiosk, the rarest, goes to the second page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.records import RecordError
from kiosk.records.model import SESSION_KINDS, label
from kiosk.settings import Settings
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.desk import Desk
from ui.facilitator.layout import card_grid
from ui.facilitator.page import Page
from ui.facilitator.widgets import FitLabel, notice_label
from ui.theme import Theme


class MenuPage(Page):
    name = "menu"
    chosen = Signal(str)  # start, attendance, add, teach, support, people, report, settings, quit

    def __init__(
        self, theme: Theme, desk: Desk, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.settings = settings
        self.bar.back.hide()
        self.place = FitLabel()
        self.place.setObjectName("heading")
        self.problem = notice_label()  # the records could not be read
        self.problem.hide()
        self.grid = ChoiceGrid(theme, *card_grid(theme, beside_actions=False))
        self.grid.chosen.connect(self.chosen)
        self.body.addWidget(self.place)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.grid, 1)
        desk.load_failed.connect(self._load_failed)
        desk.session_changed.connect(self.refresh)
        desk.attendees_changed.connect(self.refresh)
        self.retranslate()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.refresh()

    def choices(self) -> list[Choice]:
        session = self.desk.session
        support = Choice("support", self.tr("Record support"), self.tr("Find a person first"))
        teach = Choice("teach", self.tr("Teach a class"), self.tr("The lesson on the TV"))
        rest = [
            Choice("people", self.tr("People"), self.tr("Everyone recorded here")),
            Choice("report", self.tr("Reports"), self.tr("Figures for the commune")),
            Choice("settings", self.tr("Settings"), self.tr("Names, groups, waiting time")),
            Choice("quit", self.tr("Close the kiosk"), self.tr("Asks once more")),
        ]
        if session is None:
            start = Choice("start", self.tr("Start a session"), self.tr("Lesson, help desk…"))
            return [start, teach, support, *rest]
        kind = label(SESSION_KINDS, session.kind, self.language)
        count = self.tr("{count} present").format(count=len(self.desk.attendees))
        where = " · ".join(part for part in (count, kind, session.location) if part)
        return [
            Choice("attendance", self.tr("Attendance, end session"), where),
            Choice("add", self.tr("Add people"), self.tr("Search, or a new person")),
            teach,
            support,
            *rest,
        ]

    def _load_failed(self, error: RecordError) -> None:
        self.problem.setText(error.message(self.language))
        self.problem.show()

    def refresh(self) -> None:
        self.grid.set_choices(self.choices(), page=0)
        names = [self.settings.commune_name, self.settings.kiosk_name]
        shown = " · ".join(n for n in names if n)
        self.place.set_full_text(shown or self.tr("No commune name yet: see Settings"))

    def retranslate(self) -> None:
        self.bar.title.set_full_text(self.tr("Facilitator"))
        self.refresh()

    def on_show(self) -> None:
        self.problem.hide()  # read again as the menu shows; said again if it fails again
        self.refresh()
