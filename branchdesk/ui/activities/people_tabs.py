"""The channels tab (each poster placement or flyer batch, its code and the sign-ins it brought), the
sign-ins and follow-ups tab (phones masked), and the review tab that closes the activity."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QSplitter, QVBoxLayout, QWidget,
)

from branchdesk.services.activities.channels import KINDS
from branchdesk.services.activities.plans import ActionInput
from branchdesk.ui.activities.labels import channel_kind_label, followup_state_label, outcome_label
from branchdesk.ui.activities.plan_tab import staff_combo
from branchdesk.ui.activities.printouts_ui import ChannelPrintouts, SummaryReportExport
from branchdesk.ui.activities.progress_tabs import date_edit, message_label, py_date, sized_by_contents
from branchdesk.ui.activities.snapshot import Snapshot
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table

if TYPE_CHECKING:
    from branchdesk.ui.activities.page import ActivitiesPage

MOST_ACTIONS = 5


class ChannelsTab(QWidget):
    def __init__(self, page: ActivitiesPage) -> None:
        super().__init__()
        self.page = page
        self.data: Snapshot | None = None
        self.table = make_table([self.tr("Channel"), self.tr("Kind"), self.tr("Where"), self.tr("Copies"),
                                 self.tr("Code"), self.tr("Sign-ins"), self.tr("Sign-ins per copy")])
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, e.g. market gate poster"))
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(channel_kind_label(code), code)
        self.placement = QLineEdit()
        self.placement.setPlaceholderText(self.tr("Where it went"))
        self.placement.returnPressed.connect(self.add)
        self.copies = QSpinBox()
        self.copies.setRange(0, 100_000)
        self.copies.setSuffix(self.tr(" copies"))
        self.add_button = QPushButton(self.tr("Add channel"))
        self.add_button.clicked.connect(self.add)
        self.message = message_label()
        note = QLabel(self.tr("Each channel has its own code for its QR: the sign-ins it brings are counted."))
        note.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.name, 2)
        adding.addWidget(self.kind)
        adding.addWidget(self.placement, 2)
        adding.addWidget(self.copies)
        adding.addWidget(self.add_button)
        self.printouts = ChannelPrintouts(page.services, page.actor, self.table, self._chosen_channel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.printouts)
        layout.addWidget(note)
        layout.addLayout(adding)
        layout.addWidget(self.message)

    def _chosen_channel(self) -> tuple[str, str, str] | None:
        row = self.table.currentRow() if self.table.selectedItems() else -1
        if self.data is None or self.data.detail is None or not 0 <= row < len(self.data.channels):
            return None
        channel = self.data.channels[row]
        return self.data.detail.id, channel.id, channel.name

    def show_data(self, data: Snapshot) -> None:
        self.data = data
        self.table.setRowCount(len(data.channels))
        for row, c in enumerate(data.channels):
            rate = f"{c.conversion:.2f}" if c.conversion is not None else "—"
            fill_row(self.table, row, [c.name, channel_kind_label(c.kind), c.placement, str(c.copies), c.code,
                                       str(c.sign_ins), rate])
        sized_by_contents(self.table)
        writable = self.page.manager and data.detail is not None and data.detail.status != "closed"
        for widget in (self.name, self.kind, self.placement, self.copies, self.add_button):
            widget.setEnabled(writable)
        self.printouts.set_closed(data.detail is not None and data.detail.status == "closed")

    def add(self) -> None:
        detail = self.data.detail if self.data else None
        if detail is None:
            return
        channels, actor, activity_id = self.page.services.activities.channels, self.page.actor, detail.id
        name, kind, placement, copies = (self.name.text(), self.kind.currentData(), self.placement.text(),
                                         self.copies.value())

        def added(_view) -> None:
            self.name.clear()
            self.placement.clear()
            self.copies.setValue(0)
            self.name.setFocus()
        self.page.write(lambda: channels.add(actor, activity_id, name, kind, placement, copies), self.message, added)


class PeopleTab(QWidget):
    def __init__(self, page: ActivitiesPage) -> None:
        super().__init__()
        self.page = page
        self.totals = QLabel()
        self.totals.setStyleSheet("font-weight: bold;")
        self.signins = make_table([self.tr("Time"), self.tr("Phone"), self.tr("Channel"), self.tr("New")])
        self.followups = make_table([self.tr("Due"), self.tr("Phone"), self.tr("State"), self.tr("Score")])
        self.followup_note = QLabel()
        self.followup_note.setWordWrap(True)
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        left_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Latest sign-ins")))
        left_layout.addWidget(self.signins, 1)
        right_layout.addWidget(QLabel(self.tr("Follow-ups within 48 hours")))
        right_layout.addWidget(self.followups, 1)
        right_layout.addWidget(self.followup_note)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 500])  # the columns share each table's width: nothing scrolls sideways
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(splitter, 1)

    def show_data(self, data: Snapshot) -> None:
        total, new = data.totals
        self.totals.setText(self.tr("Signed in: {total}, of them new customers: {new}.").format(total=total, new=new))
        self.signins.setRowCount(len(data.recent))
        for row, line in enumerate(data.recent):
            fill_row(self.signins, row, [line.at.astimezone(data.zone).strftime("%m-%d %H:%M"), line.phone_masked,
                                         line.channel_name or self.tr("(phone)"),
                                         self.tr("New") if line.new_customer else ""])
        self.followups.setRowCount(len(data.followups))
        for row, f in enumerate(data.followups):
            texts = [f.due_at.astimezone(data.zone).strftime("%m-%d %H:%M"), f.phone_masked,
                     followup_state_label(f.state) + (f" · {outcome_label(f.outcome)}" if f.outcome else ""),
                     str(f.satisfaction) if f.satisfaction else ""]
            if f.state == "overdue":
                fill_row(self.followups, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            else:
                fill_row(self.followups, row, texts)
        sized_by_contents(self.signins)
        sized_by_contents(self.followups)
        waiting = sum(1 for f in data.followups if f.state != "done")
        overdue = sum(1 for f in data.followups if f.state == "overdue")
        self.followup_note.setText(self.tr("To call: {waiting}, of them overdue: {overdue}. Only customers who "
                                           "agreed to be contacted are listed.").format(waiting=waiting,
                                                                                         overdue=overdue))


class ReviewTab(QWidget):
    def __init__(self, page: ActivitiesPage) -> None:
        super().__init__()
        self.page = page
        self.data: Snapshot | None = None
        self.problems = QPlainTextEdit()
        self.problems.setTabChangesFocus(True)
        self.problems.setPlaceholderText(self.tr("Problems found"))
        self.suggestions = QPlainTextEdit()
        self.suggestions.setTabChangesFocus(True)
        self.suggestions.setPlaceholderText(self.tr("Suggestions"))
        texts = QHBoxLayout()
        texts.addWidget(self.problems)
        texts.addWidget(self.suggestions)
        grid = QGridLayout()
        self.action_rows: list[tuple[QLineEdit, QComboBox, QDateEdit]] = []
        for row in range(MOST_ACTIONS):
            text, owner, deadline = QLineEdit(), QComboBox(), date_edit(dt.date.today())
            text.setPlaceholderText(self.tr("Action {n}").format(n=row + 1))
            grid.addWidget(text, row, 0)
            grid.addWidget(owner, row, 1)
            grid.addWidget(deadline, row, 2)
            self.action_rows.append((text, owner, deadline))
        grid.setColumnStretch(0, 1)
        self.save_button = QPushButton(self.tr("Save the review"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close the activity"))
        self.close_button.clicked.connect(self.close_activity)
        self.message = message_label()
        rule = QLabel(self.tr("The review ends with 3 to 5 actions, each with an owner and a deadline. "
                              "Closing makes the activity read-only."))
        rule.setWordWrap(True)
        self.report = SummaryReportExport(page.services, self._shown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addLayout(grid)
        layout.addWidget(rule)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_data(self, data: Snapshot) -> None:
        first_time = self.data is None
        self.data = data
        detail = data.detail
        review = detail.review if detail else None
        self.problems.setPlainText(review.problems if review else "")
        self.suggestions.setPlainText(review.suggestions if review else "")
        actions = review.actions if review else []
        for i, (text, owner, deadline) in enumerate(self.action_rows):
            action = actions[i] if i < len(actions) else None
            text.setText(action.action if action else "")
            staff_combo(owner, data.people, action.owner_id if action else None, self.tr("— owner —"))
            if action:
                deadline.setDate(_qdate(action.deadline))
            elif first_time:
                deadline.setDate(_qdate(data.today + dt.timedelta(days=30)))
        writable = self.page.manager and detail is not None and detail.status == "running"
        for widget in [self.problems, self.suggestions, self.save_button, self.close_button,
                       *[w for row in self.action_rows for w in row]]:
            widget.setEnabled(writable)

    def _shown(self) -> tuple[str, str] | None:
        detail = self.data.detail if self.data else None
        return (detail.id, detail.name) if detail is not None else None

    def _review_write(self):
        detail = self.data.detail if self.data else None
        assert detail is not None
        plans, actor, activity_id = self.page.services.activities.plans, self.page.actor, detail.id
        problems, suggestions = self.problems.toPlainText(), self.suggestions.toPlainText()
        actions = [ActionInput(text.text(), owner.currentData() or "", py_date(deadline))
                   for text, owner, deadline in self.action_rows if text.text().strip() or owner.currentData()]
        return lambda: plans.write_review(actor, activity_id, problems, suggestions, actions)

    def save(self) -> None:
        if self.data and self.data.detail:
            self.page.write(self._review_write(), self.message)

    def close_activity(self) -> None:
        detail = self.data.detail if self.data else None
        if detail is None:
            return
        write_review, plans, actor = self._review_write(), self.page.services.activities.plans, self.page.actor

        def write():
            write_review()
            return plans.close(actor, detail.id)
        self.page.write(write, self.message)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
