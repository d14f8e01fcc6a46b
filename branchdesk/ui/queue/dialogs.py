"""The queue's small dialogs: finish, transfer, pause, back-entry, cancel a ticket, printer.

Each dialog calls its service itself and shows a UserError inline, so bad input
(an amount that is not a number, a missing reason) never closes it and never
changes anything; it is accepted only once the service has committed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.queue.service import TicketInfo
from branchdesk.services.queue.setup import ServiceInfo
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.queue.printing import ESCPOS_KEY, SYSTEM_PRINTER_KEY, printer_settings


def service_name(service: ServiceInfo | TicketInfo) -> str:
    if isinstance(service, ServiceInfo):
        return service.name_en if current_language() == "en" else service.name_zh
    return service.service_en if current_language() == "en" else service.service_zh


class _ServiceDialog(QDialog):
    """A form, an inline error line and OK/Cancel; subclasses implement `apply`."""

    def __init__(self, services: Services, actor: Actor, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.result_info: TicketInfo | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def apply(self) -> TicketInfo | None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def applied(self) -> TicketInfo:
        """The ticket `apply` returned: for `accepted`, which only a successful apply emits (not PauseDialog)."""
        assert self.result_info is not None, "accepted only after apply() succeeded"
        return self.result_info

    def save(self) -> bool:
        try:
            self.result_info = self.apply()
        except UserError as err:
            self.error.setText(tr_error(err))
            return False
        self.accept()
        return True


def _service_combo(services: list[ServiceInfo], current: str | None) -> QComboBox:
    combo = QComboBox()
    for service in services:
        combo.addItem(f"{service.prefix}  {service_name(service)}", service.code)
    if current:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


AMOUNT_PLACEHOLDER = QT_TRANSLATE_NOOP("AmountFields", "e.g. 12000 or 12,000.50")
AMOUNT_LABEL = QT_TRANSLATE_NOOP("AmountFields", "Amount (yuan)")
TITLES_LABEL = QT_TRANSLATE_NOOP("AmountFields", "Number of titles")
ITEMS_LABEL = QT_TRANSLATE_NOOP("AmountFields", "Number of items")


def _tr(source: object) -> str:
    """`source`: a QT_TRANSLATE_NOOP constant (a str, typed object by PySide6's stubs)."""
    return QCoreApplication.translate("AmountFields", str(source))


class _AmountFields:
    """Amount in yuan (savings, remittance) and items/titles (mail, periodicals), shown as the service needs."""

    def __init__(self, dialog: QDialog, form: QFormLayout, services: list[ServiceInfo], combo: QComboBox) -> None:
        self.by_code = {s.code: s for s in services}
        self.combo = combo
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(_tr(AMOUNT_PLACEHOLDER))
        self.units = QSpinBox()
        self.units.setRange(1, 999)
        self.amount_label = QLabel(_tr(AMOUNT_LABEL))
        self.units_label = QLabel()
        self.dialog = dialog
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.units_label, self.units)
        combo.currentIndexChanged.connect(self.sync)
        self.sync()

    def service(self) -> ServiceInfo:
        return self.by_code[self.combo.currentData()]

    def sync(self) -> None:
        norm = self.service().norm
        takes_amount = bool(norm.per_10k_minutes)
        self.amount.setVisible(takes_amount)
        self.amount_label.setVisible(takes_amount)
        self.units.setVisible(bool(norm.unit))
        self.units_label.setVisible(bool(norm.unit))
        self.units_label.setText(_tr(TITLES_LABEL) if norm.unit == "title" else _tr(ITEMS_LABEL))

    def amount_text(self) -> str | None:
        return self.amount.text() if self.amount.isVisibleTo(self.dialog) and self.amount.text().strip() else None

    def unit_count(self) -> int | None:
        return self.units.value() if self.service().norm.unit else None


class FinishDialog(_ServiceDialog):
    """What was done for the customer: the norm of that transaction is computed from it."""

    def __init__(self, services: Services, actor: Actor, window: int, ticket: TicketInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Finish {code}").format(code=ticket.code))
        self.window_number = window
        all_services = services.queue.services()
        self.service = _service_combo(all_services, ticket.service_code)
        self.form.addRow(self.tr("Business done"), self.service)
        self.fields = _AmountFields(self, self.form, all_services, self.service)
        self.amount, self.units = self.fields.amount, self.fields.units

    def apply(self) -> TicketInfo:
        return self.services.queue.finish(self.actor, self.window_number, self.service.currentData(),
                                          self.fields.amount_text(), self.fields.unit_count())


class TransferDialog(_ServiceDialog):
    def __init__(self, services: Services, actor: Actor, window: int, ticket: TicketInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Transfer {code}").format(code=ticket.code))
        self.window_number = window
        others = [s for s in services.queue.services() if s.code != ticket.service_code]
        self.service = _service_combo(others, None)
        note = QLabel(self.tr("The customer keeps the original arrival time in the new queue."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Transfer to"), self.service)
        self.form.addRow(note)

    def apply(self) -> TicketInfo:
        return self.services.queue.transfer(self.actor, self.window_number, self.service.currentData())


class PauseDialog(_ServiceDialog):
    def __init__(self, services: Services, actor: Actor, window: int, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Pause window {number}").format(number=window))
        self.window_number = window
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", self.tr("Cash handover"), self.tr("Lunch break"), self.tr("Equipment fault"),
                              self.tr("Meeting a customer outside the counter")])
        self.form.addRow(self.tr("Reason"), self.reason)

    def apply(self) -> None:
        self.services.queue.pause_window(self.actor, self.window_number, self.reason.currentText())


class VoidDialog(_ServiceDialog):
    """Cancel a ticket the customer never received (its print failed); it is kept, not counted."""

    def __init__(self, services: Services, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Cancel ticket {code}").format(code=code))
        self.code = code
        self.reason = QLineEdit(self.tr("Printing failed; the customer did not get the ticket"))
        self.form.addRow(self.tr("Reason"), self.reason)

    def apply(self) -> TicketInfo:
        return self.services.queue.void(self.actor, self.code, self.reason.text())


class BackEntryDialog(_ServiceDialog):
    """A customer served on paper during a power cut, entered afterwards (kept out of the timings)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Back-entry of paper tickets"))
        settings = services.branch.settings()
        self.zone = settings.zone if settings else dt.timezone.utc
        all_services = services.queue.services()
        self.service = _service_combo(all_services, None)
        now = services.clock.now().astimezone(self.zone)
        self.written_at = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        self.written_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.written_at.setCalendarPopup(True)
        self.priority = QCheckBox(self.tr("Priority (elderly, disabled, sick, pregnant)"))
        note = QLabel(self.tr("Enter the time written on the paper ticket. "
                              "Back-entered tickets are kept out of the timing statistics."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("Business"), self.service)
        self.form.addRow(self.tr("Time on paper"), self.written_at)
        self.form.addRow("", self.priority)
        self.fields = _AmountFields(self, self.form, all_services, self.service)
        self.amount, self.units = self.fields.amount, self.fields.units

    def apply(self) -> TicketInfo:
        written = self.written_at.dateTime().toPython()
        assert isinstance(written, dt.datetime), "QDateTime.toPython gives a datetime"  # its stub says object
        local = written.replace(second=0, microsecond=0, tzinfo=self.zone)
        return self.services.queue.back_enter(self.actor, self.service.currentData(), local,
                                              self.priority.isChecked(), self.fields.amount_text(),
                                              self.fields.unit_count())


class PrinterDialog(QDialog):
    """Where this PC prints tickets: a receipt printer (ESC/POS) or the system printer."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Ticket printer"))
        self.setMinimumWidth(560)
        target, system = printer_settings(services)
        self.escpos = QRadioButton(self.tr("Receipt printer (ESC/POS)"))
        self.system = QRadioButton(self.tr("System printer (PDF)"))
        group = QButtonGroup(self)
        group.addButton(self.escpos)
        group.addButton(self.system)
        self.target = QLineEdit(target)
        self.target.setPlaceholderText(self.tr("192.168.1.50:9100 or /dev/usb/lp0 or COM3"))
        self.printer_name = QLineEdit(system)
        self.printer_name.setPlaceholderText(self.tr("empty: the default printer"))
        (self.escpos if target else self.system).setChecked(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        form = QFormLayout()
        form.addRow(self.escpos)
        form.addRow(self.tr("Address or device"), self.target)
        form.addRow(self.system)
        form.addRow(self.tr("Printer name"), self.printer_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.escpos.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.target.setEnabled(self.escpos.isChecked())
        self.printer_name.setEnabled(not self.escpos.isChecked())

    def save(self) -> bool:
        target = self.target.text().strip()
        if self.escpos.isChecked() and not target:
            self.error.setText(self.tr("Enter the receipt printer's address (host:port) or device."))
            return False
        self.services.local.set(ESCPOS_KEY, target if self.escpos.isChecked() else "")
        self.services.local.set(SYSTEM_PRINTER_KEY, self.printer_name.text().strip())
        self.accept()
        return True

