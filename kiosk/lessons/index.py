"""The validated library, remembered between starts.

Checking every pack at each start costs the kiosk a third of its start-up on an old PC (YAML,
the JSON Schema, every picture's header). The result is kept in `lessons-index.json` in the
data directory with a fingerprint of every pack file (path, size, modification time); while
no file changes, the next start reads the index instead and never imports the checkers. Any
change, a new kiosk version or a damaged index means a full check, as on the first start.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

from kiosk import __version__, guarded
from kiosk.lessons.model import Lesson, Library, Pack, Practice, Problem, Step, Target, Topic

INDEX_FILE = "lessons-index.json"
# 2: packs have pronunciations; 3: SVG pictures checked for outside references; 4: lessons and
# steps have the facilitator's notes
INDEX_FORMAT = 4
MAX_INDEX_BYTES = 32_000_000  # about 215 kB for the 30 bundled lessons

log = logging.getLogger(__name__)


def fingerprint(source: Path) -> str:
    """Changes whenever a file under `source` is added, removed, resized or touched."""
    head = f"{INDEX_FORMAT} {__version__} {source.resolve()}"
    if source.is_file():
        entries = [(str(source), source.stat())]
    else:
        entries = [(entry.path, entry.stat()) for entry in _files_under(str(source))]
    checksum, total = 0, 0
    for path, stat in entries:
        total += stat.st_size
        checksum = zlib.crc32(f"{path} {stat.st_size} {stat.st_mtime_ns}\n".encode(), checksum)
    return f"{head} files={len(entries)} bytes={total} crc={checksum:08x}"


def _files_under(root: str) -> list[os.DirEntry[str]]:
    """The files under `root` in the order of their paths' parts: what
    `sorted(p for p in Path(root).rglob("*") if p.is_file())` gives (links followed to files,
    never into folders; a folder that cannot be read left out), in a quarter of the time."""
    found: list[os.DirEntry[str]] = []
    folders = [root]
    while folders:
        try:
            with os.scandir(folders.pop()) as listing:
                for entry in listing:
                    if entry.is_dir():
                        if not entry.is_symlink():
                            folders.append(entry.path)
                    elif entry.is_file():
                        found.append(entry)
        except OSError:
            continue
    found.sort(key=lambda entry: entry.path.split(os.sep))
    return found


class _Reader:
    """Turns the parsed index back into the domain, checking the type of every value: a
    damaged or hand-edited index is a BadFile (and a full check follows), never a Lesson
    whose title is a list."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self, raw: Any, key: str, kind: type) -> Any:
        return guarded.field(raw, key, kind, self.path)

    def text(self, raw: Any, key: str) -> str:
        return str(self.get(raw, key, str))

    def items(self, raw: Any, key: str) -> list[Any]:
        return list(self.get(raw, key, list))

    def topic(self, raw: Any) -> Topic:
        return Topic(self.text(raw, "id"), self.text(raw, "title"))

    def step(self, raw: Any) -> Step:
        practice = guarded.field(raw, "practice", object, self.path)
        audio = guarded.field(raw, "audio", object, self.path)
        if audio is not None:
            audio = Path(guarded.expect(audio, str, self.path, "audio"))
        return Step(
            text=self.text(raw, "text"),
            narration=self.text(raw, "narration"),
            image=Path(self.text(raw, "image")),
            audio=audio,
            practice=None if practice is None else self.practice(practice),
            notes=self.text(raw, "notes"),
        )

    def practice(self, raw: Any) -> Practice:
        target = self.get(raw, "target", dict)
        box = (float(self.get(target, key, float)) for key in ("x", "y", "width", "height"))
        return Practice(self.text(raw, "prompt"), Target(*box))

    def lesson(self, raw: Any) -> Lesson:
        channels = self.items(raw, "channels")
        return Lesson(
            id=self.text(raw, "id"),
            title=self.text(raw, "title"),
            topic=self.topic(self.get(raw, "topic", dict)),
            summary=self.text(raw, "summary"),
            icon=Path(self.text(raw, "icon")),
            steps=tuple(self.step(step) for step in self.items(raw, "steps")),
            language=self.text(raw, "language"),
            pack_id=self.text(raw, "pack_id"),
            folder=Path(self.text(raw, "folder")),
            channels=tuple(guarded.expect(c, str, self.path, "channels") for c in channels),
            notes=self.text(raw, "notes"),
        )

    def pack(self, raw: Any) -> Pack:
        topics = tuple(self.topic(topic) for topic in self.items(raw, "topics"))
        fields = {key: self.text(raw, key) for key in ("id", "title", "language", "version")}
        pairs = []
        for pair in self.items(raw, "pronunciations"):
            written, spoken = guarded.expect(pair, list, self.path, "pronunciations")
            pairs.append(
                (
                    guarded.expect(written, str, self.path, "pronunciations"),
                    guarded.expect(spoken, str, self.path, "pronunciations"),
                )
            )
        return Pack(
            **fields,
            license=self.text(raw, "license"),
            topics=topics,
            folder=Path(self.text(raw, "folder")),
            pronunciations=tuple(pairs),
        )

    def problem(self, raw: Any) -> Problem:
        line = guarded.field(raw, "line", int, self.path)
        return Problem(Path(self.text(raw, "path")), line, self.text(raw, "message"))

    def library(self, raw: Any) -> Library:
        return Library(
            packs=tuple(self.pack(pack) for pack in self.items(raw, "packs")),
            lessons=tuple(self.lesson(lesson) for lesson in self.items(raw, "lessons")),
            problems=tuple(self.problem(problem) for problem in self.items(raw, "problems")),
        )


def library_to_json(library: Library) -> str:
    from dataclasses import asdict

    return json.dumps(asdict(library), ensure_ascii=False, default=str)


def library_from_json(text: str, path: Path = Path(INDEX_FILE)) -> Library:
    """The library an index body holds; BadFile (naming `path`) when it is not one."""
    raw = guarded.parse_json(text, path)
    try:
        return _Reader(path).library(raw)
    except ValueError as error:  # a pronunciation pair that is not a pair
        raise guarded.BadFile(path, f"not a lessons index ({error})") from None


def _read_index(index: Path, expected: str, source: Path | None = None) -> Library | None:
    """The library the index holds for `expected` sources; None (logged when the file is
    damaged) when a full check is needed. The pictures are looked for where the fingerprint
    does not see them (outside `source`: the zip packs' unpacked copies)."""
    try:
        head, _, body = guarded.read_text(index, max_bytes=MAX_INDEX_BYTES).partition("\n")
        if head != expected:
            return None
        library = library_from_json(body, index)
    except FileNotFoundError:
        return None
    except guarded.BadFile as bad:
        log.warning("lessons index: %s; checking every pack again", bad)
        return None
    files = [step.image for lesson in library.lessons for step in lesson.steps]
    if source is not None and source.is_dir():
        inside = os.path.join(os.path.abspath(source), "")
        files = [path for path in files if not os.path.abspath(path).startswith(inside)]
    return library if all(path.is_file() for path in files) else None


def _write_index(index: Path, head: str, library: Library) -> None:
    import tempfile

    index.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=index.parent, prefix=".lessons-index-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(head + "\n" + library_to_json(library))
    os.replace(tmp, index)


def load_indexed_library(source: Path, data_dir: Path) -> Library:
    """The library of `source`, from the index when nothing changed, else checked afresh.
    Zip packs are unpacked under `data_dir/packs`, which is renewed with each full check."""
    head = fingerprint(source)
    index = data_dir / INDEX_FILE
    library = _read_index(index, head, source)
    if library is not None:
        return library
    import shutil

    from kiosk.lessons.loader import load_library  # the checkers: YAML, JSON Schema, Pillow

    unpacked = data_dir / "packs"
    shutil.rmtree(unpacked, ignore_errors=True)
    library = load_library(source, extract_dir=unpacked)
    # A read-only or full disk: the kiosk still runs, and checks again at the next start.
    with contextlib.suppress(OSError):
        _write_index(index, head, library)
    return library
