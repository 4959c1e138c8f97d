"""A lesson picture shows only what is inside its pack (issue 14).

Qt's SVG renderer draws what an SVG points at: the file of an `<image>` or `<feImage>` by an
absolute or relative path (out of the pack too), an `<?xml-stylesheet?>`, and a `data:` picture
decoded by its content (an SVG inside, with references of its own). The pack check
(kiosk.lessons.svgsafety, so `kiosk lessons check` and the loader at start) refuses every SVG
that refers to anything outside itself, and checks embedded pictures like picture files; the
screens and the printed handouts check again (ui.pictures) and draw a placeholder instead.

Each refused variant is tried on a step picture through the loader; the ones Qt would really
load are also drawn, first by Qt alone (which shows the red picture from outside the pack: the
test would notice a leak) and then by the kiosk's widget (which shows the placeholder).
"""

from __future__ import annotations

import base64
import io
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.lessons import load_library
from kiosk.lessons.raster import MAX_IMAGE_SIDE
from kiosk.lessons.svgsafety import MAX_EMBEDDED_PIXELS, svg_fault
from kiosk.paths import bundled_lessons_dir
from tests.packbuilder import PackBuilder, only_problem, write_png

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
KIOSK = str(Path(sys.executable).parent / "kiosk")
PREFIX = "step 1: image 'images/01.svg' "
ADVICE = "an SVG picture may refer only to its own parts ('#id')"


def picture(body: str, head: str = "") -> str:
    """A 400 x 300 SVG (the size the test pack's practice target fits) around `body`."""
    return (
        f'{head}<svg xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}" width="400" height="300" '
        f'viewBox="0 0 400 300">{body}</svg>'
    )


def png_bytes(
    width: int = 40, height: int = 30, mode: str = "RGB", colour: object = "red"
) -> bytes:
    stream = io.BytesIO()
    Image.new(mode, (width, height), colour).save(stream, "PNG")  # type: ignore[arg-type]
    return stream.getvalue()


def jpeg_bytes() -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(stream, "JPEG")
    return stream.getvalue()


def data_uri(content: bytes, kind: str = "image/png") -> str:
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


def image(href: str, attribute: str = "href") -> str:
    return f'<image {attribute}="{href}" x="0" y="0" width="400" height="300"/>'


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A red picture and a style sheet beside the pack, never inside it."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.png").write_bytes(png_bytes(400, 300))
    (folder / "sheet.css").write_text("rect { fill: red }")
    return folder


def nested_svg(outside: Path) -> bytes:
    """An SVG that draws the red picture from outside, to be embedded in another one."""
    return picture(image(str(outside / "secret.png"))).encode()


# (name, body of the SVG, or the whole document with {outside}; a part of the expected message;
# whether Qt alone would draw the red picture from outside the pack)
REFUSED: list[tuple[str, str, str, bool]] = [
    (
        "absolute path",
        image("{outside}/secret.png"),
        "refers to '{outside}/secret.png' in <image href>",
        True,
    ),
    ("xlink:href", image("{outside}/secret.png", "xlink:href"), "in <image xlink:href>", True),
    ("file: address", image("file://{outside}/secret.png"), "refers to 'file://{outside}", False),
    ("FILE: in capitals", image("FILE://{outside}/secret.png"), "refers to 'FILE://", False),
    (
        "http: address",
        image("http://127.0.0.1:9/secret.png"),
        "refers to 'http://127.0.0.1:9",
        False,
    ),
    ("https: address", image("HTTPS://example.org/x.png"), "refers to 'HTTPS://example.org", False),
    (
        "relative path out of the pack",
        image("../../../../outside/secret.png"),
        "'../../../../outside",
        True,
    ),
    ("relative path inside the pack", image("02.png"), "refers to '02.png' in <image href>", False),
    (
        "whitespace around the path",
        image("  \n {outside}/secret.png \t"),
        "'{outside}/secret.png'",
        True,
    ),
    (
        "entity-encoded path",
        image("&#x2F;{outside_tail}/secret.png"),
        "refers to '{outside}/secret.png'",
        True,
    ),
    (
        "entity-encoded scheme",
        image("&#102;ile://{outside}/secret.png"),
        "refers to 'file://",
        False,
    ),
    (
        "a fragment on <image>",
        image("#r") + '<rect id="r" width="9" height="9"/>',
        "refers to '#r' in <image href>",
        False,
    ),
    ("<use> of another file", '<use href="{outside}/other.svg#a"/>', "in <use href>", False),
    (
        "<feImage>",
        '<filter id="f"><feImage href="{outside}/secret.png"/></filter>'
        '<rect width="400" height="300" filter="url(#f)"/>',
        "in <feImage href>",
        False,
    ),
    (
        "<a> to the web",
        '<a href="https://example.org"><rect width="9" height="9"/></a>',
        "in <a href>",
        False,
    ),
    (
        "an image in another namespace",
        '<q:image xmlns:q="urn:q" q:href="{outside}/secret.png" width="400" height="300"/>',
        "in <image href>",
        False,
    ),
    (
        "CSS url() in style",
        '<rect width="9" height="9" style="fill:url({outside}/other.svg#g)"/>',
        "in <rect style>",
        False,
    ),
    (
        "CSS url( 'file:' ) quoted",
        """<rect width="9" height="9" style="fill: url( 'file:///etc/passwd' )"/>""",
        "refers to \"url( 'file:///etc/passwd' )\"",
        False,
    ),
    (
        "CSS url() in an attribute",
        '<rect width="9" height="9" fill="URL(http://example.org/x.svg#g)"/>',
        "in <rect fill>",
        False,
    ),
    (
        "CSS escapes",
        r'<rect width="9" height="9" style="fill:\75 rl(/etc/passwd)"/>',
        "refers to 'url(/etc/passwd)' in <rect style>",
        False,
    ),
    (
        "@import in <style>",
        "<style>@import url({outside}/sheet.css);</style>",
        "imports a style sheet with @import in <style>",
        False,
    ),
    (
        "@IMPORT of a string",
        '<style>@IMPORT "sheet.css";</style>',
        "imports a style sheet with @import",
        False,
    ),
    (
        "@import in a style attribute",
        '<rect width="9" height="9" style="@import \'x.css\'"/>',
        "imports a style sheet with @import in <rect style>",
        False,
    ),
    (
        "url() in a CDATA sheet",
        "<style><![CDATA[rect {{ fill: url(x.svg#g) }}]]></style>",
        "refers to 'url(x.svg#g)' in <style>",
        False,
    ),
    (
        "xml:base",
        '<g xml:base="{outside}/">' + image("secret.png") + "</g>",
        "sets xml:base",
        False,
    ),
    (
        "xi:include",
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>',
        "includes another file with <xi:include>",
        False,
    ),
    (
        "DATA: in capitals",
        image("DATA:image/png;base64,iVBORw0KGgo="),
        "refers to 'DATA:image/png;base64",
        False,
    ),
    (
        "data: not base64",
        image("data:image/png,%89PNG%0D%0A"),
        "refers to 'data:image/png,%89PNG",
        False,
    ),
    ("data: on <use>", '<use href="data:image/svg+xml;base64,PHN2Zy8+"/>', "in <use href>", False),
]


def compose(outer: Callable[[str], str], inner: Callable[[Path], str]) -> Callable[[Path], str]:
    return lambda outside: outer(inner(outside))


def refused_svg(body: str, outside: Path) -> str:
    tail = str(outside).lstrip("/").replace("/", "&#x2F;")
    return picture(body.format(outside=outside, outside_tail=tail))


def write_step_picture(pack: PackBuilder, text: str | bytes) -> Path:
    pack.lesson("01-install")
    return pack.write("01-install/images/01.svg", text)


def step_problem(pack: PackBuilder) -> str:
    problem = only_problem(load_library(pack.folder))
    assert (problem.path, problem.line) == (pack.folder / "01-install/lesson.yaml", 10)
    assert problem.message.startswith(PREFIX), problem.message
    return problem.message.removeprefix(PREFIX)


# --- the pack check ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "body", "expected", "qt_loads"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_a_reference_out_of_the_picture_is_refused(
    pack: PackBuilder, outside: Path, name: str, body: str, expected: str, qt_loads: bool
) -> None:
    write_step_picture(pack, refused_svg(body, outside))
    message = step_problem(pack)
    assert expected.format(outside=outside) in message
    assert message.endswith("as 'data:image/png;base64,...'") and ADVICE in message


def test_an_xml_stylesheet_instruction_is_refused(pack: PackBuilder, outside: Path) -> None:
    head = f'<?xml version="1.0"?>\n<?xml-stylesheet type="text/css" href="{outside}/sheet.css"?>\n'
    write_step_picture(pack, picture('<rect width="9" height="9"/>', head))
    message = step_problem(pack)
    assert message.startswith(
        f"links the style sheet '{outside}/sheet.css' with <?xml-stylesheet?> (line 2)"
    )


def attlist_document(outside: Path) -> str:
    """An <image> whose href comes from a default in the DTD: Qt applies it."""
    head = f'<!DOCTYPE svg [<!ATTLIST image href CDATA "{outside}/secret.png">]>'
    return picture('<image x="0" y="0" width="400" height="300"/>', head)


def test_an_href_from_the_dtd_is_refused(pack: PackBuilder, outside: Path) -> None:
    write_step_picture(pack, attlist_document(outside))
    assert step_problem(pack).startswith(f"refers to '{outside}/secret.png' in <image href>")


def test_an_external_entity_is_refused(pack: PackBuilder, outside: Path) -> None:
    head = f'<!DOCTYPE svg [<!ENTITY secret SYSTEM "file://{outside}/sheet.css">]>'
    write_step_picture(pack, picture("<text>&secret;</text>", head))
    assert step_problem(pack) == "uses XML entities or external references, which are not allowed"


def test_every_reference_is_counted_and_the_first_named_with_its_line(pack: PackBuilder) -> None:
    body = "\n" + image("/a.png") + "\n" + image("/b.png") + '\n<use href="c.svg#x"/>'
    write_step_picture(pack, picture(body))
    message = step_problem(pack)
    assert message.startswith(
        "refers to '/a.png' in <image href> (line 2), and 2 more such problems"
    )


def test_the_lesson_icon_is_checked_too(pack: PackBuilder, outside: Path) -> None:
    pack.lesson("01-install")
    pack.write("01-install/images/icon.svg", picture(image(f"{outside}/secret.png")))
    problem = only_problem(load_library(pack.folder))
    assert problem.line == 5
    assert problem.message.startswith(
        f"icon 'images/icon.svg' refers to '{outside}/secret.png' in <image href> (line 1)"
    )


def test_a_zipped_pack_is_checked_the_same_way(pack: PackBuilder, tmp_path: Path) -> None:
    write_step_picture(pack, picture(image("/etc/hostname")))
    pack.lesson("02-other", lesson_id="other")
    archive = pack.zip(tmp_path / "vi-basic.zip")
    library = load_library(archive, extract_dir=tmp_path / "unpacked")
    assert [lesson.id for lesson in library.lessons] == ["other"]
    problem = only_problem(library)
    assert str(problem.path) == f"{archive}/01-install/lesson.yaml"
    assert problem.message.startswith(PREFIX + "refers to '/etc/hostname' in <image href>")


ALLOWED = {
    "gradients, clip paths and <use> by #id": (
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#1565c0"/></linearGradient>'
        '<linearGradient id="h" xlink:href="#g"/><clipPath id="c"><rect width="400" '
        'height="300"/></clipPath><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs>'
        '<rect id="r" width="200" height="150" fill="url(#h)" clip-path="url( \'#c\' )" '
        'filter="url(&quot;#f&quot;)"/><use href="#r" x="200"/><use xlink:href="#r" y="150"/>'
    ),
    "url(#id) in style and a sheet": (
        '<style>.a { fill: url(#g); stroke: URL( "#g" ) }</style><linearGradient id="g">'
        '<stop offset="0" stop-color="#1565c0"/></linearGradient>'
        '<rect class="a" width="9" height="9" style="fill:url(#g)"/>'
    ),
    "an embedded PNG": image(data_uri(png_bytes())),
    "an embedded JPEG": image(data_uri(jpeg_bytes(), "image/jpeg")),
    "an embedded PNG on <feImage>": (
        f'<filter id="f"><feImage href="{data_uri(png_bytes())}"/></filter>'
        '<rect width="9" height="9" filter="url(#f)"/>'
    ),
    "base64 broken over lines": image(
        "\n  " + "\n  ".join(base64.encodebytes(png_bytes()).decode().split())
    ).replace('href="', 'href="data:image/png;base64,'),
    "a DOCTYPE that names the SVG DTD": "",
}


@pytest.mark.parametrize("name", list(ALLOWED))
def test_what_a_picture_holds_itself_is_allowed(pack: PackBuilder, name: str) -> None:
    head = ""
    if name.startswith("a DOCTYPE"):
        head = (
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        )
    write_step_picture(pack, picture(ALLOWED[name], head))
    library = load_library(pack.folder)
    assert library.problems == ()
    assert [lesson.id for lesson in library.lessons] == ["install"]


# --- embedded pictures: held to the bounds of picture files -----------------------------------


def tiny_gif() -> bytes:
    stream = io.BytesIO()
    Image.new("P", (4, 4)).save(stream, "GIF")
    return stream.getvalue()


EMBEDDED = {
    "an SVG in data:": (
        lambda outside: image(data_uri(nested_svg(outside), "image/svg+xml")),
        "has an embedded picture that is not a PNG or JPEG image (line 1)",
    ),
    "an SVG labelled image/png": (
        lambda outside: image(data_uri(nested_svg(outside))),
        "has an embedded picture that is not a PNG or JPEG image (line 1)",
    ),
    "a GIF": (
        lambda outside: image(data_uri(tiny_gif(), "image/gif")),
        "has an embedded picture that is not a PNG or JPEG image (line 1)",
    ),
    "a PNG over 8000 pixels": (
        lambda outside: image(data_uri(png_bytes(MAX_IMAGE_SIDE + 1, 2, "1", 0))),
        f"has an embedded PNG picture that is {MAX_IMAGE_SIDE + 1}x2 pixels; the limit is "
        f"{MAX_IMAGE_SIDE} on a side (line 1)",
    ),
    "a damaged PNG": (
        lambda outside: image(data_uri(png_bytes()[:60])),
        "has an embedded PNG picture that is not a readable PNG image (line 1)",
    ),
    "damaged base64": (
        lambda outside: image("data:image/png;base64,iVBOR*w0KGgo="),
        "has an embedded picture whose base64 data is damaged (line 1)",
    ),
    "too many pixels in all": (
        lambda outside: "".join(image(data_uri(png_bytes(6000, 6000, "1", 0))) for _ in range(2)),
        f"has embedded pictures of more than {MAX_EMBEDDED_PIXELS} pixels in all",
    ),
}


@pytest.mark.parametrize("name", list(EMBEDDED))
def test_an_embedded_picture_is_checked_like_a_picture_file(
    pack: PackBuilder, outside: Path, name: str
) -> None:
    body, expected = EMBEDDED[name]
    write_step_picture(pack, picture(body(outside)))
    message = step_problem(pack)
    assert message.startswith(expected), message
    assert ADVICE not in message  # not a reference: the advice would not help


def test_the_bundled_packs_pass(bundled_library: object) -> None:
    """(conftest's bundled_library asserts that they load without a problem)"""
    assert bundled_library is not None


def test_kiosk_lessons_check_names_the_file_and_line(pack: PackBuilder) -> None:
    write_step_picture(pack, picture(image("/etc/hostname")))
    result = subprocess.run(
        [KIOSK, "lessons", "check", str(pack.folder)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert (
        f"{pack.folder}/01-install/lesson.yaml:10: {PREFIX}refers to '/etc/hostname'"
        in result.stdout + result.stderr
    )


# --- the second guard, where pictures are drawn ---------------------------------------------


def has_red(image: QImage) -> bool:
    small = image.scaled(80, 60)
    for x in range(small.width()):
        for y in range(small.height()):
            colour = small.pixelColor(x, y)
            if colour.red() > 200 and colour.green() < 80 and colour.blue() < 80:
                return True
    return False


def draw_with_qt_alone(path: Path) -> QImage:
    canvas = QImage(400, 300, QImage.Format.Format_ARGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    QSvgRenderer(str(path)).render(painter)
    painter.end()
    return canvas


def shown(path: Path, qtbot) -> tuple[object, QImage]:  # type: ignore[no-untyped-def]
    from ui.widgets.illustration import Illustration

    widget = Illustration()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.set_image(path)
    widget.show()
    return widget, widget.grab().toImage()


def stylesheet_document(outside: Path) -> str:
    head = f'<?xml-stylesheet type="text/css" href="{outside}/sheet.css"?>'
    return picture('<rect width="400" height="300" fill="white"/>', head)


# Every variant Qt alone would draw the red picture from outside for: a document for `outside`.
LEAKS: dict[str, Callable[[Path], str]] = {
    **{name: partial(refused_svg, body) for name, body, _, leaks in REFUSED if leaks},
    **{
        name: compose(picture, EMBEDDED[name][0])
        for name in ("an SVG in data:", "an SVG labelled image/png")
    },
    "<?xml-stylesheet?>": stylesheet_document,
    "an href from the DTD": attlist_document,
}


@pytest.mark.parametrize("name", list(LEAKS))
def test_a_picture_that_slipped_past_the_check_is_not_drawn(
    qtbot, tmp_path: Path, outside: Path, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Written after the pack check (or never checked): Qt alone draws the red picture from
    outside the pack, the kiosk's picture widget shows its placeholder and logs why."""
    folder = tmp_path / "packs/vi-basic/01-install/images"  # as the pack fixture's
    folder.mkdir(parents=True)
    path = folder / "01.svg"
    text = LEAKS[name](outside)
    path.write_text(text)
    assert has_red(draw_with_qt_alone(path)), "the variant no longer leaks in Qt: update the test"
    with caplog.at_level(logging.WARNING, logger="ui.pictures"):
        widget, drawn = shown(path, qtbot)
    assert widget.missing  # type: ignore[attr-defined]
    assert not has_red(drawn)
    assert drawn.pixelColor(200, 150) == QColor("#eeeeee")  # the placeholder's fill
    assert f"picture {path} is not shown: it " in caplog.text


def test_a_png_file_holding_an_svg_is_not_drawn_as_one(
    qtbot, tmp_path: Path, outside: Path
) -> None:
    path = tmp_path / "02.png"
    path.write_bytes(nested_svg(outside))
    reader_image = QImage(str(path))  # Qt alone sniffs the content and draws the SVG
    assert not reader_image.isNull() and has_red(reader_image)
    widget, drawn = shown(path, qtbot)
    assert widget.missing  # type: ignore[attr-defined]
    assert not has_red(drawn)


def test_a_picture_changed_after_loading_is_not_drawn(
    qtbot, pack: PackBuilder, outside: Path
) -> None:
    pack.lesson("01-install")
    library = load_library(pack.folder)
    step = library.lessons[0].steps[0]
    step.image.write_text(picture(image(f"{outside}/secret.png")))
    widget, drawn = shown(step.image, qtbot)
    assert widget.missing  # type: ignore[attr-defined]
    assert not has_red(drawn)
    assert widget.to_units(widget.rect().center().toPointF()) is None  # type: ignore[attr-defined]


def test_good_pictures_are_still_drawn(qtbot, tmp_path: Path) -> None:
    svg_path = tmp_path / "embedded.svg"
    svg_path.write_text(picture(image(data_uri(png_bytes(400, 300)))))
    png_path = write_png(tmp_path / "plain.png", 400, 300)
    for path in (svg_path, png_path):
        widget, _ = shown(path, qtbot)
        assert not widget.missing  # type: ignore[attr-defined]
    assert has_red(shown(svg_path, qtbot)[1])


def test_handouts_and_contact_sheets_leave_the_picture_out(
    qapp, tmp_path: Path, outside: Path
) -> None:
    from ui.printing.sheets import load_picture
    from ui.tools.lesson_sheet import _draw_picture

    path = tmp_path / "01.svg"
    path.write_text(picture(image(f"{outside}/secret.png")))
    paint, height = load_picture(path, 300.0)
    assert paint is None and height == 225.0
    canvas = QImage(400, 300, QImage.Format.Format_ARGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    where, size = _draw_picture(painter, path, QRectF(0, 0, 400, 300))
    painter.end()
    assert where.isEmpty() and size == QSize() and not has_red(canvas)
    good = tmp_path / "good.svg"
    good.write_text(picture('<rect width="400" height="300" fill="red"/>'))
    paint, height = load_picture(good, 300.0)
    assert paint is not None and height == 225.0


def test_the_bundled_pictures_look_the_same_through_the_guard(qapp) -> None:
    from ui.pictures import svg_renderer

    files = sorted(bundled_lessons_dir().rglob("*.svg"))
    assert len(files) > 100
    for path in files[:: max(1, len(files) // 40)]:
        drawn = []
        for renderer in (QSvgRenderer(str(path)), svg_renderer(path)):
            assert renderer is not None, path
            canvas = QImage(300, 225, QImage.Format.Format_ARGB32)
            canvas.fill(QColor("white"))
            painter = QPainter(canvas)
            renderer.render(painter)
            painter.end()
            drawn.append(canvas)
        assert drawn[0] == drawn[1], path
    assert all(svg_fault(path.read_bytes()) is None for path in files)


# --- the kiosk as a real process ---------------------------------------------------------------


def run_kiosk(lessons: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KIOSK, "run", "--windowed", "--bench-first-frame", "--lessons", str(lessons)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KIOSK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_kiosk_starts_and_logs_a_refused_picture(
    pack: PackBuilder, outside: Path, tmp_path: Path
) -> None:
    write_step_picture(pack, picture(image(f"{outside}/secret.png")))
    pack.lesson("02-other", lesson_id="other")
    data = tmp_path / "data"
    result = run_kiosk(pack.folder, data)
    assert result.returncode == 0, result.stderr
    assert "FIRST-FRAME-PAINTED" in result.stdout
    log = (data / "logs/kiosk.log").read_text(encoding="utf-8")
    assert f"lesson pack problem: {pack.folder}/01-install/lesson.yaml:10: {PREFIX}refers to" in log
    assert "starting with 1 lessons" in log


def test_the_kiosk_guards_a_picture_its_lessons_index_vouched_for(
    pack: PackBuilder, outside: Path, tmp_path: Path
) -> None:
    """A picture swapped under the index's nose (same size, same time): the index still lists
    the lesson, and the home screen draws the placeholder for its icon and logs why."""
    pack.lesson("01-install")
    icon = pack.folder / "01-install/images/icon.svg"
    data = tmp_path / "data"
    assert run_kiosk(pack.folder, data).returncode == 0
    before = icon.stat()
    original = icon.read_bytes()
    hostile = original.replace(b'<rect width="10" height="10"/>', b'<image href="/etc/hostname"/>')
    assert hostile != original and len(hostile) <= len(original)
    icon.write_bytes(hostile.ljust(len(original), b"\n"))
    os.utime(icon, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert icon.stat().st_size == before.st_size
    result = run_kiosk(pack.folder, data)
    assert result.returncode == 0, result.stderr
    assert "FIRST-FRAME-PAINTED" in result.stdout
    log = (data / "logs/kiosk.log").read_text(encoding="utf-8")
    assert "lesson pack problem" not in log  # the index was used: no check ran
    assert f"ui.pictures: picture {icon.resolve()} is not shown: it refers to" in log
