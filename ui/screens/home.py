"""Home: the lessons as big tiles grouped by topic, at most six on a page, turned with big
buttons instead of scrolling.

A page holds at most two rows of tiles. Each topic starts a new row under its own heading,
so a resident sees which lessons belong together; a topic with more lessons than fit goes
on over the next page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.lessons.model import Lesson, Topic
from ui.screens.base import Screen
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.pager import Pager
from ui.widgets.tile import LessonTile
from ui.widgets.top_bar import TopBar

ROWS = 2
MAX_TILES = 6  # DESIGN.md: at most six choices on a screen


@dataclass(frozen=True)
class Section:
    topic: Topic
    lessons: tuple[Lesson, ...]  # at most one row's worth per row of the section


def paginate(lessons: Sequence[Lesson], columns: int, rows: int = ROWS) -> list[list[Section]]:
    """Split lessons (already in topic order) into pages of sections, each section one topic
    filling whole rows; a page has at most `rows` rows."""
    row_list: list[tuple[Topic, tuple[Lesson, ...]]] = []
    by_topic: dict[str, list[Lesson]] = {}
    topics: list[Topic] = []
    for lesson in lessons:
        if lesson.topic.id not in by_topic:
            by_topic[lesson.topic.id] = []
            topics.append(lesson.topic)
        by_topic[lesson.topic.id].append(lesson)
    for topic in topics:
        items = by_topic[topic.id]
        for start in range(0, len(items), columns):
            row_list.append((topic, tuple(items[start : start + columns])))
    pages: list[list[Section]] = []
    for start in range(0, len(row_list), rows):
        page: list[Section] = []
        for topic, row in row_list[start : start + rows]:
            if page and page[-1].topic == topic:
                page[-1] = Section(topic, page[-1].lessons + row)
            else:
                page.append(Section(topic, row))
        pages.append(page)
    return pages or [[]]


class HomeScreen(Screen):
    lesson_chosen = Signal(str)
    channels_requested = Signal()

    def __init__(self, theme: Theme, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.columns = columns
        self._lessons: tuple[Lesson, ...] = ()
        self.pages: list[list[Section]] = [[]]
        self.page = 0
        self.tiles: list[LessonTile] = []
        self._generation = 0  # counts set_lessons() calls
        self._built: tuple[int, int] | None = None  # (page, generation) now on screen

        self.bar = TopBar(theme)
        self.bar.home.hide()  # we are home; the corner stays empty and nothing shifts
        self.channels = BigButton("primary")
        self.channels.setObjectName("channels")
        self.channels.setStyleSheet(f"border: {theme.px(3)}px solid #ffffff;")
        self.channels.setFixedHeight(theme.target)
        self.channels.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.channels.clicked.connect(self.channels_requested)
        self.bar.right.hide()
        self.bar.layout().addWidget(self.channels)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.setSpacing(theme.px(12))

        self.pager = Pager(theme)
        self.pager.page_requested.connect(self.show_page)

        body = QVBoxLayout()
        m = theme.margin
        body.setContentsMargins(m, theme.px(12), m, m)
        body.setSpacing(theme.px(16))
        body.addWidget(self.sections, 1)
        body.addWidget(self.empty, 1)
        body.addWidget(self.pager)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addLayout(body, 1)
        self.retranslate()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def set_lessons(self, lessons: Sequence[Lesson]) -> None:
        self._lessons = tuple(lessons)
        self.pages = paginate(self._lessons, self.columns)
        self._generation += 1
        self.show_page(0)

    def page_of(self, lesson_id: str) -> int:
        for number, page in enumerate(self.pages):
            if any(lesson.id == lesson_id for section in page for lesson in section.lessons):
                return number
        return 0

    def visible_lessons(self) -> tuple[Lesson, ...]:
        return tuple(lesson for section in self.pages[self.page] for lesson in section.lessons)

    def _clear_sections(self) -> None:
        for child in self.sections.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            child.hide()
            child.setParent(None)
            child.deleteLater()
        while (item := self.sections_layout.takeAt(0)) is not None:
            if (inner := item.layout()) is not None:
                inner.deleteLater()
        self.tiles = []

    def show_page(self, page: int) -> None:
        self.page = min(max(0, page), self.page_count - 1)
        if self._built == (self.page, self._generation):
            return
        self._built = (self.page, self._generation)
        self._clear_sections()
        theme = self.theme
        for section in self.pages[self.page]:
            heading = QLabel(section.topic.title)
            heading.setProperty("role", "section")
            heading.setWordWrap(True)
            self.sections_layout.addWidget(heading)
            grid = QGridLayout()
            grid.setHorizontalSpacing(theme.spacing + theme.px(12))
            grid.setVerticalSpacing(theme.spacing + theme.px(4))
            for index, lesson in enumerate(section.lessons):
                tile = LessonTile(theme)
                tile.show_lesson(lesson)
                tile.clicked.connect(lambda _=False, i=lesson.id: self.lesson_chosen.emit(i))
                grid.addWidget(tile, index // self.columns, index % self.columns)
                self.tiles.append(tile)
            for column in range(self.columns):
                grid.setColumnStretch(column, 1)
            self.sections_layout.addLayout(grid)
        self.sections_layout.addStretch(1)
        self.pager.show_position(self.page, self.page_count)
        self.empty.setVisible(not self._lessons)
        self.sections.setVisible(bool(self._lessons))
        self.retranslate()

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Choose a lesson"))
        self.channels.setText(self.tr("Official channels"))
        self.empty.setText(
            self.tr("No lessons yet. Please ask the facilitator to add a lesson pack.")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.show_page(self.page + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.show_page(self.page - 1)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
            shown = self.visible_lessons()
            index = key - Qt.Key.Key_1
            if index < len(shown):
                self.lesson_chosen.emit(shown[index].id)
        else:
            super().keyPressEvent(event)
