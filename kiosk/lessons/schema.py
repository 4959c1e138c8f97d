"""Check pack.yaml and lesson.yaml against the published JSON Schemas.

The schemas in `resources/schemas/` are the definition of the format: the loader runs exactly
them (Draft 2020-12), and authors can run them too with ordinary tools such as
`check-jsonschema --schemafile resources/schemas/lesson.schema.json */lesson.yaml`.
Every schema error becomes a Problem with the line of the value at fault.
"""

from __future__ import annotations

import difflib
import functools
import json
from pathlib import Path
from typing import Any, Literal

from jsonschema import Draft202012Validator, ValidationError

from kiosk.lessons.model import Problem
from kiosk.lessons.yamlsource import JsonPath, YamlDocument
from kiosk.paths import resources_dir

SchemaKind = Literal["pack", "lesson"]

ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"

# What each list holds, for messages such as "step 3: ..." and "needs at least 1 step".
_ITEM_NAMES = {"steps": "step", "topics": "topic", "channels": "channel"}

_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "a mapping of keys to values",
    "boolean": "true or false",
}


def schema_path(kind: SchemaKind) -> Path:
    """The published JSON Schema of `pack.yaml` ("pack") or `lesson.yaml` ("lesson")."""
    return resources_dir() / "schemas" / f"{kind}.schema.json"


@functools.cache
def _validator(kind: SchemaKind) -> Draft202012Validator:
    schema = json.loads(schema_path(kind).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


_ANNOTATIONS = {"title", "description"}


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """The same schema with every local `#/$defs/...` reference written out in place.

    Following references is most of jsonschema's work on our small files; written out, the
    check is about twice as fast. Errors are the same, keyword for keyword.
    """
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    inlined = {key: _inline_refs(value, defs) for key, value in node.items() if key != "$defs"}
    reference = inlined.pop("$ref", None)
    if not isinstance(reference, str) or not reference.startswith("#/$defs/"):
        if reference is not None:
            inlined["$ref"] = reference
        return inlined
    target = _inline_refs(defs[reference.removeprefix("#/$defs/")], defs)
    clashes = (set(target) & set(inlined)) - _ANNOTATIONS
    if clashes:
        return {"allOf": [target, inlined]}
    return {**target, **inlined}


def _pattern_meaning(pattern: str) -> str:
    if pattern == ID_PATTERN:
        return "must be lowercase letters and digits joined by single hyphens, like vneid-install"
    if pattern == "\\S":
        return "must not be empty"
    if "[Ss][Vv][Gg]" in pattern:
        return "must be a relative path with forward slashes to an .svg, .png, .jpg or .jpeg file"
    if "[Ww][Aa][Vv]" in pattern:
        return "must be a relative path with forward slashes to a .wav or .flac file"
    return f"must match the pattern {pattern}"


def schema_problems(
    document: YamlDocument, kind: SchemaKind
) -> tuple[list[Problem], set[JsonPath]]:
    """All schema errors of `document`, and the paths of the values found at fault."""
    problems: list[Problem] = []
    bad: set[JsonPath] = set()
    reported: set[tuple[int, str]] = set()
    for error in _validator(kind).iter_errors(document.data):
        path: JsonPath = tuple(error.absolute_path)
        bad.add(path)
        for line, message in _describe(error, path, document):
            if (line, message) not in reported:
                reported.add((line, message))
                problems.append(Problem(document.path, line, message))
    problems.sort(key=lambda problem: problem.line)
    return problems, bad


def _describe(error: ValidationError, path: JsonPath, doc: YamlDocument) -> list[tuple[int, str]]:
    where = location(path)
    at = f"{where}: " if where else ""
    line = doc.line(path)
    keyword, value = error.validator, error.instance
    expected: Any = error.validator_value
    if "propertyNames" in error.schema_path and isinstance(value, str):
        line = doc.line((*path, value))  # a key at fault: name it, at its own line
        at = f"{at}key {show(value)} "
    if keyword == "required" and isinstance(value, dict):
        return [(line, f"{at}missing required key '{key}'") for key in expected if key not in value]
    if keyword == "additionalProperties" and isinstance(value, dict):
        schema: Any = error.schema
        known = list(schema.get("properties", {}))
        found = []
        for key in value:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                found.append((doc.line((*path, key)), f"{at}unknown key '{key}'{hint}"))
        return found
    message = _message(keyword, expected, value, path) or error.message
    return [(line, at + message)]


def _message(keyword: Any, expected: Any, value: Any, path: JsonPath) -> str:
    item = _ITEM_NAMES.get(str(path[-1]) if path else "", "item")
    if keyword == "type":
        wanted = _TYPE_NAMES.get(str(expected), str(expected))
        hint = " (put it in quotes)" if expected == "string" and _is_scalar(value) else ""
        return f"expected {wanted}, got {show(value)}{hint}"
    if keyword == "const":
        return f"must be {json.dumps(expected)}, not {show(value)}"
    if keyword == "enum":
        return f"must be one of {', '.join(show(choice) for choice in expected)}, not {show(value)}"
    if keyword == "pattern":
        meaning = _pattern_meaning(str(expected))
        return meaning if meaning == "must not be empty" else f"{show(value)} {meaning}"
    if keyword == "minItems":
        return f"needs at least {expected} {item}{'s' if expected != 1 else ''}, has {len(value)}"
    if keyword == "maxItems":
        return f"has {len(value)} {item}s; the limit is {expected}"
    if keyword == "maxProperties":
        return f"has {len(value)} entries; the limit is {expected}"
    if keyword == "maxLength":
        return f"is {len(value)} characters long; the limit is {expected}"
    if keyword == "minimum":
        return f"must be at least {expected}, not {show(value)}"
    if keyword == "exclusiveMinimum":
        return f"must be more than {expected}, not {show(value)}"
    if keyword == "uniqueItems":
        repeated = next((v for i, v in enumerate(value) if v in value[:i]), None)
        return f"lists {show(repeated)} more than once"
    return ""


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (bool, int, float))


def show(value: Any) -> str:
    """A short rendering of a YAML value for a message."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return repr(text)
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)  # pragma: no cover - YAML gives no other kinds


def location(path: JsonPath) -> str:
    """Where a value is, for a message.

    ("steps", 2, "practice", "target") gives "step 3: practice.target".
    """
    segments: list[str] = []
    keys: list[str] = []
    for element in path:
        if isinstance(element, int):
            name = keys.pop() if keys else ""
            if keys:
                segments.append(".".join(keys))
                keys = []
            segments.append(f"{_ITEM_NAMES.get(name, name + ' item')} {element + 1}")
        else:
            keys.append(element)
    if keys:
        segments.append(".".join(keys))
    return ": ".join(segments)
