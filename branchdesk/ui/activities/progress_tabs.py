"""The milestones tab (a checklist with overdue marks) and the budget tab (each line's cap, float and what
was spent against it; spending recorded as it happens)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout,
    QWidget,
)

from branchdesk.services.activities.budget import CATEGORIES
from branchdesk.services.activities.common import fen_text, yuan_to_fen
from branchdesk.services.activities.plans import MILESTONES
from branchdesk.ui.activities.labels import category_label, milestone_label
from branchdesk.ui.activities.plan_tab import MESSAGE_STYLE, staff_combo
from branchdesk.ui.activities.snapshot import Snapshot
from branchdesk.ui.i18n import format_date
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table

if TYPE_CHECKING:
    from branchdesk.ui.activities.page import ActivitiesPage

DONE_BACKGROUND = QColor("#dff3e4")
WARN_BACKGROUND = QColor("#fff1c9")


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def py_date(edit: QDateEdit) -> dt.date:
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value


def sized_by_contents(table: QTableWidget) -> None:
    """Columns as wide as their contents (the user may widen one), the last taking the rest: a longer
    language's headings are never cut off."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    header.setStretchLastSection(False)  # sizing to contents undid the stretch: ask for it again
    header.setStretchLastSection(True)


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    return label


class MilestonesTab(QWidget):
    def __init__(self, page: ActivitiesPage) -> None:
        super().__init__()
        self.page = page
        self.data: Snapshot | None = None
        self.table = make_table([self.tr("Due"), self.tr("Milestone"), self.tr("Owner"), self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(lambda: self.mark(True))
        self.reopen_button = QPushButton(self.tr("Not done after all"))
        self.reopen_button.clicked.connect(lambda: self.mark(False))
        self.kind = QComboBox()
        for code in MILESTONES:
            self.kind.addItem(milestone_label(code), code)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What (for “Other”)"))
        self.title.returnPressed.connect(self.add)
        self.due = date_edit(dt.date.today())
        self.owner = QComboBox()
        self.add_button = QPushButton(self.tr("Add milestone"))
        self.add_button.clicked.connect(self.add)
        self.message = message_label()
        marks = QHBoxLayout()
        self.legend = QLabel(self.tr("Red: past its day and not done."))
        marks.addWidget(self.legend, 1)
        marks.addWidget(self.reopen_button)
        marks.addWidget(self.done_button)
        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.title, 1)
        adding.addWidget(self.due)
        adding.addWidget(self.owner)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(marks)
        layout.addLayout(adding)
        layout.addWidget(self.message)

    def show_data(self, data: Snapshot) -> None:
        first_time = self.data is None
        self.data = data
        detail = data.detail
        milestones = detail.milestones if detail else []
        self.table.setRowCount(len(milestones))
        for row, m in enumerate(milestones):
            state = (self.tr("Done {date}").format(date=format_date(m.done_at.astimezone(data.zone).date()))
                     if m.done_at else self.tr("Overdue") if m.overdue else self.tr("To do"))
            texts = [format_date(m.due_on), m.title or milestone_label(m.kind), m.owner_name or "—", state]
            if m.overdue:
                items = fill_row(self.table, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            elif m.done_at:
                items = fill_row(self.table, row, texts, DONE_BACKGROUND)
            else:
                items = fill_row(self.table, row, texts)
            items[0].setData(Qt.ItemDataRole.UserRole, m.id)
        writable = self.page.manager and detail is not None and detail.status != "closed"
        for widget in (self.done_button, self.reopen_button, self.kind, self.title, self.due, self.owner,
                       self.add_button):
            widget.setEnabled(writable)
        staff_combo(self.owner, data.people, self.owner.currentData(), self.tr("— owner —"))
        if first_time:
            self.due.setDate(QDate(data.today.year, data.today.month, data.today.day))

    def _chosen(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def mark(self, done: bool) -> None:
        milestone_id = self._chosen()
        if milestone_id is None:
            self.message.setText(self.tr("Choose a milestone in the list first."))
            return
        plans, actor = self.page.services.activities.plans, self.page.actor
        self.page.write(lambda: plans.set_milestone_done(actor, milestone_id, done), self.message)

    def add(self) -> None:
        detail = self.data.detail if self.data else None
        if detail is None:
            return
        plans, actor, activity_id = self.page.services.activities.plans, self.page.actor, detail.id
        kind, title, due, owner = (self.kind.currentData(), self.title.text(), py_date(self.due),
                                   self.owner.currentData() or None)
        self.page.write(lambda: plans.add_milestone(actor, activity_id, kind, due, owner, title), self.message,
                        lambda _m: self.title.clear())


class BudgetTab(QWidget):
    def __init__(self, page: ActivitiesPage) -> None:
        super().__init__()
        self.page = page
        self.data: Snapshot | None = None
        self.table = make_table([self.tr("Category"), self.tr("Cap"), self.tr("Float"), self.tr("Spent"),
                                 self.tr("Left"), self.tr("State")])
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.cap = QLineEdit()
        self.cap.setPlaceholderText(self.tr("Cap, yuan"))
        self.slack = QLineEdit()
        self.slack.setPlaceholderText(self.tr("Float, yuan"))
        self.slack.returnPressed.connect(self.add_line)
        self.add_button = QPushButton(self.tr("Add budget line"))
        self.add_button.clicked.connect(self.add_line)
        self.line = QComboBox()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Amount, yuan"))
        self.spent_on = date_edit(dt.date.today())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What for"))
        self.note.returnPressed.connect(self.spend)
        self.spend_button = QPushButton(self.tr("Record spending"))
        self.spend_button.clicked.connect(self.spend)
        self.message = message_label()
        line_row = QHBoxLayout()
        line_row.addWidget(QLabel(self.tr("New line")))
        line_row.addWidget(self.category)
        line_row.addWidget(self.cap)
        line_row.addWidget(self.slack)
        line_row.addWidget(self.add_button)
        spend_row = QHBoxLayout()
        spend_row.addWidget(QLabel(self.tr("Spending")))
        spend_row.addWidget(self.line)
        spend_row.addWidget(self.amount)
        spend_row.addWidget(self.spent_on)
        spend_row.addWidget(self.note, 1)
        spend_row.addWidget(self.spend_button)
        note = QLabel(self.tr("Spending is never edited: a wrong entry is corrected by a new one."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(line_row)
        layout.addLayout(spend_row)
        layout.addWidget(note)
        layout.addWidget(self.message)

    def show_data(self, data: Snapshot) -> None:
        first_time = self.data is None
        self.data = data
        budget = data.budget
        lines = budget.lines if budget else []
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = category_label(line.category) + (f" · {line.label}" if line.label else "")
            state = (self.tr("Over cap and float") if line.over_float else self.tr("Over cap") if line.over_cap
                     else self.tr("{share}% used").format(share=round(100 * line.spent_fen / line.cap_fen)))
            texts = [name, fen_text(line.cap_fen), fen_text(line.float_fen), fen_text(line.spent_fen),
                     fen_text(line.remaining_fen), state]
            if line.over_float:
                fill_row(self.table, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            elif line.over_cap:
                fill_row(self.table, row, texts, WARN_BACKGROUND)
            else:
                fill_row(self.table, row, texts)
        if budget and budget.lines:
            self.total.setText(self.tr("Budget {cap} yuan (float {slack}); spent {spent} yuan, {share}%.").format(
                cap=fen_text(budget.cap_fen), slack=fen_text(budget.float_fen), spent=fen_text(budget.spent_fen),
                share=round(100 * budget.spent_fen / budget.cap_fen)))
        else:
            self.total.setText(self.tr("No budget lines yet."))
        chosen = self.line.currentData()
        self.line.clear()
        for line in lines:
            self.line.addItem(category_label(line.category) + (f" · {line.label}" if line.label else ""), line.id)
        self.line.setCurrentIndex(max(self.line.findData(chosen), 0))
        writable = self.page.manager and data.detail is not None and data.detail.status != "closed"
        for widget in (self.category, self.cap, self.slack, self.add_button, self.line, self.amount, self.spent_on,
                       self.note, self.spend_button):
            widget.setEnabled(writable)
        if first_time:
            self.spent_on.setDate(QDate(data.today.year, data.today.month, data.today.day))

    def add_line(self) -> None:
        detail = self.data.detail if self.data else None
        if detail is None:
            return
        budget, actor, activity_id = self.page.services.activities.budget, self.page.actor, detail.id
        category, cap, slack = self.category.currentData(), self.cap.text(), self.slack.text() or "0"

        def write():
            return budget.add_line(actor, activity_id, category, yuan_to_fen(cap), yuan_to_fen(slack))

        def added(_view) -> None:
            self.cap.clear()
            self.slack.clear()
        self.page.write(write, self.message, added)

    def spend(self) -> None:
        line_id = self.line.currentData()
        if not line_id:
            self.message.setText(self.tr("Add a budget line first."))
            return
        budget, actor = self.page.services.activities.budget, self.page.actor
        amount, day, note = self.amount.text(), py_date(self.spent_on), self.note.text()

        def recorded(_view) -> None:
            self.amount.clear()
            self.note.clear()
        self.page.write(lambda: budget.spend(actor, line_id, yuan_to_fen(amount), day, note), self.message, recorded)
