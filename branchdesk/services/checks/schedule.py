"""When each checklist is due (issue 11, item 2), in the branch's local time and opening hours.

- opening: due from `lead` minutes before the day's opening time, overdue `grace` minutes after it;
- closing: due from `lead` minutes before closing time, overdue `grace` minutes after it (the hall is
  served to the last customer first);
- weekly: once per ISO week (Monday to Sunday), overdue after the closing time of its due weekday;
- monthly: once per calendar month, overdue after the closing time of its due day of the month.

A day the branch is closed has nothing due: a daily check is not due that day, and a weekly or monthly
deadline falling on it moves to the last open day before it in the period (or, if none, the first after).
A period without an open day has nothing due. A check counts for the period in which it is signed
(a closing check only from when it is due: one signed in the morning is no closing check).
Times are computed from the branch's current time zone and hours, so a changed zone moves them at once.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Iterator

from branchdesk.errors import UserError, tr_noop
from branchdesk.services.branch import BranchSettings

OPENING, CLOSING, WEEKLY, MONTHLY, NOT_SCHEDULED = "opening", "closing", "weekly", "monthly", "none"
FREQUENCIES = (OPENING, CLOSING, WEEKLY, MONTHLY, NOT_SCHEDULED)
MAX_MINUTES = 12 * 60


@dataclass(frozen=True)
class Schedule:
    frequency: str
    lead_minutes: int = 0  # daily: due this long before the opening or closing time
    grace_minutes: int = 0  # overdue this long after the opening or closing time
    due_day: int | None = None  # weekly: weekday 0 (Monday) to 6; monthly: day 1 to 31 (past the month's end: its last)


# A sensible default per kind of checklist; a branch changes a template's own (EDIT_CHECK_TEMPLATES).
DEFAULTS = {
    "opening": Schedule(OPENING, lead_minutes=60, grace_minutes=30),
    "closing": Schedule(CLOSING, lead_minutes=30, grace_minutes=60),
    "weekly": Schedule(WEEKLY, due_day=4),  # by Friday's closing: the week's report goes out after
    "monthly": Schedule(MONTHLY, due_day=25),
    "mystery": Schedule(NOT_SCHEDULED),  # covert visits come unannounced
}


def default_for(kind: str) -> Schedule:
    return DEFAULTS.get(kind, Schedule(NOT_SCHEDULED))


@dataclass(frozen=True)
class Period:
    """One occasion a check is due: a day, an ISO week or a month. Times are aware (UTC)."""

    first: dt.date  # the day, the week's Monday or the month's first
    last: dt.date
    due_from: dt.datetime  # shown as due from here
    deadline: dt.datetime  # overdue after this
    counts_from: dt.datetime  # a check signed from here ...
    ends_at: dt.datetime  # ... until here counts for this period

    def counts(self, signed_at: dt.datetime) -> bool:
        return self.counts_from <= signed_at < self.ends_at


def _at(day: dt.date, time: dt.time, settings: BranchSettings) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=settings.zone).astimezone(dt.timezone.utc)


def _midnight(day: dt.date, settings: BranchSettings) -> dt.datetime:
    return _at(day, dt.time(), settings)


def _daily(day: dt.date, schedule: Schedule, settings: BranchSettings) -> Period | None:
    hours = settings.hours_on(day.weekday())
    if hours.opens is None or hours.closes is None:
        return None
    anchor = _at(day, hours.opens if schedule.frequency == OPENING else hours.closes, settings)
    due_from = anchor - dt.timedelta(minutes=schedule.lead_minutes)
    deadline = anchor + dt.timedelta(minutes=schedule.grace_minutes)
    start, end = _midnight(day, settings), _midnight(day + dt.timedelta(days=1), settings)
    return Period(day, day, max(due_from, start), deadline,
                  start if schedule.frequency == OPENING else max(due_from, start), max(end, deadline))


def _deadline_day(days: list[dt.date], target: dt.date, settings: BranchSettings) -> dt.date | None:
    open_days = [d for d in days if settings.hours_on(d.weekday()).is_open]
    if not open_days:
        return None
    before = [d for d in open_days if d <= target]
    return before[-1] if before else open_days[0]


def _span(first: dt.date, last: dt.date, target: dt.date, schedule: Schedule,
          settings: BranchSettings) -> Period | None:
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    day = _deadline_day(days, target, settings)
    if day is None:
        return None
    first_open = next(d for d in days if settings.hours_on(d.weekday()).is_open)
    opens = settings.hours_on(first_open.weekday()).opens
    closes = settings.hours_on(day.weekday()).closes
    assert opens is not None and closes is not None
    start = _midnight(first, settings)
    deadline = _at(day, closes, settings) + dt.timedelta(minutes=schedule.grace_minutes)
    due_from = _at(first_open, opens, settings) - dt.timedelta(minutes=schedule.lead_minutes)
    return Period(first, last, max(start, due_from), deadline, start,
                  _midnight(last + dt.timedelta(days=1), settings))


def period_of(day: dt.date, schedule: Schedule, settings: BranchSettings) -> Period | None:
    """The period of `schedule` that holds the local day `day`; None when nothing is due in it."""
    if schedule.frequency in (OPENING, CLOSING):
        return _daily(day, schedule, settings)
    if schedule.frequency == WEEKLY:
        monday = day - dt.timedelta(days=day.weekday())
        due = schedule.due_day if schedule.due_day is not None else 6
        return _span(monday, monday + dt.timedelta(days=6), monday + dt.timedelta(days=due), schedule, settings)
    if schedule.frequency == MONTHLY:
        length = calendar.monthrange(day.year, day.month)[1]
        first = day.replace(day=1)
        target = first.replace(day=min(schedule.due_day or length, length))
        return _span(first, first.replace(day=length), target, schedule, settings)
    return None


def periods_between(first: dt.date, last: dt.date, schedule: Schedule,
                    settings: BranchSettings) -> Iterator[Period]:
    """Every period whose deadline falls on a local day from `first` to `last`, in order."""
    seen: set[dt.date] = set()
    day = first
    while day <= last:
        period = period_of(day, schedule, settings)
        if period is not None and period.first not in seen:
            seen.add(period.first)
            if first <= period.deadline.astimezone(settings.zone).date() <= last:
                yield period
        day += dt.timedelta(days=1)


def check_schedule(schedule: Schedule) -> None:
    """Refuse a schedule that could not be computed."""
    if schedule.frequency not in FREQUENCIES:
        raise UserError("checks.frequency_unknown", tr_noop("Unknown schedule: {frequency}"),
                        frequency=schedule.frequency)
    for minutes in (schedule.lead_minutes, schedule.grace_minutes):
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
            raise UserError("checks.schedule_minutes",
                            tr_noop("Minutes before and after must be whole numbers from 0 to {most}."),
                            most=MAX_MINUTES)
    if schedule.frequency == WEEKLY and schedule.due_day not in range(7):
        raise UserError("checks.schedule_weekday", tr_noop("Choose the weekday the weekly check is due."))
    if schedule.frequency == MONTHLY and schedule.due_day not in range(1, 32):
        raise UserError("checks.schedule_day", tr_noop("Choose the day of the month (1-31) the check is due."))
