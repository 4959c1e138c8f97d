"""Every uncaught error reaches the log with its traceback, and the kiosk goes on.

An exception in a slot or an event handler, on the GUI thread or another thread, and Qt's own
warnings would otherwise go to stderr only, which nobody reads on a kiosk. Installed once by
the entry point (`install`); `uninstall` puts back what was there (for tests).

Qt's messages are read back from stderr, never taken by a Python message handler: such a
handler needs Python's GIL in whichever thread Qt logs from, and QtMultimedia's FFmpeg audio
thread logs "No audio device detected" at a sentence's start while the GUI thread, holding
the GIL, may be waiting in QMediaPlayer.stop() for that very thread: the kiosk froze for good
(issue 13's soak, twice in 3,000 inputs). Writing to a pipe needs no GIL."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TextIO

from PySide6.QtCore import qSetMessagePattern

log = logging.getLogger("kiosk.errors")

_QT_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "critical": logging.ERROR,
    "fatal": logging.CRITICAL,
}
QT_PATTERN = "qt-%{type} %{category}: %{message}"  # how Qt writes its messages to stderr
_QT_LINE = re.compile(r"qt-(debug|info|warning|critical|fatal) (.*)$")


def log_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("uncaught %s", kind.__name__, exc_info=(kind, error, trace))


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.error(
        "uncaught %s in thread %s",
        args.exc_type.__name__,
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def _log_unraisable(unraisable: Any) -> None:
    error = unraisable.exc_value
    log.error(
        "unraisable %s (%s)",
        type(error).__name__ if error is not None else "error",
        unraisable.err_msg or "",
        exc_info=(type(error), error, unraisable.exc_traceback) if error is not None else None,
    )


class _QtMessages:
    """Qt's messages to the log. One that repeats (QtMultimedia's "No audio device detected"
    at every sentence on a PC without a sound card) is logged its first times, then once in
    a thousand, so that a kiosk that runs for months does not fill its log with it."""

    FIRST = 3
    EVERY = 1000
    KEEP = 500  # distinct messages counted

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, line: str) -> None:
        """One line of stderr: a message of Qt's ("category: message"), or what a library
        wrote there itself."""
        found = _QT_LINE.match(line)
        level = _QT_LEVELS[found.group(1)] if found else logging.WARNING
        key = found.group(2) if found else f"stderr: {line}"
        count = self.seen.get(key, 0) + 1
        if len(self.seen) < self.KEEP or key in self.seen:
            self.seen[key] = count
        if count <= self.FIRST or count % self.EVERY == 0:
            again = f" (seen {count} times)" if count > self.FIRST else ""
            log.log(level, "%s%s", key, again)


def _never_block(fd: int) -> None:
    """A writer to stderr never waits for the reader: the reader needs Python's lock, which
    the writer may hold (Qt warns from inside a call made from Python). The pipe is made large
    (1 MB) and, should it ever fill, a message is lost rather than the kiosk frozen."""
    if sys.platform != "linux":
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)


def _null_on_stderr() -> int:
    """Descriptor 2 opened on the null device (first, so that the pipe made next is not
    given descriptor 2), and a duplicate of it, to put back when the pipe goes."""
    null = os.open(os.devnull, os.O_WRONLY)
    if null != 2:
        os.dup2(null, 2)
        os.close(null)
    return os.dup(2)


_LAST_LINE = b"\x00kiosk: stderr goes back\x00\n"  # ends the reader (no C library writes NUL)


class _StderrToLog:
    """File descriptor 2, where Qt (from any thread) and C libraries write, becomes a pipe
    that a thread of ours reads and logs; Python's own stderr (and the log's console handler)
    go on to where stderr went before. A program without a console (kioskw.exe, pythonw.exe)
    has no stderr (sys.stderr is None, descriptor 2 not open): Qt's messages still reach the
    log, and what went to stderr goes nowhere, as before."""

    def __init__(self, messages: _QtMessages) -> None:
        if sys.stderr is not None:
            sys.stderr.flush()
        try:
            self.original = os.dup(2)
        except OSError:  # no descriptor 2: the null device stands for where stderr went
            self.original = _null_on_stderr()
        read, write = os.pipe()
        _never_block(write)
        os.dup2(write, 2)
        os.close(write)
        self.previous: TextIO | None = sys.stderr
        self.stream = open(  # noqa: SIM115 (kept open while installed)
            self.original, "w", encoding="utf-8", errors="backslashreplace", closefd=False
        )
        self.stream.reconfigure(line_buffering=True)
        sys.stderr = self.stream
        self.moved = [
            handler
            for handler in logging.root.handlers
            if type(handler) is logging.StreamHandler
            and handler.stream in (self.previous, sys.__stderr__)
        ]
        for handler in self.moved:
            handler.setStream(self.stream)
        self.thread = threading.Thread(
            target=self._read, args=(read, messages), name="stderr-log", daemon=True
        )
        self.thread.start()

    @staticmethod
    def _read(fd: int, messages: _QtMessages) -> None:
        with open(fd, "rb") as pipe:
            for raw in pipe:
                if raw == _LAST_LINE:
                    return
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if line:
                    messages(line)

    def close(self) -> None:
        """Stderr back as it was; what is still in the pipe is logged first.

        The reader stops at a last line of ours, written after everything else: it cannot wait
        for the pipe to close, as child processes hold it open too (multiprocessing's resource
        tracker, as long as the kiosk lives), and every exit waited the join's 2 s for them."""
        with contextlib.suppress(OSError):  # a full pipe: the join's timeout ends the wait
            os.write(2, _LAST_LINE)
        os.dup2(self.original, 2)
        self.thread.join(timeout=2)
        for handler in self.moved:  # not setStream: it flushes into a pipe nobody may read
            handler.acquire()
            try:
                handler.stream = self.previous
            finally:
                handler.release()
        sys.stderr = self.previous
        with contextlib.suppress(OSError):  # whoever read stderr has gone (a closed pipe)
            self.stream.close()
        os.close(self.original)


@dataclass
class _Previous:
    excepthook: Callable[..., Any]
    threadhook: Callable[..., Any]
    unraisablehook: Callable[..., Any]
    stderr: _StderrToLog


def install() -> _Previous:
    os.environ["QT_FORCE_STDERR_LOGGING"] = "1"  # never the journal: stderr is read here
    qSetMessagePattern(QT_PATTERN)
    previous = _Previous(
        sys.excepthook,
        threading.excepthook,
        sys.unraisablehook,
        _StderrToLog(_QtMessages()),
    )
    sys.excepthook = log_exception
    threading.excepthook = _log_thread_exception
    sys.unraisablehook = _log_unraisable
    atexit.register(previous.stderr.close)  # the last lines reach the log
    return previous


def uninstall(previous: _Previous) -> None:
    sys.excepthook = previous.excepthook
    threading.excepthook = previous.threadhook
    sys.unraisablehook = previous.unraisablehook
    atexit.unregister(previous.stderr.close)
    previous.stderr.close()
    qSetMessagePattern("%{if-category}%{category}: %{endif}%{message}")  # Qt's own
