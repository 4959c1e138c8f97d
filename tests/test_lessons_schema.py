"""The published JSON Schemas: valid, documented, in step with the README and the bundled packs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from kiosk.lessons import load_library, schema_path
from kiosk.lessons.schema import _validator, location
from kiosk.paths import bundled_lessons_dir, resources_dir
from tests.packbuilder import LESSON, PACK

KINDS = ("pack", "lesson")
README = bundled_lessons_dir() / "README.md"


def published(kind: str) -> dict[str, Any]:
    return json.loads(schema_path(kind).read_text(encoding="utf-8"))  # type: ignore[arg-type]


def plain_validator(kind: str) -> jsonschema.Draft202012Validator:
    """The schema file as any tool would run it, without the loader's help."""
    return jsonschema.Draft202012Validator(published(kind))


def properties(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property schema in a schema, with where it is."""
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            yield f"{where}.{name}", child
        for key, child in node.items():
            yield from properties(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from properties(child, f"{where}[{index}]")


@pytest.mark.parametrize("kind", KINDS)
def test_schema_files_are_where_schema_path_says(kind: str) -> None:
    assert schema_path(kind) == resources_dir() / "schemas" / f"{kind}.schema.json"  # type: ignore[arg-type]
    assert schema_path(kind).is_file()  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", KINDS)
def test_schemas_are_valid_and_documented(kind: str) -> None:
    schema = published(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"] and schema["description"]
    assert schema["additionalProperties"] is False
    found = list(properties(schema))
    assert found
    for where, child in found:
        assert child.get("title") and child.get("description"), where


def test_every_object_in_the_lesson_schema_refuses_unknown_keys() -> None:
    def objects(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for child in node.values():
                yield from objects(child)
        elif isinstance(node, list):
            for child in node:
                yield from objects(child)

    for kind in KINDS:
        for schema in objects(published(kind)):
            assert schema["additionalProperties"] is False


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("pack", PACK.format(pack_id="vi-basic", language="vi")),
        ("lesson", LESSON.format(lesson_id="vneid-install", topic="vneid")),
    ],
)
def test_the_test_packs_are_valid(kind: str, text: str) -> None:
    assert list(plain_validator(kind).iter_errors(yaml.safe_load(text))) == []


def readme_examples() -> dict[str, Any]:
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    documents = [yaml.safe_load(block) for block in blocks]
    return {
        "pack": next(d for d in documents if isinstance(d, dict) and "format" in d),
        "lesson": next(d for d in documents if isinstance(d, dict) and "steps" in d),
    }


@pytest.mark.parametrize("kind", KINDS)
def test_the_readme_examples_are_valid(kind: str) -> None:
    assert list(plain_validator(kind).iter_errors(readme_examples()[kind])) == []


def test_the_readme_lesson_example_uses_every_key() -> None:
    lesson = readme_examples()["lesson"]
    keys = set(lesson) | {key for step in lesson["steps"] for key in step}
    keys |= {key for step in lesson["steps"] for key in step.get("practice", {})}
    assert keys == set(published("lesson")["properties"]) | {
        "text",
        "narration",
        "image",
        "audio",
        "practice",
        "prompt",
        "target",
        "notes",
    }


@pytest.mark.parametrize(
    ("kind", "document"),
    [
        ("lesson", {"id": "Bad", "steps": [], "extra": 1, "icon": "/abs.svg", "title": ""}),
        (
            "lesson",
            {
                "id": "a",
                "title": "t",
                "topic": "t",
                "summary": "s",
                "icon": "i.svg",
                "steps": [
                    {"text": "x" * 301, "image": "a.gif", "audio": "a.mp3", "narration": ""},
                    {"text": "y", "image": "b.png", "practice": {"prompt": "p", "target": {}}},
                    {
                        "text": "y",
                        "image": "b.png",
                        "practice": {
                            "prompt": "p",
                            "target": {"x": -1, "y": "0", "width": 0, "height": 1},
                        },
                    },
                ],
            },
        ),
        ("pack", {"format": 2, "id": "a_b", "language": "fr", "version": 1, "topics": [{}]}),
    ],
)
def test_the_loaders_fast_validator_finds_the_same_errors(kind: str, document: Any) -> None:
    def errors(validator: jsonschema.Draft202012Validator) -> set[tuple[Any, ...]]:
        return {
            (tuple(error.absolute_path), error.validator, json.dumps(error.instance))
            for error in validator.iter_errors(document)
        }

    expected = errors(plain_validator(kind))
    assert len(expected) >= 5
    assert errors(_validator(kind)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), ""),
        (("title",), "title"),
        (("steps",), "steps"),
        (("steps", 2), "step 3"),
        (("steps", 2, "practice", "target", "x"), "step 3: practice.target.x"),
        (("topics", 0, "id"), "topic 1: id"),
        (("channels", 1), "channel 2"),
    ],
)
def test_locations_read_naturally(path: tuple[str | int, ...], text: str) -> None:
    assert location(path) == text


# --- the bundled packs ----------------------------------------------------------------------------


def bundled_files() -> list[tuple[str, Path]]:
    root = bundled_lessons_dir()
    found = [("pack", path) for path in sorted(root.rglob("pack.yaml"))]
    found += [("lesson", path) for path in sorted(root.rglob("lesson.yaml"))]
    return found


def test_the_published_schemas_accept_every_bundled_file() -> None:
    files = bundled_files()
    assert any(kind == "pack" for kind, _ in files), f"no pack.yaml under {bundled_lessons_dir()}"
    failures = []
    for kind, path in files:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for error in plain_validator(kind).iter_errors(document):
            failures.append(f"{path}: {list(error.absolute_path)}: {error.message}")
    assert failures == []


def test_the_bundled_packs_load_without_problems(tmp_path: Path) -> None:
    library = load_library(bundled_lessons_dir(), extract_dir=tmp_path)
    assert [str(problem) for problem in library.problems] == []
    assert library.packs
    assert library.lessons
