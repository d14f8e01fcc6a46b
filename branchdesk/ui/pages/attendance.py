"""Attendance: a day or a week, picked by date; late arrivals highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup, QDateEdit, QHBoxLayout, QLabel, QPushButton, QRadioButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.attendance import AttendanceDay
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import format_date, format_minutes, format_time, weekday_name
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AttendancePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        title = QLabel(self.tr("Attendance"))
        title.setProperty("role", "title")
        self.date = QDateEdit(_qdate(services.branch.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.day_mode = QRadioButton(self.tr("Day"))
        self.week_mode = QRadioButton(self.tr("Week"))
        self.day_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_mode)
        group.addButton(self.week_mode)
        previous = QPushButton(self.tr("◀ Earlier"))
        following = QPushButton(self.tr("Later ▶"))
        today = QPushButton(self.tr("Today"))
        previous.clicked.connect(lambda: self._step(-1))
        following.clicked.connect(lambda: self._step(1))
        today.clicked.connect(lambda: self.date.setDate(_qdate(self.services.branch.today())))
        self.caption = QLabel()
        self.caption.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.table = make_table([])

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Date")))
        bar.addWidget(self.date)
        bar.addWidget(previous)
        bar.addWidget(today)
        bar.addWidget(following)
        bar.addSpacing(24)
        bar.addWidget(self.day_mode)
        bar.addWidget(self.week_mode)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.date.dateChanged.connect(self.refresh)
        self.day_mode.toggled.connect(self.refresh)
        self.refresh()

    def selected_day(self) -> dt.date:
        day = self.date.date().toPython()
        assert isinstance(day, dt.date), "QDate.toPython gives a date"  # its stub says object
        return day

    def _step(self, direction: int) -> None:
        days = 7 if self.week_mode.isChecked() else 1
        self.date.setDate(self.date.date().addDays(direction * days))

    def refresh(self) -> None:
        if not self.services.branch.is_set_up():
            self.table.setRowCount(0)
            return
        if self.week_mode.isChecked():
            self._show_week(self.services.attendance.week_view(self.actor, self.selected_day()))
        else:
            self._show_day(self.services.attendance.day_view(self.actor, self.selected_day()))

    def _show_day(self, days: list[AttendanceDay]) -> None:
        self.caption.setText(format_date(self.selected_day()))
        headers = [self.tr("Name"), self.tr("First in"), self.tr("Last out"), self.tr("Late"),
                   self.tr("Worked")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            late = self.tr("Late by {minutes} min").format(minutes=day.minutes_late) if day.late else ""
            worked = format_minutes(day.worked_minutes) if day.worked_minutes else ""
            texts = [day.full_name, format_time(day.first_in), format_time(day.last_out), late, worked]
            if day.late:
                fill_row(self.table, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            else:
                fill_row(self.table, row, texts)

    def _show_week(self, days: list[AttendanceDay]) -> None:
        dates = sorted({d.day for d in days})
        if dates:
            self.caption.setText(self.tr("Week of {first} to {last}").format(
                first=format_date(dates[0]), last=format_date(dates[-1])))
        people: dict[str, str] = {}
        for one in days:
            people.setdefault(one.staff_id, one.full_name)
        headers = [self.tr("Name")] + [f"{weekday_name(d.weekday())}\n{d.month}/{d.day}" for d in dates]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(people))
        by_key = {(d.staff_id, d.day): d for d in days}
        for row, (staff_id, name) in enumerate(people.items()):
            fill_row(self.table, row, [name])
            for col, date in enumerate(dates, start=1):
                day = by_key.get((staff_id, date))
                if day is None or day.first_in is None:
                    continue
                end = format_time(day.last_out) if day.last_out and not day.on_duty else ""
                text = f"{format_time(day.first_in)}–{end}"
                item = QTableWidgetItem(text)
                self.table.setItem(row, col, item)
                if day.late:
                    item.setBackground(LATE_BACKGROUND)
                    item.setForeground(LATE_FOREGROUND)
                    item.setToolTip(self.tr("Late by {minutes} min").format(minutes=day.minutes_late))
