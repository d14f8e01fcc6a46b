"""The queue's small dialogs: finish, transfer, pause, back-entry, cancel a ticket, printer.

Each dialog reads what it offers (the businesses, the branch's time zone, the
printer) and writes on the database lane of the operations layer, never on the
GUI thread: OK waits while the form is read and while the write runs (a double
press writes once), a UserError shows inline, so bad input (an amount that is
not a number, a missing reason) never closes the dialog and never changes
anything; it is accepted only once the service has committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.queue.norms import Norm
from branchdesk.services.queue.service import BackEntryLimits, TicketInfo
from branchdesk.services.queue.setup import BusinessInfo
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import current_language
from branchdesk.ui.lane_dialog import LaneDialog


def business_name(business: BusinessInfo | TicketInfo) -> str:
    if isinstance(business, BusinessInfo):
        return business.name_en if current_language() == "en" else business.name_zh
    return business.business_en if current_language() == "en" else business.business_zh


class _BusinessDialog(LaneDialog):
    """A form, an inline error line and OK/Cancel; subclasses implement `write`."""

    def __init__(self, services: Services, actor: Actor, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.result_info: TicketInfo | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def applied(self) -> TicketInfo:
        """The ticket the write returned: for `accepted`, which only a successful write emits (not PauseDialog)."""
        assert self.result_info is not None, "accepted only after the write succeeded"
        return self.result_info

    def _saved(self, result: Any) -> None:
        self.result_info = result
        self.accept()


def _fill_businesses(combo: QComboBox, businesses: list[BusinessInfo], current: str | None) -> None:
    combo.clear()
    for business in businesses:
        combo.addItem(f"{business.prefix}  {business_name(business)}", business.code)
    if current:
        combo.setCurrentIndex(max(combo.findData(current), 0))


AMOUNT_PLACEHOLDER = QT_TRANSLATE_NOOP("AmountFields", "e.g. 12000 or 12,000.50")
AMOUNT_LABEL = QT_TRANSLATE_NOOP("AmountFields", "Amount (yuan)")
TITLES_LABEL = QT_TRANSLATE_NOOP("AmountFields", "Number of titles")
ITEMS_LABEL = QT_TRANSLATE_NOOP("AmountFields", "Number of items")


def _tr(source: object) -> str:
    """`source`: a QT_TRANSLATE_NOOP constant (a str, typed object by PySide6's stubs)."""
    return QCoreApplication.translate("AmountFields", str(source))


class _AmountFields:
    """Amount in yuan (savings, remittance) and items/titles (mail, periodicals), shown as the business needs."""

    def __init__(self, dialog: QDialog, form: QFormLayout, combo: QComboBox) -> None:
        self.by_code: dict[str, BusinessInfo] = {}  # filled once the businesses are read (`offer`)
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

    def offer(self, businesses: list[BusinessInfo], current: str | None) -> None:
        self.by_code = {s.code: s for s in businesses}
        _fill_businesses(self.combo, businesses, current)
        self.sync()

    def business(self) -> BusinessInfo | None:
        return self.by_code.get(self.combo.currentData())

    def sync(self) -> None:
        business = self.business()
        norm = business.norm if business else Norm(0)
        takes_amount = bool(norm.per_10k_minutes)
        self.amount.setVisible(takes_amount)
        self.amount_label.setVisible(takes_amount)
        self.units.setVisible(bool(norm.unit))
        self.units_label.setVisible(bool(norm.unit))
        self.units_label.setText(_tr(TITLES_LABEL) if norm.unit == "title" else _tr(ITEMS_LABEL))

    def amount_text(self) -> str | None:
        return self.amount.text() if self.amount.isVisibleTo(self.dialog) and self.amount.text().strip() else None

    def unit_count(self) -> int | None:
        business = self.business()
        return self.units.value() if business and business.norm.unit else None


class FinishDialog(_BusinessDialog):
    """What was done for the customer: the norm of that transaction is computed from it."""

    def __init__(self, services: Services, actor: Actor, window: int, ticket: TicketInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Finish {code}").format(code=ticket.code))
        self.window_number = window
        self.business = QComboBox()
        self.form.addRow(self.tr("Business done"), self.business)
        self.fields = _AmountFields(self, self.form, self.business)
        self.amount, self.units = self.fields.amount, self.fields.units
        self.load(services.queue.businesses, lambda read: self.fields.offer(read, ticket.business_code))

    def write(self) -> Callable[[], TicketInfo]:
        queue, actor, number = self.services.queue, self.actor, self.window_number
        code, amount, units = self.business.currentData(), self.fields.amount_text(), self.fields.unit_count()
        return lambda: queue.finish(actor, number, code, amount, units)


class TransferDialog(_BusinessDialog):
    def __init__(self, services: Services, actor: Actor, window: int, ticket: TicketInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Transfer {code}").format(code=ticket.code))
        self.window_number = window
        self.business = QComboBox()
        note = QLabel(self.tr("The customer keeps the original arrival time in the new queue."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Transfer to"), self.business)
        self.form.addRow(note)
        self.load(services.queue.businesses, lambda read: _fill_businesses(
            self.business, [s for s in read if s.code != ticket.business_code], None))

    def write(self) -> Callable[[], TicketInfo]:
        queue, actor, number, code = self.services.queue, self.actor, self.window_number, self.business.currentData()
        return lambda: queue.transfer(actor, number, code)


class PauseDialog(_BusinessDialog):
    def __init__(self, services: Services, actor: Actor, window: int, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Pause window {number}").format(number=window))
        self.window_number = window
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", self.tr("Cash handover"), self.tr("Lunch break"), self.tr("Equipment fault"),
                              self.tr("Meeting a customer outside the counter")])
        self.form.addRow(self.tr("Reason"), self.reason)
        self._enable()

    def write(self) -> Callable[[], None]:
        queue, actor, number, reason = self.services.queue, self.actor, self.window_number, self.reason.currentText()
        return lambda: queue.pause_window(actor, number, reason)


class VoidDialog(_BusinessDialog):
    """Cancel a ticket the customer never received (its print failed); it is kept, not counted."""

    def __init__(self, services: Services, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Cancel ticket {code}").format(code=code))
        self.code = code
        self.reason = QLineEdit(self.tr("Printing failed; the customer did not get the ticket"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self._enable()

    def write(self) -> Callable[[], TicketInfo]:
        queue, actor, code, reason = self.services.queue, self.actor, self.code, self.reason.text()
        return lambda: queue.void(actor, code, reason)


class BackEntryDialog(_BusinessDialog):
    """A customer served on paper during a power cut, entered afterwards (kept out of the timings)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Back-entry of paper tickets"))
        self.zone: dt.tzinfo = dt.timezone.utc  # the branch's, once read
        self.business = QComboBox()
        self.written_at = QDateTimeEdit()
        self.written_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.written_at.setCalendarPopup(True)
        self.priority = QCheckBox(self.tr("Priority (elderly, disabled, sick, pregnant)"))
        note = QLabel(self.tr("Enter the time written on the paper ticket. "
                              "Back-entered tickets are kept out of the timing statistics."))
        note.setWordWrap(True)
        # What the duty manager's rules allow (queue settings), once read: said before anything is typed.
        self.allowed = QLabel()
        self.allowed.setWordWrap(True)
        self.allowed.setStyleSheet("font-weight: bold;")
        # Above the form, not rows of it: a form row of wrapped text is given one line's height and cut off.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout), "_BusinessDialog lays out form, error line and buttons"
        layout.insertWidget(0, note)
        layout.insertWidget(1, self.allowed)
        # Room for a refusal of two lines (out of hours, too old) without squeezing the form.
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())
        self.form.addRow(self.tr("Business"), self.business)
        self.form.addRow(self.tr("Time on paper"), self.written_at)
        self.form.addRow("", self.priority)
        self.fields = _AmountFields(self, self.form, self.business)
        self.amount, self.units = self.fields.amount, self.fields.units
        branch, queue, clock = services.branch, services.queue, services.clock

        def read() -> tuple[dt.tzinfo, list[BusinessInfo], dt.datetime, BackEntryLimits | None]:
            settings = branch.settings()
            limits = queue.back_entry_limits() if settings else None
            return settings.zone if settings else dt.timezone.utc, queue.businesses(), clock.now(), limits
        self.load(read, self._show)

    def _show(self, read: tuple[dt.tzinfo, list[BusinessInfo], dt.datetime, BackEntryLimits | None]) -> None:
        self.zone, offered, now_utc, limits = read
        now = now_utc.astimezone(self.zone)
        now_qt = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        if limits is not None:
            first = limits.first_day
            self.written_at.setDateTimeRange(QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0)), now_qt)
            self.allowed.setText(self._allowed_text(limits))
            # The rule's text came after the dialog was sized: grow it once the layout has taken the text in.
            QTimer.singleShot(0, self, self._fit_height)
        self.written_at.setDateTime(now_qt)
        self.fields.offer(offered, None)

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None:
            width = max(self.width(), layout.sizeHint().width())
            self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

    def _allowed_text(self, limits: BackEntryLimits) -> str:
        if limits.first_day == limits.last_day:
            days = self.tr("Allowed: today only")
        else:
            days = self.tr("Allowed: from {first} to today").format(first=f"{limits.first_day:%Y-%m-%d}")
        if not limits.in_hours:
            return days + self.tr(", at any time.")
        spans = {hours for hours in limits.hours.values()}
        if len(spans) == 1 and None not in spans:
            (only,) = spans
            assert only is not None
            return days + self.tr(", within opening hours {opens}–{closes}.").format(
                opens=f"{only[0]:%H:%M}", closes=f"{only[1]:%H:%M}")
        each = self.tr("; ").join(f"{day:%m-%d} " + (f"{hours[0]:%H:%M}–{hours[1]:%H:%M}" if hours else self.tr("closed"))
                         for day, hours in sorted(limits.hours.items()))
        return days + self.tr(", within opening hours ({hours}).").format(hours=each)

    def write(self) -> Callable[[], TicketInfo]:
        written = self.written_at.dateTime().toPython()
        assert isinstance(written, dt.datetime), "QDateTime.toPython gives a datetime"  # its stub says object
        local = written.replace(second=0, microsecond=0, tzinfo=self.zone)
        queue, actor, code, priority = self.services.queue, self.actor, self.business.currentData(), \
            self.priority.isChecked()
        amount, units = self.fields.amount_text(), self.fields.unit_count()
        return lambda: queue.back_enter(actor, code, local, priority, amount, units)
