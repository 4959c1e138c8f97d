"""The facilitator panel: its pages and the ways between them.

The window shows it behind the PIN and hides it to lock. Every tap or key inside it emits
`activity` (for the window's auto-lock). What this visit recorded can be undone until the
panel is hidden or locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QInputEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.cards import CitizenCard, LearnerCard, NotACard
from kiosk.clock import Clock
from kiosk.lessons.model import Library
from kiosk.records import Person, RecordError
from kiosk.records.clockcheck import ClockVerdict
from kiosk.records.scanning import CardHolder, CardRefused
from kiosk.settings import Settings
from kiosk.text import say
from ui.facilitator.attendance import AttendancePage
from ui.facilitator.card_print import CardPrint
from ui.facilitator.class_start import ClassStartPage
from ui.facilitator.clock_check import ClockCheckPage
from ui.facilitator.desk import Added, Desk
from ui.facilitator.menu import MenuPage
from ui.facilitator.page import Page
from ui.facilitator.people import PeopleListPage
from ui.facilitator.person_new import PersonNewPage
from ui.facilitator.quit_confirm import QuitConfirmPage
from ui.facilitator.report import ReportPage
from ui.facilitator.search import SearchPage
from ui.facilitator.session_start import SessionStartPage
from ui.facilitator.settings_page import SettingsPage
from ui.facilitator.support import SupportPage
from ui.facilitator.widgets import panel_stylesheet
from ui.records_service import RecordsService
from ui.theme import Theme

ACTIVITY = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin)


class FacilitatorPanel(QWidget):
    lock_requested = Signal()
    quit_requested = Signal()
    class_requested = Signal(tuple)  # "Teach a class": the lessons' ids, in order
    back_to_class = Signal()  # the attendance taken from a class's console is done
    settings_changed = Signal(object)  # the new Settings, already saved
    activity = Signal()

    def __init__(
        self,
        theme: Theme,
        records: RecordsService,
        library: Library,
        settings: Settings,
        data_dir: Path,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.settings = settings
        self.clock = clock
        self.language = settings.language
        self.setObjectName("facilitator")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(panel_stylesheet(theme))
        self.desk = Desk(records, self)
        self.menu = MenuPage(theme, self.desk, settings)
        self.session_start = SessionStartPage(theme, self.desk, library, settings)
        self.class_start = ClassStartPage(theme, self.desk, library)
        self.card_print = CardPrint(records, data_dir, settings, self)
        self.attendance = AttendancePage(theme, self.desk, self.card_print)
        self.attendance.set_settings(settings)
        self.search = SearchPage(theme, self.desk)
        self.person_new = PersonNewPage(theme, self.desk, settings)
        self.support = SupportPage(theme, self.desk)
        self.people = PeopleListPage(theme, self.desk)
        self.report_page = ReportPage(theme, self.desk, settings, data_dir, library)
        self.settings_page = SettingsPage(theme, settings, data_dir)
        self.quit_confirm = QuitConfirmPage(theme)
        self.clock_check = ClockCheckPage(theme, self.desk, settings, clock)
        self.clock_verdict: ClockVerdict | None = None  # the newest check of the clock
        self.clock_denied = False  # "Wrong" was answered: not asked again until it changes
        self.pages: dict[str, Page] = {}
        self.stack = QStackedWidget()
        # The window has the screen's size, and every page is made to fit it (the audit checks
        # each as it is shown). A page that is not shown keeps the least size it needed when it
        # was last laid out (Qt lays out only what is visible), and would otherwise make the
        # panel, and the window, ask for more than the screen.
        ignored = QSizePolicy.Policy.Ignored
        self.stack.setSizePolicy(ignored, ignored)
        for page in (
            self.menu,
            self.session_start,
            self.class_start,
            self.attendance,
            self.search,
            self.person_new,
            self.support,
            self.people,
            self.report_page,
            self.settings_page,
            self.quit_confirm,
            self.clock_check,
        ):
            self.pages[page.name] = page
            self.stack.addWidget(page)
            page.lock_requested.connect(self.lock)
        self.search_from = "menu"
        # Where a card's new holder came from: the new-person form opened by a card scanned on
        # the support page ("support") or the search page ("search"); "" when typed.
        self.new_from_card = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect()
        self._last_input: tuple[int, int] | None = None
        # Every button (keys too), and the pages under them: a press anywhere reaches one.
        for widget in (self, *self.pages.values(), *self.findChildren(QAbstractButton)):
            widget.installEventFilter(self)
        self.set_language(self.language)
        self.resize(self.sizeHint())  # shown on its own (a test), the screen's size
        self.desk.load()

    def _connect(self) -> None:
        self.menu.chosen.connect(self._menu_chosen)
        pages = (
            self.session_start,
            self.class_start,
            self.attendance,
            self.people,
            self.report_page,
            self.settings_page,
        )
        for page in pages:
            page.back_requested.connect(self.show_menu)
        self.quit_confirm.back_requested.connect(self.show_menu)
        self.class_start.class_requested.connect(self.class_requested)
        self.quit_confirm.confirmed.connect(self.quit_requested)
        self.clock_check.back_requested.connect(self.show_menu)
        self.clock_check.confirmed.connect(self.set_clock_verdict)
        self.clock_check.denied.connect(self._clock_denied)
        self.session_start.started.connect(lambda _: self._session_started())
        self.attendance.add_requested.connect(lambda: self.open_search("attend", "attendance"))
        self.attendance.person_chosen.connect(lambda p: self.open_support(p, "attendance"))
        self.attendance.ended.connect(self.show_menu)
        self.search.back_requested.connect(self._search_left)
        self.search.support_requested.connect(lambda p: self.open_support(p, "search"))
        self.search.new_person_requested.connect(self._new_person)
        self.person_new.back_requested.connect(self._new_person_left)
        self.support.person_scanned.connect(lambda p: self.open_support(p, self.support.came_from))
        self.support.new_card_holder.connect(self._new_card_holder)
        self.search.intake.read.connect(self._search_scanned)
        for intake in (self.attendance.intake, self.support.intake, self.search.intake):
            intake.seen.connect(self.activity)  # a scan is the facilitator at work
        self.person_new.saved.connect(self._person_saved)
        self.support.done.connect(self._support_done)
        self.support.back_requested.connect(self._support_done)
        self.people.person_chosen.connect(lambda p: self.open_support(p, "people"))
        self.settings_page.saved.connect(self._settings_saved)

    def sizeHint(self) -> QSize:
        """The screen it was made for: the panel fills it (its pages' own least sizes do not
        count: see the stack)."""
        return QSize(self.theme.screen_width, self.theme.screen_height)

    # -- pages -------------------------------------------------------------------------
    def current_page(self) -> str:
        page = self.stack.currentWidget()
        return page.name if isinstance(page, Page) else ""

    def _show(self, name: str) -> None:
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        page.on_show()
        page.setFocus()

    def show_menu(self) -> None:
        """The first page; the session and its attendees are read again from the store (a
        resident may have signed in since)."""
        self.desk.load()
        self._show("menu")

    def show_start(self) -> None:
        """The page the panel opens on: the question about the computer's date when its
        clock looks wrong (kiosk/records/clockcheck.py), else the menu."""
        question = self._clock_question()
        if question is not None:
            self.clock_check.ask(question)
            self._show("clock_check")
        else:
            self.show_menu()

    def set_clock_verdict(self, verdict: ClockVerdict) -> None:
        """What the clock check said (at the start, every hour, or when confirmed here). A
        clock that looks wrong now is asked about at once if the menu is showing."""
        if verdict.plausible:
            self.clock_denied = False
        self.clock_verdict = verdict
        if self.isVisible() and self.current_page() == "menu" and self._clock_question():
            self.show_start()

    def _clock_question(self) -> ClockVerdict | None:
        """The verdict to ask the facilitator about, if any."""
        verdict = self.clock_verdict
        if verdict is None or verdict.plausible or self.clock_denied:
            return None
        return verdict

    def _clock_denied(self) -> None:
        self.clock_denied = True

    def _menu_chosen(self, key: str) -> None:
        if key == "start":
            self.session_start.start()
            self._show("session_start")
        elif key == "teach":
            self.class_start.start()
            self._show("class_start")
        elif key == "add":
            self.open_search("attend", "menu")
        elif key == "support":
            self.open_search("support", "menu")
        elif key == "people":
            self.people.show_people("")
            self._show("people")
        elif key == "report":
            self.report_page.start()
            self._show("report")
        elif key == "quit":
            self._show("quit_confirm")
        else:  # attendance, settings
            self._show(key)

    def open_search(self, mode: str, came_from: str, note: str = "") -> None:
        self.search_from = came_from
        self.search.start(mode, note)
        self._show("search")

    def open_class_attendance(self) -> None:
        """ "Add to attendance" on a class's console: the search, and back to the class."""
        self.desk.load()
        self.open_search("attend", "class")

    def _search_left(self) -> None:
        if self.search_from == "class":
            self.back_to_class.emit()
        else:
            self._show(self.search_from)

    def open_support(self, person: Person, came_from: str) -> None:
        """The support page for one person. With a session open, the person is marked
        present first (one tap in the search both adds and opens)."""
        if self.desk.session is not None and not self.desk.is_present(person.id):

            def failed(error: RecordError) -> None:
                self._support_for(person, came_from)
                self.support.show_error(error)

            self.desk.add_attendee(person, lambda _: self._support_for(person, came_from), failed)
            return
        self._support_for(person, came_from)

    def _support_for(self, person: Person, came_from: str) -> None:
        self.support.start(person, came_from)
        self._show("support")

    def _support_done(self) -> None:
        came_from = self.support.came_from
        if came_from == "search":
            self.open_search(self.search.mode, self.search_from)
        else:
            self._show(came_from)

    def _session_started(self) -> None:
        note = self.tr("The session has started. Type the first name.")
        self.open_search("attend", "attendance", note)

    def _search_scanned(self, card: CitizenCard | LearnerCard | NotACard) -> None:
        """A card scanned while the search page is up (where starting a session lands):
        marking people present, the attendance page takes it as its own scan; looking for
        someone to help, it opens their support page (or the new-person form, filled)."""
        if self.search.mode == "attend":
            self._show("attendance")
            self.attendance.show_card(card)
            return
        if isinstance(card, NotACard):
            self.search.show_problem(say(card.problem, self.language))
            return
        self.support.came_from = "search"

        def found(result: object) -> None:
            if isinstance(result, CardRefused):
                self.search.show_problem(say(result.problem, self.language))
            elif isinstance(result, CardHolder) and result.person is None:
                self._new_card_holder(result.card, "search")
            elif isinstance(result, CardHolder) and result.person is not None:
                self.open_support(result.person, "search")
            elif isinstance(result, Person):
                self.open_support(result, "search")

        def failed(error: RecordError) -> None:
            self.search.show_problem(error.message(self.language))

        if isinstance(card, LearnerCard):
            self.desk.find_learner_card(card, found, failed, self.search.turn)
        else:
            self.desk.find_card_holder(card, found, failed, self.search.turn)

    def _new_person(self, typed: str) -> None:
        self.new_from_card = ""
        self.person_new.start(typed)
        self._show("person_new")

    def _new_card_holder(self, card: CitizenCard, came_from: str = "support") -> None:
        """A card scanned on the support page (or the search page), of somebody new: the
        form, already filled; once saved, their support page."""
        self.new_from_card = came_from
        self.person_new.start(card.name, card.birth_year)
        self._show("person_new")

    def _new_person_left(self) -> None:
        self._show("support" if self.new_from_card == "support" else "search")

    def _person_saved(self, added: Added) -> None:
        if self.new_from_card:
            self.new_from_card = ""
            self._support_for(added.person, self.support.came_from)
            return
        self.search.keyboard.clear()
        if self.search.mode == "attend":
            self.search.show_added(added)
            self._show("search")
        else:
            self._support_for(added.person, "search")

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        for page in (
            self.menu,
            self.session_start,
            self.attendance,
            self.person_new,
            self.report_page,
            self.clock_check,
        ):
            page.set_settings(settings)
        self.settings_changed.emit(settings)

    def lock(self) -> None:
        self.desk.end_visit()
        self.lock_requested.emit()

    # -- language and activity ---------------------------------------------------------
    def set_voices(self, voices: dict[str, str]) -> None:
        """The reading voices found, by language ("" for none): shown on the settings page."""
        self.settings_page.set_voices(voices)

    def set_language(self, language: str) -> None:
        self.language = language
        for page in self.pages.values():
            page.set_language(language)

    def retranslate(self) -> None:
        for page in self.pages.values():
            page.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and isinstance(event, QInputEvent):
            stamp = (int(event.type().value), event.timestamp())
            if stamp != self._last_input:  # a press passed on to the parents counts once
                self._last_input = stamp
                self.activity.emit()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.desk.end_visit()  # the next visit starts with nothing to undo
        super().hideEvent(event)
