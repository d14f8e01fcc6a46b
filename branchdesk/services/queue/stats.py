"""Queue statistics by day and hour, and window advice from the branch's own history.

Back-entered tickets (served on paper during a power cut) count as arrivals but
are kept out of every timing figure: their times were written down afterwards.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.services.queue import erlang
from branchdesk.store.models import QueueServiceType, Staff, Ticket, WindowEvent

MIN_HISTORY_WEEKS = 2  # below this, advice uses the norms instead of measured service times
HISTORY_WEEKS = 6


@dataclass(frozen=True)
class TicketFacts:
    """What statistics need of one ticket, in branch-local time."""

    business_date: dt.date
    hour: int
    service_code: str
    served_by: str | None
    status: str
    back_entered: bool
    wait_minutes: float | None
    service_minutes: float | None
    norm_minutes: float | None


@dataclass
class Summary:
    arrivals: int = 0
    served: int = 0
    no_shows: int = 0
    waits: list[float] = field(default_factory=list)
    service_times: list[float] = field(default_factory=list)
    within_norm: int = 0
    with_norm: int = 0

    def add(self, t: TicketFacts) -> None:
        if t.status == "void":  # never reached the customer: not an arrival
            return
        self.arrivals += 1
        if t.status == "no_show":
            self.no_shows += 1
        if t.status == "done":
            self.served += 1
        if t.back_entered:
            return
        if t.wait_minutes is not None:
            self.waits.append(t.wait_minutes)
        if t.service_minutes is not None:
            self.service_times.append(t.service_minutes)
            if t.norm_minutes is not None:
                self.with_norm += 1
                self.within_norm += t.service_minutes <= t.norm_minutes

    @property
    def mean_wait(self) -> float | None:
        return sum(self.waits) / len(self.waits) if self.waits else None

    @property
    def p90_wait(self) -> float | None:
        return percentile(self.waits, 0.9)

    @property
    def max_wait(self) -> float | None:
        return max(self.waits) if self.waits else None

    @property
    def mean_service(self) -> float | None:
        return sum(self.service_times) / len(self.service_times) if self.service_times else None

    @property
    def share_within_norm(self) -> float | None:
        return self.within_norm / self.with_norm if self.with_norm else None


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (the value that q of the customers did not exceed)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def load_facts(session: Session, first: dt.date, last: dt.date, zone: ZoneInfo) -> list[TicketFacts]:
    codes = dict(session.execute(select(QueueServiceType.id, QueueServiceType.code)).all())
    rows = session.execute(
        select(Ticket.business_date, Ticket.issued_at, Ticket.called_at, Ticket.started_at, Ticket.finished_at,
               Ticket.service_id, Ticket.served_by, Ticket.status, Ticket.back_entered, Ticket.norm_minutes)
        .where(Ticket.business_date.between(first, last))
    )
    facts = []
    for day, issued, called, started, finished, service_id, served_by, status, back, norm in rows:
        facts.append(TicketFacts(
            business_date=day,
            hour=issued.astimezone(zone).hour,
            service_code=codes[service_id],
            served_by=served_by,
            status=status,
            back_entered=back,
            wait_minutes=_minutes(issued, called),
            service_minutes=_minutes(started, finished),
            norm_minutes=norm,
        ))
    return facts


def _minutes(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return max((end - start).total_seconds() / 60, 0.0)  # a clock set back never gives a negative time


def summarise(facts: list[TicketFacts], key) -> dict:
    groups: dict = defaultdict(Summary)
    for fact in facts:
        groups[key(fact)].add(fact)
    return dict(groups)


def pause_minutes(session: Session, first: dt.date, last: dt.date, zone: ZoneInfo) -> dict[dt.date, float]:
    """Minutes windows spent paused, per day (a pause runs until the next event of that window)."""
    return pause_totals(session, first, last, zone)[0]


def pause_totals(session: Session, first: dt.date, last: dt.date,
                 zone: ZoneInfo) -> tuple[dict[dt.date, float], dict[str, float]]:
    """Paused minutes per day and per clerk who paused (until the next event of that window)."""
    start = dt.datetime.combine(first, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    events = session.execute(
        select(WindowEvent.window_id, WindowEvent.kind, WindowEvent.at, WindowEvent.staff_id)
        .where(WindowEvent.at >= start, WindowEvent.at < end)
        .order_by(WindowEvent.window_id, WindowEvent.at)
    ).all()
    by_day: dict[dt.date, float] = defaultdict(float)
    by_staff: dict[str, float] = defaultdict(float)
    paused_since: dict[str, tuple[dt.datetime, str | None]] = {}
    for window_id, kind, at, staff_id in events:
        if window_id in paused_since:
            since, who = paused_since.pop(window_id)
            minutes = max((at - since).total_seconds() / 60, 0.0)
            by_day[since.astimezone(zone).date()] += minutes
            if who:
                by_staff[who] += minutes
        if kind == "pause":
            paused_since[window_id] = (at, staff_id)
    return dict(by_day), dict(by_staff)


def staff_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Staff.id, Staff.full_name)).all())


# --- window advice ------------------------------------------------------------------------

@dataclass(frozen=True)
class AdviceTarget:
    share: float = 0.8  # e.g. 80 % of customers ...
    within_minutes: float = 10.0  # ... served within 10 minutes


@dataclass(frozen=True)
class HourAdvice:
    weekday: int  # 0 = Monday
    hour: int
    arrivals_per_hour: float
    service_minutes: float
    windows: int
    expected_share: float
    from_norms: bool


def advise(facts: list[TicketFacts], weeks: int, target: AdviceTarget,
           norm_minutes: dict[str, float]) -> list[HourAdvice]:
    """Windows to open for each hour of the week, by Erlang C on the mean arrivals of the past weeks.

    Service time is the measured mean of that hour when there are at least
    MIN_HISTORY_WEEKS of history, else the arrivals' norms.
    """
    if weeks <= 0:
        return []
    cells: dict[tuple[int, int], list[TicketFacts]] = defaultdict(list)
    for fact in facts:
        cells[(fact.business_date.weekday(), fact.hour)].append(fact)
    advice = []
    for (weekday, hour), tickets in sorted(cells.items()):
        rate = len(tickets) / weeks
        measured = [t.service_minutes for t in tickets if t.service_minutes is not None and not t.back_entered]
        from_norms = weeks < MIN_HISTORY_WEEKS or not measured
        if from_norms:
            minutes = sum(norm_minutes.get(t.service_code, 5.0) for t in tickets) / len(tickets)
        else:
            minutes = sum(measured) / len(measured)
        windows = erlang.windows_needed(rate, minutes, target.share, target.within_minutes)
        load = erlang.offered_load(rate, minutes)
        share = erlang.service_level(windows, load, minutes, target.within_minutes)
        advice.append(HourAdvice(weekday, hour, round(rate, 2), round(minutes, 2), windows, share, from_norms))
    return advice
