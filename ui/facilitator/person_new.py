"""A new person, in as few taps as can be: the name comes typed from the search, the fourth
digit of the birth year moves on by itself, and touching the residential group saves.

Steps: name (only when none was typed, or to correct it), birth year with gender (optional),
group. Back goes one step back. A problem is said on the step it concerns, in the panel's
language, and nothing typed is lost."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.records import NewPerson, RecordError
from kiosk.records import validate as check
from kiosk.records.model import GENDERS, MAX_NAME_LENGTH, label
from kiosk.settings import Settings
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.desk import Added, Desk
from ui.facilitator.layout import card_grid, two_columns
from ui.facilitator.page import Page
from ui.facilitator.widgets import ToggleButton, action_button, notice_label, typing_page
from ui.theme import Theme
from ui.widgets.numpad import NumberPad

STEPS = ("name", "year", "group")
NAME_ERRORS = ("name_empty", "name_too_long", "name_control")
YEAR_ERRORS = ("birth_year_invalid", "birth_year_range")


class PersonNewPage(Page):
    name = "person_new"
    saved = Signal(object)  # Added

    def __init__(
        self, theme: Theme, desk: Desk, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.settings = settings
        self.gender: str | None = None
        self.history: list[str] = []
        self.busy = False
        self.filling = False  # a card's birth year going in: no moving on by itself
        self.steps = QStackedWidget()
        self.body.addWidget(self.steps, 1)

        # Name: the keyboard, with what to do above it.
        page, self.name_prompt, self.keyboard = typing_page(theme, MAX_NAME_LENGTH)
        self.keyboard.submitted.connect(self._name_done)
        self.steps.addWidget(page)

        # Birth year: the number pad on the left; the name and gender on the right.
        # (On an upright screen the name and gender above, the pad under them.)
        page = QWidget()
        upright = QBoxLayout.Direction.BottomToTop
        row = QBoxLayout(upright if theme.portrait else QBoxLayout.Direction.LeftToRight, page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.px(48))
        self.numpad = NumberPad(theme, max_length=4)
        self.numpad.text_changed.connect(self._year_typed)
        self.numpad.submitted.connect(lambda _: self._year_done())
        if theme.portrait:
            row.addStretch(1)
        pad_place = Qt.AlignmentFlag.AlignHCenter if theme.portrait else Qt.AlignmentFlag.AlignTop
        row.addWidget(self.numpad, 0, pad_place)
        side = QVBoxLayout()
        side.setSpacing(theme.spacing)
        row.addLayout(side, 0 if theme.portrait else 1)
        self.shown_name = QLabel()  # whole, on two lines if need be: it is checked here
        self.shown_name.setProperty("role", "title")
        self.shown_name.setWordWrap(True)
        self.edit_name = action_button(theme)
        self.edit_name.clicked.connect(lambda: self._go("name"))
        self.year_prompt = QLabel()
        self.year_prompt.setWordWrap(True)
        self.gender_label = QLabel()
        genders = QHBoxLayout()
        genders.setSpacing(theme.spacing)
        self.genders: dict[str, ToggleButton] = {}
        for code in GENDERS:
            button = ToggleButton(theme)
            button.clicked.connect(lambda _=False, c=code: self._toggle_gender(c))
            genders.addWidget(button)
            self.genders[code] = button
        self.year_error = notice_label()
        side.addWidget(self.shown_name)
        side.addWidget(self.edit_name)
        year = (self.year_prompt, self.year_error)  # on an upright screen: right over the pad
        for widget in () if theme.portrait else year:
            side.addWidget(widget)
        side.addWidget(self.gender_label)
        side.addLayout(genders)
        for widget in year if theme.portrait else ():
            side.addWidget(widget)
        side.addStretch(1)
        self.steps.addWidget(page)

        # Residential group: touching one saves.
        page = QWidget()
        left, right = two_columns(theme, page)
        self.group_prompt = QLabel()
        self.group_prompt.setWordWrap(True)
        self.groups = ChoiceGrid(theme, *card_grid(theme), lines=1)
        self.groups.chosen.connect(self._save)
        left.addWidget(self.group_prompt)
        left.addWidget(self.groups, 1)
        right.under.addWidget(self.groups.pager)
        self.no_group = action_button(theme)
        self.no_group.setObjectName("noGroup")
        self.no_group.clicked.connect(lambda: self._save(""))
        self.group_error = notice_label()
        right.addWidget(self.no_group)
        right.addWidget(self.group_error)
        right.addStretch(1)
        self.steps.addWidget(page)
        self.retranslate()

    # -- flow --------------------------------------------------------------------------
    def start(self, typed_name: str, birth_year: int | None = None) -> None:
        """Open with the name typed in the search (the name step comes first when empty), or
        the name and birth year of a scanned card (then on the group step: one touch saves;
        with no groups, on the year step, where gender can be given before saving)."""
        self.keyboard.set_text(typed_name.strip())
        self.numpad.clear()
        if birth_year is not None:
            self.filling = True
            for digit in str(birth_year):
                self.numpad.type(digit)
            self.filling = False
        self.gender = None
        self.busy = False
        self.history = []
        self.name_prompt.clear_error()
        for label_ in (self.year_error, self.group_error):
            label_.hide()
        self.groups.set_choices(self._group_choices(), page=0)
        if birth_year is not None and self.settings.residential_groups:
            self.history = ["year"]  # Back: the year step, for gender or a correction
            self._go("group", remember=False)
            return
        self._go("year" if typed_name.strip() else "name", remember=False)

    @property
    def step(self) -> str:
        return STEPS[self.steps.currentIndex()]

    def _go(self, step: str, remember: bool = True) -> None:
        if remember:
            self.history.append(self.step)
        self.steps.setCurrentIndex(STEPS.index(step))
        self._refresh()

    def go_back(self) -> None:
        if self.history:
            self._go(self.history.pop(), remember=False)
        else:
            self.back_requested.emit()

    def _name_done(self, text: str) -> None:
        try:
            check.full_name(text)
        except RecordError as error:
            self._show_error(error)
            return
        if self.history and self.history[-1] == "year":  # came to correct the name
            self.go_back()
        else:
            self._go("year")

    def _year_typed(self, text: str) -> None:
        self.year_error.hide()
        if len(text) == 4 and not self.filling:
            self._year_done()

    def _year_done(self) -> None:
        try:
            check.birth_year(self.numpad.text(), datetime.now().year)
        except RecordError as error:
            self._show_error(error)
            return
        if self.settings.residential_groups:
            self._go("group")
        else:
            self._save("")

    def _toggle_gender(self, code: str) -> None:
        self.gender = None if self.gender == code else code
        self._refresh()

    def _save(self, group: str) -> None:
        if self.busy:
            return
        self.busy = True
        new = NewPerson(
            full_name=self.keyboard.text(),
            birth_year=self.numpad.text(),
            residential_group=group,
            gender=self.gender,
        )
        self.desk.add_new_person(new, self._saved, self._show_error)

    def _saved(self, added: Added) -> None:
        self.busy = False
        self.saved.emit(added)

    def _show_error(self, error: RecordError) -> None:
        self.busy = False
        message = error.message(self.language)
        if error.code in NAME_ERRORS:
            self.name_prompt.warn(message)
            step = "name"
        else:
            where = self.year_error if error.code in YEAR_ERRORS else self.group_error
            step = "year" if error.code in YEAR_ERRORS else self.step
            where.setText(message)
            where.show()
        if step != self.step:
            self._go(step)

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.groups.set_choices(self._group_choices())

    def _group_choices(self) -> list[Choice]:
        return [Choice(group, group) for group in self.settings.residential_groups]

    # -- texts -------------------------------------------------------------------------
    def _refresh(self) -> None:
        name = self.keyboard.text().strip()
        self.shown_name.setText(name)
        facts = [name, self.numpad.text()]
        if self.gender:
            facts.append(label(GENDERS, self.gender, self.language))
        title = self.tr("New person")
        if self.step == "group":
            title += ": " + " · ".join(facts)
        self.bar.title.set_full_text(title)
        for code, button in self.genders.items():
            button.set_words(label(GENDERS, code, self.language))
            button.set_on(code == self.gender)

    def retranslate(self) -> None:
        self.name_prompt.say(self.tr("Type the full name, then touch Done."))
        self.edit_name.setText(self.tr("Correct the name"))
        self.year_prompt.setText(self.tr("Birth year (4 digits):"))
        self.gender_label.setText(self.tr("Gender, if you wish:"))
        self.group_prompt.setText(self.tr("Touch the residential group to save."))
        self.no_group.setText(self.tr("Save, no group"))
        self._refresh()
