"""The bundled library: fifteen lessons in Vietnamese and English that load, draw, speak, link
to channels that exist, and ask for touches a finger can make. The packs on disk are exactly
what `kiosk lessons build` writes from kiosk/authoring/library."""

from __future__ import annotations

import filecmp
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.authoring.build import build
from kiosk.authoring.library import pack
from kiosk.authoring.svg import MIN_TEXT, TARGET, DrawingError, Scene
from kiosk.channels.defaults import default_registry
from kiosk.lessons.checks import (
    PICTURE_BOX_4_3,
    PICTURE_BOX_768,
    smallest_target,
    smallest_text,
)
from kiosk.lessons.media import ImageSize
from kiosk.lessons.model import Lesson, Library
from kiosk.lessons.svgtext import picture_words
from kiosk.paths import bundled_lessons_dir
from tests.test_narration_synth import HAS_ESPEAK

LESSONS = 15


def lessons(library: Library, language: str) -> tuple[Lesson, ...]:
    return library.in_language(language)


def test_both_packs_hold_the_fifteen_lessons(bundled_library: Library) -> None:
    vi, en = lessons(bundled_library, "vi"), lessons(bundled_library, "en")
    assert len(vi) == LESSONS
    assert [lesson.id for lesson in en] == [lesson.id for lesson in vi]
    assert len({lesson.id for lesson in vi}) == LESSONS


def test_english_has_the_same_steps_practices_and_targets(bundled_library: Library) -> None:
    for lesson in lessons(bundled_library, "vi"):
        english = bundled_library.find(lesson.id, "en")
        assert english is not None
        assert len(english.steps) == len(lesson.steps), lesson.id
        assert english.channels == lesson.channels, lesson.id
        assert [s.practice.target if s.practice else None for s in english.steps] == [
            s.practice.target if s.practice else None for s in lesson.steps
        ], lesson.id
        assert english.topic.id == lesson.topic.id


def test_every_lesson_has_six_to_twelve_steps_and_two_practices(bundled_library: Library) -> None:
    for lesson in bundled_library.lessons:
        assert 6 <= len(lesson.steps) <= 12, (lesson.id, len(lesson.steps))
        assert lesson.practices >= 2, (lesson.id, lesson.practices)


def test_the_lesson_ids_records_already_use_are_kept(bundled_library: Library) -> None:
    ids = {lesson.id for lesson in lessons(bundled_library, "vi")}
    assert {"vneid-install", "commune-zalo-follow"} <= ids


def test_every_linked_channel_exists_and_each_lesson_links_one(bundled_library: Library) -> None:
    known = {channel.id for channel in default_registry().channels}
    for lesson in bundled_library.lessons:
        assert lesson.channels, lesson.id
        assert set(lesson.channels) <= known, (lesson.id, set(lesson.channels) - known)


def test_practice_targets_are_large_enough_and_inside_the_picture(
    bundled_library: Library,
) -> None:
    for lesson in bundled_library.lessons:
        for number, step in enumerate(lesson.steps, 1):
            if step.practice is None:
                continue
            box = QSvgRenderer(str(step.image)).viewBoxF()
            least = smallest_target(ImageSize(box.width(), box.height()))
            target = step.practice.target
            where = (lesson.id, lesson.language, number, target)
            assert target.width >= least and target.height >= least, where
            assert target.x >= 0 and target.y >= 0, where
            assert target.x + target.width <= box.width(), where
            assert target.y + target.height <= box.height(), where


def test_a_target_is_56_px_on_a_4_3_screen_and_66_px_at_768_lines(
    bundled_library: Library,
) -> None:
    # 56 px on the 538-px picture of a 1024x768 screen: 66 px of a 1366x768 screen, in mm
    assert round(smallest_target(ImageSize(1200, 900)), 1) == 124.9
    assert TARGET == 125  # the drawing kit's least target, in whole units
    sides = [
        min(step.practice.target.width, step.practice.target.height)
        for lesson in bundled_library.lessons
        for step in lesson.steps
        if step.practice is not None
    ]
    assert len(sides) == 100  # 50 practices in each language
    assert min(sides) * PICTURE_BOX_4_3[0] / 1200 >= 56
    assert min(sides) * PICTURE_BOX_768[0] / 1200 >= 66


def test_the_kit_refuses_a_practice_target_smaller_than_a_finger() -> None:
    scene = Scene("vi")
    with pytest.raises(DrawingError, match=r"\(432 x 110\) is too small to touch: .* at least 125"):
        scene.target(scene.button("Gửi", 500, h=110))
    assert scene.practice is None
    button = scene.button("Gửi", 500)  # the kit's buttons are large enough to be targets
    scene.target(button)
    assert scene.practice == button


def test_every_word_in_a_step_picture_is_at_least_22_px_at_768_lines(
    bundled_library: Library,
) -> None:
    sizes: list[float] = []
    for lesson in bundled_library.lessons:
        for number, step in enumerate(lesson.steps, 1):
            box = QSvgRenderer(str(step.image)).viewBoxF()
            least = smallest_text(ImageSize(box.width(), box.height()))
            for words in picture_words(step.image):
                where = (lesson.id, lesson.language, number, words)
                assert words.size is not None and words.size >= least, where
                sizes.append(words.size)
    assert len(sizes) > 1000  # the checker really reads the pictures' words
    assert min(sizes) >= MIN_TEXT


@pytest.fixture
def qt_warnings(qapp) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """Every warning Qt logs while the test runs (QtSvg logs what it cannot draw)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def drawn(path: Path, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    renderer.render(painter)
    painter.end()
    return image


def colours(image: QImage) -> int:
    """How many different colours a coarse grid of the image holds (a blank picture has 1)."""
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), max(1, image.width() // 40))
            for y in range(0, image.height(), max(1, image.height() // 30))
        }
    )


def test_every_illustration_draws_cleanly_at_two_sizes(
    bundled_library: Library, qt_warnings: list[str]
) -> None:
    pictures = {step.image for lesson in bundled_library.lessons for step in lesson.steps}
    pictures |= {lesson.icon for lesson in bundled_library.lessons}
    assert len(pictures) > 2 * LESSONS * 6
    for path in sorted(pictures):
        small, large = drawn(path, 320, 240), drawn(path, 2880, 2160)  # up to a 4K screen
        assert colours(small) >= 4, path
        assert colours(large) >= 4, path
    assert qt_warnings == []


@pytest.mark.skipif(
    not HAS_ESPEAK and not os.environ.get("CI"), reason="espeak-ng is not installed"
)
def test_every_sentence_of_the_library_is_spoken_by_the_real_voice(
    bundled_library: Library, tmp_path: Path
) -> None:
    from kiosk.narrate import prerender, sentences_of
    from kiosk.narration.cache import wav_problem
    from kiosk.narration.synth import Synthesizer
    from kiosk.settings import Settings

    with Synthesizer(tmp_path / "speech", timeout_s=30.0) as synthesizer:
        summary = prerender(bundled_library, synthesizer, Settings(), ["vi", "en"], ["normal"])
        total = sum(len(sentences_of(bundled_library, lang)[0]) for lang in ("vi", "en"))
        assert summary.failed == 0
        assert summary.done + summary.cached == total
        assert total > 2 * LESSONS * 6
        wavs = list((tmp_path / "speech").rglob("*.wav"))
        assert len(wavs) == summary.done
        assert [wav_problem(wav) for wav in wavs[:50]] == [None] * min(50, len(wavs))


def test_the_packs_on_disk_are_what_the_sources_build(tmp_path: Path) -> None:
    build(pack(), tmp_path)
    bundled = bundled_lessons_dir()
    for language in ("vi", "en"):
        stale = _differences(filecmp.dircmp(tmp_path / language, bundled / language))
        assert stale == [], f"run `kiosk lessons build`: {stale[:5]}"


def _differences(compared: filecmp.dircmp[str]) -> list[str]:
    found = [*compared.left_only, *compared.right_only, *compared.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(
        compared.left, compared.right, compared.common_files, shallow=False
    )
    found += mismatch + errors
    for sub in compared.subdirs.values():
        found += _differences(sub)
    return found


@pytest.mark.parametrize(
    "size", [(1366, 768), (1280, 720), (1920, 1080), (768, 1366), (1080, 1920)]
)
def test_the_player_gives_pictures_the_room_the_target_check_assumes(
    make_window, bundled_library: Library, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=size)
    window.open_lesson(lessons(bundled_library, "vi")[0].id)
    drawn = window.player.picture.image_rect()
    at_768 = 768 / min(size)
    assert drawn.width() * at_768 >= PICTURE_BOX_768[0] - 1
    assert drawn.height() * at_768 >= PICTURE_BOX_768[1] - 1


def test_a_4_3_screen_gives_pictures_the_room_the_target_check_assumes(
    make_window, bundled_library: Library
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1024, 768))
    window.open_lesson(lessons(bundled_library, "vi")[0].id)
    drawn = window.player.picture.image_rect()
    assert drawn.width() >= PICTURE_BOX_4_3[0] - 1
    assert drawn.height() >= PICTURE_BOX_4_3[1] - 1


@pytest.mark.parametrize(
    "size", [(1024, 768), (1280, 720), (1280, 800), (1366, 768), (1920, 1080), (768, 1366)]
)
def test_the_picture_is_the_largest_thing_on_the_lesson_screen(
    make_window, bundled_library: Library, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=size)
    window.open_lesson(lessons(bundled_library, "vi")[0].id)
    player = window.player
    picture = player.picture.image_rect()
    area = picture.width() * picture.height()
    for other in (player.caption, player.bar, player.next, player.pause):
        assert other.width() * other.height() < area, other.objectName()
    if size == (1366, 768):  # the figure: a practice target of 66 px or more
        assert picture.width() >= 740
