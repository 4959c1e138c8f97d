"""What several command groups share: the data options, loading packs into a scratch folder,
and making a new data directory owner-only before a command writes in it."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.lessons.model import LANGUAGES
from kiosk.paths import bundled_lessons_dir, default_data_dir
from kiosk.private import private_dir

if TYPE_CHECKING:
    from typing import TypeAlias

    from kiosk.lessons.model import Library

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="where records and caches live")
    parser.add_argument("--lessons", type=Path, help="one lesson pack or a folder of packs")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")


def load_packs(source: Path | None, extract_dir: Path) -> Library:
    """The packs at `source` (default: the bundled lessons), without the data directory's
    index: for commands that must not write there."""
    from kiosk.lessons import load_library

    return load_library(source or bundled_lessons_dir(), extract_dir=extract_dir)


def make_data_dir(data_dir: Path | None) -> None:
    """Before a command writes in the data directory: a new one is made owner-only (0700;
    kiosk/private.py); one that exists is left as it is until `kiosk run` closes it. Reading
    commands (`report`, `records people`, ...) never make it: they may read a write-protected
    stick."""
    with contextlib.suppress(OSError):  # the command says what it could not write
        private_dir(data_dir or default_data_dir())
