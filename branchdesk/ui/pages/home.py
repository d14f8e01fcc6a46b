"""Home: clock in and out, and today's attendance of everyone the actor may see."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.attendance import AttendanceDay
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import format_date, format_time, tr_error
from branchdesk.ui.queue_stats.advice import QueueHint
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, ON_DUTY_BACKGROUND, fill_row, make_table


class HomePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.greeting = QLabel()
        self.greeting.setProperty("role", "title")
        self.my_status = QLabel()
        self.my_status.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.clock_in_button = QPushButton(self.tr("Clock in"))
        self.clock_out_button = QPushButton(self.tr("Clock out"))
        for button in (self.clock_in_button, self.clock_out_button):
            button.setProperty("big", True)
        self.clock_in_button.clicked.connect(self.clock_in)
        self.clock_out_button.clicked.connect(self.clock_out)

        self.table_title = QLabel()
        self.table_title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.table = make_table(
            [self.tr("Name"), self.tr("First in"), self.tr("Last out"), self.tr("Late"), self.tr("On duty")]
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.clock_in_button)
        buttons.addWidget(self.clock_out_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(self.greeting)
        layout.addWidget(self.my_status)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.queue_hint = QueueHint(services)  # windows to open this hour
        layout.addWidget(self.queue_hint)
        layout.addSpacing(12)
        layout.addWidget(self.table_title)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _today(self) -> list[AttendanceDay]:
        if not self.services.branch.is_set_up():
            return []
        return self.services.attendance.day_view(self.actor, self.services.branch.today())

    def refresh(self) -> None:
        today = self.services.branch.today()
        self.greeting.setText(self.tr("Hello, {name}").format(name=self.actor.full_name))
        self.table_title.setText(self.tr("Attendance today, {date}").format(date=format_date(today)))
        days = self._today()
        self.queue_hint.refresh()
        mine = next((d for d in days if d.staff_id == self.actor.staff_id), None)
        on_duty = bool(mine and mine.on_duty)
        self.clock_in_button.setEnabled(not on_duty)
        self.clock_out_button.setEnabled(on_duty)
        (self.clock_out_button if on_duty else self.clock_in_button).setDefault(True)
        (self.clock_in_button if on_duty else self.clock_out_button).setDefault(False)
        if mine is None or mine.first_in is None:
            self.my_status.setText(self.tr("You have not clocked in today."))
        elif on_duty:
            self.my_status.setText(self.tr("On duty since {time}.").format(time=format_time(mine.first_in)))
        else:
            self.my_status.setText(self.tr("Clocked out at {time}.").format(time=format_time(mine.last_out)))
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            late = (self.tr("Late by {minutes} min").format(minutes=day.minutes_late) if day.late else "")
            texts = [day.full_name, format_time(day.first_in), format_time(day.last_out), late,
                     self.tr("Yes") if day.on_duty else ""]
            if day.late:
                fill_row(self.table, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            elif day.on_duty:
                fill_row(self.table, row, texts, ON_DUTY_BACKGROUND)
            else:
                fill_row(self.table, row, texts)

    def _record(self, clocking_in: bool) -> None:
        action = self.services.attendance.clock_in if clocking_in else self.services.attendance.clock_out
        try:
            day = action(self.actor)
        except UserError as err:
            self.message.setProperty("role", "error")
            self.message.setText(tr_error(err))
        else:
            self.message.setProperty("role", "")
            settings = self.services.branch.require_settings()
            now = format_time(self.services.clock.now().astimezone(settings.zone))
            if clocking_in:
                text = self.tr("Clocked in at {time}.").format(time=now)
                if day.late:
                    text += " " + self.tr("(late by {minutes} min)").format(minutes=day.minutes_late)
            else:
                text = self.tr("Clocked out at {time}.").format(time=now)
            self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.refresh()

    def clock_in(self) -> None:
        self._record(True)

    def clock_out(self) -> None:
        self._record(False)
