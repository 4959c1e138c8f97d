"""`kiosk settings check`: what the kiosk would say of settings.json and kiosk-id at start
(it starts anyway, with the last good values or the defaults)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.paths import default_data_dir
from kiosk.settings import load_settings

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("settings",)


def add_parser(commands: Subparsers) -> None:
    settings = commands.add_parser("settings", help="the kiosk's settings file")
    settings_commands = settings.add_subparsers(
        dest="settings_command", metavar="ACTION", required=True
    )
    settings_check = settings_commands.add_parser(
        "check", help="validate settings.json and the kiosk id; one line per problem"
    )
    settings_check.add_argument("--data-dir", type=Path)


def run(args: argparse.Namespace) -> int:
    from kiosk.guarded import BadFile
    from kiosk.identity import read_kiosk_id
    from kiosk.settings import SETTINGS_FILE

    data_dir: Path = args.data_dir or default_data_dir()
    _, problems = load_settings(data_dir)
    try:
        read_kiosk_id(data_dir)
    except BadFile as bad:
        problems.append(f"{bad}; the kiosk would set it aside and make a new id")
    for problem in problems:
        print(problem)
    where = data_dir / SETTINGS_FILE
    print(f"{where}: {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0
