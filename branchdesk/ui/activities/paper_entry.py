"""纸质签到录入 / Paper sheets (issue 10, item 4): enter a paper sign-in sheet afterwards, at keyboard speed.

The sheet's number and day once, then row after row: time, phone, name, channel (its number on the
sheet's legend, or its code), Enter. Enter on a field goes to the next; Enter on the channel records the
row and starts the next one, the row number counted on. Each field is read as it is typed (the service's
own parsers, pure, on the GUI thread) and a field that does not read is marked at once; the row is
written on the database lane, and a refusal puts the cursor back in the field at fault with nothing
recorded. A customer already signed in that day is flagged, not counted twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.activities import paper
from branchdesk.services.activities.paper import DUPLICATE, PaperForm, PaperLine, PaperResult
from branchdesk.services.events import ACTIVITIES
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.tables import fill_row, make_table
from branchdesk.ui.messages import say

BAD_FIELD = "QLineEdit { border: 2px solid #b00020; }"
# Which field a refusal points at.
FIELD_OF = {"paper.bad_sheet": "sheet", "paper.bad_row": "row", "paper.row_entered": "row",
            "paper.bad_time": "time", "signin.paper_future": "time", "paper.bad_phone": "phone",
            "customer.long_name": "name", "paper.bad_channel": "channel", "paper.mistyped_code": "channel",
            "paper.other_code": "channel", "paper.not_event_day": "day", "signin.not_event_day": "day"}


class _EnterFilter(QObject):
    """Enter in a field: the panel decides (next field, or record the row)."""

    def __init__(self, panel: "PaperEntryPanel") -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.enter_pressed(watched)
            return True
        return False


class PaperEntryPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.activity_id: str | None = None
        self.form: PaperForm | None = None
        self.lines: list[PaperLine] = []
        self.writing = False

        intro = QLabel(self.tr("Enter a paper sign-in sheet: its number and day, then each row. Enter goes to "
                               "the next field; Enter on the channel records the row."))
        intro.setWordWrap(True)
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText("0001")
        self.sheet.setMaximumWidth(110)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Sheet No.")))
        head.addWidget(self.sheet)
        head.addSpacing(12)
        head.addWidget(QLabel(self.tr("Day on the sheet")))
        head.addWidget(self.day)
        head.addSpacing(12)
        head.addWidget(self.legend, 1)

        self.row = QLineEdit()
        self.time = QLineEdit()
        self.phone = QLineEdit()
        self.name = QLineEdit()
        self.channel = QLineEdit()
        self.row.setPlaceholderText("1")
        self.time.setPlaceholderText("9:30")
        self.phone.setPlaceholderText("13812345678")
        self.name.setPlaceholderText(self.tr("optional"))
        self.channel.setPlaceholderText(self.tr("number"))
        self.fields: dict[str, QWidget] = {"sheet": self.sheet, "day": self.day, "row": self.row, "time": self.time,
                                           "phone": self.phone, "name": self.name, "channel": self.channel}
        grid = QGridLayout()
        columns = ((self.tr("Row"), self.row, 1), (self.tr("Time"), self.time, 2), (self.tr("Mobile phone"), self.phone, 4),
                   (self.tr("Name"), self.name, 3), (self.tr("Channel"), self.channel, 2))
        for col, (label, field, stretch) in enumerate(columns):
            grid.addWidget(QLabel(label), 0, col)
            grid.addWidget(field, 1, col)
            grid.setColumnStretch(col, stretch)
        self.record_button = QPushButton(self.tr("Record row"))
        self.record_button.clicked.connect(self.record)
        grid.addWidget(self.record_button, 1, len(columns))
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.table = make_table([self.tr("Row"), self.tr("Time"), self.tr("Mobile phone"), self.tr("Name"),
                                 self.tr("Channel"), self.tr("Entered by")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.void_reason = QLineEdit()
        self.void_reason.setPlaceholderText(self.tr("Why the chosen row is cancelled"))
        self.void_button = QPushButton(self.tr("Cancel the chosen row"))
        self.void_button.clicked.connect(self.void)
        voiding = QHBoxLayout()
        voiding.addWidget(self.void_reason, 1)
        voiding.addWidget(self.void_button)
        self.void_row = QWidget()
        self.void_row.setLayout(voiding)
        voiding.setContentsMargins(0, 0, 0, 0)
        self.void_row.setVisible(actor.can(Permission.MANAGE_ACTIVITIES))
        self.sheet_title = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.sheet_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.void_row)

        self._enter = _EnterFilter(self)
        for widget in (self.sheet, self.day, self.row, self.time, self.phone, self.name, self.channel):
            widget.installEventFilter(self._enter)
        self.setTabOrder(self.sheet, self.day)
        for first, second in ((self.day, self.row), (self.row, self.time), (self.time, self.phone),
                              (self.phone, self.name), (self.name, self.channel), (self.channel, self.record_button)):
            self.setTabOrder(first, second)
        checks: dict[str, Callable[[], object]] = {
            "sheet": lambda: paper.parse_number(self.sheet.text(), paper.MAX_SHEET, "paper.bad_sheet"),
            "row": lambda: paper.parse_number(self.row.text(), paper.MAX_ROW, "paper.bad_row"),
            "time": lambda: paper.parse_time(self.time.text()),
            "phone": lambda: paper.parse_phone(self.phone.text()),
            "name": lambda: paper.parse_name(self.name.text()),
            "channel": lambda: paper.parse_channel(self.channel.text(), self.form) if self.form else None,
        }
        self.checks = checks
        for key in checks:
            line_edit = self.fields[key]
            assert isinstance(line_edit, QLineEdit)
            line_edit.textEdited.connect(lambda _text, key=key: self.check(key, typing=True))
        self.sheet.editingFinished.connect(self._load_sheet)
        self.day.dateChanged.connect(lambda _d: self.check_day())
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        self._chosen_changed()
        self.setEnabled(False)  # until the activity's form is read
        on_change(self, services, {ACTIVITIES}, self.refresh)

    # -- the activity ---------------------------------------------------------------------------

    def set_activity(self, activity_id: str | None) -> None:
        if activity_id == self.activity_id:
            return
        self.activity_id = activity_id
        self.form = None
        self.lines = []
        self.table.setRowCount(0)
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        activity_id = self.activity_id
        if activity_id is None:
            self.setEnabled(False)
            return
        entry = self.services.activities.paper
        Op(self, lambda: entry.form(activity_id)).success(self._show_form).failure(self._say_error).run()

    def _show_form(self, form: PaperForm) -> None:
        first_time = self.form is None or self.form.activity_id != form.activity_id
        self.form = form
        self.setEnabled(form.status == "running")
        legend = "  ".join(f"{c.number} {c.name}" for c in form.channels)
        other = self.tr("{n} other").format(n=form.other_number)
        self.legend.setText(self.tr("Channels: {legend}").format(legend=f"{legend}  {other}".strip()))
        if form.status != "running":
            self._say("warning", self.tr("Paper sheets are entered while the activity runs."))
        if first_time and form.days:
            days = sorted(d.day for d in form.days)
            past = [d for d in days if d <= form.today]
            chosen = past[-1] if past else days[0]
            self.day.blockSignals(True)
            self.day.setDateRange(QDate(days[0].year, days[0].month, days[0].day),
                                  QDate(days[-1].year, days[-1].month, days[-1].day))
            self.day.setDate(QDate(chosen.year, chosen.month, chosen.day))
            self.day.blockSignals(False)
            self.sheet.setFocus()
        if self.sheet.text().strip():
            self._load_sheet()

    def _load_sheet(self) -> None:
        if self.activity_id is None:
            return
        try:
            number = paper.parse_number(self.sheet.text(), paper.MAX_SHEET, "paper.bad_sheet")
        except UserError:
            return
        entry, activity_id = self.services.activities.paper, self.activity_id
        Op(self, lambda: entry.sheet_rows(activity_id, number)).success(self._show_rows).run()

    def _show_rows(self, lines: list[PaperLine]) -> None:
        self.lines = lines
        zone = self.form.zone if self.form else dt.timezone.utc
        sheet = lines[0].sheet if lines else None
        self.sheet_title.setText(self.tr("Rows entered from sheet {sheet}: {n}").format(
            sheet=f"{sheet:04d}" if sheet else self.sheet.text().strip(), n=len(lines)))
        self.table.setRowCount(len(lines))
        for index, line in enumerate(lines):
            items = fill_row(self.table, index, [str(line.row), line.at.astimezone(zone).strftime("%m-%d %H:%M"),
                                                 line.phone_masked, line.name, line.channel_name, line.entered_by])
            items[0].setData(Qt.ItemDataRole.UserRole, line.id)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # sizing to contents undid the stretch: ask for it again
        header.setStretchLastSection(True)
        if not self.row.text().strip() or self.row.text().strip() in {str(x.row) for x in lines}:
            self.row.setText(str(max((x.row for x in lines), default=0) + 1))

    # -- checking as typed ----------------------------------------------------------------------

    def check(self, key: str, typing: bool = False) -> bool:
        """Read one field; mark it and say why when it does not read. While typing, a field is only
        marked once it is long enough to judge (a phone at 11 digits, say)."""
        field = self.fields[key]
        assert isinstance(field, QLineEdit)
        text = field.text().strip()
        if typing and (not text or (key == "phone" and len([c for c in text if c.isdigit()]) < 11)
                       or (key == "time" and len(text) < 3 and ":" not in text)):
            field.setStyleSheet("")
            return True
        try:
            self.checks[key]()
        except UserError as err:
            field.setStyleSheet(BAD_FIELD)
            self._say("error", tr_error(err))
            return False
        field.setStyleSheet("")
        if self.message.property("role") == "error":
            self.message.clear()
        return True

    def check_day(self) -> bool:
        if self.form is None:
            return False
        day = self.day.date().toPython()
        if not any(d.day == day for d in self.form.days):
            self.day.setStyleSheet("QDateEdit { border: 2px solid #b00020; }")
            self._say("error", self.tr("{day} is not an event day of this activity.").format(day=day))
            return False
        self.day.setStyleSheet("")
        return True

    def enter_pressed(self, watched: QObject) -> None:
        order = ["sheet", "day", "row", "time", "phone", "name", "channel"]
        key = next((k for k, w in self.fields.items() if w is watched), None)
        if key is None:
            return
        if key == "day":
            if self.check_day():
                self.row.setFocus()
            return
        if key == "channel":
            self.record()
            return
        optional = key == "name"
        line_edit = self.fields[key]
        assert isinstance(line_edit, QLineEdit)
        if not line_edit.text().strip() and not optional:
            return
        if self.check(key):
            if key == "sheet":
                self._load_sheet()
            following = self.fields[order[order.index(key) + 1]]
            following.setFocus()
            if isinstance(following, QLineEdit):
                following.selectAll()

    # -- writing --------------------------------------------------------------------------------

    def record(self) -> None:
        if self.form is None or self.writing:
            return
        if not all(self.check(key) for key in ("sheet", "row", "time", "phone", "name", "channel")) \
                or not self.check_day():
            return
        form, actor, entry = self.form, self.actor, self.services.activities.paper
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        typed = (self.sheet.text(), self.row.text(), self.time.text(), self.phone.text(), self.name.text(),
                 self.channel.text())
        self.writing = True
        self.record_button.setEnabled(False)
        Op(self, lambda: entry.enter(actor, form, day, *typed)).success(self._recorded) \
            .failure(self._refused).done(self._written).run()

    def _recorded(self, result: PaperResult) -> None:
        zone = self.form.zone if self.form else dt.timezone.utc
        line = result.line
        assert line is not None
        row = self.row.text().strip()
        if result.status == DUPLICATE:
            self._say("warning", self.tr("Row {row}: this customer already signed in that day at {time} "
                                         "(sheet {sheet}, row {first}): not counted again.").format(
                row=row, time=line.at.astimezone(zone).strftime("%H:%M"), sheet=f"{line.sheet:04d}" if line.sheet
                else "—", first=line.row or "—"))
        else:
            self._say("", self.tr("Row {row} recorded: {phone} at {time}.").format(
                row=row, phone=line.phone_masked, time=line.at.astimezone(zone).strftime("%H:%M")))
        for field in (self.time, self.phone, self.name, self.channel):
            field.clear()
            field.setStyleSheet("")
        self.row.setText(str(int(row) + 1) if row.isdigit() else "")
        self.time.setFocus()
        self._load_sheet()

    def _refused(self, err: UserError) -> None:
        self._say("error", tr_error(err))
        key = FIELD_OF.get(err.code)
        if key is not None:
            field = self.fields[key]
            field.setStyleSheet(BAD_FIELD if isinstance(field, QLineEdit) else "QDateEdit { border: 2px solid #b00020; }")
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def _written(self) -> None:
        self.writing = False
        self.record_button.setEnabled(True)

    def _chosen_changed(self) -> None:
        self.void_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def void(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        signin_id, reason = str(item.data(Qt.ItemDataRole.UserRole)), self.void_reason.text()
        signins, actor = self.services.activities.signins, self.actor
        Op(self, lambda: signins.void(actor, signin_id, reason)).success(lambda _none: self._voided()) \
            .failure(self._say_error).run()

    def _voided(self) -> None:
        self.void_reason.clear()
        self._say("", self.tr("The row is cancelled; enter it again if it was mistyped."))
        self._load_sheet()

    def _say_error(self, err: UserError) -> None:
        self._say("error", tr_error(err))

    def _say(self, role: str, text: str) -> None:
        say(self.message, role, text)
