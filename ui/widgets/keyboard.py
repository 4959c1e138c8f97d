"""An on-screen Vietnamese keyboard for typing a name on a touchscreen with no keyboard.

Layout on a wide screen (five rows, every key at least one touch target, one spacing apart):

    [ the typed line, big, with a caret          ] [ Xóa ] [ Xong ]
      q  w  e  r  t  y  u  i  o  p        (1 2 3 4 5 6 7 8 9 0 after 123)
        a  s  d  f  g  h  j  k  l
    [ Aa ]  z  x  c  v  b  n  m  [ Dấu cách ]
      á  à  ả  ã  ạ     â  ă  ê  ô  ơ  ư  đ

Twelve marks need about 1200 px of width. Where they do not fit (an upright 1080-wide kiosk, a
1024-wide 4:3 monitor), the keys stay one target wide and the rows change instead:
- room for a sixth row (upright 1080x1920): the marks take two rows, tones then letters;
- no room for it (1024x768): Dấu cách joins the typed line's row, đ ends the a row, ơ ư the z
  row, and the bottom row keeps the five tones and â ă ê ô;
- less than ten keys' width (an upright 768-wide kiosk): seven keys a row, the letters in
  a b c order (no phone has a seven-key row, so the QWERTY places would teach nothing), Aa,
  Dấu cách, Xóa and Xong in a row under the typed line, then the tones, then the shaped letters.
On a 1024-wide screen ten keys need nearly the whole width: `side_margin` is the margin the
page around the keyboard leaves at its sides.

Why QWERTY and not ABC order: the residents come to learn their phones, and every Vietnamese
phone keyboard (Laban Key, Gboard) is QWERTY, so the place of a letter learnt here is the place
it has on their phone; the facilitators and youth volunteers type QWERTY by heart; and an
alphabetical layout is not faster even for people who never typed (Norman and Fisher, 1982),
because its row breaks are as arbitrary as QWERTY's.

Two ways to put marks, both through kiosk.telex: Telex on the letter keys (Nguyeenx), and the
mark keys for people who do not know Telex (N g u y e n, then ê, then ã). A mark key acts on
the word being typed wherever its vowel is; tapping it again takes the mark off; a shaped letter
with nothing to reshape is typed (so N g u y ê n ã works too). Each word starts with a capital
(names are capitalised); Aa changes the case of the next letter, and the letter keys always show
the case they will type. Delete ("Xóa") takes off the last letter. Keys never take the focus and
act on a single tap; nothing needs a long press. The text is edited at its end only: moving a
caret by touch is too fine a gesture.

The facilitator's keyboards (`digits=True`) have one more key, 123, beside Xóa: it turns the
first ten letter keys (q to p, or a to j in a b c order) into 1 to 0 (for "Tổ 3", "Nhà văn hóa
tổ 5") until it is touched again (it then reads abc). The resident's name needs no digits, so
their keyboard has none and keeps its longer line.
"""

from __future__ import annotations

from collections.abc import Callable

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
ABC_ROWS = ("abcdefg", "hijklmn", "opqrstu", "vwxyz")  # seven keys a row
GAP = "|"  # in a row plan: one more spacing (between the tones and the shaped letters)
# Keys whose width follows their words; the row's stretching item (the typed line, or Dấu
# cách on its own row) takes what is left.
SIZED_KEYS = ("shift", "space", "digits", "backspace", "done")

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


def _keys_fit(theme: Theme, width: int, keys: int, gaps: int | None = None) -> bool:
    """`keys` keys of one target, and `gaps` spacings (one fewer than the keys), fit `width`."""
    gaps = keys - 1 if gaps is None else gaps
    return keys * theme.target + gaps * theme.spacing <= width


def keyboard_width(theme: Theme) -> int:
    """The width a keyboard takes: the screen less its margins, or less thin margins where
    that makes room for a QWERTY row of ten keys (a 1024-wide screen)."""
    full = theme.screen_width - 2 * theme.margin
    thin = theme.screen_width - 2 * theme.px(12)
    return thin if not _keys_fit(theme, full, 10) and _keys_fit(theme, thin, 10) else full


def side_margin(theme: Theme) -> int:
    """The margin a page leaves on each side of a keyboard of `keyboard_width`."""
    return (theme.screen_width - keyboard_width(theme)) // 2


def keyboard_plan(theme: Theme, width: int) -> str:
    """Which rows a keyboard of `width` has: "wide", "tall", "compact" or "narrow" (above)."""
    if _keys_fit(theme, width, 12, gaps=12):
        return "wide"
    if not _keys_fit(theme, width, 10):
        return "narrow"
    return "tall" if _keys_fit(theme, room(theme), 6) else "compact"


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

    `width` is the width to fill (by default `keyboard_width`); the rows follow from it
    (`keyboard_plan`), the height from the theme, and fits `room(theme)`. `telex=False`
    types letters as they are (marks only from the mark keys); `old_style=True` places tones
    as in "hòa" instead of "hoà"; `max_length` caps the text; `digits=True` adds the 123
    key. Emits `text_changed(str)` after every change and `submitted(str)` (the text
    without a trailing space) on Done."""

    repeatable_taps = True  # typing: the tap guard lets quick repeats through (ui/tap_guard)

    text_changed = Signal(str)
    submitted = Signal(str)

    def __init__(
        self,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        width: int | None = None,
        telex: bool = True,
        old_style: bool = True,  # the house spelling, as in the lessons: hòa, thủy (kiosk/spelling)
        max_length: int = 40,
        auto_capitalize: bool = True,
        digits: bool = False,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.composer = TelexComposer(telex=telex, old_style=old_style)
        self.max_length = max_length
        self.auto_capitalize = auto_capitalize
        self.shift = False  # Aa pressed: the next letter takes the other case
        self.has_digits = digits
        self.digits = False  # 123 on: the top row types 1 to 0
        self.keys: dict[str, QPushButton] = {}
        self.setStyleSheet(key_stylesheet(theme))
        self._build(width or keyboard_width(theme))
        self.retranslate()
        self._refresh()

    def _rows(self, plan: str) -> list[list[str]]:
        """The keys of each row, by name ("line" is the typed line, GAP one more spacing)."""
        actions = [*(["digits"] if self.has_digits else []), "backspace", "done"]
        tones = [label for label, _ in TONE_MARKS]
        q_row, a_row, z_row = (list(letters) for letters in LETTER_ROWS)
        if plan == "narrow":
            abc = [list(letters) for letters in ABC_ROWS]
            return [["line"], ["shift", "space", *actions], *abc, tones, list(SHAPE_LETTERS)]
        if plan == "compact":
            return [
                ["line", "space", *actions],
                q_row,
                [*a_row, "đ"],
                ["shift", *z_row, "ơ", "ư"],
                [*tones, GAP, *"âăêô"],
            ]
        top, shift_row = ["line", *actions], ["shift", *z_row, "space"]
        if plan == "tall":
            return [top, q_row, a_row, shift_row, tones, list(SHAPE_LETTERS)]
        return [top, q_row, a_row, shift_row, [*tones, GAP, *SHAPE_LETTERS]]

    def _build(self, width: int) -> None:
        theme, gap = self.theme, self.theme.spacing
        self.plan = keyboard_plan(theme, width)
        rows = self._rows(self.plan)
        h = key_height(theme, len(rows))
        across = 7 if self.plan == "narrow" else 10
        unit = min(round(1.6 * theme.target), (width - (across - 1) * gap) // across)
        side = (width - 7 * unit - 8 * gap) // 2  # Aa and Space beside z..m (wide and tall)
        mark = min(unit, (width - 12 * gap) // 12) if self.plan == "wide" else unit
        # Rows with keys as wide as their words (the typed line or Dấu cách takes the rest).
        self.sized_rows: list[list[str]] = []
        self.width_to_fill = width
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(gap)
        for names in rows:
            row = self._row(column)
            sized = self.plan != "wide" and any(n in SIZED_KEYS for n in names)
            for name in names:
                if name == GAP:
                    row.addSpacing(gap)
                    continue
                if name == "line":
                    room_left = width - (len(names) - 1) * (side + gap)
                    self.line = TypedLine(room_left, h)
                    row.addWidget(self.line)
                    continue
                key_width = unit
                if name in SIZED_KEYS:
                    key_width = theme.target if sized else side
                elif name in SHAPE_LETTERS or any(name == label for label, _ in TONE_MARKS):
                    key_width = mark
                row.addWidget(self._make(name, key_width, h))
            if sized:
                self.sized_rows.append(names)
        letters = [n for names in rows for n in names if len(n) == 1 and n.isascii()]
        self.digit_row = dict(zip(letters[:10], "1234567890", strict=True))
        self.setFixedSize(width, len(rows) * h + (len(rows) - 1) * gap)

    def _make(self, name: str, width: int, height: int) -> QPushButton:
        """The key called `name` (a letter, a mark or an action), connected to what it does."""
        actions = {
            "shift": ("action", self.toggle_shift),
            "space": ("action", self.space),
            "digits": ("action", self.toggle_digits),
            "backspace": ("action", self.backspace),
            "done": ("done", self.submit),
        }
        tones = dict(TONE_MARKS)
        if name in actions:
            kind, slot = actions[name]
        elif name in tones:
            kind, slot = "mark", self._tone_slot(tones[name])
        elif name in SHAPE_LETTERS:
            kind, slot = "mark", self._shape_slot(name)
        else:
            kind, slot = "letter", self._letter_slot(name)
        return self._key(name, kind, width, height, slot)

    def _fit_sized_rows(self) -> None:
        """Keys as wide as their words (at least a target); the typed line, or else Dấu cách,
        fills the rest of their row. Called when the words change (the language)."""
        gap = self.theme.spacing
        for names in self.sized_rows:
            stretch = "line" if "line" in names else "space" if "space" in names else ""
            used = -gap
            for name in names:
                used += gap
                if name == GAP:
                    used += gap  # its own spacing, besides the layout's
                if name in (GAP, stretch):
                    continue
                key = self.keys[name]
                if name in SIZED_KEYS:
                    key.ensurePolished()
                    key.setFixedWidth(max(self.theme.target, key.sizeHint().width()))
                used += key.width()
            if stretch == "line":
                self.line.setFixedWidth(self.width_to_fill - used)
                self.line.show_text(self.composer.text)
            elif stretch:
                self.keys[stretch].setFixedWidth(self.width_to_fill - used)

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

    def _letter_slot(self, letter: str) -> Callable[[], None]:
        return lambda: self._edit(lambda: self.composer.type(self._typed(letter)))

    def _tone_slot(self, tone: Tone) -> Callable[[], None]:
        return lambda: self._edit(lambda: self.composer.tone(tone))

    def _shape_slot(self, letter: str) -> Callable[[], None]:
        return lambda: self._edit(lambda: self.composer.shape(self._cased(letter)))

    # Typing -------------------------------------------------------------------------------

    def next_is_capital(self) -> bool:
        starting = self.auto_capitalize and self.composer.word == ""
        return starting != self.shift

    def _cased(self, letter: str) -> str:
        return letter.upper() if self.next_is_capital() else letter

    def _typed(self, letter: str) -> str:
        """What the key of `letter` types now: its digit while 123 is on, else the letter."""
        if self.digits and letter in self.digit_row:
            return self.digit_row[letter]
        return self._cased(letter)

    def _edit(self, change: Callable[[], object]) -> None:
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

    def toggle_digits(self) -> None:
        self.digits = self.has_digits and not self.digits
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
        self.digits = False  # a new text starts on the letters
        self._changed(before)

    def clear(self) -> None:
        self.set_text("")

    def _refresh(self) -> None:
        """Show the text, and on every letter key the case it will type now."""
        self.line.show_text(self.composer.text)
        capital = self.next_is_capital()
        for letter in LETTER_ROWS[0] + LETTER_ROWS[1] + LETTER_ROWS[2] + SHAPE_LETTERS:
            self.keys[letter].setText(letter.upper() if capital else letter)
        if self.digits:
            for letter, digit in self.digit_row.items():
                self.keys[letter].setText(digit)
        for name, on in (("shift", self.shift), ("digits", self.digits)):
            key = self.keys.get(name)
            if key is not None:
                key.setProperty("on", "true" if on else "false")
                key.style().unpolish(key)
                key.style().polish(key)
        if "digits" in self.keys:
            self.keys["digits"].setText("abc" if self.digits else "123")

    # Language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.keys["shift"].setText("Aa")
        self.keys["space"].setText(self.tr("Space"))
        self.keys["backspace"].setText(self.tr("Delete"))
        self.keys["done"].setText(self.tr("Done"))
        for label, _ in TONE_MARKS:
            self.keys[label].setText(label)
        self._fit_sized_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
