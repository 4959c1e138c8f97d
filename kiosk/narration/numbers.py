"""Numbers in words, in Vietnamese and English, for the text-to-speech voice.

Vietnamese follows the usage of standard (northern) Vietnamese, as taught in school and read on
the radio:

- units after "mười" / "mươi": 1 is "một" after "mười" (11 "mười một") but "mốt" after "mươi"
  (21 "hai mươi mốt"); 5 is "lăm" after either (15 "mười lăm", 25 "hai mươi lăm"); 4 is "tư"
  after "mươi" (24 "hai mươi tư") but "bốn" after "mười" (14 "mười bốn");
- a zero ten inside a number is "lẻ" (105 "một trăm lẻ năm", 2005 "... không trăm lẻ năm"),
  and after "lẻ" the unit keeps its own name (105 "... lẻ năm", 104 "... lẻ bốn", 101 "... lẻ
  một");
- thousands are "nghìn" (not the southern "ngàn"), then "triệu", then "tỷ"; a thousand "tỷ" is
  "nghìn tỷ";
- a group of three digits that follows a larger one is read in full, hundreds included
  (2005 "hai nghìn không trăm lẻ năm", 1.050.000 "một triệu không trăm năm mươi nghìn"); a group
  that is all zeros is left out (1.000.005 "một triệu không trăm lẻ năm").

English uses British "and" (594 "five hundred and ninety-four", 1005 "one thousand and five").
"""

from __future__ import annotations

VI_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_VI_SCALES = ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"))

EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
_EN_ORDINAL_WORDS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def vi_cardinal(number: int) -> str:
    """0 "không", 21 "hai mươi mốt", 2005 "hai nghìn không trăm lẻ năm", 10**9 "một tỷ"."""
    if number < 0:
        return "âm " + vi_cardinal(-number)
    if number == 0:
        return VI_DIGITS[0]
    return _vi_large(number, full=False)


def _vi_large(number: int, full: bool) -> str:
    """`number` > 0; `full`: a larger group was read before, so read all three digits."""
    for scale, name in _VI_SCALES:
        if number >= scale:
            high, low = divmod(number, scale)
            words = f"{_vi_large(high, full)} {name}"
            return f"{words} {_vi_large(low, True)}" if low else words
    return _vi_hundreds(number, full)


def _vi_hundreds(number: int, full: bool) -> str:
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds or full:
        words += [VI_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words += ["lẻ", VI_DIGITS[units]]
        elif units:
            words.append(VI_DIGITS[units])
        return " ".join(words)
    if tens == 1:
        words.append("mười")
    else:
        words += [VI_DIGITS[tens], "mươi"]
    if units == 1:
        words.append("mốt" if tens > 1 else "một")
    elif units == 4:
        words.append("tư" if tens > 1 else "bốn")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(VI_DIGITS[units])
    return " ".join(words)


def vi_digits(digits: str) -> str:
    """Digit by digit: "0912" -> "không chín một hai"."""
    return " ".join(VI_DIGITS[int(digit)] for digit in digits)


def en_cardinal(number: int) -> str:
    """594 "five hundred and ninety-four", 1000 "one thousand", 1005 "one thousand and five"."""
    if number < 0:
        return "minus " + en_cardinal(-number)
    if number == 0:
        return EN_DIGITS[0]
    return _en_large(number, top=True)


def _en_large(number: int, top: bool) -> str:
    for scale, name in _EN_SCALES:
        if number >= scale:
            high, low = divmod(number, scale)
            words = f"{_en_large(high, True)} {name}"
            if not low:
                return words
            joiner = " and " if low < 100 else " "
            return words + joiner + _en_large(low, False)
    return _en_hundreds(number)


def _en_hundreds(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = f"{EN_DIGITS[hundreds]} hundred" if hundreds else ""
    if not rest:
        return words
    if rest < 10:
        below = EN_DIGITS[rest]
    elif rest < 20:
        below = _EN_TEENS[rest - 10]
    else:
        tens, units = divmod(rest, 10)
        below = _EN_TENS[tens] + (f"-{EN_DIGITS[units]}" if units else "")
    return f"{words} and {below}" if words else below


def en_ordinal(number: int) -> str:
    """1 "first", 15 "fifteenth", 22 "twenty-second", 40 "fortieth"."""
    words = en_cardinal(number)
    head, sep, last = words.rpartition("-" if "-" in words.split(" ")[-1] else " ")
    if last in _EN_ORDINAL_WORDS:
        last = _EN_ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def en_year(year: int) -> str:
    """2025 "twenty twenty-five", 2005 "two thousand and five", 1990 "nineteen ninety"."""
    high, low = divmod(year, 100)
    if not 1100 <= year < 10000 or 2000 <= year < 2010:
        return en_cardinal(year)
    if low == 0:
        return f"{en_cardinal(high)} hundred"
    if low < 10:
        return f"{en_cardinal(high)} oh {EN_DIGITS[low]}"
    return f"{en_cardinal(high)} {en_cardinal(low)}"


def en_digits(digits: str) -> str:
    """Digit by digit: "0912" -> "zero nine one two"."""
    return " ".join(EN_DIGITS[int(digit)] for digit in digits)


def cardinal(number: int, language: str) -> str:
    return vi_cardinal(number) if language == "vi" else en_cardinal(number)


def digit_words(digits: str, language: str) -> str:
    return vi_digits(digits) if language == "vi" else en_digits(digits)
