"""The `kiosk` command: the parser, assembled from the command groups in kiosk/commands/
(one module per group), and the dispatch to the group of the command given. Plain `kiosk`
is `kiosk run`."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.commands import group_of, groups


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `only` the group that registered that command: a command
    named first on the line is parsed (and helped) the same by its group alone, and `kiosk
    run` starts sooner without building every other group's options."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="The cultural-house kiosk: digital skills lessons for residents."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in groups(only):
        group.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Importing the command's modules and building its parser makes objects and no garbage:
    # the cyclic collector waits until the command runs (`kiosk run` keeps it off until its
    # first frame).
    gc.disable()
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        named = words[0] if words and groups(words[0]) else None
        args = _parser(named).parse_args(words)
        if args.command is None:  # plain `kiosk`: the defaults of `kiosk run`
            args = _parser("run").parse_args(["run"])
    finally:
        gc.enable()
    try:
        return group_of(args.command).run(args)
    except BrokenPipeError:  # `kiosk lessons list | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's flush at exit writes nowhere
        return 141  # as a shell reports a pipe closed early (128 + SIGPIPE)
