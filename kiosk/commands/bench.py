"""`kiosk bench`: speed and memory, measured and printed (ui/tools/bench.py; the records'
group, kiosk/tools/bench_records.py, runs without Qt)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.tools import bench_groups

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("bench",)


def add_parser(commands: Subparsers) -> None:
    bench = commands.add_parser("bench", help="measure speed and memory")
    everyday = [name for name in bench_groups.NAMES if name not in bench_groups.ON_REQUEST]
    bench.add_argument("--json", type=Path, dest="json_out", help="write the figures here")
    bench.add_argument(
        "--only",
        metavar="GROUP",
        help=f"run one group ({', '.join(everyday)}; {', '.join(bench_groups.ON_REQUEST)}, "
        "10,000 inputs to the real kiosk under Xvfb, runs only when asked for)",
    )
    bench.add_argument("--lessons", type=Path)


def run(args: argparse.Namespace) -> int:
    if args.only == "records":  # no Qt needed
        from kiosk.tools.bench_records import run_records_bench

        return run_records_bench(json_out=args.json_out)
    from ui.tools.bench import run_bench

    return run_bench(json_out=args.json_out, only=args.only, lessons=args.lessons)
