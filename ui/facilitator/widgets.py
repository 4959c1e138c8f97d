"""What every facilitator page is made of: the bar (Back on the left, Lock on the right, the
same on every page), a line that gives way with "…" instead of being cut, the yellow notice
box, buttons of a fixed size such as − and +, and the panel's additions to the stylesheet.
The cards are in cards.py; how a page's parts are placed on each screen, in layout.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import theme as colours
from ui.resources import load_icon
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.keyboard import VietKeyboard

# (text, background) of every look the panel adds to the theme's; tested for 7:1.
PANEL_COLOURS: dict[str, tuple[str, str]] = {
    "card": (colours.INK, colours.WHITE),
    "card detail": (colours.MUTED_INK, colours.WHITE),
    "card chosen": (colours.INK, colours.BAND),
    "card chosen detail": (colours.MUTED_INK, colours.BAND),
    "notice": (colours.INK, colours.PROMPT_BG),
    "error": (colours.INK, colours.PROMPT_BG),
    "bar": (colours.WHITE, colours.PRIMARY),
    "list row": (colours.INK, colours.WHITE),
}


CARD_PAD_Y = 8  # px at 1080 lines, above and below a card's words


def panel_stylesheet(theme: Theme) -> str:
    p = theme.px
    return (
        theme.stylesheet()
        + f"""
QWidget#facilitator {{ background: {colours.PAPER}; }}
QPushButton#card {{ background: {colours.WHITE}; border: {p(4)}px solid {colours.PRIMARY};
    border-radius: {p(16)}px; padding: 0px; min-height: 0px; min-width: 0px; }}
QPushButton#card:pressed {{ background: {colours.BAND}; }}
QPushButton#card[on="true"] {{ background: {colours.BAND}; border: {p(6)}px solid {colours.INK}; }}
QPushButton#card QLabel {{ color: {colours.INK}; }}
QPushButton#card QLabel#cardDetail {{ color: {colours.MUTED_INK}; font-weight: 400; }}
QLabel#cardTitle, QLabel#badge {{ font-weight: 700; }}
QLabel#notice {{ background: {colours.PROMPT_BG}; color: {colours.INK};
    border-left: {p(10)}px solid {colours.INK}; padding: 0px {p(12)}px; }}
QLabel#heading {{ font-weight: 700; }}
QWidget#listRow {{ background: {colours.WHITE}; border-radius: {p(12)}px; }}
"""
    )


def line_height(theme: Theme) -> int:
    font = QFont(QApplication.font())
    font.setPixelSize(theme.body_px)
    return QFontMetrics(font).height()


def action_button(theme: Theme, kind: str = "secondary", icon: str = "") -> BigButton:
    button = BigButton(kind)
    button.setFixedHeight(theme.button_height)
    if icon:
        button.setIcon(load_icon(icon))
        button.setIconSize(QSize(theme.px(40), theme.px(40)))
    return button


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """A stylesheet property, re-polished so that the look follows at once."""
    widget.setProperty(name, "true" if on else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FitLabel(QLabel):
    """One line of text that gives way with "…" when the room is short. `text()` is what is
    shown; `full_text()` what was given."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self._shorter: tuple[str, ...] = ()
        self._keep = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._fit()

    def set_full_text(self, text: str, shorter: Sequence[str] = (), keep: str = "") -> None:
        """`shorter`: texts to try in turn when `text` does not fit; the last one is cut
        short with "…" if even it does not fit, before its ending `keep` (a birth year)."""
        self._full, self._shorter, self._keep = text, tuple(shorter), keep
        self.setAccessibleName(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def _fit(self) -> None:
        self.ensurePolished()
        margins = self.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * self.margin() - 4
        metrics = self.fontMetrics()
        shown = next(
            (t for t in (self._full, *self._shorter) if metrics.horizontalAdvance(t) <= room),
            None,
        )
        if shown is None:
            last = self._shorter[-1] if self._shorter else self._full
            keep = self._keep if last.endswith(self._keep) else ""
            head = last[: len(last) - len(keep)]
            room -= metrics.horizontalAdvance(keep)
            shown = metrics.elidedText(head, Qt.TextElideMode.ElideRight, room) + keep
        if shown != self.text():
            self.setText(shown)

    def minimumSizeHint(self) -> QSize:
        return QSize(1, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


def centred_label(role: str = "") -> QLabel:
    """Words in the middle of a page, wrapped: a title (`role` "title") or the lines under it."""
    label = QLabel()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def notice_label() -> QLabel:
    """The yellow box for what just happened or what went wrong (never colour alone: it is
    words, with a thick black bar on its left)."""
    label = QLabel()
    label.setObjectName("notice")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


class PanelBar(QWidget):
    """Back in the left corner (kept in place when hidden), the page title, Lock on the right."""

    back_clicked = Signal()
    lock_clicked = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(theme.bar_height)
        row = QHBoxLayout(self)
        pad = theme.bar_padding
        row.setContentsMargins(theme.px(12), pad, theme.px(12), pad)
        row.setSpacing(theme.spacing)
        self.back = BigButton("home")
        self.back.setObjectName("back")
        self.back.setIcon(load_icon("back"))
        self.lock = BigButton("home")
        self.lock.setObjectName("lock")
        for button in (self.back, self.lock):
            button.setFixedHeight(theme.target)
            button.setIconSize(QSize(theme.px(40), theme.px(40)))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            if theme.screen_width >= theme.px(1000):  # (narrower: the title needs the room)
                button.setMinimumWidth(theme.px(230))
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.back.clicked.connect(self.back_clicked)
        self.lock.clicked.connect(self.lock_clicked)
        self.title = FitLabel()
        self.title.setObjectName("barTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.back)
        row.addWidget(self.title, 1)
        row.addWidget(self.lock)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.lock.setText(self.tr("Lock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FixedButton(BigButton):
    """A button of one size whatever the stylesheet says, such as − and +. (Polishing a button
    sets its least size from the stylesheet's min-width, the window's QPushButton rule, which
    undoes setFixedSize: a layout then shrank a "+" to its narrow size hint, 64 px at 1080
    lines.) `font_px` sets its words' size; the padding is left out: the size is fixed."""

    def __init__(
        self,
        theme: Theme,
        text: str,
        width: int,
        kind: str = "secondary",
        font_px: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.side = QSize(max(width, theme.target), theme.button_height)
        super().__init__(kind, parent)
        self.setText(text)
        self.setStyleSheet(f"font-size: {font_px or theme.title_px}px; padding: 0px;")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.side)

    def sizeHint(self) -> QSize:
        return self.side

    def minimumSizeHint(self) -> QSize:
        return self.side

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        restyled = event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange)
        if restyled and (self.minimumSize() != self.side or self.maximumSize() != self.side):
            self.setFixedSize(self.side)
        return done


class PromptLabel(QStackedWidget):
    """What to do now, in plain words; or, after a mistake, what went wrong (in the notice
    box), in the same place, so that the keyboard under it never moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plain = QLabel()
        self.plain.setWordWrap(True)
        self.plain.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.notice = notice_label()
        self.addWidget(self.plain)
        self.addWidget(self.notice)
        self.error = ""

    def text(self) -> str:
        shown = self.currentWidget()
        assert isinstance(shown, QLabel)  # the plain words or the notice
        return shown.text()

    def say(self, prompt: str) -> None:
        self.plain.setText(prompt)

    def warn(self, error: str) -> None:
        self.error = error
        self.notice.setText(error)
        self.setCurrentWidget(self.notice)

    def clear_error(self) -> None:
        self.error = ""
        self.setCurrentWidget(self.plain)


def typing_page(theme: Theme, max_length: int = 100) -> tuple[QWidget, PromptLabel, VietKeyboard]:
    """A page for typing words: what to do (or what went wrong) above the keyboard; a key
    pressed clears the mistake."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(theme.spacing)
    prompt = PromptLabel()
    keyboard = VietKeyboard(theme, max_length=max_length, digits=True)
    keyboard.text_changed.connect(lambda _: prompt.clear_error())
    column.addWidget(prompt, 1)
    column.addWidget(keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
    return page, prompt, keyboard


class ToggleButton(BigButton):
    """A button that stays chosen: blue and marked "✓" when on, white when off."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__("secondary", parent)
        self.setFixedHeight(theme.button_height)
        self.on = False
        self.words = ""

    def set_words(self, words: str) -> None:
        self.words = words
        self.setText(f"✓ {words}" if self.on else words)

    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.setProperty("kind", "primary" if on else "secondary")
            self.style().unpolish(self)
            self.style().polish(self)
        self.set_words(self.words)
