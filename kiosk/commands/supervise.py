"""`kiosk supervise`: start the kiosk and keep it running (kiosk/appliance/supervisor.py), for
a kiosk that no systemd looks after (Windows, or a session started by hand)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.appliance.supervisor import HEARTBEAT_FILE, Supervisor, SupervisorConfig, default_command
from kiosk.commands.common import make_data_dir
from kiosk.paths import default_data_dir

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("supervise",)

log = logging.getLogger("kiosk")
DEFAULTS = SupervisorConfig(command=(), heartbeat_file=Path())


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a number of seconds above 0: {text!r}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number above 0: {text!r}")
    return value


def add_parser(commands: Subparsers) -> None:
    supervise = commands.add_parser(
        "supervise",
        help="start the kiosk and restart it when it crashes or freezes",
        description=(
            "Start the kiosk (`kiosk run` with the same data directory, or COMMAND after --) "
            "and restart it when it ends with an exit code other than 0 or stops renewing its "
            "heartbeat file. Exit code 0 (the facilitator closed the kiosk) ends the supervisor "
            "too; so do SIGTERM and Ctrl+C, which stop the kiosk first. Its log: "
            "logs/supervisor.log in the data directory."
        ),
    )
    supervise.add_argument("--data-dir", type=Path, help="where records, logs and caches live")
    supervise.add_argument(
        "--heartbeat-timeout",
        type=_seconds,
        default=DEFAULTS.heartbeat_timeout,
        metavar="S",
        help="restart the kiosk after S seconds without a heartbeat (default %(default)g)",
    )
    supervise.add_argument(
        "--start-grace",
        type=_seconds,
        default=DEFAULTS.start_grace,
        metavar="S",
        help="the time a start may take to its first heartbeat (default %(default)g)",
    )
    supervise.add_argument(
        "--stop-wait",
        type=_seconds,
        default=DEFAULTS.stop_wait,
        metavar="S",
        help="after asking the kiosk to stop, kill it after S seconds (default %(default)g)",
    )
    supervise.add_argument(
        "--crash-limit",
        type=_count,
        default=DEFAULTS.crash_limit,
        metavar="N",
        help="after N ends within the crash window, restarts wait (default %(default)d)",
    )
    supervise.add_argument(
        "--crash-window",
        type=_seconds,
        default=DEFAULTS.crash_window,
        metavar="S",
        help="the crash window, in seconds (default %(default)g)",
    )
    supervise.add_argument(
        "--backoff-max",
        type=_seconds,
        default=DEFAULTS.backoff_max,
        metavar="S",
        help="the longest wait between restarts: 1 s, doubled each time (default %(default)g)",
    )
    supervise.add_argument(
        "child", nargs="*", metavar="-- COMMAND", help="what to run instead of `kiosk run`"
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.commands.run import setup_logging

    data_dir: Path = args.data_dir or default_data_dir()
    make_data_dir(data_dir)
    setup_logging(data_dir, "supervisor.log")
    frozen = bool(getattr(sys, "frozen", False))
    config = SupervisorConfig(
        command=tuple(args.child) or default_command(data_dir, frozen, sys.executable),
        heartbeat_file=data_dir / HEARTBEAT_FILE,
        heartbeat_timeout=args.heartbeat_timeout,
        start_grace=args.start_grace,
        stop_wait=args.stop_wait,
        crash_limit=args.crash_limit,
        crash_window=args.crash_window,
        backoff_first=min(1.0, args.backoff_max),
        backoff_max=args.backoff_max,
    )
    return Supervisor(config).run()
