"""The audience view of a class: what the hall sees on the TV or projector. No buttons: the
lesson's title and "Bước 3 / 10", the step's picture as large as the screen allows, the step's
words readable from the back of the hall (at least 1/22 of the screen's height), and on a
practice step the class's task ("Bà con hãy thử trên điện thoại của mình: ..."). It shows
the classroom (kiosk/classroom) it is given; blanked, it is black."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.classroom import Blanked, ClassEvent
from kiosk.classroom.prompt import class_task
from kiosk.visit.events import FeedbackGiven, Position, StepShown
from ui.widgets.illustration import Illustration

TEXT_SHARE = 22  # the step's words: at least 1/22 of the screen's height (49 px at 1080)
INK, PAPER, BLUE, TASK = "#1a1a1a", "#faf7f0", "#0b4f9c", "#e8f1fb"


class AudienceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.position: Position | None = None
        self.language = "vi"
        self.title = QLabel()
        self.title.setObjectName("audienceTitle")
        self.title.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setObjectName("audienceCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QFrame()
        self.bar.setObjectName("audienceBar")
        self.bar_row = QHBoxLayout(self.bar)
        self.bar_row.addWidget(self.title, 1)
        self.bar_row.addWidget(self.counter)
        self.picture = Illustration()
        self.words = QLabel()
        self.words.setObjectName("audienceWords")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.task = QLabel()
        self.task.setObjectName("audienceTask")
        self.task.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(self.words)
        text.addWidget(self.task)
        text.addStretch(1)
        self.body = QHBoxLayout()
        self.body.addWidget(self.picture, 3)
        self.body.addLayout(text, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addLayout(self.body, 1)
        self.black = QWidget(self)  # "Blank the TV": over everything
        self.black.setObjectName("audienceBlack")
        self.black.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.black.hide()
        self._size_text(QSize(1920, 1080))

    # --- the classroom, shown -------------------------------------------------------------
    def follow(self, event: ClassEvent) -> None:
        if isinstance(event, StepShown | FeedbackGiven):
            self.show_position(event.position)
        elif isinstance(event, Blanked):
            self.set_blank(event.blank)

    def show_position(self, position: Position) -> None:
        self.position = position
        step = position.step
        self.picture.set_image(step.image)
        practice = step.practice
        self.picture.show_ring(practice.target if practice and position.ring else None)
        self.title.setText(position.lesson.title)
        self.language = position.lesson.language
        self.words.setText(step.text)
        self.task.setVisible(practice is not None)
        self.retranslate()

    def set_blank(self, blank: bool) -> None:
        self.black.setGeometry(self.rect())
        self.black.setVisible(blank)
        self.black.raise_()

    @property
    def blank(self) -> bool:
        return self.black.isVisible()

    def retranslate(self) -> None:
        position = self.position
        if position is None:
            return
        self.counter.setText(
            self.tr("Step {n} / {total}").format(n=position.index + 1, total=position.total)
        )
        practice = position.step.practice
        if practice is not None:
            task, reads_on = class_task(practice.prompt, self.language)
            if reads_on:
                self.task.setText(
                    self.tr("Everyone, try it on your own phone: {task}").format(task=task)
                )
            else:
                self.task.setText(
                    self.tr("Everyone, try it on your own phone. {task}").format(task=task)
                )

    # --- sizes ----------------------------------------------------------------------------
    def text_px(self) -> int:
        """The step's words: 1/22 of the height, never less than 32 px."""
        return max(32, self.height() // TEXT_SHARE)

    def _size_text(self, size: QSize) -> None:
        height = max(1, size.height())
        words = max(32, height // TEXT_SHARE)
        title = max(32, round(words * 1.1))
        margin = max(12, height // 40)
        self.bar_row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.body.setSpacing(margin)
        self.setStyleSheet(
            f"""
            #audience {{ background: {PAPER}; }}
            #audienceBar {{ background: {BLUE}; }}
            #audienceTitle, #audienceCounter {{ color: white; font-size: {title}px;
                font-weight: 700; }}
            #audienceWords {{ color: {INK}; font-size: {words}px; }}
            #audienceTask {{ color: {INK}; background: {TASK}; border: {max(3, margin // 4)}px
                solid {BLUE}; border-radius: {margin}px; padding: {margin}px;
                font-size: {words}px; font-weight: 600; }}
            #audienceBlack {{ background: black; }}
            """
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._size_text(event.size())
        self.black.setGeometry(self.rect())
        super().resizeEvent(event)
