"""When checks are due (issue 11, item 2): relative to opening and closing time, per ISO week and month;
nothing on a closed day; in the branch's zone, across weekends and a changed zone."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from branchdesk.errors import UserError
from branchdesk.services.branch import DayHours, standard_week
from branchdesk.services.checks.schedule import (
    DEFAULTS, MONTHLY, WEEKLY, Schedule, check_schedule, period_of, periods_between,
)
from tests.conftest import branch_settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
URUMQI = ZoneInfo("Asia/Urumqi")  # UTC+6: the same wall clock two hours later in UTC
TUESDAY = dt.date(2026, 11, 24)
SUNDAY = dt.date(2026, 11, 29)


def _local(period_time: dt.datetime, zone=SHANGHAI) -> str:
    return f"{period_time.astimezone(zone):%Y-%m-%d %a %H:%M}"


def sunday_closed(**changes):
    hours = [h if h.weekday != 6 else DayHours(6) for h in standard_week(dt.time(8, 0), dt.time(17, 30))]
    return branch_settings(hours=hours, grade=4, savings_business=False, **changes)


def test_the_opening_check_is_due_before_opening_and_overdue_after_it():
    period = period_of(TUESDAY, DEFAULTS["opening"], branch_settings())
    assert (_local(period.due_from), _local(period.deadline)) == ("2026-11-24 Tue 07:00", "2026-11-24 Tue 08:30")
    assert _local(period.counts_from) == "2026-11-24 Tue 00:00"  # a check signed early that morning counts


def test_the_closing_check_is_due_at_closing_and_counts_only_from_then():
    period = period_of(TUESDAY, DEFAULTS["closing"], branch_settings())
    assert (_local(period.due_from), _local(period.deadline)) == ("2026-11-24 Tue 17:00", "2026-11-24 Tue 18:30")
    morning = dt.datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    assert not period.counts(morning)  # a closing check signed in the morning is no closing check
    assert period.counts(dt.datetime(2026, 11, 24, 18, 40, tzinfo=SHANGHAI))  # late, but for this day


def test_weekends_are_days_like_any_other_when_the_branch_opens():
    saturday = period_of(dt.date(2026, 11, 28), DEFAULTS["opening"], branch_settings())
    assert _local(saturday.deadline) == "2026-11-28 Sat 08:30"


def test_a_closed_day_has_nothing_due():
    settings = sunday_closed()
    assert period_of(SUNDAY, DEFAULTS["opening"], settings) is None
    assert period_of(SUNDAY, DEFAULTS["closing"], settings) is None
    week = list(periods_between(dt.date(2026, 11, 23), SUNDAY, DEFAULTS["opening"], settings))
    assert [p.first.weekday() for p in week] == [0, 1, 2, 3, 4, 5]


def test_the_weekly_check_is_due_once_per_iso_week_by_fridays_closing():
    settings = branch_settings()
    week = period_of(SUNDAY, DEFAULTS["weekly"], settings)
    assert (week.first, week.last) == (dt.date(2026, 11, 23), SUNDAY)
    assert (_local(week.due_from), _local(week.deadline)) == ("2026-11-23 Mon 08:00", "2026-11-27 Fri 17:30")
    # A week across the turn of the year is one ISO week.
    turn = period_of(dt.date(2027, 1, 1), DEFAULTS["weekly"], settings)
    assert (turn.first, turn.last) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert len(list(periods_between(dt.date(2026, 11, 23), dt.date(2026, 12, 6), DEFAULTS["weekly"], settings))) == 2


def test_a_deadline_on_a_closed_day_moves_to_the_open_day_before():
    closed_friday = [h if h.weekday != 4 else DayHours(4) for h in standard_week()]
    settings = branch_settings(hours=closed_friday, grade=4, savings_business=False)
    assert _local(period_of(TUESDAY, DEFAULTS["weekly"], settings).deadline) == "2026-11-26 Thu 17:30"
    # Monthly on the 31st of November: the month's last day; 2027-01-31 is a Sunday, closed: the Saturday.
    on_31 = Schedule(MONTHLY, due_day=31)
    assert _local(period_of(TUESDAY, on_31, settings).deadline) == "2026-11-30 Mon 17:30"
    assert _local(period_of(dt.date(2027, 1, 5), on_31, sunday_closed()).deadline) == "2027-01-30 Sat 17:30"


def test_a_changed_time_zone_moves_the_deadlines_with_the_local_clock():
    shanghai = period_of(TUESDAY, DEFAULTS["opening"], branch_settings())
    urumqi = period_of(TUESDAY, DEFAULTS["opening"], branch_settings(timezone="Asia/Urumqi"))
    assert _local(urumqi.deadline, URUMQI) == "2026-11-24 Tue 08:30"
    assert urumqi.deadline - shanghai.deadline == dt.timedelta(hours=2)


@pytest.mark.parametrize("bad", [Schedule("daily"), Schedule(WEEKLY, due_day=7), Schedule(MONTHLY, due_day=0),
                                 Schedule("opening", lead_minutes=-5), Schedule("closing", grace_minutes=13 * 60)])
def test_a_schedule_that_cannot_be_computed_is_refused(bad):
    with pytest.raises(UserError):
        check_schedule(bad)
