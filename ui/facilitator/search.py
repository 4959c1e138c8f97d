"""Find a person as the name is typed, and add them with one tap.

The keyboard takes the lower part of the screen; above it, Back and Lock in their corners, up
to four matches in the middle (two where the screen is narrow), and "New person" on the left.
Matches follow the typing (150 ms after the last key; a late answer to an older query is
dropped), without accents or case ("nguyen thi deu" finds "Nguyễn Thị Đều"). In "attend" mode
a tap marks the person present and the page is at once empty again for the next name; in
"support" mode a tap opens the person's support page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QWidget

from kiosk.records import Person, RecordError
from ui.facilitator.cards import CardButton
from ui.facilitator.cards import person_choice as choice_of
from ui.facilitator.desk import Added, Desk
from ui.facilitator.layout import page_margin
from ui.facilitator.page import Page
from ui.facilitator.widgets import notice_label
from ui.records_service import Turn
from ui.resources import load_icon
from ui.scan.intake import ScanIntake
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.keyboard import VietKeyboard

DEBOUNCE_MS = 150
ROW_WIDTH = 440  # px at 1080 lines: a one-line card with a whole name and birth year


def match_columns(theme: Theme) -> int:
    """Matches in two columns of two, or where that leaves a card too narrow for a name and
    its birth year (1024 wide, upright screens), in one column of two."""
    area = theme.screen_width - 2 * page_margin(theme) - theme.px(230) - theme.spacing
    return 2 if (area - theme.spacing) // 2 >= theme.px(ROW_WIDTH) else 1


class SearchPage(Page):
    name = "search"
    support_requested = Signal(object)  # a Person, in "support" mode
    new_person_requested = Signal(str)  # what was typed

    def __init__(self, theme: Theme, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent, bar=False)
        self.desk = desk
        self.mode = "attend"
        self.results: list[Person] = []
        self.answered = ""  # the query `results` answer
        self.turn = Turn()  # an answer to an older query is dropped
        self.busy = False  # a tap is being stored: a second tap waits
        self.last_added: Added | None = None
        self.note = ""
        self.error = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._search)

        # A card scanned here (USB scanner) goes to the panel: search.intake.read.
        self.intake = ScanIntake(self, theme)
        self.keyboard = VietKeyboard(theme, max_length=100, digits=True)
        self.keyboard.text_changed.connect(self._typed)
        self.keyboard.submitted.connect(self._submitted)
        gap, margin = theme.spacing, theme.px(10)
        room = theme.screen_height - self.keyboard.height() - 2 * margin - gap
        row = max(theme.target, min(theme.button_height, (room - gap) // 2))
        # The bar (Back, title, Lock) where the screen is tall enough; below ~1000 lines the
        # keyboard leaves room for two rows only: Back then takes the top-left corner.
        with_bar = room >= self.bar.height() + 2 * row + 2 * gap
        self.bar.setVisible(with_bar)

        self.back = BigButton("secondary")
        self.back.setObjectName("back")
        self.back.setIcon(load_icon("back"))
        self.back.setIconSize(QSize(theme.px(40), theme.px(40)))
        self.back.clicked.connect(self.go_back)
        self.back.setVisible(not with_bar)
        self.new = BigButton("go")
        self.new.setObjectName("new")
        self.new.clicked.connect(lambda: self.new_person_requested.emit(self.query))
        self.back.setFixedHeight(row)
        self.new.setFixedHeight(row if not with_bar else 2 * row + gap)

        self.area = QStackedWidget()
        self.status = notice_label()
        matches = QWidget()
        grid = QGridLayout(matches)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(gap)
        self.cards: list[CardButton] = []
        for index in range(match_columns(theme) * 2):
            card = CardButton(theme, wrap=False)
            card.setFixedHeight(row)
            policy = card.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            card.setSizePolicy(policy)
            card.clicked.connect(lambda _=False, i=index: self.choose(i))
            grid.addWidget(card, *divmod(index, match_columns(theme)))
            self.cards.append(card)
        self.area.addWidget(self.status)
        self.area.addWidget(matches)
        self.area.setFixedHeight(2 * row + gap)

        top = QGridLayout()
        top.setSpacing(gap)
        if with_bar:
            top.addWidget(self.new, 0, 0, 2, 1)
        else:
            top.addWidget(self.back, 0, 0)
            top.addWidget(self.new, 1, 0)
        top.addWidget(self.area, 0, 1, 2, 1)
        top.setColumnStretch(1, 1)
        top.setColumnMinimumWidth(0, theme.px(230))
        side = page_margin(theme)
        self.body.setContentsMargins(side, margin, side, margin)
        self.body.addLayout(top)
        self.body.addStretch(1)
        self.body.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        desk.attendees_changed.connect(self._refresh_idle)
        self.retranslate()

    @property
    def query(self) -> str:
        return self.keyboard.text().strip()

    def start(self, mode: str, note: str = "") -> None:
        """Open empty, for adding people to the session ("attend") or recording support;
        `note` is said in the empty result area until the first name is typed."""
        self.mode = mode if self.desk.session is not None else "support"
        self.last_added = None
        self.note = note
        self.error = ""
        self.keyboard.clear()
        self.retranslate()

    # -- searching ---------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.error = ""
        self.turn.move_on()  # whatever is on its way answers an older text now
        if text.strip():
            self.timer.start()
            if self.area.currentIndex() == 0:
                self._show_status()
        else:
            self.timer.stop()
            self.results, self.answered = [], ""
            self._show_status()

    def _search(self) -> None:
        query, found = self.query, len(self.cards)
        self.desk.search(query, found, lambda people: self._found(query, people), self.turn)

    def _found(self, query: str, people: list[Person]) -> None:
        self.results, self.answered = list(people), query
        if not people:
            self._show_status()
            return
        for index, card in enumerate(self.cards):
            if index < len(people):
                person = people[index]
                here = self.mode == "attend" and self.desk.is_present(person.id)
                card.show_choice(choice_of(person, "✓" if here else "", one_line=True))
                card.show()
            else:
                card.hide()
        self.area.setCurrentIndex(1)

    def _submitted(self, text: str) -> None:
        if not text:
            self.go_back()
        elif not self.results:
            self.new_person_requested.emit(text)

    # -- choosing ----------------------------------------------------------------------
    def choose(self, index: int) -> None:
        if self.busy or index >= len(self.results):
            return
        person = self.results[index]
        if self.mode != "attend":
            self.support_requested.emit(person)
            return
        self.busy = True
        typed = self.keyboard.text()
        self.keyboard.clear()
        self.desk.add_attendee(person, self.show_added, lambda e: self._failed(e, typed))

    def show_added(self, added: Added) -> None:
        """After a tap here or a new person saved: say who was added, ready for the next."""
        self.busy = False
        self.last_added = added
        self.error = self.note = ""
        if not self.query:  # (the next name may be on its way already)
            self._show_status()

    def _failed(self, error: RecordError, typed: str) -> None:
        self.busy = False
        self.keyboard.set_text(typed)
        self.error = error.message(self.language)
        self._show_status()

    def show_problem(self, text: str) -> None:
        """A sentence about a scanned card (not a card, a refused learner card...)."""
        self.busy = False
        self.error = text
        self._show_status()

    # -- texts -------------------------------------------------------------------------
    def _show_status(self) -> None:
        self.area.setCurrentIndex(0)
        if self.error:
            self.status.setText(self.error)
        elif self.query and self.answered == self.query and not self.results:
            self.status.setText(
                self.tr('Nobody called "{name}" yet. Touch New person to add them.').format(
                    name=self.query
                )
            )
        elif self.query:
            self.status.setText(self.tr("Looking…"))
        else:
            self.status.setText(self._idle_text())

    def _idle_text(self) -> str:
        present = ""
        if self.mode == "attend":
            present = " " + self.tr("{count} present.").format(count=len(self.desk.attendees))
        if self.note:
            return self.note + present
        added = self.last_added
        if added is not None and self.mode == "attend":
            who = f"{added.person.full_name} ({added.person.birth_year})"
            done = (
                self.tr("Added: {who}.") if added.new else self.tr("{who} was already here.")
            ).format(who=who)
            return done + present + " " + self.tr("Type the next name.")
        if self.mode == "attend":
            return self.tr("Type a name; no accents needed. Touch a name to add it.") + present
        return self.tr("Type a name; no accents needed. Touch a name to record support.")

    def _refresh_idle(self) -> None:
        if self.area.currentIndex() == 0 and not self.query and not self.error:
            self.status.setText(self._idle_text())

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.new.setText(self.tr("New person"))
        if self.mode == "attend":
            self.bar.title.set_full_text(self.tr("Add people to the session"))
        else:
            self.bar.title.set_full_text(self.tr("Find a person to record support"))
        if self.area.currentIndex() == 0:
            self._show_status()
