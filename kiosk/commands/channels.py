"""`kiosk channels list|check`: the official channels shown as QR codes, and whether they and
the lessons' links to them are sound."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.lessons.index import load_indexed_library
from kiosk.lessons.model import LANGUAGES
from kiosk.paths import bundled_lessons_dir, default_data_dir

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("channels",)


def add_parser(commands: Subparsers) -> None:
    channels = commands.add_parser("channels", help="the official channels shown as QR codes")
    channel_commands = channels.add_subparsers(
        dest="channels_command", metavar="ACTION", required=True
    )
    channel_list = channel_commands.add_parser("list", help="the channels and their addresses")
    channel_list.add_argument("--json", action="store_true")
    channel_list.add_argument("--lang", choices=LANGUAGES, default="vi")
    channel_list.add_argument("--data-dir", type=Path)
    channel_check = channel_commands.add_parser("check", help="validate channels and lesson links")
    channel_check.add_argument("--data-dir", type=Path)
    channel_check.add_argument("--lessons", type=Path)


def run(args: argparse.Namespace) -> int:
    from kiosk.channels import channel_rows, check_lesson_links, format_table, load_channels

    data_dir: Path = args.data_dir or default_data_dir()
    registry, problems = load_channels(data_dir)
    if args.channels_command == "list":
        rows = channel_rows(registry, args.lang)
        print(json.dumps(rows, ensure_ascii=False, indent=2) if args.json else format_table(rows))
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
        return 0
    library = load_indexed_library(args.lessons or bundled_lessons_dir(), data_dir)
    problems += check_lesson_links(registry, library)
    for problem in problems:
        print(problem)
    print(f"{len(registry.channels)} channels, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0
