"""An activity set up as a branch head would: a manager, a running plan with today as an event day,
two channels, a budget."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.services.activities.plans import EventDay, PlanInput
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff


@pytest.fixture
def manager(services, admin):
    info = services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    return services.staff.sign_in(info.username, "2468")


@pytest.fixture
def today(services, admin) -> dt.date:
    return services.branch.today()


def plan(today: dt.date, **changes) -> PlanInput:
    base = dict(name="金秋集市日", theme="邮政进集市", poster_text="扫码签到领好礼", target_segments=("farmers",),
                days=(EventDay(today - dt.timedelta(days=1)), EventDay(today), EventDay(today + dt.timedelta(days=1))),
                goals={"participants": 200, "new_customers": 50, "satisfaction": 4.5})
    base.update(changes)
    return PlanInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def running(services, manager, today):
    """A running activity with two channels; returns (activity, [gate, flyer])."""
    acts = services.activities
    activity = acts.plans.create(manager, plan(today))
    activity = acts.plans.start(manager, activity.id)
    gate = acts.channels.add(manager, activity.id, "集市入口海报", "poster", "集市东口", 2)
    flyer = acts.channels.add(manager, activity.id, "赶集折页", "flyer", "摊位派发", 500)
    return activity, [gate, flyer]
