"""Statistics and window advice from the branch's own tickets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from branchdesk.services.queue import stats
from branchdesk.services.queue.demo import is_market_day
from tests.conftest import MORNING, SHANGHAI


def facts(day, hour, n, service_minutes=4.0, code="savings", back=False):
    return [stats.TicketFacts(day, hour, code, "clerk-1", "done", back, 1.0, service_minutes, 4.0)
            for _ in range(n)]


def test_percentile_is_nearest_rank():
    assert stats.percentile(list(range(1, 11)), 0.9) == 9
    assert stats.percentile([5.0], 0.9) == 5.0
    assert stats.percentile([], 0.9) is None


def test_advice_reproduces_erlang_for_a_steady_hour():
    monday = dt.date(2026, 11, 2)
    history = []
    for week in range(4):  # 30 arrivals of 4 minutes at 9-10 each Monday for four weeks
        history += facts(monday + dt.timedelta(weeks=week), 9, 30)
    (advice,) = stats.advise(history, 4, stats.AdviceTarget(0.8, 5), {"savings": 4.0})
    assert (advice.weekday, advice.hour, advice.arrivals_per_hour, advice.windows) == (0, 9, 30, 3)
    assert advice.expected_share == pytest.approx(0.873, abs=5e-4)
    assert not advice.from_norms


def test_advice_uses_the_norms_until_there_is_enough_history():
    monday = dt.date(2026, 11, 2)
    (advice,) = stats.advise(facts(monday, 9, 30, service_minutes=1.0), 1, stats.AdviceTarget(0.8, 5),
                             {"savings": 4.0})
    assert advice.from_norms and advice.service_minutes == 4.0 and advice.windows == 3


def test_back_entered_tickets_count_as_arrivals_but_not_in_timings():
    summary = stats.Summary()
    for fact in facts(dt.date(2026, 11, 2), 9, 3, 2.0) + facts(dt.date(2026, 11, 2), 9, 2, 50.0, back=True):
        summary.add(fact)
    assert summary.arrivals == 5
    assert summary.mean_service == 2.0 and summary.share_within_norm == 1.0


def test_back_entry_through_the_service(services, admin, clock):
    clock.advance(hours=2)  # 09:30: paper tickets of the morning's power cut, within opening hours
    paper = clock.now() - dt.timedelta(hours=1)
    ticket = services.queue.back_enter(admin, "savings", paper, amount="2000")
    assert (ticket.status, ticket.norm_minutes) == ("done", 4)
    report = services.queue_reports.day(clock.now().astimezone(SHANGHAI).date())
    assert report.total.arrivals == 1 and report.total.mean_service is None


def test_demo_history_shows_busy_market_mornings(demo_services):
    today = MORNING.date()
    report = demo_services.queue_reports.period(today - dt.timedelta(days=28), today)
    assert report.total.arrivals > 1500
    mornings = {r.label: r.arrivals for r in report.by_hour}
    assert mornings["09:00"] > 2 * mornings["15:00"]
    market = [r for r in report.by_day if is_market_day(dt.date.fromisoformat(r.label))]
    plain = [r for r in report.by_day if not is_market_day(dt.date.fromisoformat(r.label))]
    assert sum(r.arrivals for r in market) / len(market) > 1.3 * sum(r.arrivals for r in plain) / len(plain)
    assert 0.3 < report.total.share_within_norm < 0.95
    assert {r.label for r in report.by_clerk} <= {"王芳", "李强", "张敏", "刘洋"}


def test_demo_advice_opens_more_windows_in_the_morning(demo_services):
    advice = {(a.weekday, a.hour): a.windows for a in demo_services.queue_reports.window_advice()}
    tuesday_morning, tuesday_afternoon = advice[(1, 9)], advice[(1, 15)]
    assert tuesday_morning > tuesday_afternoon >= 1
    hint = demo_services.queue_reports.advice_now()
    assert hint is None or (hint.weekday, hint.hour) == (MORNING.weekday(), MORNING.hour)


def test_demo_built_mid_morning_has_a_live_queue(db, cheap_hasher):
    from branchdesk.services import Services
    from branchdesk.services.clock import FixedClock
    from branchdesk.services.demo import build_demo

    ten = dt.datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)  # a Monday, 10:00
    build_demo(db, cheap_hasher, now=ten, queue_weeks=1)
    services = Services.build(db, FixedClock(ten), cheap_hasher)
    open_windows = [w for w in services.queue.windows() if w.state == "open"]
    assert len(open_windows) >= 2
    at_windows = [services.queue.current(w.number) for w in open_windows]
    assert all(t is not None and t.status in ("called", "serving") for t in at_windows)
    assert all(t.issued_at <= ten for t in services.queue.waiting())
    # the day goes on from where the demo left it
    next_ticket = services.queue.issue("mail")
    assert next_ticket.business_date == ten.date() and next_ticket.code != "A001"


@given(first=st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1)),
       length=st.integers(min_value=1, max_value=120))
def test_weekday_counts_count_each_weekday_in_the_history(first, length):
    last = first + dt.timedelta(days=length - 1)
    days = [first + dt.timedelta(days=n) for n in range(length)]
    assert stats.weekday_counts(first, last) == {w: sum(d.weekday() == w for d in days) for w in range(7)}


def test_a_branch_with_ten_days_of_history_reads_its_mondays_right():
    """Ten days hold two Mondays: 60 arrivals in a Monday hour are 30 an hour, not 60 (issue 8, item 3)."""
    cells = {(0, 9): stats.HourCell(arrivals=60, norm_sum=60 * 4.0)}
    first = dt.date(2026, 11, 9)  # a Monday
    (advice,) = stats.advise_cells(cells, stats.weekday_counts(first, first + dt.timedelta(days=9)), 1,
                                   stats.AdviceTarget(0.8, 10))
    assert advice.arrivals_per_hour == 30
    halved = stats.advise_cells({(0, 9): stats.HourCell(arrivals=30, norm_sum=30 * 4.0)},
                                dict.fromkeys(range(7), 1), 1, stats.AdviceTarget(0.8, 10))
    assert advice.windows == halved[0].windows
