"""An activity's plan, budget and channels (issue 10, item 1): draft, running, closed and read-only;
milestones with overdue marks; budget against actual with corrections as new entries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.activities.common import yuan_to_fen
from branchdesk.services.activities.plans import ActionInput, PlanInput
from branchdesk.store.models import ActivitySpending

from tests.activities.conftest import plan


def test_a_clerk_may_not_plan_and_bad_plans_are_refused(services, clerk, manager, today):
    with pytest.raises(PermissionDenied):
        services.activities.plans.create(clerk, plan(today))
    for bad, code in [(PlanInput(name=" "), "activity.no_name"),
                      (plan(today, goals={"satisfaction": 7}), "activity.satisfaction_goal"),
                      (plan(today, target_segments=("aliens",)), "activity.bad_segment")]:
        with pytest.raises(UserError) as caught:
            services.activities.plans.create(manager, bad)
        assert caught.value.code == code
    assert services.activities.plans.listing() == []


def test_draft_to_running_to_closed_and_closed_is_read_only(services, manager, today):
    plans = services.activities.plans
    draft = plans.create(manager, plan(today, days=()))
    assert draft.status == "draft" and draft.code.startswith("HD")
    assert [p.kind for p in draft.phases] == ["warmup", "execution", "review"]
    with pytest.raises(UserError) as caught:
        plans.start(manager, draft.id)
    assert caught.value.code == "activity.no_days"
    edited = plans.update(manager, draft.id, plan(today, name="集市日（改）"))
    assert edited.name == "集市日（改）" and len(edited.days) == 3
    running = plans.start(manager, draft.id)
    with pytest.raises(UserError) as caught:
        plans.update(manager, draft.id, plan(today, name="又改"))
    assert caught.value.code == "activity.started"
    with pytest.raises(UserError) as caught:
        plans.close(manager, running.id)
    assert caught.value.code == "activity.no_review"
    with pytest.raises(UserError):
        plans.write_review(manager, running.id, "p", "s", [ActionInput("a", manager.staff_id, today)] * 2)
    actions = [ActionInput(f"行动{i}", manager.staff_id, today + dt.timedelta(days=7)) for i in range(4)]
    plans.write_review(manager, running.id, "排队长", "增加签到台", actions)
    closed = plans.close(manager, running.id)
    assert closed.read_only and closed.review and len(closed.review.actions) == 4
    for attempt in (lambda: plans.set_phase(manager, draft.id, "warmup", None, "海报"),
                    lambda: plans.add_milestone(manager, draft.id, "rehearsal", today, None),
                    lambda: services.activities.channels.add(manager, draft.id, "新海报"),
                    lambda: services.activities.budget.add_line(manager, draft.id, "gifts", 10000)):
        with pytest.raises(UserError) as caught:
            attempt()
        assert caught.value.code == "activity.closed"


def test_milestones_past_their_day_are_marked_overdue_and_listed_for_home(services, manager, today, running):
    activity, _ = running
    plans = services.activities.plans
    late = plans.add_milestone(manager, activity.id, "materials_arrival", today - dt.timedelta(days=2),
                               manager.staff_id)
    plans.add_milestone(manager, activity.id, "review", today + dt.timedelta(days=3), None)
    assert late.overdue and late.owner_name == "李强"
    assert [m.id for m in plans.overdue_milestones()] == [late.id]
    assert plans.listing()[0].overdue_milestones == 1
    plans.set_milestone_done(manager, late.id)
    assert plans.overdue_milestones() == []
    assert [m.overdue for m in plans.get(activity.id).milestones] == [False, False]


def test_budget_against_actual_with_a_correction_as_a_new_entry(services, manager, today, running):
    activity, _ = running
    budget = services.activities.budget
    view = budget.add_line(manager, activity.id, "gifts", yuan_to_fen("1,000"), yuan_to_fen("100"))
    line = view.lines[0]
    entry = budget.spend(manager, line.id, yuan_to_fen("650"), today, "纸巾 200 包")
    budget.correct(manager, entry.id, yuan_to_fen("560"), "发票金额为 560")
    budget.spend(manager, line.id, yuan_to_fen("500.50"), today)
    (line,) = budget.budget(activity.id).lines
    assert line.spent_fen == 106050 and line.over_cap and not line.over_float
    budget.spend(manager, line.id, yuan_to_fen("45"), today)
    assert budget.budget(activity.id).lines[0].over_float
    with services.db.reading() as s:
        amounts = [e.amount_fen for e in s.scalars(select(ActivitySpending).order_by(ActivitySpending.seq))]
    assert amounts == [65000, -9000, 50050, 4500]  # the wrong entry stays
    for bad in ("abc", "-5", "1.234"):
        with pytest.raises(UserError):
            yuan_to_fen(bad)
    with pytest.raises(UserError):
        budget.add_line(manager, activity.id, "gifts", 1000, 2000)  # a float larger than the cap


def test_each_channel_gets_its_own_valid_code(services, manager, running):
    from branchdesk.services.activities.codes import is_valid_code

    activity, channels = running
    listed = services.activities.channels.listing(activity.id)
    assert len({c.code for c in listed}) == 2 and all(is_valid_code(c.code) for c in listed)
    changed = services.activities.channels.change(manager, channels[0].id, "入口海报", "poster", "东口", 4)
    assert changed.copies == 4 and changed.code == channels[0].code
