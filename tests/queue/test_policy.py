"""Call policies: strict priority, interleaving, and aging (nobody waits for ever)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from branchdesk.services.queue.policy import AGING, INTERLEAVE, STRICT, CallHistory, Policy, Waiting, choose

T0 = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.timezone.utc)

# A stream of events: ("issue", priority) or ("call",), with minutes passing between them.
events = st.lists(
    st.tuples(st.sampled_from(["issue", "issue", "call"]), st.booleans(), st.integers(0, 6)), min_size=1, max_size=80
)


def simulate(policy: Policy, stream, check):
    waiting: list[Waiting] = []
    history = CallHistory()
    now = T0
    seq = 0
    for kind, priority, minutes in stream:
        now += dt.timedelta(minutes=minutes)
        if kind == "issue":
            seq += 1
            waiting.append(Waiting(f"t{seq}", seq, now, priority))
            continue
        called = choose(waiting, policy, history, now)
        if called is None:
            continue
        check(called, list(waiting), history, now)
        waiting.remove(called)
        history = history.after(called)


@settings(max_examples=200)
@given(stream=events)
def test_strict_never_serves_a_normal_ticket_before_a_waiting_priority_one(stream):
    def check(called, waiting, history, now):
        if any(w.priority for w in waiting):
            assert called.priority
        same_class = [w for w in waiting if w.priority == called.priority]
        assert called.issue_seq == min(w.issue_seq for w in same_class)  # first come, first served

    simulate(Policy(STRICT), stream, check)


@settings(max_examples=200)
@given(stream=events, every=st.integers(1, 5))
def test_interleave_calls_a_waiting_priority_ticket_after_every_n_others(stream, every):
    def check(called, waiting, history, now):
        if any(w.priority for w in waiting) and history.normal_since_priority >= every:
            assert called.priority
        if not called.priority:
            assert history.normal_since_priority < every or not any(w.priority for w in waiting)

    simulate(Policy(INTERLEAVE, every=every), stream, check)


@settings(max_examples=300)
@given(stream=events, bonus=st.floats(0, 30))
def test_aging_never_lets_a_later_ticket_overtake_by_more_than_the_bonus(stream, bonus):
    """Nobody waits for ever: only tickets issued within `bonus` minutes after yours can pass you."""

    def check(called, waiting, history, now):
        for other in waiting:
            if other.issue_seq < called.issue_seq:
                late_by = (called.issued_at - other.issued_at).total_seconds() / 60
                assert late_by <= bonus + 1e-9

    simulate(Policy(AGING, bonus_minutes=bonus), stream, check)


def test_aging_serves_a_long_waiting_normal_ticket_before_a_fresh_priority_one():
    old = Waiting("old", 1, T0, False)
    fresh = Waiting("fresh", 2, T0 + dt.timedelta(minutes=25), True)
    now = T0 + dt.timedelta(minutes=26)
    assert choose([old, fresh], Policy(AGING, bonus_minutes=10), CallHistory(), now) is old
    assert choose([old, fresh], Policy(STRICT), CallHistory(), now) is fresh


def test_a_clock_set_back_does_not_reorder_by_wall_time():
    first = Waiting("first", 1, T0 + dt.timedelta(hours=1), False)  # issued before the clock went back
    second = Waiting("second", 2, T0, False)
    assert choose([second, first], Policy(STRICT), CallHistory(), T0).ticket_id == "first"
    assert choose([second, first], Policy(AGING), CallHistory(), T0).ticket_id == "first"


def test_nothing_waiting():
    assert choose([], Policy(), CallHistory(), T0) is None
