"""Saving a report as CSV, XLSX or PDF, and printing it, off the GUI thread.

Files go to a USB stick when one is mounted (a writable mount under /media or /run/media),
otherwise to `<data_dir>/reports/`; what comes back says which, so that the screen can tell
the facilitator where the file went. A print is saved under `<data_dir>/reports/` first, so
that it is never lost, then the same pages are painted on the printer of the settings, through
Qt's print system (ui/printing/spooler.py). Files saved on the kiosk for want of a stick are
copied to one later with `copy_to_stick` (ui.facilitator.report_files watches for the stick).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk import drives
from kiosk.reports.model import Report
from ui.tasks import Failure, Worker

log = logging.getLogger(__name__)

# Where to look for sticks: None for the system's own way (kiosk/drives.py: removable drives on
# Windows, /media and /run/media on Linux); folders to look under instead (tests).
USB_ROOTS: tuple[Path, ...] | None = None
REPORTS = "reports"
KINDS = ("csv", "xlsx", "pdf", "print")
FILE_PREFIX = {"vi": "bao-cao", "en": "report"}


def usb_folders(roots: tuple[Path, ...] | None = None) -> list[Path]:
    """The writable USB sticks, in name order (kiosk/drives.py): removable drives on
    Windows, mounted folders one or two levels under /media or /run/media on Linux; or,
    given `roots`, mounted folders one or two levels under those. A mere folder under
    /media is not a stick."""
    return drives.usb_folders(USB_ROOTS if roots is None else roots)


def export_folder(data_dir: Path, roots: tuple[Path, ...] | None = None) -> tuple[Path, bool]:
    """Where exports go now, and whether that is a USB stick."""
    sticks = usb_folders(roots)
    if sticks:
        return sticks[0], True
    return data_dir / REPORTS, False


@dataclass(frozen=True)
class Copied:
    """Files copied to a stick: the copies written, and why the rest were not ("" if none)."""

    stick: Path
    sources: tuple[Path, ...]  # the files on the kiosk that were copied
    error: str = ""


def copy_to_stick(files: tuple[Path, ...], stick: Path) -> Copied:
    """Copy `files` into the top of `stick`, each written to a hidden name, flushed to the
    stick, then renamed: a stick pulled out half-way never holds half a report under its
    real name. Stops at the first failure."""
    done: list[Path] = []
    for source in files:
        target = stick / source.name
        partial = stick / f".{source.name}.tmp"
        try:
            shutil.copyfile(source, partial)
            with open(partial, "rb+") as written:
                os.fsync(written.fileno())
            os.replace(partial, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            return Copied(stick, tuple(done), f"cannot copy {source.name} to {stick}: {error}")
        done.append(source)
    with contextlib.suppress(OSError):  # the new names too (not on every file system)
        folder = os.open(stick, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return Copied(stick, tuple(done))


def file_name(report: Report, language: str, extension: str) -> str:
    """ "bao-cao_2026-10-01_2026-12-31.pdf": plain letters, sorted by date in a folder."""
    prefix = FILE_PREFIX.get(language, "report")
    query = report.query
    return f"{prefix}_{query.start.isoformat()}_{query.end.isoformat()}.{extension}"


@dataclass(frozen=True)
class Exported:
    kind: str  # csv, xlsx, pdf or print
    path: Path | None  # the file written (None when even that failed)
    usb: bool  # the file is on a USB stick
    error: str = ""  # why it failed, in English for the log; "" when it worked
    missing: bool = False  # this kind of export is not available in this version


Writer = Callable[[Report, Path, str], object]


def _writer(kind: str, lesson_titles: Mapping[str, str]) -> Writer:
    """How to write one kind of file; lessons are named by their titles where known."""
    write: Callable[[Report, Path, str, Mapping[str, str] | None], object]
    if kind in ("pdf", "print"):
        from ui.reports.pdf import write_report_pdf as write
    else:
        from kiosk.reports import exports  # CSV and XLSX have no Qt

        write = exports.write_csv if kind == "csv" else exports.write_xlsx
    return lambda report, path, language: write(report, path, language, lesson_titles)


class Exporter(QObject):
    """One export at a time, on a thread of its own; `finished(Exported)` on the GUI thread."""

    finished = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        printer: str = "",
        roots: tuple[Path, ...] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.printer = printer
        self.roots = roots
        self.busy = False
        # Prints the saved PDF on a printer (the report painted on it); tests give a fake.
        self.send: Callable[[Path, str], object] | None = None
        self._worker = Worker("report-export", parent=self)

    def start(
        self,
        kind: str,
        report: Report,
        language: str,
        lesson_titles: Mapping[str, str] | None = None,
    ) -> bool:
        """Begin an export; False when one is under way."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if self.busy:
            return False
        self.busy = True
        titles = dict(lesson_titles or {})
        self._worker.submit(
            lambda: self.run(kind, report, language, titles),
            self._over,
            lambda failure: self._over(self._failed(kind, failure)),
        )
        return True

    def run(
        self, kind: str, report: Report, language: str, lesson_titles: Mapping[str, str]
    ) -> Exported:
        """The export itself (on the calling thread)."""
        if kind == "print":
            folder, usb = self.data_dir / REPORTS, False
        else:
            folder, usb = export_folder(self.data_dir, self.roots)
        path = folder / file_name(report, language, "pdf" if kind == "print" else kind)
        try:
            write = _writer(kind, lesson_titles)
        except ImportError as error:
            return Exported(kind, None, usb, f"not available: {error}", missing=True)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write(report, path, language)
        except OSError as error:
            return Exported(kind, None, usb, f"cannot write {path}: {error}")
        if kind == "print":
            return self._print(path, report, language, lesson_titles)
        return Exported(kind, path, usb)

    def _print(
        self, pdf: Path, report: Report, language: str, lesson_titles: Mapping[str, str]
    ) -> Exported:
        """Print the report saved at `pdf`: the same drawing, painted on the printer."""
        import datetime

        from PySide6.QtGui import QPagedPaintDevice

        from ui.printing.spooler import PrintError, print_pages
        from ui.reports.pdf import pdf_title, render_report

        today = datetime.date.today()

        def paint(device: QPagedPaintDevice) -> int:
            return render_report(device, report, language, today, lesson_titles)

        title = pdf_title(report, language)
        send = self.send or (lambda _pdf, printer: print_pages(paint, printer, title, "A4"))
        try:
            send(pdf, self.printer)
        except PrintError as error:
            return Exported("print", pdf, False, error.reason)
        except Exception as error:  # a fault in the print path: logged; the PDF is kept
            return Exported(
                "print", pdf, False, f"the printing failed ({Failure.of(error, 'print').detail})"
            )
        return Exported("print", pdf, False)

    @staticmethod
    def _failed(kind: str, failure: Failure) -> Exported:
        """An export that raised (logged by ui/tasks.py): said on the screen, the panel
        carries on."""
        return Exported(kind, None, False, failure.detail)

    def _over(self, outcome: Exported) -> None:
        if outcome.error:
            log.warning("report %s: %s", outcome.kind, outcome.error)
        self.busy = False
        self.finished.emit(outcome)
