"""Big card buttons (a bold title, a second line, a badge such as "✓ 2"), laid out six at
most to a screen with big page buttons under them, and a person shown as a card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.records import Person
from ui.facilitator.widgets import CARD_PAD_Y, FitLabel, line_height, set_flag
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.pager import Pager


def card_height(theme: Theme) -> int:
    """A card holds two lines of body text, inside its margins and its thickest border."""
    return max(theme.target, 2 * (line_height(theme) + theme.px(CARD_PAD_Y) + theme.px(6)))


@dataclass(frozen=True)
class Choice:
    """One card: `key` comes back in `chosen`; `on` draws it as picked (thick black border and
    a ✓, so colour is never the only sign)."""

    key: str
    title: str
    detail: str = ""
    badge: str = ""
    on: bool = False
    shorter: tuple[str, ...] = ()  # shorter titles to try on a narrow card
    keep: str = ""  # the ending that stays when even the shortest is cut


class CardButton(BigButton):
    """A big button with a bold title (wrapped or fitted to one line), an optional second line
    and a badge such as "✓ 2" on its right."""

    def __init__(
        self, theme: Theme, wrap: bool, lines: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__("card", parent)
        self.setObjectName("card")
        self.setFixedHeight(card_height(theme) if lines > 1 else theme.button_height)
        self.key = ""
        self.on = False
        self.title: QLabel = QLabel() if wrap else FitLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(wrap)
        self.detail = FitLabel()
        self.detail.setObjectName("cardDetail")
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.detail)
        row = QHBoxLayout(self)
        m = theme.px(CARD_PAD_Y)
        row.setContentsMargins(theme.px(20), m, theme.px(20), m)
        row.setSpacing(theme.px(12))
        row.addLayout(words, 1)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        for child in (self.title, self.detail, self.badge):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def hasHeightForWidth(self) -> bool:
        return False  # the card keeps its height, whatever its wrapped title would like

    def event(self, event: QEvent) -> bool:
        """Polishing sets the least height from the stylesheet (0 for a card): the card's own
        height is put back, so that a layout short of room never squeezes it."""
        done = super().event(event)
        restyled = event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange)
        height = getattr(self, "_height", 0)  # (0 until BigButton's __init__ has run)
        if restyled and height and self.minimumHeight() != height:
            self.setFixedHeight(height)
        return done

    def show_choice(self, choice: Choice) -> None:
        self.key = choice.key
        if isinstance(self.title, FitLabel):
            self.title.set_full_text(choice.title, choice.shorter, choice.keep)
        else:
            self.title.setText(choice.title)
        self.detail.set_full_text(choice.detail)
        self.detail.setVisible(bool(choice.detail))
        badge = choice.badge or ("✓" if choice.on else "")
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        if choice.on != self.on:
            self.on = choice.on
            set_flag(self, "on", choice.on)
        self.setAccessibleName(" ".join(t for t in (choice.title, choice.detail, badge) if t))


class ChoiceGrid(QWidget):
    """At most six cards (`columns` x `rows`) and the big page buttons under them.

    `set_choices(all)` pages through a list held here; `show_page_of(shown, page, count)` shows
    a page that somebody else fetched (then `page_requested` asks for another)."""

    chosen = Signal(str)
    page_requested = Signal(int)

    def __init__(
        self,
        theme: Theme,
        columns: int = 2,
        rows: int = 3,
        wrap: bool = False,
        lines: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if columns * rows > 6:
            raise ValueError("DESIGN.md: at most six choices on a screen")
        self.theme = theme
        self.page, self.page_count = 0, 1
        self._all: list[Choice] | None = None
        self.cards: list[CardButton] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.spacing + theme.px(4))
        grid.setVerticalSpacing(theme.spacing + theme.px(4))
        for index in range(columns * rows):
            card = CardButton(theme, wrap, lines)
            policy = card.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            card.setSizePolicy(policy)
            card.clicked.connect(lambda _=False, c=card: self.chosen.emit(c.key))
            grid.addWidget(card, index // columns, index % columns)
            self.cards.append(card)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.pager = Pager(theme)
        self.pager.page_requested.connect(self._turn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.spacing)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.pager)

    @property
    def per_page(self) -> int:
        return len(self.cards)

    def set_choices(self, choices: Sequence[Choice], page: int | None = None) -> None:
        """Page through `choices`; stays on the current page unless told (or it is gone)."""
        self._all = list(choices)
        count = max(1, -(-len(self._all) // self.per_page))
        self._show_local(self.page if page is None else page, count)

    def _show_local(self, page: int, count: int) -> None:
        assert self._all is not None
        page = min(max(0, page), count - 1)
        start = page * self.per_page
        self._show(self._all[start : start + self.per_page], page, count)

    def show_page_of(self, shown: Sequence[Choice], page: int, page_count: int) -> None:
        self._all = None
        self._show(list(shown), page, page_count)

    def _show(self, shown: list[Choice], page: int, page_count: int) -> None:
        self.page, self.page_count = page, page_count
        for index, card in enumerate(self.cards):
            if index < len(shown):
                card.show_choice(shown[index])
                card.show()
            else:
                card.hide()
        self.pager.show_position(page, page_count)
        self.pager.setVisible(page_count > 1)

    def _turn(self, page: int) -> None:
        if self._all is not None:
            self._show_local(page, self.page_count)
        else:
            self.page_requested.emit(page)

    def shown_keys(self) -> list[str]:
        return [card.key for card in self.cards if not card.isHidden()]

    def card_for(self, key: str) -> CardButton | None:
        return next((c for c in self.cards if c.key == key and not c.isHidden()), None)

    def retranslate(self) -> None:
        self.pager.retranslate()


def shortened_names(name: str) -> list[str]:
    """ "Nguyễn Thị Hồng Nhung" -> "Nguyễn … Hồng Nhung", "Nguyễn … Nhung": the family
    name and the given name (the one people are called by) stay."""
    words = name.split()
    return [" ".join([words[0], "…", *words[cut:]]) for cut in range(2, len(words))]


def person_choice(person: Person, badge: str = "", one_line: bool = False) -> Choice:
    """A person as a card: the name, then the birth year and group (on the same line when
    `one_line`: the group gives way first, then middle names)."""
    facts = [str(person.birth_year), person.residential_group]
    facts = [f for f in facts if f]
    if one_line:
        year = f" · {person.birth_year}"
        full = " · ".join([person.full_name, *facts])
        shorter = (person.full_name + year, *(n + year for n in shortened_names(person.full_name)))
        return Choice(person.id, full, "", badge, bool(badge), shorter, year)
    shorter = tuple(shortened_names(person.full_name))
    detail = " · ".join(facts)
    return Choice(person.id, person.full_name, detail, badge, bool(badge), shorter)
