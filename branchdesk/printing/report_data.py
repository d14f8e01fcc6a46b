"""What the daily queue report shows: plain figures, free of reportlab.

The queue service builds these (they are also the rows its screens show);
`printing/queue_report.py` draws them. Kept apart so that building the figures
never loads reportlab, which the app does not need at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReportRow:
    """One line of figures (a day, an hour, a business or a clerk); times in minutes, None when unknown."""

    label: str
    arrivals: int
    served: int
    no_shows: int
    mean_wait: float | None
    p90_wait: float | None
    max_wait: float | None
    mean_service: float | None
    share_within_norm: float | None
    label_en: str = ""


@dataclass(frozen=True)
class AdviceHour:
    hour: int
    windows: int
    arrivals_per_hour: float
    from_norms: bool = False
    # When more windows are advised than the branch has: the share of customers served within the target
    # time with all of the branch's windows open (0.0: they cannot keep up, the queue grows). Else None.
    share_all_open: float | None = None


@dataclass(frozen=True)
class QueueDayReport:
    branch_name: str
    branch_code: str
    day: dt.date
    generated_at: dt.datetime  # local time of the branch
    total: ReportRow
    pause_minutes: float
    by_hour: list[ReportRow] = field(default_factory=list)  # labels "09:00"
    by_business: list[ReportRow] = field(default_factory=list)
    by_clerk: list[ReportRow] = field(default_factory=list)  # labels: the staff's full names
    advice: list[AdviceHour] = field(default_factory=list)  # for the report day's weekday
    target_share: float = 0.8
    target_minutes: float = 10.0
    branch_windows: int = 0  # the windows in use at the branch (0: not known)
    in_future: bool = False  # the day is after the branch's today: no figures can exist yet

    def short_hours(self) -> list[AdviceHour]:
        """The hours advised more windows than the branch has."""
        return [a for a in self.advice if self.branch_windows and a.windows > self.branch_windows]


@dataclass(frozen=True)
class AttendanceLine:
    """One person's week at the branch."""

    name: str
    days_present: int
    days_late: int
    minutes_late: int
    worked_hours: float


@dataclass(frozen=True)
class WeeklyReport:
    """The week's report for the county office, carried in the weekly bundle: a section per area."""

    branch_name: str
    branch_code: str
    first: dt.date
    last: dt.date
    generated_at: dt.datetime  # local time of the branch
    queue_total: ReportRow
    queue_by_day: list[ReportRow] = field(default_factory=list)  # labels "2026-11-23"
    queue_by_business: list[ReportRow] = field(default_factory=list)
    pause_minutes: float = 0.0
    attendance: list[AttendanceLine] = field(default_factory=list)
    checks: list["CheckOccasionLine"] = field(default_factory=list)
    actions_overdue: list["ActionLine"] = field(default_factory=list)  # as they stand when the report is made
    complaints: "ComplaintWeek | None" = None


@dataclass(frozen=True)
class ComplaintLine:
    received: dt.datetime  # local
    deadline: dt.datetime  # local
    channel: str  # a code of CHANNELS
    category: str
    summary: str
    contact_masked: str
    first_name: str
    assignee_name: str
    replied: dt.datetime | None  # local
    satisfaction: str | None


@dataclass(frozen=True)
class ComplaintWeek:
    branch_name: str
    branch_code: str
    first: dt.date
    last: dt.date
    generated_at: dt.datetime  # local
    received: list[ComplaintLine] = field(default_factory=list)  # received this week
    carried: list[ComplaintLine] = field(default_factory=list)  # from before, still open when the week began


@dataclass(frozen=True)
class CheckOccasionLine:
    """One occasion a check was due in the week (issue 11, item 2)."""

    title: str
    frequency: str  # opening, closing, weekly, monthly
    period: str  # "2026-11-24", "2026-11-23 – 2026-11-29" or "2026-11"
    deadline: dt.datetime  # local
    status: str  # done, late, missed, pending
    signed: dt.datetime | None  # local


@dataclass(frozen=True)
class ActionLine:
    """A corrective action past its due date and still open (issue 11, item 4)."""

    check_title: str
    check_signed: dt.datetime | None  # local
    item_text: str
    owner_name: str
    due_on: dt.date
    days_overdue: int
