""" "Teach a class": the facilitator picks the lessons for the evening (the open session's
planned lessons first, already picked), then goes. The class itself is ui/classroom/."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.lessons.model import Lesson, Library
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.desk import Desk
from ui.facilitator.layout import card_grid, two_columns
from ui.facilitator.page import Page
from ui.facilitator.widgets import action_button
from ui.theme import Theme


class ClassStartPage(Page):
    name = "class_start"
    class_requested = Signal(tuple)  # the lessons' ids, in the order to teach them

    def __init__(
        self, theme: Theme, desk: Desk, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.library = library
        self.chosen: list[str] = []
        page = QWidget()
        left, right = two_columns(theme, page)
        right.addStretch(1)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.grid = ChoiceGrid(theme, *card_grid(theme), wrap=True, lines=2)
        self.grid.chosen.connect(self._toggle)
        left.addWidget(self.prompt)
        left.addWidget(self.grid, 1)
        right.under.addWidget(self.grid.pager)
        self.go = action_button(theme, "go", "next_white")
        self.go.setObjectName("teach")
        self.go.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.go.clicked.connect(self._go)
        right.insertWidget(0, self.go)
        self.body.addWidget(page, 1)
        self.retranslate()

    def lessons(self) -> list[Lesson]:
        """The lessons of the panel's language, the open session's planned ones first."""
        shown = list(self.library.in_language(self.language) or self.library.in_language("vi"))
        session = self.desk.session
        planned = session.lessons if session is not None else ()
        first = [lesson for lesson in shown if lesson.id in planned]
        first.sort(key=lambda lesson: planned.index(lesson.id))
        return first + [lesson for lesson in shown if lesson.id not in planned]

    def start(self) -> None:
        session = self.desk.session
        known = {lesson.id for lesson in self.lessons()}
        planned = session.lessons if session is not None else ()
        self.chosen = [lesson_id for lesson_id in planned if lesson_id in known]
        self.refresh(page=0)

    def _toggle(self, lesson_id: str) -> None:
        if lesson_id in self.chosen:
            self.chosen.remove(lesson_id)
        else:
            self.chosen.append(lesson_id)
        self.refresh()

    def _go(self) -> None:
        if self.chosen:
            self.class_requested.emit(tuple(self.chosen))

    def refresh(self, page: int | None = None) -> None:
        choices = [
            Choice(lesson.id, lesson.title, on=lesson.id in self.chosen)
            for lesson in self.lessons()
        ]
        self.grid.set_choices(choices, page)
        count = len(self.chosen)
        self.go.setEnabled(count > 0)
        self.go.setText(
            self.tr("Teach {count} lessons").format(count=count) if count else self.tr("Teach")
        )

    def retranslate(self) -> None:
        self.bar.title.set_full_text(self.tr("Teach a class"))
        self.prompt.setText(self.tr("Touch the lessons to teach, in order."))
        self.refresh()
