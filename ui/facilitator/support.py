"""Support given to one person: the twelve kinds, six a page; one tap records one. Each card
shows how many times that kind was given in this session ("✓ 1"); Undo takes back the last.

A card scanned here (the USB scanner, or the webcam: "Scan card") brings its person's support
page up: `person_scanned` (marked present first when a session is open, as a tap in the search
does), or `new_card_holder` with the card's name and birth year for the new-person form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.cards import CitizenCard, LearnerCard, NotACard
from kiosk.records import Person, RecordError
from kiosk.records.model import SUPPORT_KINDS, Support, label
from kiosk.records.scanning import CardRefused
from kiosk.text import say
from ui.facilitator.cards import Choice, ChoiceGrid, shortened_names
from ui.facilitator.desk import Added, CardHolder, Desk
from ui.facilitator.layout import card_grid
from ui.facilitator.page import Page
from ui.facilitator.undo import UndoButton
from ui.facilitator.widgets import action_button, notice_label
from ui.records_service import Turn
from ui.scan.intake import ScanIntake
from ui.theme import Theme


class SupportPage(Page):
    name = "support"
    done = Signal()
    person_scanned = Signal(object)  # a Person whose card was scanned here
    new_card_holder = Signal(object)  # a CitizenCard of somebody not in the records

    def __init__(self, theme: Theme, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.person: Person | None = None
        self.came_from = "menu"
        left, right = self.split()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.grid = ChoiceGrid(theme, *card_grid(theme, least=260), wrap=True)
        self.grid.chosen.connect(self.record)
        header = QHBoxLayout()  # the prompt, and upright the webcam beside it
        header.setSpacing(theme.spacing)
        header.addWidget(self.prompt, 1)
        left.addLayout(header)
        left.addWidget(self.grid, 1)
        right.under.addWidget(self.grid.pager)
        self.finish = action_button(theme, "go")
        self.finish.setObjectName("finish")
        self.finish.clicked.connect(self.done)
        self.undo = UndoButton(theme, desk)
        self.undo.undone.connect(self._say)
        self.undo.failed.connect(self.show_error)
        self.status = notice_label()
        self.status.hide()
        self.scan = action_button(theme, "secondary")
        self.scan.setObjectName("scanCard")
        self.intake = ScanIntake(self, theme)
        self.intake.read.connect(self.take_card)
        self.intake.camera_missing.connect(lambda _why: self._say(self.no_camera_text()))
        self.scan.clicked.connect(self.intake.open_camera)
        self.turn = Turn()  # the newest scan's answer only
        right.addWidget(self.finish)
        right.addWidget(self.undo)
        # Under Done and Undo; upright, whose actions are rows under the six cards of a
        # 768-wide screen with no row to spare, beside the prompt at the top instead.
        if theme.portrait:
            header.addWidget(self.scan)
        else:
            right.addWidget(self.scan)
        right.addWidget(self.status)
        right.addStretch(1)
        desk.attendees_changed.connect(self.refresh)
        self.retranslate()

    def start(self, person: Person, came_from: str) -> None:
        self.person = person
        self.came_from = came_from
        self.status.hide()
        self.grid.set_choices(self.choices(), page=0)
        self.retranslate()

    # -- a scanned card ------------------------------------------------------------------
    def take_card(self, card: CitizenCard | LearnerCard | NotACard) -> None:
        self.turn.move_on()
        if isinstance(card, NotACard):
            self._say(say(card.problem, self.language))
        elif isinstance(card, LearnerCard):
            if self.desk.session is None:
                self._say(self.tr("A learner card needs an open session. Use Add people."))
                return
            self.desk.mark_learner_card(card, self._learner, self.show_error, self.turn)
        else:
            self.desk.find_card_holder(card, self._holder, self.show_error, self.turn)

    def _learner(self, result: Added | CardRefused) -> None:
        if isinstance(result, CardRefused):
            self._say(say(result.problem, self.language))
        else:
            self.person_scanned.emit(result.person)

    def _holder(self, holder: CardHolder) -> None:
        if holder.person is None:
            self.new_card_holder.emit(holder.card)
        else:
            self.person_scanned.emit(holder.person)

    def no_camera_text(self) -> str:
        return self.tr("The camera cannot be used here. Use the scanner, or Add people.")

    def choices(self) -> list[Choice]:
        counts = self.desk.support_counts(self.person.id) if self.person else {}
        return [
            Choice(
                code,
                label(SUPPORT_KINDS, code, self.language),
                badge=f"✓ {counts[code]}" if counts.get(code) else "",
                on=bool(counts.get(code)),
            )
            for code in SUPPORT_KINDS
        ]

    def record(self, code: str) -> None:
        if self.person is None:
            return
        self.desk.record_support(self.person, code, self._recorded, self.show_error)

    def _recorded(self, support: Support) -> None:
        what = label(SUPPORT_KINDS, support.code, self.language)
        self._say(self.tr("Recorded: {support}.").format(support=what))
        self.refresh()

    def show_error(self, error: RecordError) -> None:
        self._say(error.message(self.language))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.refresh()

    def refresh(self) -> None:
        if self.person is not None:
            self.grid.set_choices(self.choices())

    def set_language(self, language: str) -> None:
        self.undo.language = language
        super().set_language(language)

    def retranslate(self) -> None:
        person = self.person
        title = f"{person.full_name} · {person.birth_year}" if person else ""
        # On a narrow screen the name and year alone, then shorter names: the year stays.
        year = f" · {person.birth_year}" if person else ""
        names = [person.full_name, *shortened_names(person.full_name)] if person else []
        self.bar.title.set_full_text(
            self.tr("Support: {person}").format(person=title),
            [name + year for name in names],
            keep=year,
        )
        self.prompt.setText(self.tr("Touch once for each kind of help given."))
        self.finish.setText(self.tr("Done"))
        self.scan.setText(self.tr("Scan card"))
        self.refresh()
