"""A few weeks of believable queue history for the demo branch.

Market days (逢三六九: the 3rd, 6th, 9th, 13th, ... of the month) bring busy
mornings; afternoons are quiet. Customers are served first come, first served
at the open windows, with service times scattered around the norms, so the
statistics, the advice and the display board have something real to show.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.services.branch import BranchSettings
from branchdesk.services.queue.setup import norm_of
from branchdesk.store import Database
from branchdesk.store.base import new_id
from branchdesk.store.models import Business, QueueWindow, Staff, Ticket, TicketEvent, WindowEvent

BUSINESS_MIX = (("mail", 0.30), ("savings", 0.30), ("remittance", 0.10), ("philately", 0.05),
               ("periodicals", 0.10), ("other", 0.15))
PRIORITY_SHARE = 0.08
NO_SHOW_SHARE = 0.02


def is_market_day(day: dt.date) -> bool:
    return day.day % 10 in (3, 6, 9)


def arrivals_per_hour(day: dt.date, hour: int) -> float:
    market = is_market_day(day)
    if hour < 11:
        rate = 34.0 if market else 18.0
    elif hour < 13:
        rate = 14.0 if market else 9.0
    else:
        rate = 7.0
    return rate * (0.75 if day.weekday() >= 5 else 1.0)


def build_queue_history(db: Database, settings: BranchSettings, now: dt.datetime, weeks: int = 4,
                        seed: int = 11) -> int:
    """Past days' tickets and today's so far (one transaction a day); returns how many were made.

    Today stops at `now`: customers still waiting, one being served at each open
    window, so the display board and the queue page show a live morning.
    """
    rng = random.Random(seed)
    today = now.astimezone(settings.zone).date()
    made = 0
    for offset in range(weeks * 7, -1, -1):
        day = today - dt.timedelta(days=offset)
        hours = settings.hours_on(day.weekday())
        if not hours.is_open or (offset == 0 and weeks == 0):
            continue
        with db.transaction() as s:
            made += _one_day(s, settings, day, rng, until=now if offset == 0 else None)
    return made


def _one_day(s: Session, settings: BranchSettings, day: dt.date, rng: random.Random,
             until: dt.datetime | None = None) -> int:
    zone = settings.zone
    hours = settings.hours_on(day.weekday())
    assert hours.opens is not None and hours.closes is not None, "build_queue_history skips closed days"
    opens = dt.datetime.combine(day, hours.opens, tzinfo=zone)
    closes = dt.datetime.combine(day, hours.closes, tzinfo=zone)
    if until is not None:
        if until <= opens:
            return 0
        closes = min(closes, until)
    businesses = {x.code: x for x in s.scalars(select(Business))}
    windows = list(s.scalars(select(QueueWindow).order_by(QueueWindow.number)))
    clerks = list(s.scalars(select(Staff).where(Staff.role != "admin").order_by(Staff.created_at)))
    open_count = 3 if is_market_day(day) else 2
    working = windows[:open_count]
    for window, clerk in zip(working, clerks, strict=False):  # windows without a clerk stay closed
        s.add(WindowEvent(window_id=window.id, kind="open", at=opens, staff_id=clerk.id))
    free_at = {w.id: opens for w in working}
    clerk_of = {w.id: c.id for w, c in zip(working, clerks, strict=False)}

    arrivals = []
    moment = opens
    while True:
        rate = arrivals_per_hour(day, moment.astimezone(zone).hour)
        moment += dt.timedelta(minutes=rng.expovariate(rate / 60.0))
        if moment >= closes:
            break
        arrivals.append(moment)

    numbers: dict[str, int] = {}
    codes = [c for c, _ in BUSINESS_MIX]
    weights = [w for _, w in BUSINESS_MIX]
    for seq, arrived in enumerate(arrivals, start=1):
        business = businesses[rng.choices(codes, weights)[0]]
        numbers[business.prefix] = numbers.get(business.prefix, 0) + 1
        window_id = min(free_at, key=lambda w: free_at[w])
        called = max(arrived, free_at[window_id])
        amount_fen, units = _what_was_done(business.code, rng)
        norm = norm_of(business).minutes(amount_fen or 0, units or 1)
        ticket = Ticket(
            id=new_id(), business_date=day, issue_seq=seq, prefix=business.prefix, number=numbers[business.prefix],
            code=f"{business.prefix}{numbers[business.prefix]:03d}", business_id=business.id,
            original_business_id=business.id, priority=rng.random() < PRIORITY_SHARE,
            channel=rng.choice(("kiosk", "kiosk", "clerk")), issued_at=arrived, window_id=window_id,
            called_at=called, recalls=0, back_entered=False, print_status="printed",
        )
        events = [("issued", arrived, None), ("called", called, window_id)]
        if until is not None and called > until:  # still waiting now
            ticket.status, ticket.window_id, ticket.called_at = "waiting", None, None
            events = events[:1]
        elif rng.random() < NO_SHOW_SHARE and (until is None or called + dt.timedelta(minutes=2) <= until):
            ticket.status, ticket.recalls = "no_show", 1
            events += [("recalled", called + dt.timedelta(minutes=1), window_id),
                       ("no_show", called + dt.timedelta(minutes=2), window_id)]
            free_at[window_id] = called + dt.timedelta(minutes=2)
        else:
            started = called + dt.timedelta(seconds=rng.randint(15, 60))
            served = norm * rng.lognormvariate(-0.15, 0.3)
            finished = started + dt.timedelta(minutes=served)
            ticket.status, ticket.started_at, ticket.finished_at = "done", started, finished
            ticket.served_by, ticket.amount_fen, ticket.units = clerk_of[window_id], amount_fen, units
            ticket.norm_minutes, ticket.overrun = norm, served > norm
            events += [("started", started, window_id), ("finished", finished, window_id)]
            free_at[window_id] = finished
            if until is not None and finished > until:  # at the window right now
                _in_progress(ticket, started <= until)
                events = [e for e in events if e[1] <= until]
        s.add(ticket)
        for kind, at, event_window in events:
            s.add(TicketEvent(ticket_id=ticket.id, kind=kind, at=at, window_id=event_window,
                              staff_id=clerk_of.get(event_window) if event_window else None, detail=json.dumps({})))
    for window in working:
        if until is not None:  # today: the windows are still open
            window.state, window.staff_id = "open", clerk_of[window.id]
        else:
            s.add(WindowEvent(window_id=window.id, kind="close", at=max(closes, free_at[window.id]),
                              staff_id=clerk_of[window.id]))
    return len(arrivals)


def _in_progress(ticket: Ticket, started: bool) -> None:
    """A ticket called (or being served) at the moment the demo is built."""
    ticket.status = "serving" if started else "called"
    if not started:
        ticket.started_at = ticket.served_by = None
    ticket.finished_at = ticket.norm_minutes = ticket.overrun = ticket.amount_fen = ticket.units = None


def _what_was_done(code: str, rng: random.Random) -> tuple[int | None, int | None]:
    if code in ("savings", "remittance"):
        yuan = min(rng.lognormvariate(8.0, 1.0), 200_000)  # median about ¥3,000
        return int(yuan) * 100, None
    if code in ("mail", "periodicals"):
        return None, rng.choice((1, 1, 1, 2, 2, 3))
    return None, None
