"""DESIGN.md's elder-friendly numbers on every screen, at every supported size, in both
languages: targets, spacing, text size, no clipped text, contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.contrast import contrast_ratio
from tests.conftest import SIZES
from ui.theme import Theme
from ui.tools.audit import audit, check_contrast
from ui.tools.shot import CHECKIN_STEPS, PRACTICE_STATES, PRINT_MESSAGES, show_screen


def screens(library):  # type: ignore[no-untyped-def]
    specs = ["attract", "idle", "quit"]
    for lesson in library.in_language("vi"):
        for n, step in enumerate(lesson.steps, start=1):
            specs.append(f"lesson:{lesson.id}:{n}")
            if step.practice is not None:  # its task box after a miss, two, a right touch...
                specs += [f"lesson:{lesson.id}:{n}:{state}" for state in PRACTICE_STATES]
        specs.append(f"finish:{lesson.id}")
    first = library.in_language("vi")[0].id
    specs += [f"checkin:{first}:{step}" for step in CHECKIN_STEPS]
    specs += ["pin", "pin:wrong", "pin:locked", "pin_setup", "pin_setup:confirm"]
    specs += [f"print:{first}:{outcome}" for outcome in PRINT_MESSAGES]
    return specs


def channel_screens(window):  # type: ignore[no-untyped-def]
    """The list of official channels, and each channel shown large."""
    return ["channels"] + [f"channel:{channel.id}" for channel in window.registry.shown()]


def facilitator_screens(window):  # type: ignore[no-untyped-def]
    """The panel's menu and every page its menu opens."""
    window.facilitator.show_panel()
    keys = [choice.key for choice in window.facilitator.panel.menu.choices()]
    return ["facilitator"] + [f"facilitator:{key}" for key in keys]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_meets_the_numbers(make_window, bundled_library, size, language):
    window = make_window(size=size, language=language)
    theme = Theme(*size)
    findings = {}
    pages = [f"home:{n}" for n in range(1, window.home.page_count + 1)]
    specs = pages + screens(bundled_library) + channel_screens(window)
    for spec in specs + facilitator_screens(window):
        window.idle_overlay.hide()
        window.quit_overlay.hide()
        window.message.hide()
        window.facilitator.pin_gate.close_gate()
        show_screen(window, spec)
        QApplication.processEvents()
        found = audit(window, theme)
        if found:
            findings[spec] = [str(f) for f in found]
    assert findings == {}


def test_the_audit_catches_a_small_button_and_clipped_text(make_window):
    window = make_window(size=(1280, 800))
    window.open_lesson("vneid-install")
    theme = Theme(1280, 800)
    QApplication.processEvents()
    assert audit(window, theme) == []
    window.player.next.setFixedHeight(40)
    # (The bar's title shortens itself with "…"; a button's words cannot.)
    window.player.listen.setText("Một dòng chữ rất dài " * 5)
    QApplication.processEvents()
    problems = " ".join(str(f) for f in audit(window, theme))
    assert "touch target" in problems
    assert "text needs" in problems


def test_the_audit_catches_what_does_not_fit_the_screen(make_window):
    window = make_window(size=(1280, 800))
    window.open_lesson("vneid-install")
    QApplication.processEvents()
    window.player.next.setMinimumWidth(2000)  # the row now needs more than the screen
    QApplication.processEvents()
    problems = " ".join(str(f) for f in audit(window, Theme(1280, 800)))
    assert "the screen has 1280" in problems
    assert "sticks out of" in problems


def test_theme_contrast_is_at_least_7_to_1():
    assert check_contrast() == []
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") < 7  # the check can fail


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_stacked_vietnamese_marks_are_not_clipped(qapp, size):
    """Render "Ặ ỹ Ộ" at caption size in a label of its own size hint: no ink may touch
    the top or bottom row, or the marks were cut off."""
    theme = Theme(*size)
    label = QLabel("Ặ ỹ Ộ")
    label.setStyleSheet(f"font-size: {theme.caption_px}px; color: black; background: white;")
    label.resize(label.sizeHint())
    image = QImage(label.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    label.render(painter, QPoint())
    painter.end()
    for y in (0, image.height() - 1):
        row = [QColor(image.pixel(x, y)).lightness() for x in range(image.width())]
        assert min(row) > 200, f"ink on row {y}: the diacritics are clipped"
    inked = [
        y
        for y in range(image.height())
        if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(image.width()))
    ]
    assert inked and inked[0] > 0


def test_no_more_than_six_lessons_on_a_page(make_window, tmp_path):
    from kiosk.authoring.samplepack import write_sample_pack
    from kiosk.lessons import load_library

    library = load_library(
        write_sample_pack(tmp_path / "p", lessons=20, steps=2), extract_dir=tmp_path / "x"
    )
    for size in SIZES:
        window = make_window(size=size, library=library)
        window.show_home()
        seen = set()
        for page in range(window.home.page_count):
            window.home.show_page(page)
            assert 0 < len(window.home.tiles) <= 6
            seen |= {tile.lesson_id for tile in window.home.tiles}
        assert seen == {lesson.id for lesson in library.lessons}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_voice_controls_fit_in_every_state(make_window, bundled_library, size, language):
    window = make_window(size=size, language=language)
    lesson = bundled_library.in_language(language)[0]
    window.open_lesson(lesson.id, 3)
    theme = Theme(*size)
    for speed in ("normal", "slow", "slower"):
        for state in ("playing", "paused"):
            window.player.set_speed(speed)
            window.player.set_voice_state(state)
            QApplication.processEvents()
            assert [str(f) for f in audit(window, theme)] == [], (speed, state)
    window.player.set_notice("no engine")
    QApplication.processEvents()
    assert window.player.notice.isVisible()
    assert [str(f) for f in audit(window, theme)] == []


def class_steps(library):  # type: ignore[no-untyped-def]
    """A class's console on a plain step, a practice step with its ring, and a blank TV."""
    lesson = library.find("vneid-install", "vi")
    practice = next(n for n, s in enumerate(lesson.steps, 1) if s.practice is not None)
    return [f"{lesson.id}:1", f"{lesson.id}:{practice}:ring", f"{lesson.id}:{practice}:blank"]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_class_console_meets_the_numbers(make_window, bundled_library, size, language):
    window = make_window(size=size, language=language)
    theme = Theme(*size)
    findings = {}
    for spec in class_steps(bundled_library):
        show_screen(window, f"class-console:{spec}")
        QApplication.processEvents()
        found = audit(window, theme)
        if found:
            findings[spec] = [str(f) for f in found]
        window.classes.classroom.end()
    assert findings == {}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_hall_reads_every_step_at_a_twenty_second_of_the_height(
    qtbot, bundled_library, size, language
):
    from kiosk.visit.events import Feedback, Position
    from ui.classroom.audience import AudienceView
    from ui.tools.audit import check_hall_text

    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    findings = {}
    for lesson in bundled_library.in_language(language):
        for index, step in enumerate(lesson.steps):
            ring = Feedback.RING if step.practice is not None else Feedback.NONE
            view.show_position(Position(lesson, index, ring))
            QApplication.processEvents()
            found = check_hall_text(view)
            if found:
                findings[f"{lesson.id}:{index + 1}"] = [str(f) for f in found]
    assert findings == {}
