"""The end of a lesson: congratulations, the lesson's QR codes, signing in ("Ghi tên"), and
where to go next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.channels.model import Channel
from kiosk.lessons.model import Lesson
from ui.resources import icon_path, load_icon
from ui.screens.base import Screen
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.illustration import Illustration
from ui.widgets.qr_view import QrView
from ui.widgets.top_bar import TopBar

MAX_CODES = 2  # QR codes that fit beside the congratulations, each at least 40 mm


class FinishScreen(Screen):
    another_lesson = Signal()
    print_requested = Signal(str)  # lesson id
    repeat_lesson = Signal(str)
    home_requested = Signal()
    checkin_requested = Signal(str)  # lesson id

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.lesson: Lesson | None = None
        self.signed_in = False
        self.shown_kinds: tuple[str, ...] = ()  # the kinds of the channels shown as codes

        self.bar = TopBar(theme)
        self.bar.home_clicked.connect(self.home_requested)

        self.badge = Illustration()
        self.badge.set_image(icon_path("done"))
        self.badge.setFixedSize(theme.px(160), theme.px(160))
        narrow = theme.screen_width < 1000 * theme.scale
        # Below 1000 lines (and on an upright 768-wide screen, whose codes go under the
        # words) the sign-in button takes the badge's place: the green words and the check
        # mark on "Signed in" still say it is done.
        self.badge.setVisible(theme.screen_height >= 1000 and not (narrow and theme.portrait))
        self.cheer = QLabel()
        self.cheer.setProperty("role", "hero")
        self.cheer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_line = QLabel()
        self.done_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lesson_title = QLabel()
        self.lesson_title.setProperty("role", "title")
        self.lesson_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lesson_title.setWordWrap(True)
        if not theme.portrait and theme.screen_width < 1200 * theme.scale:
            # a 4:3 screen: the words' column beside the codes is less than half of 1024
            self.cheer.setStyleSheet(f"font-size: {theme.title_px}px;")  # "Congratulations!"
            self.lesson_title.setStyleSheet(f"font-size: {theme.px(36)}px;")

        # The lesson's channels as QR codes; later issues add printing and check-in here.
        self.extras = QWidget()
        self.extras.setObjectName("extras")
        extras = QVBoxLayout(self.extras)
        extras.setContentsMargins(0, 0, 0, 0)
        extras.setSpacing(theme.px(8))
        self.scan_hint = QLabel()
        self.scan_hint.setWordWrap(True)
        self.scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        extras.addWidget(self.scan_hint)
        m = theme.px(16) if theme.short or narrow else theme.margin
        gap = theme.px(24) if theme.short or narrow else theme.px(40)
        # Codes side by side where two fit whole (with their quiet zones) and leave the words
        # beside them room for a few words a line; else one a row.
        code_side = theme.px(160)
        code_gap = theme.spacing + theme.px(12)
        two_codes = 2 * round(code_side * 1.45) + code_gap
        room = theme.screen_width - 2 * m
        if not theme.portrait:
            room -= gap + theme.px(440)  # the words' column
        per_row = 2 if room >= two_codes else 1
        if per_row == 2 and not theme.portrait:
            self.extras.setMinimumWidth(two_codes)
        codes = QGridLayout()
        codes.setHorizontalSpacing(code_gap)
        codes.setVerticalSpacing(theme.spacing)
        self.codes: list[tuple[QrView, QLabel]] = []
        for index in range(MAX_CODES):
            code = QrView(code_side)
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            stacked = QVBoxLayout()
            stacked.setSpacing(theme.px(4))
            stacked.addWidget(code, 1)
            stacked.addWidget(label)
            codes.addLayout(stacked, index // per_row, index % per_row)
            self.codes.append((code, label))
        for column in range(per_row):
            codes.setColumnStretch(column, 1)
        extras.addLayout(codes, 1)

        self.repeat = BigButton("secondary")
        self.repeat.setIcon(load_icon("back"))
        self.repeat.clicked.connect(lambda: self.lesson and self.repeat_lesson.emit(self.lesson.id))
        self.another = BigButton("go")
        self.another.setIcon(load_icon("next_white"))
        self.another.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.another.clicked.connect(self.another_lesson)
        self.print_button = BigButton("primary")
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(
            lambda: self.lesson and self.print_requested.emit(self.lesson.id)
        )
        # As large as the buttons below, under the congratulations it belongs to.
        self.checkin = BigButton("primary")
        self.checkin.setObjectName("checkin")
        self.checkin.setFixedHeight(theme.button_height)
        self.checkin.clicked.connect(
            lambda: self.lesson and self.checkin_requested.emit(self.lesson.id)
        )
        compact = theme.screen_width < 1200 * theme.scale
        icon = QSize(theme.px(36), theme.px(36)) if compact else QSize(theme.px(44), theme.px(44))
        self.checkin.setIconSize(icon)
        # Portrait and narrow: "Print" on a row of its own above the other two.
        columns = 2 if narrow else 3
        buttons = QGridLayout()
        buttons.setContentsMargins(m, theme.spacing, m, theme.px(12) if theme.short else m)
        buttons.setHorizontalSpacing(gap)
        buttons.setVerticalSpacing(theme.spacing)
        # A holder of fixed width: the stylesheet's min-width would shrink the button itself.
        holder = QWidget()
        holder.setFixedWidth((theme.screen_width - 2 * m - (columns - 1) * gap) // columns)
        held = QHBoxLayout(holder)
        held.setContentsMargins(0, 0, 0, 0)
        held.addWidget(self.checkin)
        for button in (self.repeat, self.print_button, self.another):
            button.setIconSize(icon)
            button.setFixedHeight(theme.button_height)
        if narrow:
            buttons.addWidget(self.print_button, 0, 0, 1, 2)
            buttons.addWidget(self.repeat, 1, 0)
            buttons.addWidget(self.another, 1, 1)
        else:
            for column, button in enumerate((self.repeat, self.print_button, self.another)):
                buttons.addWidget(button, 0, column)
        for column in range(columns):
            buttons.setColumnStretch(column, 1)

        self.cheer.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(theme.px(16))
        words.addStretch(1)
        words.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.cheer)
        words.addWidget(self.done_line)
        words.addWidget(self.lesson_title)
        words.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addStretch(1)
        middle = QVBoxLayout() if theme.portrait else QHBoxLayout()
        middle.setContentsMargins(m, theme.px(12) if theme.short else m, m, 0)
        middle.setSpacing(gap)
        middle.addLayout(words, 1)
        middle.addWidget(self.extras, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_lesson(self, lesson: Lesson, channels: Sequence[Channel] = ()) -> None:
        self.lesson = lesson
        self.signed_in = False
        shown = list(channels)[:MAX_CODES]
        self.shown_kinds = tuple(channel.kind for channel in shown)
        self.retranslate()
        self.lesson_title.setText(lesson.title)
        self.extras.setVisible(bool(shown))
        for index, (code, label) in enumerate(self.codes):
            visible = index < len(shown)
            code.setVisible(visible)
            label.setVisible(visible)
            if visible:
                code.set_text(shown[index].url)
                label.setText(shown[index].label(lesson.language))

    def set_signed_in(self, signed_in: bool) -> None:
        """After a check-in the button says so and cannot be used again for this lesson."""
        self.signed_in = signed_in
        self.retranslate()

    def set_checkin_available(self, available: bool) -> None:
        """No records here (a screenshot, a kiosk without a data folder): no button."""
        self.checkin.setVisible(available)

    def retranslate(self) -> None:
        self.bar.title.setText(self.tr("Well done"))
        self.cheer.setText(self.tr("Congratulations!"))
        self.done_line.setText(self.tr("You have finished the lesson"))
        self.repeat.setText(self.tr("Learn it again"))
        self.another.setText(self.tr("Another lesson"))
        self.print_button.setText(self.tr("Print the guide"))
        self.scan_hint.setText(self.scan_words())
        self.checkin.setText(self.tr("Signed in") if self.signed_in else self.tr("Sign in"))
        self.checkin.setEnabled(not self.signed_in)
        self.checkin.setIcon(load_icon("done") if self.signed_in else QIcon())

    def scan_words(self) -> str:
        """What the codes are for: an app to get, a number to call, or a page to open."""
        kinds = set(self.shown_kinds)
        if kinds == {"app"}:
            return self.tr("Scan this code with your phone to get the app.")
        if kinds == {"phone"}:
            return self.tr("Scan this code with your phone to call.")
        return self.tr("Scan this code with your phone to open the page.")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            self.another_lesson.emit()
        elif key == Qt.Key.Key_Escape:
            self.home_requested.emit()
        else:
            super().keyPressEvent(event)
