"""The inspector's pieces of the 检查 page (issue 11, item 5): the particulars of a mystery-shopper visit.

When the inspector was at the counter, which window, who served: typed in a small dialog before the visit's
items are answered (and correctable while unsigned). Tab moves through the three fields, Enter records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.checks.inspections import InspectionView
from branchdesk.services.checks.mystery import MAX_WINDOW, VisitParticulars
from branchdesk.services.roles import Actor
from branchdesk.ui.lane_dialog import LaneDialog

Read = tuple[dt.tzinfo, dt.datetime, list[str], list[tuple[str, str]]]


class VisitDialog(LaneDialog):
    """Record a visit on `template_id`, or correct the particulars of the unsigned visit `visit`."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None, template_id: str | None = None,
                 visit: InspectionView | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.template_id = template_id
        self.visit = visit
        self.result_view: InspectionView | None = None
        self.zone: dt.tzinfo = dt.timezone.utc  # the branch's, once read
        self.setWindowTitle(self.tr("Mystery-shopper visit") if visit is None else self.tr("Correct the visit"))
        self.setMinimumWidth(560)
        note = QLabel(self.tr("Only inspectors see this visit until you release it: nobody at the branch, its head "
                              "and the administrator included, sees anything of it before then."))
        note.setWordWrap(True)
        self.visited_at = QDateTimeEdit()
        self.visited_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.visited_at.setCalendarPopup(True)
        self.window_label = QComboBox()
        self.window_label.setEditable(True)
        line = self.window_label.lineEdit()
        assert line is not None
        line.setMaxLength(MAX_WINDOW)
        self.served_by = QComboBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record the visit") if visit is None else self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Time of the visit"), self.visited_at)
        form.addRow(self.tr("Window observed"), self.window_label)
        form.addRow(self.tr("Served by"), self.served_by)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        branch, queue, staff, clock = services.branch, services.queue, services.staff, services.clock

        def read() -> Read:
            settings = branch.settings()
            windows = [w.name for w in queue.windows()]
            people = [(p.id, p.full_name) for p in staff.list_staff(include_inactive=False) if p.role.branch_staff]
            return settings.zone if settings else dt.timezone.utc, clock.now(), windows, people
        self.load(read, self._show)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _show(self, read: Read) -> None:
        self.zone, now_utc, windows, people = read
        known = self.visit.visit if self.visit is not None else None
        shown = (known.visited_at if known else now_utc).astimezone(self.zone)
        now = now_utc.astimezone(self.zone)
        self.visited_at.setMaximumDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(23, 59)))
        self.visited_at.setDateTime(QDateTime(QDate(shown.year, shown.month, shown.day),
                                              QTime(shown.hour, shown.minute)))
        self.window_label.clear()
        self.window_label.addItems(windows)
        self.window_label.setCurrentText(known.window_label if known else (windows[0] if windows else ""))
        self.served_by.clear()
        self.served_by.addItem(self.tr("(not known)"), None)
        for staff_id, name in people:
            self.served_by.addItem(name, staff_id)
        if known and known.observed_staff_id:
            self.served_by.setCurrentIndex(max(0, self.served_by.findData(known.observed_staff_id)))
        self.visited_at.setFocus()

    def write(self) -> Callable[[], InspectionView]:
        written = self.visited_at.dateTime().toPython()
        assert isinstance(written, dt.datetime), "QDateTime.toPython gives a datetime"  # its stub says object
        particulars = VisitParticulars(written.replace(second=0, microsecond=0, tzinfo=self.zone),
                                       self.window_label.currentText(), self.served_by.currentData())
        visits, actor, template_id, visit = self.services.checks.visits, self.actor, self.template_id, self.visit
        if visit is not None:
            return lambda: visits.correct(actor, visit.id, particulars)
        assert template_id is not None
        return lambda: visits.record(actor, template_id, particulars)

    def _saved(self, result: Any) -> None:
        self.result_view = result
        super()._saved(result)
