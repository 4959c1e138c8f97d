"""The report screen in the facilitator panel, its charts and its PDF: periods from an injected
clock, the figures of a hand-made Report a few rows a screen, charts painted at every size,
the elder-friendly audit on every view, and the exports written (the PDF read back with
pdftotext). With the real `build_report`, a facilitator's taps from the menu to the files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import ManualClock
from kiosk.records import NewPerson, RecordError, RecordStore
from kiosk.records.model import SESSION_KINDS, SUPPORT_KINDS, label
from kiosk.reports.model import APP_INSTALL_CODES, Figures, Report, ReportQuery
from kiosk.reports.periods import period
from kiosk.settings import Settings
from tests.conftest import SIZES
from ui.facilitator import FacilitatorPanel
from ui.facilitator import report as report_module
from ui.facilitator.date_picker import moved
from ui.facilitator.report import ReportPage
from ui.facilitator.report_table import ending_kept
from ui.i18n import translations_dir
from ui.records_service import RecordsService
from ui.reports import exporter
from ui.reports.charts import ChartStyle, ChartView, app_chart, month_chart, paint_chart
from ui.reports.pdf import time_report_pdf, write_report_pdf
from ui.theme import PAPER, Theme
from ui.tools.audit import audit

COMMUNE = "Phường Đông Anh"
QUARTER = ReportQuery(date(2026, 10, 1), date(2026, 12, 31))
TODAY = date(2026, 11, 15)
GROUPS = ("Tổ dân phố số 3", "Tổ dân phố số 5", "")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs poppler-utils (pdftotext, pdfinfo)",
)


# -- a hand-made report ---------------------------------------------------------------------
def figures(people: int, attendances: int, installs: tuple[int, ...] = (5, 3, 2, 1, 0)) -> Figures:
    return Figures(
        participants=people,
        participants_60_plus=people // 2,
        attendances=attendances,
        sessions=attendances // 5,
        attendances_by_kind={k: attendances if k == "group" else 0 for k in SESSION_KINDS},
        sessions_by_kind={k: attendances // 5 if k == "group" else 0 for k in SESSION_KINDS},
        completions=12,
        completions_named=9,
        completions_anonymous=3,
        completions_by_lesson={
            "vneid-install": {"named": 6, "anonymous": 2},
            "scam-safety": {"named": 3, "anonymous": 1},
        },
        app_installs=dict(zip(APP_INSTALL_CODES, installs, strict=True)),
        individual_support_people=7,
        dossiers_online=4,
        vneid_activations=6,
        vneid_recoveries=2,
        vneid_device_changes=1,
        digital_signatures=3,
        cashless_payments=5,
        class_completions=5,  # lessons taught to groups (class mode), apart from the 12
        class_completions_by_lesson={"vneid-install": 3, "scam-safety": 2},
    )


def sample_report(query: ReportQuery = QUARTER, months: int = 3) -> Report:
    month_keys = [f"{2026 + (9 + n) // 12}-{(9 + n) % 12 + 1:02d}" for n in range(months)]
    return Report(
        query,
        COMMUNE,
        "2026-11-15T03:00:00Z",
        figures(1234, 3456, (23, 8, 6, 4, 2)),
        {group: figures(20 + n, 60 + n) for n, group in enumerate(GROUPS)},
        {month: figures(12 + n, 30 + 10 * n) for n, month in enumerate(month_keys)},
    )


# -- fixtures -------------------------------------------------------------------------------
@pytest.fixture
def records(tmp_path: Path) -> Iterator[RecordsService]:
    service = RecordsService(lambda: RecordStore.open(tmp_path / "records.db", "test-kiosk"))
    yield service
    service.close()


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "kiosk_vi.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_usb(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stick in the test machine is never written to."""
    monkeypatch.setattr(exporter, "USB_ROOTS", ())


class Built:
    """A `build` for the page: the queries it was asked, the hand-made report back."""

    def __init__(self, report: Report | None = None) -> None:
        self.queries: list[ReportQuery] = []
        self.report = report

    def __call__(self, store: Any, query: ReportQuery, commune: str, now: datetime) -> Report:
        self.queries.append(query)
        assert commune == COMMUNE and now.tzinfo is not None
        return self.report or sample_report(query)


@pytest.fixture
def make_panel(qtbot, records, bundled_library, data_dir):  # type: ignore[no-untyped-def]
    def make(size: tuple[int, int] = (1280, 800), language: str = "vi") -> FacilitatorPanel:
        settings = Settings(commune_name=COMMUNE, residential_groups=GROUPS[:2])
        panel = FacilitatorPanel(
            Theme(*size), records, bundled_library, settings, data_dir, ManualClock()
        )
        qtbot.addWidget(panel)
        panel.setFixedSize(QSize(*size))
        panel.set_language(language)
        panel.show()
        panel.show_menu()
        settle(qtbot, records)
        page = panel.report_page
        page.today = lambda: TODAY
        page.build = Built()
        return panel

    return make


def settle(qtbot: Any, records: RecordsService) -> None:
    qtbot.waitUntil(lambda: not records.busy, timeout=5000)
    QApplication.processEvents()


def tap(qtbot: Any, widget: QWidget | None) -> None:
    assert widget is not None and widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_report(qtbot: Any, panel: FacilitatorPanel, records: RecordsService) -> ReportPage:
    tap(qtbot, panel.menu.grid.card_for("report"))
    assert panel.current_page() == "report"
    return panel.report_page


def show_quarter(qtbot: Any, panel: FacilitatorPanel, records: RecordsService) -> ReportPage:
    page = open_report(qtbot, panel, records)
    tap(qtbot, page.periods.card_for("quarter"))
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
    return page


def shown_rows(page: ReportPage) -> list[tuple[str, ...]]:
    rows = []
    for line, cells in page.table.rows:
        if line.isVisible():
            name, *numbers = cells
            shown = [c.text() for c in numbers if c.isVisible()]
            rows.append((name.full_text(), *shown))  # type: ignore[attr-defined]
    return rows


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


# -- periods and dates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("today", "key", "expected"),
    [
        (date(2026, 11, 15), "month", (date(2026, 11, 1), date(2026, 11, 15))),
        (date(2026, 11, 15), "last_month", (date(2026, 10, 1), date(2026, 10, 31))),
        (date(2026, 11, 15), "quarter", (date(2026, 10, 1), date(2026, 11, 15))),
        (date(2027, 1, 3), "last_month", (date(2026, 12, 1), date(2026, 12, 31))),
        (date(2027, 1, 3), "quarter", (date(2027, 1, 1), date(2027, 1, 3))),
        (date(2028, 3, 31), "last_month", (date(2028, 2, 1), date(2028, 2, 29))),
        (date(2026, 6, 30), "quarter", (date(2026, 4, 1), date(2026, 6, 30))),
        (date(2026, 7, 1), "month", (date(2026, 7, 1), date(2026, 7, 1))),
    ],
)
def test_a_period_is_computed_from_today(today, key, expected):
    assert period(key, today) == expected


def test_each_period_card_asks_for_its_dates(make_panel, qtbot, records):
    panel = make_panel()
    page = open_report(qtbot, panel, records)
    details = {key: page.periods.card_for(key).detail.full_text() for key in ("month", "quarter")}
    assert details == {"month": "01/11/2026 – 15/11/2026", "quarter": "01/10/2026 – 15/11/2026"}
    built = page.build
    for key in ("month", "last_month", "quarter"):
        tap(qtbot, page.periods.card_for(key))
        qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
        assert built.queries[-1] == ReportQuery(*period(key, TODAY))
        tap(qtbot, page.bar.back)  # back to the choice of period
        assert page.views.currentIndex() == 0
    tap(qtbot, page.bar.back)
    assert panel.current_page() == "menu"


def test_a_date_moves_by_a_day_a_month_or_a_year():
    assert moved(date(2026, 3, 31), "day", 1) == date(2026, 3, 1)  # round within the month
    assert moved(date(2026, 3, 1), "day", -1) == date(2026, 3, 31)
    assert moved(date(2026, 3, 31), "month", 1) == date(2026, 4, 30)  # its last day
    assert moved(date(2026, 12, 5), "month", 1) == date(2026, 1, 5)
    assert moved(date(2028, 2, 29), "year", 1) == date(2029, 2, 28)
    assert moved(date(2099, 5, 5), "year", 1) == date(2099, 5, 5)


def test_two_dates_are_picked_with_big_buttons(make_panel, qtbot, records):
    panel = make_panel()
    page = open_report(qtbot, panel, records)
    tap(qtbot, page.periods.card_for("dates"))
    picker = page.picker
    assert picker.dates() == (date(2026, 11, 1), TODAY)
    assert picker.start.heading.full_text() == "From: 01/11/2026"
    # The end before the start: said, and nothing is asked of the records.
    for _ in range(2):
        tap(qtbot, picker.end.parts["month"].less)
    assert picker.dates() == (date(2026, 11, 1), date(2026, 9, 15))
    tap(qtbot, page.show_dates)
    assert page.dates_error.isVisible() and page.build.queries == []
    tap(qtbot, picker.start.parts["month"].less)
    tap(qtbot, picker.start.parts["month"].less)
    tap(qtbot, picker.start.parts["year"].less)
    tap(qtbot, picker.start.parts["day"].more)
    assert not page.dates_error.isVisible()
    assert picker.dates() == (date(2025, 9, 2), date(2026, 9, 15))
    tap(qtbot, page.show_dates)
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
    assert page.build.queries == [ReportQuery(date(2025, 9, 2), date(2026, 9, 15))]
    tap(qtbot, page.bar.back)
    assert page.views.currentIndex() == 0


# -- the figures on the screen ----------------------------------------------------------------
def test_the_figures_are_shown_a_few_rows_a_screen(vietnamese, make_panel, qtbot, records):
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    assert page.bar.title.full_text() == "Báo cáo 01/10/2026 – 15/11/2026"
    assert page.heading.full_text() == "Tổng hợp"
    assert shown_rows(page)[:3] == [
        ("Người tham gia", "1.234"),
        ("Trong đó từ 60 tuổi trở lên", "617"),
        ("Lượt tham gia", "3.456"),
    ]
    seen: dict[str, list[tuple[str, ...]]] = {}
    charts = []
    for number in range(page.pager.count):
        if number:
            tap(qtbot, page.pager.next)
        slide = page.slides[page.slide]
        assert len(shown_rows(page)) <= 6 or slide.chart is not None
        if slide.chart is not None:
            assert page.chart.isVisible()
            charts.append(page.heading.full_text())
        else:
            seen.setdefault(page.heading.full_text(), []).extend(shown_rows(page))
    assert not page.pager.next.isVisible()
    assert charts == ["Người tham gia và lượt tham gia theo tháng", "Lượt cài ứng dụng: 43"]
    summary = dict(seen["Tổng hợp"])
    assert summary["Hồ sơ nộp trực tuyến"] == "4" and summary["Chữ ký số cá nhân"] == "3"
    assert summary["Lượt hoàn thành bài học"] == "12"  # residents' own
    assert summary["Lượt bài đã dạy cho lớp"] == "5"  # apart: taught to groups
    assert len(summary) == 13
    assert seen["Theo tổ dân phố"] == [
        ("Tổ dân phố số 3", "20", "60", "11"),
        ("Tổ dân phố số 5", "21", "61", "11"),
        ("(chưa có tổ dân phố)", "22", "62", "11"),
    ]
    assert [row[0] for row in seen["Theo tháng"]] == [
        "Tháng 10/2026",
        "Tháng 11/2026",
        "Tháng 12/2026",
    ]
    kinds = dict(row[:2] for row in seen["Theo loại buổi"])
    assert kinds["Lớp học nhóm"] == "691" and kinds["Tổng cộng"] == "691"
    lessons = seen["Lượt hoàn thành bài học"]  # by title when the lesson is on this kiosk
    assert lessons == [
        ("Cài đặt VNeID và đăng nhập lần đầu", "8"),
        ("Nhận biết lừa đảo trên mạng", "4"),
        ("Tổng cộng", "12"),
    ]


def test_a_long_name_keeps_its_end_where_names_differ():
    assert ending_kept("Tổ dân phố số 3") == ["… dân phố số 3", "… phố số 3", "… số 3", "… 3"]


def test_the_report_follows_the_language(make_panel, qtbot, records):
    panel = make_panel(language="en")
    page = show_quarter(qtbot, panel, records)
    assert page.bar.title.full_text() == "Report 1 October 2026 – 15 November 2026"
    assert shown_rows(page)[0] == ("Participants", "1,234")
    page.set_language("vi")  # the words (kiosk/text), dates and numbers all follow it
    assert shown_rows(page)[0] == ("Người tham gia", "1.234")


def test_a_failure_is_said_and_a_late_answer_is_dropped(make_panel, qtbot, records):
    panel = make_panel()
    page = open_report(qtbot, panel, records)

    def refuse(*_: Any) -> Report:
        raise RecordError("read_only")

    page.build = refuse
    tap(qtbot, page.periods.card_for("month"))
    qtbot.waitUntil(lambda: page.message_kind == "failed", timeout=5000)
    assert page.message.isVisible() and "could not be counted" in page.message.text()
    assert not any(button.isEnabled() for button in page.exports.values())
    page.build = Built()
    tap(qtbot, page.bar.back)
    page.compute(*period("month", TODAY))
    page.start()  # left before the answer came
    settle(qtbot, records)
    assert page.report is None and page.views.currentIndex() == 0


# -- charts ---------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_charts_paint_at_every_size(qapp, size):
    theme = Theme(*size)
    report = sample_report(ReportQuery(date(2025, 1, 1), date(2026, 12, 31)), months=24)
    zero = Report(QUARTER, "", "", Figures(), {}, {"2026-10": Figures()})
    for chart in (
        month_chart(report, "vi", sorted(report.by_month)[:6]),
        month_chart(report, "vi"),  # two years in one chart: it still paints
        app_chart(report, "vi"),
        month_chart(zero, "en"),
        app_chart(zero, "en"),
    ):
        view = ChartView(theme)
        view.resize(size[0] * 2 // 3, size[1] // 2)
        view.set_chart(chart)
        image = view.grab().toImage()
        inked = sum(
            image.pixelColor(x, y) != QColor(0, 0, 0, 0)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        )
        assert inked > 20, chart
    # On a page-sized image as the PDF paints it.
    page = QImage(2244, 900, QImage.Format.Format_RGB32)
    page.fill(QColor(PAPER))
    painter = QPainter(page)
    style = ChartStyle.for_page(11, 300)
    paint_chart(painter, QRectF(0, 0, 2244, 900), month_chart(report, "vi"), style)
    painter.end()
    inked = sum(
        page.pixelColor(x, y) != QColor(PAPER)
        for x in range(0, 2244, 11)
        for y in range(0, 900, 11)
    )
    assert inked > 500


# -- the elder-friendly numbers ---------------------------------------------------------------
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_of_the_report_passes_the_audit(
    request, make_panel, qtbot, records, size, language
):
    if language == "vi":
        request.getfixturevalue("vietnamese")  # English: the source texts, untranslated
    panel = make_panel(size, language)
    theme = Theme(*size)

    def check(what: str) -> None:
        QApplication.processEvents()
        assert [str(f) for f in audit(panel, theme)] == [], what

    page = open_report(qtbot, panel, records)
    check("periods")
    tap(qtbot, page.periods.card_for("dates"))
    check("dates")
    page.dates_error.setText(page.tr("The last day is before the first. Change one."))
    page.dates_error.show()
    check("dates with the error")
    tap(qtbot, page.bar.back)
    page.build = Built(sample_report())
    tap(qtbot, page.periods.card_for("quarter"))
    check("counting")
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
    for number in range(page.pager.count):
        page.show_slide(number)
        check(f"slide {number}: {page.heading.full_text()}")
    folder = Path("/home/nhavanhoa/.local/share/cultural-house-kiosk/reports")
    for usb in (False, True):
        written = folder / "bao-cao_2026-10-01_2026-12-31.pdf"
        page._exported(exporter.Exported("pdf", written, usb))
        check(f"exported, on a stick: {usb}")
    page._exported(exporter.Exported("print", written, False, "the printer is stopped"))
    check("not printed")


# -- exports --------------------------------------------------------------------------------
@needs_poppler
def test_the_pdf_button_writes_a_readable_report(vietnamese, make_panel, qtbot, records, data_dir):
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    page.today = lambda: TODAY
    tap(qtbot, page.exports["pdf"])
    assert not page.exports["csv"].isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: page.message_kind == "exported", timeout=10000)
    pdf = data_dir / "reports" / "bao-cao_2026-10-01_2026-11-15.pdf"
    assert pdf.is_file() and page.exports["csv"].isEnabled()
    # in words, not as a folder path broken across lines
    assert page.message.text() == (
        "Đã lưu báo cáo PDF vào thư mục báo cáo của máy. Cắm USB để chép sang."
    )
    text = pdf_text(pdf)
    for words in (
        COMMUNE,
        "Từ ngày 01/10/2026 đến ngày 15/11/2026",
        "Người tham gia 1.234",
        "Lượt tham gia 3.456",
        "Tổ dân phố số 3",
        "Cài VNeID 23",
        "Lượt cài theo từng ứng dụng",
        "Ngày in: ",
    ):
        assert words in text, words
    assert not list(pdf.parent.glob(".*.tmp"))
    tap(qtbot, page.again)
    assert page.table.isVisible() and page.heading.full_text() == "Tổng hợp"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_csv_and_xlsx_buttons_write_their_files(make_panel, qtbot, records, data_dir, kind):
    exports = pytest.importorskip("kiosk.reports.exports")
    if not hasattr(exports, "write_csv" if kind == "csv" else "write_xlsx"):
        pytest.skip("the exports are not written yet")
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    tap(qtbot, page.exports[kind])
    qtbot.waitUntil(lambda: page.message_kind.startswith("export"), timeout=10000)
    assert page.message_kind == "exported", page.message.text()
    written = data_dir / "reports" / f"bao-cao_2026-10-01_2026-11-15.{kind}"
    assert written.is_file() and written.stat().st_size > 0
    if kind == "csv":
        assert written.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
        assert COMMUNE in written.read_text(encoding="utf-8-sig") or "1234" in written.read_text(
            encoding="utf-8-sig"
        )


def test_an_export_this_kiosk_cannot_make_is_said(make_panel, qtbot, records, monkeypatch):
    import kiosk.reports

    monkeypatch.setitem(sys.modules, "kiosk.reports.exports", None)  # its import fails
    monkeypatch.delattr(kiosk.reports, "exports", raising=False)
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    tap(qtbot, page.exports["xlsx"])
    qtbot.waitUntil(lambda: page.message_kind.startswith("export"), timeout=10000)
    assert page.message.text() == "This kiosk cannot save this kind of file yet: Excel spreadsheet."
    assert page.again.isVisible() and all(b.isEnabled() for b in page.exports.values())


def test_exports_go_to_a_usb_stick_when_one_is_mounted(tmp_path, monkeypatch, qapp):
    media = tmp_path / "media"
    stick = media / "kiosk" / "KINGSTON"
    stick.mkdir(parents=True)
    (media / "cdrom").mkdir()  # an empty mount point, not mounted: not a stick
    monkeypatch.setattr(exporter.os.path, "ismount", lambda p: Path(p) == stick)
    assert exporter.usb_folders((media,)) == [stick]
    assert exporter.export_folder(tmp_path / "data", (media,)) == (stick, True)
    assert exporter.export_folder(tmp_path / "data", (tmp_path / "none",)) == (
        tmp_path / "data" / "reports",
        False,
    )
    done = exporter.Exporter(tmp_path / "data", roots=(media,)).run(
        "pdf", sample_report(), "vi", {}
    )
    assert done == exporter.Exported("pdf", stick / "bao-cao_2026-10-01_2026-12-31.pdf", True)
    assert done.path is not None and done.path.is_file()


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_a_file_saved_on_the_kiosk_is_copied_to_a_stick_plugged_in_later(
    vietnamese, make_panel, qtbot, records, data_dir, tmp_path, monkeypatch, kind
):
    if kind == "csv":
        exports = pytest.importorskip("kiosk.reports.exports")
        if not hasattr(exports, "write_csv"):
            pytest.skip("the CSV export is not written yet")
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    tap(qtbot, page.exports[kind])
    qtbot.waitUntil(lambda: page.message_kind == "exported", timeout=10000)
    saved = data_dir / "reports" / f"bao-cao_2026-10-01_2026-11-15.{kind}"
    assert saved.is_file()
    what = "bảng tính CSV" if kind == "csv" else "báo cáo PDF"
    assert page.message.text() == (
        f"Đã lưu {what} vào thư mục báo cáo của máy. Cắm USB để chép sang."
    )
    assert "/" not in page.message.text() and "CSV" not in page.exports["csv"].text().split()[0]
    assert not page.copy.isVisible()

    media = tmp_path / "media"
    stick = media / "nhavanhoa" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(exporter, "USB_ROOTS", (media,))
    monkeypatch.setattr(exporter.os.path, "ismount", lambda p: Path(p) == stick)
    qtbot.waitUntil(page.copy.isVisible, timeout=5000)  # found by looking again, untouched
    assert page.copy.text() == "Chép sang USB"
    assert audit(panel, Theme(1280, 800)) == []
    tap(qtbot, page.copy)
    qtbot.waitUntil(lambda: page.message_kind == "copied", timeout=10000)
    assert (stick / saved.name).read_bytes() == saved.read_bytes()
    assert not list(stick.glob(".*.tmp"))
    assert "KINGSTON" in page.message.text() and page.message.text().startswith("Đã chép")
    assert not page.copy.isVisible() and page.files.waiting == []
    tap(qtbot, page.again)
    assert page.table.isVisible()


def test_a_copy_to_a_full_stick_is_said_and_can_be_tried_again(tmp_path, qapp):
    saved = tmp_path / "reports" / "bao-cao_2026-10-01_2026-12-31.csv"
    saved.parent.mkdir()
    saved.write_text("a,b\n", encoding="utf-8")
    copied = exporter.copy_to_stick((saved,), tmp_path / "no-such-stick")
    assert copied.error and copied.sources == ()
    stick = tmp_path / "stick"
    stick.mkdir()
    copied = exporter.copy_to_stick((saved,), stick)
    assert copied == exporter.Copied(stick, (saved,)) and (stick / saved.name).is_file()


def test_printing_saves_the_pdf_then_sends_it(make_panel, qtbot, records, data_dir):
    panel = make_panel()
    page = show_quarter(qtbot, panel, records)
    sent: list[tuple[Path, str]] = []
    page.exporter.send = lambda pdf, printer: sent.append((pdf, printer)) or "job-1"
    tap(qtbot, page.exports["print"])
    qtbot.waitUntil(lambda: page.message_kind == "exported", timeout=10000)
    pdf = data_dir / "reports" / "bao-cao_2026-10-01_2026-11-15.pdf"
    assert sent == [(pdf, "")] and pdf.is_file()
    assert page.message.text().startswith("Sent to the printer.")


# -- the PDF itself -------------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_pdf_is_a4_with_real_text_and_written_at_once(qapp, tmp_path, language):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"an older report")
    titles = {"vneid-install": "Cài đặt VNeID"}
    pages = write_report_pdf(sample_report(), out, language, titles, TODAY)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "(A4)" in info and re.search(rf"^Pages:\s+{pages}$", info, re.MULTILINE)
    text = pdf_text(out)
    expected = {
        "vi": ["Báo cáo kết quả Bình dân học vụ số", "Ngày in: 15/11/2026", "Tổng cộng 9 3 12"],
        "en": ["Digital literacy for all: report", "Printed on 15 November 2026", "1,234"],
    }[language]
    etax = label(SUPPORT_KINDS, "install_etax", language)
    for words in [COMMUNE, "Cài đặt VNeID", f"{etax} 8", "Tổ dân phố số 5", *expected]:
        assert words in text, words
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    with pytest.raises(OSError):
        write_report_pdf(sample_report(), tmp_path / "no-such-folder" / "r.pdf", language)


@needs_poppler
def test_a_long_table_repeats_its_header_on_each_page(qapp, tmp_path):
    groups = {f"Tổ {n}": figures(n, 3 * n) for n in range(1, 61)}
    report = Report(QUARTER, COMMUNE, "", figures(60, 180), groups, {"2026-10": figures(1, 2)})
    out = tmp_path / "long.pdf"
    pages = write_report_pdf(report, out, "en", today=TODAY)
    texts = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-raw", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, pages + 1)
    ]
    with_groups = [text for text in texts if re.search(r"^Tổ \d+ ", text, re.MULTILINE)]
    assert len(with_groups) >= 2
    for text in with_groups:
        assert "Participants" in text and "Dossiers" in text  # the header, on every page
    names = re.findall(r"^(Tổ \d+) ", "".join(texts), re.MULTILINE)
    assert names == [f"Tổ {n}" for n in range(1, 61)]  # "Tổ 2" before "Tổ 10"


def test_the_pdf_is_written_within_a_second(qapp):
    assert time_report_pdf(sample_report(months=12)) < 1000


# -- from the menu, with the real figures ------------------------------------------------------
def test_a_quarter_on_screen_and_as_files_in_a_few_taps(make_panel, qtbot, records, data_dir):
    """With the real figures (once kiosk.reports.build and .exports are written)."""
    build = pytest.importorskip("kiosk.reports.build")
    exports = pytest.importorskip("kiosk.reports.exports")
    today = date.today()
    start, end = period("quarter", today)

    def seed(store: RecordStore) -> object:
        session = store.start_session("group", "Tổ dân phố số 3", "Chị Lan", ())
        for name, year in (("Nguyễn Thị Đều", 1950), ("Trần Văn Bảy", 1970)):
            person, _ = store.add_new_attendee(
                session.id, NewPerson(name, year, "Tổ dân phố số 3", consent=True)
            )
            store.record_support(person.id, "install_vneid", session.id)
        store.end_session(session.id)
        now = datetime.now(timezone.utc)
        return build.build_report(store, ReportQuery(start, end), COMMUNE, now)

    box: list[object] = []
    records.call(seed, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    if not isinstance(box[0], Report) or not hasattr(exports, "write_xlsx"):
        pytest.skip("build_report and the exports are not written yet")
    panel = make_panel()
    page = panel.report_page
    page.today = date.today
    page.build = report_module.build_report_on_store
    tap(qtbot, panel.menu.grid.card_for("report"))
    tap(qtbot, page.periods.card_for("quarter"))
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert shown_rows(page)[0] == ("Người tham gia", "2")  # the panel is in Vietnamese
    assert page.report.total.app_installs["install_vneid"] == 2
    for kind in ("csv", "xlsx", "pdf"):
        page.message_kind = ""
        tap(qtbot, page.exports[kind])
        qtbot.waitUntil(lambda: page.message_kind == "exported", timeout=10000)
    names = {f"bao-cao_{start.isoformat()}_{end.isoformat()}.{k}" for k in ("csv", "xlsx", "pdf")}
    assert {p.name for p in (data_dir / "reports").iterdir()} == names  # in 2 + 3 taps
