"""Text for the ear: numbers, dates, times, phone numbers and abbreviations spelled out, and
narration split into sentences."""

from __future__ import annotations

import re

import pytest

from kiosk.lessons import load_library
from kiosk.narration.normalize import normalize
from kiosk.narration.numbers import en_cardinal, en_ordinal, en_year, vi_cardinal
from kiosk.narration.pronunciations import builtin_pronunciations
from kiosk.narration.sentences import split_sentences
from kiosk.paths import bundled_lessons_dir

VI_NUMBERS = [
    (0, "không"),
    (4, "bốn"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (31, "ba mươi mốt"),
    (55, "năm mươi lăm"),
    (101, "một trăm lẻ một"),
    (104, "một trăm lẻ bốn"),
    (105, "một trăm lẻ năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (594, "năm trăm chín mươi tư"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm lẻ năm"),
    (1024, "một nghìn không trăm hai mươi tư"),
    (2005, "hai nghìn không trăm lẻ năm"),
    (2025, "hai nghìn không trăm hai mươi lăm"),
    (21_000, "hai mươi mốt nghìn"),
    (100_000, "một trăm nghìn"),
    (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm lẻ năm"),
    (1_050_000, "một triệu không trăm năm mươi nghìn"),
    (1_500_000, "một triệu năm trăm nghìn"),
    (1_000_000_000, "một tỷ"),
    (2_000_500_000, "hai tỷ năm trăm nghìn"),
    (
        999_999_999_999,
        "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
        "chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
    ),
    (10**12, "một nghìn tỷ"),
]


@pytest.mark.parametrize(("number", "words"), VI_NUMBERS)
def test_vietnamese_numbers(number: int, words: str) -> None:
    assert vi_cardinal(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (13, "thirteen"),
        (21, "twenty-one"),
        (100, "one hundred"),
        (594, "five hundred and ninety-four"),
        (1000, "one thousand"),
        (1005, "one thousand and five"),
        (1_500_000, "one million five hundred thousand"),
        (2_000_000_001, "two billion and one"),
    ],
)
def test_english_numbers(number: int, words: str) -> None:
    assert en_cardinal(number) == words


def test_english_ordinals_and_years() -> None:
    ordinals = [en_ordinal(n) for n in (1, 2, 3, 5, 12, 15, 20, 22, 31, 100)]
    assert ordinals == [
        "first",
        "second",
        "third",
        "fifth",
        "twelfth",
        "fifteenth",
        "twentieth",
        "twenty-second",
        "thirty-first",
        "one hundredth",
    ]
    years = [en_year(y) for y in (2025, 2005, 2000, 1990, 1900, 1905)]
    assert years == [
        "twenty twenty-five",
        "two thousand and five",
        "two thousand",
        "nineteen ninety",
        "nineteen hundred",
        "nineteen oh five",
    ]


VI_CASES = [
    # numbers as written
    ("594", "năm trăm chín mươi tư"),
    ("Có 15 người", "Có mười lăm người"),
    ("1.000.000", "một triệu"),
    ("1 500 000 đồng", "một triệu năm trăm nghìn đồng"),
    ("1\u00a0500\u00a0000", "một triệu năm trăm nghìn"),
    ("1000000", "một triệu"),
    ("1,000,000", "một triệu"),
    ("12.500.000.000 đồng", "mười hai tỷ năm trăm triệu đồng"),
    ("Mã 007", "Mã không không bảy"),
    # decimals and percentages
    ("90,9", "chín mươi phẩy chín"),
    ("90,9%", "chín mươi phẩy chín phần trăm"),
    ("tỷ lệ 90,9 %", "tỷ lệ chín mươi phẩy chín phần trăm"),
    ("50%", "năm mươi phần trăm"),
    ("3,14", "ba phẩy mười bốn"),
    ("0,05", "không phẩy không năm"),
    ("Android 12.1", "an đờ roi mười hai chấm một"),
    # dates
    ("15/11", "ngày mười lăm tháng mười một"),
    ("15/11/2025", "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm"),
    ("ngày 15/11", "ngày mười lăm tháng mười một"),
    ("Ngày 15/11.", "Ngày mười lăm tháng mười một."),
    ("01/07/2025", "ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm"),
    ("15-11-2025", "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm"),
    ("2025-11-15", "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm"),
    ("30/4", "ngày ba mươi tháng tư"),
    ("tháng 4/2025", "tháng tư năm hai nghìn không trăm hai mươi lăm"),
    ("4/2025", "tháng tư năm hai nghìn không trăm hai mươi lăm"),
    ("29/2", "ngày hai mươi chín tháng hai"),
    ("31/2", "ba mươi mốt trên hai"),
    ("50/100", "năm mươi trên một trăm"),
    ("từ 15/11 đến 20/11", "từ ngày mười lăm tháng mười một đến ngày hai mươi tháng mười một"),
    # times
    ("7h30", "bảy giờ ba mươi"),
    ("7:30", "bảy giờ ba mươi"),
    ("7h", "bảy giờ"),
    ("19 giờ", "mười chín giờ"),
    ("7h05", "bảy giờ năm phút"),
    ("lúc 7.30 sáng", "lúc bảy giờ ba mươi sáng"),
    ("7h-9h", "bảy giờ đến chín giờ"),
    ("48h", "bốn mươi tám giờ"),
    # phone numbers and hotlines
    ("0912 345 678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("0912345678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("0912.345.678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("024 3825 1234", "không hai bốn, ba tám hai năm, một hai ba bốn"),
    ("02438251234", "không hai bốn, ba tám hai năm, một hai ba bốn"),
    ("(024) 3825 1234", "không hai bốn, ba tám hai năm, một hai ba bốn"),
    ("+84 912 345 678", "cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám"),
    ("Gọi 0912 345 678.", "Gọi không chín một hai, ba bốn năm, sáu bảy tám."),
    ("1900 1234", "một chín không không, một hai ba bốn"),
    ("tổng đài 19001234", "tổng đài một chín không không, một hai ba bốn"),
    ("gọi 113", "gọi một một ba"),
    ("Gọi ngay 115!", "Gọi ngay một một năm!"),
    ("đường dây nóng 1022", "đường dây nóng một không hai hai"),
    ("số điện thoại: 114", "số điện thoại: một một bốn"),
    ("Số điện thoại:114", "Số điện thoại: một một bốn"),
    ("có 113 người", "có một trăm mười ba người"),
    ("kêu gọi 100 người", "kêu gọi một trăm người"),
    ("mã OTP 123456", "mã ô tê pê một hai ba, bốn năm sáu"),
    ("mã 6 số", "mã sáu số"),
    ("bấm *101#", "bấm sao một không một thăng"),
    (
        "số định danh 001099012345",
        "số định danh không không một, không chín chín, không một hai, ba bốn năm",
    ),
    # ordinals
    ("thứ 2", "thứ hai"),
    ("Thứ 4", "Thứ tư"),
    ("lần thứ 1", "lần thứ nhất"),
    ("lần 1", "lần một"),
    ("mức 2", "mức hai"),
    ("tháng 4", "tháng tư"),
    ("tháng 12", "tháng mười hai"),
    # symbols and ranges
    ("5-10", "năm đến mười"),
    ("5 – 10 phút", "năm đến mười phút"),
    ("5-10%", "năm đến mười phần trăm"),
    ("Zalo & VNeID", "Da lô và vê en e ai đi"),
    ("2 + 3", "hai cộng ba"),
    ("4G/5G", "bốn gờ hoặc năm gờ"),
    ("Android/iPhone", "an đờ roi hoặc ai phôn"),
    ("A4", "A bốn"),
    ("24/7", "hai mươi tư trên bảy"),
    # abbreviations
    ("VNeID", "vê en e ai đi"),
    ("BHXH, BHYT", "bảo hiểm xã hội, bảo hiểm y tế"),
    ("UBND xã", "ủy ban nhân dân xã"),
    ("CCCD hay CMND", "căn cước công dân hay chứng minh nhân dân"),
    ("mã OTP", "mã ô tê pê"),
    ("mã QR", "mã kiu a"),
    ("CH Play, App Store", "Xê Hát Play, Áp Xto"),
    ("iPhone và Zalo", "ai phôn và Da lô"),
    ("eTax, VssID, iHanoi", "i tắc, vê ét ét ai đi, ai Hà Nội"),
    ("Ai cũng dùng được AI.", "Ai cũng dùng được ây ai."),
    ("Wi-Fi, wifi, WiFi, 4G, 5G", "oai phai, oai phai, oai phai, bốn gờ, năm gờ"),
    ("tin nhắn SMS", "tin nhắn ét em ét"),
    ("Apple ID", "Apple ai đi"),
    ("VNeID không phải ID", "vê en e ai đi không phải ai đi"),
    ("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"),
    ("TP Huế", "thành phố Huế"),
    ("HĐND, MTTQ", "hội đồng nhân dân, mặt trận tổ quốc"),
    ("vào dichvucong.gov.vn", "vào dịch vụ công chấm gốp chấm vê en"),
    ("VNEID và vneid", "vê en e ai đi và vê en e ai đi"),
    ("Ô id", "Ô id"),  # all-caps keys match their case only
    # everything else is kept
    ("Bác chạm vào nút Cài đặt.", "Bác chạm vào nút Cài đặt."),
    ("Cần giúp? Hỏi tình nguyện viên!", "Cần giúp? Hỏi tình nguyện viên!"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "spoken"), VI_CASES)
def test_vietnamese(text: str, spoken: str) -> None:
    assert normalize(text, "vi") == spoken


EN_CASES = [
    ("594", "five hundred and ninety-four"),
    ("1,000", "one thousand"),
    ("1,500,000 people", "one million five hundred thousand people"),
    ("90.9%", "ninety point nine percent"),
    ("50%", "fifty percent"),
    ("15/11", "the fifteenth of November"),
    ("on 15/11/2025", "on the fifteenth of November twenty twenty-five"),
    ("the 1/7", "the first of July"),
    ("11/2025", "November twenty twenty-five"),
    ("7:30", "seven thirty"),
    ("7:05", "seven oh five"),
    ("7:00", "seven o'clock"),
    ("19:00", "nineteen hundred"),
    ("7h30", "seven thirty"),
    ("at 7pm", "at seven P M"),
    ("within 48h", "within forty-eight hours"),
    ("0912 345 678", "zero nine one two, three four five, six seven eight"),
    ("+84 912 345 678", "plus eight four, nine one two, three four five, six seven eight"),
    ("call 113", "call one one three"),
    ("Call 1900 1234.", "Call one nine zero zero, one two three four."),
    ("the 1st and the 22nd", "the first and the twenty-second"),
    ("your 12-digit ID number", "your twelve-digit I D number"),
    ("Level 2", "Level two"),
    ("5-10 minutes", "five to ten minutes"),
    ("VNeID", "V N e I D"),
    ("OTP codes", "O T P codes"),
    ("the QR code", "the Q R code"),
    ("CH Play", "C H Play"),
    ("4G/5G", "four G or five G"),
    ("AI", "A-I"),
    ("dichvucong.gov.vn", "dich vu cong dot gov dot V N"),
    ("Tom & Jerry", "Tom and Jerry"),
]


@pytest.mark.parametrize(("text", "spoken"), EN_CASES)
def test_english(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


def test_pack_pronunciations_override_and_extend_the_built_in_list() -> None:
    pack = {"QR": "quy rờ", "eKYC": "i kây oai xi", "Hợp tác xã Tân Lập": "hợp tác xã"}
    assert normalize("Quét mã QR", "vi", pack) == "Quét mã quy rờ"
    assert normalize("Làm eKYC, EKYC", "vi", pack) == "Làm i kây oai xi, i kây oai xi"
    assert normalize("Hợp  tác xã Tân Lập", "vi", pack) == "hợp tác xã"
    assert normalize("Quét mã QR", "vi") == "Quét mã kiu a"  # the built-in list is untouched
    # a pack key replaces the built-in one of the same spelling, whatever its case
    assert normalize("Zalo, zalo", "vi", {"zalo": "za lô"}) == "za lô, za lô"
    # the longest key wins; numbers in a spoken form are read as numbers
    assert normalize("Gói 4G và 4G Max", "vi", {"4G Max": "bốn gờ 2"}) == (
        "Gói bốn gờ và bốn gờ hai"
    )


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        normalize("1", "fr")


# Abbreviations and names the built-in lists must cover.
REQUIRED = [
    *("VNeID", "BHXH", "BHYT", "UBND", "CCCD", "OTP", "QR", "CH Play", "App Store", "iPhone"),
    *("Zalo", "eTax", "VssID", "iHanoi", "AI", "Wi-Fi", "4G", "5G", "SMS", "ID", "CMND", "TP"),
    *("HĐND", "MTTQ", "dichvucong.gov.vn"),
]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_built_in_lists(language: str) -> None:
    said = builtin_pronunciations(language)
    as_written = {"iPhone", "Zalo", "App Store"} if language == "en" else set()  # read well
    assert set(REQUIRED) - as_written <= set(said)
    for written, spoken in said.items():
        assert written.strip() == written and spoken.strip() == spoken
        assert not re.search(r"\d", spoken), written
        assert normalize(written, language) == normalize(spoken, language), written


def caps_words(text: str) -> list[str]:
    return re.findall(r"(?<!\w)[A-ZĐ]{2,}(?!\w)", text)


def test_every_bundled_lesson_reads_without_digits_or_unknown_abbreviations() -> None:
    library = load_library(bundled_lessons_dir())
    assert library.problems == ()
    assert {lesson.language for lesson in library.lessons} == {"vi", "en"}
    for lesson in library.lessons:
        said = library.pronunciations_for(lesson)
        texts = [lesson.title, lesson.summary]
        for step in lesson.steps:
            texts += [step.text, step.narration]
            texts += [step.practice.prompt] if step.practice else []
        for text in texts:
            for sentence in split_sentences(text):
                spoken = normalize(sentence, lesson.language, said)
                if lesson.language == "vi":
                    assert not re.search(r"[0-9]", spoken), (lesson.id, spoken)
                assert caps_words(spoken) == [], (lesson.id, sentence, spoken)


SENTENCES = [
    ("Mở ứng dụng. Chạm nút Cài đặt!", ["Mở ứng dụng.", "Chạm nút Cài đặt!"]),
    ("Có 1.000 người. Tỷ lệ 90,9%.", ["Có 1.000 người.", "Tỷ lệ 90,9%."]),
    ("Lúc 7.30 sáng? Vâng.", ["Lúc 7.30 sáng?", "Vâng."]),
    ("Vào dichvucong.gov.vn. Đăng nhập.", ["Vào dichvucong.gov.vn.", "Đăng nhập."]),
    ("Ở TP. Hồ Chí Minh. Xong.", ["Ở TP. Hồ Chí Minh.", "Xong."]),
    (
        "Mang CCCD, v.v. rồi đi. Mang sổ v.v. Sau đó về.",
        ["Mang CCCD, v.v. rồi đi.", "Mang sổ v.v.", "Sau đó về."],
    ),
    ("Chờ… Xong rồi", ["Chờ…", "Xong rồi"]),
    ("Thật sao?! Ừ.", ["Thật sao?!", "Ừ."]),
    ("Dòng một\nDòng hai.\n\n  ", ["Dòng một", "Dòng hai."]),
    ("1. Mở máy. 2. Bấm nút.", ["1. Mở máy.", "2. Bấm nút."]),
    ("Tôi có 5. Bạn có 6.", ["Tôi có 5.", "Bạn có 6."]),
    ('He said "Go." Then left.', ['He said "Go."', "Then left."]),
    ("Ask Dr. Lan. Wait... OK", ["Ask Dr. Lan.", "Wait...", "OK"]),
    ("Bring your ID, etc. Then go.", ["Bring your ID, etc.", "Then go."]),
    ("  ", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "sentences"), SENTENCES)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences
