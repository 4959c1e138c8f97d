"""Where a report's files went, said in words, and their copy to a USB stick that comes later.

With no stick, an export is saved in the kiosk's reports folder (`ui.reports.exporter`); the
report page says so in words ("the kiosk's reports folder", never a folder path) and keeps the
file in `waiting`. While files wait and the page is on screen, `ReportFiles` looks for a stick
every two seconds and each time the page is shown; when one is there the page offers "Copy to
USB", and a touch copies the waiting files to it on a thread of its own.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ui.reports.exporter import Copied, Exported, copy_to_stick, usb_folders

log = logging.getLogger(__name__)

POLL_MS = 2000  # how often to look for a stick while files wait
BREAK = "\u200b"  # lets a long file name wrap after its _ and -


def breakable(text: str) -> str:
    for mark in "/_-":
        text = text.replace(mark, mark + BREAK)
    return text


class ReportFiles(QObject):
    """The files saved on the kiosk for want of a stick, the stick when one comes, the copy.

    `stick_changed` when a stick comes or goes while files wait; `copied(Copied)` on the GUI
    thread when a copy is over."""

    stick_changed = Signal()
    copied = Signal(object)
    _copy_over = Signal(object)  # from the copying thread

    def __init__(self, roots: tuple[Path, ...] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.roots = roots
        self.waiting: list[Path] = []
        self.stick: Path | None = None
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self._copy_over.connect(self._copy_done)

    def keep(self, outcome: Exported) -> None:
        """An export is over: a file saved on the kiosk waits for a stick."""
        if outcome.path is not None and not outcome.usb and outcome.path not in self.waiting:
            self.waiting.append(outcome.path)
            self.check()

    def watch(self, on: bool) -> None:
        """Look for a stick while the page is on screen (and at once when it comes up)."""
        if on:
            self.timer.start()
            self.check()
        else:
            self.timer.stop()

    def check(self) -> None:
        stick = None
        if self.waiting:
            sticks = usb_folders(self.roots)
            stick = sticks[0] if sticks else None
        if stick != self.stick:
            self.stick = stick
            self.stick_changed.emit()

    def can_copy(self) -> bool:
        return bool(self.waiting) and self.stick is not None and not self.busy

    def copy(self) -> bool:
        """Copy the waiting files to the stick; False when that cannot start now."""
        if not self.can_copy() or self.stick is None:
            return False
        self.busy = True
        files, stick = tuple(self.waiting), self.stick
        threading.Thread(
            target=self._run, args=(files, stick), name="report-copy", daemon=True
        ).start()
        return True

    def _run(self, files: tuple[Path, ...], stick: Path) -> None:
        try:
            outcome = copy_to_stick(files, stick)
        except Exception as error:  # a bug: said on the screen, the panel carries on
            log.exception("copying reports to a stick failed")
            outcome = Copied(stick, (), type(error).__name__)
        self._copy_over.emit(outcome)

    def _copy_done(self, outcome: Copied) -> None:
        self.busy = False
        if outcome.error:
            log.warning("report copy: %s", outcome.error)
        self.waiting = [path for path in self.waiting if path not in outcome.sources]
        self.check()
        self.copied.emit(outcome)

    # -- what to say ---------------------------------------------------------------------
    def what(self, kind: str) -> str:
        """The kind of file, in words."""
        if kind == "csv":
            return self.tr("CSV spreadsheet")
        if kind == "xlsx":
            return self.tr("Excel spreadsheet")
        return self.tr("PDF report")

    def describe(self, outcome: Exported) -> str:
        """Where an export went, or why it did not."""
        what = self.what(outcome.kind)
        if outcome.missing:
            return self.tr("This kiosk cannot save this kind of file yet: {what}.").format(
                what=what
            )
        if outcome.path is None:
            if outcome.usb:
                text = self.tr(
                    "The {what} could not be saved. Is the USB stick full or locked? "
                    "Try again, or tell the person who looks after the kiosk."
                )
            else:
                text = self.tr(
                    "The {what} could not be saved on the kiosk. Try again, or tell the "
                    "person who looks after the kiosk."
                )
            return text.format(what=what)
        if outcome.kind == "print":
            if outcome.error:
                return self.tr(
                    "The printer did not take the report. It is saved in the kiosk's reports "
                    "folder."
                )
            return self.tr("Sent to the printer. A copy is saved in the kiosk's reports folder.")
        if outcome.usb:
            text = self.tr("The {what} is saved on the USB stick {stick}, as {name}.")
            return text.format(
                what=what, stick=outcome.path.parent.name, name=breakable(outcome.path.name)
            )
        return self.tr(
            "The {what} is saved in the kiosk's reports folder. Plug in a USB stick to copy "
            "it there."
        ).format(what=what)

    def describe_copy(self, outcome: Copied) -> str:
        if outcome.error:
            return self.tr(
                "Could not copy to the USB stick {stick}. Is it full or locked? Try again."
            ).format(stick=outcome.stick.name)
        return self.tr(
            "Copied to the USB stick {stick}. Files copied: {n}. You can take the stick out now."
        ).format(stick=outcome.stick.name, n=len(outcome.sources))

    def copying_text(self) -> str:
        return self.tr("Copying to the USB stick…")

    def copy_button_text(self) -> str:
        return self.tr("Copy to USB")
