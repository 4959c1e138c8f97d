"""Sending finished PDFs to a printer through the system's print spooler, with no widgets.

- `send_pdf(pdf, printer="")` hands one PDF to a print queue (the named one, or the system
  default when the name is empty) and returns the spooler's job id, or raises `PrintError`
  with a short English reason: no print service, no printer, an unknown queue, a stopped
  queue, a queue that refuses jobs, or a job the spooler would not take.
- `print_handout(lesson, registry, language, data_dir, printer="")` saves the handout under
  `data_dir/handouts/` first, so it is never lost, then sends it; the `PrintOutcome` says
  whether it printed, and where the PDF is for the facilitator when it did not.

Both block for up to a few seconds per spooler command: call them from a background thread.

On Linux (and other systems with a CUPS client) this uses `lpstat` and `lp`. Windows has no
`lp`: printing there is not supported yet, and `send_pdf` says so with a `PrintError`.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from kiosk.lessons.model import Lesson

TIMEOUT = 20  # seconds for each spooler command
HANDOUTS = "handouts"


class PrintError(Exception):
    """The spooler did not take the job; `reason` is a short English sentence fragment."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    job: str  # the spooler's job id, "" when not printed
    pdf: Path  # always written, printed or not
    reason: str  # why it did not print, "" when it did


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANG="C", LC_ALL="C")  # English messages, so that they parse
    try:
        return subprocess.run(
            list(command), capture_output=True, text=True, timeout=TIMEOUT, env=env
        )
    except subprocess.TimeoutExpired as error:
        raise PrintError("the print service did not answer") from error
    except OSError as error:
        raise PrintError(f"the print service could not be started ({error.strerror})") from error


def _failure(result: subprocess.CompletedProcess[str], printer: str) -> PrintError:
    """The reason behind a failed `lpstat`."""
    text = (result.stderr + result.stdout).lower()
    if "scheduler is not running" in text or "unable to connect" in text:
        return PrintError("the print service is not running")
    if "invalid destination" in text or "unknown destination" in text or "not found" in text:
        return PrintError(f'there is no printer named "{printer}"')
    message = (result.stderr or result.stdout).strip().splitlines()
    return PrintError(message[0] if message else f'printer "{printer}" cannot be checked')


def default_printer() -> str:
    """The system's default queue, or "" when there is none."""
    result = _run("lpstat", "-d")
    match = re.search(r"system default destination:\s*(\S+)", result.stdout)
    if match:
        return match.group(1)
    if result.returncode != 0:
        raise _failure(result, "")
    return ""


def check_printer(printer: str) -> None:
    """Raise `PrintError` unless the queue exists, is enabled and accepts jobs."""
    status = _run("lpstat", "-p", printer)
    if status.returncode != 0 or not status.stdout.strip():
        raise _failure(status, printer)
    if re.search(rf"^printer {re.escape(printer)} disabled", status.stdout, re.MULTILINE):
        raise PrintError(f'printer "{printer}" is stopped')
    accepting = _run("lpstat", "-a", printer)
    if accepting.returncode != 0 or not accepting.stdout.strip():
        raise _failure(accepting, printer)
    if re.search(rf"^{re.escape(printer)} not accepting", accepting.stdout, re.MULTILINE):
        raise PrintError(f'printer "{printer}" is not accepting jobs')


def send_pdf(
    pdf: Path, printer: str = "", title: str = "", media: str = "", copies: int = 1
) -> str:
    """Print `copies` of `pdf` on `printer` (the system default when "") and return the job
    id."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        if sys.platform.startswith("win"):
            raise PrintError("printing on this system is not supported yet")
        raise PrintError("no print service is installed (CUPS)")
    if not pdf.is_file():
        raise PrintError(f"the file to print is missing: {pdf}")
    if "scheduler is running" not in _run("lpstat", "-r").stdout:
        raise PrintError("the print service is not running")
    name = printer or default_printer()
    if not name:
        raise PrintError("no printer is set up and there is no default printer")
    check_printer(name)
    paper = ["-o", f"media={media}"] if media else []
    count = ["-n", str(copies)] if copies > 1 else []
    result = _run("lp", "-d", name, "-t", title or pdf.stem, *paper, *count, "--", str(pdf))
    match = re.search(r"request id is (\S+)", result.stdout)
    if result.returncode != 0 or not match:
        message = (result.stderr or result.stdout).strip().splitlines()
        detail = message[0].removeprefix("lp: ") if message else "no job id"
        raise PrintError(f'printer "{name}" did not take the job: {detail}')
    return match.group(1)


def handout_path(
    data_dir: Path, lesson_id: str, language: str, now: datetime.datetime | None = None
) -> Path:
    """A new file `data_dir/handouts/<YYYYmmdd-HHMMSS>-<lesson>-<language>.pdf`."""
    folder = data_dir / HANDOUTS
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{(now or datetime.datetime.now()):%Y%m%d-%H%M%S}-{lesson_id}-{language}"
    path, n = folder / f"{stem}.pdf", 1
    while path.exists():  # two prints in the same second
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
    from ui.printing.sheets import write_handout_pdf  # Qt only once something is printed

    now = now or datetime.datetime.now()
    pdf = handout_path(data_dir, lesson.id, language, now)
    write_handout_pdf(pdf, lesson, registry, language, paper=paper, today=now.date())
    try:
        job = send_pdf(pdf, printer, title=lesson.title, media=paper, copies=copies)
    except PrintError as error:
        return PrintOutcome(printed=False, job="", pdf=pdf, reason=error.reason)
    return PrintOutcome(printed=True, job=job, pdf=pdf, reason="")
