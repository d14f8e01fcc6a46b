"""Reading what the wait estimate needs from the database, in a handful of small queries.

The estimate itself is pure (estimate.py); this gathers its plain data inside
the caller's transaction: today's waiting tickets, the open windows and who is
at each, and each business's time at a window, measured today, else over the
recent closed days, else its counter norm.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, Callable, Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from branchdesk.services.queue import estimate as est
from branchdesk.services.queue import policy as call_policy
from branchdesk.store.models import Business, QueueDayFigures, QueueWindow, Ticket, WindowBusiness

RATE_MINUTES = 60  # priority arrivals are counted over the last hour
MIN_RATE_MINUTES = 30
RECENT_DAYS = 28  # closed days whose measured service times stand in until today has its own
# The ticket and window states as service.py writes them.
_WAITING, _CALLED, _SERVING, _DONE, _OPEN = "waiting", "called", "serving", "done", "open"


def wait_of(s: Session, ticket: Ticket, policy: call_policy.Policy, now: dt.datetime,
            history_of: Callable[[QueueWindow], call_policy.CallHistory]) -> est.WaitEstimate:
    """The estimate for one waiting ticket, as the queue stands in this transaction (three queries,
    and one per open window under interleaving: it runs inside every issue)."""
    day = ticket.business_date
    today: list[Any] = list(s.execute(select(  # today's tickets: a few hundred at most
        Ticket.id, Ticket.issue_seq, Ticket.issued_at, Ticket.priority, Ticket.business_id, Ticket.status,
        Ticket.window_id, Ticket.called_at, Ticket.finished_at, Ticket.back_entered,
    ).where(Ticket.business_date == day)))
    waiting = [est.Queued(call_policy.Waiting(t.id, t.issue_seq, t.issued_at, t.priority), t.business_id)
               for t in today if t.status == _WAITING]
    at_window = {t.window_id: (t.business_id, t.called_at) for t in today if t.status in (_CALLED, _SERVING)}
    serves: dict[str, set[str]] = defaultdict(set)
    numbers: dict[str, int] = {}
    for window_id, number, business_id in s.execute(
            select(QueueWindow.id, QueueWindow.number, WindowBusiness.business_id)
            .join(WindowBusiness, WindowBusiness.window_id == QueueWindow.id)
            .where(QueueWindow.state == _OPEN, QueueWindow.active.is_(True))):
        serves[window_id].add(business_id)
        numbers[window_id] = number
    counters = []
    for window_id, number in sorted(numbers.items(), key=lambda item: item[1]):
        busy_with, since = at_window.get(window_id, (None, None))
        history = call_policy.CallHistory()
        if policy.kind == call_policy.INTERLEAVE:  # only interleaving looks back at the window's calls
            window = s.get(QueueWindow, window_id)
            assert window is not None, "read in this transaction"
            history = history_of(window)
        counters.append(est.Counter(number, frozenset(serves[window_id]), busy_with, since, history))
    expected = est.expected_priority(priority_per_hour(today, now), now,
                                     max((q.ticket.issue_seq for q in waiting), default=0))
    return est.estimate(ticket.id, waiting, counters, service_times(s, day, today), policy, now, expected)


def priority_per_hour(today: Sequence[Any], now: dt.datetime) -> dict[str, float]:
    """Each business's priority tickets per hour over the last RATE_MINUTES (or since the day's first
    ticket, counted as at least MIN_RATE_MINUTES, so the morning's first one is not a flood)."""
    since = now - dt.timedelta(minutes=RATE_MINUTES)
    if not today:
        return {}
    first = min(t.issued_at for t in today)
    minutes = min(max((now - max(first, since)).total_seconds() / 60.0, MIN_RATE_MINUTES), RATE_MINUTES)
    counts: dict[str, int] = defaultdict(int)
    for t in today:
        if t.priority and not t.back_entered and t.issued_at >= since:
            counts[t.business_id] += 1
    return {business_id: count * 60.0 / minutes for business_id, count in counts.items()}


def service_times(s: Session, day: dt.date, today: Sequence[Any]) -> dict[str, est.ServiceTime]:
    """Each business's time at a window: today's (call to finish) once there are enough, else the
    recent closed days' mean service time, else the norm."""
    measured: dict[str, list[float]] = defaultdict(list)
    for t in today:
        if t.status == _DONE and not t.back_entered and t.called_at is not None and t.finished_at is not None:
            measured[t.business_id].append(max((t.finished_at - t.called_at).total_seconds() / 60.0, 0.0))
    recent = (and_(QueueDayFigures.key == Business.code, QueueDayFigures.dimension == "business",
                   QueueDayFigures.business_date.between(day - dt.timedelta(days=RECENT_DAYS),
                                                         day - dt.timedelta(days=1))))
    times = {}
    for business_id, norm_minutes, count, total in s.execute(
            select(Business.id, Business.norm_base_min, func.sum(QueueDayFigures.service_count),
                   func.sum(QueueDayFigures.service_sum))
            .outerjoin(QueueDayFigures, recent).group_by(Business.id)):
        fallback = est.ServiceTime.from_service(norm_minutes)
        if count is not None and count >= est.MIN_SAMPLES:
            fallback = est.ServiceTime.from_service(total / count)
        times[business_id] = est.ServiceTime.measured(measured[business_id], fallback)
    return times
