"""The `kiosk` command's groups, one module each. kiosk/cli.py builds the parser from the
groups of GROUP_COMMANDS, in this order (the order `kiosk --help` lists them), or from the one
group of the command named, and hands each parsed command to the group that registered it.

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
import importlib
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers


class Group(Protocol):
    """What a command group module offers."""

    NAMES: tuple[str, ...]

    def add_parser(self, commands: Subparsers, /) -> None: ...

    def run(self, args: argparse.Namespace, /) -> int: ...


# Each group's module and the commands it registers (its NAMES: a test checks), in the order
# `kiosk --help` lists them. A group's module is imported only when its commands are parsed
# or run: `kiosk run` starts without loading what the other commands work with.
GROUP_COMMANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("run", ("run",)),
    ("supervise", ("supervise",)),
    ("shot", ("shot",)),
    ("lessons", ("lessons",)),
    ("voice", ("narrate", "say")),
    ("channels", ("channels",)),
    ("settings", ("settings",)),
    ("sheets", ("handout", "print", "poster")),
    ("bench", ("bench",)),
    ("records", ("records", "backup")),
    ("pin", ("pin",)),
    ("report", ("report",)),
)


def _group(module: str) -> Group:
    return cast(Group, importlib.import_module(f"kiosk.commands.{module}"))


def groups(command: str | None = None) -> tuple[Group, ...]:
    """Every group, in order; with `command`, only the one that registers it (none if no
    group does)."""
    return tuple(
        _group(module) for module, names in GROUP_COMMANDS if command is None or command in names
    )


def group_of(command: str) -> Group:
    """The group that registered `command`."""
    return groups(command)[0]
