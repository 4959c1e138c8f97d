"""`kiosk lessons list|check|build|sheet`: the lessons that load, their problems, the bundled
packs written from kiosk/authoring/library, and a contact sheet of their pictures."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.common import load_packs
from kiosk.lessons.model import LANGUAGES
from kiosk.paths import bundled_lessons_dir

if TYPE_CHECKING:
    from kiosk.commands.common import Subparsers

NAMES: tuple[str, ...] = ("lessons",)


def add_parser(commands: Subparsers) -> None:
    lessons = commands.add_parser("lessons", help="list or check lesson packs")
    lesson_commands = lessons.add_subparsers(
        dest="lessons_command", metavar="ACTION", required=True
    )
    listing = lesson_commands.add_parser("list", help="the lessons that load")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--lessons", type=Path)
    check = lesson_commands.add_parser("check", help="validate packs; one line per problem")
    check.add_argument("dir", type=Path, nargs="?", help="a pack or a folder of packs")
    build = lesson_commands.add_parser(
        "build", help="write the bundled packs (vi and en) from kiosk/authoring/library"
    )
    build.add_argument("--out", type=Path, help="default: the bundled lessons folder")
    build.add_argument("--only", action="append", default=[], help="lesson modules (l03 ...)")
    sheet = lesson_commands.add_parser(
        "sheet", help="a contact sheet of the lessons' pictures (PNG; practice targets dashed)"
    )
    sheet.add_argument("out", type=Path)
    sheet.add_argument("--lessons", type=Path)
    sheet.add_argument("--lang", choices=LANGUAGES, default="vi")
    sheet.add_argument("--lesson", action="append", help="only this lesson id (repeatable)")
    sheet.add_argument("--thumb", type=int, default=320, help="thumbnail width in pixels")
    sheet.add_argument("--columns", type=int, default=13)
    sheet.add_argument("--no-targets", action="store_true", help="do not outline targets")


def run(args: argparse.Namespace) -> int:
    if args.lessons_command == "build":
        return _build(args)
    if args.lessons_command == "sheet":
        return _sheet(args)
    return _list(args) if args.lessons_command == "list" else _check(args)


def _list(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-lessons-") as scratch:
        library = load_packs(args.lessons, Path(scratch))
    rows = [
        {
            "id": lesson.id,
            "language": lesson.language,
            "title": lesson.title,
            "topic": lesson.topic.id,
            "steps": len(lesson.steps),
            "practices": lesson.practices,
        }
        for lesson in library.lessons
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(
                f"{row['id']:<28} {row['language']:<3} {row['topic']:<12} "
                f"{row['steps']:>3} steps {row['practices']:>2} practices  {row['title']}"
            )
        print(f"{len(rows)} lessons", file=sys.stderr)
    for problem in library.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    source = args.dir or bundled_lessons_dir()
    if not source.exists():
        print(f"{source}:0: no such file or folder", file=sys.stderr)
        return 1
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-check-") as scratch:
        library = load_packs(source, Path(scratch))
    from kiosk.narration.pronunciations import read_pronunciations
    from kiosk.paths import resources_dir

    said: list[str] = []  # the built-in pronunciations, under every pack's own
    for language in LANGUAGES:
        said += read_pronunciations(resources_dir() / "pronunciations" / f"{language}.yaml")[1]
    for problem in [*library.problems, *said]:
        print(problem)
    if library.problems or said:
        print(
            f"{len(library.problems) + len(said)} problems; "
            f"{len(library.lessons)} lessons are valid",
            file=sys.stderr,
        )
        return 1
    print(f"{len(library.lessons)} lessons, all valid", file=sys.stderr)
    return 0


def _build(args: argparse.Namespace) -> int:
    from kiosk.authoring.build import SourceError, build
    from kiosk.authoring.library import pack

    out = args.out or bundled_lessons_dir()
    if args.only and args.out is None:
        print("error: --only writes a partial library: give --out", file=sys.stderr)
        return 2
    try:
        packs = build(pack(frozenset(args.only)), out)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for folder in packs:
        print(folder)
    return 0


def _sheet(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-sheet-") as scratch:
        library = load_packs(args.lessons, Path(scratch))
        for problem in library.problems:
            print(f"warning: {problem}", file=sys.stderr)
        chosen = [
            lesson
            for lesson in library.in_language(args.lang)
            if not args.lesson or lesson.id in args.lesson
        ]
        if not chosen:
            print(f"no lessons in {args.lang} match", file=sys.stderr)
            return 1
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file, not a window
        from ui.tools.lesson_sheet import render_sheet

        render_sheet(
            chosen,
            args.out,
            thumb=args.thumb,
            columns=args.columns,
            targets=not args.no_targets,
        )
    print(args.out)
    return 0
