"""The checks a schema cannot express: topics, files on disk, targets and words inside pictures.

They run after the schema and read the same plain data, skipping every value the schema has
already found at fault, so that one mistake is reported once.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kiosk.lessons.media import ImageSize, MediaChecker
from kiosk.lessons.model import Problem, Target, Topic
from kiosk.lessons.schema import location, show
from kiosk.lessons.svgtext import Words
from kiosk.lessons.yamlsource import JsonPath, YamlDocument

# The least room the lesson player gives a step's picture (ui/screens/lesson_layout.py; a UI
# test measures the real player and keeps these numbers honest), in pixels of a screen of 768
# lines (the short side: an upright screen counts its width). Over the kiosk's screens, 16:9
# and upright: 1366x768 gives 741 x 556, 1280x720 693 x 520 (739 x 555 at 768 lines),
# 768x1366 736 x 552, 1080x1920 1048 x 786 (745 x 559), 1920x1080 1083 x 812 (770 x 577).
# Not counted here: a 4:3 screen of 1024x768 (below); a 1280x800 laptop screen gives 694 x 520.
PICTURE_BOX_768 = (736.0, 552.0)
# On that box a practice target is at least 66 px (17 mm on a 15.6-inch 768-line screen), and
# words drawn in a picture at least 22 px high: the bounds for a 768-line screen.
MIN_TARGET_PX = 66
MIN_PICTURE_TEXT_PX = 22
# On a 4:3 screen of 1024x768 the words still sit beside the picture, so it gets only
# 538 x 404 px (a UI test measures this too); but its pixels are larger on the glass: 0.297 mm
# on the usual 15-inch panel against 0.252 mm on a 15.6-inch 1366x768 one, so the 66 px
# (16.6 mm) of a 1366x768 screen are 66 * 0.252 / 0.297 = 56 px there. A practice target is
# therefore also at least 56 px on this box: 124.9 units of a 1200 x 900 picture (against
# 107.6 for 66 px on the box above), the bound that counts for 4:3 pictures.
PICTURE_BOX_4_3 = (538.0, 404.0)
MIN_TARGET_PX_4_3 = 56
# At most this many runs of small words are reported for one picture; then one line for the rest.
MAX_WORD_PROBLEMS = 5
# Characters a facilitator's notes may not hold: controls other than a line break or a tab,
# invisible format characters (zero-width spaces and joiners, direction overrides, the soft
# hyphen, a byte-order mark), private-use and unpaired surrogate code points, and the Unicode
# line and paragraph separators. They show as nothing, or turn the text around, on the console.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
_ALLOWED_CONTROLS = frozenset("\n\t")


def hidden_characters(text: str) -> list[tuple[int, str]]:
    """The hidden characters of `text`: (1-based position, "U+200B ZERO WIDTH SPACE")."""
    found = []
    for position, char in enumerate(text, start=1):
        if char in _ALLOWED_CONTROLS or unicodedata.category(char) not in _HIDDEN_CATEGORIES:
            continue
        name = unicodedata.name(char, "")
        found.append((position, f"U+{ord(char):04X}{' ' + name if name else ''}"))
    return found


def picture_scale(picture: ImageSize) -> float:
    """Pixels (at 768 lines) per unit of the picture, where the player gives it least room."""
    return min(PICTURE_BOX_768[0] / picture.width, PICTURE_BOX_768[1] / picture.height)


def smallest_target(picture: ImageSize) -> float:
    """The least width and height, in the picture's own units, of a practice target: 66 px at
    768 lines and 56 px on a 1024x768 screen, whichever asks for more."""
    on_4_3 = min(PICTURE_BOX_4_3[0] / picture.width, PICTURE_BOX_4_3[1] / picture.height)
    return max(MIN_TARGET_PX / picture_scale(picture), MIN_TARGET_PX_4_3 / on_4_3)


def smallest_text(picture: ImageSize) -> float:
    """The least font size, in the picture's own units, of words drawn in it."""
    return MIN_PICTURE_TEXT_PX / picture_scale(picture)


def pack_problems(doc: YamlDocument, bad: set[JsonPath]) -> list[Problem]:
    """Topic ids that appear twice in pack.yaml."""
    problems: list[Problem] = []
    first: dict[str, int] = {}
    topics = doc.data.get("topics")
    for index, topic in enumerate(topics if isinstance(topics, list) else []):
        topic_id = topic.get("id") if isinstance(topic, dict) else None
        path: JsonPath = ("topics", index, "id")
        if not isinstance(topic_id, str) or path in bad:
            continue
        if topic_id in first:
            message = (
                f"{location(path)} '{topic_id}' is already used by topic {first[topic_id] + 1}"
            )
            problems.append(Problem(doc.path, doc.line(path), message))
        else:
            first[topic_id] = index
    return problems


@dataclass
class LessonCheck:
    """Checks one lesson.yaml that the schema has seen; collects problems and resolved files."""

    doc: YamlDocument
    bad: set[JsonPath]
    pack_root: Path  # resolved; no file may lie outside it
    folder: Path  # the lesson folder, which paths are relative to
    topics: Mapping[str, Topic]
    media: MediaChecker
    problems: list[Problem] = field(default_factory=list)
    files: dict[JsonPath, Path] = field(default_factory=dict)  # path in the YAML -> real file
    _read: set[Path] = field(default_factory=set)  # pictures whose words were checked

    def run(self) -> None:
        data = self.doc.data
        topic = data.get("topic")
        if isinstance(topic, str) and ("topic",) not in self.bad and topic not in self.topics:
            known = ", ".join(f"'{name}'" for name in self.topics)
            self.report(("topic",), f"topic '{topic}' is not one of the pack's topics ({known})")
        self.image(("icon",))
        self.notes(("notes",))
        steps = data.get("steps")
        for index, step in enumerate(steps if isinstance(steps, list) else []):
            if isinstance(step, dict):
                self.step(index, step)
                self.notes(("steps", index, "notes"))

    def report(self, path: JsonPath, message: str) -> None:
        self.problems.append(Problem(self.doc.path, self.doc.line(path), message))

    def step(self, index: int, step: dict[str, Any]) -> None:
        size = self.image(("steps", index, "image"))
        if size is not None:
            self.words(("steps", index, "image"), size)
        if "audio" in step:
            self.audio(("steps", index, "audio"))
        practice = step.get("practice")
        target_path: JsonPath = ("steps", index, "practice", "target")
        target = practice.get("target") if isinstance(practice, dict) else None
        if size is None or not isinstance(target, dict) or self._has_fault(target_path):
            return
        box = Target(*(float(target[key]) for key in ("x", "y", "width", "height")))
        shown = (
            f"step {index + 1}: practice target (x {box.x:g}, y {box.y:g}, width "
            f"{box.width:g}, height {box.height:g})"
        )
        if box.x + box.width > size.width or box.y + box.height > size.height:
            self.report(target_path, f"{shown} goes outside image '{step['image']}' ({size})")
        least = smallest_target(size)
        if box.width < least or box.height < least:
            self.report(
                target_path,
                f"{shown} is too small to touch: on image '{step['image']}' ({size}) a target "
                f"needs a width and height of at least {least:.1f}",
            )

    def notes(self, path: JsonPath) -> None:
        """Hidden characters in the facilitator's notes at `path` (the schema has checked that
        they are text, and not too long)."""
        written = self._value(path)
        if not isinstance(written, str) or self._has_fault(path):
            return
        hidden = hidden_characters(written)
        if not hidden:
            return
        position, char = hidden[0]
        more = f" (and {len(hidden) - 1} more)" if len(hidden) > 1 else ""
        self.report(
            path,
            f"{location(path)} hold a hidden character, {char}, at character {position}{more}; "
            "write the notes as plain text",
        )

    def words(self, path: JsonPath, size: ImageSize) -> None:
        """Words drawn in the picture at `path` smaller than `smallest_text`, each reported on
        its own line of the SVG file."""
        file = self.files[path]
        if file in self._read:
            return
        self._read.add(file)
        least = smallest_text(size)
        small = [words for words in self.media.words(file) if not _legible(words, least)]
        shown = Path(os.path.normpath(self.doc.path.parent / str(self._value(path))))
        naming = f"{location(path[:2])}: image {show(self._value(path))} ({size})"
        need = f"at least {least:.1f} ({MIN_PICTURE_TEXT_PX} px on a 768-line screen)"
        for words in small[:MAX_WORD_PROBLEMS]:
            if words.size is None:
                message = (
                    f"{naming}: the size of the words '{words.words}' cannot be told "
                    f"({words.why}); words in a picture need a font size of {need}"
                )
            else:
                message = (
                    f"{naming}: the words '{words.words}' are drawn at font size "
                    f"{words.size:.1f}; words in a picture need {need}"
                )
            self.problems.append(Problem(shown, words.line, message))
        if len(small) > MAX_WORD_PROBLEMS:
            rest = len(small) - MAX_WORD_PROBLEMS
            message = f"{naming}: {rest} more runs of words are drawn smaller than {least:.1f}"
            self.problems.append(Problem(shown, small[MAX_WORD_PROBLEMS].line, message))

    def image(self, path: JsonPath) -> ImageSize | None:
        file = self.file(path)
        if file is None:
            return None
        result = self.media.image(file)
        if isinstance(result, str):
            self.report(path, f"{self._naming(path)} {result}")
            return None
        return result

    def audio(self, path: JsonPath) -> None:
        file = self.file(path)
        fault = self.media.audio(file) if file is not None else None
        if fault:
            self.report(path, f"{self._naming(path)} {fault}")

    def file(self, path: JsonPath) -> Path | None:
        """The real file a path in the YAML names, if it stays inside the pack."""
        written = self._value(path)
        if not isinstance(written, str) or self._has_fault(path):
            return None
        if "\\" in written or PurePosixPath(written).is_absolute() or written[1:2] == ":":
            self.report(path, f"{self._naming(path)} must be a relative path with forward slashes")
            return None
        try:
            real = (self.folder / written).resolve()
        except (OSError, RuntimeError):  # a symbolic-link loop
            self.report(path, f"{self._naming(path)} cannot be resolved")
            return None
        if not real.is_relative_to(self.pack_root):
            self.report(path, f"{self._naming(path)} leads outside the pack folder")
            return None
        self.files[path] = real
        return real

    def _naming(self, path: JsonPath) -> str:
        """ "step 3: image 'images/03.svg'" for ("steps", 2, "image")."""
        return f"{location(path)} {show(self._value(path))}"

    def _value(self, path: JsonPath) -> Any:
        value: Any = self.doc.data
        for key in path:
            if isinstance(value, dict) and isinstance(key, str):
                value = value.get(key)
            elif isinstance(value, list) and isinstance(key, int) and key < len(value):
                value = value[key]
            else:
                return None
        return value

    def _has_fault(self, path: JsonPath) -> bool:
        """Whether the schema found something wrong at or below `path`."""
        return any(bad[: len(path)] == path for bad in self.bad)


def _legible(words: Words, least: float) -> bool:
    return words.size is not None and words.size >= least - 1e-6
