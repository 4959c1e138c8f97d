"""`kiosk shot SCREEN OUT`: one screen rendered offscreen to a PNG (ui/tools/shot.py)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.common import data_options, load_packs
from kiosk.settings import load_settings

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("shot",)


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, got {text!r}")
    return int(match[1]), int(match[2])


def add_parser(commands: Subparsers) -> None:
    shot = commands.add_parser("shot", help="render one screen to a PNG, offscreen")
    shot.add_argument(
        "screen",
        help="attract, home, lesson:<id>:<step>, finish:<id>, channels, idle, quit, "
        "pin[:wrong|locked|recovery|damaged], pin_setup[:confirm|code], "
        "facilitator[:start|attendance|support|people|settings|quit], "
        "checkin:<id>:consent|name|year|group|done (a wrong name lists them all)",
    )
    shot.add_argument("out", type=Path)
    shot.add_argument("--size", type=_size, default=(1920, 1080), help="WxH, default 1920x1080")
    data_options(shot)


def run(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-shot-") as scratch:
        settings, _ = load_settings(args.data_dir or Path(scratch))
        library = load_packs(args.lessons, Path(scratch) / "packs")
        from PySide6.QtCore import QSize

        from ui.app import create_app
        from ui.tools.shot import ShotError, take_shot

        app = create_app(offscreen=True)
        width, height = args.size
        try:
            take_shot(
                app,
                library,
                settings,
                args.screen,
                args.out,
                size=QSize(width, height),
                language=args.lang or settings.language,
            )
        except ShotError as error:
            print(f"kiosk shot: {error}", file=sys.stderr)
            return 2
    print(args.out)
    return 0
