"""Closed days' stored figures: the same numbers as reading every ticket, and never stale."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select, update

from branchdesk.services.queue import figures, stats
from branchdesk.store.models import QueueDayBuilt, QueueDayFigures, Business, Staff, Ticket
from tests.conftest import MORNING, SHANGHAI

TODAY = MORNING.date()


def bucket_width(minutes: float) -> float:
    return 0.25 if minutes <= 30 else 1.0 if minutes <= 120 else 10.0


@given(st.lists(st.floats(0, 400, allow_nan=False), min_size=1, max_size=300))
def test_histogram_p90_is_at_most_one_bucket_above_the_exact_value(waits):
    summary = stats.Summary()
    for wait in waits:
        summary.add(stats.TicketFacts(TODAY, 9, "savings", None, "done", False, wait, None, None))
    exact = stats.percentile(waits, 0.9)
    read = stats.histogram_percentile(summary.wait_histogram, 0.9, max(waits))
    assert exact <= read <= max(waits)
    if exact <= 480:
        assert read - exact <= bucket_width(exact)


def reference(db, zone, first, last):
    """The figures computed the plain way: every ticket of the period read and added up."""
    with db.reading() as s:
        facts = stats.load_facts(s, first, last, zone)
    groups = {name: defaultdict(stats.Summary) for name in ("day", "hour", "business", "clerk")}
    total = stats.Summary()
    for fact in facts:
        total.add(fact)
        groups["day"][fact.business_date.isoformat()].add(fact)
        groups["hour"][f"{fact.hour:02d}:00"].add(fact)
        groups["business"][fact.business_code].add(fact)
        if fact.served_by:
            groups["clerk"][fact.served_by].add(fact)
    return total, groups


def assert_same(row, summary, single_day):
    assert (row.arrivals, row.served, row.no_shows) == (summary.arrivals, summary.served, summary.no_shows)
    for ours, plain in ((row.mean_wait, summary.mean_wait), (row.mean_service, summary.mean_service),
                        (row.share_within_norm, summary.share_within_norm)):
        assert ours == pytest.approx(plain, abs=1e-9) if plain is not None else ours is None
    assert row.max_wait == summary.max_wait
    exact = summary.p90_wait
    if exact is None or single_day:
        assert row.p90_wait == exact
    else:
        assert exact <= row.p90_wait <= exact + bucket_width(exact)


def check_period(services, first, last):
    zone = services.branch.settings().zone
    report = services.queue_reports.period(first, last)
    total, groups = reference(services.db, zone, first, last)
    single = first == last
    assert_same(report.total, total, single)
    assert [r.label for r in report.by_day] == sorted(k for k, v in groups["day"].items() if v.arrivals)
    for row in report.by_day:
        assert_same(row, groups["day"][row.label], True)
    assert [r.label for r in report.by_hour] == sorted(k for k, v in groups["hour"].items() if v.arrivals)
    for row in report.by_hour:
        assert_same(row, groups["hour"][row.label], single)
    with services.db.reading() as s:
        names = dict(s.execute(select(Business.name_zh, Business.code)).all())
        staff = dict(s.execute(select(Staff.full_name, Staff.id)).all())
    assert len(report.by_business) == sum(1 for v in groups["business"].values() if v.arrivals)
    for row in report.by_business:
        assert_same(row, groups["business"][names[row.label]], single)
    for row in report.by_clerk:
        assert_same(row, groups["clerk"][staff[row.label]], single)
    return report


def test_demo_weeks_match_reading_every_ticket(demo_services):
    check_period(demo_services, TODAY - dt.timedelta(days=27), TODAY)
    check_period(demo_services, TODAY - dt.timedelta(days=3), TODAY - dt.timedelta(days=3))
    with demo_services.db.reading() as s:  # the closed days were stored once, today was not
        built = set(s.scalars(select(QueueDayBuilt.business_date)))
    assert built == {TODAY - dt.timedelta(days=n) for n in range(1, 28)}


def test_demo_advice_is_unchanged_by_stored_figures(demo_services):
    """Advice from the stored figures equals advice from reading every closed ticket."""
    reports, db = demo_services.queue_reports, demo_services.db
    last = TODAY - dt.timedelta(days=1)
    with db.reading() as s:
        oldest = s.scalar(select(Ticket.business_date).order_by(Ticket.business_date).limit(1))
        facts = stats.load_facts(s, oldest, last, SHANGHAI)
        norms = {x.code: x.norm_base_min for x in s.scalars(select(Business))}
    weeks = max(1, round(((last - oldest).days + 1) / 7))
    plain = stats.advise(facts, weeks, stats.AdviceTarget(), norms)
    stored = reports.window_advice()
    assert [(a.weekday, a.hour, a.windows) for a in stored] == [(a.weekday, a.hour, a.windows) for a in plain]
    for ours, theirs in zip(stored, plain, strict=True):
        assert ours.arrivals_per_hour == theirs.arrivals_per_hour
        assert ours.service_minutes == pytest.approx(theirs.service_minutes, abs=0.011)


def test_a_back_entry_into_a_closed_day_shows_at_once(services, admin, clock):
    yesterday = TODAY - dt.timedelta(days=1)
    before = services.queue_reports.day(yesterday)
    assert before.total.arrivals == 0
    paper = dt.datetime.combine(yesterday, dt.time(10, 15), tzinfo=SHANGHAI)
    services.queue.back_enter(admin, "savings", paper, amount="500")
    after = services.queue_reports.day(yesterday)
    assert after.total.arrivals == 1 and [r.label for r in after.by_hour] == ["10:00"]
    with services.db.reading() as s:
        assert s.scalar(select(QueueDayBuilt.business_date)) == yesterday


def test_writing_a_ticket_drops_its_days_figures(demo_services):
    yesterday = TODAY - dt.timedelta(days=1)
    demo_services.queue_reports.period(yesterday - dt.timedelta(days=1), yesterday)
    db = demo_services.db
    with db.transaction() as s:
        ticket = s.scalars(select(Ticket).where(Ticket.business_date == yesterday).limit(1)).one()
        ticket.recalls += 1
    with db.reading() as s:
        assert s.get(QueueDayBuilt, yesterday) is None
        assert not s.scalars(select(QueueDayFigures).where(QueueDayFigures.business_date == yesterday)).all()
        assert s.get(QueueDayBuilt, yesterday - dt.timedelta(days=1)) is not None


def test_figures_built_in_another_time_zone_are_built_again(demo_services):
    yesterday = TODAY - dt.timedelta(days=1)
    first = demo_services.queue_reports.day(yesterday)
    with demo_services.db.transaction() as s:
        s.execute(update(QueueDayBuilt).values(zone="UTC"))
        s.execute(update(QueueDayFigures).values(arrivals=0))
    again = demo_services.queue_reports.day(yesterday)
    assert again.total == first.total and again.total.arrivals > 0


def test_days_are_built_in_short_transactions(demo_services, monkeypatch):
    monkeypatch.setattr(figures, "BATCH_TICKETS", 50)
    commits = []
    real = demo_services.db.transaction

    def counting():
        commits.append(1)
        return real()

    monkeypatch.setattr(demo_services.db, "transaction", counting)
    built = figures.ensure_built(demo_services.db, TODAY - dt.timedelta(days=7), TODAY - dt.timedelta(days=1),
                                 SHANGHAI)
    assert built == 7 and len(commits) == 7  # each demo day holds more than 50 tickets


TICKET = st.fixed_dictionaries({
    "days_ago": st.integers(0, 6),
    "minute": st.integers(8 * 60, 17 * 60),
    "status": st.sampled_from(["done", "done", "done", "no_show", "void", "waiting", "serving"]),
    "wait": st.floats(0, 200, allow_nan=False) | st.none(),
    "service": st.floats(0, 40, allow_nan=False),
    "norm": st.sampled_from([3.0, 4.0, 6.0, None]),
    "back": st.booleans(),
    "code": st.sampled_from(["savings", "mail", "remittance"]),
    "clerk": st.sampled_from(["admin", "clerk", None]),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tickets=st.lists(TICKET, max_size=40), first_ago=st.integers(0, 6), length=st.integers(0, 6))
def test_any_tickets_give_the_same_figures_as_reading_them_all(services, admin, clerk, tickets, first_ago, length):
    db = services.db
    with db.transaction() as s:
        for old in s.scalars(select(Ticket)):  # one by one: bulk writes would bypass the change log
            s.delete(old)
        business_ids = dict(s.execute(select(Business.code, Business.id)).all())
        people = {"admin": admin.staff_id, "clerk": clerk.staff_id, None: None}
        seq = defaultdict(int)
        for t in tickets:
            day = TODAY - dt.timedelta(days=t["days_ago"])
            seq[day] += 1
            issued = dt.datetime.combine(day, dt.time(t["minute"] // 60, t["minute"] % 60), tzinfo=SHANGHAI)
            called = issued + dt.timedelta(minutes=t["wait"]) if t["wait"] is not None else None
            done = t["status"] == "done" and called is not None
            s.add(Ticket(
                business_date=day, issue_seq=seq[day], prefix="A", number=seq[day], code=f"A{seq[day]:03d}",
                business_id=business_ids[t["code"]], original_business_id=business_ids[t["code"]], priority=False,
                channel="kiosk", issued_at=issued, status=t["status"], called_at=called, recalls=0,
                started_at=called if done else None,
                finished_at=called + dt.timedelta(minutes=t["service"]) if done else None,
                served_by=people[t["clerk"]] if done else None, norm_minutes=t["norm"],
                back_entered=t["back"], print_status="printed",
            ))
    first = TODAY - dt.timedelta(days=first_ago)
    check_period(services, first, min(TODAY, first + dt.timedelta(days=length)))
