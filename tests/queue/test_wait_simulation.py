"""A simulated day at the counter: does the wait printed on each ticket hold? (issue 8, item 2)

A discrete-event simulation drives the real queue service on a real database:
customers arrive at random (seeded) for several businesses, some with priority;
three windows serve different sets of businesses; whenever a window is free it
presses "call next", so the real call policy picks every ticket; service times
are drawn around means the norms do not know (the estimate must learn them from
the day). Each ticket's printed range is then held against its actual wait.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from dataclasses import dataclass

import pytest

from branchdesk.services.queue import estimate as est
from branchdesk.services.queue import policy as call_policy
from tests.conftest import SHANGHAI

# business: (share of arrivals, true mean minutes at the counter, shape of its gamma spread)
MIX = {"mail": (0.35, 4.0, 3.0), "savings": (0.30, 5.5, 2.5), "remittance": (0.15, 8.0, 4.0),
       "periodicals": (0.10, 3.0, 2.0), "other": (0.10, 6.0, 2.0)}
WINDOWS = {1: ["mail", "periodicals", "other"], 2: ["savings", "remittance"],
           3: ["mail", "savings", "remittance", "periodicals", "other"]}
ARRIVALS_PER_HOUR = 34  # about 85% of what the three windows can do
PRIORITY_SHARE = 0.1
DAY_MINUTES = 240
HOLDS_SHARE = 0.8  # at least this share of customers wait as long as their ticket said


@dataclass
class Customer:
    business: str
    priority: bool
    issued_at: float
    said: est.WaitEstimate
    called_at: float | None = None
    ahead: int = 0  # customers called, at windows serving its business, between its issue and its call


def simulate(services, admin, clock, policy: call_policy.Policy, seed: int) -> list[Customer]:
    rng = random.Random(seed)
    queue = services.queue
    services.queue_settings.set_policy(admin, policy)
    for number, codes in WINDOWS.items():
        services.queue_settings.save_window(admin, number, f"{number}号窗口", codes, old_number=number)
        queue.open_window(admin, number)
    opening = dt.datetime(2026, 11, 24, 8, 30, tzinfo=SHANGHAI)
    events: list[tuple[float, int, str, int]] = []  # (minute, tie-break, kind, window or 0)
    minute, order = 0.0, 0
    while True:
        minute += rng.expovariate(ARRIVALS_PER_HOUR / 60)
        if minute > DAY_MINUTES:
            break
        order += 1
        heapq.heappush(events, (minute, order, "arrive", 0))
    customers: dict[str, Customer] = {}
    free = set(WINDOWS)
    waiting_now: set[str] = set()
    businesses, shares = list(MIX), [share for share, _, _ in MIX.values()]
    while events:
        minute, _, kind, window = heapq.heappop(events)
        clock.at = opening + dt.timedelta(minutes=minute)
        if kind == "arrive":
            business = rng.choices(businesses, shares)[0]
            info = queue.issue(business, priority=rng.random() < PRIORITY_SHARE)
            assert info.wait is not None
            customers[info.code] = Customer(business, info.priority, minute, info.wait)
            waiting_now.add(info.code)
        else:  # the customer at `window` is done
            queue.finish(admin, window, amount="100", units=1)
            free.add(window)
        for number in sorted(free):
            called = queue.call_next(admin, number)
            if called is None:
                continue
            free.discard(number)
            customer = customers[called.code]
            customer.called_at = minute
            waiting_now.discard(called.code)
            for code in waiting_now:
                if customers[code].business in WINDOWS[number]:
                    customers[code].ahead += 1
            queue.start(admin, number)
            _, mean, shape = MIX[customer.business]
            order += 1
            heapq.heappush(events, (minute + rng.gammavariate(shape, mean / shape), order, "done", number))
    return list(customers.values())


@pytest.mark.parametrize("kind, seed", [(call_policy.STRICT, 1), (call_policy.INTERLEAVE, 2),
                                        (call_policy.AGING, 3)])
def test_most_customers_wait_as_long_as_their_ticket_said(services, admin, clock, kind, seed):
    day = simulate(services, admin, clock, call_policy.Policy(kind=kind), seed)
    assert len(day) > 100 and sum(c.priority for c in day) >= 5
    waits = [(c.said, c.called_at - c.issued_at) for c in day if c.called_at is not None]
    assert len(waits) == len(day)  # every one was called by the end of the day
    held = [said.holds(wait) for said, wait in waits]
    share = sum(held) / len(held)
    misses = [(said.state, said.ahead, said.low, said.high, round(wait, 1))
              for (said, wait), ok in zip(waits, held, strict=True) if not ok]
    assert share >= HOLDS_SHARE, (share, misses)
    # And the ranges are ones a clerk would say, not "0 to 90 minutes" to be always right.
    widths = sorted(said.high - said.low for said, _ in waits if said.state == est.RANGE)
    assert widths[len(widths) // 2] <= 15, widths
    # The people ahead are those the windows serving it called before it, priority tickets come later aside.
    counted = [abs(c.said.ahead - c.ahead) <= 1 for c in day]
    assert sum(counted) / len(counted) >= HOLDS_SHARE
    if kind == call_policy.STRICT:  # the reported case: a priority ticket is told it is (about) next
        told = [c.said.ahead for c in day if c.priority]
        assert sum(ahead <= 1 for ahead in told) / len(told) >= HOLDS_SHARE, told
