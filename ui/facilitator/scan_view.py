"""The last card scanned on the attendance page, shown large: who it is, whether they are
present, and the one touch that marks them.

A citizen ID card (kiosk/cards) shows its name and birth year at once, while the records are
asked who it is (FindCardHolder): someone known gets one "Present" button; someone already
present is told so (no second attendance); someone new gets the residential groups (touching
one adds them and marks them present), gender only if they wish, as in the new-person form.
A learner card marks its person present at once (MarkLearnerCardPresent). Anything else is
said in one sentence and nothing is stored. Undo takes a wrong scan back; a newer scan's answer
replaces an older one's (a late answer is dropped)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.cards import CitizenCard, LearnerCard, NotACard
from kiosk.records import NewPerson, Person, RecordError
from kiosk.records.model import GENDERS, label
from kiosk.records.scanning import CardHolder, CardRefused
from kiosk.text import say
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.desk import Added, Desk
from ui.facilitator.layout import card_grid, two_columns
from ui.facilitator.undo import UndoButton
from ui.facilitator.widgets import ToggleButton, action_button, notice_label
from ui.records_service import Turn
from ui.theme import Theme

Card = CitizenCard | LearnerCard | NotACard

# What the view shows of the card scanned last.
LOOKING, ABSENT, PRESENT, MARKED, NEW, PROBLEM = (
    "looking",
    "absent",
    "present",
    "marked",
    "new",
    "problem",
)


class ScannedView(QWidget):
    """`listing_requested`: back to who is present; `camera_requested`: the webcam;
    `shown_present(Person)`: a scanned person is now shown as present (for the bench);
    `bar_heading(str)`: what the page's bar should say ("": its own title), see `moved`."""

    listing_requested = Signal()
    camera_requested = Signal()
    shown_present = Signal(object)
    bar_heading = Signal(str)

    def __init__(self, theme: Theme, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.desk = desk
        self.language = "vi"
        self.state = PROBLEM
        self.problem = ""  # the sentence shown in the PROBLEM state
        self.person: Person | None = None  # known: found, marked or added
        self.card: CitizenCard | None = None  # a new person's name and birth year
        self.gender: str | None = None
        self.groups: tuple[str, ...] = ()
        self.turn = Turn()  # the newest scan's answer only
        self.busy = False

        left, right = two_columns(theme, self)
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.heading.setWordWrap(True)
        self.name = QLabel()
        self.name.setObjectName("scannedName")
        self.name.setProperty("role", "hero")
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setProperty("role", "title")
        self.detail.setWordWrap(True)
        # The new person's gender and groups: shown only then (a hidden page of a stack
        # would still ask for its height, which an upright screen does not have to spare).
        self.new_box = QWidget()
        genders = QHBoxLayout()
        genders.setSpacing(theme.spacing)
        self.gender_label = QLabel()
        self.gender_label.setWordWrap(True)
        self.genders: dict[str, ToggleButton] = {}
        for code in GENDERS:
            button = ToggleButton(theme)
            button.clicked.connect(lambda _=False, c=code: self._toggle_gender(c))
            self.genders[code] = button
        box = QVBoxLayout(self.new_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(theme.spacing)
        self.group_prompt = QLabel()
        self.group_prompt.setWordWrap(True)
        # Upright, two columns of three (a group's name is short): the name and the actions
        # need the height. On a short screen two rows, under the name and gender.
        columns, rows = card_grid(theme, least=200)
        columns, rows = (2, 3) if theme.portrait else (columns, 2 if theme.short else rows)
        self.group_grid = ChoiceGrid(theme, columns, rows, lines=1)
        self.group_grid.chosen.connect(self._add_new)
        # Gender on one line, if they wish (never taken from the card), then the groups. On a
        # short screen the words go beside the three buttons, on the same line.
        self.gender_box = QWidget()
        self.short = theme.short and not theme.portrait
        gender_layout = QHBoxLayout() if self.short else QVBoxLayout()
        self.gender_box.setLayout(gender_layout)
        gender_layout.setContentsMargins(0, 0, 0, 0)
        gender_layout.setSpacing(theme.spacing if self.short else theme.px(8))
        gender_layout.addWidget(self.gender_label, 1 if self.short else 0)
        gender_layout.addLayout(genders)
        for button in self.genders.values():
            if self.short:  # beside the words: as wide as their own words, and a little more
                button.setMinimumWidth(theme.px(120))
            genders.addWidget(button)
        box.addWidget(self.gender_box)
        box.addWidget(self.group_prompt)
        box.addWidget(self.group_grid, 1)
        self.group_prompt.setVisible(not theme.short)  # the heading says it too
        self.new_box.hide()
        for widget in (self.heading, self.name, self.detail):
            left.addWidget(widget)
        left.addWidget(self.new_box, 1)
        left.addStretch(0)  # (the rest of the height, when the new person's part is hidden)
        right.under.addWidget(self.group_grid.pager)

        self.present = action_button(theme, "go")
        self.present.setObjectName("present")
        self.present.clicked.connect(self._present_touched)
        self.camera = action_button(theme, "secondary")
        self.camera.setObjectName("scanCamera")
        self.camera.clicked.connect(self.camera_requested)
        self.undo = UndoButton(theme, desk)
        self.undo.undone.connect(self._undone)
        self.undo.failed.connect(self._failed)
        self.listing = action_button(theme, "secondary")
        self.listing.setObjectName("listing")
        self.listing.clicked.connect(self.listing_requested)
        self.status = notice_label()
        self.status.hide()
        for action in (self.present, self.undo, self.camera, self.listing):
            right.addWidget(action)
        right.addWidget(self.status)
        right.addStretch(1)
        self.retranslate()

    # -- a scan --------------------------------------------------------------------------
    def show_card(self, card: Card) -> None:
        """What a scan read: shown at once; the records answer after."""
        self.status.hide()
        self.busy = False
        self.gender = None
        self.person, self.card = None, None
        self.turn.move_on()  # an older scan's answer is for no one now
        session = self.desk.session
        if isinstance(card, NotACard):
            self._problem(say(card.problem, self.language))
        elif session is None:
            self._problem(self.tr("Start a session first: then scan the cards."))
        elif isinstance(card, LearnerCard):
            self._show(LOOKING)
            self.desk.mark_learner_card(card, self._learner_marked, self._failed, self.turn)
        else:
            self.card = card
            self._show(LOOKING)
            self.desk.find_card_holder(card, self._found, self._failed, self.turn)

    def _found(self, holder: CardHolder) -> None:
        if holder.person is None:
            self._show(NEW)
            return
        self.person, self.card = holder.person, None
        self._show(PRESENT if holder.present else ABSENT)

    def _learner_marked(self, result: Added | CardRefused) -> None:
        if isinstance(result, CardRefused):
            self._problem(say(result.problem, self.language))
            return
        self._marked(result)

    # -- the one touch ---------------------------------------------------------------------
    def _present_touched(self) -> None:
        if self.state == NEW:
            self._add_new("")
        elif self.state == ABSENT and self.person is not None and not self.busy:
            self.busy = True
            self.desk.add_attendee(self.person, self._marked, self._failed)

    def _add_new(self, group: str) -> None:
        card = self.card
        if card is None or self.busy or self.state != NEW:
            return
        self.busy = True
        new = NewPerson(card.name, card.birth_year, group, gender=self.gender)
        self.desk.add_new_person(new, self._marked, self._failed)

    def _marked(self, added: Added) -> None:
        self.busy = False
        self.person, self.card = added.person, None
        self._show(MARKED if added.new else PRESENT)
        self.shown_present.emit(added.person)

    def _toggle_gender(self, code: str) -> None:
        self.gender = None if self.gender == code else code
        self._refresh_genders()

    def _undone(self, text: str) -> None:
        self.person, self.card = None, None
        self._problem(text)

    def _failed(self, error: RecordError) -> None:
        self.busy = False
        self.status.setText(error.message(self.language))
        self.status.show()

    def _problem(self, sentence: str) -> None:
        self.problem = sentence
        self._show(PROBLEM)

    # -- what is shown ---------------------------------------------------------------------
    def set_groups(self, groups: Sequence[str]) -> None:
        self.groups = tuple(groups)
        self.group_grid.set_choices([Choice(g, g) for g in self.groups], page=0)

    def set_language(self, language: str) -> None:
        self.language = language
        self.undo.language = language
        self.retranslate()

    def _show(self, state: str) -> None:
        self.state = state
        new = state == NEW
        self.new_box.setVisible(new and bool(self.groups))
        self.group_grid.set_choices([Choice(g, g) for g in self.groups], page=0)
        self.group_grid.pager.setVisible(new and self.group_grid.pager.isVisibleTo(self))
        self.present.setVisible(state == ABSENT or (new and not self.groups))
        self._refresh_genders()
        self.retranslate()

    def _refresh_genders(self) -> None:
        for code, button in self.genders.items():
            button.set_words(label(GENDERS, code, self.language))
            button.set_on(code == self.gender)
        self.gender_box.setVisible(self.state == NEW)

    def retranslate(self) -> None:
        state, person, card = self.state, self.person, self.card
        name = person.full_name if person else card.name if card else ""
        year = person.birth_year if person else card.birth_year if card else ""
        headings = {
            LOOKING: self.tr("Card read. Looking in the records…"),
            ABSENT: self.tr("Found. Not present yet: touch Present."),
            PRESENT: self.tr("Already present. Nothing more to do."),
            MARKED: self.tr("✓ Present."),
            NEW: (
                self.tr("New person: touch their group.")
                if self.groups
                else self.tr("New person: touch Present.")
            ),
            PROBLEM: self.problem,
        }
        self.heading.setText(headings[state])
        # On a short screen a new person's name, gender and two rows of groups take the
        # whole height: the heading goes up into the page's bar.
        moved = self.short and state == NEW
        self.heading.setVisible(not moved)
        self.bar_heading.emit(headings[state] if moved else "")
        # A new person's name is smaller, with the year beside it: the groups need the room.
        role = "title" if state == NEW else "hero"
        if self.name.property("role") != role:
            self.name.setProperty("role", role)
            self.name.style().unpolish(self.name)
            self.name.style().polish(self.name)
        shown = f"{name} · {year}" if state == NEW and year else name
        self.name.setText(shown if state != PROBLEM else "")
        self.name.setVisible(state != PROBLEM)
        self.detail.setText(self.tr("Born {year}").format(year=year) if year else "")
        self.detail.setVisible(bool(year) and state not in (PROBLEM, NEW))
        self.present.setText(self.tr("Present"))
        self.camera.setText(self.tr("Scan card"))
        self.listing.setText(self.tr("Who is present"))
        self.gender_label.setText(self.tr("Gender, if they wish:"))
        self.group_prompt.setText(self.tr("Touch the residential group to save."))
        self.undo.retranslate()
