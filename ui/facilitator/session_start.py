"""Starting a session, a step at a time: its kind, its place (a residential group, or another
place typed), the lessons taught (optional, several), then the facilitator's name (the last
one is offered) and Done. Back goes one step back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from kiosk.lessons.model import Lesson, Library
from kiosk.records import RecordError, Session, validate
from kiosk.records.model import SESSION_KINDS, label
from kiosk.settings import Settings
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.desk import Desk
from ui.facilitator.layout import ActionArea, card_grid, two_columns
from ui.facilitator.page import Page
from ui.facilitator.widgets import action_button, typing_page
from ui.theme import Theme

STEPS = ("kind", "place", "lessons", "typing")


class SessionStartPage(Page):
    name = "session_start"
    started = Signal(object)  # the Session

    def __init__(
        self,
        theme: Theme,
        desk: Desk,
        library: Library,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.library = library
        self.settings = settings
        self.kind = ""
        self.location = ""
        self.lessons: list[str] = []
        self.typing_for = "facilitator"  # or "place"
        self.history: list[str] = []
        self.busy = False
        self.steps = QStackedWidget()
        self.body.addWidget(self.steps, 1)

        self.kind_prompt, self.kinds, _ = self._step(lines=1)
        self.kinds.chosen.connect(self._kind_chosen)
        self.place_prompt, self.places, side = self._step(lines=1)
        self.places.chosen.connect(self._place_chosen)
        self.other_place = action_button(theme)
        self.other_place.setObjectName("otherPlace")
        self.other_place.clicked.connect(lambda: self._type("place"))
        side.insertWidget(0, self.other_place)
        self.lesson_prompt, self.lesson_grid, side = self._step(lines=2)
        self.lesson_grid.chosen.connect(self._toggle_lesson)
        self.next = action_button(theme, "go", "next_white")
        self.next.setObjectName("next")
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next.clicked.connect(lambda: self._type("facilitator"))
        side.insertWidget(0, self.next)

        page, self.type_prompt, self.keyboard = typing_page(theme)
        self.keyboard.submitted.connect(self._typed)
        self.steps.addWidget(page)
        self.retranslate()

    def _step(self, lines: int) -> tuple[QLabel, ChoiceGrid, ActionArea]:
        page = QWidget()
        left, right = two_columns(self.theme, page)
        right.addStretch(1)
        prompt = QLabel()
        prompt.setWordWrap(True)
        grid = ChoiceGrid(self.theme, *card_grid(self.theme), wrap=lines > 1, lines=lines)
        left.addWidget(prompt)
        left.addWidget(grid, 1)
        right.under.addWidget(grid.pager)
        self.steps.addWidget(page)
        return prompt, grid, right

    # -- flow --------------------------------------------------------------------------
    def start(self) -> None:
        self.kind, self.location, self.lessons = "", "", []
        self.history, self.busy = [], False
        self.type_prompt.clear_error()
        self._go("kind", remember=False)

    @property
    def step(self) -> str:
        return STEPS[self.steps.currentIndex()]

    def _go(self, step: str, remember: bool = True) -> None:
        if remember:
            self.history.append(self.step)
        self.steps.setCurrentIndex(STEPS.index(step))
        self.refresh(page=0)

    def go_back(self) -> None:
        if self.history:
            self._go(self.history.pop(), remember=False)
        else:
            self.back_requested.emit()

    def _kind_chosen(self, kind: str) -> None:
        self.kind = kind
        self._go("place")

    def _place_chosen(self, place: str) -> None:
        self.location = place
        self._go("lessons")

    def _toggle_lesson(self, lesson_id: str) -> None:
        if lesson_id in self.lessons:
            self.lessons.remove(lesson_id)
        else:
            self.lessons.append(lesson_id)
        self.refresh()

    def _type(self, what: str) -> None:
        self.typing_for = what
        self.type_prompt.clear_error()
        if what == "place":
            self.keyboard.set_text("")
        else:
            self.keyboard.set_text(self.desk.last_facilitator)
        self._go("typing")

    def _typed(self, text: str) -> None:
        if self.typing_for == "place":
            if text:
                try:
                    validate.short_text(text, "location_invalid")  # nothing hidden in it
                except RecordError as error:
                    self.type_prompt.warn(error.message(self.language))
                    return
                self.location = text
                self._go("lessons", remember=False)  # Back then returns to the places
            return
        if self.busy:
            return
        self.busy = True
        self.desk.start_session(
            self.kind, self.location, text, tuple(self.lessons), self._started, self._failed
        )

    def _started(self, session: Session) -> None:
        self.busy = False
        self.started.emit(session)

    def _failed(self, error: RecordError) -> None:
        self.busy = False
        self.type_prompt.warn(error.message(self.language))

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings

    # -- texts -------------------------------------------------------------------------
    def _lessons(self) -> tuple[Lesson, ...]:
        return self.library.in_language(self.language) or self.library.in_language("vi")

    def refresh(self, page: int | None = None) -> None:
        kinds = [Choice(k, label(SESSION_KINDS, k, self.language)) for k in SESSION_KINDS]
        self.kinds.set_choices([Choice(c.key, c.title, on=c.key == self.kind) for c in kinds])
        groups = self.settings.residential_groups
        self.places.set_choices([Choice(g, g, on=g == self.location) for g in groups], page)
        lessons = [
            Choice(lesson.id, lesson.title, on=lesson.id in self.lessons)
            for lesson in self._lessons()
        ]
        self.lesson_grid.set_choices(lessons, page)
        parts = [label(SESSION_KINDS, self.kind, self.language) if self.kind else ""]
        parts.append(self.location)
        summary = " · ".join(p for p in parts if p)
        title = self.tr("New session")
        self.bar.title.set_full_text(f"{title}: {summary}" if summary else title)
        chosen = len(self.lessons)
        self.next.setText(
            self.tr("Next ({count} lessons)").format(count=chosen) if chosen else self.tr("Next")
        )
        if self.typing_for == "place":
            self.type_prompt.say(self.tr("Type the place, then touch Done."))
        else:
            self.type_prompt.say(
                self.tr("Your name (you may leave it empty), then touch Done to start.")
            )

    def retranslate(self) -> None:
        self.kind_prompt.setText(self.tr("What kind of session?"))
        self.place_prompt.setText(self.tr("Where? Touch a residential group."))
        self.other_place.setText(self.tr("Another place"))
        self.lesson_prompt.setText(self.tr("Lessons taught (optional): touch each one."))
        self.refresh()
