"""The staff score's rules (issue 11, item 7; seed 003, 店员积分): 100 points a month.

- Weekly evaluation by the branch head, up to 50: each week is evaluated on the criteria below (their
  maxima add up to 50); the month's part is the average of its evaluated weeks. A week belongs to the
  month that holds its Thursday (most of its days), so every week counts in exactly one month.
- Monthly targets, up to 30: the head sets each person's targets with their points (together at most
  30); a target earns its points times its completion (at most 100 %).
- Daily progress, up to 20: each day the person worked earns an equal share of 20, times how the day
  went (the daily checks the person signed, if their role runs checks; the tickets they served within
  the counter norm).
- Deductions: each failed item of a signed check that names the person costs points.

Points are kept in hundredths (integers): every line is rounded once, and a part is the sum of its
lines, so what the screen and the PDF list adds up exactly to what they total.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from branchdesk.errors import UserError, tr_noop

MONTH_TOTAL = 100
WEEKLY_MAX = 50
TARGETS_MAX = 30
DAILY_MAX = 20
HUNDRED = 100  # points are kept in hundredths

# A failed item named to a person: 2 points, a critical one (a failure that fails the whole check) 5.
# Sized so a month's deductions matter against the 20 of daily progress without one slip wiping it out.
DEDUCTION = 2
CRITICAL_DEDUCTION = 5


@dataclass(frozen=True)
class Criterion:
    code: str
    title_zh: str  # for the PDF
    title: str  # the UI's source string (translated in the "UserError" context)
    maximum: int
    guidance: str


# The weekly evaluation form (员工每周表现评估表). Seed 003 has the head evaluate each person weekly by
# scenario drills and observation on the floor (情景演练、现场观察), in the three areas its covert checks
# look at (体验、销售、服务执行), counting the help given to customers and the demonstrations made
# (为客户设置次数及体验次数), not only sales, and the skills learnt (技能训练、测试).
CRITERIA: tuple[Criterion, ...] = (
    Criterion("service", "服务执行", tr_noop("Service standard"), 15,
              tr_noop("Serves by the standard steps and wording; appearance, first-asked responsibility, "
                      "the counter time limits.")),
    Criterion("help", "帮助客户", tr_noop("Helping customers"), 10,
              tr_noop("Sets things up for customers, answers their questions, shows them the self-service "
                      "machines; solves a problem on the spot or follows it up.")),
    Criterion("demo", "体验引导", tr_noop("Demonstrations"), 10,
              tr_noop("Demonstrates services and products and lets customers try them.")),
    Criterion("sales", "业务营销", tr_noop("Sales"), 10,
              tr_noop("Finds what the customer needs and recommends a service that suits them.")),
    Criterion("skills", "业务技能", tr_noop("Skills and drills"), 5,
              tr_noop("Takes part in scenario drills, study and tests; knows the scripts and the procedures.")),
)
assert sum(c.maximum for c in CRITERIA) == WEEKLY_MAX

# Monthly target kinds. A computed kind reads its figure from the branch's own data; an entered kind's
# figure is entered by the head. Activity sign-ins and gifts issued become computed once the activities
# and gifts areas record them per person: give their kind a reader in `monthly.COMPUTED`.
SERVED_WITHIN_NORM = "served_within_norm"
ACTIVITY_SIGN_INS = "activity_sign_ins"
GIFTS_ISSUED = "gifts_issued"
OTHER = "other"
TARGET_KINDS = (SERVED_WITHIN_NORM, ACTIVITY_SIGN_INS, GIFTS_ISSUED, OTHER)
TARGET_LABELS = {
    SERVED_WITHIN_NORM: tr_noop("Tickets served within the norm"),
    ACTIVITY_SIGN_INS: tr_noop("Activity sign-ins"),
    GIFTS_ISSUED: tr_noop("Gifts issued"),
    OTHER: tr_noop("Other target"),
}
MAX_GOAL = 100_000
MAX_NOTE = 200

MONTH = re.compile(r"(\d{4})-(\d{2})")


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """'2026-11' -> (2026-11-01, 2026-11-30); a clear error for anything else."""
    match = MONTH.fullmatch(month or "")
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise UserError("score.bad_month", tr_noop("{month} is not a month (write it as 2026-11)."), month=month)
    first = dt.date(int(match.group(1)), int(match.group(2)), 1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def week_month(monday: dt.date) -> str:
    """The month a week (given by its Monday) counts in: the one holding its Thursday."""
    return month_of(monday + dt.timedelta(days=3))


def month_weeks(month: str) -> list[dt.date]:
    """The Mondays of the weeks that count in `month`."""
    first, last = month_bounds(month)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        if week_month(monday) == month:
            weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


def share(whole: int, fraction_num: int, fraction_den: int) -> int:
    """`whole` hundredths times num/den, rounded half up (plain integers: no float drift)."""
    if fraction_den <= 0:
        return 0
    return (2 * whole * fraction_num + fraction_den) // (2 * fraction_den)


def points_text(hundredths: int) -> str:
    """4150 -> '41.5', 4000 -> '40', -200 -> '-2'."""
    text = f"{abs(hundredths) / HUNDRED:.2f}".rstrip("0").rstrip(".")
    return ("-" if hundredths < 0 else "") + text
