"""Ghi tên: the resident signs in at the end of a lesson, one step at a time.

consent (read aloud; "Đồng ý" or "Bỏ qua") -> name (on-screen Vietnamese keyboard) -> birth
year (number pad) -> residential group (the facilitator's list; skipped when it is empty) ->
saved. The check-in is written through the records thread, and "signed in" shows only after
it is committed. Everything typed is forgotten when the screen is left (`forget`).

A citizen ID card scanned after "Đồng ý" (the USB scanner, or the webcam: "Quét thẻ") fills
the name and the birth year, and the resident goes straight to "Is this you?" (the "card"
step), then the group. Only the name and birth year are taken from the card (kiosk/cards).
A learner card printed by the panel does the same with its person's name and birth year, as
the records know them (FindLearnerCardHolder: nothing is written before the check-in)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.cards import CitizenCard, LearnerCard, NotACard
from kiosk.lessons.model import Lesson
from kiosk.records import CheckIn, NewPerson, Person, RecordError, validate
from kiosk.records.operations import CheckInResident
from kiosk.records.scanning import CardRefused, FindLearnerCardHolder
from kiosk.text import say
from kiosk.visit import Visit
from ui.narrator import Narrator
from ui.records_service import RecordsService, Turn
from ui.scan.intake import ScanIntake
from ui.screens.base import Screen
from ui.screens.checkin_pages import (
    CONSENT,
    BottomRow,
    CardPage,
    ConsentPage,
    DonePage,
    GroupPage,
    YearPage,
)
from ui.theme import Theme
from ui.widgets.keyboard import VietKeyboard, side_margin
from ui.widgets.top_bar import TopBar

STEPS = ("consent", "name", "year", "group", "done")
CARD_STEP = "card"  # the name and birth year of a scanned card, to confirm: not counted


def given_name(full_name: str) -> str:
    """How a Vietnamese name is said in "bác Đều": its last word."""
    words = full_name.split()
    return words[-1] if words else ""


class CheckInScreen(Screen):
    home_requested = Signal()
    left = Signal()  # Back from the consent or the done page: to the finish screen
    skipped = Signal()  # "Bỏ qua": the lesson counts, anonymously
    another_lesson = Signal()
    submitting = Signal()  # the check-in has gone to the records thread
    signed_in = Signal(object)  # CheckIn, after it is committed
    save_failed = Signal()
    speak = Signal(str)  # a text to read aloud

    def __init__(
        self,
        theme: Theme,
        records: RecordsService | None,
        groups: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self.records = records
        self.groups: tuple[str, ...] = tuple(groups)
        self.language = "vi"
        self.lesson: Lesson | None = None
        self.practice_unaided: bool | None = None
        self.step = "consent"
        self.saving = False
        self.turn = Turn()  # a result that comes back after `forget` is for no one
        self.done_words = ("", "")
        self.returning = False

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.home_requested)
        self.consent = ConsentPage(theme)
        self.consent.listen_requested.connect(self.read_aloud)
        self.keyboard = VietKeyboard(theme)
        self.keyboard.submitted.connect(lambda _text: self.go_next())
        self.keyboard.text_changed.connect(lambda _text: self._clear_problem())
        self.year = YearPage(theme)
        self.year.pad.submitted.connect(lambda _text: self.go_next())
        self.year.pad.text_changed.connect(lambda _text: self._clear_problem())
        self.group = GroupPage(theme)
        self.group.chosen.connect(self.save)
        self.done = DonePage(theme)
        self.card = CardPage(theme)
        self.intake = ScanIntake(self, theme)
        self.intake.read.connect(self.take_card)
        self.pages = QStackedWidget()
        # The question above the keyboard where the screen has room for it; otherwise the
        # top bar asks it (and the voice always does).
        self.name_question = QLabel()
        self.name_question.setProperty("role", "title")
        self.name_question.setWordWrap(True)
        name_page = QWidget()
        name_layout = QVBoxLayout(name_page)
        side = side_margin(theme)
        name_layout.setContentsMargins(side, 0, side, 0)
        name_layout.setSpacing(theme.spacing)
        name_layout.addStretch(1)
        name_layout.addWidget(self.name_question)
        name_layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        if theme.portrait:  # the question and the keyboard in the middle of a tall page
            name_layout.addStretch(1)
        bar = theme.target + 2 * theme.px(12)
        need = bar + theme.px(100) + self.keyboard.height() + theme.spacing
        if need + theme.button_height + theme.margin > theme.screen_height:
            self.name_question.hide()
        self.page_of = {
            "consent": self.consent,
            "name": name_page,
            "year": self.year,
            "group": self.group,
            "done": self.done,
            CARD_STEP: self.card,
        }
        for page in self.page_of.values():
            self.pages.addWidget(page)

        self.buttons = BottomRow(theme, max(self.keyboard.height(), self.year.pad.height()))
        self.buttons.back.clicked.connect(self.go_back)
        self.buttons.next.clicked.connect(self.go_next)
        self.buttons.skip.clicked.connect(self.skip)
        self.buttons.scan.clicked.connect(self.intake.open_camera)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.group.set_groups(self.groups)
        self.retranslate()

    # --- what the window asks ---------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def set_groups(self, groups: Sequence[str]) -> None:
        self.groups = tuple(groups)
        self.group.set_groups(self.groups)

    def follow(self, visit: Visit, narrator: Narrator | None) -> None:
        """Tell the resident's visit (kiosk/visit) what the check-in did; say what it says
        with the visit's voice, in the visit's language."""
        if narrator is not None:
            self.speak.connect(lambda text: narrator.speak_text(text, visit.language))
        self.set_language(visit.language)
        self.left.connect(visit.leave_checkin)
        self.skipped.connect(visit.checkin_skipped)
        self.another_lesson.connect(visit.back_to_list)
        self.submitting.connect(visit.checkin_submitting)
        self.signed_in.connect(lambda _result: visit.checkin_saved())
        self.save_failed.connect(visit.checkin_failed)

    def start(self, lesson: Lesson, practice_unaided: bool | None = None) -> None:
        """Begin a check-in for a finished lesson: the consent page, read aloud.
        `practice_unaided` is recorded with the completion."""
        self.forget()
        self.lesson = lesson
        self.practice_unaided = practice_unaided
        self.show_step("consent")

    def forget(self) -> None:
        """Drop everything typed and any result still on its way."""
        self.turn.move_on()
        self.saving = False
        self.lesson = None
        self.keyboard.clear()
        self.year.pad.clear()
        self.done_words = ("", "")
        self.done.show_words("", "")
        self._clear_problem()
        self.step = "consent"

    @property
    def steps(self) -> list[str]:
        """The steps this check-in has (no group step when there is no list of groups)."""
        return [s for s in STEPS if s != "group" or self.groups]

    # --- the way through ---------------------------------------------------------------------
    def show_step(self, step: str) -> None:
        self.step = step
        self._clear_problem()
        if step == "group":
            self.group.show_page(0)
        self.pages.setCurrentWidget(self.page_of[step])
        self.retranslate()
        self.read_aloud()

    def read_aloud(self) -> None:
        self.speak.emit(self.spoken_text())

    def spoken_text(self) -> str:
        if self.step == "consent":
            return CONSENT.get(self.language, CONSENT["vi"]).spoken
        if self.step == CARD_STEP:  # the name is not said: spoken words are cached
            return self.tr("Is this your name? If it is, touch Next.")
        if self.step == "done":
            # Without the name: spoken sentences are kept in the speech cache, with no
            # retention limit, and a name must not outlive the records (privacy).
            if self.returning:
                return self.tr("Welcome back! This lesson has been added to your name.")
            return self.tr("You are signed in. Thank you!")
        return {
            "name": self.tr("Please type your full name on the keyboard, then touch Next."),
            "year": self.tr("Please type the year you were born, for example 1950."),
            "group": self.tr("Please touch the residential group where you live."),
        }[self.step]

    def go_back(self) -> None:
        if self.saving:
            return
        if self.step in ("consent", "done"):
            self.left.emit()
            return
        if self.step == CARD_STEP:  # not theirs: typed by hand instead
            self.keyboard.clear()
            self.year.pad.clear()
            self.show_step("name")
            return
        steps = self.steps
        self.show_step(steps[steps.index(self.step) - 1])

    def go_next(self) -> None:
        if self.saving:
            return
        if self.step == "consent":
            self.show_step("name")
        elif self.step == "name":
            if self._check(lambda: validate.full_name(self.keyboard.text())):
                self.show_step("year")
        elif self.step in ("year", CARD_STEP):
            this_year = datetime.now().year
            if self._check(lambda: validate.birth_year(self.year.pad.text(), this_year)):
                if self.groups:
                    self.show_step("group")
                else:
                    self.save("")
        elif self.step == "done":
            self.another_lesson.emit()

    def skip(self) -> None:
        """The middle button: "Skip" the consent, or "Other group" (signed in without one)."""
        if self.saving:
            return
        if self.step == "consent":
            self.skipped.emit()
        elif self.step == "group":
            self.save("")

    # --- a scanned card ----------------------------------------------------------------------
    def take_card(self, card: CitizenCard | LearnerCard | NotACard) -> None:
        """A scan: a citizen ID card fills the name and year (after the consent only)."""
        if self.saving or self.step == "done" or self.lesson is None:
            return
        if self.step == "consent":
            self.show_problem(self.tr("First touch I agree, then scan your card."))
        elif isinstance(card, NotACard):
            self.show_problem(say(card.problem, self.language))
        elif isinstance(card, LearnerCard):
            if self.records is None:
                self.show_problem(
                    self.tr("Please scan your citizen ID card here, or type your name.")
                )
                return
            self.records.submit(
                FindLearnerCardHolder(card), self._learner_found, self._found_failed, turn=self.turn
            )
        else:
            self._confirm(card.name, card.birth_year)

    def _learner_found(self, found: Person | CardRefused) -> None:
        if self.saving or self.step in ("consent", "done") or self.lesson is None:
            return  # the resident has moved on since the scan
        if isinstance(found, CardRefused):
            self.show_problem(say(found.problem, self.language))
        else:
            self._confirm(found.full_name, found.birth_year)

    def _found_failed(self, error: RecordError) -> None:
        if not self.saving and self.step not in ("consent", "done"):
            self.show_problem(error.message(self.language))

    def _confirm(self, name: str, birth_year: int) -> None:
        """A card's name and birth year filled in, and "Is this you?"."""
        self.keyboard.set_text(name)
        self.year.pad.clear()
        for digit in str(birth_year):
            self.year.pad.type(digit)
        self.show_step(CARD_STEP)

    def _check(self, check) -> bool:  # type: ignore[no-untyped-def]
        try:
            check()
        except RecordError as error:
            self.show_problem(error.message(self.language))
            return False
        return True

    # --- saving --------------------------------------------------------------------------------
    def save(self, group: str) -> None:
        if self.saving or self.lesson is None or self.records is None:
            return
        person = NewPerson(
            full_name=self.keyboard.text(),
            birth_year=self.year.pad.text(),
            residential_group=group,
            consent=True,
        )
        check_in = CheckInResident(
            self.lesson.id, person, self.practice_unaided, self.lesson.language
        )
        self.saving = True
        self._clear_problem()
        self.retranslate()
        self.submitting.emit()
        # Gone before the answer (`forget`): the completion still needs to hear of a failure.
        self.records.submit(
            check_in,
            self._saved,
            self._failed,
            turn=self.turn,
            on_late_error=lambda _error: self.save_failed.emit(),
        )

    def _saved(self, result: CheckIn) -> None:
        self.saving = False
        self.signed_in.emit(result)
        self.show_done(result.person.full_name, returning=result.returning)

    def show_done(self, full_name: str, *, returning: bool) -> None:
        """Thank the resident by name; nothing else typed stays in memory."""
        self.keyboard.clear()
        self.year.pad.clear()
        name = given_name(full_name)
        self.returning = returning
        if returning:
            self.done_words = (
                self.tr("Welcome back, {name}!").format(name=name),
                self.tr("This lesson has been added to your name."),
            )
        else:
            self.done_words = (
                self.tr("You are signed in."),
                self.tr("Thank you, {name}!").format(name=name),
            )
        self.done.show_words(*self.done_words)
        self.show_step("done")

    def _failed(self, error: RecordError) -> None:
        self.save_failed.emit()
        self.saving = False
        self.retranslate()
        self.show_problem(error.message(self.language))

    # --- messages ------------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        """Say what is wrong on the page itself; what was typed stays."""
        place = {"consent": self.consent.problem, CARD_STEP: self.card.problem}.get(self.step)
        if place is not None:
            place.setText(text)
            place.show()
        elif self.step == "name":
            self.buttons.note.setText(text)
            self.buttons.show_middle("note")
        elif self.step == "year":
            self.year.problem.setText(text)
            self.year.problem.show()
        elif self.step == "group":
            self.group.problem.setText(text)
            self.group.problem.show()
        self.speak.emit(text)

    def problem_text(self) -> str:
        labels = (self.consent.problem, self.card.problem)
        for label in (self.buttons.note, self.year.problem, self.group.problem, *labels):
            if label.isVisibleTo(self) and label.text():
                return label.text()
        return ""

    def _clear_problem(self) -> None:
        self.consent.problem.hide()
        self.card.problem.hide()
        self.year.problem.hide()
        self.group.problem.hide()
        self.buttons.note.clear()
        middle = "scan" if self.step in ("name", "year") and self.records is not None else ""
        self.buttons.show_middle("skip" if self.step in ("consent", "group") else middle)

    def retranslate(self) -> None:
        name_step = self.step == "name" and self.name_question.isHidden()
        self.bar.title.setText(self.tr("Your full name") if name_step else self.tr("Sign in"))
        self.name_question.setText(self.tr("Please type your full name."))
        steps = [s for s in self.steps if s != "done"]
        self.bar.right.setText(
            self.tr("Step {n} / {total}").format(n=steps.index(self.step) + 1, total=len(steps))
            if self.step in steps
            else ""
        )
        self.consent.show_text(CONSENT.get(self.language, CONSENT["vi"]), self.tr("Listen again"))
        self.year.question.setText(self.tr("What year were you born?"))
        self.year.hint.setText(self.tr("Four digits, for example 1950."))
        self.group.question.setText(self.tr("Which residential group do you live in?"))
        self.card.question.setText(self.tr("Is this you?"))
        self.card.name.setText(self.keyboard.text() if self.step == CARD_STEP else "")
        year = self.year.pad.text() if self.step == CARD_STEP else ""
        self.card.year.setText(self.tr("Born {year}").format(year=year) if year else "")
        self.buttons.back.setText(self.tr("Back"))
        self.buttons.scan.setText(self.tr("Scan card"))
        group = self.step == "group"  # a tap on a group signs in; no Next
        self.buttons.skip.setText(self.tr("Other group") if group else self.tr("Skip"))
        names = {
            "consent": self.tr("I agree"),
            "name": self.tr("Next"),
            "year": self.tr("Next") if self.groups else self.tr("Sign in"),
            CARD_STEP: self.tr("Next") if self.groups else self.tr("Sign in"),
            "group": "",
            "done": self.tr("Another lesson"),
        }
        self.buttons.next.setText(names[self.step])
        self.buttons.next.setVisible(not group)
        for widget in (self.buttons.next, self.buttons.back, self.buttons.skip, self.group):
            widget.setEnabled(not self.saving)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_next()
        elif key == Qt.Key.Key_Escape:
            self.home_requested.emit()
        else:
            super().keyPressEvent(event)
