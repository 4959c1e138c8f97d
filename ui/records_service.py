"""Every database operation on one background thread; results come back as signals.

Screens never touch the store: they `submit` a named operation (kiosk/records/operations.py)
and get its typed result (or a RecordError, already in words for the person) back on the GUI
thread. One thread means SQLite access is serialised and the GUI never waits on a disk.

A screen that asks again before the answer comes (a page turned, a name typed on, a resident
gone) passes its `Turn`: an answer to a question asked under an older turn is dropped here,
in one place. (`call` runs a plain function of the store: for the start-up jobs of ui/app.py.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.records.errors import RecordError
from ui.tasks import Failure, Worker

if TYPE_CHECKING:
    import threading

    from kiosk.records.operations import Operation
    from kiosk.records.store import RecordStore  # sqlite-utils: loaded on the records thread

log = logging.getLogger(__name__)

T = TypeVar("T")


def record_error(failure: Failure) -> RecordError:
    """A job's failure (ui/tasks.py) as the records say it: read-only, disk full, or not
    saved (with the error's kind for a bug)."""
    if failure.key in ("read_only", "disk_full"):
        return RecordError(failure.key)
    return RecordError("storage", detail=failure.detail)


class Turn:
    """Whose turn an answer is for. Submitting under a turn moves it on; so does `move_on`,
    when a screen moves on without asking (the text changed, the resident left). Only the
    answer to the newest question asked under a turn reaches its screen."""

    def __init__(self) -> None:
        self.count = 0

    def move_on(self) -> int:
        self.count += 1
        return self.count


class RecordsService(QObject):
    """`changed(what)` follows every successful write ("people", "sessions", "attendance",
    "support", "completions"), so that each screen decides whether to refresh.

    The records open at the first job, on the records thread; when they cannot (a read-only
    or full disk, a damaged file, a bug), every job is answered with that RecordError."""

    changed = Signal(str)
    failed = Signal(object)  # a RecordError that no caller handled

    def __init__(self, open_store: Callable[[], RecordStore], parent: QObject | None = None):
        super().__init__(parent)
        self._open_store = open_store
        self._worker = Worker("records", expected=(RecordError,), parent=self)
        self._store: RecordStore | None = None  # used on the records thread only
        self._open_error: RecordError | None = None
        # Run on the records thread as they close, on the open store (the last time seen):
        # a job handed over after close() would open them again, checks and all.
        self.at_close: list[Callable[[RecordStore], object]] = []

    def call(
        self,
        work: Callable[[RecordStore], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[RecordError], None] | None = None,
        changes: str = "",
    ) -> None:
        """Run `work(store)` on the records thread; `on_done(result)` or `on_error(error)`
        then run on the GUI thread. A write is committed before `on_done` runs."""

        def done(result: T) -> None:
            if changes:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        def failed(error: RecordError | Failure) -> None:
            if isinstance(error, Failure):
                error = record_error(error)
            if on_error is not None:
                on_error(error)
            else:
                self.failed.emit(error)

        self._worker.submit(lambda: work(self._opened()), done, failed)

    def submit(
        self,
        operation: Operation[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[RecordError], None] | None = None,
        *,
        turn: Turn | None = None,
        on_late_error: Callable[[RecordError], None] | None = None,
    ) -> None:
        """Run `operation` on the records thread; `on_done(result)` or `on_error(error)` then
        run on the GUI thread, after `changed(operation.changes)` for a write.

        With a `turn`, the answer is dropped when the turn has moved on since (what the
        operation wrote stays written, and `changed` is still said); a write's failure that
        comes too late goes to `on_late_error`, for whoever must still hear of it."""
        asked = turn.move_on() if turn is not None else 0

        def current() -> bool:
            if turn is None or turn.count == asked:
                return True
            log.debug("dropped a late answer to %s", type(operation).__name__)
            return False

        def done(result: T) -> None:
            if current() and on_done is not None:
                on_done(result)

        def failed(error: RecordError) -> None:
            if current():
                if on_error is not None:
                    on_error(error)
                else:
                    self.failed.emit(error)
            elif on_late_error is not None:
                on_late_error(error)

        self.call(operation.run, done, failed, operation.changes)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    @property
    def _thread(self) -> threading.Thread | None:
        return self._worker.worker_thread

    def close(self) -> None:
        """Finish what was handed over, then close the database."""
        if self._worker.worker_thread is not None:
            self._worker.submit(self._close_store)
            self._worker.close()

    # --- on the records thread ------------------------------------------------------------
    def _opened(self) -> RecordStore:
        """The store, opened at the first job; the same RecordError for every job if not."""
        if self._store is None and self._open_error is None:
            try:
                self._store = self._open_store()
            except RecordError as error:
                self._open_error = error
            except Exception as error:  # a read-only or full disk, a bug: said, not silent
                self._open_error = record_error(Failure.of(error, "opening the records"))
        if self._store is None:
            assert self._open_error is not None
            raise RecordError(self._open_error.code, **self._open_error.params)
        return self._store

    def _close_store(self) -> None:
        self._open_error = None  # a later call tries again
        if self._store is not None:
            store, self._store = self._store, None
            for last in self.at_close:
                try:
                    last(store)
                except Exception as error:  # the records still close
                    log.warning("records: at close: %s", Failure.of(error, "closing").detail)
            store.close()
