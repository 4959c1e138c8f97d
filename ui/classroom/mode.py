"""Class mode: one classroom (kiosk/classroom), two views. With a second screen (a TV, a
projector) the audience window fills it and the console fills the touchscreen; with one, the
lesson fills the touchscreen and the console opens over it from a corner button, Esc or three
taps, and closes by itself after a few seconds without a touch. Screens plugged in or pulled
out during the class move the audience window, or fall back to one screen, without losing the
step. A presenter's clicker drives it: Page Down, Right, Down and Space go forward; Page Up,
Left, Up and Backspace go back; B and the full stop blank the TV and bring it back; F5 returns
to the audience view; Esc opens the console."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.channels.model import ChannelRegistry
from kiosk.classroom import Blanked, ClassEnded, ClassEvent, Classroom, LessonTaught
from kiosk.classroom.screens import ScreenChoice, ScreenInfo, choose_audience_screen
from kiosk.lessons.model import Lesson, Library
from kiosk.narration.script import step_script
from kiosk.visit.events import LessonOpened, StepShown
from ui.classroom.audience import AudienceView
from ui.classroom.console import CONFIRM_OVER, ConsoleScreen
from ui.classroom.records import ClassRecords
from ui.narrator import Narrator
from ui.print_service import PrintService
from ui.theme import Theme
from ui.widgets.buttons import BigButton

if TYPE_CHECKING:
    from kiosk.records import RecordError
    from kiosk.records.classes import ClassStarted
    from ui.facilitator.desk import Desk
    from ui.printing.spooler import PrintOutcome
    from ui.records_service import RecordsService

log = logging.getLogger(__name__)

CONSOLE_CLOSES_MS = 8000  # one screen: the console closes after this long without a touch
FORWARD = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
BACKWARD = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
BLANK = {Qt.Key.Key_B, Qt.Key.Key_Period}


class ClassStage(QWidget):
    """What the touchscreen shows during a class: the console, or (one screen) the lesson with
    the console over it on request."""

    def __init__(self, theme: Theme, classroom: Classroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classStage")
        self.audience = AudienceView(self)
        self.console = ConsoleScreen(theme, classroom, self)
        self.opener = BigButton("secondary", self)  # one screen: the console's corner button
        self.opener.setObjectName("consoleOpener")
        self.opener.setFixedSize(theme.target, theme.target)
        self.opener.setText("☰")
        self.one_screen = True
        self.set_one_screen(True)

    def set_one_screen(self, one: bool) -> None:
        self.one_screen = one
        self.audience.setVisible(one)
        self.opener.setVisible(one)
        self.console.setVisible(not one)
        self._place()

    def open_console(self) -> None:
        self.console.show()
        self.console.raise_()
        self.console.setFocus()

    def close_console(self) -> None:
        if self.one_screen:
            self.console.hide()

    def _place(self) -> None:
        self.audience.setGeometry(self.rect())
        self.console.setGeometry(self.rect())
        margin = 8  # bottom right, clear of the lesson's title and step count
        corner = self.rect().bottomRight()
        self.opener.move(
            corner.x() - self.opener.width() - margin, corner.y() - self.opener.height() - margin
        )
        self.opener.raise_()
        if self.console.isVisible():
            self.console.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()


class ClassMode(QObject):
    ended = Signal(object)  # ClassEnded
    add_person_requested = Signal()
    screens_changed = Signal(object)  # ScreenChoice

    def __init__(
        self,
        classroom: Classroom,
        stage: ClassStage,
        library: Library,
        narrator: Narrator | None = None,
        *,
        present: Callable[[], int] = lambda: 0,
        screens: Callable[[], list[QScreen]] | None = None,
        printing: PrintService | None = None,
        registry: ChannelRegistry | None = None,
    ) -> None:
        super().__init__(stage)
        self.classroom = classroom
        self.stage = stage
        self.library = library
        self.narrator = narrator
        self.present = present
        self.screens = screens or QGuiApplication.screens
        self.printing = printing
        self.registry = registry
        self.records: ClassRecords | None = None
        self.tv: AudienceView | None = None  # the audience window, on the second screen
        self.choice = ScreenChoice(None)
        self.started = time.monotonic()
        self.console = stage.console
        self.console.control.connect(self.control)
        stage.opener.clicked.connect(self.open_console)
        self._closer = QTimer(self)
        self._closer.setSingleShot(True)
        self._closer.setInterval(CONSOLE_CLOSES_MS)
        self._closer.timeout.connect(stage.close_console)
        self._minutes = QTimer(self)
        self._minutes.setInterval(15_000)
        self._minutes.timeout.connect(self.tick)
        self._unconfirm = QTimer(self)  # "Touch again: print 25" is forgotten after a while
        self._unconfirm.setSingleShot(True)
        self._unconfirm.setInterval(10_000)
        self._unconfirm.timeout.connect(lambda: self._ask_print(0))
        if printing is not None:
            printing.finished.connect(self._printed)
        self.console.installEventFilter(self)
        for child in self.console.findChildren(QWidget):
            child.installEventFilter(self)
        classroom.subscribe(self._changed)
        classroom.subscribe(stage.audience.follow)
        classroom.subscribe(self.console.follow)
        if narrator is not None:
            narrator.sentence_started.connect(self.console.set_reading)
            narrator.state_changed.connect(self.console.set_voice_state)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)
        if isinstance(app, QApplication):
            app.installEventFilter(self)

    # --- starting, screens ----------------------------------------------------------------
    def begin(self) -> None:
        self.arrange()
        self.classroom.begin()
        self.tick()
        self._minutes.start()

    def arrange(self) -> None:
        """Put the audience view on the best other screen, or under the console."""
        if self.classroom.ended:
            return
        here = self.stage.window().screen()
        screens = {s.name(): s for s in self.screens()}
        infos = [
            ScreenInfo(n, s.geometry().width(), s.geometry().height()) for n, s in screens.items()
        ]
        self.choice = choose_audience_screen(infos, here.name() if here is not None else "")
        audience = self.choice.audience
        if audience is None:
            if self.tv is not None:
                self.tv.hide()
            self.stage.set_one_screen(True)
            log.info("class: one screen")
            for small in self.choice.too_small:  # named, never used for the hall
                log.info(
                    "class: screen %s is too small (%dx%d)", small.name, small.width, small.height
                )
                self.console.say_print("too_small", size=f"{small.width}x{small.height}")
        else:
            tv = self._tv()
            screen = screens[audience.name]
            tv.setScreen(screen)
            tv.setGeometry(screen.geometry())
            tv.showFullScreen()
            self.stage.set_one_screen(False)
            log.info(
                "class: the hall sees screen %s (%dx%d)",
                audience.name,
                audience.width,
                audience.height,
            )
        self.screens_changed.emit(self.choice)

    def _tv(self) -> AudienceView:
        if self.tv is None:
            tv = AudienceView()
            tv.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window)
            tv.setCursor(Qt.CursorShape.BlankCursor)
            self.classroom.subscribe(tv.follow)
            position = self.classroom.position
            tv.show_position(position)
            tv.set_blank(self.classroom.blank)
            self.tv = tv
        return self.tv

    # --- the classroom, heard -------------------------------------------------------------
    def _changed(self, event: ClassEvent) -> None:
        narrator = self.narrator
        if isinstance(event, LessonOpened) and narrator is not None:
            lesson = event.lesson
            pronunciations = self.library.pronunciations_for(lesson)
            scripts = [step_script(s, lesson.language, pronunciations) for s in lesson.steps]
            narrator.open_lesson(scripts, lesson.language)
        elif isinstance(event, StepShown) and narrator is not None:
            position = event.position
            log.info("class: %s step %d/%d", position.lesson.id, position.index + 1, position.total)
            narrator.play_step(position.index, autoplay=True)
        elif isinstance(event, LessonTaught) and self.records is not None:
            self.records.taught(event)
        elif isinstance(event, Blanked):
            log.info("class: the TV %s", "blanked" if event.blank else "shown again")
        elif isinstance(event, ClassEnded):
            log.info(
                "class: ended, %d taught, %d to the end", len(event.taught), len(event.finished)
            )
            self._minutes.stop()
            if narrator is not None:
                narrator.stop()
            if self.tv is not None:
                self.tv.hide()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.ended.emit(event)

    def tick(self) -> None:
        """The console's clock and count present, again (also after adding people)."""
        self.console.set_minutes(int(time.monotonic() - self.started) // 60)
        self.console.set_present(self.present())

    # --- the facilitator's controls -------------------------------------------------------
    def control(self, name: str) -> None:
        room, narrator = self.classroom, self.narrator
        if name == "next":
            room.next()
        elif name == "back":
            room.back()
        elif name == "read_again":
            room.read_again()
        elif name == "pause" and narrator is not None:
            narrator.toggle_pause()
        elif name == "ring":
            room.toggle_ring()
        elif name == "blank":
            room.toggle_blank()
        elif name == "next_lesson":
            room.next_lesson()
        elif name == "print":
            self.print_handouts()
        elif name == "add_person":
            self.add_person_requested.emit()
        elif name == "end":
            room.end()

    def _screen_added(self, _screen: QScreen) -> None:
        self.arrange()

    def _screen_removed(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self.arrange)  # once Qt has moved the windows off it

    def close(self, stack: QStackedWidget) -> None:
        """The class is over: its windows go (the TV's, the stage in the kiosk's `stack`), and
        it no longer follows the screens or the keys."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screen_added)
            app.screenRemoved.disconnect(self._screen_removed)
            app.removeEventFilter(self)
        stack.removeWidget(self.stage)
        if self.tv is not None:
            self.tv.deleteLater()
        self.stage.deleteLater()

    # --- the records ----------------------------------------------------------------------
    def keep_records(self, records: RecordsService, desk: Desk | None) -> None:
        """The class goes into the open session, or one opened for it; each lesson taught,
        and each reached to its end, is recorded on it (ui/classroom/records.py)."""

        def started(_started: ClassStarted) -> None:
            if desk is not None:
                desk.load()  # the session and who is present, for the console's count
            if not self.classroom.ended:  # (an answer after the class: its console is gone)
                self.tick()

        def failed(error: RecordError) -> None:
            if not self.classroom.ended:
                self.console.say(error.message(self.classroom.language))

        self.records = ClassRecords(records, started, failed)
        lessons = tuple(lesson.id for lesson in self.classroom.lessons)
        self.records.start(lessons, desk.last_facilitator if desk is not None else "")

    # --- handouts for the class -----------------------------------------------------------
    def print_handouts(self) -> None:
        """As many copies of the lesson's handout as people present; over ten, only after a
        second touch. No printer: the one PDF is kept and the console says where."""
        console = self.console
        copies = max(1, self.present())
        if self.printing is None or self.registry is None:
            console.say_print("no_printing")
            return
        if copies > CONFIRM_OVER and console.print_asked != copies:
            self._ask_print(copies)
            self._unconfirm.start()
            return
        self._ask_print(0)
        lesson = self.classroom.lesson
        if self.printing.start(lesson, self.registry, lesson.language, copies):
            console.printing = True
            console.say_print("preparing", copies=copies)

    def _ask_print(self, copies: int) -> None:
        self.console.print_asked = copies
        self.console.retranslate()

    def _printed(self, outcome: PrintOutcome) -> None:
        self.console.printing = False
        if outcome.printed:
            self.console.say_print("printed")
        else:
            self.console.say_print("not_printed", reason=outcome.reason, path=str(outcome.pdf))

    def open_console(self) -> None:
        self.stage.open_console()
        if self.stage.one_screen:
            self._closer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        pressed = kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
        if pressed and self.stage.one_screen and self._closer.isActive():
            self._closer.start()  # a touch on the console keeps it open
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.stage.isVisible():
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False  # the facilitator's chords (volume, the PIN) go on as always
        if key in FORWARD:
            self.classroom.next()
        elif key in BACKWARD:
            self.classroom.back()
        elif key in BLANK:
            self.classroom.toggle_blank()
        elif key == Qt.Key.Key_F5:
            self.classroom.set_blank(False)
            self.stage.close_console()
        elif key == Qt.Key.Key_Escape:
            self.open_console()
        else:
            return False
        return True


def open_class(
    kiosk: tuple[Theme, Library, Narrator | None, ChannelRegistry],
    lessons: list[Lesson],
    language: str,
    desk: Desk | None,
    records: RecordsService | None,
    printing: PrintService | None,
) -> ClassMode:
    """A class of `lessons` with the kiosk's theme, library, voice and channels; the count
    present read from the panel's `desk`; kept in the records."""
    theme, library, narrator, registry = kiosk
    classroom = Classroom(lessons, language)
    stage = ClassStage(theme, classroom)
    mode = ClassMode(
        classroom,
        stage,
        library,
        narrator,
        present=lambda: len(desk.attendees) if desk is not None else 0,
        printing=printing,
        registry=registry,
    )
    if records is not None:
        mode.keep_records(records, desk)
    return mode
