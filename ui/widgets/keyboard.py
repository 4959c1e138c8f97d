"""An on-screen Vietnamese keyboard for typing a name on a touchscreen with no keyboard.

Layout (five rows, every key at least one touch target, one spacing apart):

    [ the typed line, big, with a caret          ] [ Xoá ] [ Xong ]
      q  w  e  r  t  y  u  i  o  p
        a  s  d  f  g  h  j  k  l
    [ Aa ]  z  x  c  v  b  n  m  [ Dấu cách ]
      á  à  ả  ã  ạ     â  ă  ê  ô  ơ  ư  đ

Why QWERTY and not ABC order: the residents come to learn their phones, and every Vietnamese
phone keyboard (Laban Key, Gboard) is QWERTY, so the place of a letter learnt here is the place
it has on their phone; the facilitators and youth volunteers type QWERTY by heart; and an
alphabetical layout is not faster even for people who never typed (Norman and Fisher, 1982),
because its row breaks are as arbitrary as QWERTY's.

Two ways to put marks, both through kiosk.telex: Telex on the letter keys (Nguyeenx), and the
bottom row for people who do not know Telex (N g u y e n, then ê, then ã). A mark key acts on
the word being typed wherever its vowel is; tapping it again takes the mark off; a shaped letter
with nothing to reshape is typed (so N g u y ê n ã works too). Each word starts with a capital
(names are capitalised); Aa changes the case of the next letter, and the letter keys always show
the case they will type. Delete ("Xoá") takes off the last letter. Keys never take the focus and
act on a single tap; nothing needs a long press. The text is edited at its end only: moving a
caret by touch is too fine a gesture.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.telex import TelexComposer, Tone
from ui import theme as colours
from ui.theme import Theme
from ui.widgets.buttons import BigButton

LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
TONE_MARKS: tuple[tuple[str, Tone], ...] = (
    ("á", Tone.SAC),
    ("à", Tone.HUYEN),
    ("ả", Tone.HOI),
    ("ã", Tone.NGA),
    ("ạ", Tone.NANG),
)
SHAPE_LETTERS = "âăêôơưđ"

# (text, background) of every key look, checked for 7:1 by the tests.
KEY_COLOURS: dict[str, tuple[str, str]] = {
    "letter": (colours.INK, colours.WHITE),
    "letter pressed": (colours.INK, colours.BAND),
    "mark": (colours.INK, colours.PROMPT_BG),
    "mark pressed": (colours.INK, colours.READING_BG),
    "action": (colours.PRIMARY, colours.WHITE),
    "action on": (colours.WHITE, colours.PRIMARY),
    "done": (colours.WHITE, colours.GO),
    "disabled": (colours.DISABLED_INK, colours.DISABLED_BG),
    "typed line": (colours.INK, colours.WHITE),
}


def room(theme: Theme) -> int:
    """The height a keyboard or number pad may take: the screen less a top bar and a title
    line (one target each), the outer margins and one spacing."""
    return theme.screen_height - 2 * theme.target - 2 * theme.margin - theme.spacing


def key_height(theme: Theme, rows: int = 5) -> int:
    """Keys as tall as `rows` rows allow in `room`, between one target and a big button."""
    fit = (room(theme) - (rows - 1) * theme.spacing) // rows
    return max(theme.target, min(theme.button_height, fit))


def key_stylesheet(theme: Theme) -> str:
    """The look of keys (by their `kind`) and of the typed line; set on the keyboard itself, so
    it wins over the window's stylesheet."""
    p, r = theme.px, theme.px(14)
    ink, white = colours.INK, colours.WHITE
    return f"""
QPushButton {{ border-radius: {r}px; padding: 0px {p(6)}px; font-weight: 700; }}
QPushButton[kind="letter"] {{ background: {white}; color: {ink};
    border: {p(3)}px solid {colours.PRIMARY}; font-size: {theme.title_px}px; }}
QPushButton[kind="letter"]:pressed {{ background: {colours.BAND}; }}
QPushButton[kind="mark"] {{ background: {colours.PROMPT_BG}; color: {ink};
    border: {p(3)}px solid {ink}; font-size: {theme.title_px}px; }}
QPushButton[kind="mark"]:pressed {{ background: {colours.READING_BG}; }}
QPushButton[kind="action"] {{ background: {white}; color: {colours.PRIMARY};
    border: {p(4)}px solid {colours.PRIMARY}; font-size: {theme.body_px}px; }}
QPushButton[kind="action"]:pressed {{ background: {colours.BAND}; }}
QPushButton[kind="action"][on="true"] {{ background: {colours.PRIMARY}; color: {white}; }}
QPushButton[kind="done"] {{ background: {colours.GO}; color: {white};
    border: {p(3)}px solid {colours.GO}; font-size: {theme.body_px}px; }}
QPushButton[kind="done"]:pressed {{ background: {colours.GO_PRESSED}; }}
QPushButton:disabled {{ background: {colours.DISABLED_BG}; color: {colours.DISABLED_INK};
    border-color: {colours.DISABLED_BG}; }}
QLabel#typedLine {{ background: {white}; color: {ink}; border: {p(4)}px solid {ink};
    border-radius: {r}px; padding: 0px {p(16)}px; font-size: {theme.title_px}px; }}
"""


def make_key(kind: str, width: int, height: int) -> QPushButton:
    key = BigButton(kind)
    key.setFixedSize(width, height)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setAutoRepeat(False)  # one tap, one letter, however long the finger rests
    return key


def caret_html(shown: str) -> str:
    """The typed text and a blue caret after it, as rich text for a QLabel."""
    import html  # loaded when a field is first shown, not at start

    text = html.escape(shown).replace(" ", "&nbsp;")
    return f'{text}<span style="color: {colours.PRIMARY}; font-weight: 400;">|</span>'


class TypedLine(QLabel):
    """One big line showing what was typed; when it is too long, its start gives way."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.setObjectName("typedLine")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFixedSize(width, height)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.shown = ""  # the plain text on show, without the caret
        self.show_text("")

    def show_text(self, text: str) -> None:
        """Show `text`, or "…" and as much of its end as fits."""
        self.ensurePolished()
        self.shown = text
        self.setText(caret_html(text))
        while self.sizeHint().width() > self.width() and text:
            text = text[1:]
            self.shown = "…" + text
            self.setText(caret_html(self.shown))


class VietKeyboard(QWidget):
    """A Vietnamese keyboard with its own big line of text.

    `width` is the width to fill (by default the screen's less its margins); the height follows
    from the theme and fits `room(theme)`. `telex=False` types letters as they are (marks only
    from the bottom row); `old_style=True` places tones as in "hòa" instead of "hoà";
    `max_length` caps the text. Emits `text_changed(str)` after every change and `submitted(str)`
    (the text without a trailing space) on Done."""

    text_changed = Signal(str)
    submitted = Signal(str)

    def __init__(
        self,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        width: int | None = None,
        telex: bool = True,
        old_style: bool = False,
        max_length: int = 40,
        auto_capitalize: bool = True,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.composer = TelexComposer(telex=telex, old_style=old_style)
        self.max_length = max_length
        self.auto_capitalize = auto_capitalize
        self.shift = False  # Aa pressed: the next letter takes the other case
        self.keys: dict[str, QPushButton] = {}
        self.setStyleSheet(key_stylesheet(theme))
        self._build(width or theme.screen_width - 2 * theme.margin)
        self.retranslate()
        self._refresh()

    def _build(self, width: int) -> None:
        gap, h = self.theme.spacing, key_height(self.theme)
        unit = min(round(1.6 * self.theme.target), (width - 9 * gap) // 10)
        side = (width - 7 * unit - 8 * gap) // 2  # Aa and Space beside z..m
        mark = min(unit, (width - 12 * gap) // 12)  # one extra gap between tones and shapes
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap)

        self.line = TypedLine(width - 2 * side - 2 * gap, h)
        top = self._row(column)
        top.addWidget(self.line)
        for name, kind, slot in (
            ("backspace", "action", self.backspace),
            ("done", "done", self.submit),
        ):
            top.addWidget(self._key(name, kind, side, h, slot))

        for n, letters in enumerate(LETTER_ROWS):
            row = self._row(column)
            if n == 2:
                row.addWidget(self._key("shift", "action", side, h, self.toggle_shift))
            for letter in letters:
                row.addWidget(self._key(letter, "letter", unit, h, self._letter_slot(letter)))
            if n == 2:
                row.addWidget(self._key("space", "action", side, h, self.space))

        marks = self._row(column)
        for label, tone in TONE_MARKS:
            marks.addWidget(self._key(label, "mark", mark, h, self._tone_slot(tone)))
        marks.addSpacing(gap)
        for letter in SHAPE_LETTERS:
            marks.addWidget(self._key(letter, "mark", mark, h, self._shape_slot(letter)))
        self.setFixedSize(width, 5 * h + 4 * gap)

    def _row(self, column: QVBoxLayout) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(self.theme.spacing)
        row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(row)
        return row

    def _key(self, name: str, kind: str, width: int, height: int, slot: object) -> QPushButton:
        key = make_key(kind, width, height)
        key.setObjectName(f"key_{name}")
        key.clicked.connect(slot)
        self.keys[name] = key
        return key

    def _letter_slot(self, letter: str):  # type: ignore[no-untyped-def]
        return lambda: self._edit(lambda: self.composer.type(self._cased(letter)))

    def _tone_slot(self, tone: Tone):  # type: ignore[no-untyped-def]
        return lambda: self._edit(lambda: self.composer.tone(tone))

    def _shape_slot(self, letter: str):  # type: ignore[no-untyped-def]
        return lambda: self._edit(lambda: self.composer.shape(self._cased(letter)))

    # Typing -------------------------------------------------------------------------------

    def next_is_capital(self) -> bool:
        starting = self.auto_capitalize and self.composer.word == ""
        return starting != self.shift

    def _cased(self, letter: str) -> str:
        return letter.upper() if self.next_is_capital() else letter

    def _edit(self, change) -> None:  # type: ignore[no-untyped-def]
        before = self.composer.text
        change()
        if len(self.composer.text) > self.max_length:
            self.composer.set_text(before)
        self.shift = False
        self._changed(before)

    def _changed(self, before: str) -> None:
        self._refresh()
        if self.composer.text != before:
            self.text_changed.emit(self.composer.text)

    def toggle_shift(self) -> None:
        self.shift = not self.shift
        self._refresh()

    def space(self) -> None:
        self._edit(self.composer.space)

    def backspace(self) -> None:
        self._edit(self.composer.backspace)

    def submit(self) -> None:
        self.submitted.emit(self.composer.text.strip())

    def text(self) -> str:
        return self.composer.text

    def set_text(self, text: str) -> None:
        before = self.composer.text
        self.composer.set_text(text[: self.max_length])
        self.shift = False
        self._changed(before)

    def clear(self) -> None:
        self.set_text("")

    def _refresh(self) -> None:
        """Show the text, and on every letter key the case it will type now."""
        self.line.show_text(self.composer.text)
        capital = self.next_is_capital()
        for letter in LETTER_ROWS[0] + LETTER_ROWS[1] + LETTER_ROWS[2] + SHAPE_LETTERS:
            self.keys[letter].setText(letter.upper() if capital else letter)
        shift = self.keys["shift"]
        shift.setProperty("on", "true" if self.shift else "false")
        shift.style().unpolish(shift)
        shift.style().polish(shift)

    # Language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.keys["shift"].setText("Aa")
        self.keys["space"].setText(self.tr("Space"))
        self.keys["backspace"].setText(self.tr("Delete"))
        self.keys["done"].setText(self.tr("Done"))
        for label, _ in TONE_MARKS:
            self.keys[label].setText(label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
