"""The queue at work: issuing tickets and what happens at each window.

Every step is one transaction that updates the ticket (its current state) and
appends a ticket_event (the record), so a killed process loses no issued ticket
and the county office can replay the day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, and_, false, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.printing.faults import PrintFault
from branchdesk.services import audit
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.events import QUEUE, Publisher, publishes
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue import waits
from branchdesk.services.queue.estimate import WaitEstimate
from branchdesk.services.queue.norms import parse_yuan
from branchdesk.services.queue.rules import Rules
from branchdesk.services.queue.setup import (
    BusinessInfo, WindowInfo, install_defaults, list_businesses, list_windows, norm_of,
)
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import AuditEntry, Business, QueueWindow, Ticket, TicketEvent, WindowEvent, WindowBusiness

WAITING, CALLED, SERVING, HELD, DONE, NO_SHOW, VOID = "waiting", "called", "serving", "held", "done", "no_show", "void"
# Closed unserved because its business day ended (still waiting, held, called or being served then):
# an arrival, never counted as served; its ticket_event "day_ended" says why.
EXPIRED = "expired"
OPEN_STATUSES = (WAITING, HELD, CALLED, SERVING)
DAY_ENDED_REASON = "business_day_ended"  # 营业日结束未办理
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
    business_code: str
    business_zh: str
    business_en: str
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
    amount_fen: int | None = None  # recorded at finish (or corrected since)
    # What the printed ticket says, from the call policy and the open windows: set when issued only
    # (`ahead` and `estimated_wait_minutes` then agree with it; elsewhere they are a quick count).
    wait: WaitEstimate | None = None

    @property
    def scan_code(self) -> str:
        """Printed as the ticket's QR code; the window's number field accepts it."""
        return scan_code(self.business_date, self.code)


@dataclass(frozen=True)
class NoShow:
    """A no-show that may still be called back: when it was marked, and at which window."""

    code: str
    business_zh: str
    business_en: str
    at: dt.datetime
    window_number: int | None
    until: dt.datetime  # called back by its code until then


@dataclass(frozen=True)
class BackEntryLimits:
    """Which paper tickets may be back-entered now (the duty manager's rules, in words for the dialog)."""

    first_day: dt.date
    last_day: dt.date
    in_hours: bool
    hours: dict[dt.date, tuple[dt.time, dt.time] | None]  # each allowed day's opening hours (None: closed)


@dataclass(frozen=True)
class QueueOverview:
    """What the queue page shows, read in one go: a fixed number of queries however long the queue."""

    policy: call_policy.Policy
    businesses: list[BusinessInfo]
    windows: list[WindowInfo]
    window: WindowInfo | None  # the one asked about (this PC's window), if it exists
    current: TicketInfo | None  # the customer at that window
    waiting: list[TicketInfo]
    held: list[TicketInfo]
    print_failures: list[TicketInfo]
    zone: ZoneInfo
    no_shows: list[NoShow] = dataclasses.field(default_factory=list)  # today's, that may still come back


class QueueService(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService,
                 policy: call_policy.Policy | None = None) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        self.policy = policy or call_policy.Policy()
        self.rules = Rules()  # set from the queue settings, as the policy
        self.day_figures = waits.DayFigures()  # for the wait on each ticket issued
        self._days_ended_before: dt.date | None = None  # earlier days' open tickets are closed up to this day

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write transaction of the queue. The first of a new business day first closes every ticket
        still open from an earlier day (see end_earlier_days), so none waits for ever or blocks a window."""
        today = self.branch.today()
        with self.db.transaction() as s:
            if self._days_ended_before != today:
                _end_earlier_days(s, today, self.clock.now())
            yield s
        self._days_ended_before = today

    @publishes(QUEUE)
    def end_earlier_days(self) -> None:
        """At start-up: close the tickets left open by an earlier business day (营业日结束未办理)."""
        today = self.branch.today()
        with self.db.transaction() as s:
            _end_earlier_days(s, today, self.clock.now())
        self._days_ended_before = today

    # --- settings --------------------------------------------------------------
    @publishes(QUEUE)
    def ensure_defaults(self) -> None:
        with self.db.transaction() as s:
            install_defaults(s)

    def businesses(self) -> list[BusinessInfo]:
        with self.db.reading() as s:
            return list_businesses(s)

    def windows(self) -> list[WindowInfo]:
        with self.db.reading() as s:
            return list_windows(s)

    # --- the kiosk -----------------------------------------------------------------
    def kiosk_opened(self, actor: Actor) -> None:
        """A duty manager or above puts the customers' kiosk on screen; audited."""
        self._kiosk_audit(actor, "queue.kiosk_opened")

    def kiosk_closed(self, actor: Actor) -> None:
        """Closing it needs the same role (customers stand at it), or being the one who opened it last
        (whatever their role is now: on a one-screen PC the kiosk covers their own counter); audited."""
        self._kiosk_audit(actor, "queue.kiosk_closed", opener_may=True)

    def _kiosk_audit(self, actor: Actor, action: str, opener_may: bool = False) -> None:
        with self.db.transaction() as s:
            if not (opener_may and _last_kiosk_opener(s) == actor.staff_id):
                actor.require(Permission.RUN_KIOSK)
            audit.append(s, self.clock.now(), action, actor.staff_id)

    # --- issuing -----------------------------------------------------------------
    @publishes(QUEUE)
    def issue(self, business_code: str, priority: bool = False, channel: str = "clerk",
              actor: Actor | None = None) -> TicketInfo:
        now = self.clock.now()
        today = self.branch.today()
        with self._write() as s:
            business = _business(s, business_code)
            number, seq = _next_numbers(s, business, today)
            ticket = Ticket(
                business_date=today, issue_seq=seq, prefix=business.prefix, number=number,
                code=f"{business.prefix}{number:03d}", business_id=business.id, original_business_id=business.id,
                priority=priority, channel=channel, issued_by=actor.staff_id if actor else None, issued_at=now,
                status=WAITING, recalls=0, back_entered=False, print_status="none",
            )
            s.add(ticket)
            s.flush()
            # What the ticket will say, from the call policy and the windows open (issue 8, item 2);
            # kept in the event, so what was said can be held against what happened.
            wait = waits.wait_of(s, ticket, self.policy, now, lambda window: _history(s, window, today),
                                 self.day_figures)
            _event(s, ticket, "issued", now, None, actor, channel=channel, priority=priority,
                   said=[wait.state, wait.ahead, wait.low, wait.high])
            # Built directly: the queries _info makes for the quick count would be thrown away.
            return replace(self._make_info(ticket, business, None, [], 0), ahead=wait.ahead, wait=wait,
                           estimated_wait_minutes=round(wait.expected_minutes))

    @publishes(QUEUE)
    def back_enter(self, actor: Actor, business_code: str, issued_at: dt.datetime, priority: bool = False,
                   amount: str | None = None, units: int | None = None) -> TicketInfo:
        """A customer served on paper (power cut): recorded as served, kept out of the timing figures."""
        if issued_at.tzinfo is None:
            raise ValueError("back_enter needs an aware time")
        now = self.clock.now()
        if issued_at > now:
            raise UserError("queue.back_entry_future", tr_noop("A back-entered ticket cannot be in the future."))
        settings = self.branch.require_settings()
        local = issued_at.astimezone(settings.zone)
        day = local.date()
        limits = self.back_entry_limits()
        if not limits.first_day <= day <= limits.last_day:
            raise UserError("queue.back_entry_too_old",
                            tr_noop("Paper tickets can be back-entered from {first} to today only; ask the duty "
                                    "manager (queue settings) to allow older ones."),
                            first=limits.first_day.isoformat())
        if limits.in_hours:
            hours = limits.hours.get(day)
            if hours is None:
                raise UserError("queue.back_entry_closed_day",
                                tr_noop("The branch was closed on {date}; check the date on the paper ticket."),
                                date=day.isoformat())
            if not hours[0] <= local.time() <= hours[1]:
                raise UserError("queue.back_entry_out_of_hours",
                                tr_noop("{time} on {date} is outside the opening hours ({opens}–{closes}); check "
                                        "the time on the paper ticket."),
                                time=f"{local:%H:%M}", date=day.isoformat(), opens=f"{hours[0]:%H:%M}",
                                closes=f"{hours[1]:%H:%M}")
        with self._write() as s:
            business = _business(s, business_code)
            amount_fen = parse_yuan(amount) if amount not in (None, "") else None
            number, seq = _next_numbers(s, business, day)
            ticket = Ticket(
                business_date=day, issue_seq=seq, prefix=business.prefix, number=number,
                code=f"{business.prefix}{number:03d}", business_id=business.id, original_business_id=business.id,
                priority=priority, channel="back_entry", issued_by=actor.staff_id, issued_at=issued_at,
                status=DONE, served_by=actor.staff_id, recalls=0, back_entered=True, print_status="none",
                amount_fen=amount_fen, units=units,
                norm_minutes=norm_of(business).minutes(amount_fen or 0, units or 1),
            )
            s.add(ticket)
            s.flush()
            _event(s, ticket, "back_entered", now, None, actor, written_at=issued_at.isoformat())
            return self._info(s, ticket)

    def back_entry_limits(self) -> BackEntryLimits:
        """The days (and hours) a paper ticket may be back-entered for now, by the duty manager's rules."""
        settings = self.branch.require_settings()
        today = self.clock.now().astimezone(settings.zone).date()
        first = today - dt.timedelta(days=self.rules.back_entry_days)
        hours: dict[dt.date, tuple[dt.time, dt.time] | None] = {}
        for offset in range((today - first).days + 1):
            day = first + dt.timedelta(days=offset)
            opening = settings.hours_on(day.weekday())
            hours[day] = (opening.opens, opening.closes) if opening.opens and opening.closes else None
        return BackEntryLimits(first, today, self.rules.back_entry_in_hours, hours)

    @publishes(QUEUE)
    def record_print(self, ticket_id: str, ok: bool, reason: PrintFault | None = None, *,
                     shown: bool = False) -> TicketInfo:
        """After each print attempt: a failed print stays flagged until reprinted or voided. Its reason is
        kept as a code and parameters, translated when shown. `shown`: no ticket printer, the number was
        shown on screen only (the customer has it: not a problem)."""
        now = self.clock.now()
        with self.db.transaction() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                raise UserError("queue.unknown_ticket", tr_noop("There is no ticket {code} today."), code=ticket_id)
            ticket.print_status = "printed" if ok else "failed"
            kind = "shown" if ok and shown else "printed" if ok else "print_failed"
            detail = {"reason": reason.code, "params": reason.params} if reason is not None and not ok else {}
            _event(s, ticket, kind, now, None, None, **detail)
            return self._info(s, ticket)

    def print_faults(self, ticket_ids: Sequence[str]) -> dict[str, PrintFault]:
        """Why the last print of each of these tickets failed (those with a recorded reason)."""
        faults: dict[str, PrintFault] = {}
        with self.db.reading() as s:
            rows = s.execute(select(TicketEvent.ticket_id, TicketEvent.detail).where(
                TicketEvent.ticket_id.in_(list(ticket_ids)), TicketEvent.kind == "print_failed")
                .order_by(TicketEvent.seq))
            for ticket_id, detail in rows:  # the last one wins
                stored = json.loads(detail or "{}")
                params = stored.get("params")
                code = stored.get("reason") if isinstance(params, dict) else None  # before: an English text
                faults[ticket_id] = PrintFault(code if isinstance(code, str) else "print.failed",
                                               {str(k): str(v) for k, v in (params or {}).items()})
        return faults

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
            return self._infos(s, list(rows))

    @publishes(QUEUE)
    def void(self, actor: Actor, code: str, reason: str) -> TicketInfo:
        """Take a waiting ticket out (its print failed and the customer never got it); never deleted."""
        if not reason.strip():
            raise UserError("queue.void_reason", tr_noop("Say why the ticket is cancelled."))
        now = self.clock.now()
        with self._write() as s:
            ticket = _ticket_by_code(s, code, self.branch.today())
            if ticket.status not in (WAITING, HELD):
                raise UserError("queue.not_waiting", tr_noop("Ticket {code} is not waiting."), code=ticket.code)
            ticket.status = VOID
            _event(s, ticket, "voided", now, None, actor, reason=reason.strip())
            return self._info(s, ticket)

    def ticket(self, code: str, day: dt.date | None = None) -> TicketInfo:
        with self.db.reading() as s:
            return self._info(s, _ticket_by_code(s, code, day or self.branch.today()))

    def waiting(self, business_code: str | None = None) -> list[TicketInfo]:
        today = self.branch.today()
        with self.db.reading() as s:
            query = select(Ticket).where(Ticket.business_date == today, Ticket.status == WAITING)
            if business_code:
                query = query.where(Ticket.business_id == _business(s, business_code).id)
            return self._infos(s, list(s.scalars(query.order_by(Ticket.issue_seq))))

    def held(self) -> list[TicketInfo]:
        """Today's tickets on hold (a form to fill, a document to fetch), oldest first; called back by number."""
        today = self.branch.today()
        with self.db.reading() as s:
            rows = s.scalars(select(Ticket).where(Ticket.business_date == today, Ticket.status == HELD)
                             .order_by(Ticket.issue_seq))
            return self._infos(s, list(rows))

    def overview(self, window_number: int | None = None) -> QueueOverview:
        """Everything the queue page shows, in one read and a fixed number of queries."""
        zone = self.branch.require_settings().zone
        today = self.clock.now().astimezone(zone).date()
        unrecorded_before = self.clock.now() - PRINT_GRACE
        with self.db.reading() as s:
            businesses = list_businesses(s)
            windows = list_windows(s)
            window = next((w for w in windows if w.number == window_number), None)
            at_window = (and_(Ticket.window_id == window.id, Ticket.status.in_((CALLED, SERVING))) if window
                         else false())
            # Plain rows, not ORM objects: a market day has a hundred and more waiting, read at every change.
            rows = list(s.execute(select(*Ticket.__table__.columns).where(
                or_(and_(Ticket.business_date == today, Ticket.status.in_((WAITING, HELD))), at_window))
                .order_by(Ticket.issue_seq)))
            infos = self._infos(s, rows)
            no_shows = _recent_no_shows(s, today, self.clock.now(), self.rules.no_show_return_minutes)
        pairs = list(zip(rows, infos, strict=True))
        waiting = [i for t, i in pairs if t.status == WAITING]
        held = [i for t, i in pairs if t.status == HELD]
        current = next((i for t, i in pairs if window and t.window_id == window.id
                        and t.status in (CALLED, SERVING)), None)
        failures = [i for t, i in pairs if t.status == WAITING and t.channel in PRINTED_CHANNELS and (
            t.print_status == "failed" or (t.print_status == "none" and t.issued_at <= unrecorded_before))]
        return QueueOverview(policy=self.policy, businesses=businesses, windows=windows, window=window,
                             current=current, waiting=waiting, held=held, print_failures=failures, zone=zone,
                             no_shows=no_shows)

    def no_shows(self) -> list[NoShow]:
        """Today's no-shows that may still be called back by their code, oldest first."""
        today = self.branch.today()
        with self.db.reading() as s:
            return _recent_no_shows(s, today, self.clock.now(), self.rules.no_show_return_minutes)

    # --- windows -----------------------------------------------------------------
    @publishes(QUEUE)
    def open_window(self, actor: Actor, number: int) -> None:
        self._window_state(actor, number, OPEN, "open", None)

    @publishes(QUEUE)
    def pause_window(self, actor: Actor, number: int, reason: str) -> None:
        if not reason.strip():
            raise UserError("queue.pause_reason", tr_noop("Say why the window is paused."))
        self._window_state(actor, number, PAUSED, "pause", reason.strip(), require_free=True)

    @publishes(QUEUE)
    def resume_window(self, actor: Actor, number: int) -> None:
        self._window_state(actor, number, OPEN, "resume", None)

    @publishes(QUEUE)
    def close_window(self, actor: Actor, number: int) -> None:
        # A customer called or served here would be stranded: nothing could finish, hold,
        # transfer or void their ticket at a closed window.
        self._window_state(actor, number, CLOSED, "close", None, require_free=True)

    def _window_state(self, actor: Actor, number: int, state: str, kind: str, reason: str | None,
                      require_free: bool = False) -> None:
        now = self.clock.now()
        with self._write() as s:
            window = _window(s, number)
            if require_free:
                _require_free(s, window)
            window.state, window.pause_reason = state, reason
            window.staff_id = actor.staff_id if state != CLOSED else None
            s.add(WindowEvent(window_id=window.id, kind=kind, at=now, staff_id=actor.staff_id, reason=reason))

    # --- at the window -----------------------------------------------------------------
    @publishes(QUEUE)
    def call_next(self, actor: Actor, number: int) -> TicketInfo | None:
        now = self.clock.now()
        today = self.branch.today()
        with self._write() as s:
            window = _open_window(s, number)
            _require_free(s, window)
            served = select(WindowBusiness.business_id).where(WindowBusiness.window_id == window.id)
            # Plain columns, not ORM objects: a market-day morning has a hundred waiting, one is called.
            waiting = [call_policy.Waiting(*row) for row in s.execute(
                select(Ticket.id, Ticket.issue_seq, Ticket.issued_at, Ticket.priority).where(
                    Ticket.business_date == today, Ticket.status == WAITING, Ticket.business_id.in_(served)))]
            # Only interleaving looks back at the window's earlier calls; spare the others that query.
            history = (_history(s, window, today) if self.policy.kind == call_policy.INTERLEAVE
                       else call_policy.CallHistory())
            chosen = call_policy.choose(waiting, self.policy, history, now)
            if chosen is None:
                return None
            ticket = s.get(Ticket, chosen.ticket_id)
            assert ticket is not None, "chosen from this transaction's own read"
            return self._call(s, ticket, window, actor, now)

    @publishes(QUEUE)
    def call_ticket(self, actor: Actor, number: int, code: str) -> TicketInfo:
        now = self.clock.now()
        with self._write() as s:
            window = _open_window(s, number)
            _require_free(s, window)
            ticket = _ticket_by_code(s, code, self.branch.today())
            if ticket.status == NO_SHOW:
                self._return_after_no_show(s, ticket, actor, now)
            elif ticket.status not in (WAITING, HELD):
                raise UserError("queue.not_waiting", tr_noop("Ticket {code} is not waiting."), code=ticket.code)
            return self._call(s, ticket, window, actor, now)

    def _return_after_no_show(self, s: Session, ticket: Ticket, actor: Actor, now: dt.datetime) -> None:
        """The customer who missed their call came back (the ticket says they may): recorded, then called
        like a held ticket, within the time the duty manager allows."""
        marked = s.scalar(select(TicketEvent.at).where(TicketEvent.ticket_id == ticket.id,
                                                       TicketEvent.kind == "no_show").order_by(EVENT_ORDER.desc()))
        allowed = dt.timedelta(minutes=self.rules.no_show_return_minutes)
        if marked is None or now - marked > allowed:
            zone = self.branch.require_settings().zone
            raise UserError("queue.no_show_too_late",
                            tr_noop("{code} was a no-show at {time}; it can be called back only within {minutes} "
                                    "min of that. Issue a new ticket."),
                            code=ticket.code, time=f"{marked.astimezone(zone):%H:%M}" if marked else "?",
                            minutes=self.rules.no_show_return_minutes)
        _event(s, ticket, "returned", now, None, actor, no_show_at=marked.isoformat())
        ticket.recalls = 0  # a fresh call: it must be recalled again before another no-show

    @publishes(QUEUE)
    def recall(self, actor: Actor, number: int) -> TicketInfo:
        now = self.clock.now()
        with self._write() as s:
            ticket = _called(s, _window(s, number))
            ticket.recalls += 1
            _event(s, ticket, "recalled", now, ticket.window_id, actor, recalls=ticket.recalls)
            return self._info(s, ticket)

    @publishes(QUEUE)
    def no_show(self, actor: Actor, number: int) -> TicketInfo:
        now = self.clock.now()
        with self._write() as s:
            ticket = _called(s, _window(s, number))
            if ticket.recalls < 1:
                raise UserError("queue.recall_first", tr_noop("Recall the number at least once before a no-show."))
            ticket.status = NO_SHOW
            _event(s, ticket, "no_show", now, ticket.window_id, actor)
            return self._info(s, ticket)

    @publishes(QUEUE)
    def start(self, actor: Actor, number: int) -> TicketInfo:
        now = self.clock.now()
        with self._write() as s:
            ticket = _called(s, _window(s, number))
            ticket.status, ticket.started_at, ticket.served_by = SERVING, now, actor.staff_id
            _event(s, ticket, "started", now, ticket.window_id, actor)
            return self._info(s, ticket)

    @publishes(QUEUE)
    def finish(self, actor: Actor, number: int, business_code: str | None = None, amount: str | None = None,
               units: int | None = None) -> TicketInfo:
        """Record what was done; the norm for it is computed and an overrun flagged."""
        now = self.clock.now()
        with self._write() as s:
            window = _window(s, number)
            ticket = _current(s, window)
            if ticket is None or ticket.status != SERVING:
                raise UserError("queue.not_serving", tr_noop("No customer is being served at window {number}."),
                                number=number)
            business = _business(s, business_code) if business_code else s.get(Business, ticket.business_id)
            assert business is not None, "ticket.business_id is a foreign key"
            assert ticket.started_at is not None, "start() stamps a ticket being served"
            norm = norm_of(business)
            amount_fen = parse_yuan(amount) if amount not in (None, "") else None
            if norm.per_10k_minutes and amount_fen is None:
                raise UserError("queue.amount_needed", tr_noop("Enter the amount in yuan for {service}."),
                                service=business.name_zh)
            norm_minutes = norm.minutes(amount_fen or 0, units or 1)
            served = max((now - ticket.started_at).total_seconds() / 60, 0.0)
            ticket.status, ticket.finished_at, ticket.business_id = DONE, now, business.id
            ticket.amount_fen, ticket.units, ticket.norm_minutes = amount_fen, units, norm_minutes
            ticket.overrun = served > norm_minutes
            # The event's detail keeps the key "service": it is stored and synced as written.
            _event(s, ticket, "finished", now, window.id, actor, service=business.code, amount_fen=amount_fen,
                   units=units, norm_minutes=norm_minutes, served_minutes=round(served, 2))
            return self._info(s, ticket)

    @publishes(QUEUE)
    def correct_amount(self, actor: Actor, code: str, amount: str, reason: str,
                       day: dt.date | None = None) -> TicketInfo:
        """The duty manager corrects the amount recorded at finish (a typo at the window): a new ticket event
        and an audit entry; the ticket's amount, norm and overrun follow, and so do the figures."""
        actor.require(Permission.MANAGE_QUEUE)
        if not reason.strip():
            raise UserError("queue.correction_reason", tr_noop("Say why the amount is corrected."))
        amount_fen = parse_yuan(amount)
        now = self.clock.now()
        with self._write() as s:
            ticket = _ticket_by_code(s, code, day or self.branch.today())
            if ticket.status != DONE:
                raise UserError("queue.not_finished", tr_noop("Ticket {code} has not been finished."),
                                code=ticket.code)
            business = s.get(Business, ticket.business_id)
            assert business is not None, "ticket.business_id is a foreign key"
            if not norm_of(business).per_10k_minutes:
                raise UserError("queue.no_amount", tr_noop("{service} records no amount."),
                                service=business.name_zh)
            old = ticket.amount_fen
            norm_minutes = norm_of(business).minutes(amount_fen, ticket.units or 1)
            ticket.amount_fen, ticket.norm_minutes = amount_fen, norm_minutes
            if ticket.started_at and ticket.finished_at and not ticket.back_entered:
                ticket.overrun = (ticket.finished_at - ticket.started_at).total_seconds() / 60 > norm_minutes
            _event(s, ticket, "amount_fixed", now, None, actor, old_fen=old, new_fen=amount_fen,
                   norm_minutes=norm_minutes, reason=reason.strip())
            audit.append(s, now, "queue.amount_corrected", actor.staff_id, ticket=ticket.code,
                         day=ticket.business_date.isoformat(), old_fen=old, new_fen=amount_fen, reason=reason.strip())
            return self._info(s, ticket)

    @publishes(QUEUE)
    def transfer(self, actor: Actor, number: int, to_business: str) -> TicketInfo:
        """Back into the queue for another business, keeping the original arrival."""
        now = self.clock.now()
        with self._write() as s:
            ticket = _current(s, _window(s, number))
            if ticket is None:
                raise UserError("queue.nobody", tr_noop("No customer at window {number}."), number=number)
            target = _business(s, to_business)
            if target.id == ticket.business_id:
                raise UserError("queue.same_business", tr_noop("The ticket is already for {service}."),
                                service=target.name_zh)
            _event(s, ticket, "transferred", now, ticket.window_id, actor, to=target.code)
            ticket.business_id, ticket.status, ticket.window_id = target.id, WAITING, None
            ticket.called_at = ticket.started_at = None
            ticket.recalls = 0
            return self._info(s, ticket)

    @publishes(QUEUE)
    def hold(self, actor: Actor, number: int) -> TicketInfo:
        """The customer steps aside (a form to fill); call the ticket again by its number."""
        now = self.clock.now()
        with self._write() as s:
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
        return self._infos(s, [ticket])[0]

    def _infos(self, s: Session, tickets: Sequence[Ticket | Row[Any]]) -> list[TicketInfo]:
        """Plain data for many tickets (ORM objects or rows of the ticket table) in at most four queries,
        however many tickets there are."""
        if not tickets:
            return []
        business_ids = {t.business_id for t in tickets}
        businesses = {x.id: x for x in s.scalars(select(Business).where(Business.id.in_(business_ids)))}
        window_ids = {t.window_id for t in tickets if t.window_id}
        numbers = {id_: number for id_, number in s.execute(select(QueueWindow.id, QueueWindow.number).where(
            QueueWindow.id.in_(window_ids)))} if window_ids else {}
        waiting = [t for t in tickets if t.status == WAITING]
        queued: dict[tuple[dt.date, str], list[int]] = defaultdict(list)  # (date, business) -> issue_seq of all waiting
        serving: dict[str, int] = {}
        if waiting:
            dates = {t.business_date for t in waiting}
            waiting_businesses = {t.business_id for t in waiting}
            for day, business_id, seq in s.execute(select(Ticket.business_date, Ticket.business_id, Ticket.issue_seq)
                                                  .where(Ticket.business_date.in_(dates), Ticket.status == WAITING,
                                                         Ticket.business_id.in_(waiting_businesses))):
                queued[(day, business_id)].append(seq)
            for seqs in queued.values():
                seqs.sort()
            serving = {business_id: count for business_id, count in s.execute(
                select(WindowBusiness.business_id, func.count()).select_from(QueueWindow)
                .join(WindowBusiness, WindowBusiness.window_id == QueueWindow.id)
                .where(WindowBusiness.business_id.in_(waiting_businesses), QueueWindow.state == OPEN)
                .group_by(WindowBusiness.business_id))}
        return [self._make_info(t, businesses[t.business_id], numbers.get(t.window_id) if t.window_id else None,
                                queued.get((t.business_date, t.business_id), []), serving.get(t.business_id, 0))
                for t in tickets]

    @staticmethod
    def _make_info(ticket: Ticket | Row[Any], business: Business, window_number: int | None,
                   queued: list[int], serving: int) -> TicketInfo:
        ahead = 0
        wait = 0
        if ticket.status == WAITING:
            ahead = bisect_left(queued, ticket.issue_seq)
            wait = round(ahead * norm_of(business).base_minutes / max(serving, 1))
        served = None
        if ticket.started_at and ticket.finished_at:
            served = max((ticket.finished_at - ticket.started_at).total_seconds() / 60, 0.0)
        return TicketInfo(
            id=ticket.id, code=ticket.code, business_code=business.code, business_zh=business.name_zh,
            business_en=business.name_en, priority=ticket.priority, status=ticket.status, issued_at=ticket.issued_at,
            business_date=ticket.business_date, window_number=window_number, ahead=ahead,
            estimated_wait_minutes=wait, norm_minutes=ticket.norm_minutes, overrun=ticket.overrun,
            served_minutes=served, recalls=ticket.recalls, print_status=ticket.print_status,
            amount_fen=ticket.amount_fen,
        )


def _event(s: Session, ticket: Ticket, kind: str, at: dt.datetime, window_id: str | None,
           actor: Actor | None, **detail: object) -> None:
    s.add(TicketEvent(ticket_id=ticket.id, kind=kind, at=at, window_id=window_id,
                      staff_id=actor.staff_id if actor else None,
                      detail=json.dumps(detail, ensure_ascii=False, sort_keys=True)))


def _recent_no_shows(s: Session, today: dt.date, now: dt.datetime, minutes: int) -> list[NoShow]:
    """Today's no-shows marked within `minutes` of now, in one query (a ticket may have come back and
    been a no-show again: its last marking counts)."""
    if minutes <= 0:
        return []
    allowed = dt.timedelta(minutes=minutes)
    rows = s.execute(
        select(Ticket.code, Business.name_zh, Business.name_en, TicketEvent.at, QueueWindow.number)
        .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
        .join(Business, Business.id == Ticket.business_id)
        .outerjoin(QueueWindow, QueueWindow.id == TicketEvent.window_id)
        .where(Ticket.business_date == today, Ticket.status == NO_SHOW, TicketEvent.kind == "no_show")
        .order_by(EVENT_ORDER))
    last = {code: NoShow(code, zh, en, at, number, at + allowed) for code, zh, en, at, number in rows}
    return sorted((n for n in last.values() if now <= n.until), key=lambda n: n.at)


def _end_earlier_days(s: Session, today: dt.date, now: dt.datetime) -> int:
    """Close every ticket of a day before `today` that is still open: nobody will serve it now, and one
    called at a window would keep that window from calling anyone. Recorded with the reason."""
    stale = list(s.scalars(select(Ticket).where(Ticket.status.in_(OPEN_STATUSES), Ticket.business_date < today)
                           .order_by(Ticket.business_date, Ticket.issue_seq)))
    for ticket in stale:
        _event(s, ticket, "day_ended", now, ticket.window_id, None, reason=DAY_ENDED_REASON, was=ticket.status)
        ticket.status = EXPIRED
    if stale:
        audit.append(s, now, "queue.day_ended", None, tickets=len(stale),
                     days=sorted({t.business_date.isoformat() for t in stale}))
    return len(stale)


def _next_numbers(s: Session, business: Business, day: dt.date) -> tuple[int, int]:
    """The business's next ticket number and the day's next issue sequence (under the write lock)."""
    number = (s.scalar(select(func.max(Ticket.number)).where(
        Ticket.business_date == day, Ticket.prefix == business.prefix)) or business.number_from - 1) + 1
    if number > business.number_to:
        raise UserError("queue.range_exhausted",
                        tr_noop("No more numbers for {service} today (the range ends at {last})."),
                        service=business.name_zh, last=business.number_to)
    seq = (s.scalar(select(func.max(Ticket.issue_seq)).where(Ticket.business_date == day)) or 0) + 1
    return number, seq


def _business(s: Session, code: str) -> Business:
    business = s.scalar(select(Business).where(Business.code == code, Business.active.is_(True)))
    if business is None:
        raise UserError("queue.unknown_business", tr_noop("Unknown service: {code}."), code=code)
    return business


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


def _last_kiosk_opener(s: Session) -> str | None:
    """Who opened the kiosk last (the audit log is the record of it)."""
    return s.scalar(select(AuditEntry.actor_staff_id).where(AuditEntry.action == "queue.kiosk_opened")
                    .order_by(AuditEntry.position.desc()).limit(1))


def _ticket_by_code(s: Session, code: str, day: dt.date) -> Ticket:
    """By the number typed ("a12" is A012) or scanned from the ticket's QR code; full-width characters
    (ＡＢ１２, from an input method) count as their ASCII selves."""
    code = unicodedata.normalize("NFKC", code).strip().upper()
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
