"""Invitations and business done (issue 10, items 6 and 7's figures): the call list by segment, last visit
and consent; who was invited; follow-ups for invited customers who did not come; business counted with
corrections as new entries."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.errors import PermissionDenied, UserError


def test_the_call_list_holds_consenting_customers_by_segment_and_last_visit(services, clerk, manager, running,
                                                                              clock):
    activity, _ = running
    acts = services.activities
    regular = acts.signins.sign_in(clerk, activity.id, "13800000001", consent=True).customer
    acts.customers.set_details(manager, regular.id, "老王", "farmers")
    acts.signins.sign_in(clerk, activity.id, "13800000002", consent=False)  # never to be called
    merchant = acts.signins.sign_in(clerk, activity.id, "13800000003", consent=True).customer
    acts.customers.set_details(manager, merchant.id, "", "merchants")
    listed = acts.invitations.candidates(activity.id)
    assert {c.customer_id for c in listed} == {regular.id, merchant.id}
    assert all("****" in c.phone_masked for c in listed)
    (farmer,) = acts.invitations.candidates(activity.id, segments=("farmers",))
    assert farmer.customer_id == regular.id and farmer.last_visit == clock.now()
    assert acts.invitations.candidates(activity.id, not_seen_since=clock.now() - dt.timedelta(days=1)) == []


def test_invited_customers_who_did_not_come_get_a_follow_up_once(services, clerk, manager, running, today, clock):
    from tests.activities.conftest import plan

    activity, _ = running
    acts = services.activities
    came = acts.signins.sign_in(clerk, activity.id, "13800000001", consent=True).customer
    stayed = acts.signins.sign_in(clerk, activity.id, "13800000002", consent=True).customer
    silent = acts.signins.sign_in(clerk, activity.id, "13800000003", consent=False).customer
    later = acts.plans.start(manager, acts.plans.create(manager, plan(today, name="年终答谢会")).id)
    with pytest.raises(PermissionDenied):
        acts.invitations.invite(clerk, later.id, came.id, "phone")
    with pytest.raises(UserError) as caught:
        acts.invitations.invite(manager, later.id, silent.id, "phone")
    assert caught.value.code == "invitation.no_consent"
    acts.invitations.invite(manager, later.id, came.id, "phone")
    acts.invitations.invite(manager, later.id, stayed.id, "sms", "短信已发")
    assert all(c.invited for c in acts.invitations.candidates(later.id))
    clock.advance(days=1)
    acts.signins.sign_in(clerk, later.id, "13800000001")
    assert acts.invitations.plan_no_show_follow_ups(manager, later.id) == 1
    assert acts.invitations.plan_no_show_follow_ups(manager, later.id) == 0
    (no_show,) = [f for f in acts.followups.listing(later.id) if f.reason == "no_show"]
    assert no_show.customer_id == stayed.id
    done = acts.followups.record(manager, no_show.id, "reached", 4, offer="寄送活动纪念封")
    assert done.state == "done"


def test_business_done_counts_with_corrections_as_new_entries(services, clerk, running):
    activity, _ = running
    business = services.activities.business
    first = business.record(clerk, activity.id, "储蓄开户", 3)
    business.record(clerk, activity.id, "集邮预订")
    business.record(clerk, activity.id, "储蓄开户", -1, corrects_id=first)
    assert business.total(activity.id) == 3
    for bad in (dict(business=" ", quantity=1), dict(business="寄递", quantity=-2), dict(business="寄递", quantity=0)):
        with pytest.raises(UserError):
            business.record(clerk, activity.id, **bad)
    assert business.total(activity.id) == 3
