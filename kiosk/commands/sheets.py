"""`kiosk handout`, `kiosk print` and `kiosk poster`: a lesson's take-home sheet as a PDF or
on a printer, and the channels' poster; drawn with Qt, offscreen (ui/printing)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.common import data_options, make_data_dir
from kiosk.lessons.index import load_indexed_library
from kiosk.paths import bundled_lessons_dir, default_data_dir
from kiosk.settings import load_settings

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("handout", "print", "poster")


def add_parser(commands: Subparsers) -> None:
    handout = commands.add_parser("handout", help="a lesson's take-home sheet as a PDF")
    handout.add_argument("lesson_id")
    handout.add_argument("--pdf", type=Path, required=True, help="where to write it")
    handout.add_argument("--paper", choices=("A5", "A4"), default="A5")
    data_options(handout)

    printing = commands.add_parser("print", help="print a lesson's handout")
    printing.add_argument("lesson_id")
    printing.add_argument(
        "--printer", help="a printer (queue) name (default: the setting, else the system's)"
    )
    printing.add_argument("--paper", choices=("A5", "A4"))
    data_options(printing)

    poster = commands.add_parser("poster", help="an A4 poster of the commune's channels")
    poster.add_argument("--pdf", type=Path, required=True)
    data_options(poster)


def run(args: argparse.Namespace) -> int:
    from kiosk.channels import load_channels

    make_data_dir(args.data_dir)
    data_dir: Path = args.data_dir or default_data_dir()
    settings, _ = load_settings(data_dir)
    registry, problems = load_channels(data_dir)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    language = args.lang or settings.language
    from ui.app import create_app
    from ui.printing import write_handout_pdf, write_poster_pdf

    create_app(offscreen=True)
    if args.command == "poster":
        write_poster_pdf(args.pdf, registry, language)
        print(args.pdf)
        return 0
    library = load_indexed_library(args.lessons or bundled_lessons_dir(), data_dir)
    lesson = library.find(args.lesson_id, language)
    if lesson is None:
        known = ", ".join(sorted({item.id for item in library.in_language(language)}))
        print(
            f"kiosk {args.command}: unknown lesson {args.lesson_id!r}; lessons: {known}",
            file=sys.stderr,
        )
        return 2
    paper = args.paper or settings.paper
    if args.command == "handout":
        write_handout_pdf(args.pdf, lesson, registry, language, paper=paper)
        print(args.pdf)
        return 0
    from ui.printing.spooler import print_handout

    printer = args.printer or settings.printer
    outcome = print_handout(lesson, registry, language, data_dir, printer=printer, paper=paper)
    if not outcome.printed:
        print(
            f"kiosk print: not printed: {outcome.reason}; the PDF is at {outcome.pdf}",
            file=sys.stderr,
        )
        return 1
    print(f"sent to printer {outcome.printer} ({outcome.pdf})")
    return 0
