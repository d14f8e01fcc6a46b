"""Signing customers in (issue 10, items 3-4): what the scanner or keyboard typed, a clear refusal for
anything wrong with nothing recorded, and two scans of one customer sign in once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.activities import codes
from branchdesk.services.activities.plans import ActionInput
from branchdesk.store.models import ActivitySignIn, AuditEntry

from tests.activities.conftest import plan


def signins(services) -> int:
    with services.db.reading() as s:
        return s.scalar(select(func.count()).select_from(ActivitySignIn))


def test_a_phone_signs_a_new_customer_in_once_and_the_second_scan_says_already(services, clerk, running):
    activity, _ = running
    first = services.activities.signins.sign_in(clerk, activity.id, "138 1234 5678")
    assert first.status == "new" and first.customer.phone_masked == "138****5678"
    assert "consent" in first.steps  # not asked yet: ask for follow-up consent
    again = services.activities.signins.sign_in(clerk, activity.id, "13812345678")
    assert again.status == "already" and again.signed_in_at == first.signed_in_at
    assert signins(services) == 1
    assert services.activities.signins.totals(activity.id) == (1, 1)


def test_a_poster_scan_then_the_phone_records_the_channel(services, clerk, running):
    activity, (gate, flyer) = running
    read = services.activities.signins.sign_in(clerk, activity.id, f"https://hq.example.cn/c/{flyer.code}".upper())
    assert read.status == "channel" and read.channel.id == flyer.id
    assert signins(services) == 0  # nothing yet: the phone says who
    done = services.activities.signins.sign_in(clerk, activity.id, "13912345678", channel_code=read.channel.code)
    assert (done.status, done.channel.name) == ("new", "赶集折页")
    counts = {c.id: c.sign_ins for c in services.activities.channels.listing(activity.id)}
    assert counts == {gate.id: 0, flyer.id: 1}
    line = services.activities.signins.recent(activity.id)[0]
    assert (line.source, line.channel_name, line.phone_masked) == ("scan", "赶集折页", "139****5678")


def _another_code(code: str) -> str:
    body = code[:-1]
    return body + str((int(code[-1]) + 1) % 10)


@pytest.mark.parametrize("typed, code", [
    ("hello", "signin.unreadable"),
    ("12345678901", "signin.unreadable"),  # eleven digits, not a mobile number
    ("1381234", "signin.truncated"),
])
def test_unreadable_input_is_refused_and_nothing_is_recorded(services, clerk, running, typed, code):
    activity, _ = running
    with pytest.raises(UserError) as caught:
        services.activities.signins.sign_in(clerk, activity.id, typed)
    assert caught.value.code == code
    assert signins(services) == 0


def test_mistyped_truncated_unknown_and_foreign_codes_are_refused(services, clerk, manager, running, today):
    activity, (gate, _) = running
    acts = services.activities
    other = acts.plans.start(manager, acts.plans.create(manager, plan(today, name="另一个活动")).id)
    foreign = acts.channels.add(manager, other.id, "别处海报")
    cases = {
        _another_code(gate.code): "signin.mistyped",
        gate.code[:7]: "signin.truncated",
        codes.new_code(lambda c: c in {gate.code, foreign.code}): "signin.unknown_code",
        foreign.code: "signin.other_activity",
    }
    for typed, code in cases.items():
        with pytest.raises(UserError) as caught:
            acts.signins.sign_in(clerk, activity.id, typed)
        assert caught.value.code == code, typed
        with pytest.raises(UserError) as caught:  # a bad remembered code refuses the phone too
            acts.signins.sign_in(clerk, activity.id, "13800000000", channel_code=typed)
        assert caught.value.code == code, typed
    assert signins(services) == 0


def test_a_closed_activity_s_poster_and_a_closed_or_draft_activity_are_refused(services, clerk, manager, running,
                                                                                 today):
    activity, _ = running
    acts = services.activities
    old = acts.plans.start(manager, acts.plans.create(manager, plan(today, name="上月活动")).id)
    old_channel = acts.channels.add(manager, old.id, "旧海报")
    actions = [ActionInput(f"改进{i}", manager.staff_id, today) for i in range(3)]
    acts.plans.write_review(manager, old.id, "人手不足", "提前排班", actions)
    acts.plans.close(manager, old.id)
    with pytest.raises(UserError) as caught:
        acts.signins.sign_in(clerk, activity.id, old_channel.code)
    assert caught.value.code == "signin.closed_code"
    with pytest.raises(UserError) as caught:
        acts.signins.sign_in(clerk, old.id, "13812345678")
    assert caught.value.code == "signin.closed"
    draft = acts.plans.create(manager, plan(today, name="草稿"))
    with pytest.raises(UserError) as caught:
        acts.signins.sign_in(clerk, draft.id, "13812345678")
    assert caught.value.code == "signin.draft"
    assert signins(services) == 0


def test_the_next_day_the_customer_is_returning(services, clerk, running, clock):
    activity, _ = running
    services.activities.signins.sign_in(clerk, activity.id, "13812345678")
    clock.advance(days=1)
    again = services.activities.signins.sign_in(clerk, activity.id, "13812345678")
    assert again.status == "returning" and again.customer.visits == 2


def test_a_consenting_participant_gets_a_follow_up_due_in_48_hours(services, clerk, manager, running, clock):
    activity, _ = running
    done = services.activities.signins.sign_in(clerk, activity.id, "13812345678", consent=True)
    assert "consent" not in done.steps
    (followup,) = services.activities.followups.listing(activity.id)
    assert followup.due_at == clock.now() + dt.timedelta(hours=48) and followup.state == "due"
    clock.advance(hours=49)
    assert services.activities.followups.listing(activity.id)[0].state == "overdue"
    with pytest.raises(PermissionDenied):
        services.activities.followups.record(clerk, followup.id, "reached", 5)
    with pytest.raises(UserError):
        services.activities.followups.record(manager, followup.id, "reached")  # the score is needed
    services.activities.followups.record(manager, followup.id, "unreachable")
    assert services.activities.followups.listing(activity.id)[0].state == "overdue"
    view = services.activities.followups.record(manager, followup.id, "reached", 4)
    assert (view.state, view.satisfaction, view.attempts) == ("done", 4, 2)


def test_a_paper_row_outside_the_event_days_is_refused(services, clerk, running, today, clock):
    activity, _ = running
    zone = services.branch.require_settings().zone
    long_ago = dt.datetime.combine(today - dt.timedelta(days=5), dt.time(10), tzinfo=zone)
    with pytest.raises(UserError) as caught:
        services.activities.signins.sign_in(clerk, activity.id, "13812345678", source="paper", at=long_ago,
                                            paper_sheet=1, paper_row=3)
    assert caught.value.code == "signin.not_event_day"
    yesterday = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(10), tzinfo=zone)
    done = services.activities.signins.sign_in(clerk, activity.id, "13812345678", source="paper", at=yesterday,
                                               paper_sheet=1, paper_row=3)
    assert done.status == "new" and done.signed_in_at == yesterday
    line = services.activities.signins.recent(activity.id)[0]
    assert (line.source, line.paper_sheet) == ("paper", 1)


def test_a_cancelled_visit_takes_its_follow_up_call_along(services, clerk, manager, running, clock):
    from branchdesk.store.models import ActivityFollowUp

    activity, _ = running
    signins = services.activities.signins

    def follow_ups() -> list[tuple[str | None, dt.datetime]]:
        with services.db.reading() as s:
            return [(f.signin_id, f.due_at) for f in s.query(ActivityFollowUp)]
    yesterday = clock.now() - dt.timedelta(days=1)
    first = signins.sign_in(clerk, activity.id, "13812345678", source="paper", at=yesterday, paper_sheet=1,
                            paper_row=1, consent=True)
    today = signins.sign_in(clerk, activity.id, "13812345678")
    assert follow_ups() == [(first.signin_id, yesterday + dt.timedelta(hours=48))]
    signins.void(manager, first.signin_id, "录错了人")  # the call moves to the visit that stands
    assert follow_ups() == [(today.signin_id, today.signed_in_at + dt.timedelta(hours=48))]
    signins.void(manager, today.signin_id, "重复录入")  # no visit left: no call to make
    assert follow_ups() == []


def test_a_void_cancels_a_sign_in_and_the_counts_follow(services, clerk, manager, running):
    activity, (gate, _) = running
    done = services.activities.signins.sign_in(clerk, activity.id, "13812345678", channel_code=gate.code)
    with pytest.raises(PermissionDenied):
        services.activities.signins.void(clerk, done.signin_id, "重复录入")
    services.activities.signins.void(manager, done.signin_id, "重复录入")
    assert services.activities.signins.totals(activity.id) == (0, 0)
    assert services.activities.channels.listing(activity.id)[0].sign_ins == 0
    assert services.activities.signins.recent(activity.id) == []
    again = services.activities.signins.sign_in(clerk, activity.id, "13812345678")
    assert again.status == "returning"  # the customer record stays; today's sign-in was cancelled


def test_a_reveal_needs_the_calling_role_and_is_audited(services, clerk, manager, admin, running):
    activity, _ = running
    done = services.activities.signins.sign_in(clerk, activity.id, "13812345678")
    for who in (clerk, admin):
        with pytest.raises(PermissionDenied):
            services.activities.customers.reveal_phone(who, done.customer.id)
    assert services.activities.customers.reveal_phone(manager, done.customer.id) == "13812345678"
    with services.db.reading() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.position.desc())).first()
        assert (entry.action, entry.actor_staff_id) == ("customer.phone_revealed", manager.staff_id)
