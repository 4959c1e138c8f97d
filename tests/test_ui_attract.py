"""The attract loop: lesson pictures change slowly, only while the attract screen shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.settings import Settings


def test_slides_are_lesson_pictures_and_loop(make_window, bundled_library):
    window = make_window()
    attract = window.attract
    pictures = {step.image for lesson in bundled_library.in_language("vi") for step in lesson.steps}
    seen = []
    for _ in range(len(attract._slides) + 1):
        seen.append(attract.picture.path)
        attract.next_slide()
    assert set(seen) <= pictures
    assert len(set(seen)) == len(attract._slides) > 1
    assert seen[0] == seen[-1]  # it loops


def test_the_loop_runs_only_while_shown(make_window, qtbot):
    window = make_window(settings=Settings(attract_slide_seconds=2))
    attract = window.attract
    assert attract.timer.isActive()
    assert attract.timer.interval() == 2000
    first = attract.picture.path
    attract.timer.timeout.emit()
    assert attract.picture.path != first
    window.show_home()
    QApplication.processEvents()
    assert not attract.timer.isActive()
    window.show_attract()
    assert attract.timer.isActive()
