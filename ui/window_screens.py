"""The resident's screens, each made when the visit first reaches it (the start makes only the
one of its first frame): the attract loop, the lessons' list, the lesson, the finish screen
(with its handout printing), the official channels and the sign-in. They join the window's
stack; their touches go to the visit, or to the window through `Touches`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget

from kiosk.settings import Settings
from kiosk.visit import Visit
from kiosk.visit.events import Place
from ui.theme import Theme
from ui.window_overlays import Overlays

if TYPE_CHECKING:
    from kiosk.channels.model import ChannelRegistry
    from ui.lesson_voice import LessonVoice
    from ui.narrator import Narrator
    from ui.print_service import PrintService
    from ui.records_service import RecordsService
    from ui.resident_print import ResidentPrint
    from ui.screens.attract import AttractScreen
    from ui.screens.channels import ChannelsScreen
    from ui.screens.checkin import CheckInScreen
    from ui.screens.finish import FinishScreen
    from ui.screens.home import HomeScreen
    from ui.screens.lesson import LessonScreen


class Touches(NamedTuple):
    """What the screens' touches ask of the window (the rest go to the visit itself). A named
    tuple, not a dataclass: made at every start, where a frozen dataclass's generated methods
    cost about 1 ms on Python 3.11."""

    home: Callable[[], None]
    open_lesson: Callable[[str], None]
    channels: Callable[[], None]
    choose_language: Callable[[str], None]  # a flag on the attract loop: that language, home
    print_handout: Callable[[str], None]
    open_checkin: Callable[[str], None]
    say: Callable[[str], None]  # the channels' Listen
    class_running: Callable[[], bool]  # a handout printed in class goes the class's way


class ResidentScreens:
    def __init__(
        self,
        stack: QStackedWidget,
        theme: Theme,
        settings: Settings,
        visit: Visit,
        overlays: Overlays,
        touches: Touches,
        *,
        records: RecordsService | None,
        printing: PrintService | None,
        registry: ChannelRegistry | None,
    ) -> None:
        self.stack = stack
        self.theme = theme
        self.settings = settings
        self.visit = visit
        self.overlays = overlays
        self.touches = touches
        self.records = records
        self.printing = printing
        self._registry = registry  # the defaults until `kiosk run` reads the commune's
        self.voice: LessonVoice | None = None  # attach_voice
        self.narrator: Narrator | None = None
        self.made_attract: AttractScreen | None = None
        self.made_home: HomeScreen | None = None
        self.made_player: LessonScreen | None = None
        self.made_finish: FinishScreen | None = None
        self._resident_print: ResidentPrint | None = None
        self.made_channels: ChannelsScreen | None = None
        self.made_checkin: CheckInScreen | None = None

    # --- what the window gives them later ---------------------------------------------------
    @property
    def registry(self) -> ChannelRegistry:
        """The official channels: the commune's (`kiosk run` gives them once the first frame
        is up), the built-in ones until then."""
        if self._registry is None:
            from kiosk.channels.defaults import default_registry

            self._registry = default_registry()
        return self._registry

    @registry.setter
    def registry(self, registry: ChannelRegistry) -> None:
        self._registry = registry
        if self.made_channels is not None:
            self.made_channels.registry = registry
            self.made_channels.set_language(self.visit.language)  # drawn again if shown

    def attach_voice(self, voice: LessonVoice, narrator: Narrator) -> None:
        """The voice, once there is one: the lesson screen, if made, is read from then on."""
        self.voice = voice
        self.narrator = narrator
        if self.made_player is not None:
            voice.attach(self.made_player)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self.made_checkin is not None:
            self.made_checkin.set_groups(settings.residential_groups)

    def set_language(self, language: str) -> None:
        """Those made, in `language` (the rest are made in it)."""
        if self.made_home is not None:
            self.made_home.set_lessons(self.visit.lessons())
        self._show_language_on_attract(language)
        if self.made_channels is not None:
            self.made_channels.set_language(language)
        if self.made_checkin is not None:
            self.made_checkin.set_language(language)

    def _show_language_on_attract(self, language: str) -> None:
        if self.made_attract is not None:
            lessons = self.visit.lessons()
            slides = [step.image for lesson in lessons for step in lesson.steps[:3]]
            self.made_attract.set_slides(slides)
            self.made_attract.set_current_language(language)

    def of(self, place: Place) -> QWidget | None:
        """The screen showing `place`, made if it was not (None: a facilitator's place)."""
        screens: dict[Place, Callable[[], QWidget]] = {
            Place.ATTRACT: lambda: self.attract,
            Place.HOME: lambda: self.home,
            Place.LESSON: lambda: self.player,
            Place.FINISH: lambda: self.finish,
            Place.CHANNELS: lambda: self.channels,
            Place.CHECKIN: lambda: self.checkin,
        }
        made = screens.get(place)
        return made() if made is not None else None

    # --- the screens --------------------------------------------------------------------------
    def _add_page(self, page: QWidget) -> None:
        """A screen made after the start joins the stack polished and laid out with the style
        sheet, as the first ones are: unpolished, its buttons would ask for their whole
        unstyled width, and the stack (and the window) would take it as its least size."""
        self.stack.addWidget(page)  # first: polished under the window's style sheet
        for widget in (page, *page.findChildren(QWidget)):
            widget.ensurePolished()
        layout = page.layout()
        if layout is not None:
            for inner in (layout, *layout.findChildren(QLayout)):
                inner.invalidate()

    @property
    def attract(self) -> AttractScreen:
        """The attract loop (the first frame of a kiosk set up)."""
        if self.made_attract is None:
            from ui.screens.attract import AttractScreen

            attract = AttractScreen(self.theme, self.settings.attract_slide_seconds)
            attract.start.connect(lambda: self.touches.home())
            attract.language_chosen.connect(self.touches.choose_language)
            self.made_attract = attract
            self._show_language_on_attract(self.visit.language)
            self._add_page(attract)
        return self.made_attract

    @property
    def home(self) -> HomeScreen:
        """The lessons' list (at the first touch of the attract loop)."""
        if self.made_home is None:
            from ui.screens.home import HomeScreen

            home = HomeScreen(self.theme, self.theme.tile_columns)
            home.lesson_chosen.connect(self.touches.open_lesson)
            home.channels_requested.connect(lambda: self.touches.channels())
            home.set_lessons(self.visit.lessons())
            self.made_home = home
            self._add_page(home)
        return self.made_home

    @property
    def player(self) -> LessonScreen:
        """The lesson screen, made when the first lesson opens."""
        if self.made_player is None:
            from ui.screens.lesson import LessonScreen

            visit = self.visit
            player = LessonScreen(self.theme)
            player.next_requested.connect(visit.next)
            player.back_requested.connect(visit.back)
            player.step_requested.connect(visit.show_step)
            player.touched_at.connect(visit.touch)
            player.praise_shown.connect(visit.praise_elapsed)
            player.home_requested.connect(lambda: self.touches.home())
            player.set_speed(visit.speed)
            self.made_player = player
            self._add_page(player)
            if self.voice is not None:
                self.voice.attach(player)
        return self.made_player

    @property
    def finish(self) -> FinishScreen:
        """The finish screen, made when the first lesson ends."""
        return self._made_finish()[0]

    @property
    def resident_print(self) -> ResidentPrint:
        """A resident's handout, printed from the finish screen (made with it)."""
        return self._made_finish()[1]

    def _made_finish(self) -> tuple[FinishScreen, ResidentPrint]:
        if self.made_finish is None or self._resident_print is None:
            from ui.resident_print import ResidentPrint
            from ui.screens.finish import FinishScreen

            touches = self.touches
            finish = FinishScreen(self.theme)
            finish.set_checkin_available(self.records is not None)
            finish.another_lesson.connect(self.visit.back_to_list)
            finish.repeat_lesson.connect(touches.open_lesson)
            finish.home_requested.connect(lambda: touches.home())
            finish.print_requested.connect(touches.print_handout)
            finish.checkin_requested.connect(touches.open_checkin)
            self.made_finish = finish
            self._resident_print = ResidentPrint(
                self.printing, finish, self.overlays.message, touches.class_running
            )
            self._add_page(finish)
        return self.made_finish, self._resident_print

    @property
    def channels(self) -> ChannelsScreen:
        """The official channels' screen, made when it is first opened."""
        if self.made_channels is None:
            from ui.screens.channels import ChannelsScreen

            channels = ChannelsScreen(self.theme, self.registry)
            channels.set_language(self.visit.language)
            channels.home_requested.connect(lambda: self.touches.home())
            channels.speak.connect(self.touches.say)
            self.made_channels = channels
            self._add_page(channels)
        return self.made_channels

    @property
    def checkin(self) -> CheckInScreen:
        """The sign-in screens, made at first use: their keyboard is kept out of the start."""
        if self.made_checkin is None:
            from ui.screens.checkin import CheckInScreen

            groups = self.settings.residential_groups
            checkin = CheckInScreen(self.theme, self.records, groups)
            checkin.follow(self.visit, self.narrator)
            checkin.home_requested.connect(lambda: self.touches.home())
            self.made_checkin = checkin
            self.stack.addWidget(checkin)
        return self.made_checkin
