"""How long a waiting ticket will wait, as an honest clerk would say it.

The old estimate counted only the tickets of the same business and divided by
the windows; but a window serving several businesses calls them all, and the
call policy puts priority tickets first. So this plays the queue forward: each
open window, when it is (expected to be) free, calls the ticket the real call
policy would choose among those it serves, and keeps that customer for the
business's mean time at a window. The ticket's wait is the moment a window
calls it; the people ahead are those called before it at windows that serve its
business. Priority tickets likely to come (at today's recent rate) are played
too, since the policy may call them first; they are nobody's "people ahead".
The spread of the service times gives a range, not a false minute: whole
minutes up to ten, fives beyond.

Pure: plain data in, plain data out (no database, no clock).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from branchdesk.services.queue import policy as call_policy

RIGHT_AWAY, RANGE, NO_WINDOW = "right_away", "range", "no_window"
WALK_UP_MINUTES = 0.5  # from the call to the customer at the window: not in the measured service time
DEFAULT_NORM_MINUTES = 5.0  # a business with no known time (no longer offered)
SERVICE_CV = 0.6  # spread of one service time (sd / mean) when today has too few to measure it
MIN_SAMPLES = 5  # measured service times needed before they replace the fallback
MIN_MEASURED_CV = 0.2  # five customers alike are luck: the spread is taken as at least this
# The range: waits run long (a slow customer, a priority ticket arriving later goes first), seldom short.
SPREAD_BELOW_SD = 1.0
SPREAD_ABOVE_SD = 1.6
MIN_SPREAD_MINUTES = 1.0  # a wait is never promised to the minute
ROUND_ABOVE_MINUTES = 10  # beyond this, minutes are said in fives
ROUND_TO_MINUTES = 5
RIGHT_AWAY_MINUTES = 2  # "right away" still leaves the clerk a moment to press "call next"
OVER_AN_HOUR = 60  # a range starting here is said as "over an hour"
HORIZON_MINUTES = 120.0  # how far ahead priority tickets still to come are counted


@dataclass(frozen=True)
class Queued:
    """A waiting ticket and its business."""

    ticket: call_policy.Waiting
    business: str


@dataclass(frozen=True)
class Counter:
    """An open window: what it serves, and who is at it since when (None: free now)."""

    number: int
    serves: frozenset[str]
    busy_with: str | None = None  # the business of the customer called or served there
    busy_since: dt.datetime | None = None
    history: call_policy.CallHistory = field(default_factory=call_policy.CallHistory)


@dataclass(frozen=True)
class ServiceTime:
    """A business's mean time a customer holds a window, and its standard deviation, in minutes."""

    mean: float
    sd: float

    @classmethod
    def from_service(cls, service_minutes: float) -> ServiceTime:
        """From a service time (the norm, or a measured mean): the walk to the window added."""
        mean = service_minutes + WALK_UP_MINUTES
        return cls(mean, mean * SERVICE_CV)

    @classmethod
    def measured(cls, minutes: Sequence[float], fallback: ServiceTime) -> ServiceTime:
        """From measured window times (call to finish); the fallback while there are too few."""
        return cls.from_sums(len(minutes), sum(minutes), sum(m * m for m in minutes), fallback)

    @classmethod
    def from_sums(cls, count: int, total: float, squares: float, fallback: ServiceTime) -> ServiceTime:
        """From the count, sum and sum of squares of measured window times (added up in SQL)."""
        if count < MIN_SAMPLES:
            return fallback
        mean = total / count
        var = max(squares - count * mean * mean, 0.0) / (count - 1)
        return cls(mean, max(math.sqrt(var), mean * MIN_MEASURED_CV))


@dataclass(frozen=True)
class WaitEstimate:
    """What the ticket says: the people ahead and the wait, in the minutes printed."""

    state: str  # RIGHT_AWAY, RANGE or NO_WINDOW
    ahead: int
    low: int  # minutes, rounded as said (0 when RIGHT_AWAY or NO_WINDOW)
    high: int
    expected_minutes: float  # unrounded (0 when NO_WINDOW): for tests and figures

    @property
    def over_an_hour(self) -> bool:
        return self.state == RANGE and self.low >= OVER_AN_HOUR

    def holds(self, minutes: float) -> bool:
        """Whether an actual wait is what the ticket said (for the simulation's check)."""
        if self.state == RIGHT_AWAY:
            return minutes <= self.high
        if self.state == NO_WINDOW:
            return True  # no number was promised
        if self.over_an_hour:
            return minutes >= self.low
        return self.low <= minutes <= self.high


def estimate(target: str, waiting: Sequence[Queued], counters: Sequence[Counter],
             times: Mapping[str, ServiceTime], policy: call_policy.Policy, now: dt.datetime,
             expected: Sequence[Queued] = ()) -> WaitEstimate:
    """The wait of the waiting ticket `target` (its ticket_id)."""
    return forecast(waiting, counters, times, policy, now, expected, stop_at=target)[target]


def forecast(waiting: Sequence[Queued], counters: Sequence[Counter], times: Mapping[str, ServiceTime],
             policy: call_policy.Policy, now: dt.datetime, expected: Sequence[Queued] = (),
             stop_at: str | None = None) -> dict[str, WaitEstimate]:
    """Every waiting ticket's estimate (up to `stop_at`, when given), from one play of the queue.

    `expected`: priority tickets likely to come (see `expected_priority`); the policy may call them
    first once they have come, but they are nobody's "people ahead": nobody is there yet."""
    left = _Lanes(waiting)
    coming = sorted(expected, key=lambda q: q.ticket.issued_at)
    # (free at, in minutes from now; variance of that; window index): a min-heap on the time
    heap: list[tuple[float, float, int]] = []
    for index, counter in enumerate(counters):
        start, var = 0.0, 0.0
        if counter.busy_with is not None:
            start, var = _remaining(_time(times, counter.busy_with), counter, now)
        heap.append((start, var, index))
    heapq.heapify(heap)
    history = [c.history for c in counters]
    called_at_serving: dict[str, int] = defaultdict(int)  # business -> real calls so far at windows serving it
    result: dict[str, WaitEstimate] = {}
    real = {q.ticket.ticket_id for q in waiting}
    while heap and real:
        at, var, index = heapq.heappop(heap)
        moment = now + dt.timedelta(minutes=at)
        while coming and coming[0].ticket.issued_at <= moment:
            left.add(coming.pop(0))
        counter = counters[index]
        candidates = left.heads(counter.serves)
        chosen = call_policy.choose(candidates, policy, history[index], moment)
        if chosen is None:
            later = next((q for q in coming if q.business in counter.serves), None)
            if later is not None:  # idle until the next one it serves comes
                heapq.heappush(heap, (_minutes(later.ticket.issued_at - now), var, index))
            continue  # else nothing left that this window serves: it drops out
        queued = left.take(chosen.ticket_id)
        history[index] = history[index].after(chosen)
        if chosen.ticket_id in real:
            real.discard(chosen.ticket_id)
            # The spread is that of the customers before it at the window that calls it, one after another.
            # Several windows even it out, but which one frees first is as uncertain: a simulated day
            # (tests/queue/test_wait_simulation.py) holds 84-95% of waits in the range said, not 65-80% when
            # the spread is shared among the windows.
            result[chosen.ticket_id] = _said(at, var, called_at_serving[queued.business])
            for business in counter.serves:
                called_at_serving[business] += 1
            if chosen.ticket_id == stop_at:
                break
        service = _time(times, queued.business)
        heapq.heappush(heap, (at + service.mean, var + service.sd ** 2, index))
    for ticket_id in real:  # no open window serves them
        result[ticket_id] = WaitEstimate(NO_WINDOW, 0, 0, 0, 0.0)
    return result


class _Lanes:
    """The tickets not yet called, by business and priority, each lane kept in two orders.

    Every policy picks the first of a lane, in the order of issue (strict, interleave) or of
    waiting time (aging: its claim grows with the wait, the same for all of the lane). So the real
    policy is offered only those heads: the same choice as from the whole queue (a test checks it),
    without reading a hundred tickets at every call of a market-day morning."""

    def __init__(self, waiting: Sequence[Queued]) -> None:
        self.by_id: dict[str, Queued] = {}
        # (business, priority) -> heaps of (issue_seq, 0, id) and of (issued at, issue_seq, id)
        self.lanes: dict[tuple[str, bool], tuple[list[tuple[float, int, str]], list[tuple[float, int, str]]]] = {}
        for queued in waiting:
            self.add(queued)

    def add(self, queued: Queued) -> None:
        ticket = queued.ticket
        self.by_id[ticket.ticket_id] = queued
        by_seq, by_time = self.lanes.setdefault((queued.business, ticket.priority), ([], []))
        heapq.heappush(by_seq, (float(ticket.issue_seq), 0, ticket.ticket_id))
        heapq.heappush(by_time, (ticket.issued_at.timestamp(), ticket.issue_seq, ticket.ticket_id))

    def take(self, ticket_id: str) -> Queued:
        return self.by_id.pop(ticket_id)  # its lane entries go when they reach the top

    def heads(self, businesses: frozenset[str]) -> list[call_policy.Waiting]:
        found: dict[str, call_policy.Waiting] = {}
        for (business, _priority), (by_seq, by_time) in self.lanes.items():
            if business not in businesses:
                continue
            for order in (by_seq, by_time):
                while order and order[0][-1] not in self.by_id:
                    heapq.heappop(order)
                if order:
                    ticket_id = order[0][-1]
                    found[ticket_id] = self.by_id[ticket_id].ticket
        return list(found.values())


def expected_priority(per_hour: Mapping[str, float], now: dt.datetime, after_seq: int,
                      horizon_minutes: float = HORIZON_MINUTES) -> list[Queued]:
    """Priority tickets likely to come, evenly spaced at each business's recent rate (per hour):
    under every policy they may be called before tickets already waiting."""
    coming = []
    for business, rate in sorted(per_hour.items()):
        if rate <= 0:
            continue
        gap = 60.0 / rate
        at = gap / 2
        while at < horizon_minutes:
            coming.append((at, business))
            at += gap
    coming.sort()
    return [_priority_ticket(f"expected-{n}", after_seq + n + 1, now + dt.timedelta(minutes=at), business)
            for n, (at, business) in enumerate(coming)]


def _priority_ticket(ticket_id: str, seq: int, issued_at: dt.datetime, business: str) -> Queued:
    return Queued(call_policy.Waiting(ticket_id, seq, issued_at, True), business)


def _minutes(delta: dt.timedelta) -> float:
    return delta.total_seconds() / 60.0


def _time(times: Mapping[str, ServiceTime], business: str) -> ServiceTime:
    return times.get(business) or ServiceTime.from_service(DEFAULT_NORM_MINUTES)


def _remaining(service: ServiceTime, counter: Counter, now: dt.datetime) -> tuple[float, float]:
    """The expected rest of the customer at a window, and its variance.

    One already past the mean is not about to finish on the dot: count a quarter of the mean more."""
    assert counter.busy_since is not None, "a busy window says since when"
    elapsed = max(_minutes(now - counter.busy_since), 0.0)
    rest = max(service.mean - elapsed, service.mean / 4)
    return rest, service.sd ** 2  # how long one customer still takes is as uncertain as a whole visit


def _said(expected: float, var: float, ahead: int) -> WaitEstimate:
    if expected <= 0:  # a window is free and will call it now (another free one takes who is ahead)
        return WaitEstimate(RIGHT_AWAY, ahead, 0, RIGHT_AWAY_MINUTES, 0.0)
    sd = math.sqrt(var)
    low = max(expected - max(SPREAD_BELOW_SD * sd, MIN_SPREAD_MINUTES), 0.0)
    low, high = said_range(low, expected + max(SPREAD_ABOVE_SD * sd, MIN_SPREAD_MINUTES))
    return WaitEstimate(RANGE, ahead, low, high, expected)


def said_range(low: float, high: float) -> tuple[int, int]:
    """Whole minutes up to ten, fives beyond; rounded outwards, and never a single minute."""
    low_said = _down(low)
    high_said = _up(high)
    if high_said <= low_said:
        high_said = _up(low_said + 1)
    return low_said, high_said


def _down(minutes: float) -> int:
    whole = math.floor(minutes)
    return whole if whole <= ROUND_ABOVE_MINUTES else max(ROUND_ABOVE_MINUTES, whole - whole % ROUND_TO_MINUTES)


def _up(minutes: float) -> int:
    whole = math.ceil(minutes)
    if whole <= ROUND_ABOVE_MINUTES:
        return whole
    return -(-whole // ROUND_TO_MINUTES) * ROUND_TO_MINUTES
