"""Qt object lifetimes (issue 13): what a screen shows again and again is made once and
updated, never torn down and built again, and nothing piles up with every page, step or
language switch."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.lessons.model import Library
from ui.i18n import LanguageSwitcher
from ui.resources import load_icon
from ui.screens.home import HomeScreen
from ui.theme import Theme
from ui.widgets.tile import LessonTile


def test_the_home_screen_turns_pages_with_the_tiles_it_was_built_with(
    qapp: QApplication, bundled_library: Library
) -> None:
    home = HomeScreen(Theme(1366, 768), 2)
    lessons = bundled_library.in_language("vi")
    home.set_lessons(lessons)
    built = {id(child) for child in home.findChildren(QWidget)}
    seen: set[str] = set()
    for _ in range(3):
        for page in range(home.page_count):
            home.show_page(page)
            seen |= {tile.lesson_id for tile in home.tiles}
            assert [t.lesson_id for t in home.tiles] == [x.id for x in home.visible_lessons()]
            assert all(tile.isVisibleTo(home) for tile in home.tiles)
        home.set_lessons(lessons)  # the idle return and a language switch do this
    QApplication.processEvents()
    assert {id(child) for child in home.findChildren(QWidget)} == built  # none new, none gone
    assert seen == {lesson.id for lesson in lessons}


def test_a_tile_says_which_lesson_it_shows_now(qapp: QApplication, bundled_library: Library):  # type: ignore[no-untyped-def]
    home = HomeScreen(Theme(1366, 768), 2)
    home.set_lessons(bundled_library.in_language("vi"))
    chosen: list[str] = []
    home.lesson_chosen.connect(chosen.append)
    home.show_page(1)
    tile = home.tiles[0]
    tile.click()
    home.show_page(0)
    home.tiles[0].click()
    assert chosen == [home.pages[1][0].lessons[0].id, home.pages[0][0].lessons[0].id]
    assert isinstance(tile, LessonTile)


def test_an_icon_is_loaded_once() -> None:
    assert load_icon("pause") is load_icon("pause")
    assert load_icon("pause") is not load_icon("play")


def test_switching_languages_back_and_forth_keeps_two_translators(qapp: QApplication) -> None:
    switcher = LanguageSwitcher(qapp)
    before = len(qapp.findChildren(QObject))
    for _ in range(20):
        switcher.set_language("en")
        switcher.set_language("vi")
    assert len(qapp.findChildren(QObject)) <= before + 2
    switcher.remove()
