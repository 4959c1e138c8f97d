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
import os
import zlib
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.lessons.model import Lesson, Library, Pack, Practice, Problem, Step, Target, Topic

INDEX_FILE = "lessons-index.json"
INDEX_FORMAT = 2  # 2: packs have pronunciations


def fingerprint(source: Path) -> str:
    """Changes whenever a file under `source` is added, removed, resized or touched."""
    head = f"{INDEX_FORMAT} {__version__} {source.resolve()}"
    if source.is_file():
        entries = [source]
    else:
        entries = sorted(path for path in source.rglob("*") if path.is_file())
    checksum, total = 0, 0
    for path in entries:
        stat = path.stat()
        total += stat.st_size
        checksum = zlib.crc32(f"{path} {stat.st_size} {stat.st_mtime_ns}\n".encode(), checksum)
    return f"{head} files={len(entries)} bytes={total} crc={checksum:08x}"


def _topic(raw: dict[str, Any]) -> Topic:
    return Topic(raw["id"], raw["title"])


def _step(raw: dict[str, Any]) -> Step:
    practice = raw["practice"]
    return Step(
        text=raw["text"],
        narration=raw["narration"],
        image=Path(raw["image"]),
        audio=Path(raw["audio"]) if raw["audio"] else None,
        practice=Practice(practice["prompt"], Target(**practice["target"])) if practice else None,
    )


def _lesson(raw: dict[str, Any]) -> Lesson:
    return Lesson(
        id=raw["id"],
        title=raw["title"],
        topic=_topic(raw["topic"]),
        summary=raw["summary"],
        icon=Path(raw["icon"]),
        steps=tuple(_step(step) for step in raw["steps"]),
        language=raw["language"],
        pack_id=raw["pack_id"],
        folder=Path(raw["folder"]),
        channels=tuple(raw["channels"]),
    )


def _pack(raw: dict[str, Any]) -> Pack:
    topics = tuple(_topic(topic) for topic in raw["topics"])
    fields = {key: raw[key] for key in ("id", "title", "language", "version", "license")}
    pronunciations = tuple((written, spoken) for written, spoken in raw["pronunciations"])
    return Pack(**fields, topics=topics, folder=Path(raw["folder"]), pronunciations=pronunciations)


def library_to_json(library: Library) -> str:
    from dataclasses import asdict

    return json.dumps(asdict(library), ensure_ascii=False, default=str)


def library_from_json(text: str) -> Library:
    raw = json.loads(text)
    return Library(
        packs=tuple(_pack(pack) for pack in raw["packs"]),
        lessons=tuple(_lesson(lesson) for lesson in raw["lessons"]),
        problems=tuple(Problem(Path(p["path"]), p["line"], p["message"]) for p in raw["problems"]),
    )


def _read_index(index: Path, expected: str) -> Library | None:
    try:
        head, _, body = index.read_text(encoding="utf-8").partition("\n")
        if head != expected:
            return None
        library = library_from_json(body)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    files = [step.image for lesson in library.lessons for step in lesson.steps]
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
    library = _read_index(index, head)
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
