"""Printing queue tickets in the background, after the ticket is committed.

The ticket is built and sent on the task pool (reportlab and a printer that does
not answer must never freeze the counter); the outcome is recorded with
services.queue.record_print back on the GUI thread, so a failed print is
flagged and listed until it is reprinted or the ticket is cancelled.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from branchdesk.errors import UserError
from branchdesk.printing.escpos import send_raw, ticket_escpos
from branchdesk.printing.output import print_pdf
from branchdesk.printing.ticket import QueueTicket, ticket_pdf
from branchdesk.services import Services
from branchdesk.services.queue.service import TicketInfo
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ESCPOS_KEY = "printer.escpos"  # "host:port" or a device path; empty: the system printer
SYSTEM_PRINTER_KEY = "printer.system"  # a printer name for lp/lpr; empty: the default one
# The QR holds the ticket's scan code: a held or missed number is called again by scanning it at the window.
QR_NOTE_ZH = "过号或暂挂时，凭此码在窗口重新叫号"
QR_NOTE_EN = "Missed your turn? The window scans this"


def printer_settings(services: Services) -> tuple[str, str]:
    """(ESC/POS target, system printer name) of this PC, each possibly empty."""
    return (services.local.get(ESCPOS_KEY, "") or "").strip(), (services.local.get(SYSTEM_PRINTER_KEY, "") or "").strip()


def queue_ticket(services: Services, info: TicketInfo) -> QueueTicket:
    settings = services.branch.settings()
    issued = info.issued_at.astimezone(settings.zone) if settings else info.issued_at
    return QueueTicket(
        branch_name=settings.name if settings else "",
        service_zh=info.service_zh, service_en=info.service_en, number=info.code, issued_at=issued,
        people_ahead=info.ahead, wait_minutes=info.estimated_wait_minutes, priority=info.priority,
        qr_payload=info.scan_code, qr_note_zh=QR_NOTE_ZH, qr_note_en=QR_NOTE_EN,
    )


def send_ticket(ticket: QueueTicket, escpos_target: str, system_printer: str) -> None:
    """Runs on the pool: raises UserError "print.failed" when the printer fails."""
    if escpos_target:
        send_raw(ticket_escpos(ticket), escpos_target)
    else:
        print_pdf(ticket_pdf(ticket), system_printer or None, title=f"{ticket.number} {ticket.service_zh}")


class TicketPrinter(QObject):
    """Prints tickets one call at a time; `printed(ticket_id, ok, reason)` after the outcome is recorded.

    An outcome the database would not take (busy past its timeout, disk full) is
    kept and recorded again every RETRY_MS, so a failed print is never forgotten.
    """

    printed = Signal(str, bool, str)
    recorded_late = Signal(str)  # an outcome kept back by a busy database is saved at last
    RETRY_MS = 5000

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = TaskRunner(self)
        self.unrecorded: dict[str, tuple[bool, str]] = {}
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(self.RETRY_MS)
        self.retry_timer.timeout.connect(self.record_pending)

    def print_ticket(self, info: TicketInfo) -> None:
        ticket = queue_ticket(self.services, info)
        target, system = printer_settings(self.services)
        self.tasks.run(lambda: send_ticket(ticket, target, system),
                       on_result=lambda _none: self._record(info.id, True, ""),
                       on_error=lambda exc: self._failed(info.id, exc))

    def _failed(self, ticket_id: str, exc: Exception) -> None:
        if isinstance(exc, UserError):
            reason = tr_error(exc)
        else:  # a bug in building the ticket: still a failed print the staff must see
            log.error("printing ticket %s failed", ticket_id, exc_info=exc)
            reason = str(exc) or type(exc).__name__
        self._record(ticket_id, False, reason)

    def _record(self, ticket_id: str, ok: bool, reason: str) -> None:
        self.unrecorded[ticket_id] = (ok, reason)
        self.record_pending(now=ticket_id)
        self.printed.emit(ticket_id, ok, reason)

    def record_pending(self, now: str | None = None) -> None:
        """Save every kept outcome; `now` is the one just printed (not a late one)."""
        for ticket_id, (ok, reason) in list(self.unrecorded.items()):
            try:
                self.services.queue.record_print(ticket_id, ok, reason or None)
            except Exception:  # busy, closed or full: keep it and try again
                log.exception("could not record the print outcome of %s; will retry", ticket_id)
                break
            del self.unrecorded[ticket_id]
            if ticket_id != now:
                self.recorded_late.emit(ticket_id)
        if self.unrecorded:
            self.retry_timer.start()
        else:
            self.retry_timer.stop()

    def busy(self) -> bool:
        return self.tasks.busy()
