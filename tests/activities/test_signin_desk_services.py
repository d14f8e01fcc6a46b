"""What the sign-in desk and kiosk add to the sign-in service (issue 10, item 3): consent asked at the desk
after signing in plans the 48-hour call; the kiosk's opening and closing are checked and audited; the kiosk
signs customers in as themselves, and an empty consent box withdraws nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.activities.plans import ActionInput
from branchdesk.store.models import ActivityFollowUp, AuditEntry, Customer


def followups(services) -> int:
    with services.db.reading() as s:
        return s.scalar(select(func.count()).select_from(ActivityFollowUp))


def audited(services, action: str) -> list[str | None]:
    with services.db.reading() as s:
        return list(s.scalars(select(AuditEntry.actor_staff_id).where(AuditEntry.action == action)
                              .order_by(AuditEntry.position)))


def test_consent_given_at_the_desk_plans_the_call_once(services, clerk, running):
    activity, _ = running
    signins = services.activities.signins
    done = signins.sign_in(clerk, activity.id, "13812345678")
    assert "consent" in done.steps and followups(services) == 0
    signins.consent_given(clerk, done.signin_id)
    signins.consent_given(clerk, done.signin_id)  # a double press: one call, one audit entry
    assert followups(services) == 1
    assert audited(services, "customer.consent") == [clerk.staff_id]
    with services.db.reading() as s:
        assert s.scalar(select(Customer.consent).where(Customer.phone == "13812345678"))


def test_consent_given_is_refused_for_a_closed_activity(services, clerk, manager, running, today):
    activity, _ = running
    signins = services.activities.signins
    done = signins.sign_in(clerk, activity.id, "13812345678")
    services.activities.plans.write_review(manager, activity.id, "p", "s",
                                           [ActionInput(f"a{i}", manager.staff_id, today) for i in range(3)])
    services.activities.plans.close(manager, activity.id)
    with pytest.raises(UserError) as caught:
        signins.consent_given(clerk, done.signin_id)
    assert caught.value.code == "signin.closed" and followups(services) == 0
    with pytest.raises(UserError) as caught:
        signins.consent_given(clerk, "no-such-signin")
    assert caught.value.code == "signin.not_found"


def test_the_kiosk_is_opened_by_a_duty_manager_and_closed_by_them_or_above(services, clerk, manager, running):
    activity, _ = running
    signins = services.activities.signins
    with pytest.raises(PermissionDenied):
        signins.kiosk_opened(clerk, activity.id)
    signins.kiosk_opened(manager, activity.id)
    with pytest.raises(PermissionDenied):
        signins.kiosk_closed(clerk)
    signins.kiosk_closed(manager)
    assert audited(services, "activity.kiosk_opened") == [manager.staff_id]
    assert audited(services, "activity.kiosk_closed") == [manager.staff_id]


def test_the_kiosk_signs_in_without_staff_and_an_empty_box_keeps_consent(services, clerk, running, clock):
    activity, _ = running
    signins = services.activities.signins
    first = signins.sign_in(None, activity.id, "13912345678", source="kiosk", consent=True)
    assert first.status == "new" and first.customer.consent and "consent" not in first.steps
    clock.advance(days=1)
    again = signins.sign_in(None, activity.id, "13912345678", source="kiosk", consent=None)
    assert again.status == "returning" and again.customer.consent
