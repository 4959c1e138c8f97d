"""The window's parts (ui/window_screens.py, ui/window_overlays.py, ui/classroom/host.py): the
start makes only the screen of its first frame; each other screen and overlay is made once,
when the visit or the facilitator first reaches it, and joins the window's stack."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.visit.events import Place


def made(window) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    screens = window.screens
    overlays = window.overlays
    return {
        "attract": screens.made_attract is not None,
        "home": screens.made_home is not None,
        "lesson": screens.made_player is not None,
        "finish": screens.made_finish is not None,
        "channels": screens.made_channels is not None,
        "checkin": screens.made_checkin is not None,
        "idle": overlays._idle is not None,
        "quit": overlays._quit is not None,
        "message": overlays._message is not None,
    }


def test_the_start_makes_only_the_attract_loop(make_window):
    window = make_window()
    assert window.screen_name == "attract"
    assert [name for name, done in made(window).items() if done] == ["attract"]
    assert window.stack.count() == 1


def test_each_screen_is_made_once_where_the_visit_first_reaches_it(make_window, bundled_library):
    window = make_window()
    lesson = bundled_library.lessons[0]
    window.show_home()
    home = window.home
    assert made(window)["home"] and not made(window)["lesson"]
    window.open_lesson(lesson.id)
    player = window.player
    window.show_finish(lesson.id)
    window.show_channels()
    window.show_home()
    window.open_lesson(lesson.id)
    assert window.home is home and window.player is player
    # each made screen is in the stack once, and the current one is the lesson
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    screens = [window.attract, home, player, window.finish, window.channels]
    assert sorted(map(id, pages)) == sorted(map(id, screens))
    assert window.stack.currentWidget() is player
    assert not made(window)["checkin"]  # never asked for


def test_screens_of_place_gives_the_resident_screens_and_nothing_for_the_facilitators(
    make_window,
):
    window = make_window()
    assert window.screens.of(Place.HOME) is window.home
    assert isinstance(window.screens.of(Place.CHECKIN), QWidget)
    assert window.screens.of(Place.CLASS) is None
    assert window.screens.of(Place.FACILITATOR) is None


def test_an_overlay_is_made_at_its_first_use_and_hidden_only_if_made(make_window, qtbot):
    window = make_window()
    window.show_home()
    window.overlays.hide(idle=True, message=True, quit_question=True)  # none made: nothing
    assert not any(made(window)[name] for name in ("idle", "quit", "message"))
    window.show_idle_warning(9)
    overlay = window.idle_overlay
    assert overlay.isVisible() and made(window)["idle"] and not made(window)["quit"]
    window.show_idle_warning(8)  # the same one, counting
    assert window.idle_overlay is overlay
    window.overlays.hide(idle=True)
    assert not overlay.isVisible()


def test_the_quit_question_s_close_closes_the_kiosk(make_window):
    window = make_window()
    window.quit_overlay.open()
    window.quit_overlay.confirmed.emit()
    assert window.quit_allowed and not window.isVisible()
