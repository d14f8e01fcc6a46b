"""Home: clock in and out, and today's attendance of everyone the actor may see."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.attendance import AttendanceDay
from branchdesk.services.events import ATTENDANCE, COMPLAINTS, SETTINGS, STAFF, SYNC
from branchdesk.services.roles import Actor, Permission
from branchdesk.services.sync import AnnouncementInfo
from branchdesk.ui.i18n import format_date, format_time, tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.pages.due_list import DueList
from branchdesk.ui.queue_stats.advice import QueueHint
from branchdesk.ui.questions import ask
from branchdesk.ui.tables import (
    LATE_BACKGROUND, LATE_FOREGROUND, ON_DUTY_BACKGROUND, explain_late, fill_row, late_rule, make_table,
)


MOST_ANNOUNCEMENTS = 3  # shown at once, newest first; the next shows when one is marked read


class AnnouncementCard(QFrame):
    """One announcement from the county: title, date, text, and 已读."""

    def __init__(self, info: AnnouncementInfo, zone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("announcement")
        self.setStyleSheet("QFrame#announcement { background: #fff8e1; border: 1px solid #e0c060; "
                           "border-radius: 4px; }")
        self.title = QLabel(info.title)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        published = info.published_at.astimezone(zone) if zone else info.published_at.astimezone()
        self.date = QLabel(self.tr("From the county, {date}").format(date=format_date(published.date())))
        self.body = QLabel(info.body)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.read_button = QPushButton(self.tr("Mark as read"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.date)
        top.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.body)


class HomePage(QWidget):
    open_sync = Signal()  # the bundle reminder's button
    open_complaints = Signal()  # the complaint alert's button, or a complaint in the due list
    open_activities = Signal()  # an activity's row in the due list

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
        explain_late(self.table, 3)

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
        # The county's announcements this person has not read, and the weekly bundle's reminder.
        self.announcements = QVBoxLayout()
        self.cards: list[AnnouncementCard] = []
        layout.addLayout(self.announcements)
        self.bundle_reminder = QFrame()
        self.bundle_reminder.setObjectName("bundleReminder")
        self.bundle_reminder.setStyleSheet("QFrame#bundleReminder { background: #fdecea; border: 1px solid #e0a0a0;"
                                           " border-radius: 4px; }")
        reminder_text = QLabel(self.tr("Today is the day of the weekly bundle, and changes are waiting for HQ. "
                                       "Export it on a USB stick for the county."))
        reminder_text.setWordWrap(True)
        self.bundle_button = QPushButton(self.tr("Go to the sync page"))
        self.bundle_button.clicked.connect(self.open_sync)
        reminder = QHBoxLayout(self.bundle_reminder)
        reminder.setContentsMargins(10, 6, 10, 6)
        reminder.addWidget(reminder_text, 1)
        reminder.addWidget(self.bundle_button)
        self.bundle_reminder.hide()
        layout.addWidget(self.bundle_reminder)
        # Complaints past their 3-day deadline, or due within a day: everyone sees it, the head acts on it.
        self.complaint_alert = QFrame()
        self.complaint_alert.setObjectName("complaintAlert")
        self.complaint_alert.setStyleSheet("QFrame#complaintAlert { background: #fdecea; border: 1px solid #e0a0a0;"
                                           " border-radius: 4px; }")
        self.complaint_text = QLabel()
        self.complaint_text.setWordWrap(True)
        self.complaint_text.setStyleSheet("color: #9b0000;")
        complaints_button = QPushButton(self.tr("Open the complaints"))
        complaints_button.clicked.connect(self.open_complaints)
        alert = QHBoxLayout(self.complaint_alert)
        alert.setContentsMargins(10, 6, 10, 6)
        alert.addWidget(self.complaint_text, 1)
        alert.addWidget(complaints_button)
        self.complaint_alert.hide()
        layout.addWidget(self.complaint_alert)
        layout.addSpacing(8)
        # Checks due now, corrective actions and complaints past their deadline (issue 11, items 2 and 4),
        # above today's attendance: each table keeps the page's width (side by side, neither fits a longer
        # language at the smallest window).
        self.due_list = DueList(services)
        self.due_list.open_complaints.connect(self.open_complaints)
        self.due_list.open_activities.connect(self.open_activities)
        layout.addWidget(self.due_list, 3)
        layout.addSpacing(8)
        layout.addWidget(self.table_title)
        layout.addWidget(self.table, 2)
        self.greeting.setText(self.tr("Hello, {name}").format(name=self.actor.full_name))
        self.clock_in_button.setEnabled(False)
        self.clock_out_button.setEnabled(False)
        on_change(self, services, {ATTENDANCE, STAFF, SETTINGS}, self.refresh)
        on_change(self, services, {SYNC}, self.refresh_sync)
        on_change(self, services, {COMPLAINTS, SETTINGS}, self.refresh_complaints)
        self.refresh()

    def refresh_complaints(self) -> None:
        """Read the overdue and nearly due complaints on the database lane."""
        complaints, branch = self.services.complaints, self.services.branch

        def read() -> tuple[int, int]:
            if not branch.is_set_up():
                return 0, 0
            return len(complaints.overdue()), len(complaints.due_soon())
        Op(self, read).success(self._display_complaints).run()

    def _display_complaints(self, counts: tuple[int, int]) -> None:
        overdue, soon = counts
        parts = []
        if overdue:
            parts.append(self.tr("Complaints past the 3-day deadline, not yet answered: {count}.").format(count=overdue))
        if soon:
            parts.append(self.tr("Complaints due within a day: {count}.").format(count=soon))
        self.complaint_text.setText(" ".join(parts))
        self.complaint_alert.setVisible(bool(parts))

    def _refresh_attendance(self) -> None:
        services, actor = self.services, self.actor

        def read() -> tuple:
            today = services.branch.today()
            days = services.attendance.day_view(actor, today) if services.branch.is_set_up() else []
            return today, days
        Op(self, read).success(self._display).run()
        self.queue_hint.refresh()

    def refresh_sync(self) -> None:
        """Read the unread announcements (and whether the bundle is due) on the database lane."""
        sync, branch, actor = self.services.sync, self.services.branch, self.actor
        head = actor.can(Permission.MANAGE_SYNC)

        def read() -> tuple:
            settings = branch.settings()
            return (sync.announcements(actor), head and settings is not None and sync.bundle_due(),
                    settings.zone if settings else None)
        Op(self, read).success(self._display_sync).run()

    def _display_sync(self, read: tuple) -> None:
        notices, due, zone = read
        shown = notices[:MOST_ANNOUNCEMENTS]
        if [c.info for c in self.cards] != shown:
            for card in self.cards:
                card.hide()
                card.deleteLater()
            self.cards = []
            for info in shown:
                card = AnnouncementCard(info, zone)
                card.read_button.clicked.connect(lambda _=False, i=info.id: self.mark_read(i))
                self.announcements.addWidget(card)
                self.cards.append(card)
        self.bundle_reminder.setVisible(bool(due))

    def mark_read(self, announcement_id: str) -> Op:
        sync, actor = self.services.sync, self.actor
        for card in self.cards:
            if card.info.id == announcement_id:
                card.read_button.setEnabled(False)
        return Op(self, lambda: sync.mark_read(actor, announcement_id)).failure(self._refused_sync) \
            .done(self.refresh_sync).run()

    def _refused_sync(self, err: UserError) -> None:
        self._refused(err)

    def refresh(self) -> None:
        """Read today's attendance on the database lane, then show it (and the county's announcements)."""
        self._refresh_attendance()
        self.refresh_sync()
        self.refresh_complaints()
        self.due_list.refresh()

    def _display(self, read: tuple) -> None:
        today, days = read
        self.table_title.setText(self.tr("Attendance today, {date}").format(date=format_date(today)))
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
        """Clock in or out on the database lane; the page refreshes when the change is announced."""
        attendance, branch, clock, actor = (self.services.attendance, self.services.branch, self.services.clock,
                                            self.actor)
        action = attendance.clock_in if clocking_in else attendance.clock_out

        def record() -> tuple[AttendanceDay, dt.datetime]:
            day = action(actor)
            return day, clock.now().astimezone(branch.require_settings().zone)
        Op(self, record).success(lambda done: self._recorded(clocking_in, *done)).failure(self._refused).run()

    def _recorded(self, clocking_in: bool, day: AttendanceDay, now: dt.datetime) -> None:
        self.message.setProperty("role", "")
        if clocking_in:
            text = self.tr("Clocked in at {time}.").format(time=format_time(now))
            if day.late:
                text += " " + self.tr("(late by {minutes} min)").format(minutes=day.minutes_late)
                text += "\n" + late_rule()
        else:
            text = self.tr("Clocked out at {time}.").format(time=format_time(now))
        self.message.setText(text)
        self._repolish()
        if not self.isVisible():
            self.refresh()  # a visible page already refreshes on the announced change

    def _refused(self, err: UserError) -> None:
        self.message.setProperty("role", "error")
        self.message.setText(tr_error(err))
        self._repolish()
        self.refresh()

    def _repolish(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def clock_in(self) -> None:
        self._record(True)

    clock_out_question: QMessageBox | None = None

    def clock_out(self) -> QMessageBox:
        """Clocking out ends the working day in the attendance record: asked first (one click ends it
        otherwise, next to Clock in); Enter confirms."""
        if self.clock_out_question is not None:
            return self.clock_out_question
        self.clock_out_question = ask(
            self, QMessageBox.Icon.Question, self.tr("Clock out"), self.tr("Clock out now and end your working day?"),
            self.tr("Clock out"), self.tr("Cancel"), self._clock_out_answered, default_yes=True)
        return self.clock_out_question

    def _clock_out_answered(self, result: int) -> None:
        self.clock_out_question = None
        if result == QMessageBox.StandardButton.Yes.value:
            self._record(False)
