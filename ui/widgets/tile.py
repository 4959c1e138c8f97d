"""A lesson on the home screen: one big tile, icon and title, touched once to open."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.lessons.model import Lesson
from ui.theme import Theme
from ui.widgets.illustration import Illustration


class LessonTile(QPushButton):
    """A push button whose face is a picture and a wrapped title (child widgets that let
    touches through to the button). Made once and given another lesson with `show_lesson`;
    `chosen` carries the lesson now shown."""

    chosen = Signal(str)  # the lesson id

    def __init__(
        self, theme: Theme, parent: QWidget | None = None, *, height: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(theme.target * 3)
        self.setFixedHeight(height or theme.px(180))
        self.lesson_id = ""
        self.clicked.connect(self._choose)

        self.icon_view = Illustration()
        side = theme.px(120)
        self.icon_view.setFixedSize(side, side)
        self.title = QLabel()
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for child in (self.icon_view, self.title):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

        row = QHBoxLayout(self)
        m = theme.px(20)
        row.setContentsMargins(m, m, m, m)
        row.setSpacing(theme.px(20))
        row.addWidget(self.icon_view, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.title, 1)

    def hasHeightForWidth(self) -> bool:
        return False  # its fixed height, not the height its wrapped title would like

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.maximumHeight())

    def show_lesson(self, lesson: Lesson) -> None:
        self.lesson_id = lesson.id
        self.icon_view.set_image(lesson.icon)
        self.title.setText(lesson.title)
        self.setAccessibleName(lesson.title)

    def _choose(self) -> None:
        if self.lesson_id:
            self.chosen.emit(self.lesson_id)
