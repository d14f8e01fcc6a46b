"""Follow-ups after the activity (issue 10, item 6): participants within 48 real hours (a weekend and a
change of the branch's time zone move nothing), invited customers who did not come with the offer made,
corrections as new entries, and the count for the home page."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.activities.followups import DONE, DUE, OVERDUE
from branchdesk.services.activities.no_shows import WAITING
from branchdesk.services.activities.plans import EventDay
from branchdesk.store.models import ActivityContact

from tests.activities.conftest import plan
from tests.conftest import SHANGHAI, branch_settings

FRIDAY = dt.date(2026, 11, 27)


def local(day: dt.date, hour: int, minute: int = 0, zone: dt.tzinfo = SHANGHAI) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


@pytest.fixture
def weekend(services, manager, clerk, clock):
    """A market running Friday to Monday; a customer who agreed to a follow-up signs in Friday at 16:00."""
    acts = services.activities
    days = tuple(EventDay(FRIDAY + dt.timedelta(days=n)) for n in range(4))
    activity = acts.plans.start(manager, acts.plans.create(manager, plan(FRIDAY, days=days)).id)
    clock.at = local(FRIDAY, 16)
    done = acts.signins.sign_in(clerk, activity.id, "13912340000", consent=True)
    return activity, done


def state(services, activity_id: str) -> str:
    (view,) = [v for v in services.activities.followups.listing(activity_id) if v.reason == "visit"]
    return view.state


def test_48_hours_run_through_the_weekend(services, weekend, clock):
    activity, _ = weekend
    clock.at = local(FRIDAY + dt.timedelta(days=2), 15, 59)  # Sunday
    assert state(services, activity.id) == DUE
    assert services.activities.no_shows.counts().due == 1
    clock.at = local(FRIDAY + dt.timedelta(days=2), 16, 1)
    assert state(services, activity.id) == OVERDUE
    counts = services.activities.no_shows.counts()
    assert (counts.due, counts.overdue) == (0, 1)


def test_a_change_of_the_branch_time_zone_moves_no_deadline(services, weekend, clock, admin):
    activity, _ = weekend
    services.branch.update(admin, branch_settings(timezone="Asia/Urumqi"))  # UTC+6: two hours behind Beijing
    (view,) = services.activities.followups.listing(activity.id)
    assert view.due_at == local(FRIDAY + dt.timedelta(days=2), 16)  # the same instant
    assert view.due_at.astimezone(ZoneInfo("Asia/Urumqi")).hour == 14  # shown two hours earlier there
    clock.at = local(FRIDAY + dt.timedelta(days=2), 15, 59)
    assert state(services, activity.id) == DUE
    clock.at = local(FRIDAY + dt.timedelta(days=2), 16, 1)
    assert state(services, activity.id) == OVERDUE


def test_a_reached_participant_is_done_and_a_correction_is_a_new_entry(services, weekend, clock, manager):
    activity, _ = weekend
    clock.at = local(FRIDAY + dt.timedelta(days=1), 10)
    (view,) = services.activities.followups.listing(activity.id)
    done = services.activities.followups.record(manager, view.id, "reached", satisfaction=3)
    assert (done.state, done.satisfaction) == (DONE, 3)
    assert services.activities.no_shows.counts().open == 0
    with pytest.raises(UserError) as caught:
        services.activities.no_shows.correct(manager, view.id, "reached", satisfaction=None)
    assert caught.value.code == "followup.no_score"
    services.activities.no_shows.correct(manager, view.id, "reached", satisfaction=5, note="记错了，客户说很满意")
    (after,) = services.activities.followups.listing(activity.id)
    assert (after.state, after.satisfaction, after.attempts, after.done_at) == (DONE, 5, 2, done.done_at)
    with services.db.reading() as s:
        assert [c.satisfaction for c in s.scalars(select(ActivityContact).order_by(ActivityContact.seq))] == [3, 5]


@pytest.fixture
def invited(services, manager, clerk, running, clock):
    """Three customers invited by phone to the running activity (its last day is tomorrow); one came."""
    activity, _ = running
    acts = services.activities
    ids = []
    for phone in ("13700000001", "13700000002", "13700000003"):
        ids.append(acts.signins.sign_in(clerk, activity.id, phone, consent=True).customer.id)
    # They signed in today only to exist as customers: cancel two of those sign-ins, they "did not come".
    for signin in acts.signins.recent(activity.id)[:3]:
        if signin.phone_masked != "137****0003":
            acts.signins.void(manager, signin.id, "test set-up")
    acts.invitations.record(manager, activity.id, ids, "phone")
    return activity, ids


def test_invited_customers_who_did_not_come_wait_until_the_last_day_ends(services, invited, clock, manager):
    activity, ids = invited
    no_shows = services.activities.no_shows
    listed = no_shows.listing(activity.id)
    assert sorted(v.phone_masked for v in listed) == ["137****0001", "137****0002"]  # 0003 came
    assert all(v.consent for v in listed)  # they agreed to be called
    assert {v.state for v in listed} == {WAITING}
    with pytest.raises(UserError) as caught:
        no_shows.record(manager, activity.id, ids[0], "reached", offer="活动回顾")
    assert caught.value.code == "noshow.waiting"
    open_visits = [v for v in services.activities.followups.listing(activity.id) if v.state != DONE]
    assert no_shows.counts().open == len(open_visits)  # the waiting no-shows count for nothing yet


def test_after_the_activity_no_shows_are_due_for_48_hours_with_the_offer(services, invited, clock, manager, clerk,
                                                                         today):
    activity, ids = invited
    no_shows = services.activities.no_shows
    last_day_over = local(today + dt.timedelta(days=2), 0)  # the last day (tomorrow) has no closing hour
    clock.at = last_day_over + dt.timedelta(hours=10)
    assert {v.state for v in no_shows.listing(activity.id)} == {DUE}
    with pytest.raises(PermissionDenied):
        no_shows.record(clerk, activity.id, ids[0], "reached", offer="活动回顾")
    with pytest.raises(UserError) as caught:
        no_shows.record(manager, activity.id, ids[0], "reached")
    assert caught.value.code == "noshow.no_offer"
    with pytest.raises(UserError) as caught:
        no_shows.record(manager, activity.id, ids[2], "reached", offer="活动回顾")  # she came
    assert caught.value.code == "noshow.not_found"
    done = no_shows.record(manager, activity.id, ids[0], "reached", offer="活动回顾和一份补偿小礼品")
    assert (done.state, done.offer, done.due_at) == (DONE, "活动回顾和一份补偿小礼品", last_day_over + dt.timedelta(hours=48))
    tried = no_shows.record(manager, activity.id, ids[1], "unreachable")
    assert (tried.state, tried.attempts) == (DUE, 1)
    clock.at = last_day_over + dt.timedelta(hours=48, minutes=1)
    states = {v.customer_id: v.state for v in no_shows.listing(activity.id)}
    assert states == {ids[0]: DONE, ids[1]: OVERDUE}
    assert no_shows.counts().overdue >= 1
    # The no-show follow-up is not a participant's: the visit list keeps its own.
    assert all(v.reason in ("visit", "no_show") for v in services.activities.followups.listing(activity.id))
