"""Settings the facilitator changes: commune name, kiosk name, residential groups (add on the
keyboard, remove), and the waiting time before the kiosk goes back to its start (− / + in
steps of 30 s, within the limits kiosk.settings checks). Nothing is kept until Save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from kiosk.records import RecordError, validate
from kiosk.settings import Settings, check_setting, save_settings
from ui.facilitator.cards import Choice, ChoiceGrid
from ui.facilitator.layout import two_columns
from ui.facilitator.page import Page
from ui.facilitator.widgets import FitLabel, FixedButton, action_button, notice_label, typing_page
from ui.theme import Theme
from ui.widgets.buttons import BigButton
from ui.widgets.pager import Pager

IDLE_STEP_S = 30
GROUP_ROWS = 4


class SettingsPage(Page):
    name = "settings"
    saved = Signal(object)  # the new Settings

    def __init__(
        self, theme: Theme, settings: Settings, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self.settings = self.draft = settings
        self.data_dir = data_dir
        self.editing = ""  # commune_name, kiosk_name or group (a new one)
        self.group_page = 0
        self.views = QStackedWidget()
        self.body.addWidget(self.views, 1)

        main = QWidget()
        left, right = two_columns(theme, main)
        self.fields = ChoiceGrid(theme, columns=1, rows=3)
        self.fields.chosen.connect(self._field_chosen)
        idle = QHBoxLayout()
        idle.setSpacing(theme.spacing)
        self.idle = FitLabel()
        self.less = FixedButton(theme, "−", theme.px(120))
        self.less.setObjectName("idleLess")
        self.more = FixedButton(theme, "+", theme.px(120))
        self.more.setObjectName("idleMore")
        for button, step in ((self.less, -IDLE_STEP_S), (self.more, IDLE_STEP_S)):
            button.clicked.connect(lambda _=False, s=step: self._change_idle(s))
        idle.addWidget(self.idle, 1)
        idle.addWidget(self.less)
        idle.addWidget(self.more)
        # Which voice reads the lessons (found by the speech worker after the start): the
        # facilitator sees here that the Vietnamese voice is installed, or that it is not.
        self.voices: dict[str, str] = {}
        self.voice_line = QLabel()
        self.voice_line.setObjectName("voices")
        self.voice_line.setWordWrap(True)
        self.voice_line.hide()
        left.addWidget(self.fields)
        left.addLayout(idle)
        left.addStretch(1)
        self.save = action_button(theme, "go")
        self.save.setObjectName("save")
        self.save.clicked.connect(self._save)
        self.status = notice_label()
        right.addWidget(self.save)
        right.addWidget(self.status)
        right.addWidget(self.voice_line)
        right.addStretch(1)
        self.views.addWidget(main)

        groups = QWidget()
        left, right = two_columns(theme, groups)
        self.group_rows: list[tuple[FitLabel, BigButton]] = []
        for index in range(GROUP_ROWS):
            line = QWidget()
            line.setObjectName("listRow")
            line.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            row = QHBoxLayout(line)
            row.setContentsMargins(theme.px(20), theme.px(6), theme.px(6), theme.px(6))
            row.setSpacing(theme.spacing)
            name = FitLabel()
            remove = BigButton("secondary")
            remove.setObjectName(f"remove{index}")
            remove.setFixedHeight(theme.target)
            remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            remove.clicked.connect(lambda _=False, i=index: self._remove_group(i))
            row.addWidget(name, 1)
            row.addWidget(remove)
            policy = line.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            line.setSizePolicy(policy)
            left.addWidget(line)
            self.group_rows.append((name, remove))
        self.no_groups = QLabel()
        self.no_groups.setWordWrap(True)
        left.addWidget(self.no_groups)
        left.addStretch(1)
        self.group_pager = Pager(theme)
        self.group_pager.page_requested.connect(self._show_groups)
        right.under.addWidget(self.group_pager)
        self.add_group = action_button(theme, "primary")
        self.add_group.setObjectName("addGroup")
        self.add_group.clicked.connect(lambda: self._edit("group"))
        self.groups_done = action_button(theme, "go")
        self.groups_done.setObjectName("groupsDone")
        self.groups_done.clicked.connect(self.go_back)
        right.addWidget(self.add_group)
        right.addWidget(self.groups_done)
        right.addStretch(1)
        self.views.addWidget(groups)

        typing, self.prompt, self.keyboard = typing_page(theme)
        self.keyboard.submitted.connect(self._typed)
        self.views.addWidget(typing)
        self.retranslate()

    @property
    def view(self) -> str:
        return ("main", "groups", "typing")[self.views.currentIndex()]

    def on_show(self) -> None:
        self.draft = self.settings
        self.status.hide()
        self.views.setCurrentIndex(0)
        self.refresh()

    def go_back(self) -> None:
        if self.view == "typing" and self.editing == "group":
            self.views.setCurrentIndex(1)
        elif self.view != "main":
            self.views.setCurrentIndex(0)
        else:
            self.back_requested.emit()
        self.refresh()

    # -- editing -----------------------------------------------------------------------
    def _field_chosen(self, key: str) -> None:
        if key == "residential_groups":
            self.views.setCurrentIndex(1)
            self._show_groups(0)
            self.refresh()
        else:
            self._edit(key)

    def _edit(self, what: str) -> None:
        self.editing = what
        self.prompt.clear_error()
        self.keyboard.set_text("" if what == "group" else getattr(self.draft, what))
        self.views.setCurrentIndex(2)
        self.refresh()

    def _typed(self, text: str) -> None:
        try:  # no control or hidden characters (kiosk/records/names.py)
            if self.editing == "group":
                validate.short_text(text, "group_invalid")
            else:
                validate.short_text(text, "text_invalid", limit=200)
        except RecordError as error:
            return self._refuse(error.message(self.language))
        if self.editing == "group":
            groups = self.draft.residential_groups
            if not text:
                self.go_back()
                return
            if text.casefold() in (g.casefold() for g in groups):
                return self._refuse(self.tr("That group is already on the list."))
            if check_setting("residential_groups", [*groups, text]) is not None:
                return self._refuse(self.tr("No more groups can be added (60 at most)."))
            self.draft = replace(self.draft, residential_groups=(*groups, text))
            self.views.setCurrentIndex(1)
            self._show_groups(10**6)  # the page with the new group
        else:
            if self.editing == "commune_name":
                self.draft = replace(self.draft, commune_name=text)
            else:
                self.draft = replace(self.draft, kiosk_name=text)
            self.views.setCurrentIndex(0)
        self.refresh()

    def _refuse(self, message: str) -> None:
        self.prompt.warn(message)

    def _remove_group(self, row: int) -> None:
        index = self.group_page * GROUP_ROWS + row
        groups = list(self.draft.residential_groups)
        if index < len(groups):
            del groups[index]
            self.draft = replace(self.draft, residential_groups=tuple(groups))
            self._show_groups(self.group_page)
            self.refresh()

    def _show_groups(self, page: int) -> None:
        groups = self.draft.residential_groups
        count = max(1, -(-len(groups) // GROUP_ROWS))
        self.group_page = min(max(0, page), count - 1)
        start = self.group_page * GROUP_ROWS
        for index, (name, _) in enumerate(self.group_rows):
            shown = start + index < len(groups)
            name.set_full_text(groups[start + index] if shown else "")
            line = name.parentWidget()  # the row, with its Remove button
            assert line is not None
            line.setVisible(shown)
        self.no_groups.setVisible(not groups)
        self.group_pager.show_position(self.group_page, count)
        self.group_pager.setVisible(count > 1)

    def _change_idle(self, step: int) -> None:
        value = self.draft.idle_seconds + step
        if check_setting("idle_seconds", value) is None:
            self.draft = replace(self.draft, idle_seconds=value)
            self.refresh()

    def _save(self) -> None:
        try:
            save_settings(self.data_dir, self.draft)
        except OSError as error:
            self.status.setText(self.tr("Could not save ({error}).").format(error=error))
            self.status.show()
            return
        self.settings = self.draft
        self.status.setText(self.tr("Saved."))
        self.status.show()
        self.refresh()
        self.saved.emit(self.settings)

    def set_voices(self, voices: dict[str, str]) -> None:
        """The reading voice of each language ("" when there is none)."""
        self.voices = dict(voices)
        self.refresh()

    # -- texts -------------------------------------------------------------------------
    def voice_text(self) -> str:
        lines = []
        for language, name in sorted(self.voices.items(), key=lambda item: item[0] != "vi"):
            if language == "vi":
                lines.append(
                    self.tr("Vietnamese voice: {name}").format(name=name)
                    if name
                    else self.tr("No Vietnamese voice: lessons are shown as text only.")
                )
            elif language == "en":
                lines.append(
                    self.tr("English voice: {name}").format(name=name)
                    if name
                    else self.tr("No English voice: English lessons are shown as text only.")
                )
        return "\n".join(lines)

    def idle_text(self, seconds: int) -> str:
        minutes, rest = divmod(seconds, 60)
        if not rest:
            return self.tr("{minutes} min").format(minutes=minutes)
        if not minutes:
            return self.tr("{seconds} s").format(seconds=rest)
        return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)

    def refresh(self) -> None:
        draft, unset = self.draft, self.tr("(not set)")
        groups = draft.residential_groups
        self.fields.set_choices(
            [
                Choice("commune_name", self.tr("Commune name"), draft.commune_name or unset),
                Choice("kiosk_name", self.tr("Kiosk name"), draft.kiosk_name or unset),
                Choice(
                    "residential_groups",
                    self.tr("Residential groups: {count}").format(count=len(groups)),
                    ", ".join(groups) or unset,
                ),
            ]
        )
        idle_time = self.idle_text(draft.idle_seconds)
        # On a narrow screen the words are cut short, never the time they are about.
        self.idle.set_full_text(
            self.tr("Back to start after: {time}").format(time=idle_time),
            shorter=(self.tr("Start after: {time}").format(time=idle_time),),
            keep=idle_time,
        )
        self.less.setEnabled(
            check_setting("idle_seconds", draft.idle_seconds - IDLE_STEP_S) is None
        )
        self.more.setEnabled(
            check_setting("idle_seconds", draft.idle_seconds + IDLE_STEP_S) is None
        )
        self.voice_line.setText(self.voice_text())
        self.voice_line.setVisible(bool(self.voices))
        self.save.setEnabled(draft != self.settings)
        if draft != self.settings:
            self.status.setText(self.tr("Not saved yet."))
            self.status.show()
        titles = {
            "commune_name": self.tr("Commune name"),
            "kiosk_name": self.tr("Kiosk name"),
            "group": self.tr("New residential group"),
        }
        if self.view == "typing":
            self.prompt.say(
                self.tr("{field}: type it, then touch Done.").format(field=titles[self.editing])
            )
        title = self.tr("Residential groups") if self.view == "groups" else self.tr("Settings")
        self.bar.title.set_full_text(title)

    def retranslate(self) -> None:
        self.less.setText("−")
        self.more.setText("+")
        self.save.setText(self.tr("Save"))
        self.add_group.setText(self.tr("Add a group"))
        self.groups_done.setText(self.tr("Done"))
        self.no_groups.setText(self.tr("No groups yet. Touch Add a group."))
        for _, remove in self.group_rows:
            remove.setText(self.tr("Remove"))
        self.refresh()
