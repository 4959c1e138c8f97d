"""The one way the kiosk reads a file it did not just write itself: bounded and checked.

Every configuration and content file (settings, channels, lesson packs, pronunciations, the
lesson index, the PIN files, this kiosk's id) is read here. Whatever the file holds (a
structure nested a million deep, a number with thousands of digits, NaN, a byte-order mark,
binary, a gigabyte, a directory where the file should be), the reader either returns plain
values (dict, list, str, int, float, bool, None) within fixed limits or raises `BadFile`,
which names the path, the line where there is one, and the reason in plain English. Nothing
else escapes: the caller logs the problem and keeps its defaults or the last good file.

A missing file is not a bad file: `FileNotFoundError` passes through unchanged.
"""

from __future__ import annotations

import json
import math
import re
import stat
from pathlib import Path
from typing import Any

from kiosk.private import replace_private

MAX_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_INT_DIGITS = 30  # more than any count, size or time a kiosk file holds
MAX_STRING = 100_000  # characters in one string (key or value)

_BOM = b"\xef\xbb\xbf"
# One JSON token that matters for the limits: a whole string, a bracket, a number or one of
# the words Python's json module would take for NaN and infinity. Anything else is skipped
# (commas, colons, spaces, true/false/null) and left to the parser.
_TOKEN = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"'
    r"|[\[{]|[\]}]"
    r"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
    r"|NaN|-?Infinity"
)

# For the quick look (`_plainly_within`): the same strings as above (a group, for re.split);
# what only a number near the limits, NaN or infinity has; the brackets, all of one kind.
_STRING = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")')
_SUSPECT_NUMBER = re.compile(rf"NaN|Infinity|\d[eE]|[-+.\deE]{{{MAX_INT_DIGITS + 1},}}")
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_ONE_KIND = str.maketrans("[{]}", "(())")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class BadFile(Exception):
    """A file that is there but cannot be used; `str()` is `path:line: reason`."""

    def __init__(self, path: Path, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {reason}")


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; never blocks on a pipe or device."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise BadFile(path, f"the file cannot be read ({_os_reason(error)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise BadFile(path, "a folder is there, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise BadFile(path, "not an ordinary file (a device, pipe or socket)")
    if info.st_size > max_bytes:
        raise BadFile(path, f"the file is {info.st_size} bytes; the limit is {max_bytes}")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise BadFile(path, f"the file cannot be read ({_os_reason(error)})") from None
    if len(data) > max_bytes:  # it grew between stat and read
        raise BadFile(path, f"the file is over {max_bytes} bytes")
    return data


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 text without a byte-order mark; refuses other encodings and NUL bytes."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]  # as some Windows editors write
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise BadFile(path, f"text is not UTF-8 (byte 0x{data[error.start]:02x})", line) from None
    nul = text.find("\0")
    if nul >= 0:
        raise BadFile(path, "the file holds a NUL byte: it is not text", _line_at(text, nul))
    return text


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """A small UTF-8 text file (see `read_bytes` and `decode_text`)."""
    return decode_text(read_bytes(path, max_bytes=max_bytes), Path(path))


def read_json(
    path: Path,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_string: int = MAX_STRING,
) -> Any:
    """The JSON value in `path`, within the limits, or BadFile saying what is wrong and where."""
    path = Path(path)
    text = read_text(path, max_bytes=max_bytes)
    return parse_json(text, path, max_depth=max_depth, max_string=max_string)


def parse_json(
    text: str, path: Path, *, max_depth: int = MAX_DEPTH, max_string: int = MAX_STRING
) -> Any:
    """Parse JSON text that came from `path` (named in errors), within the limits."""
    path = Path(path)
    if not text.strip():
        raise BadFile(path, "the file is empty", 1)
    if not _plainly_within(text, max_depth, max_string):
        _scan_json(text, path, max_depth, max_string)  # token by token: what, and on which line
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise BadFile(path, f"invalid JSON: {error.msg}", error.lineno) from None
    except (ValueError, RecursionError) as error:  # pragma: no cover - the scan catches these
        raise BadFile(path, f"invalid JSON: {error}") from None
    if _may_hold_a_surrogate(text):  # else none of the values can
        _check_strings(value, path)
    return value


def _may_hold_a_surrogate(text: str) -> bool:
    """A lone surrogate in the text, or an escape that makes one."""
    if _SURROGATE_ESCAPE.search(text):
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _plainly_within(text: str, max_depth: int, max_string: int) -> bool:
    """True when the text is surely within the limits `_scan_json` checks, found with a few
    passes of compiled regular expressions instead of a Python loop over every token (a
    quarter of the time on the lesson index). False sends the text to `_scan_json`, which
    gives the verdict and the line: a false alarm costs only time."""
    pieces = _STRING.split(text)  # outside a string, a string, outside, ...
    strings = pieces[1::2]
    if strings and max(map(len, strings)) - 2 > max_string:
        return False
    rest = "".join(pieces[0::2])  # outside the strings: brackets, numbers and words
    if _SUSPECT_NUMBER.search(rest):
        return False
    brackets = _NOT_BRACKET.sub("", rest).translate(_ONE_KIND)
    for _ in range(max_depth):  # each round takes away the innermost level
        if not brackets:
            return True
        brackets = brackets.replace("()", "")
    return not brackets


def _scan_json(text: str, path: Path, max_depth: int, max_string: int) -> None:
    """Depth, number and string limits, checked before the (recursive) parser sees the text."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first in "[{":
            depth += 1
            if depth > max_depth:
                line = _line_at(text, match.start())
                raise BadFile(path, f"nested more than {max_depth} levels deep", line)
        elif first in "]}":
            depth = max(0, depth - 1)
        elif first == '"':
            if len(token) - 2 > max_string:
                line = _line_at(text, match.start())
                raise BadFile(path, f"a text is over {max_string} characters long", line)
        elif token in ("NaN", "Infinity", "-Infinity"):
            line = _line_at(text, match.start())
            raise BadFile(path, f"{token} is not a number JSON allows", line)
        elif len(token) > MAX_INT_DIGITS or "e" in token or "E" in token:
            _check_number(token, text, match.start(), path)  # short plain numbers are fine


def _check_number(token: str, text: str, start: int, path: Path) -> None:
    digits = re.match(r"-?(\d+)", token)
    whole = digits.group(1) if digits else ""
    if len(whole) > MAX_INT_DIGITS:
        line = _line_at(text, start)
        raise BadFile(path, f"a number {len(whole)} digits long is too large", line)
    if "." in token or "e" in token or "E" in token:
        exponent = re.search(r"[eE]([-+]?\d+)", token)
        if exponent and len(exponent.group(1).lstrip("+-")) > 4:
            raise BadFile(path, "a number has an absurd exponent", _line_at(text, start))
        if not math.isfinite(float(token)):
            raise BadFile(path, f"{token} is too large a number", _line_at(text, start))


def _refuse_constant(name: str) -> Any:  # pragma: no cover - the scan refuses them first
    raise ValueError(f"{name} is not a number JSON allows")


def _check_strings(value: Any, path: Path) -> None:
    """Refuse lone surrogates (from \\ud800 escapes): they cannot be shown or written back."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_string(item, path)
        elif isinstance(item, dict):
            for key, inner in item.items():
                _check_string(key, path)
                stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)


def _check_string(text: str, path: Path) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadFile(path, "a text holds a broken escape (a lone \\ud800-\\udfff)") from None


# Typed access -------------------------------------------------------------------------------

_KIND_NAMES: dict[type, str] = {
    str: "text",
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    list: "a list",
    dict: "an object (keys and values)",
}


def kind_name(value: Any) -> str:
    """What a JSON or YAML value is, in words: for messages naming a wrong type."""
    if value is None:
        return "empty (null)"
    for kind in (bool, int, float, str, list, dict):
        if isinstance(value, kind):
            return _KIND_NAMES[kind]
    return type(value).__name__


def is_kind(value: Any, kind: type) -> bool:
    """`isinstance`, except that true/false is never a number and a whole number is a number."""
    if kind in (int, float) and isinstance(value, bool):
        return False
    if kind is float:
        return isinstance(value, int | float)
    return isinstance(value, kind)


def brief(value: Any, limit: int = 80) -> str:
    """`repr(value)` cut to about `limit` characters: a message never carries a whole file."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]
        return f"{value!r}..."
    if isinstance(value, list | dict) and len(value) > 20:
        return f"{kind_name(value)} of {len(value)} items"
    try:
        text = repr(value)
    except ValueError:  # an integer too long to write out
        return "a very long number"
    return text if len(text) <= limit else text[:limit] + "..."


def expect(value: Any, kind: type, path: Path, where: str, line: int | None = None) -> Any:
    """`value` when it is of `kind`; else BadFile naming `where` (a key) and what it holds."""
    if not is_kind(value, kind):
        reason = f"{where} must be {_KIND_NAMES.get(kind, kind.__name__)}, not {kind_name(value)}"
        raise BadFile(path, reason, line)
    return value


def field(
    data: Any, key: str, kind: type, path: Path, where: str = "", line: int | None = None
) -> Any:
    """`data[key]`, which must be there and of `kind` (see `expect`)."""
    name = f"{where}.{key}" if where else key
    expect(data, dict, path, where or "the file", line)
    if key not in data:
        raise BadFile(path, f"{name} is missing", line)
    return expect(data[key], kind, path, name, line)


# YAML -----------------------------------------------------------------------------------------


def check_yaml_depth(text: str, path: Path, max_depth: int = MAX_DEPTH) -> None:
    """BadFile when collections nest deeper than `max_depth`, found from the parser's events
    (which never recurse), before any composer or converter that would. Text that is not YAML
    passes: the composer reports it with its line."""
    import yaml

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > max_depth:
                    mark = event.start_mark
                    line = int(mark.line) + 1 if mark is not None else None
                    raise BadFile(path, f"nested more than {max_depth} levels deep", line)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:  # libyaml has a nesting limit of its own (1000)
        mark = error.problem_mark
        if "nesting depth" in str(error.problem) and mark is not None:
            raise BadFile(
                path, f"nested more than {max_depth} levels deep", mark.line + 1
            ) from None
    except yaml.YAMLError:
        return


# The last good copy ---------------------------------------------------------------------------


def good_copy(path: Path) -> Path:
    """Where the last copy of `path` that loaded with no problem is kept: `name.good.ext`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.good{path.suffix}")


def keep_good_copy(path: Path, *, max_bytes: int = MAX_BYTES) -> None:
    """Copy `path` to its good copy (atomically, only when it differs). OSError and BadFile
    pass to the caller, who reports them: the kiosk runs on without a new copy."""
    data = read_bytes(path, max_bytes=max_bytes)
    good = good_copy(path)
    try:
        if read_bytes(good, max_bytes=max_bytes) == data:
            return
    except (OSError, BadFile):
        pass
    replace_private(good, data)


def _line_at(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _os_reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "BadFile",
    "brief",
    "check_yaml_depth",
    "decode_text",
    "expect",
    "field",
    "good_copy",
    "is_kind",
    "keep_good_copy",
    "kind_name",
    "parse_json",
    "read_bytes",
    "read_json",
    "read_text",
]
