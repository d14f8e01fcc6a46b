"""Clocking in and out against "arrive 10 minutes before opening"."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.errors import UserError
from branchdesk.services.branch import DayHours, standard_week
from tests.conftest import MORNING, SHANGHAI, branch_settings


TODAY = MORNING.date()


def at(hour: int, minute: int, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=SHANGHAI)


def test_arrival_up_to_ten_minutes_before_opening_is_on_time(services, clerk, clock):
    clock.at = at(7, 50)
    day = services.attendance.clock_in(clerk)
    assert (day.late, day.on_duty, day.first_in) == (False, True, at(7, 50))


def test_later_arrival_is_flagged_with_minutes(services, clerk, clock):
    clock.at = at(7, 55)
    day = services.attendance.clock_in(clerk)
    assert (day.late, day.minutes_late) == (True, 5)


def test_a_second_clock_in_the_same_day_is_not_a_late_arrival(services, clerk, clock):
    clock.at = at(7, 40)
    services.attendance.clock_in(clerk)
    clock.at = at(12, 0)
    services.attendance.clock_out(clerk)
    clock.at = at(13, 0)
    day = services.attendance.clock_in(clerk)
    assert not day.late
    clock.at = at(17, 40)
    day = services.attendance.clock_out(clerk)
    assert day.worked_minutes == 260 + 280
    assert day.last_out == at(17, 40)


def test_clock_in_twice_or_out_without_in_is_refused(services, clerk, clock):
    with pytest.raises(UserError) as err:
        services.attendance.clock_out(clerk)
    assert err.value.code == "attendance.not_in"
    services.attendance.clock_in(clerk)
    with pytest.raises(UserError) as err:
        services.attendance.clock_in(clerk)
    assert err.value.code == "attendance.already_in"


def test_no_lateness_on_a_closed_day(services, admin, clerk, clock):
    hours = standard_week()[:6] + [DayHours(6)]
    services.branch.update(admin, branch_settings(grade=4, savings_business=False, hours=hours))
    sunday = dt.date(2026, 11, 29)
    clock.at = at(11, 0, sunday)
    assert not services.attendance.clock_in(clerk).late


def test_clerks_see_only_themselves_managers_see_everyone(services, admin, clerk, clock):
    services.attendance.clock_in(clerk)
    mine = services.attendance.day_view(clerk, MORNING.date())
    assert [d.staff_id for d in mine] == [clerk.staff_id]
    everyone = services.attendance.day_view(admin, MORNING.date())
    assert {d.staff_id for d in everyone} == {clerk.staff_id, admin.staff_id}


def test_week_view_runs_monday_to_sunday(services, admin, clerk):
    week = services.attendance.week_view(admin, MORNING.date())
    days = sorted({d.day for d in week})
    assert days[0] == dt.date(2026, 11, 23) and days[-1] == dt.date(2026, 11, 29) and len(days) == 7
    assert len(week) == 7 * 2


def test_clock_moving_backwards_keeps_the_true_order(services, clerk, clock):
    clock.at = at(8, 0)
    services.attendance.clock_in(clerk)
    clock.at = at(7, 0)  # the PC's clock was set back an hour
    day = services.attendance.clock_out(clerk)
    assert not day.on_duty  # the out really follows the in
    assert day.worked_minutes == 0  # never negative
    clock.at = at(7, 5)
    assert services.attendance.clock_in(clerk).on_duty


def test_demo_history_has_late_arrivals_and_full_weeks(demo_services):
    boss = demo_services.staff.sign_in("wangfang", "1357")
    week = demo_services.attendance.week_view(boss, MORNING.date() - dt.timedelta(days=7))
    assert any(d.late for d in week)
    assert sum(1 for d in week if d.first_in) >= 20
