"""Text for the ear: numbers, dates, times, phone numbers and abbreviations spelled out.

espeak-ng reads Vietnamese numbers wrongly (espeak-ng/espeak-ng#2442) and reads abbreviations
letter by letter in whatever language it guesses, so every sentence is rewritten before it is
synthesised. `normalize(text, language, pronunciations)` applies these rules, in this order
(each later rule only sees what the earlier ones left):

1. Read digit by digit, in the groups they are written in, with a comma (a pause) between
   groups: phone numbers (10 or 11 digits starting with 0, or +84, with spaces, dots or
   hyphens between groups: "0912 345 678" -> "không chín một hai, ba bốn năm, sáu bảy tám");
   1800/1900 hotlines ("1900 1234"); a short number starting with 1 (3 or 4 digits: 113, 1022)
   right after a calling word ("gọi", "số điện thoại", "hotline", "đường dây nóng", "tổng
   đài", "quay số", "bấm số"; in English "call", "dial", "phone", "hotline", "text"); a code
   of 3 digits or more after "mã" ("mã OTP 123456"; English "code", "PIN", "OTP"); and star
   codes ("*101#"). A number written without groups is grouped 4-3-3 (10 digits), 3-4-4
   (11 digits), 4-4 (8 digits) or by threes.
2. Pronunciations (kiosk/narration/pronunciations.py): the built-in list
   (`resources/pronunciations/<language>.yaml`) with the pack's own entries over it. Matching
   is whole-word; a key with no lowercase letter (QR, 4G, HĐND) matches its exact case only,
   so that "AI" never swallows the Vietnamese word "ai"; other keys (Zalo, VNeID) match in any
   case. The longest key wins. A pack entry replaces every built-in entry whose key is the
   same ignoring case.
3. Dates, day first: "15/11", "15/11/2025", "01-07-2025", "15.11.2025" (a dot or hyphen only
   with a year), "2025-11-15", and month and year "11/2025". Only real days and months are
   dates ("31/2" is not). Vietnamese: "ngày mười lăm tháng mười một năm hai nghìn không trăm
   hai mươi lăm", without a second "ngày" (or "tháng") when the text already says it; month 4
   is "tư", month 1 "một". English: "the fifteenth of November twenty twenty-five".
4. Ranges: a hyphen or dash between numbers is "đến" / "to" ("5-10", "7h-9h", "5%-10%").
5. Times: "7h30", "7:30", "7h" -> "bảy giờ ba mươi", "bảy giờ" (minutes under ten add
   "phút": "bảy giờ năm phút"; "48h" is "bốn mươi tám giờ"); Vietnamese "7.30" only after
   "lúc", "từ", "đến", "khoảng" or before "sáng", "trưa", "chiều", "tối", "đêm". English:
   "seven thirty", "seven oh five", "seven o'clock", "nineteen hundred", "7pm" -> "seven P M",
   "48h" -> "forty-eight hours".
6. Ordinals: Vietnamese "thứ 1" -> "thứ nhất", "thứ 4" -> "thứ tư", "tháng 4" -> "tháng tư"
   (other numbers after "lần", "mức", "bước" are plain: "mức hai"); English "1st", "22nd".
7. A slash between numbers that are not a date is "trên" / "out of" ("50/100").
8. Numbers (see `kiosk.narration.numbers`). Vietnamese: "." or a space between groups of
   three digits ("1.000.000", "1 500 000"; also "1,000,000" with two or more commas), "," for
   decimals ("90,9" -> "chín mươi phẩy chín"; up to three decimals without a leading zero are
   read as a number, others digit by digit); a dot not grouping thousands is "chấm" ("2.5",
   "12.1"). English: "," between thousands, "." for decimals, read digit by digit after
   "point". "%" is "phần trăm" / "percent". A number with a leading zero ("007") or of more
   than 15 digits is read digit by digit.
9. Symbols: "&" "và" / "and"; "+" "cộng" / "plus"; "@" "a còng" / "at"; "%" "phần trăm" /
   "percent"; "/" between two words "hoặc" / "or" ("Android/iPhone"), which is wrong for
   units like "km/h": give those a pronunciation. Addresses with paths are not handled.

Everything else (letters, words, punctuation that makes pauses) is kept; spaces are tidied.
Vietnamese output has no ASCII digit left.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.narration.numbers import (
    EN_MONTHS,
    cardinal,
    digit_words,
    en_cardinal,
    en_ordinal,
    en_year,
    vi_cardinal,
)
from kiosk.narration.pronunciations import pronouncer


@dataclass(frozen=True)
class _Words:
    point: str  # the decimal separator
    dot: str  # a dot between digits that is not a decimal separator (Vietnamese only)
    percent: str
    to: str
    plus: str
    and_: str
    or_: str
    over: str  # "50/100"
    at: str
    star: str
    hash: str


_WORDS = {
    "vi": _Words(
        point="phẩy",
        dot="chấm",
        percent="phần trăm",
        to="đến",
        plus="cộng",
        and_="và",
        or_="hoặc",
        over="trên",
        at="a còng",
        star="sao",
        hash="thăng",
    ),
    "en": _Words(
        point="point",
        dot="point",
        percent="percent",
        to="to",
        plus="plus",
        and_="and",
        or_="or",
        over="out of",
        at="at",
        star="star",
        hash="hash",
    ),
}


def normalize(text: str, language: str, pronunciations: Mapping[str, str] | None = None) -> str:
    """`text` (one sentence or more) rewritten to be spoken by the `language` voice."""
    if language not in _WORDS:
        raise ValueError(f"unknown language {language!r}; expected 'vi' or 'en'")
    words = _WORDS[language]
    text = unicodedata.normalize("NFC", text)
    text = _digit_by_digit(text, language, words)
    extra = tuple(sorted((pronunciations or {}).items()))
    text = pronouncer(language, extra)(text)
    text = _dates(text, language)
    text = _RANGE.sub(lambda m: f"{m['unit']} {words.to} ", text)
    text = _times(text, language)
    text = _ordinals(text, language)
    text = _RATIO.sub(f" {words.over} ", text)
    text = _numbers(text, language, words)
    text = _symbols(text, words)
    return _tidy(text)


# 1. Digit by digit -------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[ .\-\u00a0\u202f()]+")
_END = r"(?!\w|[.,]\d)"  # not followed by more of a word or a number
_PHONE = re.compile(r"(?<![\w.,+(])\(?0\d{2,3}\)?(?:[ .\-\u00a0]?\d{2,4}){1,3}" + _END)
_INTERNATIONAL = re.compile(r"(?<![\w.,+])\+84(?:[ .\-\u00a0]?\d{1,4}){2,5}" + _END)
_HOTLINE = re.compile(r"(?<![\w.,+])1[89]00(?:[ .\u00a0]?\d{2,4}){1,3}" + _END)
_STAR_CODE = re.compile(r"(?<![\w*#])\*[\d*]*\d[\d*]*#")
_CALL_CUES = {
    "vi": r"(?<!kêu )\bgọi(?: điện)?(?: ngay)?(?: (?:tới|đến|cho))?(?: số)?|số điện thoại"
    r"|điện thoại|SĐT|hotline|đường dây nóng|tổng đài|quay số|bấm số|nhắn tin(?: (?:tới|đến))?",
    "en": r"\bcall(?: the)?|dial|phone(?: number)?|hotline|text",
}
_CODE_CUES = {
    "vi": r"\bmã(?: số)?(?: OTP| PIN| xác (?:thực|nhận))?",
    "en": r"\b(?:code|PIN|OTP)",
}
_CUE_CALL = {
    language: re.compile(rf"(?P<cue>(?:{cues})\s*:?\s*)(?P<digits>1\d{{2,3}}){_END}", re.I)
    for language, cues in _CALL_CUES.items()
}
_CUE_CODE = {
    language: re.compile(
        rf"(?P<cue>(?:{cues})\s*:?\s*)(?P<digits>\d{{3,}}(?:[ .]\d{{3,4}})*){_END}", re.I
    )
    for language, cues in _CODE_CUES.items()
}


def _pad(match: re.Match[str], spoken: str) -> str:
    """`spoken` in place of `match`, with a space against any letter or digit beside it."""
    before = match.string[match.start() - 1 : match.start()] if match.start() else ""
    after = match.string[match.end() : match.end() + 1]
    return (" " if before.isalnum() else "") + spoken + (" " if after.isalnum() else "")


def _groups(written: str) -> list[str]:
    """The groups of digits of a number as written: "(024) 3825 1234" -> 024, 3825, 1234."""
    return [group for group in _SEPARATORS.split(written) if group]


def _chunks(digits: str) -> list[str]:
    """How a run of digits written without spaces is grouped when read out."""
    sizes = {8: (4, 4), 10: (4, 3, 3), 11: (3, 4, 4)}.get(len(digits))
    if sizes is None:
        if len(digits) <= 4:
            return [digits]
        chunks = [digits[i : i + 3] for i in range(0, len(digits), 3)]
        if len(chunks[-1]) == 1:
            chunks[-2:] = [chunks[-2] + chunks[-1]]
        return chunks
    chunks, start = [], 0
    for size in sizes:
        chunks.append(digits[start : start + size])
        start += size
    return chunks


def _read_groups(groups: list[str], language: str) -> str:
    if len(groups) == 1:
        groups = _chunks(groups[0])
    return ", ".join(digit_words(group, language) for group in groups)


def _digit_by_digit(text: str, language: str, words: _Words) -> str:
    def phone(match: re.Match[str]) -> str:
        groups = _groups(match[0])
        total = sum(len(group) for group in groups)
        if total not in (10, 11):
            return match[0]
        return _pad(match, _read_groups(groups, language))

    def international(match: re.Match[str]) -> str:
        groups = _groups(match[0][1:])
        if len(groups[0]) > 2:  # +84912345678: the country code, then the rest
            groups = ["84", *_chunks(groups[0][2:]), *groups[1:]]
        return _pad(match, f"{words.plus} {', '.join(digit_words(g, language) for g in groups)}")

    def hotline(match: re.Match[str]) -> str:
        groups = _groups(match[0])
        if sum(len(group) for group in groups) not in (8, 10):
            return match[0]
        if len(groups) == 1:
            groups = [groups[0][:4], *_chunks(groups[0][4:])]
        return _pad(match, _read_groups(groups, language))

    def star_code(match: re.Match[str]) -> str:
        spoken = {"*": words.star, "#": words.hash}
        return _pad(match, " ".join(spoken.get(c) or digit_words(c, language) for c in match[0]))

    def after_cue(match: re.Match[str]) -> str:
        groups = _groups(match["digits"])
        return f"{match['cue'].rstrip()} {_pad(match, _read_groups(groups, language))}"

    text = _INTERNATIONAL.sub(international, text)
    text = _PHONE.sub(phone, text)
    text = _HOTLINE.sub(hotline, text)
    text = _STAR_CODE.sub(star_code, text)
    text = _CUE_CALL[language].sub(after_cue, text)
    return _CUE_CODE[language].sub(after_cue, text)


# 2. Pronunciations: kiosk/narration/pronunciations.py ----------------------------------------

# 3. Dates ---------------------------------------------------------------------------------

_DAY_MONTH = re.compile(
    r"(?P<prefix>\b(?:ngày|the)\s+)?(?<![\d/.,\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}))?(?![\d/]|[.,\-]\d)",
    re.I,
)
_ISO_DATE = re.compile(r"(?<![\d/.,\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d/]|[.,\-]\d)")
_MONTH_YEAR = re.compile(
    r"(?P<prefix>\btháng\s+)?(?<![\d/.,\-])(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/]|[.,\-]\d)", re.I
)


def vi_month(month: int) -> str:
    """The name of a month after "tháng": 4 is "tư", the others their number."""
    return "tư" if month == 4 else vi_cardinal(month)


def _date(day: int, month: int, year: int | None, prefix: str, language: str) -> str | None:
    """A date in words, or None if it is not a real date."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2024, month)[1]:
        return None  # 2024 was a leap year: 29/2 is a date when no year is given
    if language == "vi":
        if prefix.strip().lower() != "ngày":
            prefix += "ngày "
        spoken = f"{vi_cardinal(day)} tháng {vi_month(month)}"
        spoken += f" năm {vi_cardinal(year)}" if year is not None else ""
    else:
        if prefix.strip().lower() != "the":
            prefix += "the "
        spoken = f"{en_ordinal(day)} of {EN_MONTHS[month - 1]}"
        spoken += f" {en_year(year)}" if year is not None else ""
    return f"{prefix}{spoken}"


def _dates(text: str, language: str) -> str:
    def day_month(match: re.Match[str]) -> str:
        year = int(match["y"]) if match["y"] else None
        if match["sep"] != "/" and year is None:
            return match[0]
        spoken = _date(int(match["d"]), int(match["m"]), year, match["prefix"] or "", language)
        return _pad(match, spoken) if spoken else match[0]

    def iso(match: re.Match[str]) -> str:
        spoken = _date(int(match["d"]), int(match["m"]), int(match["y"]), "", language)
        return _pad(match, spoken) if spoken else match[0]

    def month_year(match: re.Match[str]) -> str:
        month, year = int(match["m"]), int(match["y"])
        if not 1 <= month <= 12:
            return match[0]
        if language == "en":
            return _pad(match, f"{EN_MONTHS[month - 1]} {en_year(year)}")
        prefix = match["prefix"] or "tháng "
        return _pad(match, f"{prefix}{vi_month(month)} năm {vi_cardinal(year)}")

    text = _ISO_DATE.sub(iso, text)
    text = _DAY_MONTH.sub(day_month, text)
    return _MONTH_YEAR.sub(month_year, text)


# 4. Ranges, 5. times, 6. ordinals, 7. ratios -------------------------------------------------

_RANGE = re.compile(r"(?<=\d)(?P<unit>[hH%]?)\s*[-–—]\s*(?=\d)")
_CLOCK = re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})(?:[hH:](?P<m>\d{2})|[hH])" + _END)
_VI_DOT_CLOCK = re.compile(
    r"(?:(?<=\blúc )|(?<=\btừ )|(?<=\bđến )|(?<=\bkhoảng ))"
    r"(?P<h>\d{1,2})\.(?P<m>\d{2})(?!\w|[.,]\d)"
    r"|(?<![\w.,:])(?P<h2>\d{1,2})\.(?P<m2>\d{2})(?=\s+(?:sáng|trưa|chiều|tối|đêm)\b)",
    re.I,
)
_EN_AM_PM = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?P<half>[ap])\.?m\b\.?(?!\w)", re.I
)
_VI_ORDINAL = re.compile(r"\b(?P<word>thứ|tháng)\s+(?P<n>\d+)(?!\d|[.,]\d)", re.I)
_EN_ORDINAL = re.compile(r"(?<!\w)(?P<n>\d+)(?:st|nd|rd|th)(?!\w)", re.I)
_RATIO = re.compile(r"(?<=\d)\s*/\s*(?=\d)")


def _clock(hour: int, minute: int, language: str) -> str:
    if language == "vi":
        if minute == 0:
            return f"{vi_cardinal(hour)} giờ"
        unit = " phút" if minute < 10 else ""
        return f"{vi_cardinal(hour)} giờ {vi_cardinal(minute)}{unit}"
    if minute == 0:
        return f"{en_cardinal(hour)} o'clock" if hour <= 12 else f"{en_cardinal(hour)} hundred"
    if minute < 10:
        return f"{en_cardinal(hour)} oh {en_cardinal(minute)}"
    return f"{en_cardinal(hour)} {en_cardinal(minute)}"


def _times(text: str, language: str) -> str:
    def clock(match: re.Match[str]) -> str:
        found = match.groupdict()
        hour = int(found["h"] or found.get("h2") or 0)
        written_minute = found["m"] or found.get("m2")
        if written_minute is None and hour > 24:  # "48h": hours, not a time of day
            hours = f"{vi_cardinal(hour)} giờ" if language == "vi" else f"{en_cardinal(hour)} hours"
            return _pad(match, hours)
        minute = int(written_minute or 0)
        if hour > 24 or minute > 59:
            return match[0]
        return _pad(match, _clock(hour, minute, language))

    def am_pm(match: re.Match[str]) -> str:
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return match[0]
        spoken = _clock(hour, minute, "en") if minute else en_cardinal(hour)
        half = "A-M" if match["half"].lower() == "a" else "P M"
        return _pad(match, f"{spoken} {half}")

    before = _EN_AM_PM.sub(am_pm, text) if language == "en" else _VI_DOT_CLOCK.sub(clock, text)
    return _CLOCK.sub(clock, before)


def _ordinals(text: str, language: str) -> str:
    def vi(match: re.Match[str]) -> str:
        number = int(match["n"])
        if match["word"].lower() == "thứ" and number in (1, 4):
            spoken = "nhất" if number == 1 else "tư"
        elif match["word"].lower() == "tháng" and 1 <= number <= 12:
            spoken = vi_month(number)
        else:
            spoken = vi_cardinal(number)
        return f"{match['word']} {spoken}"

    if language == "vi":
        return _VI_ORDINAL.sub(vi, text)
    return _EN_ORDINAL.sub(lambda match: _pad(match, en_ordinal(int(match["n"]))), text)


# 8. Numbers -------------------------------------------------------------------------------

_GROUP_SPACE = "[ \u00a0\u202f]"
_NUMBER = {
    "vi": re.compile(
        r"(?<!\d)(?P<int>\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?:,\d{3}){2,}(?!\d)"
        rf"|\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?!\d)|\d+)"
        r"(?:(?P<sep>[,.])(?P<frac>\d+))?(?P<pct>\s?%)?"
    ),
    "en": re.compile(
        r"(?<!\d)(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:(?P<sep>\.)(?P<frac>\d+))?(?P<pct>\s?%)?"
    ),
}
_MAX_DIGITS = 15  # beyond a thousand "tỷ" / a trillion, a number is a code: read its digits


def _integer(digits: str, language: str) -> str:
    if (len(digits) > 1 and digits[0] == "0") or len(digits) > _MAX_DIGITS:
        return _read_groups([digits], language)
    return cardinal(int(digits), language)


def _numbers(text: str, language: str, words: _Words) -> str:
    def number(match: re.Match[str]) -> str:
        whole = re.sub(r"\D", "", match["int"])
        spoken = _integer(whole, language)
        fraction = match["frac"]
        if fraction:
            if language == "vi" and match["sep"] == ".":
                spoken += f" {words.dot} {_integer(fraction, language)}"
            elif language == "vi" and fraction[0] != "0" and len(fraction) <= 3:
                spoken += f" {words.point} {vi_cardinal(int(fraction))}"
            else:
                spoken += f" {words.point} {digit_words(fraction, language)}"
        if match["pct"]:
            spoken += f" {words.percent}"
        return _pad(match, spoken)

    return _NUMBER[language].sub(number, text)


# 9. Symbols and spaces ----------------------------------------------------------------------


def _symbols(text: str, words: _Words) -> str:
    text = text.replace("&", f" {words.and_} ").replace("+", f" {words.plus} ")
    text = text.replace("%", f" {words.percent} ").replace("@", f" {words.at} ")
    return re.sub(r"(?<=\w)/(?=\w)", f" {words.or_} ", text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t\u00a0\u202f]+", " ", text)
    text = re.sub(r" +([,.;:!?…)\]])", r"\1", text)
    text = re.sub(r"([(\[]) +", r"\1", text)
    return re.sub(r" *\n *", "\n", text).strip()
