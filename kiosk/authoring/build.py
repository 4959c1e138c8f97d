"""Write the bundled packs from their sources: pack.yaml, lesson.yaml and one SVG per step, in
each language. The output is deterministic, so a test can rebuild it and compare."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from kiosk.authoring.model import LessonSource, PackSource, StepSource
from kiosk.authoring.palette import ICON
from kiosk.authoring.svg import DrawingError, Scene
from kiosk.lessons.checks import smallest_text
from kiosk.lessons.media import ImageSize
from kiosk.lessons.model import LANGUAGES
from kiosk.lessons.svgtext import read_words


class SourceError(ValueError):
    """A lesson source that cannot become a valid lesson."""


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def draw_step(lesson: LessonSource, index: int, lang: str) -> Scene:
    step = lesson.steps[index]
    scene = Scene(lang, title=f"{lesson.title.get(lang)} – {index + 1}")
    where = f"{lesson.folder} step {index + 1} ({lang})"
    try:
        step.draw(scene)
    except DrawingError as error:
        raise SourceError(f"{where}: {error}") from error
    least = smallest_text(ImageSize(scene.width, scene.height))
    for words in read_words(io.BytesIO(scene.svg().encode("utf-8"))):
        if words.size is None or words.size < least:
            drawn = f"at font size {words.size:.1f}" if words.size is not None else words.why
            raise SourceError(
                f"{where}: '{words.words}' is drawn {drawn}; words in a picture need at least "
                f"{least:.1f}"
            )
    if step.practice is not None and scene.practice is None:
        raise SourceError(f"{where}: a practice step must mark its target")
    if step.practice is None and scene.practice is not None:
        raise SourceError(f"{where}: a target is marked but the step has no practice prompt")
    return scene


def draw_icon(lesson: LessonSource, lang: str) -> Scene:
    scene = Scene(lang, title=lesson.title.get(lang), width=ICON, height=ICON, background="none")
    lesson.icon(scene)
    return scene


def lesson_yaml(lesson: LessonSource, lang: str, targets: list[Scene]) -> str:
    lines = [
        f"id: {lesson.id}",
        f"title: {_q(lesson.title.get(lang))}",
        f"topic: {lesson.topic}",
        f"summary: {_q(lesson.summary.get(lang))}",
        "icon: images/icon.svg",
    ]
    if lesson.channels:
        lines.append(f"channels: [{', '.join(lesson.channels)}]")
    if lesson.notes is not None:
        lines.append(f"notes: {_q(lesson.notes.get(lang))}")
    lines.append("steps:")
    for index, (step, scene) in enumerate(zip(lesson.steps, targets, strict=True)):
        lines += _step_lines(step, index, lang, scene)
    return "\n".join(lines) + "\n"


def _step_lines(step: StepSource, index: int, lang: str, scene: Scene) -> list[str]:
    lines = [f"  - text: {_q(step.text.get(lang))}"]
    if step.say is not None:
        lines.append(f"    narration: {_q(step.say.get(lang))}")
    lines.append(f"    image: images/{index + 1:02d}.svg")
    if step.practice is not None and scene.practice is not None:
        box = scene.practice
        lines += [
            "    practice:",
            f"      prompt: {_q(step.practice.get(lang))}",
            f"      target: {{x: {round(box.x)}, y: {round(box.y)}, "
            f"width: {round(box.width)}, height: {round(box.height)}}}",
        ]
    if step.notes is not None:
        lines.append(f"    notes: {_q(step.notes.get(lang))}")
    return lines


def pack_yaml(source: PackSource, lang: str) -> str:
    lines = [
        "format: 1",
        f"id: {source.ids.get(lang)}",
        f"title: {_q(source.title.get(lang))}",
        f"language: {lang}",
        f"version: {_q(source.version)}",
        f"license: {source.license}",
        "topics:",
    ]
    for topic in source.topics:
        lines += [f"  - id: {topic.id}", f"    title: {_q(topic.title.get(lang))}"]
    words: dict[str, str] = {}
    for lesson in source.lessons:
        for written, spoken in lesson.pronunciations.get(lang, {}).items():
            if words.get(written, spoken) != spoken:
                raise SourceError(f"{lesson.folder}: '{written}' is said two ways in the pack")
            words[written] = spoken
    if words:
        lines.append("pronunciations:")
        lines += [f"  {_q(written)}: {_q(spoken)}" for written, spoken in sorted(words.items())]
    return "\n".join(lines) + "\n"


def build(source: PackSource, out: Path) -> list[Path]:
    """Write `out/vi` and `out/en` afresh (their old lesson folders are removed first).
    Returns the pack folders."""
    folders = [lesson.folder for lesson in source.lessons]
    if len(set(folders)) != len(folders):
        raise SourceError("two lessons share a folder name")
    # Draw everything first, so that a mistake leaves the packs on disk untouched.
    drawn: dict[str, dict[str, tuple[list[Scene], Scene]]] = {}
    for lang in LANGUAGES:
        drawn[lang] = {
            lesson.folder: (
                [draw_step(lesson, index, lang) for index in range(len(lesson.steps))],
                draw_icon(lesson, lang),
            )
            for lesson in source.lessons
        }
    packs: list[Path] = []
    for lang in LANGUAGES:
        pack = out / lang
        if pack.exists():
            shutil.rmtree(pack)
        pack.mkdir(parents=True)
        (pack / "pack.yaml").write_text(pack_yaml(source, lang), encoding="utf-8")
        for lesson in source.lessons:
            scenes, icon = drawn[lang][lesson.folder]
            folder = pack / lesson.folder
            (folder / "images").mkdir(parents=True)
            (folder / "lesson.yaml").write_text(lesson_yaml(lesson, lang, scenes), "utf-8")
            (folder / "images" / "icon.svg").write_text(icon.svg(), encoding="utf-8")
            for index, scene in enumerate(scenes):
                (folder / "images" / f"{index + 1:02d}.svg").write_text(scene.svg(), "utf-8")
        packs.append(pack)
    return packs
