"""What is due and overdue now (issue 11, items 2 and 4): checks in their period, overdue corrective
actions and complaints, in one call; across weekends, a closed day and a changed time zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from branchdesk.services.branch import DayHours, standard_week
from tests.checks.conftest import template_id
from tests.checks.helpers import run_check
from tests.conftest import SHANGHAI

URUMQI = ZoneInfo("Asia/Urumqi")


def _titles(due):
    return [(c.title, c.overdue) for c in due.checks]


def test_the_opening_check_is_due_then_overdue_then_gone_when_signed(services, checks, manager, clock):
    # Tuesday 07:30: the opening check is due (from 07:00), the weekly one since Monday's opening.
    due = services.due.now()
    assert _titles(due) == [("每日开门检查", False), ("每周全面检查", False)]
    assert due.checks[0].deadline == dt.datetime(2026, 11, 24, 8, 30, tzinfo=SHANGHAI)
    clock.advance(minutes=61)  # 08:31
    assert _titles(services.due.now())[0] == ("每日开门检查", True)
    run_check(checks, manager, template_id(checks, "daily_opening"))
    assert _titles(services.due.now()) == [("每周全面检查", False)]
    clock.at = dt.datetime(2026, 11, 24, 17, 10, tzinfo=SHANGHAI)
    assert _titles(services.due.now()) == [("每日关门检查", False), ("每周全面检查", False)]


def test_a_check_started_and_not_signed_is_offered_to_carry_on(services, checks, manager):
    started = run_check(checks, manager, template_id(checks, "daily_opening"), sign=False)
    assert services.due.now().checks[0].in_progress_id == started.id


def test_the_weekly_check_is_overdue_after_fridays_closing_until_the_week_ends(services, checks, clock):
    clock.at = dt.datetime(2026, 11, 28, 12, 0, tzinfo=SHANGHAI)  # Saturday noon
    assert ("每周全面检查", True) in _titles(services.due.now())
    clock.at = dt.datetime(2026, 11, 30, 12, 0, tzinfo=SHANGHAI)  # Monday: a new week
    assert ("每周全面检查", False) in _titles(services.due.now())


def test_a_closed_day_has_no_daily_check_due(services, checks, admin, clock):
    hours = [h if h.weekday != 6 else DayHours(6) for h in standard_week(dt.time(8, 0), dt.time(17, 30))]
    settings = services.branch.settings().with_changes(hours=hours, grade=4, savings_business=False)
    services.branch.update(admin, settings)
    clock.at = dt.datetime(2026, 11, 29, 9, 0, tzinfo=SHANGHAI)  # Sunday, closed
    # No opening or closing check; the week's check, due by Friday, is still overdue until the week ends.
    assert [(c.frequency, c.overdue) for c in services.due.now().checks] == [("weekly", True)]
    clock.at = dt.datetime(2026, 11, 28, 9, 0, tzinfo=SHANGHAI)  # Saturday, open
    assert [c.frequency for c in services.due.now().checks] == ["weekly", "opening"]  # overdue first


def test_a_changed_time_zone_changes_what_is_due_at_the_same_instant(services, checks, admin, clock):
    clock.at = dt.datetime(2026, 11, 24, 0, 45, tzinfo=dt.timezone.utc)  # 08:45 in Shanghai: overdue
    assert _titles(services.due.now())[0] == ("每日开门检查", True)
    services.branch.update(admin, services.branch.settings().with_changes(timezone="Asia/Urumqi"))
    due = services.due.now()  # 06:45 in Urumqi: the opening check is not due before 07:00
    assert "每日开门检查" not in [c.title for c in due.checks]
    assert due.today == dt.date(2026, 11, 24)
    clock.advance(minutes=30)  # 07:15 there
    opening = services.due.now().checks[0]
    assert (opening.title, opening.overdue) == ("每日开门检查", False)
    assert opening.deadline.astimezone(URUMQI).time() == dt.time(8, 30)


def test_overdue_actions_and_complaints_are_in_the_same_call(services, checks, manager, clerk, clock):
    run_check(checks, manager, template_id(checks, "daily_opening"), fail=("门前整洁",), responsible=clerk.staff_id)
    services.complaints.register(
        manager, received_at=clock.now(), channel="visit", category="attitude", summary="窗口态度差",
        contact="13812341234", first_staff_id=clerk.staff_id, assignee_staff_id=manager.staff_id)
    assert services.due.now().actions == [] and services.due.now().complaints == []
    clock.advance(days=4)  # Saturday: the action was due Friday, the complaint Friday 07:30
    due = services.due.now()
    assert [(a.item_text, a.owner_name, a.days_overdue) for a in due.actions] == [("门前整洁有序", "张敏", 1)]
    assert [(c.summary, c.assignee_name) for c in due.complaints] == [("窗口态度差", "王芳")]


def test_the_branch_head_changes_a_checklists_schedule_and_the_due_list_follows(services, checks, admin, manager,
                                                                                  clock):
    import pytest

    from branchdesk.errors import PermissionDenied, UserError
    from branchdesk.services.checks.schedule import Schedule

    opening = template_id(checks, "daily_opening")
    with pytest.raises(PermissionDenied):
        checks.schedules.set_schedule(manager, opening, Schedule("opening", 10, 30))
    with pytest.raises(UserError):
        checks.schedules.set_schedule(admin, opening, Schedule("opening", -1, 30))
    changed = checks.schedules.set_schedule(admin, opening, Schedule("opening", lead_minutes=15, grace_minutes=0))
    assert changed.changed and changed.schedule.lead_minutes == 15
    assert "每日开门检查" not in [c.title for c in services.due.now().checks]  # 07:30: due only from 07:45
    clock.advance(minutes=31)  # 08:01: overdue right after opening
    assert _titles(services.due.now())[0] == ("每日开门检查", True)
    assert not checks.schedules.set_schedule(admin, opening, None).changed  # back to the kind's default
