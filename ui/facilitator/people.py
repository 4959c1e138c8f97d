"""Everybody recorded on this kiosk, six a page in name order, or those whose name matches
a filter typed on the keyboard. Only the page shown is read from the store. Touching a
person opens their support page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kiosk.records.operations import PeoplePage
from ui.facilitator.cards import ChoiceGrid, person_choice
from ui.facilitator.desk import Desk
from ui.facilitator.layout import card_grid, two_columns
from ui.facilitator.page import Page
from ui.facilitator.widgets import FitLabel, action_button, typing_page
from ui.records_service import Turn
from ui.theme import Theme


class PeopleListPage(Page):
    name = "people"
    person_chosen = Signal(object)  # a Person

    def __init__(self, theme: Theme, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.query = ""
        self.shown: PeoplePage | None = None
        self.turn = Turn()  # only the newest page asked for is shown
        self.views = QStackedWidget()
        self.body.addWidget(self.views, 1)

        listing = QWidget()
        left, right = two_columns(theme, listing)
        self.heading = FitLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("role", "section")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.hide()
        self.grid = ChoiceGrid(theme, *card_grid(theme))
        self.grid.chosen.connect(self._chosen)
        self.grid.page_requested.connect(self.load)
        left.addWidget(self.heading)
        left.addWidget(self.empty, 1)
        left.addWidget(self.grid, 1)
        right.under.addWidget(self.grid.pager)
        self.filter = action_button(theme)
        self.filter.setObjectName("filter")
        self.filter.clicked.connect(self._ask_filter)
        self.unfilter = action_button(theme)
        self.unfilter.setObjectName("unfilter")
        self.unfilter.clicked.connect(lambda: self.show_people(""))
        right.addWidget(self.filter)
        right.addWidget(self.unfilter)
        right.addStretch(1)
        self.views.addWidget(listing)

        typing, self.prompt, self.keyboard = typing_page(theme)
        self.keyboard.submitted.connect(self.show_people)
        self.views.addWidget(typing)
        self.retranslate()

    def show_people(self, query: str = "") -> None:
        """The list (filtered by `query` when given), from its first page."""
        self.query = query.strip()
        self.views.setCurrentIndex(0)
        self.unfilter.setVisible(bool(self.query))
        self.load(0)

    def on_show(self) -> None:
        if self.views.currentIndex() == 0:
            self.load(self.grid.page)

    def load(self, page: int) -> None:
        per = self.grid.per_page
        self.desk.people_page(self.query, max(0, page), per, self._loaded, self.turn)

    def _loaded(self, result: PeoplePage) -> None:
        if not result.people and result.page > 0:  # the list got shorter: its last page
            self.load(result.page - 1)
            return
        self.shown = result
        self.grid.show_page_of([person_choice(p) for p in result.people], *self._position())
        self.grid.setVisible(bool(result.people))
        self.empty.setVisible(not result.people)
        self.retranslate()

    def _position(self) -> tuple[int, int]:
        assert self.shown is not None
        return self.shown.page, self.shown.page_count

    def _chosen(self, person_id: str) -> None:
        if self.shown is not None:
            person = next((p for p in self.shown.people if p.id == person_id), None)
            if person is not None:
                self.person_chosen.emit(person)

    def _ask_filter(self) -> None:
        self.keyboard.set_text(self.query)
        self.views.setCurrentIndex(1)

    def go_back(self) -> None:
        if self.views.currentIndex() == 1:
            self.views.setCurrentIndex(0)
        else:
            self.back_requested.emit()

    def retranslate(self) -> None:
        self.bar.title.set_full_text(self.tr("People"))
        self.filter.setText(self.tr("Find by name"))
        self.unfilter.setText(self.tr("Show everyone"))
        self.prompt.say(self.tr("Type part of the name (no accents needed), then Done."))
        shown = self.shown
        if self.query:
            heading = self.tr('Names with "{query}"').format(query=self.query)
            self.empty.setText(self.tr("Nobody with that name."))
        else:
            total = shown.total if shown is not None and shown.total is not None else 0
            heading = self.tr("{count} people recorded").format(count=total)
            self.empty.setText(self.tr("Nobody recorded yet."))
        self.heading.set_full_text(heading)
