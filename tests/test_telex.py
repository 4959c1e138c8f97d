"""Telex and mark keys (kiosk.telex): no Qt needed."""

from __future__ import annotations

import unicodedata

import pytest

from kiosk.telex import (
    TelexComposer,
    Tone,
    apply_shape,
    apply_tone,
    compose,
    nucleus,
    telex_key,
    tone_of,
    tone_position,
)

NAMES = {
    "Nguyeenx Thij Ddeeuf": "Nguyễn Thị Đều",
    "Traanf Vawn Uwowcs": "Trần Văn Ước",
    "Lee Thij Huwowngf": "Lê Thị Hường",
    "Phamj Quynhf": "Phạm Quỳnh",
    "Hoangf Thij Thuyr": "Hoàng Thị Thuỷ",
    "Ddoox Minh Tieesn": "Đỗ Minh Tiến",
    "Buif Xuaan Khoa": "Bùi Xuân Khoa",
    "Vux Thij Kim Oanh": "Vũ Thị Kim Oanh",
    "Ddinhf Quoocs Dduwcs": "Đình Quốc Đức",
}


@pytest.mark.parametrize(("keys", "text"), NAMES.items())
def test_full_names(keys, text):
    assert compose(keys) == text


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("aa", "â"),
        ("aw", "ă"),
        ("ee", "ê"),
        ("oo", "ô"),
        ("ow", "ơ"),
        ("uw", "ư"),
        ("uow", "ươ"),
        ("w", "ư"),
        ("tw", "tư"),
        ("dd", "đ"),
        ("as", "á"),
        ("af", "à"),
        ("ar", "ả"),
        ("ax", "ã"),
        ("aj", "ạ"),
        ("asz", "a"),
        ("asf", "à"),  # a second tone replaces the first
        ("quys", "quý"),
        ("quaf", "quà"),
        ("giaf", "già"),
        ("gif", "gì"),
        ("ginf", "gìn"),
        ("giuwx", "giữ"),
        ("muwaf", "mừa"),
        ("cuwus", "cứu"),
        ("huuw", "hưu"),
        ("ruwowuj", "rượu"),
        ("khoais", "khoái"),
        ("khuyur", "khuỷu"),
        ("ngoeoj", "ngoẹo"),
        ("xoawn", "xoăn"),
        ("Quaan", "Quân"),
        ("muoons", "muốn"),
        ("yeeu", "yêu"),
        ("yeue", "yêu"),
        ("oio", "ôi"),
        ("aoa", "aoa"),
        ("gui", "gui"),
        ("guiwr", "gửi"),
        ("thuowr", "thưở"),  # uo + w is always ươ
    ],
)
def test_single_words(keys, text):
    assert compose(keys) == text


@pytest.mark.parametrize(
    ("keys", "new", "old"),
    [
        ("hoaf", "hoà", "hòa"),
        ("khoer", "khoẻ", "khỏe"),
        ("thuys", "thuý", "thúy"),
        ("hoafn", "hoàn", "hoàn"),  # a final consonant: both styles agree
        ("Huynhf", "Huỳnh", "Huỳnh"),
        ("mias", "mía", "mía"),
        ("muas", "múa", "múa"),
    ],
)
def test_new_style_by_default_old_style_on_request(keys, new, old):
    assert compose(keys) == new
    assert compose(keys, old_style=True) == old


def test_the_tone_moves_when_the_word_grows():
    assert compose("hoaf") == "hoà"
    assert compose("hoafn") == "hoàn"
    assert compose("tiesn") == "tién"
    assert compose("tiesne") == "tiến"  # ê arrives after the tone and takes it


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("ass", "as"),
        ("asss", "ass"),  # after an undo the rest of the word is typed as it is
        ("aaa", "aa"),
        ("aww", "aw"),
        ("uww", "uw"),
        ("ddd", "dd"),
        ("xooong", "xoong"),
        ("Nguyeenxx", "Nguyênx"),
        ("zz", "zz"),
        ("az", "az"),  # no tone to remove: z is a letter
        ("ass ass", "as as"),  # a new word converts again
    ],
)
def test_a_key_typed_twice_undoes_itself(keys, text):
    assert compose(keys) == text


def test_free_style_marks_after_the_final_consonant():
    assert compose("Nguyenxe") == "Nguyễn"
    assert compose("Nguyenex") == "Nguyễn"
    assert compose("Deud") == "Đeu"
    assert compose("Trana") == "Trân"


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("NGUYEENX THIJ DDEEUF", "NGUYỄN THỊ ĐỀU"),
        ("Ddeeuf", "Đều"),
        ("DDeeuf", "Đều"),
        ("nguyEenx", "nguyỄn"),  # the letter keeps its case, the doubling key's case is lost
        ("UWOWCS", "ƯỚC"),
        ("TW", "TƯ"),
        ("ASS", "AS"),
    ],
)
def test_case_is_preserved(keys, text):
    assert compose(keys) == text


def test_letters_that_are_not_tones_at_the_start_of_a_word():
    assert compose("Sown") == "Sơn"
    assert compose("Xuaan") == "Xuân"
    assert compose("Rowi") == "Rơi"
    assert compose("Ji") == "Ji"


def test_backspace_takes_off_a_whole_letter_with_its_marks():
    assert compose("Nguyeenx<") == "Nguyễ"
    assert compose("Nguyeenx<<") == "Nguy"
    assert compose("Thij <") == "Thị"
    assert compose("<<a") == "a"
    assert compose("hoafn<") == "hoà"
    assert compose("Nguyeenxx<x") == "Nguyễn"  # a backspace ends the literal run


def test_output_is_always_nfc():
    for keys in [*NAMES, "ruwowuj", "khuyur", "ngoeoj"]:
        text = compose(keys)
        assert unicodedata.is_normalized("NFC", text), keys
    composer = TelexComposer()
    composer.set_text(unicodedata.normalize("NFD", "Nguyễn Thị Đều"))
    assert composer.text == "Nguyễn Thị Đều"
    composer.type("s")
    assert unicodedata.is_normalized("NFC", composer.text)


def test_spaces_start_words_and_are_never_doubled():
    composer = TelexComposer()
    composer.space()
    assert composer.text == ""
    for key in "Ba  ":
        composer.type(key)
    assert composer.text == "Ba "
    assert composer.word == ""


def test_telex_off_types_letters_as_they_are():
    composer = TelexComposer(telex=False)
    for key in "Nguyeenx":
        composer.type(key)
    assert composer.text == "Nguyeenx"


def type_direct(composer: TelexComposer, steps: list[str | Tone]) -> str:
    """Letters typed plainly; a Tone is a tap on a tone key, a shaped letter a tap on it."""
    for step in steps:
        if isinstance(step, Tone):
            composer.tone(step)
        elif step == " ":
            composer.space()
        elif step.lower() in "âăêôơưđ":
            composer.shape(step)
        else:
            composer.type(step)
    return composer.text


@pytest.mark.parametrize("telex", [True, False])
def test_mark_keys_after_plain_letters(telex):
    steps: list[str | Tone] = [*"Nguyen", "ê", Tone.NGA, " ", *"Thi", Tone.NANG, " "]
    steps += ["D", "đ", "e", "u", "ê", Tone.HUYEN]
    assert type_direct(TelexComposer(telex=telex), steps) == "Nguyễn Thị Đều"


@pytest.mark.parametrize("telex", [True, False])
def test_shaped_letters_typed_in_place(telex):
    steps: list[str | Tone] = [*"Nguy", "ê", "n", Tone.NGA, " ", "Đ", "ê", "u", Tone.HUYEN]
    assert type_direct(TelexComposer(telex=telex), steps) == "Nguyễn Đều"
    steps = ["T", "r", "â", "n", Tone.HUYEN, " ", "V", "ă", "n", " ", "Ư", "ơ", "c", Tone.SAC]
    assert type_direct(TelexComposer(telex=telex), steps) == "Trần Văn Ước"
    steps = [*"Huong", "ư", "ơ", Tone.HUYEN]
    assert type_direct(TelexComposer(telex=telex), steps) == "Hường"


def test_a_second_tap_on_a_mark_takes_it_off():
    composer = TelexComposer()
    for key in "Nguyen":
        composer.type(key)
    composer.shape("ê")
    composer.tone(Tone.NGA)
    composer.tone(Tone.NGA)
    assert composer.text == "Nguyên"
    composer.shape("ê")
    assert composer.text == "Nguyen"


def test_a_tone_needs_a_vowel():
    composer = TelexComposer()
    composer.type("N")
    assert composer.tone(Tone.SAC) is False
    assert composer.text == "N"


def test_core_functions():
    assert apply_tone("Nguyên", Tone.NGA) == "Nguyễn"
    assert apply_tone("Nguyễn", Tone.LEVEL) == "Nguyên"
    assert apply_tone("Ng", Tone.SAC) is None
    assert apply_shape("Nguyen", "ê") == "Nguyên"
    assert apply_shape("Nguyen", "Ê") == "Nguyên"
    assert apply_shape("Deu", "đ") == "Đeu"
    assert apply_shape("Đeu", "đ") == "Deu"
    assert apply_shape("Ng", "ê") is None
    assert apply_shape("Ăn", "â") == "Ân"  # another shape of the same letter is replaced
    assert apply_shape("hóa", "ă") == "hoắ"  # the tone follows the shaped vowel
    assert tone_of("Đều") is Tone.HUYEN
    assert tone_of("Đêu") is Tone.LEVEL
    assert nucleus("Quynh") == [2]
    assert nucleus("gin") == [1]
    assert tone_position("Nguyên") == 4
    assert tone_position("Ng") is None
    assert telex_key("a", "s") == ("á", True)
    assert telex_key("á", "s") == ("a", False)
