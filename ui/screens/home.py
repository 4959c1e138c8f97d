"""Home: the lessons as big tiles grouped by topic, at most six on a page, turned with big
buttons instead of scrolling.

A page holds at most two rows of tiles on a landscape screen; an upright screen has more
rows, as many as fit (at most six tiles a page still). Each topic starts a new row under its
own heading, so a resident sees which lessons belong together; a topic with more lessons than
fit goes on over the next page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
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


def _heading_height(theme: Theme) -> int:
    font = QFont()
    font.setPixelSize(theme.px(36))
    font.setBold(True)
    return QFontMetrics(font).lineSpacing()


def _body_height(theme: Theme) -> int:
    """The height between the top bar and the page turner."""
    heading = _heading_height(theme)
    turner = theme.button_height + (heading + theme.px(8) if Pager.stacked(theme) else 0)
    return (
        theme.screen_height
        - theme.bar_height
        - theme.px(12)
        - theme.margin
        - turner
        - theme.spacing
    )


def _rows_height(theme: Theme, rows: int, tile: int) -> int:
    """What `rows` rows of tiles need at most: a topic's heading above each of them."""
    return rows * (_heading_height(theme) + theme.px(12) + tile) + (rows - 1) * theme.px(12)


def tile_height(theme: Theme, columns: int) -> int:
    """Taller tiles on an upright screen of two columns (1080 wide leaves a title three
    lines); on a short landscape one (1280x720) as tall as two rows allow, still two lines
    of title."""
    if theme.portrait:
        return theme.px(200) if columns > 1 else theme.px(180)
    room = (_body_height(theme) - theme.px(12)) // ROWS - _heading_height(theme) - theme.px(12)
    return min(theme.px(180), room - theme.px(4))  # (a heading's label is a pixel or two taller)


def rows_that_fit(theme: Theme, columns: int) -> int:
    """Rows of tiles on a page: two on a landscape screen; on an upright one as many as fit
    between the bar and the page turner even when each row starts a topic of its own, and
    no more than six tiles."""
    if not theme.portrait:
        return ROWS
    for rows in range(MAX_TILES // columns, 1, -1):
        if _rows_height(theme, rows, tile_height(theme, columns)) <= _body_height(theme):
            return rows
    return 1


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
        self.rows = rows_that_fit(theme, columns)
        self._lessons: tuple[Lesson, ...] = ()
        self.pages: list[list[Section]] = [[]]
        self.page = 0
        self.tiles: list[LessonTile] = []  # the tiles now shown, in reading order
        self._generation = 0  # counts set_lessons() calls
        self._shown: tuple[int, int] | None = None  # (page, generation) now on screen

        self.bar = TopBar(theme)
        self.bar.home.hide()  # we are home; the corner stays empty and nothing shifts
        if theme.screen_width < 1000 * theme.scale:  # ...but on an upright 768-wide screen
            policy = self.bar.home.sizePolicy()  # the title needs the corner's room
            policy.setRetainSizeWhenHidden(False)
            self.bar.home.setSizePolicy(policy)
        self.channels = BigButton("primary")
        self.channels.setObjectName("channels")
        self.channels.setStyleSheet(f"border: {theme.px(3)}px solid #ffffff;")
        self.channels.setFixedHeight(theme.target)
        self.channels.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.channels.clicked.connect(self.channels_requested)
        self.bar.right.hide()
        bar_row = self.bar.layout()
        assert bar_row is not None  # the bar's row of Home, title and right corner
        bar_row.addWidget(self.channels)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.setSpacing(theme.px(12))
        self.headings: list[QLabel] = []
        self.slots: list[list[LessonTile]] = []  # per section slot, its tiles
        self._build_slots()

        self.pager = Pager(theme)
        self.pager.page_requested.connect(self.show_page)

        body = QVBoxLayout()
        m = theme.margin
        body.setContentsMargins(m, theme.px(12), m, m)
        body.setSpacing(theme.spacing)
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
        self.pages = paginate(self._lessons, self.columns, self.rows)
        self._generation += 1
        self.show_page(0)

    def page_of(self, lesson_id: str) -> int:
        for number, page in enumerate(self.pages):
            if any(lesson.id == lesson_id for section in page for lesson in section.lessons):
                return number
        return 0

    def visible_lessons(self) -> tuple[Lesson, ...]:
        return tuple(lesson for section in self.pages[self.page] for lesson in section.lessons)

    def _build_slots(self) -> None:
        """Every widget a page can need, made once: a page holds at most `rows` sections (a
        topic fills whole rows), each a heading over up to `rows` rows of tiles. Turning a page
        fills them and hides the rest; nothing is torn down and built again (a widget deleted
        while Python still tracked it crashed the kiosk: see STYLE.md, Qt object lifetimes)."""
        theme = self.theme
        for _ in range(self.rows):
            heading = QLabel()
            heading.setProperty("role", "section")
            heading.setWordWrap(True)
            self.sections_layout.addWidget(heading)
            grid = QGridLayout()
            grid.setHorizontalSpacing(theme.spacing + theme.px(12))
            grid.setVerticalSpacing(theme.spacing + theme.px(4))
            tiles: list[LessonTile] = []
            for index in range(self.rows * self.columns):
                tile = LessonTile(theme, height=tile_height(theme, self.columns))
                tile.chosen.connect(self.lesson_chosen)
                grid.addWidget(tile, index // self.columns, index % self.columns)
                tiles.append(tile)
            for column in range(self.columns):
                grid.setColumnStretch(column, 1)
            self.sections_layout.addLayout(grid)
            self.headings.append(heading)
            self.slots.append(tiles)
        self.sections_layout.addStretch(1)

    def show_page(self, page: int) -> None:
        self.page = min(max(0, page), self.page_count - 1)
        if self._shown == (self.page, self._generation):
            return
        self._shown = (self.page, self._generation)
        sections = self.pages[self.page]
        self.tiles = []
        for number, (heading, tiles) in enumerate(zip(self.headings, self.slots, strict=True)):
            section = sections[number] if number < len(sections) else None
            lessons = section.lessons if section is not None else ()
            heading.setText(section.topic.title if section is not None else "")
            heading.setVisible(section is not None)
            for index, tile in enumerate(tiles):
                if index < len(lessons):
                    tile.show_lesson(lessons[index])
                    self.tiles.append(tile)
                tile.setVisible(index < len(lessons))
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
