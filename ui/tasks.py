"""Background work: one runner and one failure policy for every worker (records, printing,
report exports, speech).

A job that raises never ends its worker. `Failure.of` is the policy: an `OSError` (a
read-only or full disk, a stick pulled out) is logged as a warning, anything else as a bug
with its traceback; either way the job's failure comes back typed, and the worker takes the
next job. The service that ran the job turns the failure into the answer its screen already
shows in the person's language: a RecordError, a PrintOutcome that did not print, an Exported
with its error, a sentence that could not be said.

`Worker` runs jobs in order on one thread of its own (started at the first job) and hands
each job's result, or its failure, to the job's callbacks on the GUI thread (records,
printing, report exports). Speech keeps its own loop, a plan replaced as the resident moves
on rather than a queue (ui/speech.py), and shares the policy.
"""

from __future__ import annotations

import errno
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")

# An OSError's errno, said as the records say it (kiosk/records/errors.py codes).
DISK_KEYS = {
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
}


@dataclass(frozen=True)
class Failure:
    """A job that raised instead of answering.

    `key`: "read_only" or "disk_full" (the disk said no), "storage" (another OSError), or
    "fault" (anything else: a bug). `detail` is for the log, in English."""

    key: str
    detail: str

    @property
    def bug(self) -> bool:
        return self.key == "fault"

    @classmethod
    def of(cls, error: BaseException, task: str) -> Failure:
        """The one failure policy: log `error` (raised by `task`) and say what kind it was."""
        if isinstance(error, OSError):
            log.warning("%s: %s", task, error)
            return cls(DISK_KEYS.get(error.errno or 0, "storage"), str(error))
        log.error("%s failed", task, exc_info=error)
        return cls("fault", type(error).__name__)


@dataclass
class _Job(Generic[T]):
    work: Callable[[], T]
    on_done: Callable[[T], None] | None
    on_failed: Callable[[Any], None] | None  # the expected error, or a Failure


class Worker(QObject):
    """Jobs in order on one thread named `name`. An error of the `expected` classes is the
    job's own answer and goes to `on_failed` as it is; any other is a `Failure`."""

    _over = Signal(object, bool, object)  # job, worked, result or failure

    def __init__(
        self,
        name: str,
        expected: tuple[type[Exception], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.expected = expected
        self._jobs: queue.Queue[_Job[Any] | None] = queue.Queue()
        self.worker_thread: threading.Thread | None = None
        self._pending = 0
        self._over.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A job handed over has not been answered yet."""
        return self._pending > 0

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[Any], None] | None = None,
    ) -> None:
        """Run `work()` on the thread; `on_done(result)` or `on_failed(error)` then run on
        the GUI thread."""
        if self.worker_thread is None:
            self.worker_thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            self.worker_thread.start()
        self._pending += 1
        self._jobs.put(_Job(work, on_done, on_failed))

    def close(self, timeout: float = 30) -> None:
        """Finish the jobs handed over, then end the thread (a later job starts a new one)."""
        if self.worker_thread is not None:
            self._jobs.put(None)
            self.worker_thread.join(timeout=timeout)
            self.worker_thread = None

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                result = job.work()
            except self.expected as error:
                self._over.emit(job, False, error)
            except Exception as error:
                self._over.emit(job, False, Failure.of(error, f"{self.name} job"))
            else:
                self._over.emit(job, True, result)

    def _deliver(self, job: _Job[Any], worked: bool, answer: object) -> None:
        self._pending -= 1
        if worked:
            if job.on_done is not None:
                job.on_done(answer)
        elif job.on_failed is not None:
            job.on_failed(answer)
