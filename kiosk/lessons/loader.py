"""Load lesson packs (folders or zips) into a Library, reporting every problem on the way.

A broken lesson is skipped and reported; the other lessons still load. A broken pack.yaml
skips its pack. Nothing in a pack is ever run: YAML is composed safely, pictures are only
checked, zips are unpacked with their paths checked.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk.lessons.checks import LessonCheck, pack_problems
from kiosk.lessons.media import MediaChecker
from kiosk.lessons.model import Lesson, Library, Pack, Practice, Problem, Step, Target, Topic
from kiosk.lessons.schema import schema_problems
from kiosk.lessons.unpack import UnpackError, find_pack_root, unpack_zip
from kiosk.lessons.yamlsource import YamlDocument, read_yaml

PACK_FILE = "pack.yaml"
LESSON_FILE = "lesson.yaml"

Shown = Callable[[Path], Path]  # the path to name in problems for a file on disk


def load_library(source: Path | Sequence[Path], *, extract_dir: Path | None = None) -> Library:
    """Load every valid lesson from `source` and report every problem.

    `source` is one pack (a folder with pack.yaml, or a .zip of one), a folder of packs (its
    direct children that are pack folders or .zip files, by name), or a list of such paths,
    loaded in turn. Zip packs are unpacked into a new folder inside `extract_dir` (by default
    a new temporary folder), which must outlive the returned Library: its lessons point there.
    """
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    loader = _Loader(extract_dir)
    for each in sources:
        loader.add_source(Path(each))
    return Library(tuple(loader.packs), tuple(loader.lessons), tuple(loader.problems))


def _as_is(path: Path) -> Path:
    return path


def _inside(path: Path, root: Path) -> bool:
    """Whether `path`, symbolic links followed, lies inside the resolved folder `root`."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symbolic-link loop
        return False


class _Loader:
    def __init__(self, extract_dir: Path | None) -> None:
        self.extract_dir = extract_dir
        self.media = MediaChecker()
        self.packs: list[Pack] = []
        self.lessons: list[Lesson] = []
        self.problems: list[Problem] = []
        self.pack_files: dict[str, Path] = {}  # pack id -> its pack.yaml, as shown
        self.lesson_files: dict[tuple[str, str], Path] = {}  # (language, id) -> lesson.yaml

    def add_source(self, source: Path) -> None:
        if source.is_dir():
            if (source / PACK_FILE).is_file():
                self.add_pack(source, _as_is)
                return
            for child in self.children(source):
                if child.is_dir() and (child / PACK_FILE).is_file():
                    self.add_pack(child, _as_is)
                elif child.is_file() and child.suffix.lower() == ".zip":
                    self.add_zip(child)
        elif source.is_file() and source.suffix.lower() == ".zip":
            self.add_zip(source)
        elif not source.exists():
            self.problems.append(Problem(source, 0, "does not exist"))
        else:
            message = "is not a lesson pack (a folder with pack.yaml, or a .zip of one)"
            self.problems.append(Problem(source, 0, message))

    def add_zip(self, archive: Path) -> None:
        if self.extract_dir is None:
            self.extract_dir = Path(tempfile.mkdtemp(prefix="kiosk-packs-"))
        self.extract_dir.mkdir(parents=True, exist_ok=True)
        try:
            unpacked = unpack_zip(archive, self.extract_dir)
        except UnpackError as error:
            self.problems.append(Problem(archive, 0, f"{error.message}; the pack was skipped"))
            return
        root = find_pack_root(unpacked)
        if root is None:
            message = f"holds no {PACK_FILE}, neither at its top nor in one top folder"
            self.problems.append(Problem(archive, 0, message))
            return

        def shown(path: Path) -> Path:
            try:
                return Path(f"{archive}/{path.relative_to(unpacked).as_posix()}")
            except ValueError:
                return path

        self.add_pack(root, shown)

    def add_pack(self, folder: Path, shown: Shown) -> None:
        pack = self.read_pack(folder, shown)
        if pack is None:
            return
        self.packs.append(pack)
        loaded: list[tuple[int, str, Lesson]] = []
        order = {topic.id: index for index, topic in enumerate(pack.topics)}
        for child in self.children(folder):
            if child.is_dir() and (child / LESSON_FILE).is_file():
                lesson = self.read_lesson(pack, child, shown)
                if lesson is not None:
                    loaded.append((order[lesson.topic.id], child.name, lesson))
        loaded.sort(key=lambda entry: entry[:2])
        self.lessons.extend(lesson for _, _, lesson in loaded)

    def children(self, folder: Path) -> list[Path]:
        """The entries of `folder` by name; none, with a problem, if it cannot be listed."""
        try:
            return sorted(folder.iterdir(), key=lambda child: child.name)
        except OSError as error:
            self.problems.append(Problem(folder, 0, f"cannot be read ({error.strerror or error})"))
            return []

    def read_document(self, file: Path, root: Path, shown: Shown) -> YamlDocument | None:
        """The parsed YAML file, or None with its problems recorded."""
        if not _inside(file, root):
            self.problems.append(Problem(shown(file), 0, "leads outside the pack folder"))
            return None
        doc = read_yaml(file, shown(file))
        if not isinstance(doc, YamlDocument):
            self.problems.extend(doc)
            return None
        return doc

    def read_pack(self, folder: Path, shown: Shown) -> Pack | None:
        root = folder.resolve()
        doc = self.read_document(folder / PACK_FILE, root, shown)
        if doc is None:
            return None
        problems, bad = schema_problems(doc, "pack")
        problems.extend(pack_problems(doc, bad))
        data = doc.data
        if not problems and data["id"] in self.pack_files:
            message = f"pack id '{data['id']}' is already used by {self.pack_files[data['id']]}"
            problems.append(Problem(doc.path, doc.line(("id",)), f"{message}; pack skipped"))
        if problems:
            self.problems.extend(sorted(problems, key=lambda problem: problem.line))
            return None
        self.pack_files[data["id"]] = doc.path
        topics = tuple(Topic(topic["id"], topic["title"].strip()) for topic in data["topics"])
        said = data.get("pronunciations", {})
        pronunciations = tuple((written.strip(), said[written].strip()) for written in said)
        return Pack(
            id=data["id"],
            title=data["title"].strip(),
            language=data["language"],
            version=data["version"].strip(),
            license=data["license"].strip(),
            topics=topics,
            folder=root,
            pronunciations=pronunciations,
        )

    def read_lesson(self, pack: Pack, folder: Path, shown: Shown) -> Lesson | None:
        doc = self.read_document(folder / LESSON_FILE, pack.folder, shown)
        if doc is None:
            return None
        problems, bad = schema_problems(doc, "lesson")
        topics = {topic.id: topic for topic in pack.topics}
        check = LessonCheck(doc, bad, pack.folder, folder, topics, self.media)
        check.run()
        problems.extend(check.problems)
        lesson_id = doc.data.get("id")
        key = (pack.language, lesson_id)
        if isinstance(lesson_id, str) and ("id",) not in bad and key in self.lesson_files:
            message = f"lesson id '{lesson_id}' is already used by {self.lesson_files[key]}"
            problems.append(Problem(doc.path, doc.line(("id",)), message))
        if problems:
            self.problems.extend(sorted(problems, key=lambda problem: problem.line))
            return None
        self.lesson_files[(pack.language, doc.data["id"])] = doc.path
        return _build_lesson(doc, check.files, pack, topics, folder)


def _build_lesson(
    doc: YamlDocument,
    files: dict[tuple[str | int, ...], Path],
    pack: Pack,
    topics: dict[str, Topic],
    folder: Path,
) -> Lesson:
    data = doc.data
    steps = []
    for index, step in enumerate(data["steps"]):
        practice = None
        if "practice" in step:
            target = step["practice"]["target"]
            box = Target(*(float(target[key]) for key in ("x", "y", "width", "height")))
            practice = Practice(step["practice"]["prompt"].strip(), box)
        text = step["text"].strip()
        steps.append(
            Step(
                text=text,
                narration=step.get("narration", text).strip(),
                image=files[("steps", index, "image")],
                audio=files.get(("steps", index, "audio")),
                practice=practice,
                notes=_notes(step),
            )
        )
    return Lesson(
        id=data["id"],
        title=data["title"].strip(),
        topic=topics[data["topic"]],
        summary=data["summary"].strip(),
        icon=files[("icon",)],
        steps=tuple(steps),
        language=pack.language,
        pack_id=pack.id,
        folder=folder.resolve(),
        channels=tuple(data.get("channels", ())),
        notes=_notes(data),
    )


def _notes(data: dict[str, Any]) -> str:
    """The facilitator's notes of a lesson or step, "" when the pack gives none."""
    return str(data.get("notes", "")).strip()
