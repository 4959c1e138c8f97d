"""The open session: who is here (six a page, the newest last), Add people, Undo, and End
session after one question, then a short summary (present, new, supported). Touching a person
opens their support page. A card's "✓ 2" counts the kinds of help recorded for that person in
this session (an install, an activation...); a line beside the cards says so in words.

A card scanned here (a USB scanner, at any time; or the webcam, "Scan card") shows its person
large, ready to be marked present with one touch (ui/facilitator/scan_view.py); "Print learner
cards" prints a card for everyone present (ui/facilitator/card_print.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.records import RecordError
from kiosk.records.model import SESSION_KINDS, label
from kiosk.records.summary import SessionSummary
from ui.facilitator.card_print import CardPrint
from ui.facilitator.cards import Choice, ChoiceGrid, person_choice
from ui.facilitator.desk import Desk
from ui.facilitator.layout import card_grid, two_columns
from ui.facilitator.page import Page
from ui.facilitator.scan_view import ScannedView
from ui.facilitator.undo import UndoButton
from ui.facilitator.widgets import FitLabel, action_button, centred_label, notice_label
from ui.scan.intake import ScanIntake
from ui.theme import Theme

LISTING, CONFIRM, SUMMARY, SCANNED = range(4)


class AttendancePage(Page):
    name = "attendance"
    add_requested = Signal()
    person_chosen = Signal(object)  # a Person
    ended = Signal()

    def __init__(
        self,
        theme: Theme,
        desk: Desk,
        cards: CardPrint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.cards = cards
        self.shown_count = -1  # attendees when the list was last opened
        self.where = ""  # the session's kind and place, as the bar shows them
        self.views = QStackedWidget()
        self.body.addWidget(self.views, 1)

        listing = QWidget()
        left, right = two_columns(theme, listing)
        self.count = FitLabel()
        self.count.setObjectName("heading")
        self.count.setProperty("role", "section")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid = ChoiceGrid(theme, *card_grid(theme))
        self.grid.chosen.connect(self._chosen)
        header = QHBoxLayout()  # the count, and the webcam beside it (the actions are full)
        header.setSpacing(theme.spacing)
        header.addWidget(self.count, 1)
        left.addLayout(header)
        left.addWidget(self.empty, 1)
        left.addWidget(self.grid, 1)
        right.under.addWidget(self.grid.pager)
        self.add = action_button(theme, "go")
        self.add.setObjectName("add")
        self.add.clicked.connect(self.add_requested)
        self.undo = UndoButton(theme, desk)
        self.undo.undone.connect(self._say)
        self.undo.failed.connect(self._failed)
        self.end = action_button(theme, "secondary")
        self.end.setObjectName("end")
        self.end.clicked.connect(self.ask_end)
        self.status = notice_label()
        self.status.hide()
        self.legend = QLabel()  # what "✓ 2" on a card means
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.scan = action_button(theme, "secondary")
        self.scan.setObjectName("scanCard")
        if not theme.portrait:  # (upright, the actions go in rows under the cards: there)
            header.addWidget(self.scan)
        self.print_cards = action_button(theme, "secondary")
        self.print_cards.setObjectName("printCards")
        self.print_cards.clicked.connect(self._print_cards)
        self.print_cards.setVisible(cards is not None)
        self.print_cards.setMinimumWidth(theme.px(520))
        if cards is not None:
            cards.finished.connect(self._say)
        actions = (self.add, self.scan) if theme.portrait else (self.add,)
        for widget in (*actions, self.undo, self.end):
            right.addWidget(widget)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addWidget(self.legend)
        self.views.addWidget(listing)

        confirm = QWidget()
        column = QVBoxLayout(confirm)
        column.setContentsMargins(0, theme.px(24), 0, 0)
        column.setSpacing(theme.px(40))
        self.question = centred_label("title")
        self.question_detail = centred_label()
        self.confirm_status = notice_label()
        self.confirm_status.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.px(48))
        self.keep = action_button(theme, "go")
        self.keep.setObjectName("keep")
        self.keep.clicked.connect(self.show_list)
        self.confirm_end = action_button(theme, "secondary")
        self.confirm_end.setObjectName("confirmEnd")
        self.confirm_end.clicked.connect(self._end)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.confirm_end)
        column.addWidget(self.question)
        column.addWidget(self.question_detail)
        column.addWidget(self.confirm_status)
        column.addLayout(buttons)
        # Before the end, cards for everyone present, in one print (their next scan is one).
        column.addWidget(self.print_cards, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.views.addWidget(confirm)
        self.views.addWidget(self._summary_view())
        self.scanned = ScannedView(theme, desk)
        self.scanned.listing_requested.connect(self.show_list)
        self.scanned_heading = ""  # the scanned view's heading, when it is in the bar
        self.scanned.bar_heading.connect(self._scan_heading)
        self.views.addWidget(self.scanned)
        self.intake = ScanIntake(self, theme)
        self.intake.read.connect(self.show_card)
        self.intake.camera_missing.connect(lambda _why: self._say(self.no_camera_text()))
        self.scan.clicked.connect(self.intake.open_camera)
        self.scanned.camera_requested.connect(self.intake.open_camera)

        desk.attendees_changed.connect(self.refresh)
        desk.session_changed.connect(self.refresh)
        self.retranslate()

    def _summary_view(self) -> QWidget:
        """After End: the session in three numbers, and one button back to the menu."""
        theme = self.theme
        summary = QWidget()
        column = QVBoxLayout(summary)
        column.setContentsMargins(0, theme.px(24), 0, 0)
        column.setSpacing(theme.px(32))
        self.summary_title = centred_label("title")
        self.summary_lines = centred_label()
        self.summary_lines.setObjectName("summary")
        self.summary_done = action_button(theme, "go")
        self.summary_done.setObjectName("summaryDone")
        self.summary_done.setFixedWidth(theme.px(520))
        self.summary_done.clicked.connect(self.ended)
        column.addWidget(self.summary_title)
        column.addWidget(self.summary_lines)
        column.addWidget(self.summary_done, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.summary: SessionSummary | None = None
        return summary

    @property
    def summing_up(self) -> bool:
        return self.views.currentIndex() == SUMMARY

    @property
    def confirming(self) -> bool:
        return self.views.currentIndex() == CONFIRM

    @property
    def showing_scan(self) -> bool:
        return self.views.currentIndex() == SCANNED

    def show_card(self, card: object) -> None:
        """A scan (kiosk.cards: CitizenCard, LearnerCard or NotACard): its person, large."""
        if self.summing_up:
            return  # the session has ended: its summary stays until Back to the menu
        self.views.setCurrentIndex(SCANNED)
        self.scanned.show_card(card)  # type: ignore[arg-type]

    def _scan_heading(self, heading: str) -> None:
        """The bar over a scanned card: "Card scanned", or the view's own heading (a new
        person on a short screen)."""
        self.scanned_heading = heading
        if self.showing_scan:
            self.bar.title.set_full_text(heading or self.tr("Card scanned"))

    def no_camera_text(self) -> str:
        return self.tr("The camera cannot be used here. Use the scanner, or Add people.")

    def _print_cards(self) -> None:
        if self.cards is None:
            return
        people = [row.person for row in self.desk.attendees]
        if not people:
            self._say(self.tr("Nobody is present yet: no cards to print."))
            return
        self.print_cards.setEnabled(False)
        self._say(self.cards.start(people, self.language))

    def set_settings(self, settings: object) -> None:
        groups = getattr(settings, "residential_groups", ())
        self.scanned.set_groups(groups)
        if self.cards is not None:
            self.cards.set_settings(settings)

    def on_show(self) -> None:
        self.status.hide()
        self.show_list()
        self.print_cards.setEnabled(self.cards is None or not self.cards.busy)
        if len(self.desk.attendees) != self.shown_count:  # people came: the newest are last
            self.shown_count = len(self.desk.attendees)
            self.grid.set_choices(self.choices(), page=10**6)

    def show_list(self) -> None:
        self.views.setCurrentIndex(LISTING)
        self.refresh()

    def go_back(self) -> None:
        if self.summing_up:
            self.ended.emit()
        elif self.confirming or self.showing_scan:
            self.show_list()
        else:
            self.back_requested.emit()

    def ask_end(self) -> None:
        self.confirm_status.hide()
        self.views.setCurrentIndex(CONFIRM)
        self.retranslate()

    def _end(self) -> None:
        self.desk.end_session(self._ended, self._end_failed)

    def _ended(self, summary: SessionSummary | None) -> None:
        if summary is None:
            self.ended.emit()
            return
        self.summary = summary
        self.views.setCurrentIndex(SUMMARY)
        self.retranslate()

    def _end_failed(self, error: RecordError) -> None:
        self.confirm_status.setText(error.message(self.language))
        self.confirm_status.show()

    def choices(self) -> list[Choice]:
        result = []
        for number, row in enumerate(self.desk.attendees, start=1):
            badge = f"✓ {len(row.support)}" if row.support else ""
            choice = person_choice(row.person, badge)
            shorter = tuple(f"{number}. {name}" for name in choice.shorter)
            title = f"{number}. {choice.title}"
            result.append(Choice(choice.key, title, choice.detail, badge, shorter=shorter))
        return result

    def _chosen(self, person_id: str) -> None:
        row = next((r for r in self.desk.attendees if r.person.id == person_id), None)
        if row is not None:
            self.person_chosen.emit(row.person)

    def _failed(self, error: RecordError) -> None:
        self._say(error.message(self.language))

    def _say(self, text: str) -> None:
        if self.cards is not None:
            self.print_cards.setEnabled(not self.cards.busy)
        if not text:
            return
        where = self.confirm_status if self.confirming else self.status
        where.setText(text)
        where.show()

    def refresh(self) -> None:
        attendees = self.desk.attendees
        self.grid.set_choices(self.choices())
        self.grid.setVisible(bool(attendees))
        self.empty.setVisible(not attendees)
        self.count.set_full_text(self.tr("{count} present").format(count=len(attendees)))
        self.legend.setVisible(any(row.support for row in attendees))
        session = self.desk.session
        where = self.where  # with no session (ended): the last one's, for its summary
        if session is not None:
            kind = label(SESSION_KINDS, session.kind, self.language)
            where = " · ".join(p for p in (kind, session.location) if p)
        self.where = where
        if self.showing_scan:
            self._scan_heading(self.scanned_heading)
            return
        self.bar.title.set_full_text(
            self.tr("Attendance: {session}").format(session=where), [where] if where else []
        )
        self.question_detail.setText(
            self.tr("{count} present. An ended session cannot be opened again.").format(
                count=len(attendees)
            )
        )

    def set_language(self, language: str) -> None:
        self.undo.language = language
        self.scanned.set_language(language)
        super().set_language(language)

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add people"))
        self.end.setText(self.tr("End session"))
        self.scan.setText(self.tr("Scan card"))
        self.print_cards.setText(self.tr("Print learner cards"))
        self.empty.setText(
            self.tr("Nobody yet. Scan a citizen ID card or a learner card, or touch Add people.")
        )
        self.question.setText(self.tr("End this session?"))
        self.keep.setText(self.tr("Not yet"))
        self.confirm_end.setText(self.tr("End the session"))
        self.legend.setText(
            self.tr("✓ 2 on a card: 2 kinds of help recorded for that person in this session.")
        )
        self.summary_title.setText(self.tr("The session has ended."))
        self.summary_done.setText(self.tr("Back to the menu"))
        if self.summary is not None:
            lines = (
                self.tr("Present: {count}").format(count=self.summary.present),
                self.tr("Here for the first time: {count}").format(count=self.summary.new),
                self.tr("Given support: {count}").format(count=self.summary.supported),
            )
            self.summary_lines.setText("\n".join(lines))
        self.refresh()
