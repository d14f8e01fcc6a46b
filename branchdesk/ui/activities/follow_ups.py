"""回访 / Follow-ups (issue 10, item 6): participants to call within 48 hours of their visit, and invited
customers who did not come, each list with its state (due, overdue, done; a no-show "waiting" until the
last day ends). The roles that call customers reveal the number (audited), record the outcome with the
1-5 score or the offer made, and correct a recorded call by a new entry. Reads and writes on the
database lane; the panel re-reads on ACTIVITIES changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSplitter, QTableWidget, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.activities.followups import DONE, OUTCOMES, OVERDUE, FollowUpView
from branchdesk.services.activities.no_shows import WAITING, NoShowView
from branchdesk.services.events import ACTIVITIES
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table
from branchdesk.ui.messages import escaped, say

VISITS, NO_SHOWS = "visits", "no_shows"
DONE_BACKGROUND = QColor("#eef5ee")


def state_label(code: str) -> str:
    return {
        "due": QCoreApplication.translate("FollowUps", "Due"),
        "overdue": QCoreApplication.translate("FollowUps", "Overdue"),
        "done": QCoreApplication.translate("FollowUps", "Done"),
        "waiting": QCoreApplication.translate("FollowUps", "May still come"),
    }.get(code, code)


def outcome_label(code: str | None) -> str:
    return {
        "reached": QCoreApplication.translate("FollowUps", "Reached"),
        "unreachable": QCoreApplication.translate("FollowUps", "Not reached"),
        "declined": QCoreApplication.translate("FollowUps", "Declined"),
    }.get(code or "", "")


@dataclass(frozen=True)
class Lists:
    visits: list[FollowUpView]
    no_shows: list[NoShowView]
    zone: dt.tzinfo


class FollowUpsPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.caller = actor.can(Permission.CALL_CUSTOMERS)
        self.activity_id: str | None = None
        self.data: Lists | None = None
        self.reading: Op | None = None
        self._read_again = False

        self.visits_choice = QRadioButton()
        self.no_shows_choice = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.visits_choice)
        self.choice.addButton(self.no_shows_choice)
        self.visits_choice.setChecked(True)
        self.choice.buttonClicked.connect(lambda _b: self._show())
        self.rule = QLabel(self.tr("Call participants who agreed to it within 48 hours of their visit; offer "
                                   "invited customers who did not come the recap or a compensation."))
        self.rule.setWordWrap(True)
        choices = QVBoxLayout()  # one above the other: each label carries its counts
        choices.addWidget(self.visits_choice)
        choices.addWidget(self.no_shows_choice)
        self.table = make_table([])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.itemSelectionChanged.connect(self._selected)

        side = QWidget()
        self.chosen_text = QLabel(self.tr("Choose a customer in the list."))
        self.chosen_text.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show the number to call"))
        self.reveal_button.setToolTip(self.tr("Each time a whole number is shown it is written in the audit log"))
        self.reveal_button.clicked.connect(self.reveal)
        self.number = QLabel()
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.setWordWrap(True)
        self.number.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("— choose —"), "")
        for code in OUTCOMES:
            self.outcome.addItem(outcome_label(code), code)
        self.score = QComboBox()
        self.score.addItem("—", None)
        for n in range(5, 0, -1):
            self.score.addItem(str(n), n)
        self.offer = QLineEdit()
        self.offer.setPlaceholderText(self.tr("The recap sent, or the compensation offered"))
        self.note = QLineEdit()
        self.correction = QCheckBox(self.tr("Correct the recorded call"))
        self.correction.setToolTip(self.tr("A new entry takes the earlier one's place; the earlier one is kept"))
        self.record_button = QPushButton(self.tr("Record the call"))
        self.record_button.clicked.connect(self.record)
        self.note.returnPressed.connect(self.record)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Satisfaction (1-5)"), self.score)
        self.form.addRow(self.tr("Offered"), self.offer)
        self.form.addRow(self.tr("Note"), self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.not_caller = QLabel(self.tr("The branch head or the duty manager calls customers and records the calls."))
        self.not_caller.setWordWrap(True)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addWidget(self.number, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correction)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        self.calling = QWidget()
        calling = QVBoxLayout(self.calling)
        calling.setContentsMargins(0, 0, 0, 0)
        calling.addLayout(reveal_row)
        calling.addLayout(self.form)
        calling.addLayout(buttons)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.chosen_text)
        side_layout.addWidget(self.calling)
        side_layout.addWidget(self.not_caller)
        side_layout.addWidget(self.message)
        side_layout.addStretch(1)
        self.calling.setVisible(self.caller)
        self.not_caller.setVisible(not self.caller)
        self.calling.setEnabled(False)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 340])  # the list needs its six columns; the form wraps its labels
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addLayout(choices)
        layout.addWidget(splitter, 1)
        self._label_choices()
        on_change(self, services, {ACTIVITIES}, self.refresh)

    # -- reading --------------------------------------------------------------------------------

    def set_activity(self, activity_id: str | None) -> None:
        if activity_id != self.activity_id:
            self.activity_id = activity_id
            self.data = None
            self.table.setRowCount(0)
            self.refresh()

    def refresh(self) -> None:
        if self.activity_id is None:
            return
        if self.reading is not None:
            self._read_again = True
            return
        acts, branch, activity_id = self.services.activities, self.services.branch, self.activity_id

        def read() -> Lists:
            visits = [v for v in acts.followups.listing(activity_id) if v.reason != "no_show"]
            return Lists(visits, acts.no_shows.listing(activity_id), branch.require_settings().zone)
        self.reading = Op(self, read).success(self._display).failure(self._say_error).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, data: Lists) -> None:
        self.data = data
        self._label_choices()
        self._show()

    def _label_choices(self) -> None:
        visits = self.data.visits if self.data else []
        no_shows = self.data.no_shows if self.data else []
        self.visits_choice.setText(self.tr("After the visit ({open} to call, {late} overdue)").format(
            open=sum(v.state != DONE for v in visits), late=sum(v.state == OVERDUE for v in visits)))
        self.no_shows_choice.setText(self.tr("Invited, did not come ({open} to call)").format(
            open=sum(v.state not in (DONE, WAITING) for v in no_shows)))

    def showing(self) -> str:
        return NO_SHOWS if self.no_shows_choice.isChecked() else VISITS

    def _show(self) -> None:
        if self.data is None:
            return
        zone, chosen = self.data.zone, self._chosen_key()
        self.offer.setVisible(self.showing() == NO_SHOWS)
        self.form.labelForField(self.offer).setVisible(self.showing() == NO_SHOWS)
        self.score.setVisible(self.showing() == VISITS)
        self.form.labelForField(self.score).setVisible(self.showing() == VISITS)
        if self.showing() == VISITS:
            headers = [self.tr("State"), self.tr("Call by"), self.tr("Mobile phone"), self.tr("Name"),
                       self.tr("Calls"), self.tr("Outcome")]
            rows = [(v.id, v.state, [state_label(v.state), _when(v.due_at, zone), v.phone_masked, v.name,
                                     str(v.attempts), outcome_label(v.outcome)
                                     + (f" · {v.satisfaction}/5" if v.satisfaction else "")]) for v in self.data.visits]
        else:
            headers = [self.tr("State"), self.tr("Call by"), self.tr("Mobile phone"), self.tr("Name"),
                       self.tr("Calls"), self.tr("Offered")]
            rows = [(n.customer_id, n.state, [state_label(n.state), _when(n.due_at, zone), n.phone_masked, n.name,
                                              str(n.attempts), n.offer or outcome_label(n.outcome)])
                    for n in self.data.no_shows]
        self.table.blockSignals(True)
        if self.table.columnCount() != len(headers) or \
                self.table.horizontalHeaderItem(5).text() != headers[5]:  # type: ignore[union-attr]
            self.table.setRowCount(0)
            self.table.setColumnCount(len(headers))
            self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for index, (key, state, texts) in enumerate(rows):
            if state == OVERDUE:
                items = fill_row(self.table, index, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            elif state == DONE:
                items = fill_row(self.table, index, texts, DONE_BACKGROUND)
            else:
                items = fill_row(self.table, index, texts)
            items[0].setData(Qt.ItemDataRole.UserRole, key)
            if key == chosen:
                self.table.selectRow(index)
        _fit_columns(self.table)
        self.table.blockSignals(False)
        self._selected()

    def _chosen_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _chosen(self) -> FollowUpView | NoShowView | None:
        key = self._chosen_key()
        if self.data is None or key is None:
            return None
        if self.showing() == VISITS:
            return next((v for v in self.data.visits if v.id == key), None)
        return next((n for n in self.data.no_shows if n.customer_id == key), None)

    def _selected(self) -> None:
        chosen = self._chosen()
        self.number.clear()
        if chosen is None:
            self.chosen_text.setText(self.tr("Choose a customer in the list."))
            self.calling.setEnabled(False)
            return
        self.chosen_text.setText(f"<b>{chosen.phone_masked}</b> {escaped(chosen.name)} · {state_label(chosen.state)}")
        self.calling.setEnabled(chosen.state != WAITING)
        no_calls = isinstance(chosen, NoShowView) and not chosen.consent
        self.reveal_button.setEnabled(not no_calls)  # they did not agree to be called: tell them in person
        if no_calls:
            self.number.setText(self.tr("Did not agree to calls: in person only"))
        self.correction.setChecked(False)
        self.correction.setEnabled(chosen.state == DONE)
        self.record_button.setEnabled(True)

    # -- writing --------------------------------------------------------------------------------

    def reveal(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        customers, actor, customer_id = self.services.activities.customers, self.actor, chosen.customer_id
        Op(self, lambda: customers.reveal_phone(actor, customer_id)).success(self.number.setText) \
            .failure(self._say_error).run()

    def record(self) -> None:
        chosen = self._chosen()
        if chosen is None or self.activity_id is None:
            return
        acts, actor, activity_id = self.services.activities, self.actor, self.activity_id
        outcome, score = str(self.outcome.currentData() or ""), self.score.currentData()
        offer, note = self.offer.text(), self.note.text()
        if self.correction.isChecked():
            followup_id = chosen.id if isinstance(chosen, FollowUpView) else chosen.followup_id
            if followup_id is None:
                return

            def write() -> object:
                acts.no_shows.correct(actor, followup_id, outcome, score if isinstance(chosen, FollowUpView)
                                      else None, offer, note)
                return None
        elif isinstance(chosen, FollowUpView):
            def write() -> object:
                return acts.followups.record(actor, chosen.id, outcome, score, note=note)
        else:
            customer_id = chosen.customer_id

            def write() -> object:
                return acts.no_shows.record(actor, activity_id, customer_id, outcome, offer, note)
        self.record_button.setEnabled(False)
        Op(self, write).success(lambda _r: self._recorded()).failure(self._say_error) \
            .done(lambda: self.record_button.setEnabled(True)).run()

    def _recorded(self) -> None:
        self.outcome.setCurrentIndex(0)
        self.score.setCurrentIndex(0)
        self.offer.clear()
        self.note.clear()
        self._say("", self.tr("The call is recorded."))

    def _say_error(self, err: UserError) -> None:
        self._say("error", tr_error(err))

    def _say(self, role: str, text: str) -> None:
        say(self.message, role, text)


def _fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its contents (the user may widen one), the last one taking what is left."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)  # sizing to contents undid the stretch: ask for it again
    header.setStretchLastSection(True)


def _when(at: dt.datetime | None, zone: dt.tzinfo) -> str:
    return at.astimezone(zone).strftime("%m-%d %H:%M") if at else "—"
