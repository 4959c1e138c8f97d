"""Printing the kiosk's sheets through Qt's print system (QPrinter), with no widgets.

- `find_printer(name="")` the printer to print on (the named queue, or the system's default
  when the name is empty), or `PrintError` with a short English reason: no printer and no
  default, no printer of that name, the print service not running, a stopped printer, a
  printer that refuses jobs.
- `print_pages(paint, printer="", title="", paper="A4", copies=1)` has `paint` draw the pages
  on that printer (`paint` is a sheet's renderer: ui/printing/sheets.py, ui/reports/pdf.py) and
  returns the printer's name, or raises `PrintError`, also for a job the printer did not take.
- `print_handout(lesson, registry, language, data_dir, printer="")` saves the handout under
  `data_dir/handouts/` first, so that it is never lost, then prints it; the `PrintOutcome`
  says whether it printed, on which printer, and where the PDF is for the facilitator when it
  did not. A fault in the print path is a reason too: the saved PDF is still handed over.

The PDF kept on disk and the printed pages are the same drawing: the renderer that writes the
PDF (on a QPdfWriter) paints the printer's pages, in vectors, at the same resolution, paper
and margins (`sheets.page_layout`). Qt gives no job id: the outcome names the printer.

Both block for up to a few seconds: call them from a background thread. Qt allows painting on
a QPrinter outside the GUI thread ("Thread-Support in Qt Modules: Painting in Threads"), and
QPrinterInfo asks the print service, which may be slow to answer.

On Linux Qt prints through CUPS (its CUPS plugin, libcups). Qt does not say that a queue
refuses jobs (`cupsreject`), and drops CUPS's answer to the job, so ui/printing/cups.py asks
libcups for those two. A missing queue is refused here before Qt could fall back to another.

Windows was not tried. The same calls print through the Windows spooler there: the printer
names are those of the Windows printer settings, a paused or faulty printer should show as
QPrinterInfo's Error state, and a job the spooler refuses as a failed QPainter.end(); whether
a printer refuses jobs is not known before printing. Copies: CUPS receives one job with
`copies=n`; on Windows Qt passes the count to the driver.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPagedPaintDevice, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.printing.cups import IPP_NOT_ACCEPTING_JOBS, IPP_OK_LAST, libcups
from ui.printing.sheets import CREATOR, RESOLUTION, page_layout
from ui.tasks import Failure

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from kiosk.lessons.model import Lesson

log = logging.getLogger(__name__)

HANDOUTS = "handouts"
STOPPED = (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)

Paint = Callable[[QPagedPaintDevice], int]  # draws the pages, returns their count


class PrintError(Exception):
    """The printer did not take the job; `reason` is a short English sentence fragment."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    printer: str  # the printer (queue) it was sent to, "" when not printed
    pdf: Path  # always written, printed or not
    reason: str  # why it did not print, "" when it did


def _service_down() -> bool:
    cups = libcups()
    return cups is not None and not cups.running()


def find_printer(name: str = "") -> QPrinterInfo:
    """The printer `name` (the system's default when ""), ready to take a job."""
    wanted = name or QPrinterInfo.defaultPrinterName()
    if not wanted:
        if _service_down():
            raise PrintError("the print service is not running")
        raise PrintError("no printer is set up and there is no default printer")
    info = QPrinterInfo.printerInfo(wanted)
    if info.isNull():
        if _service_down():
            raise PrintError("the print service is not running")
        raise PrintError(f'there is no printer named "{wanted}"')
    if info.state() in STOPPED:
        raise PrintError(f'printer "{wanted}" is stopped')
    cups = libcups()
    if cups is not None and cups.accepting(wanted) is False:
        raise PrintError(f'printer "{wanted}" is not accepting jobs')
    return info


def printer_for(info: QPrinterInfo, paper: str, title: str, copies: int) -> QPrinter:
    """A QPrinter on `info` laid out as the PDF is: `paper` portrait, the same margins, the
    same resolution (so that the text wraps and the pages break where they do in the PDF)."""
    device = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    name = info.printerName()
    if device.outputFormat() != QPrinter.OutputFormat.NativeFormat or device.printerName() != name:
        raise PrintError(f'printer "{name}" cannot be used')
    layout = page_layout(paper)
    device.setResolution(RESOLUTION)
    device.setFullPage(False)
    if not device.setPageLayout(layout):  # the paper or the margins are not the printer's
        device.setPageSize(layout.pageSize())
        device.setPageMargins(layout.margins(), QPageLayout.Unit.Millimeter)
        log.warning(
            "printer %s: %s with %s mm margins (not %s with %s mm)",
            name,
            device.pageLayout().pageSize().key(),
            device.pageLayout().margins(QPageLayout.Unit.Millimeter),
            paper,
            layout.margins(),
        )
    device.setDocName(title)
    device.setCreator(CREATOR)
    device.setCopyCount(max(1, copies))
    return device


def print_pages(
    paint: Paint, printer: str = "", title: str = "", paper: str = "A4", copies: int = 1
) -> str:
    """Print `copies` of the pages `paint` draws on `printer` (the system default when "");
    returns the printer's name."""
    info = find_printer(printer)
    name = info.printerName()
    device = printer_for(info, paper, title, copies)
    paint(device)  # the renderer begins and ends its QPainter: the job is sent at its end
    if device.printerState() in STOPPED:
        raise PrintError(f'printer "{name}" did not take the job')
    cups = libcups()
    if cups is not None:  # Qt's CUPS plugin dropped the answer: this thread's last request
        status, words = cups.last_error()
        if status == IPP_NOT_ACCEPTING_JOBS:
            raise PrintError(f'printer "{name}" is not accepting jobs')
        if status > IPP_OK_LAST:
            raise PrintError(f'printer "{name}" did not take the job: {words}')
    return name


def handout_path(
    data_dir: Path, lesson_id: str, language: str, now: datetime.datetime | None = None
) -> Path:
    """A new file `data_dir/handouts/<YYYYmmdd-HHMMSS>-<lesson>-<language>.pdf`."""
    folder = data_dir / HANDOUTS
    folder.mkdir(parents=True, exist_ok=True)
    return new_pdf_path(folder, f"{lesson_id}-{language}", now)


def new_pdf_path(folder: Path, name: str, now: datetime.datetime | None = None) -> Path:
    """A PDF in `folder` named `<YYYYmmdd-HHMMSS>-<name>.pdf` that is not there yet (two
    prints in the same second: `-2`, `-3`...)."""
    stem = f"{(now or datetime.datetime.now()):%Y%m%d-%H%M%S}-{name}"
    path, n = folder / f"{stem}.pdf", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.pdf"
    return path


def print_handout(
    lesson: Lesson,
    registry: ChannelRegistry,
    language: str,
    data_dir: Path,
    printer: str = "",
    paper: str = "A5",
    now: datetime.datetime | None = None,
    copies: int = 1,
) -> PrintOutcome:
    """Save the lesson's handout under `data_dir/handouts/`, then print `copies` of it (one
    file however many copies: a class's handouts kept together when no printer takes them)."""
    from ui.printing.sheets import render_handout, write_handout_pdf

    now = now or datetime.datetime.now()
    pdf = handout_path(data_dir, lesson.id, language, now)
    write_handout_pdf(pdf, lesson, registry, language, paper=paper, today=now.date())

    def paint(device: QPagedPaintDevice) -> int:
        return render_handout(device, lesson, registry, language, now.date())

    return print_saved(pdf, paint, printer, title=lesson.title, paper=paper, copies=copies)


def print_saved(
    pdf: Path,
    paint: Paint,
    printer: str,
    *,
    title: str,
    paper: str,
    copies: int = 1,
) -> PrintOutcome:
    """Print the pages of `pdf`, already saved, by painting them again (`print_pages`): what
    came of it, the PDF kept whatever happens. A fault in the print path is logged and said."""
    try:
        name = print_pages(paint, printer, title=title, paper=paper, copies=copies)
    except PrintError as error:
        return PrintOutcome(printed=False, printer="", pdf=pdf, reason=error.reason)
    except Exception as error:  # a fault in the print path: logged; the PDF is kept all the same
        failure = Failure.of(error, "print")
        return PrintOutcome(False, "", pdf, f"the printing failed ({failure.detail})")
    return PrintOutcome(printed=True, printer=name, pdf=pdf, reason="")
