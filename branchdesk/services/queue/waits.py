"""Reading what the wait estimate needs from the database, in a handful of small queries.

The estimate itself is pure (estimate.py); this gathers its plain data inside
the caller's transaction: today's waiting tickets, the open windows and who is
at each, and each business's time at a window, measured today, else over the
recent closed days, else its counter norm.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from branchdesk.services.queue import estimate as est
from branchdesk.services.queue import policy as call_policy
from branchdesk.store.models import Business, QueueDayFigures, QueueWindow, Ticket, WindowBusiness

RATE_MINUTES = 60  # priority arrivals are counted over the last hour
MIN_RATE_MINUTES = 30
MINUTES_PER_DAY = 24 * 60
RECENT_DAYS = 28  # closed days whose measured service times stand in until today has its own
# The ticket and window states as service.py writes them.
_WAITING, _CALLED, _SERVING, _DONE, _OPEN = "waiting", "called", "serving", "done", "open"


class DayFigures:
    """Each business's time at a window and its priority tickets per hour: figures over the day that
    barely move in a minute, so read at most once a minute (the estimate runs inside every issue)."""

    REFRESH = dt.timedelta(minutes=1)

    def __init__(self) -> None:
        self._kept: tuple[dt.date, dt.datetime, dict[str, est.ServiceTime], dict[str, float]] | None = None

    def read(self, s: Session, day: dt.date, now: dt.datetime) -> tuple[dict[str, est.ServiceTime], dict[str, float]]:
        kept = self._kept
        if kept is not None and kept[0] == day and dt.timedelta(0) <= now - kept[1] < self.REFRESH:
            return kept[2], kept[3]
        day_sums = _day_by_business(s, day, now - dt.timedelta(minutes=RATE_MINUTES))
        times, rates = service_times(s, day, day_sums), priority_per_hour(day_sums, now)
        self._kept = (day, now, times, rates)
        return times, rates


def wait_of(s: Session, ticket: Ticket, policy: call_policy.Policy, now: dt.datetime,
            history_of: Callable[[QueueWindow], call_policy.CallHistory],
            figures: DayFigures | None = None) -> est.WaitEstimate:
    """The estimate for one waiting ticket, as the queue stands in this transaction. It runs inside
    every issue: two queries (and one per open window under interleaving), and the day's figures
    when `figures` has not read them in the last minute."""
    day = ticket.business_date
    queue = list(s.execute(select(
        Ticket.id, Ticket.issue_seq, Ticket.issued_at, Ticket.priority, Ticket.business_id, Ticket.status,
        Ticket.window_id, Ticket.called_at,
    ).where(Ticket.business_date == day, Ticket.status.in_((_WAITING, _CALLED, _SERVING)))))
    waiting = [est.Queued(call_policy.Waiting(t.id, t.issue_seq, t.issued_at, t.priority), t.business_id)
               for t in queue if t.status == _WAITING]
    at_window = {t.window_id: (t.business_id, t.called_at) for t in queue if t.status != _WAITING}
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
    times, rates = (figures or DayFigures()).read(s, day, now)
    expected = est.expected_priority(rates, now, max((q.ticket.issue_seq for q in waiting), default=0))
    return est.estimate(ticket.id, waiting, counters, times, policy, now, expected)


@dataclass(frozen=True)
class _DaySums:
    """One business's tickets today, added up in SQL (a market day has hundreds)."""

    first_issued: dt.datetime
    recent_priority: int  # priority tickets issued since the start of the rate's hour
    served: int  # finished, with their time at the window (call to finish) measured
    minutes: float
    squares: float


def _day_by_business(s: Session, day: dt.date, since: dt.datetime) -> dict[str, _DaySums]:
    measured = and_(Ticket.status == _DONE, Ticket.back_entered.is_(False), Ticket.called_at.is_not(None),
                    Ticket.finished_at.is_not(None))
    minutes = (func.julianday(Ticket.finished_at) - func.julianday(Ticket.called_at)) * MINUTES_PER_DAY
    recent_priority = and_(Ticket.priority.is_(True), Ticket.back_entered.is_(False), Ticket.issued_at >= since)
    rows = s.execute(select(
        Ticket.business_id, func.min(Ticket.issued_at), func.sum(case((recent_priority, 1), else_=0)),
        func.sum(case((measured, 1), else_=0)), func.sum(case((measured, minutes), else_=0.0)),
        func.sum(case((measured, minutes * minutes), else_=0.0)),
    ).where(Ticket.business_date == day).group_by(Ticket.business_id))
    return {business_id: _DaySums(first, recent or 0, served or 0, total or 0.0, squares or 0.0)
            for business_id, first, recent, served, total, squares in rows}


def priority_per_hour(day_sums: dict[str, _DaySums], now: dt.datetime) -> dict[str, float]:
    """Each business's priority tickets per hour over the last RATE_MINUTES (or since the day's first
    ticket, counted as at least MIN_RATE_MINUTES, so the morning's first one is not a flood)."""
    if not day_sums:
        return {}
    since = now - dt.timedelta(minutes=RATE_MINUTES)
    first = min(sums.first_issued for sums in day_sums.values())
    minutes = min(max((now - max(first, since)).total_seconds() / 60.0, MIN_RATE_MINUTES), RATE_MINUTES)
    return {business_id: sums.recent_priority * 60.0 / minutes
            for business_id, sums in day_sums.items() if sums.recent_priority}


def service_times(s: Session, day: dt.date, day_sums: dict[str, _DaySums]) -> dict[str, est.ServiceTime]:
    """Each business's time at a window: today's (call to finish) once there are enough, else the
    recent closed days' mean service time, else the norm."""
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
        today = day_sums.get(business_id)
        times[business_id] = (est.ServiceTime.from_sums(today.served, today.minutes, today.squares, fallback)
                              if today else fallback)
    return times
