"""Printing queue tickets in the background, after the ticket is committed.

The ticket is built and sent on the IO lane (reportlab and a printer that does
not answer must never freeze the counter, nor hold up the database lane); the
outcome is recorded with services.queue.record_print on the database lane, so a
failed print is flagged and listed until it is reprinted or the ticket is cancelled.
Its reason is recorded as a code (printing/faults.py) and translated where it is shown.
With no ticket printer the number is shown on screen only, recorded as "shown".
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


from branchdesk.errors import UserError
from branchdesk.printing.escpos import send_raw, ticket_escpos
from branchdesk.printing.faults import PrintFailed, PrintFault
from branchdesk.printing.output import print_pdf
from branchdesk.printing.ticket import QueueTicket, ticket_pdf
from branchdesk.services import Services
from branchdesk.services.queue.estimate import NO_WINDOW, RANGE, RIGHT_AWAY, WaitEstimate
from branchdesk.services.queue.printer import ESCPOS_KEY, RECEIPT, SYSTEM_PRINTER_KEY, PrinterSetup
from branchdesk.services.queue.service import TicketInfo
from branchdesk.ui.ops import IO, Op
from branchdesk.ui.queue.qt_print import USE_QT_PRINTING, print_pdf_qt

log = logging.getLogger(__name__)

__all__ = ["ESCPOS_KEY", "SYSTEM_PRINTER_KEY", "FAILED", "PRINTED", "SHOWN", "TicketPrinter"]
PRINTED, SHOWN, FAILED = "printed", "shown", "failed"  # what became of a ticket: `TicketPrinter.printed`
# The QR holds the ticket's scan code: a held or missed number is called again by scanning it at the window.
QR_NOTE_ZH = "过号或暂挂时，凭此码在窗口重新叫号"
QR_NOTE_EN = "Missed your turn? The window scans this"


def queue_ticket(services: Services, info: TicketInfo) -> QueueTicket:
    settings = services.branch.settings()
    issued = info.issued_at.astimezone(settings.zone) if settings else info.issued_at
    return QueueTicket(
        branch_name=settings.name if settings else "",
        business_zh=info.business_zh, business_en=info.business_en, number=info.code, issued_at=issued,
        priority=info.priority, qr_payload=info.scan_code, qr_note_zh=QR_NOTE_ZH, qr_note_en=QR_NOTE_EN,
        **said_wait(info.wait),
    )


def said_wait(wait: WaitEstimate | None) -> dict[str, Any]:
    """What the ticket says of the wait: as estimated when issued; a reprint later says nothing of it
    (the queue has moved on, and a stale figure would mislead)."""
    if wait is None:
        return dict(people_ahead=None)
    return dict(people_ahead=wait.ahead, wait_range=(wait.low, wait.high) if wait.state == RANGE else None,
                right_away=wait.state == RIGHT_AWAY, no_window=wait.state == NO_WINDOW)


def send_ticket(ticket: QueueTicket, setup: PrinterSetup) -> None:
    """Runs on the pool: raises PrintFailed with the reason when the printer fails."""
    title = f"{ticket.number} {ticket.business_zh}"
    if setup.mode == RECEIPT:
        send_raw(ticket_escpos(ticket), setup.escpos)
    elif USE_QT_PRINTING:  # Windows: a named printer through Qt, no PDF application needed
        print_pdf_qt(ticket_pdf(ticket), setup.system, title=title)
    else:
        print_pdf(ticket_pdf(ticket), setup.system or None, title=title)


def sample_ticket(services: Services) -> QueueTicket:
    """A ticket to try the printer with: it says it is a test and calls no one."""
    settings = services.branch.settings()
    now = services.clock.now()
    return QueueTicket(
        branch_name=settings.name if settings else "", business_zh="测试打印", business_en="Test print",
        number="A000", issued_at=now.astimezone(settings.zone) if settings else now, people_ahead=None,
        priority=False, qr_payload="", qr_note_zh="", qr_note_en="",
    )


def print_sample(services: Services, setup: PrinterSetup) -> None:
    """The printer dialog's test print, with the setup as entered (not yet saved); on the IO lane."""
    if setup.prints:
        send_ticket(sample_ticket(services), setup)


def fault_of(exc: Exception) -> PrintFault:
    if isinstance(exc, PrintFailed):
        return exc.fault
    if isinstance(exc, UserError):  # e.g. the ticket font is missing
        log.warning("printing failed: %s", exc)
        return PrintFault("print.failed")
    return PrintFault("print.bug")


Outcome = tuple[str, PrintFault | None]  # PRINTED, SHOWN or FAILED, and why it failed


class TicketPrinter(QObject):
    """Prints tickets one call at a time; `printed(ticket_id, outcome)` after the outcome (PRINTED, SHOWN on
    screen only with no ticket printer, or FAILED) is recorded.

    An outcome the database would not take (busy past its timeout, disk full) is
    kept and recorded again every RETRY_MS, so a failed print is never forgotten.
    """

    printed = Signal(str, str)
    recorded_late = Signal(str)  # an outcome kept back by a busy database is saved at last
    RETRY_MS = 5000

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.sending = 0  # tickets on their way to the printer
        self.recording = False
        self.unrecorded: dict[str, Outcome] = {}  # outcomes the database would not take yet
        self.fresh: dict[str, Outcome] = {}  # outcomes not yet tried
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(self.RETRY_MS)
        self.retry_timer.timeout.connect(self.record_pending)

    def print_ticket(self, info: TicketInfo) -> None:
        self.sending += 1
        services = self.services

        def send() -> bool:  # on the IO lane: the settings are small reads, the rest is the printer
            setup = services.printer.setup()
            if setup.prints:
                send_ticket(queue_ticket(services, info), setup)
            return setup.prints
        Op(self, send, IO).success(lambda printed: self._record(info.id, PRINTED if printed else SHOWN, None)) \
            .failure(lambda exc: self._failed(info.id, exc), bugs_too=True).done(self._sent).run()

    def _sent(self) -> None:
        self.sending -= 1

    def _failed(self, ticket_id: str, exc: Exception) -> None:
        if not isinstance(exc, UserError):  # a bug in building the ticket: still a failed print the staff must see
            log.error("printing ticket %s failed", ticket_id, exc_info=exc)
        self._record(ticket_id, FAILED, fault_of(exc))

    def _record(self, ticket_id: str, outcome: str, fault: PrintFault | None) -> None:
        self.fresh[ticket_id] = (outcome, fault)
        self.record_pending()

    def record_pending(self) -> None:
        """Save the new outcomes and every kept one, on the database lane."""
        if self.recording:  # the running save picks up the rest when it ends
            return
        outcomes = {**self.unrecorded, **self.fresh}
        fresh = set(self.fresh)
        self.fresh.clear()
        if not outcomes:
            self.retry_timer.stop()
            return
        self.recording = True
        queue = self.services.queue

        def save() -> list[str]:
            saved = []
            for ticket_id, (outcome, fault) in outcomes.items():
                try:
                    queue.record_print(ticket_id, outcome != FAILED, fault, shown=outcome == SHOWN)
                except Exception:  # noqa: BLE001 (busy, closed or full: keep it and try again)
                    log.exception("could not record the print outcome of %s; will retry", ticket_id)
                    break
                saved.append(ticket_id)
            return saved
        Op(self, save).success(lambda saved: self._saved(saved, outcomes, fresh)).run()

    def _saved(self, saved: list[str], outcomes: dict[str, Outcome], fresh: set[str]) -> None:
        self.recording = False
        for ticket_id, outcome in outcomes.items():
            if ticket_id in saved:
                self.unrecorded.pop(ticket_id, None)
                if ticket_id not in fresh:
                    self.recorded_late.emit(ticket_id)
            else:
                self.unrecorded[ticket_id] = outcome
        for ticket_id in fresh:  # the staff see how it went, saved or kept for later
            self.printed.emit(ticket_id, outcomes[ticket_id][0])
        if self.fresh:
            self.record_pending()  # outcomes that came in while saving
        elif self.unrecorded:
            self.retry_timer.start()
        else:
            self.retry_timer.stop()

    def busy(self) -> bool:
        return self.sending > 0 or self.recording or bool(self.fresh)
