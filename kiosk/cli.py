"""The `kiosk` command. The one module of the core that may import `ui` (inside commands)."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.lessons.index import load_indexed_library
from kiosk.lessons.model import LANGUAGES, Library
from kiosk.paths import bundled_lessons_dir, default_data_dir
from kiosk.private import create_private, private_dir, tighten_data_dir
from kiosk.records.commands import add_commands
from kiosk.records.commands import run as run_records_command
from kiosk.reports.commands import add_report_command, run_report
from kiosk.settings import load_settings

if TYPE_CHECKING:
    from kiosk.reports.model import Report

log = logging.getLogger("kiosk")

_RECORD_COMMANDS = ("records", "backup", "pin")  # in kiosk/records/commands.py


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, got {text!r}")
    return int(match[1]), int(match[2])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="The cultural-house kiosk: digital skills lessons for residents."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def data_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--data-dir", type=Path, help="where records and caches live")
        p.add_argument("--lessons", type=Path, help="one lesson pack or a folder of packs")
        p.add_argument("--lang", choices=LANGUAGES, help="interface language")

    run = commands.add_parser("run", help="start the kiosk (the default)")
    run.add_argument("--windowed", action="store_true", help="a 1280x800 window, for development")
    data_options(run)
    # For `kiosk bench`: open on the home screen, report its first frame, and exit.
    run.add_argument("--bench-first-frame", action="store_true", help=argparse.SUPPRESS)

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

    channels = commands.add_parser("channels", help="the official channels shown as QR codes")
    channel_commands = channels.add_subparsers(
        dest="channels_command", metavar="ACTION", required=True
    )
    channel_list = channel_commands.add_parser("list", help="the channels and their addresses")
    channel_list.add_argument("--json", action="store_true")
    channel_list.add_argument("--lang", choices=LANGUAGES, default="vi")
    channel_list.add_argument("--data-dir", type=Path)
    channel_check = channel_commands.add_parser("check", help="validate channels and lesson links")
    channel_check.add_argument("--data-dir", type=Path)
    channel_check.add_argument("--lessons", type=Path)

    settings = commands.add_parser("settings", help="the kiosk's settings file")
    settings_commands = settings.add_subparsers(
        dest="settings_command", metavar="ACTION", required=True
    )
    settings_check = settings_commands.add_parser(
        "check", help="validate settings.json and the kiosk id; one line per problem"
    )
    settings_check.add_argument("--data-dir", type=Path)

    handout = commands.add_parser("handout", help="a lesson's take-home sheet as a PDF")
    handout.add_argument("lesson_id")
    handout.add_argument("--pdf", type=Path, required=True, help="where to write it")
    handout.add_argument("--paper", choices=("A5", "A4"), default="A5")
    data_options(handout)

    printing = commands.add_parser("print", help="print a lesson's handout through the spooler")
    printing.add_argument("lesson_id")
    printing.add_argument(
        "--printer", help="a CUPS queue name (default: the setting, else the system's)"
    )
    printing.add_argument("--paper", choices=("A5", "A4"))
    data_options(printing)

    poster = commands.add_parser("poster", help="an A4 poster of the commune's channels")
    poster.add_argument("--pdf", type=Path, required=True)
    data_options(poster)

    bench = commands.add_parser("bench", help="measure speed and memory")
    bench.add_argument("--json", type=Path, dest="json_out", help="write the figures here")
    bench.add_argument(
        "--only",
        help="run one group (start, step, memory, narration, print, records, reports; soak, "
        "10,000 inputs to the real kiosk under Xvfb, runs only when asked for)",
    )
    bench.add_argument("--lessons", type=Path)
    add_commands(commands)
    add_report_command(commands)
    return parser


def _library(source: Path | None, extract_dir: Path) -> Library:
    from kiosk.lessons import load_library

    return load_library(source or bundled_lessons_dir(), extract_dir=extract_dir)


def _rotate(log_file: Path, keep: int = 3, max_bytes: int = 2_000_000) -> None:
    """At start, a log over `max_bytes` becomes kiosk.log.1 (the oldest of `keep` goes)."""
    if not log_file.exists() or log_file.stat().st_size < max_bytes:
        return
    for number in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{number + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def _setup_logging(data_dir: Path | None) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if data_dir is not None:
        try:
            log_file = data_dir / "logs" / "kiosk.log"
            private_dir(log_file.parent, ours=True)  # and the data directory, when new: 0700
            _rotate(log_file)
            create_private(log_file)  # 0600 before the handler appends to it
            handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
        except OSError as error:
            print(f"kiosk: cannot write logs in {data_dir}: {error}", file=sys.stderr)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )


def _run(args: argparse.Namespace) -> int:
    data_dir: Path = args.data_dir or default_data_dir()
    _setup_logging(data_dir)
    tighten_data_dir(data_dir)  # what earlier versions left readable by others; logged
    from kiosk import crashtrace

    previous_crash = crashtrace.arm(data_dir)  # a native crash leaves logs/crash.txt
    if previous_crash is not None:
        crashtrace.log_previous(previous_crash)
    settings, problems = load_settings(data_dir, remember=True)
    for problem in problems:
        log.warning("%s", problem)
    library = load_indexed_library(args.lessons or bundled_lessons_dir(), data_dir)
    for lesson_problem in library.problems:
        log.warning("lesson pack problem: %s", lesson_problem)
    log.info("kiosk %s starting with %d lessons", __version__, len(library.lessons))
    from ui.app import run_kiosk

    return run_kiosk(
        library,
        settings,
        data_dir,
        windowed=args.windowed,
        language=args.lang,
        first_frame_only=args.bench_first_frame,
        previous_crash=previous_crash,
    )


def _shot(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-shot-") as scratch:
        settings, _ = load_settings(args.data_dir or Path(scratch))
        library = _library(args.lessons, Path(scratch) / "packs")
        from PySide6.QtCore import QSize

        from ui.app import create_app
        from ui.shot import ShotError, take_shot

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


def _lessons_list(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-lessons-") as scratch:
        library = _library(args.lessons, Path(scratch))
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


def _lessons_check(args: argparse.Namespace) -> int:
    source = args.dir or bundled_lessons_dir()
    if not source.exists():
        print(f"{source}:0: no such file or folder", file=sys.stderr)
        return 1
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-check-") as scratch:
        library = _library(source, Path(scratch))
    from kiosk.narration.normalize import read_pronunciations
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


def _lessons_build(args: argparse.Namespace) -> int:
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


def _lessons_sheet(args: argparse.Namespace) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-sheet-") as scratch:
        library = _library(args.lessons, Path(scratch))
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
        from ui.lesson_sheet import render_sheet

        render_sheet(
            chosen,
            args.out,
            thumb=args.thumb,
            columns=args.columns,
            targets=not args.no_targets,
        )
    print(args.out)
    return 0


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
    from ui.playfile import play_file

    problem = play_file(wav)
    if problem:
        print(f"kiosk say: {problem}", file=sys.stderr)
    return 0


def _channels(args: argparse.Namespace) -> int:
    from kiosk.channels import channel_rows, check_lesson_links, format_table, load_channels

    data_dir: Path = args.data_dir or default_data_dir()
    registry, problems = load_channels(data_dir)
    if args.channels_command == "list":
        rows = channel_rows(registry, args.lang)
        print(json.dumps(rows, ensure_ascii=False, indent=2) if args.json else format_table(rows))
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
        return 0
    library = load_indexed_library(args.lessons or bundled_lessons_dir(), data_dir)
    problems += check_lesson_links(registry, library)
    for problem in problems:
        print(problem)
    print(f"{len(registry.channels)} channels, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def _settings_check(args: argparse.Namespace) -> int:
    """`kiosk settings check`: what the kiosk would say of settings.json and kiosk-id at start
    (it starts anyway, with the last good values or the defaults)."""
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


def _sheet(args: argparse.Namespace) -> int:
    """`kiosk handout` and `kiosk poster`: PDFs, rendered offscreen."""
    from kiosk.channels import load_channels

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
    print(f"printed as job {outcome.job} ({outcome.pdf})")
    return 0


def _bench(args: argparse.Namespace) -> int:
    if args.only == "records":  # no Qt needed
        from kiosk.records.bench import run_records_bench

        return run_records_bench(json_out=args.json_out)
    from ui.bench import run_bench

    return run_bench(json_out=args.json_out, only=args.only, lessons=args.lessons)


def _report_pdf_writer() -> Callable[[Report, Path, str, Mapping[str, str] | None], object]:
    """For `kiosk report --format pdf`: the report drawn with Qt, offscreen. ImportError when
    this installation cannot draw it."""
    from ui.app import create_app
    from ui.reports.pdf import write_report_pdf

    create_app(offscreen=True)

    def write(report: Report, out: Path, language: str, titles: Mapping[str, str] | None) -> int:
        return write_report_pdf(report, out, language, lesson_titles=titles)

    return write


# What writes in the data directory (`kiosk run` makes it as it sets up its log). Reading
# commands (`report`, `records people`, ...) never make it: they may read a write-protected stick.
_WRITING = {"narrate", "say", "handout", "print", "poster", "pin"}
_WRITING_RECORDS = {"import", "purge", "person"}


def _make_data_dir(args: argparse.Namespace) -> None:
    """A new data directory is made owner-only (0700; kiosk/private.py), whichever command
    makes it; one that exists is left as it is until `kiosk run` closes it."""
    writes = args.command in _WRITING or (
        args.command == "records" and args.records_command in _WRITING_RECORDS
    )
    if writes:
        with contextlib.suppress(OSError):  # the command says what it could not write
            private_dir(args.data_dir or default_data_dir())


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    if command == "run":
        if args.command is None:  # plain `kiosk`: the defaults of `kiosk run`
            args = _parser().parse_args(["run"])
        return _run(args)
    _make_data_dir(args)
    if command in _RECORD_COMMANDS:
        return run_records_command(args)
    if command == "report":
        return run_report(args, _report_pdf_writer)
    if command == "shot":
        return _shot(args)
    if command == "lessons":
        if args.lessons_command == "build":
            return _lessons_build(args)
        if args.lessons_command == "sheet":
            return _lessons_sheet(args)
        return _lessons_list(args) if args.lessons_command == "list" else _lessons_check(args)
    if command == "bench":
        return _bench(args)
    if command == "channels":
        return _channels(args)
    if command == "settings":
        return _settings_check(args)
    if command in ("handout", "poster", "print"):
        return _sheet(args)
    if command == "narrate":
        return _narrate(args)
    if command == "say":
        return _say(args)
    raise AssertionError(command)
