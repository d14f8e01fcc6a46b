"""The queue at work: issuing tickets and what happens at each window.

Every step is one transaction that updates the ticket (its current state) and
appends a ticket_event (the record), so a killed process loses no issued ticket
and the county office can replay the day.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue.norms import parse_yuan
from branchdesk.services.queue.setup import (
    ServiceInfo, WindowInfo, install_defaults, list_services, list_windows, norm_of,
)
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import QueueServiceType, QueueWindow, Ticket, TicketEvent, WindowEvent, WindowService

WAITING, CALLED, SERVING, HELD, DONE, NO_SHOW, VOID = "waiting", "called", "serving", "held", "done", "no_show", "void"
OPEN, PAUSED, CLOSED = "open", "paused", "closed"
EVENT_ORDER = TicketEvent.seq  # appended, so the order written is the true order
PRINTED_CHANNELS = ("clerk", "kiosk")  # tickets that are printed when issued (a back-entry is not)
PRINT_GRACE = dt.timedelta(minutes=2)  # a print not recorded by then is reported as a problem


# What the QR code on a ticket holds: "Q" + business date + code, letters and digits only, so a
# keyboard-wedge scanner types it the same under any keyboard layout. The date stops last week's
# ticket from calling today's number.
SCAN_CODE = re.compile(r"^Q(\d{8})([A-Z]{1,2}\d{3,})$")


TYPED_CODE = re.compile(r"^([A-Z]{1,2})(\d{1,3})$")


def scan_code(business_date: dt.date, code: str) -> str:
    return f"Q{business_date:%Y%m%d}{code}"


@dataclass(frozen=True)
class TicketInfo:
    id: str
    code: str
    service_code: str
    service_zh: str
    service_en: str
    priority: bool
    status: str
    issued_at: dt.datetime
    business_date: dt.date
    window_number: int | None
    ahead: int
    estimated_wait_minutes: int
    norm_minutes: float | None = None
    overrun: bool | None = None
    served_minutes: float | None = None
    recalls: int = 0  # times the number was called again (a no-show needs at least one)
    print_status: str = "none"  # none (not yet, or never recorded), printed, failed

    @property
    def scan_code(self) -> str:
        """Printed as the ticket's QR code; the window's number field accepts it."""
        return scan_code(self.business_date, self.code)


class QueueService:
    def __init__(self, db: Database, clock: Clock, branch: BranchService,
                 policy: call_policy.Policy | None = None) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        self.policy = policy or call_policy.Policy()

    # --- settings --------------------------------------------------------------
    def ensure_defaults(self) -> None:
        with self.db.transaction() as s:
            install_defaults(s)

    def services(self) -> list[ServiceInfo]:
        with self.db.reading() as s:
            return list_services(s)

    def windows(self) -> list[WindowInfo]:
        with self.db.reading() as s:
            return list_windows(s)

    # --- the kiosk -----------------------------------------------------------------
    def kiosk_opened(self, actor: Actor) -> None:
        """A duty manager or above puts the customers' kiosk on screen; audited."""
        self._kiosk_audit(actor, "queue.kiosk_opened")

    def kiosk_closed(self, actor: Actor) -> None:
        """Closing it needs the same role (customers stand at it); audited."""
        self._kiosk_audit(actor, "queue.kiosk_closed")

    def _kiosk_audit(self, actor: Actor, action: str) -> None:
        actor.require(Permission.RUN_KIOSK)
        with self.db.transaction() as s:
            audit.append(s, self.clock.now(), action, actor.staff_id)

    # --- issuing -----------------------------------------------------------------
    def issue(self, service_code: str, priority: bool = False, channel: str = "clerk",
              actor: Actor | None = None) -> TicketInfo:
        now = self.clock.now()
        today = self.branch.today()
        with self.db.transaction() as s:
            service = _service(s, service_code)
            number, seq = _next_numbers(s, service, today)
            ticket = Ticket(
                business_date=today, issue_seq=seq, prefix=service.prefix, number=number,
                code=f"{service.prefix}{number:03d}", service_id=service.id, original_service_id=service.id,
                priority=priority, channel=channel, issued_by=actor.staff_id if actor else None, issued_at=now,
                status=WAITING, recalls=0, back_entered=False, print_status="none",
            )
            s.add(ticket)
            s.flush()
            _event(s, ticket, "issued", now, None, actor, channel=channel, priority=priority)
            return self._info(s, ticket)

    def back_enter(self, actor: Actor, service_code: str, issued_at: dt.datetime, priority: bool = False,
                   amount: str | None = None, units: int | None = None) -> TicketInfo:
        """A customer served on paper (power cut): recorded as served, kept out of the timing figures."""
        if issued_at.tzinfo is None:
            raise ValueError("back_enter needs an aware time")
        now = self.clock.now()
        if issued_at > now:
            raise UserError("queue.back_entry_future", tr_noop("A back-entered ticket cannot be in the future."))
        day = issued_at.astimezone(self.branch.require_settings().zone).date()
        with self.db.transaction() as s:
            service = _service(s, service_code)
            amount_fen = parse_yuan(amount) if amount not in (None, "") else None
            number, seq = _next_numbers(s, service, day)
            ticket = Ticket(
                business_date=day, issue_seq=seq, prefix=service.prefix, number=number,
                code=f"{service.prefix}{number:03d}", service_id=service.id, original_service_id=service.id,
                priority=priority, channel="back_entry", issued_by=actor.staff_id, issued_at=issued_at,
                status=DONE, served_by=actor.staff_id, recalls=0, back_entered=True, print_status="none",
                amount_fen=amount_fen, units=units,
                norm_minutes=norm_of(service).minutes(amount_fen or 0, units or 1),
            )
            s.add(ticket)
            s.flush()
            _event(s, ticket, "back_entered", now, None, actor, written_at=issued_at.isoformat())
            return self._info(s, ticket)

    def record_print(self, ticket_id: str, ok: bool, reason: str | None = None) -> TicketInfo:
        """After each print attempt: a failed print stays flagged until reprinted or voided."""
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                raise UserError("queue.unknown_ticket", tr_noop("There is no ticket {code} today."), code=ticket_id)
            ticket.print_status = "printed" if ok else "failed"
            _event(s, ticket, "printed" if ok else "print_failed", now, None, None, reason=reason)
            return self._info(s, ticket)

    def print_failures(self) -> list[TicketInfo]:
        """Today's waiting tickets whose last print failed, or whose print was never recorded within
        PRINT_GRACE of issuing (the program stopped, or could not save the outcome): the staff reprint
        or cancel them, so no customer is counted who never got a ticket."""
        today = self.branch.today()
        unrecorded_before = self.clock.now() - PRINT_GRACE
        with self.db.reading() as s:
            rows = s.scalars(select(Ticket).where(
                Ticket.business_date == today, Ticket.status == WAITING, Ticket.channel.in_(PRINTED_CHANNELS),
                or_(Ticket.print_status == "failed",
                    and_(Ticket.print_status == "none", Ticket.issued_at <= unrecorded_before)),
            ).order_by(Ticket.issue_seq))
            return [self._info(s, t) for t in rows]

    def void(self, actor: Actor, code: str, reason: str) -> TicketInfo:
        """Take a waiting ticket out (its print failed and the customer never got it); never deleted."""
        if not reason.strip():
            raise UserError("queue.void_reason", tr_noop("Say why the ticket is cancelled."))
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = _ticket_by_code(s, code, self.branch.today())
            if ticket.status not in (WAITING, HELD):
                raise UserError("queue.not_waiting", tr_noop("Ticket {code} is not waiting."), code=ticket.code)
            ticket.status = VOID
            _event(s, ticket, "voided", now, None, actor, reason=reason.strip())
            return self._info(s, ticket)

    def ticket(self, code: str, day: dt.date | None = None) -> TicketInfo:
        with self.db.reading() as s:
            return self._info(s, _ticket_by_code(s, code, day or self.branch.today()))

    def waiting(self, service_code: str | None = None) -> list[TicketInfo]:
        today = self.branch.today()
        with self.db.reading() as s:
            query = select(Ticket).where(Ticket.business_date == today, Ticket.status == WAITING)
            if service_code:
                query = query.where(Ticket.service_id == _service(s, service_code).id)
            return [self._info(s, t) for t in s.scalars(query.order_by(Ticket.issue_seq))]

    def held(self) -> list[TicketInfo]:
        """Today's tickets on hold (a form to fill, a document to fetch), oldest first; called back by number."""
        today = self.branch.today()
        with self.db.reading() as s:
            rows = s.scalars(select(Ticket).where(Ticket.business_date == today, Ticket.status == HELD)
                             .order_by(Ticket.issue_seq))
            return [self._info(s, t) for t in rows]

    # --- windows -----------------------------------------------------------------
    def open_window(self, actor: Actor, number: int) -> None:
        self._window_state(actor, number, OPEN, "open", None)

    def pause_window(self, actor: Actor, number: int, reason: str) -> None:
        if not reason.strip():
            raise UserError("queue.pause_reason", tr_noop("Say why the window is paused."))
        with self.db.reading() as s:
            if _current(s, _window(s, number)) is not None:
                raise UserError("queue.finish_first",
                                tr_noop("Finish, hold or transfer the customer at the window first."))
        self._window_state(actor, number, PAUSED, "pause", reason.strip())

    def resume_window(self, actor: Actor, number: int) -> None:
        self._window_state(actor, number, OPEN, "resume", None)

    def close_window(self, actor: Actor, number: int) -> None:
        self._window_state(actor, number, CLOSED, "close", None)

    def _window_state(self, actor: Actor, number: int, state: str, kind: str, reason: str | None) -> None:
        now = self.clock.now()
        with self.db.transaction() as s:
            window = _window(s, number)
            window.state, window.pause_reason = state, reason
            window.staff_id = actor.staff_id if state != CLOSED else None
            s.add(WindowEvent(window_id=window.id, kind=kind, at=now, staff_id=actor.staff_id, reason=reason))

    # --- at the window -----------------------------------------------------------------
    def call_next(self, actor: Actor, number: int) -> TicketInfo | None:
        now = self.clock.now()
        today = self.branch.today()
        with self.db.transaction() as s:
            window = _open_window(s, number)
            _require_free(s, window)
            served = select(WindowService.service_id).where(WindowService.window_id == window.id)
            # Plain columns, not ORM objects: a market-day morning has a hundred waiting, one is called.
            waiting = [call_policy.Waiting(*row) for row in s.execute(
                select(Ticket.id, Ticket.issue_seq, Ticket.issued_at, Ticket.priority).where(
                    Ticket.business_date == today, Ticket.status == WAITING, Ticket.service_id.in_(served)))]
            # Only interleaving looks back at the window's earlier calls; spare the others that query.
            history = (_history(s, window, today) if self.policy.kind == call_policy.INTERLEAVE
                       else call_policy.CallHistory())
            chosen = call_policy.choose(waiting, self.policy, history, now)
            if chosen is None:
                return None
            ticket = s.get(Ticket, chosen.ticket_id)
            assert ticket is not None, "chosen from this transaction's own read"
            return self._call(s, ticket, window, actor, now)

    def call_ticket(self, actor: Actor, number: int, code: str) -> TicketInfo:
        now = self.clock.now()
        with self.db.transaction() as s:
            window = _open_window(s, number)
            _require_free(s, window)
            ticket = _ticket_by_code(s, code, self.branch.today())
            if ticket.status not in (WAITING, HELD):
                raise UserError("queue.not_waiting", tr_noop("Ticket {code} is not waiting."), code=ticket.code)
            return self._call(s, ticket, window, actor, now)

    def recall(self, actor: Actor, number: int) -> TicketInfo:
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = _called(s, _window(s, number))
            ticket.recalls += 1
            _event(s, ticket, "recalled", now, ticket.window_id, actor, recalls=ticket.recalls)
            return self._info(s, ticket)

    def no_show(self, actor: Actor, number: int) -> TicketInfo:
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = _called(s, _window(s, number))
            if ticket.recalls < 1:
                raise UserError("queue.recall_first", tr_noop("Recall the number at least once before a no-show."))
            ticket.status = NO_SHOW
            _event(s, ticket, "no_show", now, ticket.window_id, actor)
            return self._info(s, ticket)

    def start(self, actor: Actor, number: int) -> TicketInfo:
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = _called(s, _window(s, number))
            ticket.status, ticket.started_at, ticket.served_by = SERVING, now, actor.staff_id
            _event(s, ticket, "started", now, ticket.window_id, actor)
            return self._info(s, ticket)

    def finish(self, actor: Actor, number: int, service_code: str | None = None, amount: str | None = None,
               units: int | None = None) -> TicketInfo:
        """Record what was done; the norm for it is computed and an overrun flagged."""
        now = self.clock.now()
        with self.db.transaction() as s:
            window = _window(s, number)
            ticket = _current(s, window)
            if ticket is None or ticket.status != SERVING:
                raise UserError("queue.not_serving", tr_noop("No customer is being served at window {number}."),
                                number=number)
            service = _service(s, service_code) if service_code else s.get(QueueServiceType, ticket.service_id)
            assert service is not None, "ticket.service_id is a foreign key"
            assert ticket.started_at is not None, "start() stamps a ticket being served"
            norm = norm_of(service)
            amount_fen = parse_yuan(amount) if amount not in (None, "") else None
            if norm.per_10k_minutes and amount_fen is None:
                raise UserError("queue.amount_needed", tr_noop("Enter the amount in yuan for {service}."),
                                service=service.name_zh)
            norm_minutes = norm.minutes(amount_fen or 0, units or 1)
            served = max((now - ticket.started_at).total_seconds() / 60, 0.0)
            ticket.status, ticket.finished_at, ticket.service_id = DONE, now, service.id
            ticket.amount_fen, ticket.units, ticket.norm_minutes = amount_fen, units, norm_minutes
            ticket.overrun = served > norm_minutes
            _event(s, ticket, "finished", now, window.id, actor, service=service.code, amount_fen=amount_fen,
                   units=units, norm_minutes=norm_minutes, served_minutes=round(served, 2))
            return self._info(s, ticket)

    def transfer(self, actor: Actor, number: int, to_service: str) -> TicketInfo:
        """Back into the queue for another service, keeping the original arrival."""
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = _current(s, _window(s, number))
            if ticket is None:
                raise UserError("queue.nobody", tr_noop("No customer at window {number}."), number=number)
            target = _service(s, to_service)
            if target.id == ticket.service_id:
                raise UserError("queue.same_service", tr_noop("The ticket is already for {service}."),
                                service=target.name_zh)
            _event(s, ticket, "transferred", now, ticket.window_id, actor, to=target.code)
            ticket.service_id, ticket.status, ticket.window_id = target.id, WAITING, None
            ticket.called_at = ticket.started_at = None
            ticket.recalls = 0
            return self._info(s, ticket)

    def hold(self, actor: Actor, number: int) -> TicketInfo:
        """The customer steps aside (a form to fill); call the ticket again by its number."""
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = _current(s, _window(s, number))
            if ticket is None:
                raise UserError("queue.nobody", tr_noop("No customer at window {number}."), number=number)
            ticket.status, ticket.window_id = HELD, None
            _event(s, ticket, "held", now, None, actor)
            return self._info(s, ticket)

    def current(self, number: int) -> TicketInfo | None:
        with self.db.reading() as s:
            ticket = _current(s, _window(s, number))
            return self._info(s, ticket) if ticket else None

    # --- helpers -----------------------------------------------------------------
    def _call(self, s: Session, ticket: Ticket, window: QueueWindow, actor: Actor, now: dt.datetime) -> TicketInfo:
        ticket.status, ticket.window_id, ticket.called_at = CALLED, window.id, now
        _event(s, ticket, "called", now, window.id, actor, window=window.number, priority=ticket.priority)
        return self._info(s, ticket)

    def _info(self, s: Session, ticket: Ticket) -> TicketInfo:
        service = s.get(QueueServiceType, ticket.service_id)
        assert service is not None, "ticket.service_id is a foreign key"
        window = s.get(QueueWindow, ticket.window_id) if ticket.window_id else None
        ahead = 0
        wait = 0
        if ticket.status == WAITING:
            ahead = s.scalar(select(func.count()).select_from(Ticket).where(
                Ticket.business_date == ticket.business_date, Ticket.status == WAITING,
                Ticket.service_id == ticket.service_id, Ticket.issue_seq < ticket.issue_seq)) or 0
            serving = s.scalar(select(func.count()).select_from(QueueWindow).join(
                WindowService, WindowService.window_id == QueueWindow.id).where(
                WindowService.service_id == ticket.service_id, QueueWindow.state == OPEN)) or 0
            wait = round(ahead * norm_of(service).base_minutes / max(serving, 1))
        served = None
        if ticket.started_at and ticket.finished_at:
            served = max((ticket.finished_at - ticket.started_at).total_seconds() / 60, 0.0)
        return TicketInfo(
            id=ticket.id, code=ticket.code, service_code=service.code, service_zh=service.name_zh,
            service_en=service.name_en, priority=ticket.priority, status=ticket.status, issued_at=ticket.issued_at,
            business_date=ticket.business_date, window_number=window.number if window else None, ahead=ahead,
            estimated_wait_minutes=wait, norm_minutes=ticket.norm_minutes, overrun=ticket.overrun,
            served_minutes=served, recalls=ticket.recalls, print_status=ticket.print_status,
        )


def _event(s: Session, ticket: Ticket, kind: str, at: dt.datetime, window_id: str | None,
           actor: Actor | None, **detail: object) -> None:
    s.add(TicketEvent(ticket_id=ticket.id, kind=kind, at=at, window_id=window_id,
                      staff_id=actor.staff_id if actor else None,
                      detail=json.dumps(detail, ensure_ascii=False, sort_keys=True)))


def _next_numbers(s: Session, service: QueueServiceType, day: dt.date) -> tuple[int, int]:
    """The service's next ticket number and the day's next issue sequence (under the write lock)."""
    number = (s.scalar(select(func.max(Ticket.number)).where(
        Ticket.business_date == day, Ticket.prefix == service.prefix)) or service.number_from - 1) + 1
    if number > service.number_to:
        raise UserError("queue.range_exhausted",
                        tr_noop("No more numbers for {service} today (the range ends at {last})."),
                        service=service.name_zh, last=service.number_to)
    seq = (s.scalar(select(func.max(Ticket.issue_seq)).where(Ticket.business_date == day)) or 0) + 1
    return number, seq


def _service(s: Session, code: str) -> QueueServiceType:
    service = s.scalar(select(QueueServiceType).where(QueueServiceType.code == code, QueueServiceType.active.is_(True)))
    if service is None:
        raise UserError("queue.unknown_service", tr_noop("Unknown service: {code}."), code=code)
    return service


def _window(s: Session, number: int) -> QueueWindow:
    window = s.scalar(select(QueueWindow).where(QueueWindow.number == number, QueueWindow.active.is_(True)))
    if window is None:
        raise UserError("queue.unknown_window", tr_noop("There is no window {number}."), number=number)
    return window


def _open_window(s: Session, number: int) -> QueueWindow:
    window = _window(s, number)
    if window.state != OPEN:
        raise UserError("queue.window_not_open", tr_noop("Window {number} is not open; open or resume it first."),
                        number=number)
    return window


def _current(s: Session, window: QueueWindow) -> Ticket | None:
    return s.scalar(select(Ticket).where(Ticket.window_id == window.id, Ticket.status.in_((CALLED, SERVING))))


def _require_free(s: Session, window: QueueWindow) -> None:
    if _current(s, window) is not None:
        raise UserError("queue.finish_first", tr_noop("Finish, hold or transfer the customer at the window first."))


def _called(s: Session, window: QueueWindow) -> Ticket:
    ticket = _current(s, window)
    if ticket is None or ticket.status != CALLED:
        raise UserError("queue.nobody_called", tr_noop("No number has been called at window {number}."),
                        number=window.number)
    return ticket


def _ticket_by_code(s: Session, code: str, day: dt.date) -> Ticket:
    """By the number typed ("a12" is A012) or scanned from the ticket's QR code."""
    code = code.strip().upper()
    scanned = SCAN_CODE.match(code)
    if scanned:
        try:
            printed_for = dt.datetime.strptime(scanned.group(1), "%Y%m%d").date()
        except ValueError:
            printed_for = None
        if printed_for != day:
            raise UserError("queue.ticket_other_day", tr_noop("Ticket {code} is from {date}, not today."),
                            code=scanned.group(2), date=printed_for.isoformat() if printed_for else "?")
        code = scanned.group(2)
    typed = TYPED_CODE.match(code)
    if typed:  # "A12" is A012, as the number is printed
        code = f"{typed.group(1)}{int(typed.group(2)):03d}"
    ticket = s.scalar(select(Ticket).where(Ticket.business_date == day, Ticket.code == code))
    if ticket is None:
        raise UserError("queue.unknown_ticket", tr_noop("There is no ticket {code} today."), code=code)
    return ticket


def _history(s: Session, window: QueueWindow, day: dt.date) -> call_policy.CallHistory:
    """Normal calls at this window since its last priority call today (for interleaving)."""
    recent = s.execute(
        select(Ticket.priority).join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
        .where(TicketEvent.window_id == window.id, TicketEvent.kind == "called", Ticket.business_date == day)
        .order_by(EVENT_ORDER.desc()).limit(50)
    ).scalars()
    count = 0
    for priority in recent:
        if priority:
            break
        count += 1
    return call_policy.CallHistory(count)
