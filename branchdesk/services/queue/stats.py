"""Queue statistics by day and hour, and window advice from the branch's own history.

Back-entered tickets (served on paper during a power cut) count as arrivals but
are kept out of every timing figure: their times were written down afterwards.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.services.queue import erlang
from branchdesk.store.models import Business, Staff, Ticket, WindowEvent

MIN_HISTORY_WEEKS = 2  # below this, advice uses the norms instead of measured service times
HISTORY_WEEKS = 6
DEFAULT_NORM_MINUTES = 5.0  # for a business no longer configured


@dataclass(frozen=True)
class TicketFacts:
    """What statistics need of one ticket, in branch-local time."""

    business_date: dt.date
    hour: int
    business_code: str
    served_by: str | None
    status: str
    back_entered: bool
    wait_minutes: float | None
    service_minutes: float | None
    norm_minutes: float | None


# Wait histogram bucket upper bounds, in minutes: 15 s steps to 30 min, 1 min steps to 2 h, 10 min steps
# to 8 h, then one open bucket. A P90 over several days is read from it: the bound of the bucket that
# holds the 90th percentile, so at most 15 s, 1 min or 10 min above the exact value (and never above
# the longest wait).
WAIT_BOUNDS: tuple[float, ...] = (tuple(0.25 * i for i in range(1, 121)) + tuple(30.0 + i for i in range(1, 91))
                                  + tuple(120.0 + 10 * i for i in range(1, 37)))


def wait_bucket(minutes: float) -> int:
    return bisect_left(WAIT_BOUNDS, minutes)


@dataclass
class Summary:
    """Counts and timings of a group of tickets: built from tickets (`add`) or from stored days (`merge`).

    The P90 wait is exact while the summary holds raw tickets only, or exactly one stored day;
    once several days are merged it comes from the wait histogram (see WAIT_BOUNDS).
    """

    arrivals: int = 0
    served: int = 0
    no_shows: int = 0
    wait_count: int = 0
    wait_sum: float = 0.0
    wait_max: float | None = None
    wait_histogram: list[int] = field(default_factory=list)
    service_count: int = 0
    service_sum: float = 0.0
    within_norm: int = 0
    with_norm: int = 0
    waits: list[float] = field(default_factory=list)  # the waits of the raw tickets added
    stored_p90: float | None = None  # the exact P90 of the first stored day merged
    stored_days: int = 0
    _pending: list[Sequence[int]] = field(default_factory=list)  # stored histograms not yet added up

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
            self._add_wait(t.wait_minutes)
        if t.service_minutes is not None:
            self.service_count += 1
            self.service_sum += t.service_minutes
            if t.norm_minutes is not None:
                self.with_norm += 1
                self.within_norm += t.service_minutes <= t.norm_minutes

    def merge(self, day: "StoredDay") -> None:
        """Add one stored day's figures of this group."""
        self.stored_days += 1
        if self.stored_days == 1:
            self.stored_p90 = day.wait_p90
        self.arrivals += day.arrivals
        self.served += day.served
        self.no_shows += day.no_shows
        self.wait_count += day.wait_count
        self.wait_sum += day.wait_sum
        if day.wait_max is not None:
            self.wait_max = day.wait_max if self.wait_max is None else max(self.wait_max, day.wait_max)
        if day.wait_histogram:
            self._pending.append(day.wait_histogram)
        self.service_count += day.service_count
        self.service_sum += day.service_sum
        self.within_norm += day.within_norm
        self.with_norm += day.with_norm

    def _add_wait(self, minutes: float) -> None:
        self.wait_count += 1
        self.wait_sum += minutes
        self.wait_max = minutes if self.wait_max is None else max(self.wait_max, minutes)
        bucket = wait_bucket(minutes)
        if bucket >= len(self.wait_histogram):
            self.wait_histogram.extend([0] * (bucket + 1 - len(self.wait_histogram)))
        self.wait_histogram[bucket] += 1
        self.waits.append(minutes)

    def histogram(self) -> list[int]:
        if self._pending:
            self.wait_histogram = [sum(column) for column in
                                   zip_longest(self.wait_histogram, *self._pending, fillvalue=0)]
            self._pending = []
        return self.wait_histogram

    @property
    def mean_wait(self) -> float | None:
        return self.wait_sum / self.wait_count if self.wait_count else None

    @property
    def p90_wait(self) -> float | None:
        if not self.stored_days:
            return percentile(self.waits, 0.9)
        if self.stored_days == 1 and not self.waits:
            return self.stored_p90
        return histogram_percentile(self.histogram(), 0.9, self.wait_max)

    @property
    def max_wait(self) -> float | None:
        return self.wait_max

    @property
    def mean_service(self) -> float | None:
        return self.service_sum / self.service_count if self.service_count else None

    @property
    def share_within_norm(self) -> float | None:
        return self.within_norm / self.with_norm if self.with_norm else None


@dataclass(slots=True)
class StoredDay:
    """One stored day of one group (a queue_day_figures row, its histogram decoded), as `Summary.merge` takes it."""

    business_date: dt.date
    dimension: str
    key: str
    arrivals: int
    served: int
    no_shows: int
    wait_count: int
    wait_sum: float
    wait_max: float | None
    wait_p90: float | None
    wait_histogram: Sequence[int]
    service_count: int
    service_sum: float
    within_norm: int
    with_norm: int


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (the value that q of the customers did not exceed)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def histogram_percentile(counts: list[int], q: float, largest: float | None) -> float | None:
    """The nearest-rank percentile read from a WAIT_BOUNDS histogram: its bucket's upper bound,
    or the largest value if that is smaller (or the bucket is the open one)."""
    total = sum(counts)
    if not total or largest is None:
        return None
    rank = max(1, math.ceil(q * total))
    seen = 0
    for bucket, count in enumerate(counts):
        seen += count
        if seen >= rank:
            return min(WAIT_BOUNDS[bucket], largest) if bucket < len(WAIT_BOUNDS) else largest
    return largest


def load_facts(session: Session, first: dt.date, last: dt.date, zone: ZoneInfo) -> list[TicketFacts]:
    codes = dict(session.execute(select(Business.id, Business.code)).all())
    rows = session.execute(
        select(Ticket.business_date, Ticket.issued_at, Ticket.called_at, Ticket.started_at, Ticket.finished_at,
               Ticket.business_id, Ticket.served_by, Ticket.status, Ticket.back_entered, Ticket.norm_minutes)
        .where(Ticket.business_date.between(first, last))
    )
    facts = []
    for day, issued, called, started, finished, business_id, served_by, status, back, norm in rows:
        facts.append(TicketFacts(
            business_date=day,
            hour=issued.astimezone(zone).hour,
            business_code=codes[business_id],
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


@dataclass
class HourCell:
    """What the past weeks hold for one hour of the week: arrivals, their norms and measured service."""

    arrivals: int = 0
    norm_sum: float = 0.0  # the arrivals' service norms, added up
    service_count: int = 0
    service_sum: float = 0.0


def hour_cells(facts: list[TicketFacts], norm_minutes: dict[str, float]) -> dict[tuple[int, int], HourCell]:
    """The advice's input from raw tickets; voided tickets never reached a customer and are left out."""
    cells: dict[tuple[int, int], HourCell] = defaultdict(HourCell)
    for fact in facts:
        if fact.status == "void":
            continue
        cell = cells[(fact.business_date.weekday(), fact.hour)]
        cell.arrivals += 1
        cell.norm_sum += norm_minutes.get(fact.business_code, DEFAULT_NORM_MINUTES)
        if fact.service_minutes is not None and not fact.back_entered:
            cell.service_count += 1
            cell.service_sum += fact.service_minutes
    return dict(cells)


def advise(facts: list[TicketFacts], weeks: int, target: AdviceTarget,
           norm_minutes: dict[str, float]) -> list[HourAdvice]:
    """Window advice from raw tickets of `weeks` whole weeks (see advise_cells)."""
    return advise_cells(hour_cells(facts, norm_minutes), dict.fromkeys(range(7), weeks), weeks, target)


def weekday_counts(first: dt.date, last: dt.date) -> dict[int, int]:
    """How often each weekday (0 = Monday) occurs from `first` to `last`, both included."""
    full_weeks, rest = divmod((last - first).days + 1, 7)
    counts = dict.fromkeys(range(7), full_weeks)
    for offset in range(rest):
        counts[(first.weekday() + offset) % 7] += 1
    return counts


def advise_cells(cells: dict[tuple[int, int], HourCell], occurrences: Mapping[int, int], weeks: int,
                 target: AdviceTarget) -> list[HourAdvice]:
    """Windows to open for each hour of the week, by Erlang C on the mean arrivals of the past weeks.

    An hour's rate is its arrivals divided by how often its weekday occurs in the history
    (`occurrences`, weekday → days): with ten days of history Monday occurs twice, not
    round(10 / 7) = once. Service time is the measured mean of that hour when there are at
    least MIN_HISTORY_WEEKS (`weeks`) of history, else the arrivals' norms.
    """
    advice = []
    for (weekday, hour), cell in sorted(cells.items()):
        days = occurrences.get(weekday, 0)
        if not cell.arrivals or days <= 0:
            continue
        rate = cell.arrivals / days
        from_norms = weeks < MIN_HISTORY_WEEKS or not cell.service_count
        minutes = cell.norm_sum / cell.arrivals if from_norms else cell.service_sum / cell.service_count
        windows = erlang.windows_needed(rate, minutes, target.share, target.within_minutes)
        load = erlang.offered_load(rate, minutes)
        share = erlang.service_level(windows, load, minutes, target.within_minutes)
        advice.append(HourAdvice(weekday, hour, round(rate, 2), round(minutes, 2), windows, share, from_norms))
    return advice
