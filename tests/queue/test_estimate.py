"""The wait a ticket says: from the call policy and the windows that serve it (issue 8, item 2)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from branchdesk.services.queue import estimate as est
from branchdesk.services.queue import policy as call_policy
from tests.conftest import MORNING

NOW = MORNING
TIMES = {"mail": est.ServiceTime(4.0, 2.0), "savings": est.ServiceTime(5.0, 2.5),
         "remittance": est.ServiceTime(7.0, 3.0)}
ALL = frozenset(TIMES)


def queued(seq: int, business: str, priority: bool = False, minutes_ago: float = 0.0) -> est.Queued:
    issued = NOW - dt.timedelta(minutes=minutes_ago)
    return est.Queued(call_policy.Waiting(f"t{seq}", seq, issued, priority), business)


def busy(number: int, serves: frozenset[str], business: str, minutes_ago: float) -> est.Counter:
    return est.Counter(number, serves, business, NOW - dt.timedelta(minutes=minutes_ago))


def test_a_priority_ticket_behind_three_is_told_it_is_next():
    # The reported case: told "3 ahead, about 9 min", then called first.
    waiting = [queued(1, "savings"), queued(2, "savings"), queued(3, "savings"), queued(4, "savings", priority=True)]
    said = est.estimate("t4", waiting, [busy(1, ALL, "savings", 2)], TIMES, call_policy.Policy(), NOW)
    assert said.ahead == 0
    assert said.state == est.RANGE and said.low <= 3 <= said.high  # the customer at the window, ~3 min more


def test_a_business_alone_in_its_queue_waits_behind_the_others_its_window_serves():
    # The reported case: C001 told "0 ahead, 0 min", waited 12 minutes behind mail and savings.
    waiting = [queued(1, "mail"), queued(2, "savings"), queued(3, "mail"), queued(4, "remittance")]
    said = est.estimate("t4", waiting, [busy(1, ALL, "mail", 1)], TIMES, call_policy.Policy(), NOW)
    assert said.ahead == 3
    assert said.expected_minutes == pytest.approx(3 + 4 + 5 + 4)
    assert said.low <= 12 and said.high >= 16


def test_only_windows_that_serve_the_business_count_and_others_ahead_elsewhere_do_not():
    mail_only = est.Counter(1, frozenset({"mail"}))
    everything = busy(2, ALL, "savings", 0)
    waiting = [queued(1, "mail"), queued(2, "mail"), queued(3, "savings")]
    said = est.forecast(waiting, [mail_only, everything], TIMES, call_policy.Policy(), NOW)
    # Window 1 takes the mail, window 2 (free in 5 min) the savings ticket: nobody ahead of it there.
    assert said["t3"].ahead == 0 and said["t3"].expected_minutes == pytest.approx(5)
    assert said["t1"].state == est.RIGHT_AWAY


def test_right_away_when_a_window_is_free_and_nobody_is_ahead():
    said = est.estimate("t1", [queued(1, "mail")], [est.Counter(1, ALL)], TIMES, call_policy.Policy(), NOW)
    assert (said.state, said.ahead) == (est.RIGHT_AWAY, 0)


def test_no_open_window_for_the_business_says_so_instead_of_a_number():
    said = est.estimate("t1", [queued(1, "remittance")], [est.Counter(1, frozenset({"mail"}))], TIMES,
                        call_policy.Policy(), NOW)
    assert said.state == est.NO_WINDOW
    assert est.estimate("t1", [queued(1, "mail")], [], TIMES, call_policy.Policy(), NOW).state == est.NO_WINDOW


@pytest.mark.parametrize("kind, ahead", [(call_policy.STRICT, 0), (call_policy.INTERLEAVE, 2), (call_policy.AGING, 1)])
def test_the_people_ahead_follow_the_call_policy(kind, ahead):
    # Three normal tickets waited 20, 15 and 0 minutes; a priority one was just issued.
    waiting = [queued(1, "mail", minutes_ago=20), queued(2, "mail", minutes_ago=15), queued(3, "mail"),
               queued(4, "mail", priority=True)]
    window = est.Counter(1, ALL, "mail", NOW, call_policy.CallHistory(1))
    policy = call_policy.Policy(kind=kind, every=3, bonus_minutes=18)
    assert est.estimate("t4", waiting, [window], TIMES, policy, NOW).ahead == ahead


def test_a_customer_past_the_mean_is_not_expected_to_leave_this_second():
    said = est.estimate("t1", [queued(1, "mail")], [busy(1, ALL, "mail", 30)], TIMES, call_policy.Policy(), NOW)
    assert said.expected_minutes == pytest.approx(1.0)  # a quarter of the 4-minute mean
    assert said.state == est.RANGE and said.high >= 2


@pytest.mark.parametrize("low, high, said", [
    (0.0, 0.4, (0, 1)), (2.3, 6.8, (2, 7)), (7.2, 12.1, (7, 15)), (11.0, 19.0, (10, 20)),
    (23.4, 41.0, (20, 45)), (5.0, 5.0, (5, 6)), (10.0, 10.0, (10, 15)),
])
def test_minutes_are_whole_up_to_ten_then_fives_rounded_outwards(low, high, said):
    assert est.said_range(low, high) == said


def test_measured_times_replace_the_fallback_once_there_are_enough():
    fallback = est.ServiceTime.from_service(4.0)
    assert fallback == est.ServiceTime(4.5, 4.5 * est.SERVICE_CV)
    assert est.ServiceTime.measured([6.0] * (est.MIN_SAMPLES - 1), fallback) is fallback
    measured = est.ServiceTime.measured([4.0, 6.0, 8.0, 6.0, 6.0], fallback)
    assert measured.mean == pytest.approx(6.0) and measured.sd == pytest.approx(1.4142, abs=1e-3)


# --- through the queue service, on a real database --------------------------------------------

def serve_one(queue, actor, window: int, minutes: float, clock) -> None:
    queue.call_next(actor, window)
    queue.start(actor, window)
    clock.advance(minutes=minutes)
    queue.finish(actor, window, amount="100")


def test_issued_priority_ticket_is_told_it_is_next_and_is_called_first(services, admin, clock):
    queue = services.queue
    queue.open_window(admin, 1)
    for _ in range(4):
        queue.issue("savings")
    queue.call_next(admin, 1)  # B001 at the window
    vip = queue.issue("savings", priority=True)
    assert vip.ahead == 0 and vip.wait is not None and vip.wait.state == est.RANGE
    assert vip.wait.high <= 10  # not "3 ahead, about 12 min"
    queue.start(admin, 1)
    queue.finish(admin, 1, amount="100")
    assert queue.call_next(admin, 1).code == vip.code


def test_issued_remittance_ticket_counts_the_others_its_window_serves(services, admin, clock):
    queue = services.queue
    queue.open_window(admin, 1)
    for code in ("mail", "savings", "mail"):
        queue.issue(code)
    c001 = queue.issue("remittance")
    assert c001.code == "C001"
    assert c001.ahead == 3  # not "0 ahead, about 0 min"
    assert c001.wait.low <= 12 <= c001.wait.high


def test_issued_with_no_window_open_for_the_business_says_so(services, admin, clock):
    queue = services.queue
    services.queue_settings.save_window(admin, 1, "1号窗口", ["mail"], old_number=1)
    queue.open_window(admin, 1)
    said = queue.issue("remittance").wait
    assert said is not None and said.state == est.NO_WINDOW
    assert queue.issue("mail").wait.state == est.RIGHT_AWAY


def test_measured_service_times_of_today_replace_the_norm(services, admin, clock):
    queue = services.queue
    queue.open_window(admin, 1)
    for _ in range(est.MIN_SAMPLES):
        queue.issue("savings")
        serve_one(queue, admin, 1, 12.0, clock)  # the norm says 4
    queue.issue("savings")
    said = queue.issue("savings")  # one ahead of it at a free window
    assert said.ahead == 1 and said.wait.expected_minutes == pytest.approx(12.0)


def test_what_the_ticket_said_is_kept_in_its_issued_event(services, admin, clock):
    from sqlalchemy import select

    from branchdesk.store.models import TicketEvent

    services.queue.open_window(admin, 1)
    services.queue.issue("mail")
    with services.db.reading() as s:
        detail = s.scalar(select(TicketEvent.detail).where(TicketEvent.kind == "issued"))
    assert '"said": ["right_away", 0, 0, 2]' in detail


@pytest.mark.parametrize("kind", call_policy.POLICIES)
def test_offering_the_policy_only_the_heads_of_each_lane_picks_what_the_whole_queue_would(kind):
    # The estimate offers the real policy each lane's first by issue and by waiting time only (fast on a
    # market day); on random queues, with equal issue times and a clock set back, the pick is the same.
    rng = random.Random(kind)
    policy = call_policy.Policy(kind=kind, every=2, bonus_minutes=7)
    for _ in range(300):
        waiting = [queued(seq, rng.choice(list(TIMES)), rng.random() < 0.3, minutes_ago=rng.choice([-3, 0, 1, 1, 5, 12]))
                   for seq in range(1, rng.randint(1, 25))]
        lanes = est._Lanes(waiting)
        for q in rng.sample(waiting, len(waiting) // 3):
            lanes.take(q.ticket.ticket_id)
        serves = frozenset(rng.sample(list(TIMES), rng.randint(1, 3)))
        history = call_policy.CallHistory(rng.randint(0, 3))
        whole = [q.ticket for q in waiting if q.ticket.ticket_id in lanes.by_id and q.business in serves]
        assert call_policy.choose(lanes.heads(serves), policy, history, NOW) == \
            call_policy.choose(whole, policy, history, NOW)
