"""When a checklist is due (issue 11, item 2): the branch head changes its schedule, or goes back to the
default of its kind. The service checks the permission (EDIT_CHECK_TEMPLATES) and the values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from branchdesk.services import Services
from branchdesk.services.checks.schedule import (
    CLOSING, MAX_MINUTES, MONTHLY, NOT_SCHEDULED, OPENING, WEEKLY, Schedule,
)
from branchdesk.services.checks.schedules import ScheduledTemplate
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import weekday_name
from branchdesk.ui.lane_dialog import LaneDialog


class ScheduleDialog(LaneDialog):
    def __init__(self, services: Services, actor: Actor, template_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.template_id = services, actor, template_id
        self.use_default = False
        self.setWindowTitle(self.tr("When the check is due"))
        self.setMinimumWidth(560)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.frequency = QComboBox()
        for value, label in ((OPENING, self.tr("Daily, around opening time")),
                             (CLOSING, self.tr("Daily, around closing time")), (WEEKLY, self.tr("Once a week")),
                             (MONTHLY, self.tr("Once a month")), (NOT_SCHEDULED, self.tr("Not scheduled"))):
            self.frequency.addItem(label, value)
        self.frequency.currentIndexChanged.connect(lambda _i: self._enable_fields())
        self.lead = QSpinBox()
        self.grace = QSpinBox()
        for box in (self.lead, self.grace):
            box.setRange(0, MAX_MINUTES)
            box.setSuffix(self.tr(" min"))
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        form = QFormLayout()
        form.addRow(self.tr("Due"), self.frequency)
        form.addRow(self.tr("Due from, before the time"), self.lead)
        form.addRow(self.tr("Overdue, after the time"), self.grace)
        form.addRow(self.tr("By the closing of (weekly)"), self.weekday)
        form.addRow(self.tr("By the closing of day (monthly)"), self.month_day)
        note = QLabel(self.tr("A day the branch is closed has nothing due; a deadline on a closed day moves to the "
                              "open day before."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.RestoreDefaults
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_default)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        schedules = services.checks.schedules
        self.load(lambda: next(t for t in schedules.templates() if t.template_id == template_id), self._show)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _show(self, template: ScheduledTemplate) -> None:
        schedule = template.schedule
        self.heading.setText(template.title)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(schedule.frequency)))
        self.lead.setValue(schedule.lead_minutes)
        self.grace.setValue(schedule.grace_minutes)
        if schedule.frequency == WEEKLY and schedule.due_day is not None:
            self.weekday.setCurrentIndex(schedule.due_day)
        elif schedule.frequency == MONTHLY and schedule.due_day is not None:
            self.month_day.setValue(schedule.due_day)
        self._enable_fields()

    def _enable_fields(self) -> None:
        frequency = self.frequency.currentData()
        self.lead.setEnabled(frequency in (OPENING, CLOSING))
        self.grace.setEnabled(frequency != NOT_SCHEDULED)
        self.weekday.setEnabled(frequency == WEEKLY)
        self.month_day.setEnabled(frequency == MONTHLY)

    def restore_default(self) -> None:
        self.use_default = True
        self.save()

    def write(self) -> Callable[[], ScheduledTemplate]:
        schedules, actor, template_id = self.services.checks.schedules, self.actor, self.template_id
        if self.use_default:
            self.use_default = False
            return lambda: schedules.set_schedule(actor, template_id, None)
        frequency = self.frequency.currentData()
        due_day = {WEEKLY: self.weekday.currentData(), MONTHLY: self.month_day.value()}.get(frequency)
        lead = self.lead.value() if frequency in (OPENING, CLOSING) else 0
        schedule = Schedule(frequency, lead, self.grace.value() if frequency != NOT_SCHEDULED else 0, due_day)
        return lambda: schedules.set_schedule(actor, template_id, schedule)
