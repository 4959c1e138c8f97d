"""`kiosk pin set` and `kiosk pin check`: the facilitator's PIN from a shell.

`set` asks for the PIN twice (not echoed at a terminal; two lines on stdin otherwise), writes
it, and prints a new recovery code: the shell is the way back in when the PIN and its
recovery code are both lost, so it needs neither. `check` says whether the PIN is set, new
(asked for at the first start) or damaged (exit 1), and whether a recovery code is on file.
Messages are in the language of `--lang`, else the kiosk's setting.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.commands.common import make_data_dir
from kiosk.lessons.model import LANGUAGES
from kiosk.text import say

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("pin",)


def _text(key: str, language: str, **params: Any) -> str:
    return say(f"cmd.pin.{key}", language, **params)


def add_parser(commands: Subparsers) -> None:
    pin = commands.add_parser("pin", help="the facilitator's PIN")
    pin_actions = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    for action, about in (
        ("set", "set the PIN (asked twice), get a recovery code"),
        ("check", "is the PIN set, new or damaged (exit 1)?"),
    ):
        parser = pin_actions.add_parser(action, help=about)
        parser.add_argument("--data-dir", type=Path, help="where records and caches live")
        parser.add_argument("--lang", choices=LANGUAGES, help="language of messages")


def run(args: argparse.Namespace) -> int:
    from kiosk.paths import default_data_dir
    from kiosk.settings import load_settings

    make_data_dir(args.data_dir)
    data_dir: Path = args.data_dir or default_data_dir()
    language: str = args.lang or load_settings(data_dir)[0].language
    return run_pin(args.pin_command, data_dir, language)


def run_pin(action: str, data_dir: Path, language: str) -> int:
    if action == "check":
        return _check(data_dir, language)
    return _set(data_dir, language)


def _set(data_dir: Path, language: str) -> int:
    from kiosk.pin import PinFormatError, PinStore

    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(_text("pin_first", language))
        second = getpass.getpass(_text("pin_again", language))
    else:
        first, second = sys.stdin.readline(), sys.stdin.readline()
    first, second = first.strip(), second.strip()
    if first != second:
        print(_text("pin_differ", language), file=sys.stderr)
        return 1
    try:
        code = PinStore(data_dir).set(first)
    except PinFormatError:
        print(_text("pin_format", language), file=sys.stderr)
        return 1
    except OSError as error:
        print(_text("pin_unwritable", language, detail=error), file=sys.stderr)
        return 1
    print(_text("pin_set", language))
    print(_text("recovery", language, code=code))
    return 0


def _check(data_dir: Path, language: str) -> int:
    from kiosk.pin import PinState, PinStore

    status = PinStore(data_dir).status()
    if status.state is PinState.NEW:
        print(_text("state_new", language))
        return 0
    if status.state is PinState.DAMAGED:
        print(_text("state_damaged", language, detail=status.problem), file=sys.stderr)
    else:
        print(_text("state_set", language))
    print(_text("recovery_yes" if status.recovery else "recovery_no", language))
    return 1 if status.state is PinState.DAMAGED else 0
