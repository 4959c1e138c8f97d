"""Printing through a real CUPS scheduler: a handout sent to a cups-pdf queue comes out as a
PDF whose QR codes decode to the lesson's addresses; every way the spooler can refuse a job
gives a reason, and the handout is saved all the same.

The CUPS tests need cups, cups-client and printer-driver-cups-pdf, and root to start `cupsd`
and add a queue. They skip with the reason where that cannot be had, except under CI (the
CI environment variable set), where they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.channels.defaults import default_registry
from kiosk.lessons.model import Library
from tests.conftest import PDF_QUEUE as QUEUE
from tests.cups_server import PdfQueue, run
from ui.printing.spooler import PrintError, print_handout, send_pdf

LESSON = "vneid-install"
LESSON_CHANNELS = {"vneid-android", "vneid-ios", "vneid-web"}  # the VNeID lesson links these


@pytest.fixture
def handout(qapp, bundled_library: Library, tmp_path: Path):
    from ui.printing import write_handout_pdf

    lesson = bundled_library.find(LESSON, "vi")
    assert lesson is not None
    pdf = tmp_path / "handout.pdf"
    write_handout_pdf(pdf, lesson, default_registry(), "vi")
    return lesson, pdf


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


def test_a_handout_printed_on_the_pdf_queue_decodes_to_the_lesson_urls(
    pdf_queue: PdfQueue, handout, tmp_path: Path
):
    lesson, pdf = handout
    registry = default_registry()
    expected = {c.url for c in registry.shown(lesson.channels)}
    assert {c.id for c in registry.shown(lesson.channels)} == LESSON_CHANNELS
    assert all(url.startswith("https://") for url in expected)

    job = send_pdf(pdf, QUEUE, title=lesson.title)
    assert job.startswith(f"{QUEUE}-") and job.rsplit("-", 1)[1].isdigit()

    printed = tmp_path / "printed" / "out.pdf"
    printed.parent.mkdir()
    shutil.copy(pdf_queue.output_of(job), printed)
    assert decoded_urls(printed) == expected


def test_print_handout_saves_the_pdf_then_prints_it(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer=QUEUE)
    assert outcome.printed and outcome.reason == ""
    assert outcome.job.startswith(f"{QUEUE}-")
    assert outcome.pdf.parent == data_dir / "handouts"
    assert outcome.pdf.name.endswith(f"-{LESSON}-vi.pdf") and outcome.pdf.stat().st_size > 0
    pdf_queue.output_of(outcome.job)


def test_an_unknown_printer_is_named_and_the_handout_is_kept(
    pdf_queue: PdfQueue, qapp, bundled_library: Library, data_dir: Path
):
    lesson = bundled_library.find(LESSON, "vi")
    with pytest.raises(PrintError, match="no-such-printer"):
        send_pdf(Path(__file__), "no-such-printer")

    outcome = print_handout(lesson, default_registry(), "vi", data_dir, printer="no-such-printer")
    assert not outcome.printed and outcome.job == ""
    assert "no-such-printer" in outcome.reason
    assert outcome.pdf.is_file() and outcome.pdf.read_bytes().startswith(b"%PDF")
    assert outcome.pdf.parent == data_dir / "handouts"


def test_a_stopped_queue_is_refused(pdf_queue: PdfQueue, handout):
    _, pdf = handout
    run("cupsdisable", QUEUE)
    try:
        with pytest.raises(PrintError, match="stopped"):
            send_pdf(pdf, QUEUE)
    finally:
        run("cupsenable", QUEUE)


def test_a_queue_that_rejects_jobs_is_refused(pdf_queue: PdfQueue, handout):
    _, pdf = handout
    run("cupsreject", QUEUE)
    try:
        with pytest.raises(PrintError, match="not accepting"):
            send_pdf(pdf, QUEUE)
    finally:
        run("cupsaccept", QUEUE)


def test_no_printer_and_no_default_is_refused(
    pdf_queue: PdfQueue, handout, monkeypatch: pytest.MonkeyPatch
):
    _, pdf = handout
    for variable in ("LPDEST", "PRINTER"):
        monkeypatch.delenv(variable, raising=False)
    if "system default destination:" in run("lpstat", "-d", check=False).stdout:
        pytest.skip("this machine has a default printer")
    with pytest.raises(PrintError, match="no default printer"):
        send_pdf(pdf, "")


def test_without_a_cups_client_printing_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    with pytest.raises(PrintError, match="no print service is installed"):
        send_pdf(Path(__file__), "anything")


@pytest.mark.skipif(shutil.which("lp") is None, reason="needs the CUPS client (cups-client)")
def test_a_print_service_that_is_not_running_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CUPS_SERVER", "/nonexistent/cups.sock")
    with pytest.raises(PrintError, match="print service is not running"):
        send_pdf(Path(__file__), "anything")


def test_kiosk_print_sends_the_handout_to_the_queue_by_name(pdf_queue: PdfQueue, tmp_path: Path):
    kiosk = str(Path(sys.executable).parent / "kiosk")
    result = subprocess.run(
        [kiosk, "print", LESSON, "--printer", QUEUE, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    job = result.stdout.split("printed as job ")[1].split()[0]
    printed = tmp_path / "printed" / "out.pdf"
    printed.parent.mkdir()
    shutil.copy(pdf_queue.output_of(job), printed)
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
    with qtbot.waitSignal(service.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.finish.print_button, Qt.MouseButton.LeftButton)
        assert window.message.isVisible()  # "preparing", at once: the screen did not wait
        assert not window.finish.print_button.isEnabled()
    outcome = done.args[0]
    assert outcome.printed
    assert window.message.message.text() == "Đang in. Bác lấy tờ giấy ở máy in nhé."
    assert window.finish.print_button.isEnabled()
    pdf_queue.output_of(outcome.job)


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
