"""Text that reaches a spreadsheet stays text: the one guard every export writer uses.

A spreadsheet reads a cell that begins with `=`, `+`, `-` or `@` as a formula, and some read
one that begins with a tab or a carriage return the same way once they are trimmed. A
residential group typed as `=HYPERLINK("http://…";"Bấm vào đây")` would become a link in the
commune's report, and `=cmd|' /C calc'!A0` a command (OWASP: "CSV injection"). Groups,
places, the commune's and the kiosk's names, lesson titles and people's names are typed by
people, so every text cell of an export goes through this module:

- CSV (`csv_cell`, `csv_row`; written with `CSV_QUOTING`): a text that a spreadsheet could
  take for a formula gets a single quote in front (`'=1+1`), as OWASP recommends; every text
  is put in double quotes and a double quote inside is doubled (the csv module's quoting).
  Numbers stay numbers.
- XLSX (`append_xlsx_row`): every text is written as a string cell, never as a formula, with
  its text unchanged; a formula-like text is also marked "quote prefix" so that Excel keeps
  it text when someone edits the cell. Characters XML cannot carry (C0 controls other than
  tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, and
  a text is cut at Excel's limit of 32,767 characters.

Formula-like (`looks_like_formula`): the text begins with a tab, a carriage return or a line
feed; or its first visible character, after any spaces (also no-break and ideographic
spaces) and invisible format characters, is `=`, `+`, `-` or `@`, or one of their
full-width (＝ ＋ － ＠) or small (﹦ ﹢ ﹣ ﹫) forms.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal

FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b")
_BREAKS_AT_START = ("\t", "\r", "\n")
CSV_QUOTING: Literal[2] = csv.QUOTE_NONNUMERIC  # every text in double quotes; numbers bare
XLSX_MAX_TEXT = 32_767
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula (see the module's notes)."""
    if text.startswith(_BREAKS_AT_START):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) == "Cf":
            continue
        return char in FORMULA_STARTS
    return False


def csv_cell(value: Any) -> Any:
    """A CSV cell's value: formula-like text with a single quote in front; anything else as is."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(value) for value in values]


def csv_writer(handle: Any) -> Any:
    """A csv.writer with the quoting these files use; give it rows made by `csv_row`."""
    return csv.writer(handle, quoting=CSV_QUOTING)


def xlsx_text(text: str) -> str:
    """`text` as an XLSX string cell can hold it."""
    return _NOT_IN_XML.sub("\ufffd", text)[:XLSX_MAX_TEXT]


def append_xlsx_row(sheet: Any, values: Iterable[Any]) -> None:
    """Append a row to an openpyxl worksheet; every text a string cell, never a formula."""
    row = [xlsx_text(value) if isinstance(value, str) else value for value in values]
    sheet.append(row)
    if not row:
        return
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # openpyxl would take a text beginning with = for a formula
            if looks_like_formula(cell.value):
                cell.quotePrefix = True
