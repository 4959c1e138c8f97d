"""`kiosk shot`: one screen rendered offscreen to a PNG."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QSize
from PySide6.QtWidgets import QApplication

from kiosk.clock import ManualClock
from kiosk.lessons.model import Lesson, Library
from kiosk.pin import FREE_TRIES, PinGuard, PinState, PinStore
from kiosk.records import NewPerson, RecordStore
from kiosk.records.files import records_path
from kiosk.settings import Settings
from ui.records_service import RecordsService
from ui.window import KioskWindow

SCREENS_HELP = (
    "attract, home, home:<page>, lesson:<lesson-id>:<step>[:hint|ring|praise|done|untried], "
    "finish:<lesson-id>, channels, "
    "channel:<channel-id>, idle, quit, pin, pin:wrong, pin:locked, pin:recovery, "
    "pin:damaged, pin_setup, pin_setup:confirm, pin_setup:code, facilitator, "
    "facilitator:start|support|people|settings|quit, "
    "facilitator:attendance (a sample session), "
    "facilitator:attendance:scan|scan-new|camera (a citizen ID card scanned: someone of the "
    "sample session, someone new; the webcam's page), facilitator:report, "
    "facilitator:report:month|last_month|quarter[:<page>] (the sample session's figures), "
    "facilitator:report:dates, facilitator:clock[:wrong] (a clock five years ahead), "
    "checkin:<lesson-id>:consent|name|year|group|done|returning, "
    "print:<lesson-id>:printed|not_ready|no_printer (the message after Print the guide), "
    "class:<lesson-id>:<step>[:ring|blank] (the TV in a class), "
    "class-console:<lesson-id>:<step>[:ring|blank] (the facilitator's console in a class)"
)
PRINT_MESSAGES = ("printed", "not_ready", "no_printer")
CHECKIN_STEPS = ("consent", "name", "year", "group", "done", "returning")
SAMPLE_NAME, SAMPLE_YEAR = "Nguyễn Thị Đều", "1950"
# Shown on the group step when the settings have no groups (the step is skipped then).
SAMPLE_GROUPS = tuple(f"Tổ dân phố số {n}" for n in range(1, 9))
SHOT_PIN = "924681"  # only ever set in a throwaway data folder
SHOT_RECOVERY = "4821 0937 5512"  # shown by pin_setup:code; never stored
# facilitator:attendance shows a group lesson under way with these people in it.
SAMPLE_PEOPLE = (
    ("Nguyễn Thị Đều", 1950, "Tổ dân phố số 3", ("install_vneid", "vneid_activate")),
    ("Trần Văn Bảy", 1948, "Tổ dân phố số 3", ()),
    ("Lê Thị Hồng", 1962, "Tổ dân phố số 5", ("install_etax",)),
    ("Phạm Văn Tư", 1955, "Tổ dân phố số 1", ()),
    ("Đỗ Thị Mai", 1958, "Tổ dân phố số 5", ("cashless_payment",)),
)


class ShotError(ValueError):
    """A screen name that does not exist; the message lists the valid names."""


def _lesson_ids(window: KioskWindow) -> str:
    return ", ".join(lesson.id for lesson in window.lessons()) or "(none loaded)"


PRACTICE_STATES = ("hint", "ring", "praise", "done", "untried")


def _practice_state(window: KioskWindow, lesson: Lesson, index: int, state: str) -> None:
    """A practice step after one miss (hint), two (ring), a right touch (praise), a right
    touch and a return to the step (done), or Next before any touch (untried)."""
    practice = lesson.steps[index].practice
    if practice is None:
        steps = [n + 1 for n, step in enumerate(lesson.steps) if step.practice is not None]
        raise ShotError(f"step {index + 1} of {lesson.id!r} has no practice; these do: {steps}")
    if state not in PRACTICE_STATES:
        raise ShotError(f"practice states: {', '.join(PRACTICE_STATES)}; got {state!r}")
    player = window.player
    units = player.picture.units
    target = practice.target
    if state in ("praise", "done"):
        point = QPointF(target.x + target.width / 2, target.y + target.height / 2)
        player.touched(point)
        if state == "done":
            player.show_step(index)
        return
    if state == "untried":
        player.go_next()
        return
    # A touch in the corner of the picture farthest from the target.
    far_x = 0.0 if target.x + target.width / 2 > units.width() / 2 else units.width() - 1.0
    far_y = 0.0 if target.y + target.height / 2 > units.height() / 2 else units.height() - 1.0
    for _ in range(1 if state == "hint" else 2):
        player.touched(QPointF(far_x, far_y))


def show_screen(window: KioskWindow, spec: str) -> None:
    """Bring the window to the screen named by `spec`, or raise ShotError."""
    name, _, rest = spec.partition(":")
    if name == "attract" and not rest:
        window.show_attract()
    elif name == "home":
        if rest and not rest.isdigit():
            raise ShotError(f"bad page {rest!r} in {spec!r}; write home:2 for the second page")
        page = int(rest) - 1 if rest else 0
        if not 0 <= page < window.home.page_count:
            raise ShotError(f"home has pages 1 to {window.home.page_count}; got {rest}")
        window.show_home(page)
    elif name in ("lesson", "finish"):
        lesson_id, _, step_text = rest.partition(":")
        lesson = window.find_lesson(lesson_id)
        if lesson is None:
            raise ShotError(f"unknown lesson {lesson_id!r}; lessons: {_lesson_ids(window)}")
        if name == "finish":
            if step_text:
                raise ShotError(f"write finish:{lesson_id}, without a step")
            window.show_finish(lesson.id)
            return
        step_text, _, state = step_text.partition(":")
        count = len(lesson.steps)
        if not step_text.isdigit() or not 1 <= int(step_text) <= count:
            raise ShotError(
                f"lesson {lesson.id!r} has steps 1 to {count}; write lesson:{lesson.id}:1"
            )
        window.open_lesson(lesson.id, int(step_text) - 1)
        if state:
            _practice_state(window, lesson, int(step_text) - 1, state)
    elif name == "channels" and not rest:
        window.show_channels()
    elif name == "channel":
        known = [c.id for c in window.registry.shown()]
        if rest not in known:
            raise ShotError(f"unknown channel {rest!r}; channels: {', '.join(known)}")
        window.show_channels(rest)
    elif name == "idle" and not rest:
        window.show_home()
        window.idle.enabled = True
        window.show_idle_warning(window.settings.idle_countdown_seconds)
    elif name == "quit" and not rest:
        window.show_home()
        window.quit_overlay.open()  # as it shows once the PIN was right
    elif name == "pin" and rest in ("", "wrong", "locked", "recovery", "damaged"):
        _show_pin(window, rest)
    elif name == "pin_setup" and rest in ("", "confirm", "code"):
        window.facilitator.show_pin_setup("panel")
        if rest == "confirm":
            window.facilitator.pin_setup.enter(SHOT_PIN)
        elif rest == "code":
            window.facilitator.pin_setup.show_code("panel", SHOT_RECOVERY)
    elif name == "facilitator" and rest in ("clock", "clock:wrong"):
        _show_clock_question(window, rest == "clock:wrong")
    elif name == "facilitator":
        window.facilitator.show_panel()
        panel = window.facilitator.panel
        assert panel is not None
        _wait_for(lambda: panel.desk.loaded, "the facilitator panel did not load the records")
        if rest:
            _show_panel_page(window, rest)
    elif name == "checkin":
        _show_checkin(window, spec, rest)
    elif name in ("class", "class-console"):
        _show_class(window, spec, console=name == "class-console")
    elif name == "print":
        _show_print_message(window, rest)
    else:
        raise ShotError(f"unknown screen {spec!r}; valid screens: {SCREENS_HELP}")


def _show_class(window: KioskWindow, spec: str, *, console: bool) -> None:
    """class:LESSON:STEP[:ring|:blank] is what the hall sees on the TV; class-console:... the
    facilitator's console beside it (two screens)."""
    _, _, rest = spec.partition(":")
    lesson_id, _, step_text = rest.partition(":")
    step_text, _, state = step_text.partition(":")
    lesson = window.find_lesson(lesson_id)
    if lesson is None:
        raise ShotError(f"unknown lesson {lesson_id!r}; lessons: {_lesson_ids(window)}")
    count = len(lesson.steps)
    if (
        not step_text.isdigit()
        or not 1 <= int(step_text) <= count
        or state
        not in (
            "",
            "ring",
            "blank",
        )
    ):
        raise ShotError(
            f"write {spec.split(':')[0]}:{lesson.id}:STEP[:ring|:blank], STEP 1 to {count}"
        )
    window.start_class((lesson.id,))
    mode = window.classes
    assert mode is not None
    mode.classroom.go_to_step(int(step_text) - 1)
    if state == "ring":
        mode.classroom.toggle_ring()
    elif state == "blank":
        mode.classroom.toggle_blank()
    mode.stage.set_one_screen(not console)
    mode.stage.opener.hide()  # the TV has no buttons


def _wait_for(condition: Callable[[], bool], failure: str, timeout_s: float = 10.0) -> None:
    """Let the records thread answer (a shot has no event loop of its own)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise ShotError(failure)
        QApplication.processEvents()
        time.sleep(0.01)


def seed_sample_session(data_dir: Path) -> None:
    """A group lesson under way, for facilitator:attendance (in the throwaway folder)."""
    store = RecordStore.open(records_path(data_dir), "shot")
    try:
        session = store.start_session("group", "Nhà văn hóa tổ 3", "Chị Lan", ())
        for name, year, group, support in SAMPLE_PEOPLE:
            person, _ = store.add_new_attendee(
                session.id, NewPerson(name, year, group, consent=True)
            )
            for code in support:
                store.record_support(person.id, code, session.id)
    finally:
        store.close()


def prepare_pin(data_dir: Path, spec: str) -> None:
    """The throwaway folder's PIN: none for the first start's set-up (pin_setup), a damaged
    one for pin:damaged (its recovery code kept), else SHOT_PIN (a new kiosk would show its
    set-up step instead of the screen asked for)."""
    if spec.startswith("pin_setup"):
        return
    store = PinStore(data_dir)
    store.set(SHOT_PIN)
    if spec == "pin:damaged":
        store.path.write_text('{"algorithm": "scrypt", "n": 16384, "r": 8', encoding="utf-8")


def _show_pin(window: KioskWindow, variant: str) -> None:
    if window.pins is None or window.facilitator.pin_gate is None:
        raise ShotError("this window has no facilitator PIN")
    if variant != "damaged" and window.pins.store.state() is PinState.NEW:
        window.pins.store.set(SHOT_PIN)
    window.show_home()
    window.facilitator.open("panel")
    if variant == "recovery":
        window.facilitator.pin_gate.toggle_recovery()  # "Forgot the PIN?"
    wrong = {"wrong": 2, "locked": FREE_TRIES}.get(variant, 0)
    for _ in range(wrong):
        window.facilitator.pin_gate.try_pin("000000")
    for digit in "12" if variant in ("", "wrong", "locked") else "482109":
        window.facilitator.pin_gate.pad.type(digit)


def _show_clock_question(window: KioskWindow, answer_wrong: bool) -> None:
    """The panel as it opens when the computer's clock reads five years ahead."""
    from datetime import timedelta

    from kiosk.records.clockcheck import AHEAD, ClockVerdict

    if isinstance(window.clock, ManualClock):
        window.clock.set_wall(window.clock.now() + timedelta(days=1826))
    now = window.clock.now()
    window.facilitator.set_clock_verdict(
        ClockVerdict(AHEAD, "jump", now, now - timedelta(days=1826))
    )
    window.facilitator.show_panel()
    panel = window.facilitator.panel
    assert panel is not None
    _wait_for(lambda: panel.clock_check.counted, "the clock question did not count the records")
    if answer_wrong:
        panel.clock_check.wrong.click()


def _show_panel_page(window: KioskWindow, spec: str) -> None:
    """A page of the panel, reached as the facilitator reaches it: its card on the menu."""
    panel = window.facilitator.panel
    assert panel is not None
    key, _, more = spec.partition(":")
    keys = [choice.key for choice in panel.menu.choices()]
    if key not in keys:
        raise ShotError(f"unknown facilitator page {key!r}; pages: {', '.join(keys)}")
    panel.menu.chosen.emit(key)
    if key == "report" and more:
        _show_report(window, more)
    elif key == "attendance" and more:
        _show_scan(window, more)


def _show_scan(window: KioskWindow, what: str) -> None:
    """facilitator:attendance:scan|scan-new|camera: a card scanned on the attendance page (a
    resident of the sample session; somebody new), or the webcam's page (no camera here)."""
    from kiosk.cards import CitizenCard
    from ui.facilitator.scan_view import LOOKING

    assert window.facilitator.panel is not None
    page = window.facilitator.panel.attendance
    if what == "camera":
        page.intake.open_camera()
        return
    cards = {
        "scan": CitizenCard("Trần Văn Bảy", 1948, "male"),
        "scan-new": CitizenCard("Hoàng Thị Ngọc Diệp", 1961, "female"),
    }
    if what not in cards:
        raise ShotError("write facilitator:attendance:scan, :scan-new or :camera")
    _wait_for(lambda: page.desk.session is not None, "the sample session did not load")
    page.show_card(cards[what])
    view = page.scanned
    _wait_for(lambda: view.state != LOOKING, "the scanned card was not looked up")


def _show_report(window: KioskWindow, spec: str) -> None:
    """facilitator:report:PERIOD[:PAGE]: the period's figures, on their PAGE-th screen."""
    from ui.facilitator.report import PERIODS

    assert window.facilitator.panel is not None
    page = window.facilitator.panel.report_page
    period, _, number = spec.partition(":")
    if period not in PERIODS or (number and not number.isdigit()) or (period == "dates" and number):
        raise ShotError(
            f"write facilitator:report:PERIOD[:PAGE], PERIOD one of {', '.join(PERIODS)}"
        )
    page.choose(period)
    if period == "dates":
        return
    _wait_for(
        lambda: page.report is not None or page.message_kind == "failed",
        "the report was not computed",
    )
    if page.report is None:
        raise ShotError("the report could not be computed")
    if number:
        if not 1 <= int(number) <= len(page.slides):
            raise ShotError(f"the report has pages 1 to {len(page.slides)}")
        page.show_slide(int(number) - 1)


def _show_print_message(window: KioskWindow, rest: str) -> None:
    """The finish screen of a lesson under the message that Print the guide brings."""
    from ui.printing.spooler import PrintOutcome

    lesson_id, _, outcome = rest.partition(":")
    lesson = window.find_lesson(lesson_id)
    if lesson is None:
        raise ShotError(f"unknown lesson {lesson_id!r}; lessons: {_lesson_ids(window)}")
    if outcome not in PRINT_MESSAGES:
        raise ShotError(
            f"write print:{lesson.id}:OUTCOME, OUTCOME one of {', '.join(PRINT_MESSAGES)}"
        )
    window.show_finish(lesson.id)
    if outcome == "no_printer":
        if window.printing is not None:
            raise ShotError("this window has a printer; print:...:no_printer needs none")
        window.print_handout(lesson.id)
    else:
        window.resident_print._printed(PrintOutcome(outcome == "printed", "", Path(), ""))


def _show_checkin(window: KioskWindow, spec: str, rest: str) -> None:
    lesson_id, _, step = rest.partition(":")
    lesson = window.find_lesson(lesson_id)
    if lesson is None:
        raise ShotError(f"unknown lesson {lesson_id!r}; lessons: {_lesson_ids(window)}")
    if step not in CHECKIN_STEPS:
        raise ShotError(f"write checkin:{lesson.id}:STEP, STEP one of {', '.join(CHECKIN_STEPS)}")
    if window.records is None:
        raise ShotError("this window keeps no records, so it has no check-in")
    checkin = window.checkin
    if not checkin.groups:
        checkin.set_groups(SAMPLE_GROUPS)
    window.show_finish(lesson.id)
    window.open_checkin(lesson.id)
    if step in ("name", "year", "group"):
        checkin.show_step("name")
        checkin.keyboard.set_text(SAMPLE_NAME)
    if step in ("year", "group"):
        checkin.show_step("year")
        for digit in SAMPLE_YEAR:
            checkin.year.pad.type(digit)
    if step == "group":
        checkin.show_step("group")
    elif step in ("done", "returning"):
        checkin.show_done(SAMPLE_NAME, returning=step == "returning")


def take_shot(
    app: QApplication,
    library: Library,
    settings: Settings,
    spec: str,
    out: Path,
    *,
    size: QSize,
    language: str,
) -> None:
    from ui.app import build_window

    clock = ManualClock()
    # Records and the PIN live in a throwaway folder: a screenshot never touches real data.
    with tempfile.TemporaryDirectory(prefix="kiosk-shot-data-") as scratch:
        data_dir = Path(scratch)
        if spec.startswith(("facilitator:attendance", "facilitator:report:")):
            seed_sample_session(data_dir)
        prepare_pin(data_dir, spec)
        records = RecordsService(lambda: RecordStore.open(records_path(data_dir), "shot"))
        window = build_window(
            app,
            library,
            settings,
            language=language,
            size=size,
            clock=clock,
            records=records,
            pins=PinGuard(PinStore(data_dir), clock),
            data_dir=data_dir,
        )
        window.setFixedSize(size)
        window.show()
        try:
            show_screen(window, spec)
            app.processEvents()
            image = window.grab()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(out)):
                raise OSError(f"cannot write {out}")
        finally:
            window.quit_allowed = True
            window.close()
