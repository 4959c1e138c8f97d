"""The facilitator's console during a class, on the touchscreen: the step the hall sees
(small), the sentence being read, the facilitator's notes for the step (never shown to the
hall, never read aloud), the next step's picture, the time in the class and the count
present, and big controls. It shows the classroom (kiosk/classroom) and asks it; it decides
nothing. Its sizes are the kiosk's own (20 mm targets, 32 px text) down to 1024x768."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.classroom import Blanked, ClassEvent, Classroom
from kiosk.narration.sentences import split_sentences
from kiosk.visit.events import FeedbackGiven, LessonOpened, Position, StepShown
from ui.facilitator.widgets import FitLabel
from ui.screens.base import Screen
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.illustration import Illustration
from ui.widgets.top_bar import TopBar

CONTROLS = (
    "back",
    "next",
    "read_again",
    "pause",
    "ring",
    "blank",
    "next_lesson",
    "end",
    "add_person",
    "print",
)
CONFIRM_OVER = 10  # more handouts than this are printed only after a second touch


class ConsoleScreen(Screen):
    control = Signal(str)  # one of CONTROLS

    def __init__(self, theme: Theme, classroom: Classroom, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.classroom = classroom
        self.present = 0
        self.minutes = 0
        self.voice_state = "idle"
        self.reading = -2  # the sentence being read (-1: all of them, -2: none)
        self.print_asked = 0  # copies waiting for the second touch (over CONFIRM_OVER)
        self.printing = False
        self.message = ""  # what became of the last print, or a question about it
        self.bar = TopBar(theme)
        self.bar.home.hide()
        self.current = Illustration()
        self.upcoming = Illustration()
        self.upcoming_label = FitLabel()
        self.read_line = FitLabel()  # "Đang đọc: ..." the sentence the hall hears
        self.read_line.setObjectName("consoleReading")
        self.notes = QLabel()
        self.notes.setObjectName("consoleNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = FitLabel()
        self.said = FitLabel()  # what became of the handouts

        left = QVBoxLayout()
        left.setSpacing(theme.spacing)
        left.addWidget(self.current, 1)
        upcoming = QHBoxLayout()
        upcoming.setSpacing(theme.spacing)
        upcoming.addWidget(self.upcoming, 1)
        upcoming.addWidget(self.upcoming_label, 2)
        left.addLayout(upcoming)
        right = QVBoxLayout()
        right.setSpacing(theme.px(8))
        right.addWidget(self.read_line)
        right.addWidget(self.notes, 1)
        right.addWidget(self.status)
        right.addWidget(self.said)
        top = QHBoxLayout()
        top.setSpacing(theme.spacing)
        top.addLayout(left, 2)
        top.addLayout(right, 3)

        self.buttons: dict[str, BigButton] = {}
        grid = QGridLayout()
        grid.setSpacing(theme.spacing)
        kinds = {"next": "go", "end": "secondary", "back": "secondary"}
        wide = theme.screen_width >= 1600 * theme.scale
        columns = 5 if wide else 4 if theme.screen_width > theme.screen_height else 3
        for number, name in enumerate(CONTROLS):
            button = BigButton(kinds.get(name, "primary"))
            button.setObjectName(name)
            button.setFixedHeight(theme.target)
            button.clicked.connect(lambda _=False, name=name: self.control.emit(name))
            grid.addWidget(button, number // columns, number % columns)
            self.buttons[name] = button
        self.upcoming.setFixedHeight(theme.target)
        self.upcoming_label.setMinimumHeight(theme.target)
        self.setStyleSheet(
            f"QLabel#consoleNotes {{ font-size: {theme.body_px}px; }}"
            f"QLabel#consoleReading {{ font-size: {theme.body_px}px; font-weight: 700; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        body = QVBoxLayout()
        margin = theme.px(8)
        body.setContentsMargins(margin, margin, margin, margin)
        body.setSpacing(theme.spacing)
        body.addLayout(top, 1)
        body.addLayout(grid)
        layout.addLayout(body, 1)
        self.retranslate()

    # --- the classroom, shown -------------------------------------------------------------
    def follow(self, event: ClassEvent) -> None:
        if isinstance(event, StepShown | FeedbackGiven):
            self.show_position(event.position)
        elif isinstance(event, Blanked | LessonOpened):
            self.retranslate()

    def show_position(self, position: Position) -> None:
        step = position.step
        self.current.set_image(step.image)
        practice = step.practice
        self.current.show_ring(practice.target if practice and position.ring else None)
        upcoming = self.classroom.upcoming
        self.upcoming.set_image(upcoming.step.image if upcoming is not None else None)
        self.reading = -2
        self.retranslate()

    def set_reading(self, index: int) -> None:
        self.reading = index
        self.retranslate()

    def set_voice_state(self, state: str) -> None:
        self.voice_state = state
        if state == "idle":
            self.reading = -2
        self.retranslate()

    def set_present(self, count: int) -> None:
        self.present = count
        self.retranslate()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.retranslate()

    def say(self, message: str) -> None:
        self.message = message
        self.retranslate()

    def say_print(self, what: str, **fields: object) -> None:
        """What became of the class's handouts (ui/classroom/mode.py prints them)."""
        texts = {
            "no_printing": self.tr("Printing is not set up on this kiosk."),
            "preparing": self.tr("Preparing {count} handouts…"),
            "printed": self.tr("Printing. Take the handouts from the printer."),
            "not_printed": self.tr("Not printed ({reason}). The handouts are kept in {path}"),
            "too_small": self.tr(
                "The second screen ({size}) is too small for the hall: the lesson stays here."
            ),
        }
        self.say(texts[what].format(**{"count": fields.get("copies", 0), **fields}))

    def notes_text(self) -> str:
        step = self.classroom.position.step
        return step.notes or self.tr("No notes for this step.")

    def sentence_read(self) -> str:
        sentences = split_sentences(self.classroom.position.step.text)
        if 0 <= self.reading < len(sentences):
            return sentences[self.reading]
        return ""

    def retranslate(self) -> None:
        room = self.classroom
        position = room.position
        self.bar.title.setText(position.lesson.title)
        self.bar.right.setText(
            self.tr("Lesson {k}/{n} · Step {i}/{total}").format(
                k=room.lesson_number + 1,
                n=len(room.lessons),
                i=position.index + 1,
                total=position.total,
            )
        )
        upcoming = room.upcoming
        if upcoming is None:
            self.upcoming_label.set_full_text(self.tr("Last step of the class"))
        elif upcoming.lesson is not position.lesson:
            self.upcoming_label.set_full_text(
                self.tr("Next: {title}").format(title=upcoming.lesson.title)
            )
        else:
            self.upcoming_label.set_full_text(self.tr("Next step"))
        sentence = self.sentence_read()
        self.read_line.set_full_text(
            self.tr("Reading: {sentence}").format(sentence=sentence)
            if sentence
            else self.tr("Not reading now")
        )
        self.notes.setText(self.notes_text())
        self.status.set_full_text(
            self.tr("{minutes} min in class · {count} present").format(
                minutes=self.minutes, count=self.present
            )
        )
        self.said.set_full_text(self.message)
        self.said.setVisible(bool(self.message))
        paused = self.voice_state == "paused"
        words = {
            "back": self.tr("Back"),
            "next": self.tr("Next"),
            "read_again": self.tr("Read again"),
            "pause": self.tr("Go on") if paused else self.tr("Pause"),
            "ring": self.tr("Hide spot") if position.ring else self.tr("Touch spot"),
            "blank": self.tr("Show TV") if room.blank else self.tr("Blank TV"),
            "add_person": self.tr("Add person"),
            "print": self.tr("Sure? {count}").format(count=self.print_asked)
            if self.print_asked
            else self.tr("Print {count}").format(count=max(1, self.present)),
            "next_lesson": self.tr("Next lesson"),
            "end": self.tr("End class"),
        }
        for name, text in words.items():
            self.buttons[name].setText(text)
        self.buttons["print"].setEnabled(not self.printing)
        self.buttons["ring"].setEnabled(position.step.practice is not None)
        self.buttons["next_lesson"].setEnabled(room.has_next_lesson)
