"""The words an SVG picture draws, and the size each is drawn at in the picture's own units.

The file is read with defusedxml one element at a time; nothing is kept but the open elements.
Words are the characters directly inside a `<text>` (or `<textArea>`, or Inkscape's
`<flowRoot>`) or any element within it (`<tspan>`, `<textPath>`, `<a>` ...), except `<title>`,
`<desc>` and `<metadata>`. Each run of words is measured at the element that holds it:

- its font size comes from the `style` attribute, then a `<style>` sheet (simple selectors
  only: `text`, `.label`, `#id`, `text.label`, `*`), then the `font-size` (or `font`)
  attribute, else from its parent; `em`, `ex` and `%` are relative to the parent's size,
  keywords follow CSS (`medium` is 16), `pt`, `mm`, `cm` and `in` count 96 to the inch;
  with nothing set anywhere the size is 16, the CSS default;
- every `transform` from the words up to the picture's top multiplies it by the smaller of the
  two stretches of the transform (so that words squeezed in either direction count as small),
  and so does a nested `<svg>` that scales its own viewBox;
- words shown again by a `<use>` are measured once more with the `<use>`'s transforms.

A size the check cannot read (`calc()`, a viewport unit, a style sheet selector it cannot
apply to elements, a nested `<svg>` whose size depends on its parent) makes the words' size
unknown (`None`), which the pack check reports: an author can always write a plain number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

DEFAULT_SIZE = 16.0  # CSS "medium"
_SVG_NS = "{http://www.w3.org/2000/svg}"
_CONTAINERS = {"text", "textArea", "flowRoot"}
_SILENT = {"title", "desc", "metadata", "style", "script"}
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


@dataclass(frozen=True)
class Words:
    """A run of words in a picture: its line in the file, the words (shortened), and the size
    it is drawn at in the picture's units, or None with `why` when the check cannot tell."""

    line: int
    words: str
    size: float | None
    why: str = ""


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
class _Sheet:
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


@dataclass
class _Open:
    """An element being read: its font size, its transform from the top, and its words."""

    tag: str
    line: int
    size: float | None  # in its own units
    matrix: Matrix | None  # from its units to the picture's
    collect: bool  # whether its characters are words (or a style sheet)
    size_why: str = ""
    matrix_why: str = ""
    ids: tuple[str, ...] = ()  # its own id and its ancestors'
    chars: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Found:
    words: Words
    size: float | None  # in the units of its element
    matrix: Matrix | None
    ids: tuple[str, ...]


_UNSIZED = "it lies in a nested <svg> whose size depends on its parent"


class _Reader:
    """The target of the XML parser: keeps the open elements and collects the words."""

    def __init__(self) -> None:
        self.parser: DefusedXMLParser | None = None
        self.stack: list[_Open] = []
        self.sheet = _Sheet()
        self.found: list[_Found] = []
        self.frames: dict[str, Matrix | None] = {}  # id -> the matrix of its parent
        self.uses: list[tuple[int, str, Matrix | None]] = []  # line, referenced id, matrix

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        line = self.parser.parser.CurrentLineNumber if self.parser is not None else 0
        ours = tag.startswith(_SVG_NS) or not tag.startswith("{")
        name = tag.removeprefix(_SVG_NS)
        parent = self.stack[-1] if self.stack else None
        element = _Open(
            name,
            line,
            parent.size if parent else DEFAULT_SIZE,
            parent.matrix if parent else IDENTITY,
            ours
            and name not in _SILENT
            and (name in _CONTAINERS or bool(parent and parent.collect)),
            parent.size_why if parent else "",
            parent.matrix_why if parent else "",
            parent.ids if parent else (),
        )
        if ours:
            self.apply(element, attrib, parent)
        if ours and name == "style":
            element.collect = True
        element_id = attrib.get("id", "")
        if element_id:
            self.frames[element_id] = parent.matrix if parent else IDENTITY
            element.ids += (element_id,)
        if ours and name == "use":
            href = attrib.get("href") or attrib.get("{http://www.w3.org/1999/xlink}href", "")
            if href.startswith("#"):
                self.uses.append((line, href[1:], element.matrix))
        self.stack.append(element)

    def apply(self, element: _Open, attrib: dict[str, str], parent: _Open | None) -> None:
        """Set the element's font size and matrix from its attributes, style and the sheet."""
        classes = set(attrib.get("class", "").split())
        values: dict[str, str] = {}
        if "font" in attrib:
            values["font-size"] = font_shorthand_size(attrib["font"]) or attrib["font"]
        values.update((key, attrib[key]) for key in ("font-size", "transform") if key in attrib)
        values.update(self.sheet.lookup(element.tag, attrib.get("id", ""), classes))
        values.update(declarations(attrib.get("style", "")))
        if "font-size" in values:
            known = element.size is not None
            element.size = parse_size(values["font-size"], element.size, DEFAULT_SIZE)
            if element.size is None and known:
                element.size_why = f"its font-size '{values['font-size']}' cannot be read"
        if self.sheet.unreadable:
            element.size = None
            element.size_why = (
                f"the style sheet's selector '{self.sheet.unreadable}' cannot be applied"
            )
        if parent is None:
            return  # the top <svg>: its units are the picture's
        if "transform" in values and element.matrix is not None:
            step = parse_transform(values["transform"])
            element.matrix = None if step is None else multiply(element.matrix, step)
            if step is None:
                element.matrix_why = f"the transform '{values['transform']}' cannot be read"
        if element.tag == "symbol" and "viewBox" in attrib:
            element.matrix, element.matrix_why = None, "it lies in a <symbol> with a viewBox"
        if element.tag == "svg" and element.matrix is not None:
            viewport = _viewport(attrib)
            element.matrix = None if viewport is None else multiply(element.matrix, viewport)
            element.matrix_why = element.matrix_why if viewport is not None else _UNSIZED

    def data(self, text: str) -> None:
        if self.stack and self.stack[-1].collect:
            self.stack[-1].chars.append(text)

    def end(self, tag: str) -> None:
        element = self.stack.pop()
        if element.tag == "style":
            self.sheet.add("".join(element.chars))
            return
        words = " ".join("".join(element.chars).split())
        if not words:
            return
        shown = words if len(words) <= 40 else words[:39] + "…"
        if element.size is None or element.matrix is None:
            why = element.size_why if element.size is None else element.matrix_why
            found = Words(element.line, shown, None, why or "its size cannot be read")
        else:
            found = Words(element.line, shown, element.size * least_stretch(element.matrix))
        self.found.append(_Found(found, element.size, element.matrix, element.ids))

    def close(self) -> None:
        return None

    def results(self) -> list[Words]:
        """Every run of words, then each again for every <use> of an element holding it."""
        words = [found.words for found in self.found]
        for line, target, use_matrix in self.uses:
            frame = self.frames.get(target, IDENTITY)
            inverse = _inverse(frame) if frame is not None else None
            for found in self.found:
                if target not in found.ids:
                    continue
                if found.size is None or found.matrix is None:
                    words.append(Words(line, found.words.words, None, found.words.why))
                elif use_matrix is None or inverse is None:
                    words.append(Words(line, found.words.words, None, "a <use> of it"))
                else:
                    # From the words' units to the used element's parent, then through <use>.
                    matrix = multiply(use_matrix, multiply(inverse, found.matrix))
                    words.append(Words(line, found.words.words, found.size * least_stretch(matrix)))
        return words


def _viewport(attrib: dict[str, str]) -> Matrix | None:
    """The scale a nested <svg> applies to its viewBox; None when it depends on its parent."""
    box = attrib.get("viewBox")
    if box is None:
        return IDENTITY
    try:
        _, _, box_w, box_h = (float(n) for n in re.split(r"[\s,]+", box.strip()))
    except ValueError:
        return None
    width = parse_size(attrib.get("width", "100%"), None, DEFAULT_SIZE)
    height = parse_size(attrib.get("height", "100%"), None, DEFAULT_SIZE)
    if width is None or height is None or box_w <= 0 or box_h <= 0:
        return None
    sx, sy = width / box_w, height / box_h
    if not attrib.get("preserveAspectRatio", "").strip().startswith("none"):
        sx = sy = min(sx, sy)
    return (sx, 0.0, 0.0, sy)


def _inverse(m: Matrix) -> Matrix | None:
    a, b, c, d = m
    det = a * d - b * c
    if det == 0:
        return None
    return (d / det, -b / det, -c / det, a / det)


def picture_words(path: Path) -> list[Words]:
    """Every run of words the SVG file at `path` draws. An unreadable file gives none: the
    picture check reports it."""
    try:
        with path.open("rb") as stream:
            return read_words(stream)
    except OSError:
        return []


def read_words(stream: BinaryIO) -> list[Words]:
    """Every run of words an SVG document draws; none when it is not well-formed."""
    reader = _Reader()
    parser = DefusedXMLParser(target=reader)
    reader.parser = parser
    try:
        while chunk := stream.read(65536):
            parser.feed(chunk)
        parser.close()
    except (ParseError, DefusedXmlException):
        return []
    return reader.results()
