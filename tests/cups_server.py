"""A CUPS scheduler with a PDF printer queue for the printing tests.

`start_pdf_queue(name)` makes sure `cupsd` runs (starting one in the foreground when none
does, which needs root), then adds a cups-pdf queue whose files land in a directory of its
own under /var/spool/cups-pdf (the one place cups-pdf may write to under AppArmor as well).
Needs the Debian packages cups, cups-client and printer-driver-cups-pdf.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
SPOOL = Path("/var/spool/cups-pdf")
CONF_DIR = Path("/etc/cups")
TOOLS = ("cupsd", "lpadmin", "lpstat", "lp", "cupsenable", "cupsaccept", "cupsdisable")
ENV = dict(os.environ, LANG="C", LC_ALL="C")


class CupsUnavailable(Exception):
    """Why no CUPS PDF queue can be had on this machine."""


def run(*command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, env=ENV)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: {result.stderr.strip() or result.stdout}")
    return result


def scheduler_running() -> bool:
    return "scheduler is running" in run("lpstat", "-r", check=False).stdout


@dataclass
class PdfQueue:
    name: str
    out_dir: Path  # where cups-pdf writes job_<number>-<title>.pdf
    conf: Path
    cupsd: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def jobs(self) -> set[str]:
        """The ids ("queue-12") of every job this queue has had, done or not."""
        listing = run("lpstat", "-W", "all", "-o", self.name, check=False).stdout
        return set(re.findall(rf"^({re.escape(self.name)}-\d+)\s", listing, re.MULTILINE))

    def new_job(self, before: set[str]) -> str:
        """The one job the queue received since `before` (its `jobs()` then): Qt's print
        system gives no job id, so the tests find it on the queue."""
        new = self.jobs() - before
        assert len(new) == 1, f"expected one new job on {self.name}, found {sorted(new)}"
        return new.pop()

    def output_of(self, job: str, timeout: float = 30) -> Path:
        """The PDF that job `job` ("queue-12") produced, once the job is done."""
        number = job.rsplit("-", 1)[-1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pending = run("lpstat", "-W", "not-completed", "-o", self.name, check=False).stdout
            done = not re.search(rf"^{re.escape(job)}\s", pending, re.MULTILINE)
            files = sorted(self.out_dir.glob(f"job_{number}-*.pdf"))
            if done and files and files[0].stat().st_size > 0:
                return files[0]
            time.sleep(0.25)
        listing = sorted(p.name for p in self.out_dir.iterdir())
        raise AssertionError(
            f"job {job} left no PDF in {self.out_dir} after {timeout} s: {listing}"
        )

    def stop(self) -> None:
        run("lpadmin", "-x", self.name, check=False)
        self.conf.unlink(missing_ok=True)
        shutil.rmtree(self.out_dir, ignore_errors=True)
        if self.cupsd is not None:
            self.cupsd.terminate()
            try:
                self.cupsd.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.cupsd.kill()
                self.cupsd.wait()


def start_pdf_queue(name: str) -> PdfQueue:
    """A ready PDF queue `name` (enabled, accepting); raises CupsUnavailable with the reason."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise CupsUnavailable(f"CUPS is not installed (missing {', '.join(missing)})")
    if not PPD.is_file() or not BACKEND.exists():
        raise CupsUnavailable("the cups-pdf printer driver (printer-driver-cups-pdf) is missing")
    if os.geteuid() != 0:
        raise CupsUnavailable("setting up a CUPS PDF queue needs root")

    cupsd = None
    if not scheduler_running():
        cupsd = subprocess.Popen(
            ["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 15
        while not scheduler_running():
            if cupsd.poll() is not None or time.monotonic() > deadline:
                with contextlib.suppress(ProcessLookupError):
                    cupsd.kill()
                raise CupsUnavailable(f"cupsd did not start (exit status {cupsd.poll()})")
            time.sleep(0.2)

    instance = f"{name}-{os.getpid()}"
    out_dir = SPOOL / instance
    conf = CONF_DIR / f"cups-pdf-{instance}.conf"  # cups-pdf:/<instance> reads this file
    queue = PdfQueue(name, out_dir, conf, cupsd)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        out_dir.chmod(0o1777)
        conf.write_text(f"Out {out_dir}\nAnonDirName {out_dir}\nLabel 1\nGrp lpadmin\n")
        run("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{instance}", "-P", str(PPD))
        run("cupsenable", name)
        run("cupsaccept", name)
    except (OSError, RuntimeError) as error:
        queue.stop()
        raise CupsUnavailable(f"the PDF queue could not be set up: {error}") from error
    return queue
