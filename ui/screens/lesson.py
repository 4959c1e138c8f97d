"""The lesson player: one step at a time, the picture large, the words large beside it, and
three big buttons that never move: Back, Listen again, Next.

A view of the visit (kiosk/visit): it shows the position it is given (`show_position`,
`show_feedback`) and forwards touches (`next_requested`, `back_requested`, `touched_at`);
which step comes next, and what the practice box answers, is the visit's."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.lessons.model import Lesson, Step
from kiosk.narration.sentences import split_sentences
from kiosk.visit import PRAISE_MS
from kiosk.visit.events import Feedback, Position
from ui.resources import load_icon
from ui.screens.base import Screen
from ui.screens.lesson_layout import arrange, fit_caption, lesson_geometry, settle
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.illustration import Illustration
from ui.widgets.sentences import SentenceView
from ui.widgets.top_bar import TopBar

NEXT_SPEED = {"normal": "slow", "slow": "slower", "slower": "normal"}


class LessonScreen(Screen):
    next_requested = Signal()
    back_requested = Signal()
    step_requested = Signal(int)  # show this step
    touched_at = Signal(float, float, float)  # x, y in the picture's units; its longer side
    praise_shown = Signal(int)  # a right touch's praise has been shown PRAISE_MS: its turn
    home_requested = Signal()
    listen_requested = Signal(int)  # step index: read the step again from the start
    pause_requested = Signal()  # pause, or resume
    speed_requested = Signal(str)  # the next speed: normal, slow, slower
    sentence_tapped = Signal(int)  # read this caption sentence again
    step_shown = Signal(int)
    speak = Signal(str)  # praise or a hint, to be said aloud

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.position: Position | None = None  # what is shown
        self._praise_turn = 0  # the praise the timer is for
        self._after_praise = QTimer(self)
        self._after_praise.setSingleShot(True)
        self._after_praise.setInterval(PRAISE_MS)
        self._after_praise.timeout.connect(lambda: self.praise_shown.emit(self._praise_turn))
        self.words_short = 0  # pixels of height the words lack, even at the least caption

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.home_requested)

        self.picture = Illustration()
        self.picture.touched.connect(self.touched)
        self.speed = "normal"
        self.voice_state = "idle"
        self.caption = SentenceView(theme)
        self.caption.sentence_tapped.connect(self.sentence_tapped)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setMinimumHeight(theme.target)
        self.notice.hide()
        self.pause = BigButton("secondary")
        self.pause.setObjectName("pause")
        self.pause.clicked.connect(self.pause_requested)
        self.speed_button = BigButton("secondary")
        self.speed_button.setObjectName("speed")
        self.speed_button.clicked.connect(lambda: self.speed_requested.emit(NEXT_SPEED[self.speed]))
        voice_row = QHBoxLayout()
        voice_row.setSpacing(theme.spacing)
        self.speed_button.setIcon(load_icon("speed"))
        for button in (self.pause, self.speed_button):
            button.setIconSize(QSize(theme.px(40), theme.px(40)))
            button.setFixedHeight(theme.target)
            voice_row.addWidget(button, 1)
        voice_row.addWidget(self.notice, 2)  # in their place when there is no voice
        # The task of a practice step, right under the caption, in a box of its own (a hand,
        # a blue frame) that cannot be taken for the yellow marker of the sentence being read.
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setProperty("role", "prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setIndent(0)  # wrapped as drawn (see ui/widgets/sentences.py)
        self.task = QFrame()
        self.task.setObjectName("task")
        self.task.setProperty("role", "prompt")
        self.task_hand = QLabel()
        self.task_hand.setObjectName("task_hand")
        geo = lesson_geometry(theme)  # the task box is drawn tighter where room is short
        hand = geo.hand
        self.task_hand.setPixmap(load_icon("touch").pixmap(QSize(hand, hand)))
        self.task_hand.setAlignment(Qt.AlignmentFlag.AlignTop)
        task_row = QHBoxLayout(self.task)
        across, down = geo.task_margins
        task_row.setContentsMargins(across, down, across, down)
        task_row.setSpacing(across)
        task_row.addWidget(self.task_hand)
        task_row.addWidget(self.prompt, 1)

        text = QVBoxLayout()
        text.setSpacing(geo.words_gap)
        text.addWidget(self.caption)
        text.addWidget(self.task)
        text.addStretch(1)

        icon = QSize(theme.px(44), theme.px(44))
        self.back = BigButton("secondary")
        self.back.setIcon(load_icon("back"))
        self.back.clicked.connect(self.go_back)
        self.listen = BigButton("primary")
        self.listen.setIcon(load_icon("listen"))
        self.listen.clicked.connect(lambda: self.listen_requested.emit(self.index))
        self.next = BigButton("go")
        self.next.setIcon(load_icon("next_white"))
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        for button in (self.back, self.listen, self.next):
            button.setIconSize(icon)
            button.setFixedHeight(theme.button_height)
            buttons.addWidget(button, 1)
        # The picture as large as the screen allows: see ui/screens/lesson_layout.py.
        self.geometry_ = arrange(
            self,
            theme,
            bar=self.bar,
            picture=self.picture,
            words=text,
            voice=voice_row,
            buttons=buttons,
        )
        self.retranslate()

    @property
    def lesson(self) -> Lesson | None:
        return self.position.lesson if self.position is not None else None

    @property
    def index(self) -> int:
        return self.position.index if self.position is not None else 0

    @property
    def feedback(self) -> str:
        """What the practice box says now: "", "praise", "done", "hint", "untried", "ring"."""
        return str(self.position.feedback) if self.position is not None else ""

    @property
    def step(self) -> Step | None:
        return self.position.step if self.position is not None else None

    def show_position(self, position: Position) -> None:
        """Draw a step of the visit's lesson (a new one, or the same one again)."""
        self._after_praise.stop()
        self.position = position
        step = position.step
        self.picture.set_image(step.image)
        self._show_ring()
        self.caption.set_sentences(split_sentences(step.text) or [step.text])
        self.caption.set_text_px(self.theme.caption_px)  # a caption shrunk for the last step
        self.task.setVisible(step.practice is not None)
        self.retranslate()
        self.step_shown.emit(position.index)

    def show_feedback(self, position: Position) -> None:
        """The practice box's answer to a touch (praise, a hint, the ring), also said aloud."""
        self.position = position
        self._show_ring()
        self.retranslate()
        self.speak.emit(self.prompt.text().removeprefix("✓ "))

    def show_praise(self, turn: int) -> None:
        """A right touch: its praise stays PRAISE_MS, then the visit hears `praise_shown` (and
        moves on, unless the resident has since: kiosk/visit checks the turn and the place)."""
        self._praise_turn = turn
        self._after_praise.start()

    def forget(self) -> None:
        """The visit has no lesson any more (the resident has gone)."""
        self.position = None

    def _show_ring(self) -> None:
        position = self.position
        practice = position.step.practice if position is not None else None
        ring = position is not None and position.ring and practice is not None
        self.picture.show_ring(practice.target if ring and practice is not None else None)

    def show_step(self, index: int) -> None:
        self.step_requested.emit(index)

    def touched(self, point: QPointF) -> None:
        """A touch on the picture: on a practice step, the visit says whether it is right."""
        step = self.step
        if step is None or step.practice is None:
            return
        size = self.picture.units
        side = float(max(size.width(), size.height()))
        self.touched_at.emit(point.x(), point.y(), side)

    def go_next(self) -> None:
        self.next_requested.emit()

    def go_back(self) -> None:
        self.back_requested.emit()

    def set_reading(self, index: int) -> None:
        self.caption.highlight(index)

    def set_voice_state(self, state: str) -> None:
        self.voice_state = state
        self.retranslate()

    def set_speed(self, speed: str) -> None:
        self.speed = speed
        self.retranslate()

    def set_notice(self, reason: str) -> None:
        """Text alone: say so, small, and keep going. An empty reason hides the notice."""
        self.notice.setVisible(bool(reason))
        self.notice.setToolTip(reason)
        self.pause.setVisible(not reason)
        self.speed_button.setVisible(not reason)
        self.listen.setEnabled(not reason)
        self._lay_out()

    def retranslate(self) -> None:
        self._set_words()
        self._lay_out()

    def _lay_out(self) -> None:
        """The new words laid out before they are drawn; longer ones (a hint, another
        language, the no-voice notice) may shrink the caption where the theme allows it
        (ui/screens/lesson_layout.py fit_caption)."""
        settle(self)
        self.words_short = fit_caption(self, self.caption, self.theme)

    def _set_words(self) -> None:
        self.notice.setText(self.tr("No reading voice: please read the text."))
        paused = self.voice_state == "paused"
        self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause.setIcon(load_icon("play" if paused else "pause"))
        names = {
            "normal": self.tr("Normal"),
            "slow": self.tr("Slow"),
            "slower": self.tr("Slower"),
        }
        self.speed_button.setText(names[self.speed])
        self.back.setText(self.tr("Back"))
        self.listen.setText(self.tr("Listen again"))
        position = self.position
        last = position is not None and position.is_last
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        if position is None:
            return
        self.bar.title.setText(position.lesson.title)
        self.bar.right.setText(
            self.tr("Step {n} / {total}").format(n=position.index + 1, total=position.total)
        )
        step = position.step
        if step.practice is not None:
            self.prompt.setText(self._practice_words(step.practice.prompt))
            role = "praise" if self.feedback in ("praise", "done") else "prompt"
            if self.prompt.property("role") != role:
                for widget in (self.task, self.prompt):
                    widget.setProperty("role", role)
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                self.task_hand.setVisible(role == "prompt")

    def _practice_words(self, prompt: str) -> str:
        """What the practice box says: the task, then praise or a gentle hint. Never a score."""
        feedback = self.position.feedback if self.position is not None else Feedback.NONE
        if feedback is Feedback.PRAISE and self.position is not None:
            praise = (
                self.tr("Well done! That is the right place."),
                self.tr("Very good! You found it."),
                self.tr("That's right! You did it well."),
            )
            return "✓ " + praise[self.position.praise_turn % len(praise)]
        if self.feedback == "done":
            return "✓ " + self.tr("You have already done this one. Touch Next to go on.")
        if self.feedback == "hint":
            return self.tr("Not quite. Let's try again. {prompt}").format(prompt=prompt)
        if self.feedback == "untried":
            return self.tr("First, try it on the picture. {prompt}").format(prompt=prompt)
        if self.feedback == "ring":
            return self.tr(
                "Look for the circle on the picture, and touch inside it. Or touch Next to go on."
            )
        return self.tr("Try it: {prompt}").format(prompt=prompt)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.go_next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.go_back()
        elif key == Qt.Key.Key_Escape:
            self.home_requested.emit()
        else:
            super().keyPressEvent(event)
