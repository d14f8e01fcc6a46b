"""Printing queue tickets in the background, after the ticket is committed.

The ticket is built and sent on the IO lane (reportlab and a printer that does
not answer must never freeze the counter, nor hold up the database lane); the
outcome is recorded with services.queue.record_print on the database lane, so a
failed print is flagged and listed until it is reprinted or the ticket is cancelled.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from branchdesk.errors import UserError
from branchdesk.printing.escpos import send_raw, ticket_escpos
from branchdesk.printing.output import print_pdf
from branchdesk.printing.ticket import QueueTicket, ticket_pdf
from branchdesk.services import Services
from branchdesk.services.queue.estimate import NO_WINDOW, RANGE, RIGHT_AWAY, WaitEstimate
from branchdesk.services.queue.service import TicketInfo
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import IO, Op

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


def send_ticket(ticket: QueueTicket, escpos_target: str, system_printer: str) -> None:
    """Runs on the pool: raises UserError "print.failed" when the printer fails."""
    if escpos_target:
        send_raw(ticket_escpos(ticket), escpos_target)
    else:
        print_pdf(ticket_pdf(ticket), system_printer or None, title=f"{ticket.number} {ticket.business_zh}")


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
        self.sending = 0  # tickets on their way to the printer
        self.recording = False
        self.unrecorded: dict[str, tuple[bool, str]] = {}  # outcomes the database would not take yet
        self.fresh: dict[str, tuple[bool, str]] = {}  # outcomes not yet tried
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(self.RETRY_MS)
        self.retry_timer.timeout.connect(self.record_pending)

    def print_ticket(self, info: TicketInfo) -> None:
        self.sending += 1
        services = self.services

        def send() -> None:  # on the IO lane: the settings are two small reads, the rest is the printer
            target, system = printer_settings(services)
            send_ticket(queue_ticket(services, info), target, system)
        Op(self, send, IO).success(lambda _none: self._record(info.id, True, "")) \
            .failure(lambda exc: self._failed(info.id, exc), bugs_too=True).done(self._sent).run()

    def _sent(self) -> None:
        self.sending -= 1

    def _failed(self, ticket_id: str, exc: Exception) -> None:
        if isinstance(exc, UserError):
            reason = tr_error(exc)
        else:  # a bug in building the ticket: still a failed print the staff must see
            log.error("printing ticket %s failed", ticket_id, exc_info=exc)
            reason = str(exc) or type(exc).__name__
        self._record(ticket_id, False, reason)

    def _record(self, ticket_id: str, ok: bool, reason: str) -> None:
        self.fresh[ticket_id] = (ok, reason)
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
            for ticket_id, (ok, reason) in outcomes.items():
                try:
                    queue.record_print(ticket_id, ok, reason or None)
                except Exception:  # noqa: BLE001 (busy, closed or full: keep it and try again)
                    log.exception("could not record the print outcome of %s; will retry", ticket_id)
                    break
                saved.append(ticket_id)
            return saved
        Op(self, save).success(lambda saved: self._saved(saved, outcomes, fresh)).run()

    def _saved(self, saved: list[str], outcomes: dict[str, tuple[bool, str]], fresh: set[str]) -> None:
        self.recording = False
        for ticket_id, outcome in outcomes.items():
            if ticket_id in saved:
                self.unrecorded.pop(ticket_id, None)
                if ticket_id not in fresh:
                    self.recorded_late.emit(ticket_id)
            else:
                self.unrecorded[ticket_id] = outcome
        for ticket_id in fresh:  # the staff see how it went, saved or kept for later
            ok, reason = outcomes[ticket_id]
            self.printed.emit(ticket_id, ok, reason)
        if self.fresh:
            self.record_pending()  # outcomes that came in while saving
        elif self.unrecorded:
            self.retry_timer.start()
        else:
            self.retry_timer.stop()

    def busy(self) -> bool:
        return self.sending > 0 or self.recording or bool(self.fresh)
