"""The complaint register: the 3-day deadline, overdue, bad input and who may do what (issue 11, item 6)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.complaints import deadline_for, mask_contact
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import AuditEntry, Complaint, ComplaintStep
from tests.conftest import SHANGHAI, branch_settings

FRIDAY_AFTERNOON = dt.datetime(2026, 11, 27, 16, 40, tzinfo=SHANGHAI)


@pytest.fixture
def head(services, admin):
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    return services.staff.sign_in("wangfang", "1357")


def register(services, actor, clock, **changes):
    fields = dict(received_at=clock.now(), channel="visit", category="delay", summary="包裹五天未到",
                  contact="13812341234", first_staff_id=actor.staff_id, assignee_staff_id=actor.staff_id)
    fields.update(changes)
    return services.complaints.register(actor, **fields)


def counts(services) -> tuple[int, int, int]:
    with services.db.reading() as s:
        return (s.scalar(select(func.count()).select_from(Complaint)),
                s.scalar(select(func.count()).select_from(ComplaintStep)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def test_a_friday_complaint_is_due_monday_at_the_same_time_weekends_count(services, clerk, clock):
    clock.at = FRIDAY_AFTERNOON
    complaint = register(services, clerk, clock)
    assert complaint.deadline_at.astimezone(SHANGHAI) == dt.datetime(2026, 11, 30, 16, 40, tzinfo=SHANGHAI)
    assert complaint.deadline_at.astimezone(SHANGHAI).weekday() == 0  # Monday: Saturday and Sunday counted


def test_overdue_the_minute_after_the_deadline_and_due_soon_the_day_before(services, clerk, clock):
    clock.at = FRIDAY_AFTERNOON
    complaint = register(services, clerk, clock)
    clock.at = dt.datetime(2026, 11, 29, 16, 39, tzinfo=SHANGHAI)  # Sunday, 24 h + 1 min left
    assert services.complaints.overdue() == [] and services.complaints.due_soon() == []
    clock.advance(minutes=2)
    assert [c.id for c in services.complaints.due_soon()] == [complaint.id]
    clock.at = dt.datetime(2026, 11, 30, 16, 40, tzinfo=SHANGHAI)
    assert services.complaints.overdue() == []  # at the deadline itself: still in time
    clock.advance(minutes=1)
    overdue = services.complaints.overdue()
    assert [c.id for c in overdue] == [complaint.id] and overdue[0].overdue(clock.now())
    assert services.complaints.due_soon() == []


def test_a_reply_takes_it_off_the_overdue_list_and_says_it_was_late(services, clerk, head, clock):
    complaint = register(services, clerk, clock)
    clock.advance(days=4)
    detail = services.complaints.reply(head, complaint.id, "已查明原因并致歉")
    assert services.complaints.overdue() == []
    assert detail.complaint.closed and detail.complaint.answered_late


def test_deadline_is_three_calendar_days_at_the_same_local_time_across_a_clock_change():
    berlin = ZoneInfo("Europe/Berlin")  # summer time ends on 2026-10-25: that span lasts 73 hours
    received = dt.datetime(2026, 10, 23, 10, 0, tzinfo=berlin)
    deadline = deadline_for(received, berlin)
    assert deadline.astimezone(berlin) == dt.datetime(2026, 10, 26, 10, 0, tzinfo=berlin)
    assert deadline - received == dt.timedelta(hours=73)


def test_a_changed_branch_time_zone_keeps_registered_deadlines_and_rules_new_ones(services, admin, clerk, clock):
    before = register(services, clerk, clock)
    services.branch.update(admin, branch_settings(timezone="Asia/Urumqi"))  # two hours behind Beijing time
    assert services.complaints.get(before.id).complaint.deadline_at == before.deadline_at  # the promise stands
    after = register(services, clerk, clock)
    urumqi = ZoneInfo("Asia/Urumqi")
    assert after.deadline_at.astimezone(urumqi) == clock.now().astimezone(urumqi) + dt.timedelta(days=3)
    # Received the same instant: three days later in either zone is the same instant (no summer time).
    assert after.deadline_at == before.deadline_at
    received_late_evening = dt.datetime(2026, 11, 23, 23, 30, tzinfo=SHANGHAI)  # 21:30 in Urumqi
    late = register(services, clerk, clock, received_at=received_late_evening)
    assert late.deadline_at.astimezone(urumqi) == dt.datetime(2026, 11, 26, 21, 30, tzinfo=urumqi)


@pytest.mark.parametrize("change, code", [
    ({"channel": ""}, "complaint.no_channel"),
    ({"channel": "fax"}, "complaint.no_channel"),
    ({"category": ""}, "complaint.no_category"),
    ({"summary": "   "}, "complaint.no_summary"),
    ({"contact": ""}, "complaint.no_contact"),
    ({"first_staff_id": ""}, "complaint.no_person"),
    ({"assignee_staff_id": "nobody"}, "complaint.no_person"),
])
def test_bad_input_is_refused_and_changes_nothing(services, clerk, clock, change, code):
    before = counts(services)
    with pytest.raises(UserError) as refused:
        register(services, clerk, clock, **change)
    assert refused.value.code == code
    assert counts(services) == before


def test_a_deadline_already_past_or_a_receipt_in_the_future_is_refused(services, clerk, clock):
    before = counts(services)
    with pytest.raises(UserError) as refused:
        register(services, clerk, clock, received_at=clock.now() - dt.timedelta(days=3, minutes=1))
    assert refused.value.code == "complaint.deadline_past"
    assert "2026-11-24 07:29" in refused.value.render()  # the deadline, in the branch's own time
    with pytest.raises(UserError) as refused:
        register(services, clerk, clock, received_at=clock.now() + dt.timedelta(hours=1))
    assert refused.value.code == "complaint.received_in_future"
    assert counts(services) == before


def test_any_staff_registers_and_adds_steps_only_the_head_or_duty_manager_replies(services, clerk, head, clock):
    complaint = register(services, clerk, clock)
    services.complaints.add_step(clerk, complaint.id, "已联系寄件局查询")
    before = counts(services)
    for write in (lambda: services.complaints.reply(clerk, complaint.id, "答复"),
                  lambda: services.complaints.assign(clerk, complaint.id, head.staff_id),
                  lambda: services.complaints.record_satisfaction(clerk, complaint.id, "satisfied")):
        with pytest.raises(PermissionDenied):
            write()
    assert counts(services) == before
    services.complaints.assign(head, complaint.id, head.staff_id, "转支局长处理")
    services.complaints.reply(head, complaint.id, "已查明延误原因，向客户致歉")
    detail = services.complaints.record_satisfaction(head, complaint.id, "satisfied")
    assert [s.kind for s in detail.steps] == ["register", "note", "assign", "reply", "satisfaction"]
    assert detail.complaint.assignee_name == "王芳" and detail.complaint.satisfaction == "satisfied"
    with services.db.reading() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("complaint.%"))).all()
    assert actions == ["complaint.registered", "complaint.note", "complaint.assigned", "complaint.replied",
                       "complaint.satisfaction"]


def test_a_second_reply_or_satisfaction_before_a_reply_is_refused(services, clerk, head, clock):
    complaint = register(services, clerk, clock)
    with pytest.raises(UserError) as refused:
        services.complaints.record_satisfaction(head, complaint.id, "satisfied")
    assert refused.value.code == "complaint.not_replied"
    services.complaints.reply(head, complaint.id, "答复")
    before = counts(services)
    with pytest.raises(UserError) as refused:
        services.complaints.reply(head, complaint.id, "再次答复")
    assert refused.value.code == "complaint.closed" and counts(services) == before


def test_corrections_are_new_steps_and_steps_cannot_be_edited(services, clerk, clock):
    complaint = register(services, clerk, clock)
    detail = services.complaints.add_step(clerk, complaint.id, "登记时渠道有误，应为来信", correction=True)
    assert detail.steps[-1].kind == "correction" and detail.complaint.channel == "visit"
    with services.db.transaction() as s, pytest.raises(Exception, match="append-only"):
        s.execute(text("UPDATE complaint_step SET text = 'x'"))


def test_the_contact_is_kept_as_entered_and_shown_masked(services, clerk, clock):
    complaint = register(services, clerk, clock, contact="138 1234 5678")
    assert complaint.contact_masked == "138****5678"
    with services.db.reading() as s:
        assert s.scalar(select(Complaint.contact)) == "138 1234 5678"
    assert mask_contact("8888-1234") == "****1234"  # a landline: too short to keep both ends
    assert mask_contact("青山镇幸福路8号") == "青******号"
