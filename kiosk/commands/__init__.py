"""The `kiosk` command's groups, one module each. kiosk/cli.py builds the parser from GROUPS,
in this order (the order `kiosk --help` lists them), and hands each parsed command to the
group that registered it.

A group module offers (see `Group`):
- `NAMES`: the commands it registers (`kiosk NAME ...`);
- `add_parser(subparsers)`: registers them, options and help;
- `run(args) -> int`: runs one of them and gives the exit code. A command that writes in the
  data directory makes it first (`common.make_data_dir`); reading commands never do.

Only these modules of the core import `ui` or Qt, and only inside a command that draws or
starts the kiosk: run, shot, lessons (sheet), voice (say), sheets, bench, report (--format
pdf); pyproject.toml's import-linter contract names each of those imports.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Protocol

from kiosk.commands import (
    bench,
    channels,
    lessons,
    pin,
    records,
    report,
    run,
    settings,
    sheets,
    shot,
    supervise,
    voice,
)

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers


class Group(Protocol):
    """What a command group module offers."""

    NAMES: tuple[str, ...]

    def add_parser(self, commands: Subparsers, /) -> None: ...

    def run(self, args: argparse.Namespace, /) -> int: ...


GROUPS: tuple[Group, ...] = (
    run,
    supervise,
    shot,
    lessons,
    voice,
    channels,
    settings,
    sheets,
    bench,
    records,
    pin,
    report,
)


def group_of(command: str) -> Group:
    """The group that registered `command`."""
    return next(group for group in GROUPS if command in group.NAMES)
