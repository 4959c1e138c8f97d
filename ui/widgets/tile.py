"""A lesson on the home screen: one big tile, icon and title, touched once to open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QWidget,
)

from kiosk.lessons.model import Lesson
from ui.theme import Theme
from ui.widgets.illustration import Illustration


class LessonTile(QAbstractButton):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(theme.target * 3, theme.target * 2)
        self.lesson_id = ""

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

    def show_lesson(self, lesson: Lesson) -> None:
        self.lesson_id = lesson.id
        self.icon_view.set_image(lesson.icon)
        self.title.setText(lesson.title)
        self.setAccessibleName(lesson.title)

    def _set_pressed_look(self, pressed: bool) -> None:
        self.setProperty("pressed", pressed)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._set_pressed_look(True)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._set_pressed_look(False)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOption()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.end()
