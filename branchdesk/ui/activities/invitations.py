"""邀约 / Invitations (issue 10, item 6): choose customers by segment, last visit and consent; mark the ones
invited and how; save the list as a call sheet (PDF or Excel). Phones are masked on the screen; the call
sheet carries whole numbers only for the roles that call customers, and making it is audited. The list
is read on the database lane, the file drawn and written on the printing lane.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.printing.call_sheet_data import CallSheet
from branchdesk.services import Services
from branchdesk.services.activities.invitations import (
    CONSENT_ANY, CONSENT_GIVEN, CONSENT_NOT_GIVEN, HOW, Candidate, InviteFilter,
)
from branchdesk.services.activities.plans import SEGMENTS
from branchdesk.services.events import ACTIVITIES
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.activities.labels import segment_label
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.ops import IO, Op, on_change
from branchdesk.ui.queue_stats.export import documents_folder
from branchdesk.ui.tables import fill_row, make_table
from branchdesk.ui.messages import say

PDF, XLSX = ".pdf", ".xlsx"
# (key, days): the last-visit choices; a positive number "visited within", a negative "not visited for".
LAST_VISIT = (("any", 0), ("within_90", 90), ("within_365", 365), ("not_90", -90), ("not_365", -365))


def how_label(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Invitations", "Phone"),
        "sms": QCoreApplication.translate("Invitations", "SMS"),
        "wechat": QCoreApplication.translate("Invitations", "WeChat"),
        "in_person": QCoreApplication.translate("Invitations", "In person"),
        "letter": QCoreApplication.translate("Invitations", "Letter"),
    }.get(code, code)


def write_call_sheet(sheet: CallSheet, path: Path, lang: str) -> Path:
    """On the printing lane: draw the sheet in the format the file's name asks for, and save it."""
    from branchdesk.printing.output import save_file

    if path.suffix.lower() == XLSX:
        from branchdesk.printing.call_sheet_xlsx import call_sheet_xlsx

        return save_file(call_sheet_xlsx(sheet, lang), path)
    from branchdesk.printing.call_sheet import call_sheet_pdf

    return save_file(call_sheet_pdf(sheet), path)


@dataclass(frozen=True)
class Listed:
    candidates: list[Candidate]
    zone: dt.tzinfo


class InvitationsPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.caller = actor.can(Permission.CALL_CUSTOMERS)
        self.activity_id: str | None = None
        self.data: Listed | None = None

        self.segments: dict[str, QCheckBox] = {}
        segment_row = QGridLayout()  # three a row: the names are long in some languages
        segment_row.addWidget(QLabel(self.tr("Customers")), 0, 0)
        for index, code in enumerate(SEGMENTS):
            box = QCheckBox(segment_label(code))
            box.toggled.connect(lambda _on: self.refresh())
            self.segments[code] = box
            segment_row.addWidget(box, index // 3, 1 + index % 3)
        segment_row.setColumnStretch(4, 1)
        self.how = QComboBox()
        for code in HOW:
            self.how.addItem(how_label(code), code)
        self.last_visit = QComboBox()
        labels = {"any": self.tr("Any last visit"), "within_90": self.tr("Came in the last 90 days"),
                  "within_365": self.tr("Came in the last year"), "not_90": self.tr("Not seen for 90 days"),
                  "not_365": self.tr("Not seen for a year")}
        for key, days in LAST_VISIT:
            self.last_visit.addItem(labels[key], days)
        self.consent = QComboBox()
        self.consent.addItem(self.tr("Agreed to be contacted"), CONSENT_GIVEN)
        self.consent.addItem(self.tr("Consent given or not"), CONSENT_ANY)
        self.consent.addItem(self.tr("Not agreed (in person only)"), CONSENT_NOT_GIVEN)
        self.include_invited = QCheckBox(self.tr("Show those already invited"))
        self.include_invited.setChecked(True)
        for combo in (self.last_visit, self.consent, self.how):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.last_visit, self.consent):
            combo.activated.connect(lambda _i: self.refresh())
        self.include_invited.toggled.connect(lambda _on: self.refresh())
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.last_visit)
        filter_row.addWidget(self.consent)
        filter_row.addStretch(1)

        self.table = make_table([self.tr("Mobile phone"), self.tr("Name"), self.tr("Segment"), self.tr("Last visit"),
                                 self.tr("Visits"), self.tr("Consent"), self.tr("Invited")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.count = QLabel()

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.invite_button = QPushButton(self.tr("Mark the chosen as invited"))
        self.invite_button.clicked.connect(self.record)
        self.pdf_button = QPushButton(self.tr("Call sheet PDF…"))
        self.xlsx_button = QPushButton(self.tr("Call sheet Excel…"))
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.xlsx_button.clicked.connect(lambda: self.export(XLSX))
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.xlsx_button)
        inviting = QHBoxLayout()
        inviting.addWidget(QLabel(self.tr("Invited by")))
        inviting.addWidget(self.how)
        inviting.addWidget(self.note, 1)
        inviting.addWidget(self.invite_button)
        self.inviting = QWidget()
        self.inviting.setLayout(inviting)
        inviting.setContentsMargins(0, 0, 0, 0)
        self.inviting.setVisible(self.caller)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.masked_note = QLabel(self.tr("Phones are masked. The call sheet of the branch head or the duty manager "
                                          "has the whole numbers of customers who agreed to be contacted."))
        self.masked_note.setWordWrap(True)
        self.masked_note.setVisible(not self.caller)

        layout = QVBoxLayout(self)
        layout.addLayout(segment_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.include_invited)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.inviting)
        layout.addWidget(self.masked_note)
        layout.addWidget(self.message)
        on_change(self, services, {ACTIVITIES}, self.refresh)

    # -- the filter -----------------------------------------------------------------------------

    def chosen_filter(self) -> InviteFilter:
        now = self.services.clock.now()
        today = now.astimezone(self.data.zone).date() if self.data else now.date()
        days = int(self.last_visit.currentData() or 0)
        since = today - dt.timedelta(days=abs(days)) if days else None
        return InviteFilter(segments=tuple(code for code, box in self.segments.items() if box.isChecked()),
                            visited_since=since if days > 0 else None,
                            not_visited_since=since if days < 0 else None,
                            consent=str(self.consent.currentData()), include_invited=self.include_invited.isChecked())

    def filter_words(self) -> str:
        """The filter as it reads on the printed sheet."""
        segments = [box.text() for box in self.segments.values() if box.isChecked()] or [self.tr("All customers")]
        return " · ".join(["、".join(segments), self.last_visit.currentText(), self.consent.currentText()])

    # -- reading --------------------------------------------------------------------------------

    def set_activity(self, activity_id: str | None) -> None:
        if activity_id != self.activity_id:
            self.activity_id = activity_id
            self.table.setRowCount(0)
            self.refresh()

    def refresh(self) -> None:
        if self.activity_id is None:
            return
        acts, branch, activity_id, chosen = self.services.activities, self.services.branch, self.activity_id, \
            self.chosen_filter()
        Op(self, lambda: Listed(acts.invitations.candidates(activity_id, chosen), branch.require_settings().zone)) \
            .success(self._display).failure(self._say_error).run()

    def _display(self, data: Listed) -> None:
        self.data = data
        zone = data.zone
        self.table.setRowCount(len(data.candidates))
        for row, c in enumerate(data.candidates):
            invited = "、".join(dict.fromkeys(how_label(h) for h in c.invited_how))
            items = fill_row(self.table, row, [
                c.phone_masked, c.name, segment_label(c.segment) if c.segment else self.tr("Not set"),
                c.last_visit.astimezone(zone).strftime("%Y-%m-%d") if c.last_visit else self.tr("Never"),
                str(c.visits), self.tr("Yes") if c.consent else self.tr("No"), invited])
            items[0].setData(Qt.ItemDataRole.UserRole, c.customer_id)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # sizing to contents undid the stretch: ask for it again
        header.setStretchLastSection(True)
        self.count.setText(self.tr("{n} customers").format(n=len(data.candidates)))

    def chosen_ids(self) -> list[str]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            if item is not None:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    # -- writing --------------------------------------------------------------------------------

    def record(self) -> None:
        if self.activity_id is None:
            return
        acts, actor, activity_id = self.services.activities, self.actor, self.activity_id
        ids, how, note = self.chosen_ids(), str(self.how.currentData()), self.note.text()
        Op(self, lambda: acts.invitations.record(actor, activity_id, ids, how, note)) \
            .success(lambda n: self._say("", self.tr("{n} invitations recorded.").format(n=n))) \
            .failure(self._say_error).run()

    def ask_path(self, suffix: str) -> Path | None:
        pdf, xlsx = self.tr("PDF (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        name = documents_folder() / (self.tr("call-sheet") + suffix)
        dialog = QFileDialog(self, self.tr("Save the call sheet"), str(name), pdf if suffix == PDF else xlsx)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.resize(860, 540)
        dialog.selectFile(str(name))
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("File name:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Save as type:")),
                            (QFileDialog.DialogLabel.Accept, self.tr("Save")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Cancel"))):
            dialog.setLabelText(label, text)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export(self, suffix: str) -> None:
        path = self.ask_path(suffix)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Read the sheet on the database lane (a caller's reveal audited there), then write it."""
        if self.activity_id is None:
            return
        acts, actor, activity_id = self.services.activities, self.actor, self.activity_id
        chosen, words, lang = self.chosen_filter(), self.filter_words(), current_language()

        def made(sheet: CallSheet) -> None:
            Op(self, lambda: write_call_sheet(sheet, path, lang), IO) \
                .success(lambda written: self._say("", self.tr("Saved to {path}").format(path=written))) \
                .failure(self._say_error).run()
        Op(self, lambda: acts.invitations.call_sheet(actor, activity_id, chosen, words)).success(made) \
            .failure(self._say_error).run()

    def _say_error(self, err: UserError) -> None:
        self._say("error", tr_error(err))

    def _say(self, role: str, text: str) -> None:
        say(self.message, role, text)
