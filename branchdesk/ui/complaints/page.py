"""投诉登记 / Complaints: the register with each complaint's countdown, a form to register one, and the
selected complaint's steps, reply and the customer's satisfaction (issue 11, item 6).

Reads and writes run on the database lane (ui/ops.py); the page re-reads on COMPLAINTS and STAFF
changes, and redraws its countdowns every minute from what it last read (no query for the clock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.complaints import (
    CATEGORIES, CHANNELS, DUE_SOON, SATISFACTION, ComplaintDetail, ComplaintView,
)
from branchdesk.services.events import COMPLAINTS, SETTINGS, STAFF
from branchdesk.services.roles import Actor, Permission
from branchdesk.services.staff import StaffInfo
from branchdesk.ui.complaints.labels import (
    category_label, channel_label, countdown, satisfaction_label, step_label,
)
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table
from branchdesk.ui.messages import escaped

SOON_BACKGROUND = "#fff1c9"
MESSAGE_STYLE = "color: #9b0000;"


@dataclass(frozen=True)
class Register:
    complaints: list[ComplaintView]
    people: list[StaffInfo]
    zone: dt.tzinfo
    today_now: dt.datetime


class ComplaintsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.handler = actor.can(Permission.HANDLE_COMPLAINTS)
        self.data: Register | None = None
        self.detail: ComplaintDetail | None = None
        self.reading: Op | None = None
        self._read_again = False

        title = QLabel(self.tr("Complaints"))
        title.setProperty("role", "title")
        rule = QLabel(self.tr("Answer every complaint within 3 calendar days of receipt (weekends count)."))
        rule.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Register a complaint"))
        self.new_button.clicked.connect(self.show_form)
        self.table = make_table([])
        # Sized to their contents at each fill, and the user may widen one; the countdown takes the rest.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_button)

        self.side = QStackedWidget()
        self.side.addWidget(self._build_form())
        self.side.addWidget(self._build_detail())
        hint = QLabel(self.tr("Choose a complaint to see its steps, or register a new one."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint.setContentsMargins(8, 0, 0, 0)
        self.side.addWidget(hint)  # nothing chosen yet
        self.side.setCurrentIndex(2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(splitter, 1)

        self.ticker = QTimer(self)
        self.ticker.setInterval(60_000)
        self.ticker.timeout.connect(self._show_list)
        self.ticker.start()
        on_change(self, services, {COMPLAINTS, STAFF, SETTINGS}, self.refresh)
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        form_page = QWidget()
        self.received = QDateTimeEdit()
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.channel = QComboBox()
        self.category = QComboBox()
        for combo, codes, label in ((self.channel, CHANNELS, channel_label), (self.category, CATEGORIES, category_label)):
            combo.addItem(self.tr("— choose —"), "")
            for code in codes:
                combo.addItem(label(code), code)
        for combo in (self.channel, self.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Phone or address (shown masked)"))
        self.first_asked = QComboBox()
        self.assignee = QComboBox()
        for combo in (self.first_asked, self.assignee):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What the customer complained about"))
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_message.setStyleSheet(MESSAGE_STYLE)
        self.register_button = QPushButton(self.tr("Register"))
        self.register_button.clicked.connect(self.register)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(lambda: self.side.setCurrentIndex(2))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Customer contact"), self.contact)
        form.addRow(self.tr("First asked (首问)"), self.first_asked)
        form.addRow(self.tr("Assigned to"), self.assignee)
        form.addRow(self.tr("Complaint"), self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(form_page)
        layout.setContentsMargins(8, 0, 0, 0)
        heading = QLabel(self.tr("Register a complaint"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(form, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(buttons)
        return form_page

    def _build_detail(self) -> QWidget:
        page = QWidget()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.step_text = QLineEdit()
        self.step_text.setPlaceholderText(self.tr("What was done"))
        self.correction = QCheckBox(self.tr("Correction"))
        self.correction.setToolTip(self.tr("Corrects what was registered; the record itself is never changed"))
        add = QPushButton(self.tr("Add step"))
        add.clicked.connect(self.add_step)
        self.step_text.returnPressed.connect(self.add_step)
        step_row = QHBoxLayout()
        step_row.addWidget(self.correction)
        step_row.addStretch(1)
        step_row.addWidget(add)
        self.reply_text = QLineEdit()
        self.reply_text.setPlaceholderText(self.tr("The reply given to the customer"))
        self.reply_button = QPushButton(self.tr("Reply and close"))
        self.reply_button.clicked.connect(self.reply)
        reply_row = QHBoxLayout()
        reply_row.addStretch(1)
        reply_row.addWidget(self.reply_button)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("— choose —"), "")
        for code in SATISFACTION:
            self.satisfaction.addItem(satisfaction_label(code), code)
        self.satisfaction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.satisfaction.setMinimumContentsLength(6)
        self.satisfaction_button = QPushButton(self.tr("Record satisfaction"))
        self.satisfaction_button.clicked.connect(self.record_satisfaction)
        satisfaction_row = QHBoxLayout()
        satisfaction_row.addWidget(self.satisfaction, 1)
        satisfaction_row.addWidget(self.satisfaction_button)
        self.detail_message = QLabel()
        self.detail_message.setWordWrap(True)
        self.detail_message.setStyleSheet(MESSAGE_STYLE)
        self.handler_rows = QWidget()
        handler_layout = QVBoxLayout(self.handler_rows)
        handler_layout.setContentsMargins(0, 0, 0, 0)
        handler_layout.addWidget(self.reply_text)
        handler_layout.addLayout(reply_row)
        satisfaction_label_text = QLabel(self.tr("Customer's satisfaction"))
        satisfaction_label_text.setWordWrap(True)
        handler_layout.addWidget(satisfaction_label_text)
        handler_layout.addLayout(satisfaction_row)
        self.handler_note = QLabel(self.tr("The branch head or the duty manager replies and records satisfaction."))
        self.handler_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Steps")))
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.step_text)
        layout.addLayout(step_row)
        layout.addWidget(self.handler_rows)
        layout.addWidget(self.handler_note)
        layout.addWidget(self.detail_message)
        self.handler_rows.setVisible(self.handler)
        self.handler_note.setVisible(not self.handler)
        return page

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.setProperty("stale", False)
        if self.reading is not None:
            self._read_again = True
            return
        branch, complaints, staff, clock = (self.services.branch, self.services.complaints, self.services.staff,
                                            self.services.clock)

        def read() -> Register | None:
            settings = branch.settings()
            if settings is None:
                return None
            people = [p for p in staff.list_staff(include_inactive=False) if p.role.branch_staff]  # not the inspector
            return Register(complaints.listing(), people, settings.zone,
                            clock.now())
        self.reading = Op(self, read).success(self._display).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, data: Register | None) -> None:
        if data is None:
            return
        self.data = data
        for combo in (self.first_asked, self.assignee):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— choose —"), "")
            for person in data.people:
                combo.addItem(person.full_name, person.id)
            if chosen:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self._show_list()
        if self.detail is not None and self.side.currentIndex() == 1:
            self._load(self.detail.complaint.id)

    def _show_list(self) -> None:
        if self.data is None:
            return
        now = self.services.clock.now()
        zone = self.data.zone
        # The contact is in the detail: the countdown needs the room here.
        headers = [self.tr("Received"), self.tr("Channel"), self.tr("Category"), self.tr("Assigned to"),
                   self.tr("Time left")]
        if self.table.columnCount() != len(headers):
            self.table.setColumnCount(len(headers))
            self.table.setHorizontalHeaderLabels(headers)
        chosen = self._chosen_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.data.complaints))
        for row, c in enumerate(self.data.complaints):
            if c.closed:
                state = (self.tr("Answered late") if c.answered_late else self.tr("Answered")) + \
                    (f" · {satisfaction_label(c.satisfaction)}" if c.satisfaction else "")
            else:
                state = countdown(c.remaining(now))
            texts = [c.received_at.astimezone(zone).strftime("%m-%d %H:%M"), channel_label(c.channel),
                     category_label(c.category), c.assignee_name, state]
            if c.overdue(now):
                items = fill_row(self.table, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            elif not c.closed and c.remaining(now) < DUE_SOON:
                items = fill_row(self.table, row, texts, QColor(SOON_BACKGROUND))
            else:
                items = fill_row(self.table, row, texts)
            items[0].setData(Qt.ItemDataRole.UserRole, c.id)
            for item in items:
                item.setToolTip(c.summary)
            if c.id == chosen:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # sizing to contents undid the stretch: ask for it again
        header.setStretchLastSection(True)
        self.table.blockSignals(False)

    def _chosen_id(self) -> str | None:
        if self.side.currentIndex() != 1 or self.detail is None:
            return None
        return self.detail.complaint.id

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is not None:
            self._load(str(item.data(Qt.ItemDataRole.UserRole)))

    def _load(self, complaint_id: str) -> None:
        complaints = self.services.complaints
        Op(self, lambda: complaints.get(complaint_id)).success(self._show_detail) \
            .failure(lambda err: self._say(self.detail_message, err)).run()

    def _show_detail(self, detail: ComplaintDetail) -> None:
        self.detail = detail
        self.side.setCurrentIndex(1)
        zone = self.data.zone if self.data else dt.timezone.utc
        c = detail.complaint
        now = self.services.clock.now()
        when = c.deadline_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        state = countdown(c.remaining(now)) if not c.closed else \
            (self.tr("Answered late") if c.answered_late else self.tr("Answered"))
        colour = "#9b0000" if c.overdue(now) or c.answered_late else "#222222"
        lines = [
            f"<b>{escaped(c.summary)}</b>",
            self.tr("{channel} · {category} · contact {contact}").format(
                channel=channel_label(c.channel), category=category_label(c.category), contact=c.contact_masked),
            self.tr("Received {received}; first asked: {first}; assigned to: {assignee}").format(
                received=c.received_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), first=escaped(c.first_name),
                assignee=escaped(c.assignee_name)),
            f"<span style='color:{colour}'>" + self.tr("Answer by {deadline} ({state})").format(
                deadline=when, state=state) + "</span>",
        ]
        if c.satisfaction:
            lines.append(self.tr("Customer's satisfaction: {value}").format(value=satisfaction_label(c.satisfaction)))
        self.facts.setText("<br/>".join(lines))
        self.steps.clear()
        for step in detail.steps:
            text = step.text if step.kind != "satisfaction" else satisfaction_label(step.text)
            if step.kind == "assign" and step.assignee_name:
                text = self.tr("to {name}").format(name=step.assignee_name) + (f": {text}" if text else "")
            self.steps.addItem(f"{step.at.astimezone(zone):%m-%d %H:%M}  {step_label(step.kind)} · "
                               f"{step.staff_name}\n{text}")
        self.reply_text.setEnabled(not c.closed)
        self.reply_button.setEnabled(not c.closed)
        self.satisfaction.setEnabled(c.closed)
        self.satisfaction_button.setEnabled(c.closed)

    # -- writing --------------------------------------------------------------------------------

    def show_form(self) -> None:
        now = self.services.clock.now()
        zone = self.data.zone if self.data else dt.timezone.utc
        local = now.astimezone(zone)
        self.received.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))
        self.channel.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.contact.clear()
        self.summary.clear()
        self.first_asked.setCurrentIndex(max(self.first_asked.findData(self.actor.staff_id), 0))
        self.assignee.setCurrentIndex(0)
        self.form_message.clear()
        self.table.clearSelection()
        self.detail = None
        self.side.setCurrentIndex(0)
        self.channel.setFocus()

    def register(self) -> None:
        zone = self.data.zone if self.data else dt.timezone.utc
        chosen = self.received.dateTime().toPython()
        assert isinstance(chosen, dt.datetime), "QDateTime.toPython gives a datetime"
        fields: dict[str, Any] = dict(
            received_at=chosen.replace(tzinfo=zone), channel=self.channel.currentData(),
            category=self.category.currentData(), summary=self.summary.toPlainText(), contact=self.contact.text(),
            first_staff_id=self.first_asked.currentData(), assignee_staff_id=self.assignee.currentData())
        complaints, actor = self.services.complaints, self.actor
        self.register_button.setEnabled(False)
        Op(self, lambda: complaints.register(actor, **fields)).success(lambda view: self._load(view.id)) \
            .failure(lambda err: self._say(self.form_message, err)) \
            .done(lambda: self.register_button.setEnabled(True)).run()

    def add_step(self) -> None:
        if self.detail is None:
            return
        complaint_id, text, correction = self.detail.complaint.id, self.step_text.text(), self.correction.isChecked()
        complaints, actor = self.services.complaints, self.actor
        Op(self, lambda: complaints.add_step(actor, complaint_id, text, correction=correction)) \
            .success(self._written(self.step_text)).failure(lambda err: self._say(self.detail_message, err)).run()

    def reply(self) -> None:
        if self.detail is None:
            return
        complaint_id, text = self.detail.complaint.id, self.reply_text.text()
        complaints, actor = self.services.complaints, self.actor
        Op(self, lambda: complaints.reply(actor, complaint_id, text)) \
            .success(self._written(self.reply_text)).failure(lambda err: self._say(self.detail_message, err)).run()

    def record_satisfaction(self) -> None:
        if self.detail is None:
            return
        complaint_id, value = self.detail.complaint.id, self.satisfaction.currentData()
        complaints, actor = self.services.complaints, self.actor
        Op(self, lambda: complaints.record_satisfaction(actor, complaint_id, value)) \
            .success(self._written(None)).failure(lambda err: self._say(self.detail_message, err)).run()

    def _written(self, field: QLineEdit | None):
        def shown(detail: ComplaintDetail) -> None:
            if field is not None:
                field.clear()
            self.correction.setChecked(False)
            self.detail_message.clear()
            self._show_detail(detail)
        return shown

    @staticmethod
    def _say(label: QLabel, err: UserError) -> None:
        label.setText(tr_error(err))
