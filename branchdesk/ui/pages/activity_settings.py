"""The settings of activities and customers (issue 10, items 2 and 5), on the 设置 page for those who edit the
branch: the address and phone the posters print, HQ's public address for the QR codes' short links, and how
long customers' personal details are kept. Read and saved on the database lane."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.activities.customers import RETENTION_DAYS
from branchdesk.services.activities.printouts import PrintContact
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op
from branchdesk.ui.messages import say


class ActivitySettingsBox(QGroupBox):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Activities and customers"), parent)
        self.services = services
        self.actor = actor
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. 18 Xinjie, Qingshan Town (opposite the market)"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0855-8123 4567"))
        self.public_base = QLineEdit()
        self.public_base.setPlaceholderText(self.tr("Empty: the QR codes carry the channel code alone"))
        self.retention = QSpinBox()
        self.retention.setRange(RETENTION_DAYS.start, RETENTION_DAYS.stop - 1)
        self.retention.setSuffix(self.tr(" days"))
        self.save_button = QPushButton(self.tr("Save activity settings"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a longer language: labels above
        form.addRow(self.tr("Address on posters"), self.address)
        form.addRow(self.tr("Phone on posters"), self.phone)
        form.addRow(self.tr("HQ's public address"), self.public_base)
        hint = QLabel(self.tr("Where HQ has an address customers' phones can reach, the posters' QR codes open it; "
                              "the branch's scanner reads the channel either way."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Keep customers' details for"), self.retention)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        form.addRow(row)
        self.setEnabled(False)  # until read

    def refresh(self) -> None:
        printouts, customers = self.services.activities.printouts, self.services.activities.customers
        Op(self, lambda: (printouts.contact(), customers.retention_days())).success(self._show).run()

    def _show(self, read: tuple[PrintContact, int]) -> None:
        contact, days = read
        self.address.setText(contact.address)
        self.phone.setText(contact.phone)
        self.public_base.setText(contact.public_base)
        self.retention.setValue(days)
        self.setEnabled(True)

    def save(self) -> None:
        printouts, customers, actor = self.services.activities.printouts, self.services.activities.customers, \
            self.actor
        address, phone, base, days = self.address.text(), self.phone.text(), self.public_base.text(), \
            self.retention.value()

        def write() -> tuple[PrintContact, int]:
            contact = printouts.set_contact(actor, address, phone, base)  # checks before it writes
            customers.set_retention_days(actor, days)
            return contact, days
        self.save_button.setEnabled(False)
        Op(self, write).success(self._saved).failure(self._refused) \
            .done(lambda: self.save_button.setEnabled(True)).run()

    def _saved(self, read: tuple[PrintContact, int]) -> None:
        self._show(read)
        self._say("", self.tr("Saved."))

    def _refused(self, err: UserError) -> None:
        self._say("error", tr_error(err))

    def _say(self, role: str, text: str) -> None:
        say(self.message, role, text)
