"""Read a pack's YAML file safely, keeping the line of every key and value.

The file is read as UTF-8 and *composed* (never constructed) with PyYAML's safe loader; the
node graph is then turned into plain Python values (dict, list, str, int, float, bool, None)
here, so no YAML tag can ever create an object or run code. Anchors and aliases are refused
(they would let a tiny file expand into a huge one), and so are tags outside YAML's core set.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk import guarded
from kiosk.lessons.model import Problem

# The libyaml-backed loader is several times faster; both give the same nodes and marks.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Constructor = yaml.SafeLoader("")  # only its pure scalar helpers are used

MAX_YAML_BYTES = 1024 * 1024
MAX_YAML_DEPTH = 32  # a lesson nests 5 deep; more is a mistake or an attack

JsonPath: TypeAlias = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_AS_TEXT = {f"{_TAG}str", f"{_TAG}timestamp", f"{_TAG}merge"}  # JSON has no dates


@dataclass
class YamlDocument:
    """A parsed file: its data, and the 1-based line of every path into it.

    For a mapping entry the line is the key's line (where `practice:` is written, even when its
    mapping starts on the next line); for a list item it is the item's own first line.
    """

    path: Path
    data: Any
    lines: dict[JsonPath, int] = field(default_factory=dict)

    def line(self, path: Iterable[str | int]) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        key = tuple(path)
        while key not in self.lines and key:
            key = key[:-1]
        return self.lines.get(key, 1)


class _Refused(Exception):
    def __init__(self, line: int, message: str, alias: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.alias = alias


def _first_alias_line(text: str) -> int | None:
    """The line of the first alias: composed nodes only know where their anchor is."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
            return int(event.start_mark.line) + 1
    return None  # pragma: no cover - only called when an alias was composed


def read_yaml(path: Path, shown_as: Path | None = None) -> YamlDocument | list[Problem]:
    """Parse one YAML file into a mapping, or return the problems that stop it.

    `shown_as` is the path named in problems (for a file extracted from a zip). The file is
    read through kiosk/guarded.py: bounded in size, never a folder, device or pipe.
    """
    shown = shown_as or path
    try:
        raw = guarded.read_bytes(path, max_bytes=MAX_YAML_BYTES)
    except FileNotFoundError:
        return [Problem(shown, 0, "the file cannot be read (it is missing)")]
    except guarded.BadFile as bad:
        return [Problem(shown, bad.line or 0, bad.reason)]
    return parse_yaml(raw, shown)


def read_yaml_data(
    path: Path, *, max_bytes: int = guarded.MAX_BYTES, max_depth: int = guarded.MAX_DEPTH
) -> Any:
    """The mapping in a YAML file that is not a lesson (a pronunciation list), as plain values,
    composed as a pack's files are (no tags, no aliases), within the limits of
    kiosk/guarded.py; else guarded.BadFile with the first problem."""
    path = Path(path)
    document = parse_yaml(guarded.read_bytes(path, max_bytes=max_bytes), path, max_depth=max_depth)
    if isinstance(document, YamlDocument):
        return document.data
    first = document[0]
    raise guarded.BadFile(path, first.message, first.line or None)


def parse_yaml(
    raw: bytes, shown: Path, *, max_depth: int = MAX_YAML_DEPTH
) -> YamlDocument | list[Problem]:
    """Parse YAML bytes named `shown` in problems: UTF-8 (a byte-order mark is dropped), no
    deeper than `max_depth` (checked before composing, which recurses)."""
    try:
        text = guarded.decode_text(raw, shown)
        guarded.check_yaml_depth(text, shown, max_depth)
    except guarded.BadFile as bad:
        return [Problem(shown, bad.line or 0, bad.reason)]
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        return [Problem(shown, line, f"invalid YAML: {_yaml_reason(error)}")]
    except yaml.YAMLError as error:  # ReaderError: a character YAML does not allow
        position = getattr(error, "position", 0)
        line = text[:position].count("\n") + 1
        reason = getattr(error, "reason", str(error))
        return [Problem(shown, line, f"invalid YAML: {reason}")]
    if root is None:
        return [Problem(shown, 1, "file is empty; expected a mapping of keys to values")]
    if not isinstance(root, MappingNode) or root.tag != f"{_TAG}map":
        kind = "a list" if isinstance(root, SequenceNode) else "a single value"
        line = root.start_mark.line + 1
        return [Problem(shown, line, f"expected a mapping of keys to values, found {kind}")]
    document = YamlDocument(shown, None, {(): root.start_mark.line + 1})
    problems: list[Problem] = []
    try:
        document.data = _convert(root, (), document.lines, problems, shown, set())
    except _Refused as refused:
        alias_line = _first_alias_line(text) if refused.alias else None
        problems.append(Problem(shown, alias_line or refused.line, refused.message))
    return problems or document


def _yaml_reason(error: yaml.MarkedYAMLError) -> str:
    parts = [part for part in (error.context, error.problem) if part]
    return ", ".join(parts) if parts else "cannot be parsed"


def _convert(
    node: Node,
    path: JsonPath,
    lines: dict[JsonPath, int],
    problems: list[Problem],
    shown: Path,
    seen: set[int],
) -> Any:
    line = lines.get(path, node.start_mark.line + 1)
    if id(node) in seen:
        raise _Refused(line, "YAML aliases (*name) are not allowed; write the value out", True)
    seen.add(id(node))
    if isinstance(node, ScalarNode):
        return _scalar(node, line)
    if isinstance(node, SequenceNode):
        if node.tag != f"{_TAG}seq":
            raise _Refused(line, f"tag '{node.tag}' is not allowed")
        items = []
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            items.append(_convert(item, (*path, index), lines, problems, shown, seen))
        return items
    if isinstance(node, MappingNode):
        if node.tag != f"{_TAG}map":
            raise _Refused(line, f"tag '{node.tag}' is not allowed")
        mapping: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                raise _Refused(key_line, "a key must be plain text, not a list or mapping")
            key = str(key_node.value)
            if key in mapping:
                problems.append(
                    Problem(
                        shown, key_line, f"duplicate key '{key}' (first at line {first_line[key]})"
                    )
                )
                continue
            first_line[key] = key_line
            lines[(*path, key)] = key_line
            mapping[key] = _convert(value_node, (*path, key), lines, problems, shown, seen)
        return mapping
    raise _Refused(line, "unsupported YAML node")  # pragma: no cover - PyYAML has three kinds


def _scalar(node: ScalarNode, line: int) -> Any:
    tag = node.tag
    if tag in _AS_TEXT:
        return node.value
    if tag == f"{_TAG}null":
        return None
    if tag == f"{_TAG}bool":
        return _Constructor.construct_yaml_bool(node)
    if tag == f"{_TAG}int":
        if len(str(node.value)) > guarded.MAX_INT_DIGITS:
            raise _Refused(line, f"a number {len(str(node.value))} characters long is too large")
        return _Constructor.construct_yaml_int(node)
    if tag == f"{_TAG}float":
        number = _Constructor.construct_yaml_float(node)
        if not math.isfinite(number):
            raise _Refused(line, f"'{node.value}' is not a finite number")
        return number
    raise _Refused(line, f"tag '{tag}' is not allowed")
