"""Every uncaught error reaches the log with its traceback, and the kiosk goes on.

An exception in a slot or an event handler, on the GUI thread or another thread, and Qt's own
warnings would otherwise go to stderr only, which nobody reads on a kiosk. Installed once by
the entry point (`install`); `uninstall` puts back what was there (for tests)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.errors")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


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

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "qt"
        key = f"{category}: {message}"
        count = self.seen.get(key, 0) + 1
        if len(self.seen) < self.KEEP or key in self.seen:
            self.seen[key] = count
        if count <= self.FIRST or count % self.EVERY == 0:
            again = f" (seen {count} times)" if count > self.FIRST else ""
            log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", key, again)


@dataclass
class _Previous:
    excepthook: Callable[..., Any]
    threadhook: Callable[..., Any]
    unraisablehook: Callable[..., Any]
    qt_handler: object


def install() -> _Previous:
    previous = _Previous(
        sys.excepthook,
        threading.excepthook,
        sys.unraisablehook,
        qInstallMessageHandler(_QtMessages()),
    )
    sys.excepthook = log_exception
    threading.excepthook = _log_thread_exception
    sys.unraisablehook = _log_unraisable
    return previous


def uninstall(previous: _Previous) -> None:
    sys.excepthook = previous.excepthook
    threading.excepthook = previous.threadhook
    sys.unraisablehook = previous.unraisablehook
    qInstallMessageHandler(previous.qt_handler)  # type: ignore[arg-type]
