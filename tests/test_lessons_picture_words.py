"""Words drawn in a step's picture must be at least 22 px high on a 768-line screen: the pack
check measures every run of SVG text at its effective font size (attributes, styles, style
sheets, inheritance, units, transforms, <use>) and reports the small ones on their own line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.authoring.build import SourceError, build
from kiosk.authoring.model import LessonSource, PackSource, StepSource, T, TopicSource
from kiosk.authoring.svg import MIN_TEXT, DrawingError, Scene, fit, wrap
from kiosk.lessons import Problem, load_library
from kiosk.lessons.checks import smallest_text
from kiosk.lessons.media import ImageSize
from kiosk.lessons.svgstyle import least_stretch, parse_transform
from kiosk.lessons.svgtext import picture_words
from tests.packbuilder import PackBuilder, lesson_text, only_problem

# A 1200 x 900 picture, like the bundled ones: words need a font size of 35.9 units or more.
LEAST = smallest_text(ImageSize(1200, 900))
HEAD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 900">\n'


def picture(body: str, head: str = HEAD) -> str:
    return head + '<rect width="1200" height="900" fill="#fff"/>\n' + body + "\n</svg>\n"


def lesson(pack: PackBuilder) -> None:
    """The test lesson, its target made large enough for a 1200 x 900 picture."""
    big = lesson_text().replace(
        "{x: 300, y: 200, width: 100, height: 90}", "{x: 100, y: 50, width: 200, height: 200}"
    )
    pack.lesson("01-install", text=big)


def problems_for(pack: PackBuilder, body: str, head: str = HEAD) -> list[Problem]:
    lesson(pack)
    pack.write("01-install/images/01.svg", picture(body, head))
    library = load_library(pack.folder)
    return list(library.problems)


def one_problem(pack: PackBuilder, body: str, head: str = HEAD) -> Problem:
    problems = problems_for(pack, body, head)
    assert len(problems) == 1, [str(problem) for problem in problems]
    problem = problems[0]
    assert problem.path == pack.folder / "01-install/images/01.svg"
    return problem


def test_the_least_size_is_22_px_where_the_picture_is_smallest() -> None:
    assert round(LEAST, 2) == 35.87
    assert MIN_TEXT == 36  # the drawing kit's least size, in whole units


def test_a_small_font_size_attribute_is_reported_on_its_line(pack: PackBuilder) -> None:
    problem = one_problem(pack, '<text x="10" y="50" font-size="30">Người nhận</text>')
    assert problem.line == 3
    assert problem.message == (
        "step 1: image 'images/01.svg' (1200x900): the words 'Người nhận' are drawn at font "
        "size 30.0; words in a picture need at least 35.9 (22 px on a 768-line screen)"
    )
    library = load_library(pack.folder)
    assert library.lessons == ()  # like any problem, it leaves the lesson out


def test_words_at_the_least_size_pass(pack: PackBuilder) -> None:
    assert problems_for(pack, '<text x="10" y="50" font-size="35.87">Số tiền</text>') == []
    assert problems_for(pack, '<text x="10" y="50" font-size="36px">Số tiền</text>') == []


@pytest.mark.parametrize(
    ("body", "size"),
    [
        ('<text y="50" style="font-size:20px">A</text>', 20.0),
        ('<text y="50" style="fill: red; font-size: 30 !important">A</text>', 30.0),
        ('<text y="50" font-size="60" style="font-size:30px">A</text>', 30.0),  # style wins
        ('<text y="50" style="font: bold 24px/1.2 Noto Sans">A</text>', 24.0),
        ('<text y="50" font-size="20pt">A</text>', 26.7),  # 96 to the inch
        ('<text y="50" font-size="8mm">A</text>', 30.2),
        ('<text y="50">A</text>', 16.0),  # nothing set: CSS medium
        ('<text y="50" font-size="small">A</text>', 13.0),
    ],
)
def test_sizes_in_styles_and_units(pack: PackBuilder, body: str, size: float) -> None:
    problem = one_problem(pack, body)
    assert f"drawn at font size {size:.1f};" in problem.message


def test_font_size_is_inherited_from_groups(pack: PackBuilder) -> None:
    body = (
        '<g font-size="80">\n'
        '  <g style="font-size: 40%">\n'
        '    <text x="10" y="50">Zalo</text>\n'
        '    <text x="10" y="150" font-size="1.5em">Facebook</text>\n'
        "  </g>\n"
        "</g>"
    )
    problem = one_problem(pack, body)
    assert (problem.line, "'Zalo' are drawn at font size 32.0" in problem.message) == (5, True)


def test_each_tspan_counts_at_its_own_size(pack: PackBuilder) -> None:
    body = (
        '<text x="10" y="50" font-size="10">'
        '<tspan font-size="40">Large</tspan> <tspan dy="50" font-size="4em">Larger</tspan>'
        "</text>"
    )
    assert problems_for(pack, body) == []  # the <text> itself holds no words
    problem = one_problem(
        pack, '<text y="50" font-size="40">Ok <tspan font-size="25%">tiny</tspan></text>'
    )
    assert "'tiny' are drawn at font size 10.0" in problem.message


def test_a_transform_that_shrinks_is_counted(pack: PackBuilder) -> None:
    body = '<g transform="translate(100 100) scale(0.5)">\n<text font-size="60">Nhỏ</text>\n</g>'
    problem = one_problem(pack, body)
    assert (problem.line, "drawn at font size 30.0" in problem.message) == (4, True)
    squeezed = '<text font-size="48" transform="matrix(1 0 0 0.5 0 0)">Dẹt</text>'
    assert "drawn at font size 24.0" in one_problem(pack, squeezed).message
    grown = '<g transform="scale(2)"><text font-size="20" transform="rotate(30)">Lớn</text></g>'
    assert problems_for(pack, grown) == []


def test_a_nested_svg_that_scales_its_view_box_is_counted(pack: PackBuilder) -> None:
    body = (
        '<svg x="0" y="0" width="300" height="300" viewBox="0 0 600 600">'
        '<text y="100" font-size="50">Nửa</text></svg>'
    )
    assert "drawn at font size 25.0" in one_problem(pack, body).message


def test_a_style_sheet_class_is_applied(pack: PackBuilder) -> None:
    body = (
        "<style>/* labels */ .label { font-size: 24px } text.big { font-size: 48px }</style>\n"
        '<text class="label" y="50">Nhãn</text>\n'
        '<text class="label big" y="150">To</text>'
    )
    problem = one_problem(pack, body)
    assert (problem.line, "'Nhãn' are drawn at font size 24.0" in problem.message) == (4, True)


def test_words_shown_again_by_a_smaller_use_are_counted(pack: PackBuilder) -> None:
    body = (
        '<defs><text id="name" font-size="40">Tên</text></defs>\n'
        '<use href="#name" x="10" y="50"/>\n'
        '<use href="#name" transform="scale(0.5)"/>'
    )
    problem = one_problem(pack, body)
    assert (problem.line, "drawn at font size 20.0" in problem.message) == (5, True)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ('<text font-size="calc(10px + 1em)">A</text>', "its font-size 'calc(10px + 1em)'"),
        ('<text font-size="5vh">A</text>', "its font-size '5vh' cannot be read"),
        ('<g transform="scale(var(--s))"><text font-size="40">A</text></g>', "the transform"),
        ("<style>g > text { font-size: 50px }</style><text>A</text>", "'g > text' cannot"),
        ('<svg viewBox="0 0 10 10"><text font-size="40">A</text></svg>', "nested <svg>"),
    ],
)
def test_a_size_the_check_cannot_read_is_a_problem(pack: PackBuilder, body: str, why: str) -> None:
    message = one_problem(pack, body).message
    assert "the size of the words 'A' cannot be told" in message
    assert why in message


def test_titles_descriptions_and_other_namespaces_are_not_words(pack: PackBuilder) -> None:
    body = (
        '<title>Tiny title</title><desc font-size="1">d</desc>\n'
        '<metadata><x:note xmlns:x="urn:x">note</x:note></metadata>\n'
        '<text font-size="40"><title>tooltip</title>Lớn</text>'
    )
    assert problems_for(pack, body) == []


def test_many_small_words_are_reported_five_then_counted(pack: PackBuilder) -> None:
    body = "\n".join(f'<text y="{50 * n}" font-size="12">w{n}</text>' for n in range(1, 9))
    problems = problems_for(pack, body)
    assert [problem.line for problem in problems] == [3, 4, 5, 6, 7, 8]
    assert problems[-1].message == (
        "step 1: image 'images/01.svg' (1200x900): 3 more runs of words are drawn smaller than 35.9"
    )


def test_the_least_size_follows_the_picture_size(pack: PackBuilder) -> None:
    # The test packs' 400 x 300 pictures are drawn three times larger: 12 units is enough.
    head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">\n'
    assert problems_for(pack, '<text y="50" font-size="12">A</text>', head) == []
    problem = one_problem(pack, '<text y="50" font-size="11">A</text>', head)
    assert "need at least 12.0" in problem.message


def test_a_picture_used_by_two_steps_is_reported_once(pack: PackBuilder) -> None:
    lesson(pack)
    pack.write("01-install/images/01.svg", picture('<text font-size="10">A</text>'))
    text = (pack.folder / "01-install/lesson.yaml").read_text(encoding="utf-8")
    pack.write("01-install/lesson.yaml", text.replace("images/02.png", "images/01.svg"))
    problem = only_problem(load_library(pack.folder))
    assert problem.message.startswith("step 1: image 'images/01.svg'")


def test_the_icon_and_pictures_without_svg_text_are_not_measured(pack: PackBuilder) -> None:
    lesson(pack)
    pack.write("01-install/images/icon.svg", picture('<text font-size="10">logo</text>'))
    assert load_library(pack.folder).problems == ()  # images/02.png has no readable words


def test_transform_parsing() -> None:
    assert parse_transform("rotate(45) translate(10, 20)") == (1.0, 0.0, 0.0, 1.0)
    skew = parse_transform("skewX(45deg)")
    assert skew is not None and least_stretch(skew) == pytest.approx(0.618, abs=0.001)
    assert parse_transform("scale(2) bogus") is None
    assert parse_transform("perspective(2)") is None


def test_an_unreadable_svg_has_no_words(tmp_path: Path) -> None:
    path = tmp_path / "broken.svg"
    path.write_text("<svg><text>unclosed", encoding="utf-8")
    assert picture_words(path) == []


# --- the drawing kit never draws words too small ------------------------------------------------


def test_the_kit_refuses_small_words() -> None:
    scene = Scene("vi")
    with pytest.raises(DrawingError, match="at font size 30: words in a picture need at least 36"):
        scene.text(0, 50, "Nhỏ", 30)
    scene.text(0, 50, "Vừa", MIN_TEXT)


def test_the_kit_shrinks_to_the_least_size_and_no_further() -> None:
    assert fit("Cài đặt", 1000, 48) == 48
    assert fit("Đăng nhập bằng VNeID", 440, 48, bold=True) == 36
    with pytest.raises(DrawingError, match="does not fit in 300 units even at font size 36"):
        fit("Đăng nhập bằng VNeID", 300, 48, bold=True)
    with pytest.raises(DrawingError, match=r"dichvucong\.gov\.vn"):
        wrap("Gõ: dichvucong.gov.vn", 300, 44, bold=True)
    with pytest.raises(DrawingError):
        Scene("vi").button("Đăng nhập bằng tài khoản định danh", 300, w=300)


def _icon(s: Scene) -> None:
    s.rect(0, 0, 200, 200)


def _pack_with(draw: Callable[[Scene], None]) -> PackSource:
    step = StepSource(T("Chữ.", "Words."), draw)
    lesson = LessonSource(
        folder="01-words",
        id="words",
        topic="basics",
        title=T("Chữ", "Words"),
        summary=T("Chữ.", "Words."),
        icon=_icon,
        steps=(step,),
    )
    topic = TopicSource("basics", T("Cơ bản", "Basics"))
    return PackSource(T("vi-x", "en-x"), T("X", "X"), "1", "CC-BY-4.0", (topic,), (lesson,))


def test_the_build_fails_loudly_on_words_too_small(tmp_path: Path) -> None:
    def small(s: Scene) -> None:
        s.text(0, 50, "Nhỏ", 20)

    def shrunk(s: Scene) -> None:  # a scaled group: only the SVG check sees it
        s.raw('<g transform="scale(0.5)">')
        s.text(0, 100, "Thu nhỏ", 40)
        s.raw("</g>")

    with pytest.raises(SourceError, match=r"01-words step 1 \(vi\): 'Nhỏ' at font size 20"):
        build(_pack_with(small), tmp_path)
    with pytest.raises(SourceError, match=r"'Thu nhỏ' is drawn at font size 20\.0; words in a"):
        build(_pack_with(shrunk), tmp_path)
    assert not (tmp_path / "vi").exists()  # nothing written
