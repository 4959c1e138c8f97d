"""The computer's clock looks wrong: the facilitator is asked whether today's date is right.

Shown when the panel opens after a start (or an hourly check) that found the clock implausible
(kiosk/records/clockcheck.py). Until the facilitator answers "Right", the kiosk anonymises
no one; "Wrong" tells them to have the date set. Records made meanwhile are kept, marked, and
counted here."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.clock import Clock
from kiosk.records import RecordError
from kiosk.settings import Settings
from ui.facilitator.desk import Desk
from ui.facilitator.page import Page
from ui.facilitator.widgets import action_button, centred_label, notice_label
from ui.theme import Theme

if TYPE_CHECKING:
    from kiosk.records.clockcheck import ClockVerdict
    from kiosk.records.privacy import Retention


def day(moment: datetime) -> str:
    """A date as the facilitator reads it: 07/12/2031, in the kiosk's local calendar."""
    return f"{moment.astimezone():%d/%m/%Y}"


class ClockCheckPage(Page):
    name = "clock_check"
    confirmed = Signal(object)  # the new ClockVerdict: the date is taken as right
    denied = Signal()  # "Wrong": not asked again until the kiosk starts again

    def __init__(
        self,
        theme: Theme,
        desk: Desk,
        settings: Settings,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self.desk = desk
        self.settings = settings
        self.clock = clock
        self.verdict: ClockVerdict | None = None
        self.state = "asking"  # asking, confirmed, denied
        self.doubtful = 0
        self.counted = False  # the count of doubtful records has come back
        self.anonymised = 0
        self.asked_day = ""
        self.question = centred_label("title")
        self.detail = centred_label()
        self.status = notice_label()
        self.status.hide()
        self.right = action_button(theme, "secondary")
        self.right.setObjectName("clockRight")
        self.right.clicked.connect(self._right)
        self.wrong = action_button(theme, "secondary")
        self.wrong.setObjectName("clockWrong")
        self.wrong.clicked.connect(self._wrong)
        self.done = action_button(theme, "go")
        self.done.setObjectName("clockDone")
        self.done.clicked.connect(self.back_requested)
        row = QHBoxLayout()
        row.setSpacing(theme.px(48))
        for button in (self.right, self.wrong, self.done):
            button.setMinimumWidth(theme.px(280))
            row.addWidget(button)
        side = theme.margin if theme.portrait else theme.px(96)
        self.body.setContentsMargins(side, theme.px(40), side, theme.margin)
        self.body.setSpacing(theme.px(32))
        self.body.addWidget(self.question)
        self.body.addWidget(self.detail)
        self.body.addWidget(self.status)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.retranslate()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings

    def ask(self, verdict: ClockVerdict) -> None:
        """Put today's date to the facilitator (as the clock reads it now)."""
        self.verdict = verdict
        self.state = "asking"
        self.doubtful = 0
        self.counted = False
        self.asked_day = day(self.clock.now())
        self.status.hide()
        self.desk.count_doubtful(self._counted)
        self.retranslate()

    def _counted(self, count: int) -> None:
        self.doubtful = count
        self.counted = True
        self.retranslate()

    def _right(self) -> None:
        self.right.setEnabled(False)
        self.wrong.setEnabled(False)
        months = self.settings.retention_months
        self.desk.confirm_date(months, self.clock.now(), self._confirmed, self._failed)

    def _confirmed(self, retention: Retention) -> None:
        self.state = "confirmed"
        self.anonymised = retention.purged.people if retention.purged is not None else 0
        self.retranslate()
        self.confirmed.emit(retention.clock)

    def _failed(self, error: RecordError) -> None:
        self.right.setEnabled(True)
        self.wrong.setEnabled(True)
        self.status.setText(error.message(self.language))
        self.status.show()

    def _wrong(self) -> None:
        self.state = "denied"
        self.retranslate()
        self.denied.emit()

    def _reason(self) -> str:
        verdict = self.verdict
        if verdict is None:
            return ""
        seen = day(verdict.reference) if verdict.reference is not None else ""
        if verdict.reason == "before_release":
            return self.tr("This date is before the kiosk program existed.")
        if verdict.reason == "marks_damaged":
            return self.tr("The kiosk cannot read when it was last on.")
        if verdict.reason == "jump":
            days = verdict.gap.days if verdict.gap is not None else 0
            text = self.tr(
                "The kiosk was last on {date}, {days} days before: longer than it has ever "
                "been switched off."
            )
            return text.format(date=seen, days=days)
        return self.tr("The kiosk has already been on until {date}, later than this.").format(
            date=seen
        )

    def retranslate(self) -> None:
        self.bar.title.set_full_text(self.tr("Date and time"))
        self.right.setText(self.tr("Right"))
        self.wrong.setText(self.tr("Wrong"))
        self.done.setText(self.tr("Continue"))
        asking = self.state == "asking"
        for button in (self.right, self.wrong):
            button.setVisible(asking)
            button.setEnabled(True)
        self.done.setVisible(not asking)
        kept = ""
        if self.doubtful:
            kept = self.tr(
                "{count} records made while the clock looked wrong are kept and marked."
            ).format(count=self.doubtful)
        if self.state == "confirmed":
            self.question.setText(self.tr("The date is confirmed."))
            done = self.tr("People with no activity for {months} months were anonymised: {count}.")
            months = self.settings.retention_months
            done = done.format(months=months, count=self.anonymised)
            self.detail.setText(" ".join(t for t in (done, kept) if t))
            return
        if self.state == "denied":
            self.question.setText(self.tr("Nothing was anonymised."))
            wrong = self.tr(
                "Please ask whoever looks after the computer to set its date and time, then "
                "start the kiosk again. What is recorded meanwhile is kept and marked."
            )
            self.detail.setText(" ".join(t for t in (wrong, kept) if t))
            return
        question = self.tr("The computer's clock looks wrong: is today {date}?")
        self.question.setText(question.format(date=self.asked_day))
        hold = self.tr("Until you confirm the date, no one's data is anonymised.")
        self.detail.setText(" ".join(t for t in (self._reason(), hold, kept) if t))
