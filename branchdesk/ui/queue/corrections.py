"""The duty manager corrects an amount recorded at finish (a typo at the window).

The correction is a new ticket event, never an edit of what was recorded; the service checks the role
again and audits it. The dialog writes on the database lane like the queue's other dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from branchdesk.services import Services
from branchdesk.services.queue.norms import yuan_text
from branchdesk.services.queue.service import TicketInfo
from branchdesk.services.roles import Actor
from branchdesk.ui.queue.dialogs import _BusinessDialog


class AmountCorrectionDialog(_BusinessDialog):
    """Today's finished ticket, its right amount and why; prefilled with the last one finished here."""

    def __init__(self, services: Services, actor: Actor, last: TicketInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, "", parent)
        self.setWindowTitle(self.tr("Correct an amount"))
        note = QLabel(self.tr("The amount recorded stays in the ticket's history; the correction is added "
                              "to it and the figures use it."))
        note.setWordWrap(True)
        self.code = QLineEdit(last.code if last else "")
        self.code.setPlaceholderText(self.tr("e.g. B012"))
        self.recorded = QLabel()
        if last is not None and last.amount_fen is not None:
            self.recorded.setText(self.tr("Recorded: ¥{amount}").format(amount=yuan_text(last.amount_fen)))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 12000 or 12,000.50"))
        self.reason = QLineEdit()
        self.form.addRow(note)
        self.form.addRow(self.tr("Ticket number"), self.code)
        self.form.addRow("", self.recorded)
        self.form.addRow(self.tr("Right amount (yuan)"), self.amount)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())  # a refusal never squeezes the form
        self._enable()

    def write(self) -> Callable[[], TicketInfo]:
        queue, actor = self.services.queue, self.actor
        code, amount, reason = self.code.text().strip(), self.amount.text(), self.reason.text()
        return lambda: queue.correct_amount(actor, code, amount, reason)
