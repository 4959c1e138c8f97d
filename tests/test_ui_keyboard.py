"""The on-screen Vietnamese keyboard and the number pad, tapped like a resident would."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.contrast import contrast_ratio
from tests.conftest import SIZES
from ui.i18n import translations_dir
from ui.theme import Theme
from ui.tools.audit import audit
from ui.widgets.keyboard import (
    ABC_ROWS,
    KEY_COLOURS,
    SHAPE_LETTERS,
    TONE_MARKS,
    VietKeyboard,
    room,
    side_margin,
)
from ui.widgets.numpad import NumberPad
from ui.widgets.top_bar import TopBar

ROOT = Path(__file__).resolve().parent.parent


_windows: list[QWidget] = []  # qtbot only holds its widgets weakly


@pytest.fixture(autouse=True)
def _keep_windows():  # type: ignore[no-untyped-def]
    yield
    for window in _windows:
        window.close()
    _windows.clear()


def host(qtbot, size: tuple[int, int], make):  # type: ignore[no-untyped-def]
    """A window of `size` as a screen would be: top bar, title, then the widget."""
    theme = Theme(*size)
    window = QWidget()
    window.setObjectName("window")
    window.setStyleSheet(theme.stylesheet())
    window.setFixedSize(*size)
    column = QVBoxLayout(window)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(TopBar(theme))
    inner = QVBoxLayout()
    side = side_margin(theme)  # as a page leaves beside a keyboard (thin on 1024-wide screens)
    inner.setContentsMargins(side, theme.margin // 2, side, theme.margin)
    inner.setSpacing(theme.spacing)
    title = QLabel("Bác gõ tên của mình")
    title.setProperty("role", "title")
    inner.addWidget(title)
    widget = make(theme)
    inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    inner.addStretch(1)
    column.addLayout(inner)
    qtbot.addWidget(window)
    _windows.append(window)
    window.show()
    QApplication.processEvents()
    return window, widget, theme


@pytest.fixture
def keyboard(qtbot):  # type: ignore[no-untyped-def]
    return host(qtbot, (1280, 800), VietKeyboard)[1]


def tap(qtbot, key: QPushButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def tap_all(qtbot, keyboard: VietKeyboard, names: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    emitted: list[str] = []
    keyboard.text_changed.connect(emitted.append)
    for name in names:
        tap(qtbot, keyboard.keys[name])
    return emitted


def letters(word: str) -> list[str]:
    return [" " if c == " " else c.lower() for c in word]


def names(keys: list[str]) -> list[str]:
    return ["space" if k == " " else k for k in keys]


def test_typing_a_name_in_telex(qtbot, keyboard):
    emitted = tap_all(qtbot, keyboard, names(letters("Nguyeenx Thij Ddeeuf")))
    assert emitted[-1] == "Nguyễn Thị Đều"
    assert unicodedata.is_normalized("NFC", emitted[-1])
    assert keyboard.text() == "Nguyễn Thị Đều"
    assert keyboard.line.shown == "Nguyễn Thị Đều"


def test_tones_go_where_the_house_spelling_puts_them(qtbot, keyboard):
    """ "hòa", "Thủy", "khỏe" as in the lessons and the interface (kiosk/spelling), not "hoà"."""
    emitted = tap_all(qtbot, keyboard, names(letters("Hoaf Thuyr khoer")))
    assert emitted[-1] == "Hòa Thủy Khỏe"


@pytest.mark.parametrize("telex", [True, False])
def test_typing_a_name_with_the_mark_row(qtbot, telex):
    keyboard = host(qtbot, (1280, 800), lambda t: VietKeyboard(t, telex=telex))[1]
    keys = [*"nguyen", "ê", "ã", "space", *"thi", "ạ", "space", "đ", "e", "u", "ê", "à"]
    emitted = tap_all(qtbot, keyboard, keys)
    assert emitted[-1] == "Nguyễn Thị Đều"
    assert unicodedata.is_normalized("NFC", emitted[-1])


def test_shaped_letters_can_be_typed_in_place(qtbot, keyboard):
    keys = ["ư", "ơ", "c", "á"]
    assert tap_all(qtbot, keyboard, keys)[-1] == "Ước"


def test_each_word_starts_with_a_capital_and_aa_changes_the_next_letter(qtbot, keyboard):
    assert keyboard.keys["q"].text() == "Q"
    assert keyboard.keys["đ"].text() == "Đ"
    tap(qtbot, keyboard.keys["shift"])
    assert keyboard.keys["q"].text() == "q"
    tap_all(qtbot, keyboard, ["v", "a"])
    assert keyboard.text() == "va"
    tap(qtbot, keyboard.keys["shift"])
    assert keyboard.keys["n"].text() == "N"
    tap(qtbot, keyboard.keys["n"])
    assert keyboard.text() == "vaN"
    assert keyboard.keys["n"].text() == "n"  # Aa lasts one letter


def test_backspace(qtbot, keyboard):
    emitted = tap_all(qtbot, keyboard, [*"thij", "space", "backspace", "backspace"])
    assert emitted == ["T", "Th", "Thi", "Thị", "Thị ", "Thị", "Th"]
    tap_all(qtbot, keyboard, ["backspace", "backspace"])
    assert keyboard.text() == ""
    quiet = tap_all(qtbot, keyboard, ["backspace"])
    assert quiet == []  # nothing to delete, nothing emitted


def test_done_submits_the_text_without_a_trailing_space(qtbot, keyboard):
    tap_all(qtbot, keyboard, [*"lee", "space"])
    with qtbot.waitSignal(keyboard.submitted) as blocker:
        tap(qtbot, keyboard.keys["done"])
    assert blocker.args == ["Lê"]


def test_set_text_clear_and_max_length(qtbot):
    keyboard = host(qtbot, (1280, 800), lambda t: VietKeyboard(t, max_length=5))[1]
    with qtbot.waitSignal(keyboard.text_changed) as blocker:
        keyboard.set_text("Hoà")
    assert blocker.args == ["Hoà"]
    tap_all(qtbot, keyboard, ["n", "g", "h"])
    assert keyboard.text() == "Hoàng"
    keyboard.clear()
    assert keyboard.text() == ""


def test_a_long_text_shows_its_end_and_is_not_clipped(qtbot):
    window, keyboard, theme = host(qtbot, (1280, 800), lambda t: VietKeyboard(t, max_length=80))
    keyboard.set_text("Nguyễn Thị Đều " * 4 + "Cuối")
    QApplication.processEvents()
    assert keyboard.line.shown.startswith("…")
    assert keyboard.line.shown.endswith("Đều Cuối")
    assert keyboard.text().endswith("Đều Cuối")
    assert audit(window, theme) == []


def test_keys_never_take_focus_nor_repeat(keyboard):
    assert len(keyboard.keys) == 26 + 5 + 7 + 4
    for key in keyboard.keys.values():
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not key.autoRepeat()


def key_rects(widget: QWidget) -> list[tuple[str, QRect]]:
    return [
        (name, QRect(key.mapTo(widget.window(), key.rect().topLeft()), key.size()))
        for name, key in widget.keys.items()  # type: ignore[attr-defined]
    ]


def gap(a: QRect, b: QRect) -> int:
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
    return max(dx, dy)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", [VietKeyboard, NumberPad], ids=["keyboard", "numpad"])
def test_keys_are_big_apart_and_fit_the_screen(qtbot, size, kind):
    window, widget, theme = host(qtbot, size, kind)
    rects = key_rects(widget)
    for name, rect in rects:
        assert rect.width() >= theme.target and rect.height() >= theme.target, name
        assert window.rect().contains(rect), name
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            assert gap(ra, rb) >= theme.spacing, (a, b)
    assert widget.height() <= room(theme)
    assert widget.height() <= size[1] - 2 * theme.target - 2 * theme.margin
    bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
    assert bottom < size[1] - theme.margin // 2
    assert audit(window, theme) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_audit_passes_with_capitals_text_and_aa_on(qtbot, size):
    window, keyboard, theme = host(qtbot, size, VietKeyboard)
    tap_all(qtbot, keyboard, [*"nguyeenx", "space", "shift"])
    QApplication.processEvents()
    assert audit(window, theme) == []


def key_showing(keyboard: VietKeyboard, text: str) -> QPushButton:
    """The key that reads `text` now, found as a person finds it: by what is written on it."""
    found = [key for key in keyboard.keys.values() if key.isVisible() and key.text() == text]
    assert len(found) == 1, (text, [key.text() for key in found])
    return found[0]


def test_the_facilitators_keyboard_types_digits(qtbot):
    """ "Tổ 3": 123 turns the top row into digits, abc turns it back."""
    keyboard = host(qtbot, (1366, 768), lambda t: VietKeyboard(t, digits=True))[1]
    for text in ("T", "o", "o", "r"):  # Telex: Tổ
        tap(qtbot, key_showing(keyboard, text))
    tap(qtbot, keyboard.keys["space"])
    assert key_showing(keyboard, "123") is keyboard.keys["digits"]
    tap(qtbot, keyboard.keys["digits"])
    assert [keyboard.keys[letter].text() for letter in "qwertyuiop"] == list("1234567890")
    assert keyboard.keys["a"].text() == "A"  # the other rows stay letters (a new word: capital)
    tap(qtbot, key_showing(keyboard, "3"))
    assert keyboard.text() == "Tổ 3"
    tap(qtbot, key_showing(keyboard, "abc"))
    assert keyboard.keys["b"].text() == "b"
    tap(qtbot, keyboard.keys["b"])
    assert keyboard.text() == "Tổ 3b"


def test_a_place_with_a_number_typed_key_by_key(qtbot):
    keyboard = host(qtbot, (1280, 800), lambda t: VietKeyboard(t, digits=True))[1]
    keys = [*"nhaf", "space", *"vawn", "space", *"hoas", "space", *"toor", "space"]
    tap_all(qtbot, keyboard, names(keys))
    tap(qtbot, keyboard.keys["digits"])
    tap(qtbot, key_showing(keyboard, "5"))
    assert keyboard.text() in ("Nhà Văn Hoá Tổ 5", "Nhà Văn Hóa Tổ 5")
    keyboard.clear()  # a new text starts on the letters
    assert keyboard.keys["q"].text() == "Q"


def test_the_residents_keyboard_has_no_digit_key(keyboard):
    assert "digits" not in keyboard.keys
    keyboard.toggle_digits()
    assert keyboard.keys["q"].text() == "Q"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_keyboard_with_digits_fits_and_passes_the_audit(qtbot, size):
    window, keyboard, theme = host(qtbot, size, lambda t: VietKeyboard(t, digits=True))
    keyboard.set_text("Nhà văn hóa tổ")
    tap(qtbot, keyboard.keys["digits"])
    QApplication.processEvents()
    rects = key_rects(keyboard)
    for name, rect in rects:
        assert rect.width() >= theme.target and rect.height() >= theme.target, name
        assert window.rect().contains(rect), name
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            assert gap(ra, rb) >= theme.spacing, (a, b)
    assert audit(window, theme) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_letter_and_mark_has_its_key_at_every_size(qtbot, size):
    """Where twelve marks do not fit a row, the rows change, never the keys."""
    keyboard = host(qtbot, size, lambda t: VietKeyboard(t, digits=True))[1]
    marks = [label for label, _ in TONE_MARKS] + list(SHAPE_LETTERS)
    actions = ["shift", "space", "digits", "backspace", "done"]
    assert sorted(keyboard.keys) == sorted([*"abcdefghijklmnopqrstuvwxyz", *marks, *actions])
    assert all(key.isVisible() for key in keyboard.keys.values())


def test_an_upright_768_keyboard_types_a_to_z_and_digits(qtbot):
    """Seven keys a row, in a b c order; 123 turns the first ten letters into digits."""
    keyboard = host(qtbot, (768, 1366), lambda t: VietKeyboard(t, digits=True))[1]
    assert keyboard.plan == "narrow"
    rows = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        rows.setdefault(keyboard.keys[letter].y(), []).append(letter)
    assert ["".join(row) for _, row in sorted(rows.items())] == list(ABC_ROWS)
    tap_all(qtbot, keyboard, [*"too", "ả", "space", "digits"])
    assert [keyboard.keys[letter].text() for letter in "abcdefghij"] == list("1234567890")
    tap(qtbot, key_showing(keyboard, "5"))
    assert keyboard.text() == "Tổ 5"


def test_a_1024_wide_keyboard_keeps_ten_keys_a_row_of_one_target(qtbot):
    _, keyboard, theme = host(qtbot, (1024, 768), VietKeyboard)
    assert keyboard.plan == "compact"
    assert min(key.width() for key in keyboard.keys.values()) >= theme.target
    assert keyboard.keys["q"].y() == keyboard.keys["p"].y()
    assert keyboard.width() <= 1024 - 2 * side_margin(theme)
    tap_all(qtbot, keyboard, [*"nguyen", "ê", "ã", "space", "đ", "ư", "ơ"])
    assert keyboard.text().startswith("Nguyễn Đ")


def test_key_colours_have_7_to_1_contrast():
    for name, (fg, bg) in KEY_COLOURS.items():
        assert contrast_ratio(fg, bg) >= 7, name


def test_numpad_types_a_year(qtbot):
    pad = host(qtbot, (1280, 800), lambda t: NumberPad(t, max_length=4))[1]
    assert pad.line.text() == "_ _ _ _"
    emitted: list[str] = []
    pad.text_changed.connect(emitted.append)
    for digit in "19505":
        tap(qtbot, pad.keys[digit])
    assert emitted == ["1", "19", "195", "1950"]  # a fifth digit does not fit
    assert pad.line.text() == "1 9 5 0"
    with qtbot.waitSignal(pad.submitted) as blocker:
        tap(qtbot, pad.keys["done"])
    assert blocker.args == ["1950"]
    tap(qtbot, pad.keys["backspace"])
    assert pad.text() == "195"
    assert pad.line.text() == "1 9 5 _"


def test_numpad_masks_a_pin(qtbot):
    pad = host(qtbot, (1366, 768), lambda t: NumberPad(t, max_length=6, masked=True))[1]
    for digit in "2580":
        tap(qtbot, pad.keys[digit])
    assert pad.line.text() == "● ● ● ● ○ ○"
    for digit in "46":
        tap(qtbot, pad.keys[digit])
    assert pad.text() == "258046"
    assert pad.line.text() == "● ● ● ● ● ●"
    assert not any(c.isdigit() for c in pad.line.text())
    pad.clear()
    assert pad.text() == ""


def test_numpad_done_with_nothing_typed_does_nothing(qtbot):
    pad = host(qtbot, (1280, 800), NumberPad)[1]
    with qtbot.assertNotEmitted(pad.submitted):
        tap(qtbot, pad.keys["done"])


def test_a_locked_numpad_ignores_taps(qtbot):
    window, pad, theme = host(qtbot, (1280, 800), lambda t: NumberPad(t, masked=True))
    tap(qtbot, pad.keys["1"])
    pad.set_enabled_input(False)
    with qtbot.assertNotEmitted(pad.text_changed), qtbot.assertNotEmitted(pad.submitted):
        for name in ("2", "backspace", "done"):
            tap(qtbot, pad.keys[name])
        pad.type("3")
        pad.backspace()
        pad.submit()
    assert pad.text() == "1"
    assert all(not key.isEnabled() for key in pad.keys.values())
    assert audit(window, theme) == []
    pad.set_enabled_input(True)
    tap(qtbot, pad.keys["2"])
    assert pad.text() == "12"


def test_labels_follow_the_language(qtbot, keyboard):
    """The keys' words come from the kiosk's translations and change with the language.
    (The last translator installed wins, whatever earlier tests left installed.)"""
    pad = host(qtbot, (1280, 800), NumberPad)[1]
    app = QApplication.instance()
    installed = []
    try:
        for language in ("vi", "en"):
            translator = QTranslator()
            assert translator.load(str(translations_dir() / f"kiosk_{language}.qm"))
            app.installTranslator(translator)
            installed.append(translator)
            QApplication.processEvents()
            space, back, done = (
                ("Dấu cách", "Xóa", "Xong") if language == "vi" else ("Space", "Delete", "Done")
            )
            assert keyboard.keys["space"].text() == space
            assert keyboard.keys["backspace"].text() == back
            assert keyboard.keys["done"].text() == done
            assert pad.keys["done"].text() == done
    finally:
        for translator in installed:
            app.removeTranslator(translator)
