"""Whether an SVG picture draws only what it holds itself.

Qt's SVG renderer loads what a picture points at: the file of an `<image>` (or `<feImage>`),
by an absolute path or by a path relative to the SVG file, which `../..` takes out of the pack;
the style sheet of an `<?xml-stylesheet?>` instruction; and a `data:` picture, which it decodes
by its content, so that an SVG labelled `image/png` is drawn as an SVG, with references of its
own. So a lesson picture may refer to its own parts only:

- an `href` (or `xlink:href`: any attribute named href, whatever its namespace, since Qt reads
  them by name) is `#id`, except on `<image>` and `<feImage>`, where it is a base64 `data:` URI
  of a PNG or JPEG picture (told by its first bytes, whatever the URI says), held to the bounds
  of a picture file of the pack (kiosk.lessons.raster), with at most MAX_EMBEDDED_PIXELS in all;
- every CSS `url()`, in a `style` attribute, a presentation attribute (`fill`, `filter`,
  `clip-path` ...) or a `<style>` sheet, read with its CSS escapes decoded, is `url(#id)`, and
  there is no `@import`;
- there is no `xml:base`, no XInclude element and no `<?xml-stylesheet?>`.

Everything else (a scheme in any case, an absolute or relative path, an entity-encoded one, one
with whitespace around it) is not one of these forms, and is refused. Elements and attributes are
matched by their local names, in any namespace, as Qt matches them. The file is read with
defusedxml one element at a time, which refuses entity declarations and external entities.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from dataclasses import dataclass, field
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from kiosk.lessons.raster import MAX_IMAGE_SIDE, raster_kind, raster_size

# All embedded pictures of one SVG together: as many pixels as one picture at the side limit.
MAX_EMBEDDED_PIXELS = MAX_IMAGE_SIDE * MAX_IMAGE_SIDE
# Problems kept for one picture; reading stops at the next one.
MAX_FAULTS = 20

SVG_ROOTS = {"svg", "{http://www.w3.org/2000/svg}svg"}
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_XINCLUDE = "{http://www.w3.org/2001/XInclude}"
_PICTURES = {"image", "feimage"}  # the elements whose href Qt loads as a picture
_ADVICE = (
    "an SVG picture may refer only to its own parts ('#id') and embed PNG or JPEG pictures "
    "as 'data:image/png;base64,...'"
)
_DATA = re.compile(r"data:[^,]*;base64,(.*)", re.S)  # Qt takes 'data' in lower case only
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(\r\n|[\n\r\f])|(.))", re.S)
_CSS_URL = re.compile(r"url\s*\(\s*['\"]?\s*(.?)", re.I)
_CSS_IMPORT = re.compile(r"@import", re.I)
_PI_HREF = re.compile(r"href\s*=\s*(['\"])(.*?)\1", re.S)
_XLINK = "{http://www.w3.org/1999/xlink}"


@dataclass(frozen=True)
class SvgReading:
    """What reading an SVG found: its top element's attributes (None when it is not an `<svg>`
    or the file is not well-formed), and what is wrong with it as the end of a sentence."""

    root: dict[str, str] | None
    fault: str | None


@dataclass(frozen=True)
class _Fault:
    line: int
    text: str  # "refers to '/etc/passwd' in <image href> (line 3)"
    reference: bool  # a reference out of the picture (else an embedded picture at fault)


class _Stop(Exception):
    """Raised by the reader to end the parse early."""


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _shown(value: str) -> str:
    """A value for a message: a path in full (up to 120 characters), a data: URI shortened."""
    value = " ".join(value.split())
    most = 40 if value.lower().startswith("data:") else 120
    return repr(value if len(value) <= most else value[: most - 3] + "...")


def css_text(css: str) -> str:
    """CSS with its escapes decoded (`u\\72l(` is `url(`), as a CSS parser reads it."""
    if "\\" not in css:
        return css

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
            return chr(code) if valid else "\ufffd"
        return "" if match.group(2) else match.group(3)

    return _CSS_ESCAPE.sub(one, css)


def css_faults(css: str) -> list[str]:
    """What a piece of CSS refers to outside the picture: each `url()` that is not `url(#id)`,
    and any `@import`, as ends of sentences without the line."""
    plain = css_text(css)
    found = ["imports a style sheet with @import" for _ in _CSS_IMPORT.finditer(plain)]
    for match in _CSS_URL.finditer(plain):
        if match.group(1) != "#":
            target = plain[match.start() : match.start() + 60].split(")")[0] + ")"
            found.append(f"refers to {_shown(target)}")
    return found


@dataclass
class _Reader:
    """The target of the XML parser: checks each element as it opens, keeps nothing of it."""

    parser: DefusedXMLParser | None = None
    root: dict[str, str] | None = None
    root_tag: str = ""
    faults: list[_Fault] = field(default_factory=list)
    pixels: int = 0
    styles: list[list[str]] = field(default_factory=list)  # the text of open <style> elements

    def line(self) -> int:
        return self.parser.parser.CurrentLineNumber if self.parser is not None else 0

    def fault(self, text: str, *, reference: bool = True) -> None:
        line = self.line()
        self.faults.append(_Fault(line, f"{text} (line {line})", reference))
        if len(self.faults) > MAX_FAULTS:
            raise _Stop

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if not self.root_tag:
            self.root_tag = tag
            if tag not in SVG_ROOTS:
                raise _Stop
            self.root = dict(attrib)
        name = _local(tag)
        if tag.startswith(_XINCLUDE):
            self.fault(f"includes another file with <xi:{name}>")
        for key, value in attrib.items():
            attribute = _local(key)
            if key == _XML_BASE:
                self.fault(f"sets xml:base {_shown(value)}")
            elif attribute.lower() == "href":
                shown = f"xlink:{attribute}" if key.startswith(_XLINK) else attribute
                self.href(name, shown, value)
            else:
                for text in css_faults(value):
                    self.fault(f"{text} in <{name} {attribute}>")
        if name.lower() == "style":
            self.styles.append([])

    def href(self, element: str, attribute: str, value: str) -> None:
        where = f"<{element} {attribute}>"
        if element.lower() not in _PICTURES:
            if not value.strip().startswith("#"):
                self.fault(f"refers to {_shown(value)} in {where}")
            return
        data = _DATA.fullmatch(value.strip())
        if data is None:
            self.fault(f"refers to {_shown(value)} in {where}")
            return
        payload = _WHITESPACE.sub("", data.group(1))
        if not _BASE64.fullmatch(payload) or len(payload) % 4:
            self.fault("has an embedded picture whose base64 data is damaged", reference=False)
            return
        try:
            picture = base64.b64decode(payload, validate=True)
        except binascii.Error:  # pragma: no cover - the pattern above lets none through
            self.fault("has an embedded picture whose base64 data is damaged", reference=False)
            return
        kind = raster_kind(picture[:8])
        if kind is None:
            self.fault("has an embedded picture that is not a PNG or JPEG image", reference=False)
            return
        size = raster_size(io.BytesIO(picture), kind)
        if isinstance(size, str):
            self.fault(f"has an embedded {kind} picture that {size}", reference=False)
            return
        self.pixels += size[0] * size[1]
        if self.pixels > MAX_EMBEDDED_PIXELS:
            self.fault(
                f"has embedded pictures of more than {MAX_EMBEDDED_PIXELS} pixels in all "
                f"(the pixels of one picture of {MAX_IMAGE_SIDE}x{MAX_IMAGE_SIDE})",
                reference=False,
            )
            raise _Stop

    def data(self, text: str) -> None:
        if self.styles:
            self.styles[-1].append(text)

    def end(self, tag: str) -> None:
        if _local(tag).lower() == "style" and self.styles:
            for text in css_faults("".join(self.styles.pop())):
                self.fault(f"{text} in <style>")

    def pi(self, target: str, data: str) -> None:
        if target.lower() == "xml-stylesheet":
            link = _PI_HREF.search(data)
            sheet = f" {_shown(link.group(2))}" if link else ""
            self.fault(f"links the style sheet{sheet} with <?xml-stylesheet?>")

    def close(self) -> None:
        return None

    def result(self) -> SvgReading:
        if self.root is None:
            return SvgReading(None, f"is not an SVG image (its root element is <{self.root_tag}>)")
        if not self.faults:
            return SvgReading(self.root, None)
        first = self.faults[0]
        more = len(self.faults) - 1
        text = first.text
        if more:
            shown = f"{more}+" if len(self.faults) > MAX_FAULTS else str(more)
            text += f", and {shown} more such problem{'s' if more > 1 else ''}"
        if first.reference:
            text += f"; {_ADVICE}"
        return SvgReading(self.root, text)


def read_svg(stream: BinaryIO) -> SvgReading:
    """Read an SVG document: its top element, and the first thing wrong with it, if any."""
    reader = _Reader()
    parser = DefusedXMLParser(target=reader)
    reader.parser = parser
    try:
        while chunk := stream.read(65536):
            parser.feed(chunk)
        parser.close()
    except _Stop:
        pass
    except ParseError as error:
        line = error.position[0]
        reason = str(error).split(":")[0]
        return SvgReading(None, f"is not well-formed XML (line {line}: {reason})")
    except DefusedXmlException:
        return SvgReading(None, "uses XML entities or external references, which are not allowed")
    return reader.result()


def svg_fault(content: bytes) -> str | None:
    """What is wrong with an SVG document held in memory (None: it draws only what it holds)."""
    return read_svg(io.BytesIO(content)).fault
