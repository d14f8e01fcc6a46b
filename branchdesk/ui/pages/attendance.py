"""Attendance: a day or a week, picked by date; late arrivals highlighted.

Read on the database lane when the page is shown, when the date or the mode changes and whenever
attendance, staff or the branch change (a hidden page only marks itself stale). Until the branch's
today is read, the date field waits, disabled.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup, QDateEdit, QHBoxLayout, QLabel, QPushButton, QRadioButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.attendance import AttendanceDay
from branchdesk.services.events import ATTENDANCE, SETTINGS, STAFF
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import format_date, format_minutes, format_time, weekday_name
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, explain_late, fill_row, late_rule, make_table


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AttendancePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        title = QLabel(self.tr("Attendance"))
        title.setProperty("role", "title")
        self.date = QDateEdit()
        self.date.setEnabled(False)  # until the branch's today is read
        self.day_known = False  # False: the next read shows the branch's today
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
        today.clicked.connect(self.show_today)
        self.caption = QLabel()
        self.caption.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.table = make_table([])
        self.late_note = QLabel(late_rule())  # 迟到 is read as "after opening" otherwise
        self.late_note.setWordWrap(True)

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
        layout.addWidget(self.late_note)
        self.date.dateChanged.connect(self.refresh)
        self.day_mode.toggled.connect(self.refresh)
        self.reading: Op | None = None
        self._read_again = False
        on_change(self, services, {ATTENDANCE, STAFF, SETTINGS}, self.refresh)
        self.refresh()

    def selected_day(self) -> dt.date:
        day = self.date.date().toPython()
        assert isinstance(day, dt.date), "QDate.toPython gives a date"  # its stub says object
        return day

    def _step(self, direction: int) -> None:
        days = 7 if self.week_mode.isChecked() else 1
        self.date.setDate(self.date.date().addDays(direction * days))

    def show_today(self) -> None:
        self.day_known = False
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen day or week on the database lane; a refresh asked for while reading follows it."""
        self.setProperty("stale", False)
        if self.reading is not None:
            self._read_again = True
            return
        branch, attendance, actor = self.services.branch, self.services.attendance, self.actor
        chosen, week = (self.selected_day() if self.day_known else None), self.week_mode.isChecked()

        def read() -> tuple[dt.date, bool, list[AttendanceDay]] | None:
            if not branch.is_set_up():
                return None
            day = chosen or branch.today()
            return day, week, attendance.week_view(actor, day) if week else attendance.day_view(actor, day)
        self.reading = Op(self, read).success(self._display).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, read: tuple[dt.date, bool, list[AttendanceDay]] | None) -> None:
        if read is None:
            self.table.setRowCount(0)
            return
        day, week, days = read
        if not self.day_known:
            self.day_known = True
            self.date.blockSignals(True)
            self.date.setDate(_qdate(day))
            self.date.blockSignals(False)
            self.date.setEnabled(True)
        if day != self.selected_day() or week != self.week_mode.isChecked():
            return  # the choice changed meanwhile: its own read follows
        if week:
            self._show_week(days)
        else:
            self._show_day(days)

    def _show_day(self, days: list[AttendanceDay]) -> None:
        self.caption.setText(format_date(self.selected_day()))
        headers = [self.tr("Name"), self.tr("First in"), self.tr("Last out"), self.tr("Late"),
                   self.tr("Worked")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        explain_late(self.table, 3)
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
                    item.setToolTip(self.tr("Late by {minutes} min").format(minutes=day.minutes_late)
                                    + "\n" + late_rule())
