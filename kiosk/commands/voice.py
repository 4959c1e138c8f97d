"""`kiosk narrate` (prepare the voice of every step) and `kiosk say` (speak one text, or write
it to a WAV file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.common import make_data_dir
from kiosk.lessons.index import load_indexed_library
from kiosk.lessons.model import LANGUAGES
from kiosk.paths import bundled_lessons_dir, default_data_dir
from kiosk.settings import load_settings

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("narrate", "say")


def add_parser(commands: Subparsers) -> None:
    narrate = commands.add_parser("narrate", help="prepare the voice of every step")
    narrate.add_argument("--lessons", type=Path)
    narrate.add_argument("--lang", choices=LANGUAGES, help="one language (default: all)")
    narrate.add_argument("--data-dir", type=Path)
    narrate.add_argument(
        "--all-speeds", action="store_true", help="also the slow and slower voices"
    )

    say = commands.add_parser("say", help="speak one text, or write it to a WAV file")
    say.add_argument("text")
    say.add_argument("--lang", choices=LANGUAGES, default="vi")
    say.add_argument("--out", type=Path, help="write a WAV file instead of playing")
    say.add_argument("--data-dir", type=Path)


def run(args: argparse.Namespace) -> int:
    make_data_dir(args.data_dir)  # both write the voice cache
    return _narrate(args) if args.command == "narrate" else _say(args)


def _narrate(args: argparse.Namespace) -> int:
    from kiosk.narrate import NarrationUnavailable, make_synthesizer, prerender

    data_dir: Path = args.data_dir or default_data_dir()
    settings, _ = load_settings(data_dir)
    library = load_indexed_library(args.lessons or bundled_lessons_dir(), data_dir)
    languages = [args.lang] if args.lang else list(library.languages)
    speeds = ["normal", "slow", "slower"] if args.all_speeds else [settings.speed]
    synthesizer = make_synthesizer(data_dir)
    try:
        summary = prerender(library, synthesizer, settings, languages, speeds)
    except NarrationUnavailable as error:
        print(f"kiosk narrate: no voice: {error}", file=sys.stderr)
        return 1
    finally:
        synthesizer.close()
    print(
        f"done {summary.done}, cached {summary.cached}, failed {summary.failed}"
        + (f", recorded steps {summary.recorded}" if summary.recorded else "")
    )
    return 1 if summary.failed else 0


def _say(args: argparse.Namespace) -> int:
    import shutil

    from kiosk.narrate import NarrationUnavailable, make_synthesizer, say

    data_dir: Path = args.data_dir or default_data_dir()
    settings, _ = load_settings(data_dir)
    synthesizer = make_synthesizer(data_dir)
    try:
        spoken, voice, wav = say(args.text, args.lang, settings, synthesizer)
    except NarrationUnavailable as error:
        print(f"kiosk say: no voice: {error}", file=sys.stderr)
        return 1
    finally:
        synthesizer.close()
    print(spoken)
    print(f"voice: {voice.name} ({voice.id})", file=sys.stderr)
    if args.out:
        shutil.copyfile(wav, args.out)
        return 0
    from ui.tools.playfile import play_file

    problem = play_file(wav)
    if problem:
        print(f"kiosk say: {problem}", file=sys.stderr)
    return 0
