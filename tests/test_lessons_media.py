"""Pictures and recordings of a pack: each problem with its file and line; paths stay inside."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PIL import Image

import kiosk.lessons.media as media
from kiosk.lessons import Problem, load_library
from tests.packbuilder import (
    PackBuilder,
    broken,
    lesson_text,
    only_problem,
    svg,
    write_png,
)

MB = 1024 * 1024


# --- pictures -------------------------------------------------------------------------------------


def image_problem(pack: PackBuilder) -> Problem:
    """The one problem of a pack whose lesson 01-install is otherwise fine."""
    library = load_library(pack.folder)
    problem = only_problem(library)
    assert problem.path == pack.folder / "01-install/lesson.yaml"
    return problem


def test_a_missing_image_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    (pack.folder / "01-install/images/02.png").unlink()
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (16, "step 2: image 'images/02.png' does not exist")


def test_an_image_over_20_mb_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    with (pack.folder / "01-install/images/02.png").open("r+b") as sparse:
        sparse.truncate(21 * MB)
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (
        16,
        "step 2: image 'images/02.png' is 21.0 MB; the limit is 20 MB",
    )


def test_an_image_over_8000_pixels_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    Image.new("1", (8001, 2)).save(pack.folder / "01-install/images/02.png")
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (
        16,
        "step 2: image 'images/02.png' is 8001x2 pixels; the limit is 8000 on a side",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a picture at all", "is not a readable PNG image"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "is not a readable PNG image"),
    ],
)
def test_an_image_that_does_not_decode_is_reported(
    pack: PackBuilder, content: bytes, message: str
) -> None:
    pack.lesson("01-install")
    pack.write("01-install/images/02.png", content)
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (16, f"step 2: image 'images/02.png' {message}")


def test_a_damaged_png_fails_verification(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    path = pack.folder / "01-install/images/02.png"
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF  # inside the image data: its checksum no longer matches
    path.write_bytes(bytes(data))
    assert (
        image_problem(pack).message == "step 2: image 'images/02.png' is not a readable PNG image"
    )


def test_a_jpeg_is_read_and_measured_in_pixels(pack: PackBuilder) -> None:
    body = lesson_text().replace("images/01.svg", "images/01.jpg")
    pack.lesson("01-install", text=body)
    Image.new("RGB", (399, 300)).save(pack.folder / "01-install/images/01.jpg", "JPEG")
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (
        14,
        "step 1: practice target (x 300, y 200, width 100, height 90) goes outside "
        "image 'images/01.jpg' (399x300)",
    )


def test_a_directory_where_an_image_should_be_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    (pack.folder / "01-install/images/02.png").unlink()
    (pack.folder / "01-install/images/02.png").mkdir()
    assert image_problem(pack).message == "step 2: image 'images/02.png' is not a file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_image_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    path = pack.folder / "01-install/images/02.png"
    path.chmod(0)
    try:
        assert "cannot be read" in image_problem(pack).message
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>",
            "is not well-formed XML (line 1: mismatched tag)",
        ),
        ("<html><body/></html>", "is not an SVG image (its root element is <html>)"),
        (
            "<svg xmlns='http://www.w3.org/2000/svg' width='100%'/>",
            "has no viewBox, nor a width and height in pixels",
        ),
        (
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 wide'/>",
            "has an invalid viewBox '0 0 wide'",
        ),
        (
            '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
            "uses XML entities or external references, which are not allowed",
        ),
    ],
)
def test_a_bad_svg_is_reported(pack: PackBuilder, content: str, message: str) -> None:
    pack.lesson("01-install")
    pack.write("01-install/images/01.svg", content)
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (10, f"step 1: image 'images/01.svg' {message}")


def test_an_svg_size_can_come_from_width_and_height(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    pack.write("01-install/images/01.svg", svg(400, 300, view_box=False))
    assert load_library(pack.folder).problems == ()
    pack.write("01-install/images/01.svg", svg(399, 300, view_box=False))
    assert "goes outside image 'images/01.svg' (399x300)" in image_problem(pack).message


def test_an_svg_with_a_doctype_loads(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    doctype = (
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    )
    pack.write("01-install/images/01.svg", doctype + svg())
    assert load_library(pack.folder).problems == ()


def test_a_target_outside_its_image_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("y: 200", "y: 211"))
    assert (problem.line, problem.message) == (
        14,
        "step 1: practice target (x 300, y 211, width 100, height 90) goes outside "
        "image 'images/01.svg' (400x300)",
    )


@pytest.mark.parametrize(
    ("size", "least", "message"),
    [
        # 56 px on the 538 x 404 picture of a 1024x768 screen (66 px at 1366x768, in mm)
        ((1200, 900), 125, "(1200x900) a target needs a width and height of at least 124.9"),
        ((400, 300), 42, "(400x300) a target needs a width and height of at least 41.6"),
        # an upright picture: the 4:3 screen's 404-px height counts
        ((600, 1200), 167, "(600x1200) a target needs a width and height of at least 166.3"),
    ],
)
def test_a_target_too_small_for_a_finger_is_reported(
    pack: PackBuilder, size: tuple[int, int], least: int, message: str
) -> None:
    def load(width: int, height: int) -> list[Problem]:
        target = f"target: {{x: 0, y: 0, width: {width}, height: {height}}}"
        pack.write(
            "01-install/lesson.yaml",
            lesson_text().replace("target: {x: 300, y: 200, width: 100, height: 90}", target),
        )
        return list(load_library(pack.folder).problems)

    pack.lesson("01-install")
    pack.write("01-install/images/01.svg", svg(*size))
    assert load(least, least) == []
    for width, height in ((least - 1, least), (least, least - 1)):
        (problem,) = load(width, height)
        assert problem.line == 14
        assert problem.message == (
            f"step 1: practice target (x 0, y 0, width {width}, height {height}) is too small "
            f"to touch: on image 'images/01.svg' {message}"
        )


def test_each_picture_is_checked_once(pack: PackBuilder, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    real = media._check_image

    def counting(path: Path) -> object:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(media, "_check_image", counting)
    pack.write("shared/icon.svg", svg(100, 100))
    for number in range(3):
        body = lesson_text(f"lesson-{number}").replace("images/icon.svg", "../shared/icon.svg")
        pack.lesson(f"0{number}-lesson", text=body)
    library = load_library(pack.folder)
    assert library.problems == ()
    assert len(library.lessons) == 3
    assert calls.count((pack.folder / "shared/icon.svg").resolve()) == 1
    assert len(calls) == 1 + 3 * 2  # the shared icon, and each lesson's two step pictures


# --- recordings ---------------------------------------------------------------------------------


def test_a_missing_recording_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("audio/01.wav", "audio/99.flac"))
    assert (problem.line, problem.message) == (11, "step 1: audio 'audio/99.flac' does not exist")


def test_a_recording_that_is_not_wav_or_flac_is_reported(pack: PackBuilder) -> None:
    problem = broken(pack, lesson_text().replace("audio/01.wav", "audio/01.mp3"))
    assert (problem.line, problem.message) == (
        11,
        "step 1: audio: 'audio/01.mp3' must be a relative path with forward slashes to a "
        ".wav or .flac file",
    )


def test_a_recording_over_20_mb_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    with (pack.folder / "01-install/audio/01.wav").open("r+b") as sparse:
        sparse.truncate(20 * MB + 1)
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (
        11,
        "step 1: audio 'audio/01.wav' is 20.0 MB; the limit is 20 MB",
    )


def test_a_recording_whose_content_is_not_wav_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    pack.write("01-install/audio/01.wav", b"ID3 this is an mp3")
    assert image_problem(pack).message == "step 1: audio 'audio/01.wav' is not a WAV file"


# --- paths that leave the pack --------------------------------------------------------------------


def test_a_path_inside_the_pack_through_dotdot_is_fine(pack: PackBuilder) -> None:
    write_png(pack.folder / "shared/02.png")
    pack.lesson("01-install", text=lesson_text().replace("images/02.png", "../shared/02.png"))
    library = load_library(pack.folder)
    assert library.problems == ()
    assert library.lessons[0].steps[1].image == (pack.folder / "shared/02.png").resolve()


def test_a_path_leaving_the_pack_through_dotdot_is_reported(pack: PackBuilder) -> None:
    write_png(pack.folder.parent / "outside.png")
    problem = broken(pack, lesson_text().replace("images/02.png", "../../outside.png"))
    assert (problem.line, problem.message) == (
        16,
        "step 2: image '../../outside.png' leads outside the pack folder",
    )


def test_a_path_leaving_the_pack_through_a_symlink_is_reported(
    pack: PackBuilder, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_text(svg())
    pack.lesson("01-install")
    link = pack.folder / "01-install/images/01.svg"
    link.unlink()
    link.symlink_to(outside)
    problem = image_problem(pack)
    assert (problem.line, problem.message) == (
        10,
        "step 1: image 'images/01.svg' leads outside the pack folder",
    )


def test_a_lesson_folder_linked_from_outside_is_reported(pack: PackBuilder, tmp_path: Path) -> None:
    elsewhere = PackBuilder(tmp_path / "elsewhere", pack_id="elsewhere")
    elsewhere.lesson("01-install")
    (pack.folder / "01-install").symlink_to(elsewhere.folder / "01-install")
    library = load_library(pack.folder)
    assert library.lessons == ()
    assert library.problems == (
        Problem(pack.folder / "01-install/lesson.yaml", 0, "leads outside the pack folder"),
    )
