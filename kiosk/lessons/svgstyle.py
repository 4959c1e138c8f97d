"""The values that set how big an SVG picture's words are drawn, as kiosk/lessons/svgtext.py reads
them: CSS font sizes (lengths, keywords, `em` and `%` of the parent, the `font` shorthand),
declaration blocks, simple `<style>` sheets, and transforms, of which only the linear part of
the matrix matters (a move changes no size). Each reader gives None for what it cannot read.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

DEFAULT_SIZE = 16.0  # CSS "medium"

_UNITS = {
    "": 1.0,
    "px": 1.0,
    "pt": 96 / 72,
    "pc": 16.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,
}
_KEYWORDS = {
    "xx-small": 9.0,
    "x-small": 10.0,
    "small": 13.0,
    "medium": 16.0,
    "large": 18.0,
    "x-large": 24.0,
    "xx-large": 32.0,
    "xxx-large": 48.0,
}
_LENGTH = re.compile(r"([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)")
_TRANSFORM = re.compile(r"([a-zA-Z]+)\s*\(([^()]*)\)")
_ANGLE = {"": 1.0, "deg": 1.0, "rad": 180 / math.pi, "grad": 0.9, "turn": 360.0}
_SIMPLE_SELECTOR = re.compile(r"(\*|[a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")

Matrix = tuple[float, float, float, float]  # the linear part (a, b, c, d) of an SVG matrix
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d = m
    e, f, g, h = n
    return (a * e + c * f, b * e + d * f, a * g + c * h, b * g + d * h)


def least_stretch(m: Matrix) -> float:
    """The smaller singular value of a 2 x 2 matrix: how much it shrinks at worst."""
    a, b, c, d = m
    total = a * a + b * b + c * c + d * d
    det = a * d - b * c
    return math.sqrt(max(0.0, (total - math.sqrt(max(0.0, total * total - 4 * det * det))) / 2))


def inverted(m: Matrix) -> Matrix | None:
    """The inverse of a matrix; None when it has none (it flattens everything to a line)."""
    a, b, c, d = m
    det = a * d - b * c
    if det == 0:
        return None
    return (d / det, -b / det, -c / det, a / det)


def parse_transform(value: str) -> Matrix | None:
    """The linear part of an SVG (or CSS) transform list; None when it cannot be read."""
    if value.strip() in ("", "none"):
        return IDENTITY
    if _TRANSFORM.sub("", value).strip(" \t\r\n,"):
        return None
    result = IDENTITY
    for name, arguments in _TRANSFORM.findall(value):
        numbers: list[tuple[float, str]] = []
        for part in arguments.replace(",", " ").split():
            match = _LENGTH.fullmatch(part.lower())
            if match is None:
                return None
            numbers.append((float(match.group(1)), match.group(2)))
        values = [number for number, _ in numbers]
        step = _one_transform(name.lower(), values, [unit for _, unit in numbers])
        if step is None:
            return None
        result = multiply(result, step)
    return result


def _one_transform(name: str, values: list[float], units: list[str]) -> Matrix | None:
    count = len(values)
    if name == "matrix" and count == 6:
        return (values[0], values[1], values[2], values[3])
    if name in ("translate", "translatex", "translatey") and 1 <= count <= 2:
        return IDENTITY
    if name == "scale" and 1 <= count <= 2:
        return (values[0], 0.0, 0.0, values[-1])
    if name in ("scalex", "scaley") and count == 1:
        return (values[0], 0.0, 0.0, 1.0) if name == "scalex" else (1.0, 0.0, 0.0, values[0])
    if name == "rotate" and count in (1, 3):
        return IDENTITY  # a rotation never shrinks
    if name in ("skewx", "skewy") and count == 1 and units[0] in _ANGLE:
        slope = math.tan(math.radians(values[0] * _ANGLE[units[0]]))
        return (1.0, 0.0, slope, 1.0) if name == "skewx" else (1.0, slope, 0.0, 1.0)
    return None


def parse_size(value: str, parent: float | None, root: float) -> float | None:
    """A font-size value in user units, given the parent's size; None when unreadable."""
    value = value.strip().lower()
    if value in ("inherit", "unset"):
        return parent
    if value == "initial":
        return DEFAULT_SIZE
    if value in _KEYWORDS:
        return _KEYWORDS[value]
    if value in ("smaller", "larger"):
        return None if parent is None else parent / 1.2 if value == "smaller" else parent * 1.2
    match = _LENGTH.fullmatch(value)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2)
    if number < 0:
        return None
    if unit in _UNITS:
        return number * _UNITS[unit]
    relative = {"em": 1.0, "%": 0.01, "ex": 0.5, "ch": 0.5}.get(unit)
    if unit == "rem":
        return number * root
    if relative is None or parent is None:
        return None
    return number * relative * parent


def font_shorthand_size(value: str) -> str | None:
    """The font-size part of a CSS `font` value ("bold 12px/1.2 sans-serif" gives "12px")."""
    for token in value.split():
        size = token.split("/")[0].lower()
        if size in _KEYWORDS or size in ("smaller", "larger"):
            return size
        match = _LENGTH.fullmatch(size)
        if match is not None and (match.group(2) or "/" in token):
            return size
    return None


def declarations(style: str) -> dict[str, str]:
    """The font-size and transform of a CSS declaration block."""
    found: dict[str, str] = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        name, value = name.strip().lower(), value.replace("!important", "").strip()
        if not colon:
            continue
        if name == "font":
            size = font_shorthand_size(value)
            found["font-size"] = size if size is not None else "?"
        elif name in ("font-size", "transform"):
            found[name] = value
    return found


@dataclass
class StyleSheet:
    """The rules of `<style>` elements that set a font size or a transform."""

    rules: list[tuple[tuple[int, int, int], int, str, str, frozenset[str], dict[str, str]]] = field(
        default_factory=list
    )
    unreadable: str = ""  # a selector the check cannot apply

    def add(self, css: str) -> None:
        css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
        for selectors, block in _RULE.findall(css):
            found = declarations(block)
            if not found:
                continue
            for selector in selectors.split(","):
                selector = selector.strip()
                match = _SIMPLE_SELECTOR.fullmatch(selector)
                if match is None or not selector or selector.startswith("@"):
                    self.unreadable = self.unreadable or selector
                    continue
                tag = match.group(1) or "*"
                ids = re.findall(r"#([\w-]+)", match.group(2))
                classes = frozenset(re.findall(r"\.([\w-]+)", match.group(2)))
                specificity = (len(ids), len(classes), 0 if tag == "*" else 1)
                self.rules.append(
                    (specificity, len(self.rules), tag, ids[0] if ids else "", classes, found)
                )
                if len(ids) > 1:
                    self.unreadable = self.unreadable or selector

    def lookup(self, tag: str, element_id: str, classes: set[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for _, _, rule_tag, rule_id, rule_classes, values in sorted(self.rules):
            if rule_tag not in ("*", tag) or (rule_id and rule_id != element_id):
                continue
            if rule_classes <= classes:
                found.update(values)
        return found
