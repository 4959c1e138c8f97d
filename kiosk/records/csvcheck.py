"""Reading and checking a sign-in sheet CSV (see kiosk/records/csvimport.py for the format):
every row checked, every problem found with the file's physical line number.

The file is read as a stream, a line at a time, and within bounds: at most `MAX_BYTES`
(a larger file is refused by its size before anything is read, see `size_problem`),
`MAX_ROWS` rows and `MAX_LINE_BYTES` a line. Past a bound, reading stops and that one
problem is reported; nothing is imported."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from kiosk.records import validate
from kiosk.records.errors import RecordError
from kiosk.records.store import RecordStore
from kiosk.text import has, say

REQUIRED_COLUMNS = (
    "date",
    "full_name",
    "birth_year",
    "residential_group",
    "location",
    "session_kind",
)
OPTIONAL_COLUMNS = ("gender", "lessons", "support")
_BOMS_OF_OTHER_ENCODINGS = (b"\xff\xfe", b"\xfe\xff")
MAX_BYTES = 20_000_000  # 20 MB: about 180,000 rows as sheets are typed (110 bytes a row)
MAX_ROWS = 100_000  # rows after the header, blank lines not counted
MAX_LINE_BYTES = 1_000_000  # a physical line; a row of a sign-in sheet is under 2,000 bytes
_CHUNK = 1 << 16
_LIST_SEPARATORS = re.compile(r"[;,]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


class CellProblem(Exception):
    """A cell the import cannot take, with the code of one of the `import.*` texts."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)


@dataclass(frozen=True)
class RowProblem:
    """One reason a line of the file cannot be imported."""

    line: int  # the physical line in the file; the header is line 1 (0: the file itself)
    code: str  # a RecordError code (`record.*` text) or an `import.*` text's
    column: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str) -> str:
        key = f"import.{self.code}"
        return say(key if has(key) else f"record.{self.code}", language, **self.params)

    def describe(self, language: str) -> str:
        """“Dòng 5, cột full_name: Xin hãy nhập họ và tên.”"""
        if self.line == 0:
            return self.message(language)
        key = "import.where_column" if self.column else "import.where_line"
        where = say(key, language, line=self.line, column=self.column)
        return f"{where}: {self.message(language)}"


@dataclass(frozen=True)
class ImportRow:
    """One checked row."""

    line: int
    session_date: str  # YYYY-MM-DD
    full_name: str
    birth_year: int
    gender: str | None
    residential_group: str
    location: str
    kind: str
    lessons: tuple[str, ...]
    support: tuple[str, ...]


class _Stop(Exception):
    """Reading stops here: the file is past one of the bounds."""

    def __init__(self, problem: RowProblem) -> None:
        self.problem = problem
        super().__init__(problem.code)


def size_problem(path: Path) -> RowProblem | None:
    """The problem of a file larger than MAX_BYTES, found from its size alone (OSError when
    it cannot be looked at)."""
    size = path.stat().st_size
    if size <= MAX_BYTES:
        return None
    return RowProblem(
        0, "too_large", params={"size": -(-size // 1_000_000), "limit": MAX_BYTES // 1_000_000}
    )


def _lines(handle: BinaryIO, problems: list[RowProblem], bad_lines: set[int]) -> Iterator[str]:
    """The file's physical lines (ended by CR LF, LF or CR, as a spreadsheet saves them),
    decoded, read a chunk at a time. A line that is not UTF-8 is added to `problems` and
    `bad_lines` and comes out with replacement characters, so the others can still be
    checked. _Stop past MAX_BYTES or MAX_LINE_BYTES, or for UTF-16."""
    total, number, carry, first = 0, 0, b"", True
    while True:
        chunk = handle.read(_CHUNK)
        total += len(chunk)
        if total > MAX_BYTES:
            limit = MAX_BYTES // 1_000_000
            raise _Stop(RowProblem(0, "too_large", params={"size": f"> {limit}", "limit": limit}))
        data = carry + chunk
        if first:
            if chunk and len(data) < 3:  # a short read: the byte order mark may go on
                carry = data
                continue
            first = False
            if data.startswith(_BOMS_OF_OTHER_ENCODINGS):
                raise _Stop(RowProblem(1, "encoding"))
            data = data.removeprefix(b"\xef\xbb\xbf")
        pieces = data.splitlines(keepends=True)  # at CR LF, LF and CR only (bytes)
        carry = b""
        if chunk and pieces and not pieces[-1].endswith(b"\n"):
            carry = pieces.pop()  # the line goes on in the next chunk (or its LF does)
        if len(carry) > MAX_LINE_BYTES:
            too_long = RowProblem(number + 1, "line_too_long", params={"limit": MAX_LINE_BYTES})
            raise _Stop(too_long)
        for piece in pieces:
            number += 1
            try:
                yield piece.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(RowProblem(number, "encoding"))
                bad_lines.add(number)
                yield piece.decode("utf-8", errors="replace")
        if not chunk:
            return


def _delimiter(header_line: str) -> str:
    """Comma or semicolon: the one that splits the header into the known columns."""
    known = set(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)

    def score(delimiter: str) -> tuple[int, int]:
        names = {c.strip().casefold() for c in header_line.split(delimiter)}
        return len(names & known), header_line.count(delimiter)

    return max((",", ";"), key=score)


def _parse_date(raw: str, today: str) -> str:
    text = raw.strip()
    iso, dmy = _ISO_DATE.fullmatch(text), _DMY_DATE.fullmatch(text)
    try:
        if iso:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif dmy:
            day = date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
        else:
            raise ValueError(text)
    except ValueError:
        raise CellProblem("date_invalid", value=text) from None
    if day.isoformat() > today:
        raise CellProblem("date_future", value=day.isoformat())
    return day.isoformat()


def _check_row(
    line: int, cells: dict[str, str], store: RecordStore, today: str
) -> tuple[ImportRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def check(column: str, checker: Any, *args: Any) -> Any:
        try:
            return checker(cells.get(column, ""), *args)
        except (RecordError, CellProblem) as error:
            problems.append(RowProblem(line, error.code, column, error.params))
            return None

    def codes(raw: str) -> list[str]:
        return [code.strip() for code in _LIST_SEPARATORS.split(raw) if code.strip()]

    def support(raw: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(validate.support_code(code) for code in codes(raw)))

    def kind(raw: str) -> str:
        return validate.session_kind(raw.strip().casefold())

    row = ImportRow(
        line=line,
        session_date=check("date", _parse_date, today),
        full_name=check("full_name", validate.full_name),
        birth_year=check("birth_year", validate.birth_year, store.this_year()),
        gender=check("gender", validate.gender),
        residential_group=check("residential_group", validate.short_text, "group_invalid"),
        location=check("location", validate.short_text, "location_invalid"),
        kind=check("session_kind", kind),
        lessons=check("lessons", lambda raw: validate.lesson_ids(codes(raw), store.known_lessons)),
        support=check("support", support),
    )
    return (None if problems else row), problems


def read_rows(data: bytes, store: RecordStore) -> tuple[list[ImportRow], list[RowProblem]]:
    """Every row of the file's bytes, checked; and every problem (empty: the file is good)."""
    return read_stream(io.BytesIO(data), store)


def read_stream(handle: BinaryIO, store: RecordStore) -> tuple[list[ImportRow], list[RowProblem]]:
    """Every row of the file open as `handle`, checked as it is read; and every problem
    found (empty: the file is good). Past a bound, only that problem."""
    problems: list[RowProblem] = []
    bad_lines: set[int] = set()
    try:
        rows = _read(_lines(handle, problems, bad_lines), problems, bad_lines, store)
    except _Stop as stop:
        return [], [stop.problem]
    return rows, sorted(problems, key=lambda problem: problem.line)


def _read(
    lines: Iterator[str], problems: list[RowProblem], bad_lines: set[int], store: RecordStore
) -> list[ImportRow]:
    header_line = next(lines, "")
    if not header_line.strip() and not any(line.strip() for line in lines):
        if not problems:
            problems.append(RowProblem(1, "empty_file"))
        return []
    reader = csv.reader(itertools.chain([header_line], lines), delimiter=_delimiter(header_line))
    try:
        header = [name.strip().casefold() for name in next(reader)]
    except csv.Error as error:
        problems.append(RowProblem(1, "csv_syntax", params={"detail": str(error)}))
        return []
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append(RowProblem(1, "columns_missing", params={"columns": ", ".join(missing)}))
    for name in dict.fromkeys(header):
        if name and header.count(name) > 1:
            problems.append(RowProblem(1, "column_repeated", params={"column": name}))
    if 1 in {p.line for p in problems}:
        return []
    rows: list[ImportRow] = []
    count = 0
    today, previous_end = store.today(), reader.line_num
    while True:
        line = previous_end + 1  # where the record starts; a quoted cell may span lines
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(RowProblem(line, "csv_syntax", params={"detail": str(error)}))
            break
        previous_end = reader.line_num
        if not any(cell.strip() for cell in cells) or line in bad_lines:
            continue  # blank lines are skipped; undecodable ones are already reported
        count += 1
        if count > MAX_ROWS:
            raise _Stop(RowProblem(0, "too_many_rows", params={"limit": MAX_ROWS}))
        if len(cells) > len(header) and not any(c.strip() for c in cells[len(header) :]):
            cells = cells[: len(header)]  # empty cells after the last column, as sheets make
        if len(cells) != len(header):
            found, expected = len(cells), len(header)
            problems.append(
                RowProblem(line, "field_count", params=dict(found=found, expected=expected))
            )
            continue
        row, row_problems = _check_row(line, dict(zip(header, cells, strict=True)), store, today)
        problems += row_problems
        if row is not None:
            rows.append(row)
    if not rows and not problems:
        problems.append(RowProblem(2, "no_rows"))
    return rows
