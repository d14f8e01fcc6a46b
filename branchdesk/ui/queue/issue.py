"""Issuing tickets at the counter, and the strip of tickets whose print failed.

The ticket is committed first and printed afterwards in the background, so a
printer fault never loses a ticket: it is listed here until it is reprinted or
cancelled with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from branchdesk.errors import UserError
from branchdesk.printing.faults import PrintFault
from branchdesk.services import Services
from branchdesk.services.queue.service import TicketInfo
from branchdesk.services.queue.setup import BusinessInfo
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op
from branchdesk.ui.queue.dialogs import VoidDialog, business_name
from branchdesk.ui.queue.printing import FAILED, PRINTED, SHOWN, TicketPrinter
from branchdesk.ui.queue.wait_words import wait_words
from branchdesk.ui.tables import LATE_FOREGROUND, fill_row, make_table

BUSINESS_BUTTON_STYLE = "QPushButton { font-size: 16pt; font-weight: bold; min-height: 42px; }"
PRIORITY_STYLE = ("QPushButton { min-height: 44px; }"
                  " QPushButton:checked { background: #c62828; }")
PRIORITY_LABEL_STYLE = "font-size: 15pt;"
PRIORITY_LABEL_CHECKED = " color: white; font-weight: bold;"


def _wrap_text(button: QPushButton, text: str) -> QLabel:
    """Show `text` on `button` in a label that wraps (a QPushButton's own text never does), so a long
    sentence takes two lines in a narrow panel instead of widening the whole page."""
    label = QLabel(text, button)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    layout = QVBoxLayout(button)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(label)
    button.setAccessibleName(text)
    # Grow to the wrapped label's height (a push button is otherwise fixed at one line of text).
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def restyle(checked: bool) -> None:  # the label is drawn over the button, so it follows its state
        label.setStyleSheet(PRIORITY_LABEL_STYLE + (PRIORITY_LABEL_CHECKED if checked else ""))

    button.toggled.connect(restyle)
    restyle(button.isChecked())
    return label


class IssuePanel(QGroupBox):
    """One big button per business and a priority toggle; the ticket prints in the background."""

    issued = Signal(object)  # TicketInfo

    def __init__(self, services: Services, actor: Actor, printer: TicketPrinter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Issue a ticket"))
        self.services = services
        self.actor = actor
        self.printer = printer
        self.last: TicketInfo | None = None  # the ticket issued last
        self.issuing: Op | None = None
        self.buttons: dict[str, QPushButton] = {}  # one per business, once the queue page has read them (`offer`)
        self.offered: list[BusinessInfo] = []
        grid = self.grid = QGridLayout()
        self.priority = QPushButton()
        self.priority.setCheckable(True)
        self.priority.setStyleSheet(PRIORITY_STYLE)
        self.priority_label = _wrap_text(self.priority, self.tr("Priority ticket (elderly, disabled, sick, pregnant)"))
        self.priority.setToolTip(self.tr("Press it, then the customer's business: that one ticket is a priority ticket"))
        self.priority.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click leaves the focus in the scan field
        self.priority.toggled.connect(self._priority_armed)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 15pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.priority)
        layout.addLayout(grid)
        layout.addWidget(self.result)
        printer.printed.connect(self._printed)

    def offer(self, businesses: list[BusinessInfo]) -> None:
        """The businesses in use, as read: one button each (made again only when they changed)."""
        if businesses == self.offered:
            return
        self.offered = businesses
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for index, business in enumerate(businesses):
            button = QPushButton(f"{business.prefix}  {business_name(business)}")
            button.setStyleSheet(BUSINESS_BUTTON_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, code=business.code: self.issue(code))
            button.setEnabled(self.issuing is None)
            self.grid.addWidget(button, index // 2, index % 2)
            self.buttons[business.code] = button

    def _priority_armed(self, armed: bool) -> None:
        """Armed, the button waits for a business to be pressed: say so where the clerk looks next."""
        if armed:
            self._show_hint(self.tr("Priority is on: now press the customer's business to issue a priority "
                                    "ticket (press Priority again to cancel)"))
        elif self.result.property("hint"):
            self._show_hint("")

    def _show_hint(self, text: str) -> None:
        self.result.setProperty("role", "")
        self.result.setProperty("hint", bool(text))
        self.result.setText(text)
        self._repolish()

    def issue(self, business_code: str) -> Op | None:
        """Issue on the database lane, then print on the IO lane; the buttons wait while it is issued."""
        if self.issuing is not None:
            return None
        queue, actor, priority = self.services.queue, self.actor, self.priority.isChecked()
        self._waiting(True)
        self.issuing = Op(self, lambda: queue.issue(business_code, priority, "clerk", actor)) \
            .success(self._issued).failure(self._refused).done(self._settled).run()
        return self.issuing

    def _waiting(self, waiting: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not waiting)

    def _settled(self) -> None:
        self.issuing = None
        self._waiting(False)

    def _refused(self, err: UserError) -> None:
        self.result.setProperty("role", "error")
        self.result.setProperty("hint", False)
        self.result.setText(tr_error(err))
        self._repolish()

    def _issued(self, ticket: TicketInfo) -> None:
        self.priority.setChecked(False)
        self.last = ticket
        self._show(self.tr("printing…"))
        self.issued.emit(ticket)
        self.printer.print_ticket(ticket)

    def _printed(self, ticket_id: str, outcome: str) -> None:
        if self.last is not None and self.last.id == ticket_id:
            state = {PRINTED: self.tr("printed"), SHOWN: self.tr("no ticket printer: tell the customer the number"),
                     }.get(outcome, self.tr("PRINTING FAILED, see below"))
            self._show(state, error=outcome == FAILED)

    def _show(self, print_state: str, error: bool = False) -> None:
        ticket = self.last
        assert ticket is not None, "shown only once a ticket was issued"
        self.result.setProperty("role", "error" if error else "")
        self.result.setProperty("hint", False)
        self.result.setText(self.tr("{code} {service}: {wait} · {state}").format(
            code=ticket.code, service=business_name(ticket), wait=wait_words(ticket.wait), state=print_state))
        self._repolish()

    def _repolish(self) -> None:
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)


class PrintProblems(QGroupBox):
    """Today's waiting tickets whose print failed, with why (read from each ticket's print record, in the
    language shown now): reprint them, or cancel a ticket with a reason."""

    changed = Signal()
    ROWS_SHOWN = 5  # more scroll inside the table

    def __init__(self, services: Services, actor: Actor, printer: TicketPrinter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Print problems"))
        self.setStyleSheet("QGroupBox { color: #b00020; font-weight: bold; }")
        self.services = services
        self.actor = actor
        self.printer = printer
        self.faults: dict[str, PrintFault] = {}  # why each listed ticket's last print failed, as recorded
        self.failures: list[TicketInfo] = []
        self.table = make_table([self.tr("Number"), self.tr("Service"), self.tr("Why")])
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_reason)
        self.reason = QLabel()  # the selected row's reason in full: the cell is too narrow for it
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-weight: normal; color: #b00020;")
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.reprint_button.clicked.connect(lambda: self.reprint())
        self.reprint_all_button = QPushButton(self.tr("Reprint all"))
        self.reprint_all_button.clicked.connect(lambda: self.reprint_all())
        self.void_button = QPushButton(self.tr("Cancel ticket…"))
        self.void_button.clicked.connect(lambda: self.void())
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.reprint_all_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)  # the buttons right under the rows they act on, then the reason in full
        layout.addWidget(self.reason)
        printer.printed.connect(self._printed)
        printer.recorded_late.connect(self._recorded_late)
        self.setVisible(False)

    def _printed(self, _ticket_id: str, _outcome: str) -> None:
        self.refresh()

    def _recorded_late(self, _ticket_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Ask for the failures to be read again (the queue page reads them with the rest of the queue)."""
        self.changed.emit()

    def display(self, failures: list[TicketInfo]) -> None:
        """Show the failures read; their reasons follow from the database lane."""
        self.failures = failures
        self._fill()
        if failures:
            queue, ids = self.services.queue, [t.id for t in failures]
            Op(self, lambda: queue.print_faults(ids)).success(self._faults_read).run()
        if self.parentWidget() is not None:  # a parentless widget would pop up as its own window
            self.setVisible(bool(self.failures))

    def _faults_read(self, faults: dict[str, PrintFault]) -> None:
        self.faults = faults
        self._fill()

    def reason_text(self, ticket: TicketInfo) -> str:
        if ticket.print_status == "none":
            return self.tr("No print recorded: the program stopped or could not save it. Reprint or cancel.")
        fault = self.faults.get(ticket.id)
        return tr_error(fault.error()) if fault is not None else ""

    def _fill(self) -> None:
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.failures))
        for row, ticket in enumerate(self.failures):
            items = fill_row(self.table, row, [ticket.code, business_name(ticket), self.reason_text(ticket)],
                             foreground=LATE_FOREGROUND)
            items[2].setToolTip(items[2].text())
        rows = min(max(len(self.failures), 1), self.ROWS_SHOWN)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + frame
                                  + rows * self.table.verticalHeader().defaultSectionSize())
        if self.failures:
            self.table.selectRow(min(max(selected, 0), len(self.failures) - 1))
        self._show_reason()

    def _show_reason(self) -> None:
        ticket = self.selected()
        self.reason.setText(f"{ticket.code}: {self.reason_text(ticket)}" if ticket is not None else "")

    def selected(self) -> TicketInfo | None:
        row = self.table.currentRow()
        return self.failures[row] if 0 <= row < len(self.failures) else None

    def reprint(self) -> None:
        ticket = self.selected()
        if ticket is not None:
            self.printer.print_ticket(ticket)

    def reprint_all(self) -> None:
        for ticket in self.failures:
            self.printer.print_ticket(ticket)

    def void(self) -> VoidDialog | None:
        ticket = self.selected()
        if ticket is None:
            return None
        dialog = VoidDialog(self.services, self.actor, ticket.code, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
