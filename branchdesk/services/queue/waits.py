"""Reading what the wait estimate needs from the database, in a handful of small queries.

The estimate itself is pure (estimate.py); this gathers its plain data inside
the caller's transaction: today's waiting tickets, the open windows and who is
at each, and each business's time at a window, measured today, else over the
recent closed days, else its counter norm.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.services.queue import estimate as est
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue.setup import list_windows
from branchdesk.store.models import Business, QueueDayFigures, QueueWindow, Ticket

RATE_MINUTES = 60  # priority arrivals are counted over the last hour
MIN_RATE_MINUTES = 30
RECENT_DAYS = 28  # closed days whose measured service times stand in until today has its own
# The ticket and window states as service.py writes them.
_WAITING, _CALLED, _SERVING, _DONE, _OPEN = "waiting", "called", "serving", "done", "open"


def wait_of(s: Session, ticket: Ticket, policy: call_policy.Policy, now: dt.datetime,
            history_of: Callable[[QueueWindow], call_policy.CallHistory]) -> est.WaitEstimate:
    """The estimate for one waiting ticket, as the queue stands in this transaction."""
    day = ticket.business_date
    waiting = [est.Queued(call_policy.Waiting(id_, seq, issued_at, priority), business_id)
               for id_, seq, issued_at, priority, business_id in s.execute(
                   select(Ticket.id, Ticket.issue_seq, Ticket.issued_at, Ticket.priority, Ticket.business_id)
                   .where(Ticket.business_date == day, Ticket.status == _WAITING))]
    open_windows = [w for w in list_windows(s) if w.state == _OPEN]
    at_window = {window_id: (business_id, called_at) for window_id, business_id, called_at in s.execute(
        select(Ticket.window_id, Ticket.business_id, Ticket.called_at).where(
            Ticket.window_id.in_([w.id for w in open_windows]), Ticket.status.in_((_CALLED, _SERVING))))}
    needs_history = policy.kind == call_policy.INTERLEAVE
    counters = []
    for w in open_windows:
        busy_with, since = at_window.get(w.id, (None, None))
        history = call_policy.CallHistory()
        if needs_history:
            window = s.get(QueueWindow, w.id)
            assert window is not None, "listed in this transaction"
            history = history_of(window)
        counters.append(est.Counter(w.number, w.business_ids, busy_with, since, history))
    expected = est.expected_priority(priority_per_hour(s, day, now), now, max(q.ticket.issue_seq for q in waiting))
    return est.estimate(ticket.id, waiting, counters, service_times(s, day), policy, now, expected)


def priority_per_hour(s: Session, day: dt.date, now: dt.datetime) -> dict[str, float]:
    """Each business's priority tickets per hour over the last RATE_MINUTES (or since the day's first
    ticket, counted as at least MIN_RATE_MINUTES, so the morning's first one is not a flood)."""
    since = now - dt.timedelta(minutes=RATE_MINUTES)
    first = s.scalar(select(func.min(Ticket.issued_at)).where(Ticket.business_date == day))
    if first is None:
        return {}
    minutes = min(max((now - max(first, since)).total_seconds() / 60.0, MIN_RATE_MINUTES), RATE_MINUTES)
    counts = s.execute(select(Ticket.business_id, func.count()).where(
        Ticket.business_date == day, Ticket.priority.is_(True), Ticket.issued_at >= since,
        Ticket.back_entered.is_(False)).group_by(Ticket.business_id))
    return {business_id: count * 60.0 / minutes for business_id, count in counts}


def service_times(s: Session, day: dt.date) -> dict[str, est.ServiceTime]:
    """Each business's time at a window: today's (call to finish) once there are enough, else the
    recent closed days' mean service time, else the norm."""
    businesses = list(s.execute(select(Business.id, Business.code, Business.norm_base_min)))
    today: dict[str, list[float]] = defaultdict(list)
    for business_id, called, finished in s.execute(
            select(Ticket.business_id, Ticket.called_at, Ticket.finished_at).where(
                Ticket.business_date == day, Ticket.status == _DONE, Ticket.back_entered.is_(False),
                Ticket.called_at.is_not(None), Ticket.finished_at.is_not(None))):
        if called is not None and finished is not None:  # so the query says; typed as optional columns
            today[business_id].append(max((finished - called).total_seconds() / 60.0, 0.0))
    recent = {code: (count, total) for code, count, total in s.execute(
        select(QueueDayFigures.key, func.sum(QueueDayFigures.service_count), func.sum(QueueDayFigures.service_sum))
        .where(QueueDayFigures.business_date.between(day - dt.timedelta(days=RECENT_DAYS), day - dt.timedelta(days=1)),
               QueueDayFigures.dimension == "business")
        .group_by(QueueDayFigures.key))}
    times = {}
    for business_id, code, norm_minutes in businesses:
        fallback = est.ServiceTime.from_service(norm_minutes)
        count, total = recent.get(code, (0, 0.0))
        if count >= est.MIN_SAMPLES:
            fallback = est.ServiceTime.from_service(total / count)
        times[business_id] = est.ServiceTime.measured(today[business_id], fallback)
    return times
