"""The pages of the check-in (ui/screens/checkin.py), the consent text, and the row of big
buttons at the bottom that the check-in and the PIN set-up share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon_path, load_icon
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.illustration import Illustration
from ui.widgets.numpad import NumberPad
from ui.widgets.pager import Pager

GROUPS_PER_PAGE = 6  # DESIGN.md: at most six choices on a screen
GROUP_COLUMNS = 3


@dataclass(frozen=True)
class ConsentText:
    """What the resident agrees to: shown as four short points, read aloud as warm prose.
    Not a tr() text: it is the agreed wording of CONSENT_VERSION, stored with each person;
    a change of wording needs a new version."""

    question: str
    points: tuple[tuple[str, str], ...]  # (heading, text)
    spoken: str


CONSENT_TEXT_VERSION = "2026-12-v3"  # a test checks it is kiosk.records.CONSENT_VERSION
CONSENT: dict[str, ConsentText] = {
    "vi": ConsentText(
        question="Bác có muốn ghi tên không?",
        points=(
            ("Ghi lại", "họ tên, năm sinh, tổ dân phố và bài bác đã học."),
            ("Quét thẻ", "chỉ lấy họ tên và năm sinh trên thẻ."),
            ("Để làm gì", "để xã biết ai đã được hướng dẫn và hỗ trợ."),
            ("Ai giữ", "nhà văn hóa và Ủy ban xã, chỉ trên máy này."),
            ("Muốn xóa", "bác nói với người hướng dẫn."),
        ),
        spoken=(
            "Bác có muốn ghi tên không? "
            "Nếu bác đồng ý, máy sẽ ghi lại họ tên, năm sinh, tổ dân phố của bác, "
            "và bài bác vừa học. "
            "Nếu bác quét thẻ căn cước, máy chỉ lấy họ tên và năm sinh, "
            "không giữ số thẻ hay địa chỉ. "
            "Việc này để xã biết ai đã được hướng dẫn và hỗ trợ. "
            "Thông tin do nhà văn hóa và Ủy ban nhân dân xã giữ, chỉ lưu trên máy này. "
            "Khi nào bác muốn xóa, bác cứ nói với người hướng dẫn. "
            "Bác đồng ý thì chạm nút Đồng ý. "
            "Không muốn thì bác chạm Bỏ qua, máy sẽ không ghi tên bác."
        ),
    ),
    "en": ConsentText(
        question="Would you like to sign in?",
        points=(
            ("What is kept", "name, birth year, group and lesson."),
            ("ID card", "if scanned, only the name and birth year."),
            ("Why", "so the commune knows who was helped."),
            ("Who keeps it", "cultural house and commune, on this PC."),
            ("To remove it", "just tell the facilitator."),
        ),
        spoken=(
            "Would you like to sign in? "
            "If you agree, the kiosk keeps your full name, your birth year, "
            "your residential group, and the lesson you have just finished. "
            "If you scan your citizen ID card, only your name and birth year are taken: "
            "never its number or your address. "
            "This lets the commune know who has been taught and helped. "
            "The cultural house and the commune People's Committee keep it, "
            "only on this computer. "
            "If you ever want it removed, just tell the facilitator. "
            "To sign in, touch I agree. "
            "If you would rather not, touch Skip, and your name is not kept."
        ),
    ),
}


def bottom_margin(theme: Theme, content_height: int) -> int:
    """The usual bottom margin, or a smaller one where a keyboard or number pad of
    `content_height` would not otherwise fit between the top bar and the buttons."""
    bar = theme.target + 2 * theme.px(12)
    need = bar + content_height + theme.spacing + theme.button_height + theme.margin
    return theme.margin if need <= theme.screen_height else theme.px(12)


class RowButton(BigButton):
    """A button of the bottom row: the row shares its width evenly, but never leaves a
    button less than its words need (on an upright 768-wide screen "Học bài khác" needs more
    than a third). The stylesheet's min-width is the least a button may be; here it is its
    words' width, set again whenever the words or the look change."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit()
        return handled

    def _fit(self) -> None:
        self.setMinimumWidth(self.sizeHint().width())
        holder = self.parentWidget()
        if isinstance(holder, MiddlePlace):  # the middle place takes the new width at once
            holder.updateGeometry()


class MiddlePlace(QStackedWidget):
    """The bottom row's middle place: as wide as what it shows now needs (a stack asks for
    the most any of its pages needs, and would crowd Back and Next on an upright screen)."""

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        if shown is None:
            return super().minimumSizeHint()
        return shown.minimumSizeHint().expandedTo(shown.minimumSize())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # what it shows changed its words
            self.updateGeometry()
        return super().event(event)


class BottomRow(QWidget):
    """Back on the left, Next on the right, and a middle place for a third button or a
    short note: the same three places as the lesson player's buttons."""

    def __init__(self, theme: Theme, content_height: int, parent: QWidget | None = None):
        super().__init__(parent)
        icon = QSize(theme.px(44), theme.px(44))
        self.back = RowButton("secondary")
        self.back.setObjectName("back")
        self.back.setIcon(load_icon("back"))
        self.middle = MiddlePlace()
        self.skip = RowButton("secondary")
        self.skip.setObjectName("skip")
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = QWidget()
        self.scan = RowButton("secondary")  # the webcam, where a page takes cards
        self.scan.setObjectName("scanCard")
        for widget in (self.empty, self.skip, self.note, self.scan):
            self.middle.addWidget(widget)
        self.next = RowButton("go")
        self.next.setObjectName("next")
        self.next.setIcon(load_icon("next_white"))
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        policy = self.next.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.next.setSizePolicy(policy)
        row = QHBoxLayout(self)
        m = theme.margin
        row.setContentsMargins(m, theme.spacing, m, bottom_margin(theme, content_height))
        row.setSpacing(theme.px(40))
        for widget in (self.back, self.skip, self.next, self.scan):
            widget.setIconSize(icon)
            widget.setFixedHeight(theme.button_height)
        self.middle.setFixedHeight(theme.button_height)
        for widget in (self.back, self.middle, self.next):
            row.addWidget(widget, 1)

    def show_middle(self, what: str) -> None:
        """Show in the middle place: "skip" (the third button), "scan" (the webcam), "note"
        or nothing ("")."""
        widget = {"skip": self.skip, "note": self.note, "scan": self.scan}.get(what, self.empty)
        self.middle.setCurrentWidget(widget)
        self.middle.updateGeometry()


def beside_pad(theme: Theme, words: QVBoxLayout, pad: QWidget) -> QBoxLayout:
    """Words and a number pad side by side in the middle of the page: on a wide screen the
    eye need not cross it from the question to the keys. On an upright screen, too narrow for
    both, the words go above the pad."""
    box = QWidget()
    box.setLayout(words)
    m = theme.margin
    if theme.portrait:
        column = QVBoxLayout()
        column.setContentsMargins(m, 0, m, 0)
        column.setSpacing(theme.px(32))
        column.addStretch(1)
        column.addWidget(box)
        column.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return column
    box.setMaximumWidth(theme.px(760))
    row = QHBoxLayout()
    row.setContentsMargins(m, 0, m, 0)
    row.setSpacing(theme.px(48))
    row.addStretch(0)  # takes only the room the words cannot use
    row.addWidget(box, 1)
    row.addWidget(pad, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addStretch(0)
    return row


def _title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def _problem() -> QLabel:
    label = QLabel()
    label.setObjectName("problem")
    label.setProperty("role", "prompt")  # a framed yellow box: not colour alone
    label.setWordWrap(True)
    label.hide()
    return label


class ConsentPage(QWidget):
    listen_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = _title()
        self.listen = BigButton("primary")
        self.listen.setObjectName("listen")
        self.listen.setIcon(load_icon("listen"))
        self.listen.setIconSize(QSize(theme.px(40), theme.px(40)))
        self.listen.setFixedHeight(theme.button_height)
        self.listen.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.listen.clicked.connect(self.listen_requested)
        top = QHBoxLayout()
        top.setSpacing(theme.px(40))
        top.addWidget(self.question, 1)
        top.addWidget(self.listen)
        self.points: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(32))
        grid.setVerticalSpacing(theme.px(20))
        for row in range(max(len(text.points) for text in CONSENT.values())):
            heading, text = QLabel(), QLabel()
            heading.setProperty("role", "section")
            heading.setContentsMargins(0, theme.px(5), 0, 0)  # on the line of its larger text
            text.setWordWrap(True)
            text.setObjectName("caption")
            text.setProperty("role", "caption")
            grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.points.append((heading, text))
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        m = theme.margin
        layout.setContentsMargins(m, theme.px(20), m, 0)
        layout.setSpacing(theme.px(24))
        self.problem = _problem()  # a card scanned before "I agree"
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def show_text(self, consent: ConsentText, listen_label: str) -> None:
        self.question.setText(consent.question)
        self.listen.setText(listen_label)
        for (heading, text), (title, words) in zip(self.points, consent.points, strict=True):
            heading.setText(title)
            text.setText(words)


class CardPage(QWidget):
    """The name and birth year read from a scanned card, to be confirmed: "Is this you?"."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = _title()
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setProperty("role", "hero")
        self.name.setWordWrap(True)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.year = _title()
        self.year.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = _problem()
        layout = QVBoxLayout(self)
        m = theme.margin
        layout.setContentsMargins(m, theme.px(20), m, 0)
        layout.setSpacing(theme.px(24))
        layout.addStretch(1)
        for widget in (self.question, self.name, self.year, self.problem):
            layout.addWidget(widget)
        layout.addStretch(1)


class YearPage(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = _title()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.problem = _problem()
        self.pad = NumberPad(theme, max_length=4)
        words = QVBoxLayout()
        words.setSpacing(theme.px(24))
        words.addStretch(1)
        words.addWidget(self.question)
        words.addWidget(self.hint)
        words.addWidget(self.problem)
        words.addStretch(1)
        self.setLayout(beside_pad(theme, words, self.pad))


class GroupTile(BigButton):
    """A residential group to choose: a big framed button whose name may take two lines."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__("secondary", parent)
        self.setObjectName("tile")
        # two lines of a group's name; on a short screen the page turner needs the rest
        self.setFixedHeight(theme.px(112) if theme.short else theme.px(124))
        self.group_name = ""
        self.label = QLabel()
        self.label.setObjectName("tileTitle")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        p = theme.px(8)
        layout.setContentsMargins(p, p, p, p)
        layout.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return False  # its fixed height, not the height its wrapped label would like

    def show_group(self, group: str) -> None:
        self.group_name = group
        self.label.setText(group)
        self.setAccessibleName(group)


class GroupPage(QWidget):
    chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: tuple[str, ...] = ()
        self.page = 0
        self.question = _title()
        self.problem = _problem()
        grid = QGridLayout()
        grid.setSpacing(theme.spacing + theme.px(8))
        self.tiles: list[GroupTile] = []
        for index in range(GROUPS_PER_PAGE):
            tile = GroupTile(theme)
            tile.clicked.connect(lambda _=False, t=tile: self.chosen.emit(t.group_name))
            grid.addWidget(tile, index // GROUP_COLUMNS, index % GROUP_COLUMNS)
            self.tiles.append(tile)
        self.pager = Pager(theme)
        self.pager.page_requested.connect(self.show_page)
        layout = QVBoxLayout(self)
        m = theme.margin
        layout.setContentsMargins(m, theme.px(20), m, 0)
        layout.setSpacing(theme.spacing if theme.short else theme.px(24))
        layout.addWidget(self.question)
        layout.addWidget(self.problem)
        layout.addLayout(grid)
        layout.addWidget(self.pager)
        layout.addStretch(1)

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.groups) // GROUPS_PER_PAGE))

    def set_groups(self, groups: Sequence[str]) -> None:
        self.groups = tuple(groups)
        self.show_page(0)

    def show_page(self, page: int) -> None:
        self.page = min(max(0, page), self.page_count - 1)
        start = self.page * GROUPS_PER_PAGE
        shown = self.groups[start : start + GROUPS_PER_PAGE]
        for index, tile in enumerate(self.tiles):
            tile.setVisible(index < len(shown))
            tile.show_group(shown[index] if index < len(shown) else "")
        self.pager.setVisible(self.page_count > 1)
        self.pager.show_position(self.page, self.page_count)


class DonePage(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = Illustration()
        self.badge.set_image(icon_path("done"))
        badge = theme.px(120) if theme.short else theme.px(160)  # two lines of words below it
        self.badge.setFixedSize(badge, badge)
        self.headline = QLabel()
        self.headline.setProperty("role", "hero")
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line = QLabel()
        self.line.setProperty("role", "title")
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        m = theme.margin
        layout.setContentsMargins(m, m, m, 0)
        layout.setSpacing(theme.px(16) if theme.short else theme.px(24))
        layout.addStretch(1)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.headline)
        layout.addWidget(self.line)
        layout.addStretch(1)

    def show_words(self, headline: str, line: str) -> None:
        self.headline.setText(headline)
        self.line.setText(line)
