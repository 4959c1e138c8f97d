"""`kiosk run` (and plain `kiosk`): set up the log, check the data directory, load the
settings and the lessons, and start the kiosk (ui/app.py)."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.commands.common import data_options
from kiosk.lessons.index import load_indexed_library
from kiosk.paths import bundled_lessons_dir, default_data_dir
from kiosk.private import create_private, private_dir, tighten_data_dir
from kiosk.settings import load_settings

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("run",)

log = logging.getLogger("kiosk")


def add_parser(commands: Subparsers) -> None:
    run = commands.add_parser("run", help="start the kiosk (the default)")
    run.add_argument("--windowed", action="store_true", help="a 1280x800 window, for development")
    data_options(run)
    # For `kiosk bench`: open on the home screen, report its first frame, and exit.
    run.add_argument("--bench-first-frame", action="store_true", help=argparse.SUPPRESS)


def _rotate(log_file: Path, keep: int = 3, max_bytes: int = 2_000_000) -> None:
    """At start, a log over `max_bytes` becomes kiosk.log.1 (the oldest of `keep` goes)."""
    if not log_file.exists() or log_file.stat().st_size < max_bytes:
        return
    for number in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{number + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def setup_logging(data_dir: Path | None, file_name: str = "kiosk.log") -> None:
    """Log to stderr and, with a data directory, to its logs/kiosk.log (0600 in a 0700
    folder, rotated at start; `kiosk supervise` writes its own logs/supervisor.log). A
    program without a console (kioskw.exe, pythonw.exe) has no stderr (sys.stderr is None):
    then the file only."""
    handlers: list[logging.Handler] = []
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    if data_dir is not None:
        try:
            log_file = data_dir / "logs" / file_name
            private_dir(log_file.parent, ours=True)  # and the data directory, when new: 0700
            _rotate(log_file)
            create_private(log_file)  # 0600 before the handler appends to it
            handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
        except OSError as error:
            print(f"kiosk: cannot write logs in {data_dir}: {error}", file=sys.stderr)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )


def run(args: argparse.Namespace) -> int:
    # The start makes some hundred thousand objects and next to no garbage: the cyclic
    # collector ran 80 times over them before the first frame (12 ms). It is on again once
    # that frame is painted (ui.app's after_first_frame), or when this returns.
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir or default_data_dir()
    setup_logging(data_dir)
    tighten_data_dir(data_dir)  # what earlier versions left readable by others; logged
    from kiosk.housekeeping import remove_old_card_sheets

    remove_old_card_sheets(data_dir)  # they hold names: kept a week
    from kiosk import crashtrace

    previous_crash = crashtrace.arm(data_dir)  # a native crash leaves logs/crash.txt
    if previous_crash is not None:
        crashtrace.log_previous(previous_crash)
    from kiosk.appliance import runmarker

    unclean = runmarker.mark_start(data_dir, __version__)  # removed below at a clean end
    runmarker.log_restart(unclean, native_crash=previous_crash is not None)
    settings, problems = load_settings(data_dir, remember=True)
    for problem in problems:
        log.warning("%s", problem)
    library = load_indexed_library(args.lessons or bundled_lessons_dir(), data_dir)
    for lesson_problem in library.problems:
        log.warning("lesson pack problem: %s", lesson_problem)
    log.info("kiosk %s starting with %d lessons", __version__, len(library.lessons))
    from ui.app import run_kiosk

    code = run_kiosk(
        library,
        settings,
        data_dir,
        windowed=args.windowed,
        language=args.lang,
        first_frame_only=args.bench_first_frame,
        previous_crash=previous_crash,
    )
    runmarker.mark_clean_exit(data_dir)  # the event loop returned: closed, or asked to stop
    log.info("kiosk ended cleanly (exit code %d)", code)
    return code
