"""A step's words on screens with little room: where the pixels are physically large (a 720-line
television, a 4:3 monitor) a caption too long for its column shrinks, a pixel at a time and
never below 34 px, and the next step starts at the full size again; elsewhere it never
shrinks. And the audit measures a practice target where the picture puts it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.lessons import load_library
from tests.packbuilder import PackBuilder
from ui.theme import Theme
from ui.tools.audit import audit, check_practice_targets, check_text, practice_target_least

SENTENCE = "Bác chạm vào ô Tài khoản rồi đọc kỹ từng dòng chữ."


def lesson_yaml(sentences: int, target: str = "{x: 300, y: 200, width: 100, height: 90}") -> str:
    text = " ".join([SENTENCE] * sentences)
    return f"""\
id: long
title: Một bài học có lời dài
topic: vneid
summary: Lời dài.
icon: images/icon.svg
steps:
  - text: {text}
    image: images/01.svg
    practice:
      prompt: Bác hãy chạm vào nút Tài khoản ở góc dưới của màn hình điện thoại.
      target: {target}
  - text: Chờ ứng dụng cài xong.
    image: images/02.png
"""


def long_lesson(pack: PackBuilder, tmp_path, sentences: int, **kw):  # type: ignore[no-untyped-def]
    pack.lesson("01-long", text=lesson_yaml(sentences, **kw))
    library = load_library(pack.folder, extract_dir=tmp_path / "x")
    assert not library.problems, [str(p) for p in library.problems]
    return library


def test_a_long_caption_shrinks_on_a_television_and_grows_back_at_the_next_step(
    make_window, pack, tmp_path
):  # type: ignore[no-untyped-def]
    library = long_lesson(pack, tmp_path, sentences=2)
    theme = Theme(1280, 720)
    window = make_window(size=(1280, 720), library=library)
    window.open_lesson("long")
    window.player.go_next()  # Next before trying: the longer hint
    QApplication.processEvents()
    player = window.player
    assert theme.caption_least_px == 34 < theme.caption_px
    assert theme.caption_least_px <= player.caption.text_px < theme.caption_px
    assert player.words_short == 0
    assert audit(window, theme) == []
    window.player.show_step(1)
    QApplication.processEvents()
    assert player.caption.text_px == theme.caption_px
    assert audit(window, theme) == []


def test_a_caption_never_shrinks_below_34_px(make_window, pack, tmp_path):  # type: ignore[no-untyped-def]
    library = long_lesson(pack, tmp_path, sentences=5)
    window = make_window(size=(1280, 720), library=library)
    window.open_lesson("long")
    QApplication.processEvents()
    assert window.player.caption.text_px == 34
    assert window.player.words_short > 0  # too long for the screen even so: the pack check's
    problems = " ".join(str(f) for f in check_text(window, Theme(1280, 720)))
    assert "text needs" in problems  # the audit still sees it


def test_a_caption_never_shrinks_where_the_pixels_are_small(make_window, pack, tmp_path):  # type: ignore[no-untyped-def]
    library = long_lesson(pack, tmp_path, sentences=5)
    for size in ((1366, 768), (1280, 800), (1920, 1080), (768, 1366)):
        theme = Theme(*size)
        assert theme.caption_least_px == theme.caption_px == theme.px(40)
        window = make_window(size=size, library=library)
        window.open_lesson("long")
        window.player.go_next()
        QApplication.processEvents()
        assert window.player.caption.text_px == theme.caption_px


def test_the_audit_measures_the_practice_target_on_the_screen(make_window, pack, tmp_path):  # type: ignore[no-untyped-def]
    assert practice_target_least(Theme(1024, 768)) == 56
    assert practice_target_least(Theme(1366, 768)) == 66
    assert round(practice_target_least(Theme(1080, 1920)), 1) == 92.8
    # 42 units of a 400-unit-wide picture: 56.5 px where it is drawn 538 px wide (1024x768).
    library = long_lesson(
        pack, tmp_path, sentences=1, target="{x: 300, y: 200, width: 42, height: 90}"
    )
    theme = Theme(1024, 768)
    window = make_window(size=(1024, 768), library=library)
    window.open_lesson("long")
    QApplication.processEvents()
    assert window.player.picture.width() == 538
    assert check_practice_targets(window, theme) == []
    window.player.picture.setFixedSize(400, 300)  # now 42 px
    QApplication.processEvents()
    problems = " ".join(str(f) for f in check_practice_targets(window, theme))
    assert "practice target of step 1: 42x90 px on the screen < 56 px" in problems
    window.player.show_step(1)  # no practice on this step
    QApplication.processEvents()
    assert check_practice_targets(window, theme) == []
