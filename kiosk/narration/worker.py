"""The parent's side of the speech worker: one child process, one engine, one job at a time.

The child is started with the "spawn" method on first use (so the kiosk starts at once), and
answers over a Pipe. Every request has a time limit. A child that overruns it or dies is
killed (terminate, then kill) and reaped; the request is tried once more on a fresh child, and
if that fails too, the caller gets `SynthesisError`. An engine that cannot start at all, or
whose worker is lost on three requests in a row, gives `EngineUnavailable`, and keeps giving it
without new attempts until the kiosk restarts.

Thread safety: every public method takes the worker's lock, so any number of threads may
call it; the calls simply run one after the other. Worst case for one call: two start-ups
plus two job time limits, plus about two seconds of killing.

In a frozen Windows build (PyInstaller), the entry point must call
`multiprocessing.freeze_support()` first, as for any "spawn" child.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from kiosk.narration import engine as child
from kiosk.narration.model import (
    EngineUnavailable,
    NarrationUnavailable,
    SpeechJob,
    SynthesisError,
    Voice,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_START_TIMEOUT_S = 30.0  # spawning Python and loading the engine on an old PC
# Requests in a row that failed on two children each before the engine is given up for this
# run (EngineUnavailable), so that a broken engine does not cost two time limits a sentence.
DEFAULT_MAX_LOST_IN_A_ROW = 3
_TERMINATE_GRACE_S = 1.0


class _WorkerLost(Exception):
    """The child hung or died; it has been killed and reaped."""


class SpeechWorker:
    def __init__(
        self,
        engine_spec: str = child.DEFAULT_SPEC,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        start_timeout_s: float = DEFAULT_START_TIMEOUT_S,
        max_lost_in_a_row: int = DEFAULT_MAX_LOST_IN_A_ROW,
    ) -> None:
        self.engine_spec = engine_spec
        self.max_lost_in_a_row = max_lost_in_a_row
        self._lost_in_a_row = 0
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self._lock = threading.Lock()
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._engine_id = ""
        self._voices: list[Voice] | None = None
        self._unavailable: EngineUnavailable | None = None
        self._closing = False  # close() is under way: a lost child is not restarted
        self.starts = 0  # how many children were started, for the log and the tests
        self.jobs = 0  # how many synthesis requests were sent

    # --- public API ------------------------------------------------------------------------
    @property
    def engine_id(self) -> str:
        """The engine's id (e.g. "pyttsx3-espeak-1.51"); starts the child if none ran yet."""
        if self._engine_id:  # known from an earlier child: no need to wait for a job
            return self._engine_id
        with self._lock:
            if not self._engine_id:
                self._start_with_retry()
            return self._engine_id

    @property
    def pid(self) -> int | None:
        """The running child's process id, or None when there is none (never waits)."""
        process = self._process
        try:
            return process.pid if process is not None else None
        except ValueError:  # closed by another thread meanwhile
            return None

    def voices(self) -> list[Voice]:
        """The installed Vietnamese and English voices (asked once, then remembered)."""
        with self._lock:
            if self._voices is None:
                result = self._call((child.VOICES,), "list voices", failure=EngineUnavailable)
                self._voices = list(result) if isinstance(result, list) else []
            return list(self._voices)

    def synthesize(self, job: SpeechJob, out_path: Path) -> None:
        """Write `job` as a WAV file to `out_path` (a temporary name: the caller renames it)."""
        request = (child.SYNTHESIZE, job.text, job.voice_id, int(job.rate), str(out_path))
        with self._lock:
            self._call(request, f"synthesise {job.text[:40]!r}", count=True)

    def close(self) -> None:
        """Stop the child (politely, then by force). A later call starts a new one.

        Does not wait for a job in progress: its child is killed, and that call raises
        `SynthesisError` at once instead of retrying."""
        self._closing = True
        try:
            if not self._lock.acquire(timeout=0.2):
                busy = self._process  # another thread is waiting on this child: end it
                if busy is not None:
                    with contextlib.suppress(ValueError, OSError, AttributeError):
                        busy.kill()
                self._lock.acquire()
            try:
                if self._process is None:
                    return
                if self._conn is not None:
                    with contextlib.suppress(OSError, ValueError):
                        self._conn.send((child.QUIT,))
                    self._process.join(_TERMINATE_GRACE_S)
                self._kill()
            finally:
                self._lock.release()
        finally:
            self._closing = False

    def __enter__(self) -> SpeechWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- inside the lock -------------------------------------------------------------------
    def _call(
        self,
        request: tuple[object, ...],
        what: str,
        count: bool = False,
        failure: type[NarrationUnavailable] = SynthesisError,
    ) -> object:
        """Send one request, with one retry on a fresh child if the first one hangs or dies."""
        for attempt in (1, 2):
            self._start_with_retry()
            if count:
                self.jobs += 1
            try:
                result = self._request(request)
            except _WorkerLost as lost:
                if self._closing:
                    raise SynthesisError(f"the speech worker was closed: {lost}") from None
                if attempt == 1:
                    log.warning("speech worker lost (%s); restarting it to try again", lost)
                    continue
                reason = f"speech worker failed twice to {what}: {lost}"
                self._lost_in_a_row += 1
                if self._lost_in_a_row >= self.max_lost_in_a_row:
                    self._unavailable = EngineUnavailable(
                        f"the speech worker keeps hanging or dying ({self._lost_in_a_row} "
                        f"requests in a row); last: {reason}"
                    )
                    log.error("%s", self._unavailable.reason)
                    raise self._unavailable from None
                raise failure(reason) from None
            except SynthesisError:
                self._lost_in_a_row = 0  # the engine answered: the worker itself is fine
                raise
            self._lost_in_a_row = 0
            return result
        raise AssertionError("unreachable")

    def _request(self, request: tuple[object, ...]) -> object:
        conn = self._conn
        assert conn is not None
        started = time.monotonic()
        try:
            conn.send(request)
            if not conn.poll(self.timeout_s):
                self._kill()
                raise _WorkerLost(f"no answer within {self.timeout_s:g} s, killed")
            status, payload = conn.recv()
        except (EOFError, OSError) as error:
            code = self._kill()
            raise _WorkerLost(f"the worker died (exit code {code}): {error!r}") from None
        log.debug("speech request %s took %.3f s", request[0], time.monotonic() - started)
        if status == child.ERROR:
            raise SynthesisError(f"the engine failed: {payload}")
        return payload

    def _start_with_retry(self) -> None:
        if self._unavailable is not None:
            raise self._unavailable
        if self._process is not None and self._process.is_alive():
            return
        if self._process is not None:
            code = self._kill()
            log.warning("speech worker had exited (exit code %s); starting a new one", code)
        for attempt in (1, 2):
            try:
                self._start()
                return
            except _WorkerLost as lost:
                if self._closing:
                    raise SynthesisError(f"the speech worker was closed: {lost}") from None
                if attempt == 2:
                    self._unavailable = EngineUnavailable(
                        f"speech engine {self.engine_spec!r} failed twice to start: {lost}"
                    )
                    log.error("%s", self._unavailable.reason)
                    raise self._unavailable from None
                log.warning("speech worker failed to start (%s); trying again", lost)

    def _start(self) -> None:
        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=child.serve,
            args=(child_conn, self.engine_spec),
            name="kiosk-speech",
            daemon=True,
        )
        started = time.monotonic()
        process.start()
        child_conn.close()  # only the child holds its end now: its death reads as EOF here
        self._process, self._conn = process, parent_conn
        self.starts += 1
        try:
            if not parent_conn.poll(self.start_timeout_s):
                self._kill()
                raise _WorkerLost(f"not ready within {self.start_timeout_s:g} s, killed")
            status, payload = parent_conn.recv()
        except (EOFError, OSError) as error:
            code = self._kill()
            raise _WorkerLost(f"died while starting (exit code {code}): {error!r}") from None
        if status == child.INIT_ERROR:
            self._kill()
            self._unavailable = EngineUnavailable(str(payload))
            log.error("no speech engine: %s", payload)
            raise self._unavailable
        engine_id = str(payload)
        if self._engine_id and engine_id != self._engine_id:
            log.warning("speech engine changed from %s to %s", self._engine_id, engine_id)
            self._voices = None
        self._engine_id = engine_id
        log.info(
            "speech worker %s started in %.2f s (pid %s)",
            engine_id,
            time.monotonic() - started,
            process.pid,
        )

    def _kill(self) -> int | None:
        """Make sure the child is gone and reaped; return its exit code."""
        process, conn = self._process, self._conn
        self._process, self._conn = None, None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if process.is_alive():
            process.terminate()
            process.join(_TERMINATE_GRACE_S)
        if process.is_alive():
            process.kill()
            process.join(_TERMINATE_GRACE_S)
        if process.is_alive():  # pragma: no cover - a process that survives SIGKILL
            log.error("speech worker pid %s would not die", process.pid)
            return None
        process.join()
        code = process.exitcode
        process.close()
        return code
