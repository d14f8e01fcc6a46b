"""The home page's "due and overdue" list (issue 11, items 2 and 4): the checks due now, the corrective
actions and complaints past their deadline, and the activities' overdue milestones and customers to call back
(issue 10). Enter or a double click opens the row's check, action, the complaints or the activities page. Read on the database lane in one call (services/due.py); the safety poll re-reads it, so a
check that falls due shows within SAFETY_POLL_MS without any write."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from branchdesk.services import Services
from branchdesk.services.activities.no_shows import FollowUpCounts
from branchdesk.services.activities.plans import MilestoneView
from branchdesk.services.due import DueNow
from branchdesk.services.events import ACTIVITIES, CHECKS, COMPLAINTS, SETTINGS, STAFF
from branchdesk.ui.i18n import weekday_name
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table

CHECK, ACTION, COMPLAINT, ACTIVITY = "check", "action", "complaint", "activity"
Read = tuple[DueNow, list[MilestoneView], FollowUpCounts | None]


class DueList(QWidget):
    open_check = Signal(str, str)  # template id, the started check's id or ""
    open_action = Signal(str)
    open_complaints = Signal()
    open_activities = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.targets: list[tuple[str, str, str]] = []  # per row: kind, id, the started check's id
        self.action_texts: dict[str, str] = {}  # action id -> its failed item, for the dialog that marks it done
        self.title = QLabel(self.tr("Due and overdue"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")  # as the attendance table's title
        self.empty = QLabel(self.tr("Nothing is due or overdue: no check waiting, no corrective action or "
                                    "complaint past its deadline."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.table = make_table([self.tr("Item"), self.tr("Due by"), self.tr("Status")])
        self.table.verticalHeader().setDefaultSectionSize(32)  # more rows in sight beside the attendance
        header = self.table.horizontalHeader()
        for column in range(3):  # the item takes the room the others leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self.activate(index.row()))  # Enter, or a double click
        self.table.hide()
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        # First read: the home page's.
        on_change(self, services, {CHECKS, COMPLAINTS, ACTIVITIES, STAFF, SETTINGS}, self.refresh)

    def refresh(self) -> None:
        due, branch, activities = self.services.due, self.services.branch, self.services.activities

        def read() -> Read:
            if not branch.is_set_up():
                return due.now(), [], None
            return due.now(), activities.plans.overdue_milestones(), activities.no_shows.counts()
        Op(self, read).success(self.show_due).run()

    def show_due(self, read: Read) -> None:
        from branchdesk.ui.activities.labels import milestone_label

        due, milestones, follow_ups = read
        rows: list[tuple[list[str], bool, tuple[str, str, str]]] = []

        def when(moment: dt.datetime) -> str:
            local = moment.astimezone(due.zone)
            if local.date() == due.today:
                return f"{local:%H:%M}"
            return f"{local:%m-%d} {weekday_name(local.weekday())} {local:%H:%M}"
        for check in due.checks:
            status = self.tr("Overdue") if check.overdue else self.tr("Due now")
            if check.in_progress_id:
                status += self.tr(" (started)")
            rows.append(([self.tr("Check: {title}").format(title=check.title), when(check.deadline), status],
                         check.overdue, (CHECK, check.template_id, check.in_progress_id or "")))
        for action in due.actions:
            rows.append(([self.tr("Corrective action: {item} ({owner})").format(item=action.item_text,
                                                                                 owner=action.owner_name),
                          f"{action.due_on:%m-%d} {weekday_name(action.due_on.weekday())}",
                          self.tr("Overdue by {days} d").format(days=action.days_overdue)], True, (ACTION, action.id, "")))
        for complaint in due.complaints:
            rows.append(([self.tr("Complaint: {summary} ({assignee})").format(
                summary=complaint.summary.replace("\n", " "), assignee=complaint.assignee_name),
                when(complaint.deadline_at), self.tr("Not answered")], True, (COMPLAINT, complaint.id, "")))
        for m in milestones:
            rows.append(([self.tr("Activity milestone: {activity}: {milestone} ({owner})").format(
                activity=m.activity_name, milestone=m.title or milestone_label(m.kind),
                owner=m.owner_name or self.tr("no owner")),
                f"{m.due_on:%m-%d} {weekday_name(m.due_on.weekday())}",
                self.tr("Overdue by {days} d").format(days=(due.today - m.due_on).days)], True, (ACTIVITY, "", "")))
        if follow_ups is not None and follow_ups.open:
            rows.append(([self.tr("Customers to call back after an activity: {count}").format(count=follow_ups.open),
                          self.tr("within 48 h"),
                          self.tr("{count} overdue").format(count=follow_ups.overdue) if follow_ups.overdue
                          else self.tr("Due")], follow_ups.overdue > 0, (ACTIVITY, "", "")))
        self.action_texts = {action.id: action.item_text for action in due.actions}
        self.targets = [target for _texts, _late, target in rows]
        self.table.setRowCount(len(rows))
        for row, (texts, late, _target) in enumerate(rows):
            cells = fill_row(self.table, row, texts, LATE_BACKGROUND if late else None,
                             LATE_FOREGROUND if late else None)
            cells[0].setToolTip(texts[0])  # the whole item where the column cuts it short
        # No taller than its rows: the room left goes to the attendance table below.
        header = self.table.horizontalHeader().sizeHint().height()
        table_height = header + 32 * max(1, len(rows)) + 2 * self.table.frameWidth() + 2
        self.table.setMaximumHeight(table_height)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        spacing = max(0, self.box.spacing())
        below = table_height if rows else self.empty.heightForWidth(max(self.width(), 400))
        self.setMaximumHeight(self.title.sizeHint().height() + spacing + below)
        if rows and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def activate(self, row: int) -> None:
        if not 0 <= row < len(self.targets):
            return
        kind, target, started = self.targets[row]
        if kind == CHECK:
            self.open_check.emit(target, started)
        elif kind == ACTION:
            self.open_action.emit(target)
        elif kind == ACTIVITY:
            self.open_activities.emit()
        else:
            self.open_complaints.emit()
