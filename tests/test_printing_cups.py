"""Printing through Qt's print system on a real CUPS scheduler: a handout printed on a cups-pdf
queue comes out as a PDF whose QR codes decode to the lesson's addresses, with the kept PDF's
pages; a report prints its saved pages; every way a printer can refuse a job (none of that
name, stopped, rejecting jobs, no print service, a fault in the print path) gives a reason,
sends nothing, and the handout is saved all the same.

The CUPS tests need cups, cups-client and printer-driver-cups-pdf, and root to start `cupsd`
and add a queue. They skip with the reason where that cannot be had, except under CI (the
CI environment variable set), where they fail instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.channels.defaults import default_registry
from kiosk.lessons.model import Library
from tests.conftest import PDF_QUEUE as QUEUE
from tests.cups_server import PdfQueue, run
from ui.printing import spooler
from ui.printing.spooler import PrintError, PrintOutcome, find_printer, print_handout

LESSON = "vneid-install"
LESSON_CHANNELS = {"vneid-android", "vneid-ios", "vneid-web"}  # the VNeID lesson links these


def decoded_urls(pdf: Path) -> set[str]:
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing (poppler-utils, zbar-tools)")
    prefix = pdf.parent / "page"
    command = ["pdftoppm", "-r", "150", "-png", str(pdf), str(prefix)]
    subprocess.run(command, capture_output=True, check=True)  # ghostscript's PDFs make it chatty
    pages = sorted(pdf.parent.glob("page-*.png"))
    assert pages
    zbar = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, pages)], capture_output=True, text=True
    )
    assert zbar.returncode in (0, 4), zbar.stderr  # 4: some page holds no code
    return set(zbar.stdout.split())


def pages_of(pdf: Path) -> tuple[int, str]:
    """A PDF's page count and page size ("421 x 595 pts (A5)")."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    size = re.search(r"^Page size:\s+(.+)$", info, re.MULTILINE)
    assert pages and size, info
    return int(pages.group(1)), size.group(1)


def test_a_handout_printed_on_the_pdf_queue_decodes_to_the_lesson_urls(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path, tmp_path: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    registry = default_registry()
    expected = {c.url for c in registry.shown(lesson.channels)}
    assert {c.id for c in registry.shown(lesson.channels)} == LESSON_CHANNELS
    assert all(url.startswith("https://") for url in expected)

    before = pdf_queue.jobs()
    outcome = print_handout(lesson, registry, "vi", data_dir, printer=QUEUE)
    assert outcome.printed and outcome.printer == QUEUE

    printed = tmp_path / "printed" / "out.pdf"
    printed.parent.mkdir()
    shutil.copy(pdf_queue.output_of(pdf_queue.new_job(before)), printed)
    assert decoded_urls(printed) == expected
    # The printed pages are the kept PDF's drawing: as many, on the same paper.
    kept_pages, kept_size = pages_of(outcome.pdf)
    printed_pages, printed_size = pages_of(printed)
    assert printed_pages == kept_pages and kept_size.endswith("(A5)")
    assert printed_size.endswith("(A5)")


def test_print_handout_saves_the_pdf_then_prints_it(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    before = pdf_queue.jobs()
    outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    assert outcome.printed and outcome.reason == ""
    assert outcome.printer == QUEUE
    assert outcome.pdf.parent == data_dir / "handouts"
    assert outcome.pdf.name.endswith(f"-{LESSON}-vi.pdf") and outcome.pdf.stat().st_size > 0
    pdf_queue.output_of(pdf_queue.new_job(before))


def test_a_report_printed_on_the_pdf_queue_is_the_saved_reports_pages(
    pdf_queue: PdfQueue, qapp, data_dir: Path, tmp_path: Path
):
    from tests.test_ui_report import sample_report
    from ui.reports.exporter import Exporter

    before = pdf_queue.jobs()
    exported = Exporter(data_dir, printer=QUEUE).run("print", sample_report(), "vi", {})
    assert exported.error == "" and exported.path is not None
    assert exported.path.parent == data_dir / "reports"
    printed = tmp_path / "report.pdf"
    shutil.copy(pdf_queue.output_of(pdf_queue.new_job(before)), printed)
    kept_pages, kept_size = pages_of(exported.path)
    assert pages_of(printed) == (kept_pages, kept_size) and kept_size.endswith("(A4)")


def refused(queue: PdfQueue, outcome: PrintOutcome, before: set[str], data_dir: Path) -> None:
    """Not printed, nothing sent to any queue, the handout kept for the facilitator."""
    assert not outcome.printed and outcome.printer == ""
    assert queue.jobs() == before
    assert outcome.pdf.is_file() and outcome.pdf.read_bytes().startswith(b"%PDF")
    assert outcome.pdf.parent == data_dir / "handouts"


def test_an_unknown_printer_is_named_and_the_handout_is_kept(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    with pytest.raises(PrintError, match="no-such-printer"):
        find_printer("no-such-printer")

    # Qt's own QPrinter would keep printing to the printer it had: nothing must go anywhere.
    before = pdf_queue.jobs()
    outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer="no-such-printer")
    assert outcome.reason == 'there is no printer named "no-such-printer"'
    refused(pdf_queue, outcome, before, data_dir)


def test_a_stopped_queue_is_refused_and_the_handout_kept(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    before = pdf_queue.jobs()
    run("cupsdisable", QUEUE)
    try:
        outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    finally:
        run("cupsenable", QUEUE)
    assert outcome.reason == f'printer "{QUEUE}" is stopped'
    refused(pdf_queue, outcome, before, data_dir)


def test_a_queue_that_rejects_jobs_is_refused_and_the_handout_kept(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    before = pdf_queue.jobs()
    run("cupsreject", QUEUE)
    try:
        outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    finally:
        run("cupsaccept", QUEUE)
    assert outcome.reason == f'printer "{QUEUE}" is not accepting jobs'
    refused(pdf_queue, outcome, before, data_dir)


def test_a_queue_that_starts_rejecting_during_the_print_is_caught(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path, monkeypatch
):
    """Qt drops CUPS's answer to the job: the thread that painted asks libcups for it."""
    lesson = bundled_library.find(LESSON, "vi")
    real = spooler.printer_for

    def then_reject(*args: Any, **kwargs: Any) -> Any:
        device = real(*args, **kwargs)  # checked and ready: the queue stops taking jobs now
        run("cupsreject", QUEUE)
        return device

    monkeypatch.setattr(spooler, "printer_for", then_reject)
    before = pdf_queue.jobs()
    try:
        outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    finally:
        run("cupsaccept", QUEUE)
    assert outcome.reason == f'printer "{QUEUE}" is not accepting jobs'
    refused(pdf_queue, outcome, before, data_dir)


def test_a_fault_in_the_print_path_is_a_reason_and_the_pdf_is_kept(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path, monkeypatch, caplog
):
    from tests.test_ui_report import sample_report
    from ui.reports.exporter import Exporter

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(spooler, "printer_for", broken)
    lesson = bundled_library.find(LESSON, "vi")
    before = pdf_queue.jobs()
    outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    assert outcome.reason == "the printing failed (ZeroDivisionError)"
    refused(pdf_queue, outcome, before, data_dir)
    assert "ZeroDivisionError: a bug" in caplog.text  # the traceback, for whoever looks after it

    exported = Exporter(data_dir, printer=QUEUE).run("print", sample_report(), "vi", {})
    assert exported.error == "the printing failed (ZeroDivisionError)"
    assert exported.path is not None and exported.path.read_bytes().startswith(b"%PDF")
    assert pdf_queue.jobs() == before


def test_no_printer_and_no_default_is_refused(
    pdf_queue: PdfQueue, qapp, monkeypatch: pytest.MonkeyPatch
):
    for variable in ("LPDEST", "PRINTER"):
        monkeypatch.delenv(variable, raising=False)
    if "system default destination:" in run("lpstat", "-d", check=False).stdout:
        pytest.skip("this machine has a default printer")
    with pytest.raises(PrintError, match="no printer is set up and there is no default printer"):
        find_printer("")


def test_printing_needs_no_lp_command(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path, tmp_path: Path, monkeypatch
):
    """Qt's print system, not the CUPS commands: with no lp or lpstat to be found, it prints."""
    lesson = bundled_library.find(LESSON, "vi")
    before = pdf_queue.jobs()
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    monkeypatch.undo()
    assert outcome.printed, outcome.reason
    pdf_queue.output_of(pdf_queue.new_job(before))


def test_a_print_service_that_is_not_running_is_refused(qapp, monkeypatch: pytest.MonkeyPatch):
    """On a thread of its own, as the kiosk prints: libcups reads CUPS_SERVER once a thread."""
    monkeypatch.setenv("CUPS_SERVER", "/nonexistent/cups.sock")
    raised: list[BaseException] = []

    def check() -> None:
        try:
            find_printer("anything")
        except BaseException as error:
            raised.append(error)

    thread = threading.Thread(target=check)
    thread.start()
    thread.join(60)
    assert len(raised) == 1 and isinstance(raised[0], PrintError)
    assert raised[0].reason == "the print service is not running"


def test_kiosk_print_sends_the_handout_to_the_queue_by_name(pdf_queue: PdfQueue, tmp_path: Path):
    kiosk = str(Path(sys.executable).parent / "kiosk")
    before = pdf_queue.jobs()
    result = subprocess.run(
        [kiosk, "print", LESSON, "--printer", QUEUE, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"sent to printer {QUEUE} (")
    printed = tmp_path / "printed" / "out.pdf"
    printed.parent.mkdir()
    shutil.copy(pdf_queue.output_of(pdf_queue.new_job(before)), printed)
    registry = default_registry()
    expected = {registry.get(channel).url for channel in LESSON_CHANNELS}
    assert decoded_urls(printed) == expected


def test_kiosk_print_to_a_missing_printer_fails_with_the_reason(tmp_path: Path):
    kiosk = str(Path(sys.executable).parent / "kiosk")
    result = subprocess.run(
        [kiosk, "print", LESSON, "--printer", "no-such-printer", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "kiosk print: not printed:" in result.stderr
    assert len(list((tmp_path / "handouts").glob("*.pdf"))) == 1


def test_the_finish_screen_prints_in_the_background(
    pdf_queue: PdfQueue, make_window, qtbot, data_dir: Path
):
    from ui.print_service import PrintService

    service = PrintService(data_dir, QUEUE, "A5")
    window = make_window(printing=service)
    window.show_finish(LESSON)
    before = pdf_queue.jobs()
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.finish.print_button, Qt.MouseButton.LeftButton)
        assert window.message.isVisible()  # "preparing", at once: the screen did not wait
        assert not window.finish.print_button.isEnabled()
    outcome = done.args[0]
    assert outcome.printed
    assert window.message.message.text() == "Đang in. Bác lấy tờ giấy ở máy in nhé."
    assert window.finish.print_button.isEnabled()
    pdf_queue.output_of(pdf_queue.new_job(before))


def test_without_a_printer_the_guide_is_saved_and_the_resident_told(
    make_window, qtbot, data_dir: Path
):
    from ui.print_service import PrintService

    service = PrintService(data_dir, "no-such-printer", "A5")
    window = make_window(printing=service)
    window.show_finish(LESSON)
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.finish.print_button, Qt.MouseButton.LeftButton)
    assert not done.args[0].printed
    assert window.message.message.text().startswith("Máy in chưa sẵn sàng")
    assert list((data_dir / "handouts").glob(f"*-{LESSON}-vi.pdf"))
    qtbot.mouseClick(window.message.ok, Qt.MouseButton.LeftButton)
    assert not window.message.isVisible()
