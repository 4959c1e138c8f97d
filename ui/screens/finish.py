"""The end of a lesson: congratulations, and where to go next. Later issues put the lesson's
QR codes, the handout button and check-in into `extras`."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.lessons.model import Lesson
from ui.resources import icon_path, load_icon
from ui.screens.base import Screen
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.illustration import Illustration
from ui.widgets.top_bar import TopBar


class FinishScreen(Screen):
    another_lesson = Signal()
    repeat_lesson = Signal(str)
    home_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.lesson: Lesson | None = None

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.home_requested)

        self.badge = Illustration()
        self.badge.set_image(icon_path("done"))
        self.badge.setFixedSize(theme.px(160), theme.px(160))
        self.cheer = QLabel()
        self.cheer.setProperty("role", "hero")
        self.cheer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_line = QLabel()
        self.done_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lesson_title = QLabel()
        self.lesson_title.setProperty("role", "title")
        self.lesson_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lesson_title.setWordWrap(True)

        # Room kept for what later issues add: QR codes, "print handout", check-in.
        self.extras = QWidget()
        self.extras.setObjectName("extras")
        self.extras_layout = QHBoxLayout(self.extras)
        self.extras_layout.setContentsMargins(0, 0, 0, 0)

        self.repeat = BigButton("secondary")
        self.repeat.setIcon(load_icon("back"))
        self.repeat.clicked.connect(lambda: self.lesson and self.repeat_lesson.emit(self.lesson.id))
        self.another = BigButton("go")
        self.another.setIcon(load_icon("next_white"))
        self.another.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.another.clicked.connect(self.another_lesson)
        icon = QSize(theme.px(44), theme.px(44))
        buttons = QHBoxLayout()
        m = theme.margin
        buttons.setContentsMargins(m, theme.px(16), m, m)
        buttons.setSpacing(theme.px(40))
        for button in (self.repeat, self.another):
            button.setIconSize(icon)
            button.setFixedHeight(theme.button_height)
            buttons.addWidget(button, 1)

        middle = QVBoxLayout()
        middle.setContentsMargins(m, m, m, 0)
        middle.setSpacing(theme.px(16))
        middle.addStretch(1)
        middle.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        middle.addWidget(self.cheer)
        middle.addWidget(self.done_line)
        middle.addWidget(self.lesson_title)
        middle.addWidget(self.extras, 0, Qt.AlignmentFlag.AlignHCenter)
        middle.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.lesson_title.setText(lesson.title)

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Well done"))
        self.cheer.setText(self.tr("Congratulations!"))
        self.done_line.setText(self.tr("You have finished the lesson"))
        self.repeat.setText(self.tr("Learn it again"))
        self.another.setText(self.tr("Another lesson"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            self.another_lesson.emit()
        elif key == Qt.Key.Key_Escape:
            self.home_requested.emit()
        else:
            super().keyPressEvent(event)
