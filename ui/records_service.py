"""Every database operation on one background thread; results come back as signals.

Screens never touch the store: they hand a function of the store to `call`, and get its
result (or a RecordError, already in words for the person) back on the GUI thread. One thread
means SQLite access is serialised and the GUI never waits on a disk.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.records.errors import RecordError

if TYPE_CHECKING:
    from kiosk.records.store import RecordStore  # sqlite-utils: loaded on the records thread

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class _Job:
    work: Callable[[RecordStore], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[RecordError], None] | None
    changes: str


class RecordsService(QObject):
    """`changed(what)` follows every successful write ("people", "sessions", "attendance",
    "support", "completions"), so that each screen decides whether to refresh."""

    changed = Signal(str)
    failed = Signal(object)  # a RecordError that no caller handled
    _finished = Signal(object, object, object)  # job, result, error

    def __init__(self, open_store: Callable[[], RecordStore], parent: QObject | None = None):
        super().__init__(parent)
        self._open_store = open_store
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._finished.connect(self._deliver)

    def call(
        self,
        work: Callable[[RecordStore], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[RecordError], None] | None = None,
        changes: str = "",
    ) -> None:
        """Run `work(store)` on the records thread; `on_done(result)` or `on_error(error)`
        then run on the GUI thread. A write is committed before `on_done` runs."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="records", daemon=True)
            self._thread.start()
        self._pending += 1
        self._jobs.put(_Job(work, on_done, on_error, changes))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def close(self) -> None:
        """Finish what was handed over, then close the database."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        store: RecordStore | None = None
        open_error: RecordError | None = None
        try:
            store = self._open_store()
        except RecordError as error:
            open_error = error
        while True:
            job = self._jobs.get()
            if job is None:
                break
            if store is None:
                assert open_error is not None
                self._finished.emit(job, None, open_error)
                continue
            try:
                result = job.work(store)
            except RecordError as error:
                self._finished.emit(job, None, error)
            except Exception as error:  # a bug: say so, keep the thread alive
                log.exception("records job failed")
                self._finished.emit(job, None, RecordError("storage", detail=type(error).__name__))
            else:
                self._finished.emit(job, result, None)
        if store is not None:
            store.close()

    def _deliver(self, job: _Job, result: object, error: RecordError | None) -> None:
        self._pending -= 1
        if error is not None:
            if job.on_error is not None:
                job.on_error(error)
            else:
                self.failed.emit(error)
            return
        if job.changes:
            self.changed.emit(job.changes)
        if job.on_done is not None:
            job.on_done(result)
