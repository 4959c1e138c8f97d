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
The values themselves (sizes, style sheets, transforms) are read by kiosk/lessons/svgstyle.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from kiosk.lessons.svgstyle import (
    DEFAULT_SIZE,
    IDENTITY,
    Matrix,
    StyleSheet,
    declarations,
    font_shorthand_size,
    inverted,
    least_stretch,
    multiply,
    parse_size,
    parse_transform,
)

_SVG_NS = "{http://www.w3.org/2000/svg}"
_CONTAINERS = {"text", "textArea", "flowRoot"}
_SILENT = {"title", "desc", "metadata", "style", "script"}


@dataclass(frozen=True)
class Words:
    """A run of words in a picture: its line in the file, the words (shortened), and the size
    it is drawn at in the picture's units, or None with `why` when the check cannot tell."""

    line: int
    words: str
    size: float | None
    why: str = ""


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
        self.sheet = StyleSheet()
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
            inverse = inverted(frame) if frame is not None else None
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
